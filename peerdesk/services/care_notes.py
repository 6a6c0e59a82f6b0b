"""Care conversations (notes that settle), their addenda, and referrals.

A note can be corrected until it settles (`settle_after` from when it was
written); after that it only takes dated addenda, so what was documented stays
what it was.

Import the care area through `peerdesk.services.care`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.care_common import (
    UNSET,
    Unset,
    get_or_raise,
    given,
    local_wall_clock,
    not_in_future,
    required_date,
    utc_instant,
)
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    CareConversation,
    ConversationAddendum,
    ConversationKind,
    Person,
    Referral,
    ReferralKind,
)

SETTLE_AFTER = timedelta(days=1)
MAX_DURATION_MINUTES = 24 * 60

# What read-back mode may show the person. An allow-list, so that a column
# added later stays private until someone decides otherwise.
READ_BACK_FIELDS = (
    "occurred_at",
    "duration_minutes",
    "place",
    "kind",
    "themes",
    "own_words",
    "next_steps",
    "follow_up_on",
    "followed_up_on",
    "lived_experience_shared",
)

_CLEAN: dict[str, Any] = {
    "occurred_at": lambda x: v.a_datetime(x, "occurred_at", required=True),
    "duration_minutes": lambda x: v.count(x, "duration_minutes", maximum=MAX_DURATION_MINUTES),
    "place": lambda x: v.line(x, "place"),
    "kind": lambda x: v.choice(x, ConversationKind, "kind"),
    "themes": lambda x: v.tags(x, "themes"),
    "own_words": lambda x: v.text(x, "own_words"),
    "next_steps": lambda x: v.text(x, "next_steps"),
    "follow_up_on": lambda x: v.a_date(x, "follow_up_on"),
    "lived_experience_shared": lambda x: v.text(x, "lived_experience_shared"),
    "my_reaction": lambda x: v.text(x, "my_reaction"),
}


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: _CLEAN[name](value) for name, value in fields.items()}


def _settle_after(value: timedelta) -> timedelta:
    if not isinstance(value, timedelta) or value < timedelta(0):
        raise ValidationError("settle_after", ValidationError.OUT_OF_RANGE, minimum=0)
    return value


def _load_conversation(s: Session, conversation_id: object) -> CareConversation:
    if isinstance(conversation_id, bool) or not isinstance(conversation_id, int):
        raise NotFound("care_conversation", conversation_id)
    conv = s.scalars(
        select(CareConversation)
        .where(CareConversation.id == conversation_id)
        .options(selectinload(CareConversation.addenda))
    ).one_or_none()
    if conv is None:
        raise NotFound("care_conversation", conversation_id)
    return conv


def is_settled(
    conv: CareConversation,
    *,
    now: datetime | None = None,
    settle_after: timedelta = SETTLE_AFTER,
) -> bool:
    """True once `settle_after` has passed since the note was written.

    `now` is a UTC instant: aware, or naive UTC like `created_at` (default: now).
    """
    return utc_instant(now) - conv.created_at >= _settle_after(settle_after)


# --------------------------------------------------------------- conversations


def add_conversation(
    vault: Vault,
    *,
    person_id: int,
    occurred_at: datetime | str,
    duration_minutes: int = 0,
    place: str = "",
    kind: ConversationKind | str = ConversationKind.CARE,
    themes: Sequence[str] = (),
    own_words: str = "",
    next_steps: str = "",
    follow_up_on: date | str | None = None,
    lived_experience_shared: str = "",
    my_reaction: str = "",
    now: datetime | None = None,
) -> CareConversation:
    """Write a note of a conversation with a person.

    `occurred_at` is local wall-clock time, at most a day ahead of `now`; a
    follow-up date may not precede the conversation's day.
    """
    values = _clean(
        dict(
            occurred_at=occurred_at,
            duration_minutes=duration_minutes,
            place=place,
            kind=kind,
            themes=list(themes or ()),
            own_words=own_words,
            next_steps=next_steps,
            follow_up_on=follow_up_on,
            lived_experience_shared=lived_experience_shared,
            my_reaction=my_reaction,
        )
    )
    not_in_future(values["occurred_at"], "occurred_at", now=now)
    v.ordered(values["occurred_at"].date(), values["follow_up_on"], "follow_up_on", strict=False)
    with vault.session() as s:
        get_or_raise(s, Person, person_id, "person")
        conv = CareConversation(person_id=person_id, **values, addenda=[])
        s.add(conv)
        s.flush()
    return conv


def update_conversation(
    vault: Vault,
    conversation_id: int,
    *,
    now: datetime | None = None,
    settle_after: timedelta = SETTLE_AFTER,
    occurred_at: datetime | str | Unset = UNSET,
    duration_minutes: int | Unset = UNSET,
    place: str | Unset = UNSET,
    kind: ConversationKind | str | Unset = UNSET,
    themes: Sequence[str] | Unset = UNSET,
    own_words: str | Unset = UNSET,
    next_steps: str | Unset = UNSET,
    follow_up_on: date | str | None | Unset = UNSET,
    lived_experience_shared: str | Unset = UNSET,
    my_reaction: str | Unset = UNSET,
) -> CareConversation:
    """Correct a note that has not settled yet; a settled one is refused
    (ValidationError field "conversation", NOT_ALLOWED, reason "settled")."""
    settle_after = _settle_after(settle_after)
    fields = given(
        occurred_at=occurred_at,
        duration_minutes=duration_minutes,
        place=place,
        kind=kind,
        themes=themes,
        own_words=own_words,
        next_steps=next_steps,
        follow_up_on=follow_up_on,
        lived_experience_shared=lived_experience_shared,
        my_reaction=my_reaction,
    )
    if "themes" in fields:
        fields["themes"] = list(fields["themes"] or ())
    values = _clean(fields)
    if "occurred_at" in values:
        not_in_future(values["occurred_at"], "occurred_at", now=now)
    with vault.session() as s:
        conv = _load_conversation(s, conversation_id)
        if is_settled(conv, now=now, settle_after=settle_after):
            raise ValidationError("conversation", ValidationError.NOT_ALLOWED, reason="settled")
        day = values.get("occurred_at", conv.occurred_at).date()
        v.ordered(day, values.get("follow_up_on", conv.follow_up_on), "follow_up_on", strict=False)
        for name, value in values.items():
            setattr(conv, name, value)
    return conv


def add_addendum(
    vault: Vault,
    *,
    conversation_id: int,
    text: str,
    written_at: datetime | str | None = None,
) -> ConversationAddendum:
    """Add a dated addition to a note, settled or not (local time; default now)."""
    text = v.text(text, "text", required=True)
    written_at = v.a_datetime(written_at, "written_at", required=False)
    if written_at is None:
        written_at = local_wall_clock(utc_instant(None)).replace(microsecond=0)
    else:
        not_in_future(written_at, "written_at", now=None)
    with vault.session() as s:
        get_or_raise(s, CareConversation, conversation_id, "care_conversation")
        addendum = ConversationAddendum(
            conversation_id=conversation_id, written_at=written_at, text=text
        )
        s.add(addendum)
        s.flush()
    return addendum


def mark_follow_up_done(vault: Vault, conversation_id: int, *, on: date | str) -> CareConversation:
    """Record that a note's follow-up was done on `on`.

    Allowed on settled notes: it is bookkeeping, not the note's text. Refused
    (NOT_ALLOWED, reason "no_follow_up") when the note has no follow-up date,
    and END_BEFORE_START for a day before the conversation.
    """
    on = required_date(on, "on")
    with vault.session() as s:
        conv = _load_conversation(s, conversation_id)
        if conv.follow_up_on is None:
            raise ValidationError("on", ValidationError.NOT_ALLOWED, reason="no_follow_up")
        v.ordered(conv.occurred_at.date(), on, "on", strict=False)
        conv.followed_up_on = on
    return conv


def last_conversation(vault: Vault, person_id: int) -> CareConversation | None:
    """The person's most recent note (to start the next one from), or None."""
    with vault.session() as s:
        get_or_raise(s, Person, person_id, "person")
        return s.scalars(
            select(CareConversation)
            .where(CareConversation.person_id == person_id)
            .order_by(CareConversation.occurred_at.desc(), CareConversation.id.desc())
            .limit(1)
            .options(selectinload(CareConversation.addenda))
        ).one_or_none()


def get_conversation(vault: Vault, conversation_id: int) -> CareConversation:
    """One note with its addenda (NotFound once erased)."""
    with vault.session() as s:
        return _load_conversation(s, conversation_id)


def list_conversations(vault: Vault, *, person_id: int) -> list[CareConversation]:
    """The person's notes, newest first, with their addenda."""
    with vault.session() as s:
        get_or_raise(s, Person, person_id, "person")
        return list(
            s.scalars(
                select(CareConversation)
                .where(CareConversation.person_id == person_id)
                .order_by(CareConversation.occurred_at.desc(), CareConversation.id.desc())
                .options(selectinload(CareConversation.addenda))
            )
        )


def read_back(conv: CareConversation) -> dict[str, Any]:
    """The note's fields fit to show the person, and its addenda.

    Never the worker's private `my_reaction`.
    """
    shown: dict[str, Any] = {name: getattr(conv, name) for name in READ_BACK_FIELDS}
    shown["themes"] = list(conv.themes)
    shown["addenda"] = [{"written_at": a.written_at, "text": a.text} for a in conv.addenda]
    return shown


# ------------------------------------------------------------------- referrals


def add_referral(
    vault: Vault,
    *,
    person_id: int,
    made_on: date | str,
    kind: ReferralKind | str,
    destination: str,
    note: str = "",
    follow_up_on: date | str | None = None,
) -> Referral:
    """Record a referral (bridge-building); a follow-up may not precede `made_on`."""
    made_on = required_date(made_on, "made_on")
    kind = v.choice(kind, ReferralKind, "kind")
    destination = v.line(destination, "destination", required=True)
    note = v.text(note, "note")
    follow_up_on = v.a_date(follow_up_on, "follow_up_on")
    v.ordered(made_on, follow_up_on, "follow_up_on", strict=False)
    with vault.session() as s:
        get_or_raise(s, Person, person_id, "person")
        referral = Referral(
            person_id=person_id,
            made_on=made_on,
            kind=kind,
            destination=destination,
            note=note,
            follow_up_on=follow_up_on,
            outcome="",
        )
        s.add(referral)
        s.flush()
    return referral


def record_referral_outcome(vault: Vault, referral_id: int, *, outcome: str) -> Referral:
    """Write (or correct) how a referral went; this closes its follow-up."""
    outcome = v.text(outcome, "outcome", required=True)
    with vault.session() as s:
        referral = get_or_raise(s, Referral, referral_id, "referral")
        referral.outcome = outcome
    return referral
