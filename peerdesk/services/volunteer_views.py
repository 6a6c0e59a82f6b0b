"""Read-only views of the volunteers area that its screen needs (no Qt).

The area's use cases live in `services.volunteers`, `services.training` and
`services.sparring`; this module adds the few queries a host's page and the
sparring log need beyond them (a host's shifts, whether a host may be alone on
a shift, the whole sparring log, single records by id), plus deleting a task
logged by mistake. Each query is one transaction without N+1 loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.errors import NotFound
from peerdesk.services.training import trained_clause
from peerdesk.vault.models import (
    Cafe,
    Shift,
    ShiftAssignment,
    SparringAgreement,
    SparringKind,
    SparringSession,
    TrainingModule,
    TrainingSession,
    Volunteer,
    VolunteerTask,
)
from peerdesk.vault.vault import Vault


@dataclass(frozen=True)
class HostShift:
    """One of a host's shift assignments (a cancelled one says when)."""

    shift_id: int
    assignment_id: int
    cafe_name: str
    starts_at: datetime
    ends_at: datetime
    cancelled_at: datetime | None


@dataclass(frozen=True)
class SoloReadiness:
    """Whether a host may be alone on a shift at one café (trained in its solo module)."""

    cafe_id: int
    cafe_name: str
    module_id: int
    module_name: str
    ready: bool


@dataclass(frozen=True)
class SparringRow:
    """One sparring session as the sparring log lists it."""

    id: int
    held_at: datetime
    kind: SparringKind
    participant_names: tuple[str, ...]
    topics: tuple[str, ...]
    wellbeing_word: str
    follow_up_on: date | None
    followed_up_on: date | None
    agreements_total: int
    agreements_open: int


def _load(s: Session, model: type, record_id: int, kind: str) -> Any:
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(kind, record_id)
    return obj


# ------------------------------------------------------------- a host's page


def host_shifts(vault: Vault, *, volunteer_id: int, start: date, end: date) -> list[HostShift]:
    """The host's shift assignments, cancelled ones included, for shifts starting
    between `start` and `end` (both included), by start time."""
    start = v.a_date(start, "start", required=True)
    end = v.a_date(end, "end", required=True)
    v.ordered(start, end, "end", strict=False)
    query = (
        select(
            Shift.id,
            ShiftAssignment.id,
            Cafe.name,
            Shift.starts_at,
            Shift.ends_at,
            ShiftAssignment.cancelled_at,
        )
        .join(Shift, ShiftAssignment.shift_id == Shift.id)
        .join(Cafe, Shift.cafe_id == Cafe.id)
        .where(
            ShiftAssignment.volunteer_id == volunteer_id,
            Shift.starts_at >= datetime.combine(start, time()),
            Shift.starts_at < datetime.combine(end + timedelta(days=1), time()),
        )
        .order_by(Shift.starts_at, ShiftAssignment.id)
    )
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        return [HostShift(*row) for row in s.execute(query)]


def solo_readiness(vault: Vault, *, volunteer_id: int, on: date) -> list[SoloReadiness]:
    """For each active café that has a solo module: whether the host's training
    in it holds on `on`, so that they may take a shift there alone. Cafés by name."""
    on = v.a_date(on, "on", required=True)
    query = (
        select(
            Cafe.id,
            Cafe.name,
            TrainingModule.id,
            TrainingModule.name,
            trained_clause(volunteer_id, Cafe.solo_module_id, on),
        )
        .join(TrainingModule, Cafe.solo_module_id == TrainingModule.id)
        .where(Cafe.active.is_(True))
        .order_by(func.lower(Cafe.name), Cafe.id)
    )
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        return [
            SoloReadiness(cid, cname, mid, mname, bool(ready))
            for cid, cname, mid, mname, ready in s.execute(query)
        ]


def host_tasks(vault: Vault, *, volunteer_id: int) -> list[VolunteerTask]:
    """The extra tasks a host has logged, newest first."""
    query = (
        select(VolunteerTask)
        .where(VolunteerTask.volunteer_id == volunteer_id)
        .order_by(VolunteerTask.on_date.desc(), VolunteerTask.id.desc())
    )
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        return list(s.scalars(query))


def get_task(vault: Vault, task_id: int) -> VolunteerTask:
    """One extra task by id (NotFound once deleted or erased)."""
    with vault.session() as s:
        return _load(s, VolunteerTask, task_id, "volunteer_task")


def delete_task(vault: Vault, task_id: int) -> None:
    """Delete a task logged by mistake; the host's hours no longer count it."""
    with vault.session() as s:
        _load(s, VolunteerTask, task_id, "volunteer_task")
        # By statement, so the search-index trigger certainly fires.
        s.execute(delete(VolunteerTask).where(VolunteerTask.id == task_id))


# --------------------------------------------------------------- sparring


def sparring_log(vault: Vault) -> list[SparringRow]:
    """Every sparring session, newest first, with its participants' names (by
    name) and how many of its agreements are still open."""
    query = (
        select(SparringSession)
        .options(
            selectinload(SparringSession.participants),
            selectinload(SparringSession.agreements),
        )
        .order_by(SparringSession.held_at.desc(), SparringSession.id.desc())
    )
    with vault.session() as s:
        sessions = list(s.scalars(query))
        return [
            SparringRow(
                id=session.id,
                held_at=session.held_at,
                kind=session.kind,
                participant_names=tuple(
                    sorted((p.name for p in session.participants), key=str.casefold)
                ),
                topics=tuple(session.topics),
                wellbeing_word=session.wellbeing_word,
                follow_up_on=session.follow_up_on,
                followed_up_on=session.followed_up_on,
                agreements_total=len(session.agreements),
                agreements_open=sum(1 for a in session.agreements if a.kept_on is None),
            )
            for session in sessions
        ]


def get_sparring(vault: Vault, sparring_id: int) -> SparringSession:
    """One sparring session with its participants and agreements loaded."""
    with vault.session() as s:
        session = s.scalar(
            select(SparringSession)
            .where(SparringSession.id == sparring_id)
            .options(
                selectinload(SparringSession.participants),
                selectinload(SparringSession.agreements),
            )
        )
        if session is None:
            raise NotFound("sparring_session", sparring_id)
        return session


def sparring_of_agreement(vault: Vault, agreement_id: int) -> int:
    """The id of the sparring session an agreement was made in."""
    with vault.session() as s:
        agreement: SparringAgreement = _load(s, SparringAgreement, agreement_id, "agreement")
        return agreement.sparring_id


# ---------------------------------------------------------------- training


def get_training_session(vault: Vault, session_id: int) -> TrainingSession:
    """One training session with its module and attendees loaded."""
    with vault.session() as s:
        session = s.scalar(
            select(TrainingSession)
            .where(TrainingSession.id == session_id)
            .options(selectinload(TrainingSession.attendees), selectinload(TrainingSession.module))
        )
        if session is None:
            raise NotFound("training_session", session_id)
        return session
