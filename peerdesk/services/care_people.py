"""People supported: their profile, the list of them, and erasing them.

Import the care area through `peerdesk.services.care`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.elements import BindParameter

from peerdesk.services import validation as v
from peerdesk.services.care_common import (
    UNSET,
    Unset,
    flag,
    get_or_raise,
    given,
    open_conversation_follow_up,
    open_referral_follow_up,
    open_sub_goal_follow_up,
    required_date,
)
from peerdesk.services.cpr import contains_cpr
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    CareConversation,
    Draft,
    Goal,
    Person,
    PersonStatus,
    Referral,
    SubGoal,
    VaultSetting,
)

# The vault setting holding the ids of recently opened people (a JSON list).
RECENT_PEOPLE = "recent_people"
# The vault setting holding recent search queries (see ui/search).
RECENT_SEARCHES = "recent_searches"


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people list, computed in SQL."""

    id: int
    alias: str
    status: PersonStatus
    last_conversation_at: datetime | None
    next_follow_up_on: date | None
    open_follow_ups: int


# ------------------------------------------------------------------ validation


def _alias(value: str | None) -> str:
    alias = v.line(value, "alias", required=True)
    if contains_cpr(alias):
        # The facts say nothing about the digits: errors end up in logs.
        raise ValidationError("alias", ValidationError.CPR_NUMBER)
    return alias


_CLEAN: dict[str, Any] = {
    "alias": _alias,
    "status": lambda x: v.choice(x, PersonStatus, "status"),
    "first_met": lambda x: v.a_date(x, "first_met"),
    "wishes": lambda x: v.text(x, "wishes"),
    "hopes": lambda x: v.text(x, "hopes"),
    "dreams": lambda x: v.text(x, "dreams"),
    "strengths": lambda x: v.text(x, "strengths"),
    "consent_noted": lambda x: flag(x, "consent_noted"),
    "consent_note": lambda x: v.text(x, "consent_note"),
    "consent_on": lambda x: v.a_date(x, "consent_on"),
    "retention_review_on": lambda x: v.a_date(x, "retention_review_on"),
}


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: _CLEAN[name](value) for name, value in fields.items()}


def _with_everything():
    return (
        selectinload(Person.goals).selectinload(Goal.sub_goals),
        selectinload(Person.conversations).selectinload(CareConversation.addenda),
        selectinload(Person.referrals),
    )


def _load_person(s: Session, person_id: object) -> Person:
    if isinstance(person_id, bool) or not isinstance(person_id, int):
        raise NotFound("person", person_id)
    person = s.scalars(
        select(Person).where(Person.id == person_id).options(*_with_everything())
    ).one_or_none()
    if person is None:
        raise NotFound("person", person_id)
    return person


# ------------------------------------------------------------------- mutations


def add_person(
    vault: Vault,
    *,
    alias: str,
    status: PersonStatus | str = PersonStatus.ACTIVE,
    first_met: date | str | None = None,
    wishes: str = "",
    hopes: str = "",
    dreams: str = "",
    strengths: str = "",
    consent_noted: bool = False,
    consent_note: str = "",
    consent_on: date | str | None = None,
    retention_review_on: date | str | None = None,
) -> Person:
    """Record a new person, known by an alias (required, never a CPR number)."""
    values = _clean(
        dict(
            alias=alias,
            status=status,
            first_met=first_met,
            wishes=wishes,
            hopes=hopes,
            dreams=dreams,
            strengths=strengths,
            consent_noted=consent_noted,
            consent_note=consent_note,
            consent_on=consent_on,
            retention_review_on=retention_review_on,
        )
    )
    with vault.session() as s:
        person = Person(**values, goals=[], conversations=[], referrals=[])
        s.add(person)
        s.flush()
    return person


def update_person(
    vault: Vault,
    person_id: int,
    *,
    alias: str | Unset = UNSET,
    status: PersonStatus | str | Unset = UNSET,
    first_met: date | str | None | Unset = UNSET,
    wishes: str | Unset = UNSET,
    hopes: str | Unset = UNSET,
    dreams: str | Unset = UNSET,
    strengths: str | Unset = UNSET,
    consent_noted: bool | Unset = UNSET,
    consent_note: str | Unset = UNSET,
    consent_on: date | str | None | Unset = UNSET,
    retention_review_on: date | str | None | Unset = UNSET,
) -> Person:
    """Change the fields passed (None clears a date); returns the person as get_person does."""
    values = _clean(
        given(
            alias=alias,
            status=status,
            first_met=first_met,
            wishes=wishes,
            hopes=hopes,
            dreams=dreams,
            strengths=strengths,
            consent_noted=consent_noted,
            consent_note=consent_note,
            consent_on=consent_on,
            retention_review_on=retention_review_on,
        )
    )
    with vault.session() as s:
        person = _load_person(s, person_id)
        for name, value in values.items():
            setattr(person, name, value)
    return person


def erase_person(vault: Vault, person_id: int) -> None:
    """Erase a person and everything about them, then purge the deleted text.

    The database cascades to goals, sub-goals, conversations, addenda and
    referrals (and their search-index rows, by trigger). Drafts keyed
    "person:<id>" or "person:<id>:…" in any area go too, and the id leaves the
    recently-opened list.
    """
    with vault.session() as s:
        get_or_raise(s, Person, person_id, "person")
        key = f"person:{person_id}"
        s.execute(
            delete(Draft).where(
                or_(Draft.key == key, Draft.key.startswith(key + ":", autoescape=True))
            )
        )
        recent = s.get(VaultSetting, RECENT_PEOPLE)
        if recent is not None and isinstance(recent.value, list):
            kept = [x for x in recent.value if str(x) != str(person_id)]
            if len(kept) != len(recent.value):
                recent.value = kept
        # Recent searches may hold the person's alias or words from their notes;
        # which ones cannot be told apart safely, so all are forgotten.
        searches = s.get(VaultSetting, RECENT_SEARCHES)
        if searches is not None:
            s.delete(searches)
        s.execute(delete(Person).where(Person.id == person_id))
    vault.purge_deleted()


# --------------------------------------------------------------------- queries


def get_person(vault: Vault, person_id: int) -> Person:
    """The person with goals (and sub-goals), conversations (and addenda) and referrals."""
    with vault.session() as s:
        return _load_person(s, person_id)


def summary_query(person_id: int | BindParameter[int] | None = None):
    """One row per person with the people list's aggregates, in one statement.

    Without `person_id` every child table is scanned once (grouping by
    `person_id + 0` keeps SQLite off the index, which is slower for a full
    pass); with it (a value, or a bound parameter to fill in later), each
    subquery reads only that person's rows by index.
    """
    conv_open = open_conversation_follow_up()
    conv = select(
        CareConversation.person_id,
        func.max(CareConversation.occurred_at).label("last_at"),
        func.min(case((conv_open, CareConversation.follow_up_on))).label("next_on"),
        func.count(case((conv_open, 1))).label("open_count"),
    )
    ref_open = open_referral_follow_up()
    ref = select(
        Referral.person_id,
        func.max(Referral.made_on).label("last_on"),
        func.min(case((ref_open, Referral.follow_up_on))).label("next_on"),
        func.count(case((ref_open, 1))).label("open_count"),
    )
    sub = (
        select(
            Goal.person_id,
            func.min(SubGoal.follow_up_on).label("next_on"),
            func.count().label("open_count"),
        )
        .join(Goal, SubGoal.goal_id == Goal.id)
        .where(open_sub_goal_follow_up())
    )
    if person_id is None:
        conv = conv.group_by(CareConversation.person_id + 0)
        ref = ref.group_by(Referral.person_id + 0)
        sub = sub.group_by(Goal.person_id)
    else:
        conv = conv.where(CareConversation.person_id == person_id).group_by(
            CareConversation.person_id
        )
        ref = ref.where(Referral.person_id == person_id).group_by(Referral.person_id)
        sub = sub.where(Goal.person_id == person_id).group_by(Goal.person_id)
    conv, ref, sub = conv.subquery("conv"), ref.subquery("ref"), sub.subquery("sub")
    open_count = (
        func.coalesce(conv.c.open_count, 0)
        + func.coalesce(ref.c.open_count, 0)
        + func.coalesce(sub.c.open_count, 0)
    )
    query = (
        select(
            Person.id,
            Person.alias,
            Person.status,
            Person.created_at,
            Person.retention_review_on,
            conv.c.last_at,
            ref.c.last_on.label("last_referral_on"),
            conv.c.next_on.label("conv_next_on"),
            ref.c.next_on.label("ref_next_on"),
            sub.c.next_on.label("sub_next_on"),
            open_count.label("open_count"),
        )
        .outerjoin(conv, conv.c.person_id == Person.id)
        .outerjoin(ref, ref.c.person_id == Person.id)
        .outerjoin(sub, sub.c.person_id == Person.id)
    )
    if person_id is not None:
        query = query.where(Person.id == person_id)
    return query


def _row(r: Any) -> PersonRow:
    due = [d for d in (r.conv_next_on, r.ref_next_on, r.sub_next_on) if d is not None]
    return PersonRow(
        id=r.id,
        alias=r.alias,
        status=r.status,
        last_conversation_at=r.last_at,
        next_follow_up_on=min(due, default=None),
        open_follow_ups=int(r.open_count),
    )


def _sorted(rows: list[PersonRow]) -> list[PersonRow]:
    return sorted(rows, key=lambda r: (r.alias.casefold(), r.id))


def list_people(
    vault: Vault,
    *,
    status: PersonStatus | str | None = None,
    needs_follow_up: bool | None = None,
    text: str | None = None,
) -> list[PersonRow]:
    """People by alias, optionally filtered.

    `status` keeps one status; `needs_follow_up` True keeps people with at
    least one open follow-up (any date), False those with none; `text` keeps
    aliases containing it, ignoring case (also for æ, ø, å).
    """
    wanted = None if status is None else v.choice(status, PersonStatus, "status")
    if needs_follow_up is not None:
        flag(needs_follow_up, "needs_follow_up")
    needle = v.line(text, "text").casefold()
    query = summary_query()
    open_count = query.selected_columns.open_count
    if wanted is not None:
        query = query.where(Person.status == wanted)
    if needs_follow_up is True:
        query = query.where(open_count > 0)
    elif needs_follow_up is False:
        query = query.where(open_count == 0)
    with vault.session() as s:
        rows = s.execute(query).all()
    # SQLite's LIKE folds ASCII only; Python folds "Ø" to "ø" as a Dane expects.
    return _sorted([_row(r) for r in rows if needle in r.alias.casefold()])


def people_due_for_retention_review(
    vault: Vault, *, today: date | str, inactive_days: int = 730
) -> list[PersonRow]:
    """People to review for deletion: a retention review date that has come, or
    no activity (last conversation or referral, else when they were added) for
    more than `inactive_days` days."""
    today = required_date(today, "today")
    inactive_days = v.count(inactive_days, "inactive_days", maximum=100 * 366)
    cutoff = today - timedelta(days=inactive_days)
    query = summary_query()
    with vault.session() as s:
        rows = s.execute(query).all()
    due = []
    for r in rows:
        activity = [d for d in (r.last_at and r.last_at.date(), r.last_referral_on) if d]
        last_activity = max(activity) if activity else r.created_at.date()
        if retention_due(r.retention_review_on, last_activity, today=today, cutoff=cutoff):
            due.append(_row(r))
    return _sorted(due)


def retention_due(
    review_on: date | None, last_activity: date, *, today: date, cutoff: date
) -> bool:
    """Whether a person should be reviewed for erasure (retention).

    A review date the worker set wins: once reviewed, setting the next review
    date in the future stops the flag even while the person stays inactive.
    Without one, long inactivity (activity before `cutoff`) flags them.
    """
    if review_on is not None:
        return review_on <= today
    return last_activity < cutoff
