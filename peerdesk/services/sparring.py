"""Sparring with café hosts: one-to-one or in a group, agreements and follow-ups."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import (
    SparringAgreement,
    SparringKind,
    SparringSession,
    Volunteer,
)
from peerdesk.vault.vault import Vault

_MAX_MINUTES = 24 * 60


def _load(s: Session, model: type, record_id: int, kind: str) -> Any:
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(kind, record_id)
    return obj


def _with_everything():
    return (
        selectinload(SparringSession.participants),
        selectinload(SparringSession.agreements),
    )


def add_sparring(
    vault: Vault,
    *,
    held_at: datetime,
    participant_ids: Iterable[int],
    duration_minutes: int = 0,
    topics: Iterable[str] = (),
    went_well: str = "",
    challenges: str = "",
    agreements: Iterable[str] = (),
    wellbeing_word: str = "",
    follow_up_on: date | None = None,
) -> SparringSession:
    """Log a sparring session with one host (ONE_TO_ONE) or several (GROUP).

    Blank agreements are skipped; each other one is stored open (not kept).
    A follow-up date may not lie before the session.
    """
    held_at = v.a_datetime(held_at, "held_at")
    participant_ids = list(dict.fromkeys(participant_ids))
    if not participant_ids:
        raise ValidationError("participant_ids", ValidationError.REQUIRED)
    duration_minutes = v.count(duration_minutes, "duration_minutes", maximum=_MAX_MINUTES)
    # One topic given as a plain string must not become a topic per letter.
    topics = v.tags([topics] if isinstance(topics, str) else list(topics), "topics")
    went_well = v.text(went_well, "went_well")
    challenges = v.text(challenges, "challenges")
    if isinstance(agreements, str):
        agreements = [agreements]
    agreement_texts = [v.text(a, "agreements") for a in agreements]
    agreement_texts = [a for a in agreement_texts if a.strip()]
    wellbeing_word = v.line(wellbeing_word, "wellbeing_word", max_length=60)
    follow_up_on = v.a_date(follow_up_on, "follow_up_on")
    v.ordered(held_at.date(), follow_up_on, "follow_up_on", strict=False)
    with vault.session() as s:
        participants = [_load(s, Volunteer, vid, "volunteer") for vid in participant_ids]
        sparring = SparringSession(
            held_at=held_at,
            duration_minutes=duration_minutes,
            kind=SparringKind.GROUP if len(participants) > 1 else SparringKind.ONE_TO_ONE,
            topics=topics,
            went_well=went_well,
            challenges=challenges,
            wellbeing_word=wellbeing_word,
            follow_up_on=follow_up_on,
            participants=participants,
            agreements=[SparringAgreement(text=t) for t in agreement_texts],
        )
        s.add(sparring)
        s.flush()
        return sparring


def mark_agreement_kept(vault: Vault, agreement_id: int, *, on: date) -> SparringAgreement:
    """Mark an agreement kept on `on` (not before its sparring session).
    Marking it again moves the date."""
    on = v.a_date(on, "on", required=True)
    with vault.session() as s:
        agreement: SparringAgreement = _load(s, SparringAgreement, agreement_id, "agreement")
        v.ordered(agreement.sparring.held_at.date(), on, "on", strict=False)
        agreement.kept_on = on
        s.flush()
        return agreement


def open_agreements(vault: Vault, *, volunteer_id: int | None = None) -> list[SparringAgreement]:
    """Agreements not yet kept, oldest session first (only one host's, if given),
    with their session and its participants loaded."""
    query = (
        select(SparringAgreement)
        .join(SparringAgreement.sparring)
        .where(SparringAgreement.kept_on.is_(None))
        .options(
            selectinload(SparringAgreement.sparring).selectinload(SparringSession.participants)
        )
        .order_by(SparringSession.held_at, SparringAgreement.id)
    )
    if volunteer_id is not None:
        query = query.where(SparringSession.participants.any(Volunteer.id == volunteer_id))
    with vault.session() as s:
        if volunteer_id is not None:
            _load(s, Volunteer, volunteer_id, "volunteer")
        return list(s.scalars(query))


def sparring_timeline(vault: Vault, *, volunteer_id: int) -> list[SparringSession]:
    """Every sparring session a host took part in, newest first, with
    participants and agreements loaded."""
    query = (
        select(SparringSession)
        .where(SparringSession.participants.any(Volunteer.id == volunteer_id))
        .options(*_with_everything())
        .order_by(SparringSession.held_at.desc(), SparringSession.id.desc())
    )
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        return list(s.scalars(query))


def sparring_follow_ups_due(vault: Vault, *, on: date) -> list[SparringSession]:
    """Sessions whose follow-up date has come (on or before `on`) and that have
    not been followed up yet, most overdue first."""
    on = v.a_date(on, "on", required=True)
    query = (
        select(SparringSession)
        .where(
            SparringSession.follow_up_on.is_not(None),
            SparringSession.follow_up_on <= on,
            SparringSession.followed_up_on.is_(None),
        )
        .options(*_with_everything())
        .order_by(SparringSession.follow_up_on, SparringSession.id)
    )
    with vault.session() as s:
        return list(s.scalars(query))


def mark_sparring_followed_up(vault: Vault, sparring_id: int, *, on: date) -> SparringSession:
    """Record that a session was followed up on `on` (not before the session)."""
    on = v.a_date(on, "on", required=True)
    with vault.session() as s:
        sparring: SparringSession = _load(s, SparringSession, sparring_id, "sparring_session")
        v.ordered(sparring.held_at.date(), on, "on", strict=False)
        sparring.followed_up_on = on
        s.flush()
        s.refresh(sparring, ["participants", "agreements"])
        return sparring
