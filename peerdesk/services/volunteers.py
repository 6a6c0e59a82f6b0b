"""Volunteer café hosts: the roster, availability, extra tasks, hours and erasure.

Training lives in `services.training`, sparring in `services.sparring`; both
are re-exported here, so callers may treat this module as the whole area.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, cast, delete, exists, func, or_, select
from sqlalchemy import Integer as SqlInteger
from sqlalchemy.orm import Session, aliased, selectinload

from peerdesk.services import validation as v
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.services.sparring import (  # noqa: F401  (re-exported: one façade per area)
    add_sparring,
    mark_agreement_kept,
    mark_sparring_followed_up,
    open_agreements,
    sparring_follow_ups_due,
    sparring_timeline,
)
from peerdesk.services.training import (  # noqa: F401  (re-exported: one façade per area)
    DEFAULT_MODULES,
    ExpiringTraining,
    add_module,
    add_training_session,
    ensure_default_modules,
    expiring_training,
    host_trainings,
    is_trained_for,
    list_modules,
    set_training_status,
    training_sessions,
    update_module,
)
from peerdesk.vault.models import (
    Availability,
    Draft,
    Shift,
    ShiftAssignment,
    SparringAgreement,
    SparringSession,
    TrainingModule,
    TrainingStatus,
    Volunteer,
    VolunteerStatus,
    VolunteerTask,
    VolunteerTraining,
    sparring_participant,
)
from peerdesk.vault.vault import Vault

# Deliberately light: one @, something on both sides, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-./ ]*$")
_MAX_TASK_MINUTES = 24 * 60


@dataclass(frozen=True)
class RosterRow:
    """One host on the roster, with the figures the roster table shows."""

    id: int
    name: str
    status: VolunteerStatus
    started_on: date | None
    trained_modules: int
    modules_total: int
    next_shift_at: datetime | None
    last_sparring_at: datetime | None
    minutes_this_month: int


@dataclass(frozen=True)
class HostHours:
    """A host's volunteered minutes in one month."""

    volunteer_id: int
    name: str
    shift_minutes: int
    task_minutes: int
    total_minutes: int


# ------------------------------------------------------------------ helpers


def _load(s: Session, model: type, record_id: int, kind: str) -> Any:
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(kind, record_id)
    return obj


def _month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 9998:
        raise ValidationError("year", ValidationError.OUT_OF_RANGE, minimum=1900, maximum=9998)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError("month", ValidationError.OUT_OF_RANGE, minimum=1, maximum=12)
    start = datetime(year, month, 1)
    end = datetime(year + month // 12, month % 12 + 1, 1)
    return start, end


def shift_minutes(shift: type[Shift] | Any = Shift) -> ColumnElement[int]:
    """SQL: a shift's length in whole minutes (naive local wall-clock times)."""
    days = func.julianday(shift.ends_at) - func.julianday(shift.starts_at)
    return cast(func.round(days * 1440), SqlInteger)


def _shift_minutes_by_host(start: datetime, end: datetime):
    """Subquery (vid, minutes): minutes on non-cancelled shifts starting in [start, end)."""
    return (
        select(
            ShiftAssignment.volunteer_id.label("vid"),
            func.sum(shift_minutes()).label("minutes"),
        )
        .join(Shift, ShiftAssignment.shift_id == Shift.id)
        .where(
            ShiftAssignment.cancelled_at.is_(None),
            Shift.starts_at >= start,
            Shift.starts_at < end,
        )
        .group_by(ShiftAssignment.volunteer_id)
        .subquery()
    )


def _task_minutes_by_host(start: date, end: date):
    return (
        select(
            VolunteerTask.volunteer_id.label("vid"),
            func.sum(VolunteerTask.minutes).label("minutes"),
        )
        .where(VolunteerTask.on_date >= start, VolunteerTask.on_date < end)
        .group_by(VolunteerTask.volunteer_id)
        .subquery()
    )


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    phone = v.line(values["phone"], "phone", max_length=40)
    if not _PHONE.match(phone):
        raise ValidationError("phone", ValidationError.BAD_CHOICE, expected="phone number")
    email = v.line(values["email"], "email")
    if email and not _EMAIL.match(email):
        raise ValidationError("email", ValidationError.BAD_CHOICE, expected="email")
    return {
        "name": v.line(values["name"], "name", required=True),
        "phone": phone,
        "email": email,
        "started_on": v.a_date(values["started_on"], "started_on"),
        "status": v.choice(values["status"], VolunteerStatus, "status"),
        "note": v.text(values["note"], "note"),
    }


# ----------------------------------------------------------------- hosts


def add_volunteer(
    vault: Vault,
    *,
    name: str,
    phone: str = "",
    email: str = "",
    started_on: date | None = None,
    status: VolunteerStatus | str = VolunteerStatus.ACTIVE,
    note: str = "",
) -> Volunteer:
    """Add a host. The e-mail, if given, must look like one (BAD_CHOICE)."""
    values = _clean(
        {
            "name": name,
            "phone": phone,
            "email": email,
            "started_on": started_on,
            "status": status,
            "note": note,
        }
    )
    with vault.session() as s:
        volunteer = Volunteer(**values)
        s.add(volunteer)
        s.flush()
        return volunteer


_VOLUNTEER_FIELDS = ("name", "phone", "email", "started_on", "status", "note")


def update_volunteer(vault: Vault, volunteer_id: int, **fields: Any) -> Volunteer:
    """Change any of a host's fields (name, phone, email, started_on, status, note)."""
    unknown = set(fields) - set(_VOLUNTEER_FIELDS)
    if unknown:
        raise TypeError(f"update_volunteer() got unexpected fields: {', '.join(sorted(unknown))}")
    with vault.session() as s:
        volunteer = _load(s, Volunteer, volunteer_id, "volunteer")
        current = {name: getattr(volunteer, name) for name in _VOLUNTEER_FIELDS}
        for name, value in _clean(current | fields).items():
            setattr(volunteer, name, value)
        s.flush()
        return volunteer


def get_volunteer(vault: Vault, volunteer_id: int) -> Volunteer:
    """One host with their availability and training rows (and modules) loaded."""
    with vault.session() as s:
        volunteer = s.scalar(
            select(Volunteer)
            .where(Volunteer.id == volunteer_id)
            .options(
                selectinload(Volunteer.availability),
                selectinload(Volunteer.trainings).selectinload(VolunteerTraining.module),
            )
        )
        if volunteer is None:
            raise NotFound("volunteer", volunteer_id)
        return volunteer


def list_roster(
    vault: Vault, *, status: VolunteerStatus | str | None = None, today: date
) -> list[RosterRow]:
    """The host roster by name, each with their figures as of `today`.

    `trained_modules` counts active modules whose training holds today (see
    services.training); `minutes_this_month` is shift plus task minutes in
    today's calendar month. One query: grouped subqueries, outer-joined.
    """
    today = v.a_date(today, "today", required=True)
    status = None if status is None else v.choice(status, VolunteerStatus, "status")
    month_start, month_end = _month_bounds(today.year, today.month)
    vt = VolunteerTraining

    trained = (
        select(vt.volunteer_id.label("vid"), func.count(vt.id).label("n"))
        .join(TrainingModule, vt.module_id == TrainingModule.id)
        .where(
            TrainingModule.active.is_(True),
            vt.status == TrainingStatus.TRAINED,
            or_(vt.status_on.is_(None), vt.status_on <= today),
            or_(vt.expires_on.is_(None), vt.expires_on >= today),
        )
        .group_by(vt.volunteer_id)
        .subquery()
    )
    modules_total = (
        select(func.count(TrainingModule.id)).where(TrainingModule.active.is_(True))
    ).scalar_subquery()
    next_shift = (
        select(ShiftAssignment.volunteer_id.label("vid"), func.min(Shift.starts_at).label("at"))
        .join(Shift, ShiftAssignment.shift_id == Shift.id)
        .where(
            ShiftAssignment.cancelled_at.is_(None),
            Shift.starts_at >= datetime.combine(today, time()),
        )
        # "+ 0": grouping by the bare column makes SQLite walk every assignment
        # in volunteer order; this way it starts from the few coming shifts.
        .group_by(ShiftAssignment.volunteer_id + 0)
        .subquery()
    )
    last_sparring = (
        select(
            sparring_participant.c.volunteer_id.label("vid"),
            func.max(SparringSession.held_at).label("at"),
        )
        .join(SparringSession, sparring_participant.c.sparring_id == SparringSession.id)
        .group_by(sparring_participant.c.volunteer_id)
        .subquery()
    )
    shift_m = _shift_minutes_by_host(month_start, month_end)
    task_m = _task_minutes_by_host(month_start.date(), month_end.date())

    query = (
        select(
            Volunteer.id,
            Volunteer.name,
            Volunteer.status,
            Volunteer.started_on,
            func.coalesce(trained.c.n, 0),
            modules_total,
            next_shift.c.at,
            last_sparring.c.at,
            func.coalesce(shift_m.c.minutes, 0) + func.coalesce(task_m.c.minutes, 0),
        )
        .outerjoin(trained, trained.c.vid == Volunteer.id)
        .outerjoin(next_shift, next_shift.c.vid == Volunteer.id)
        .outerjoin(last_sparring, last_sparring.c.vid == Volunteer.id)
        .outerjoin(shift_m, shift_m.c.vid == Volunteer.id)
        .outerjoin(task_m, task_m.c.vid == Volunteer.id)
        .order_by(func.lower(Volunteer.name), Volunteer.id)
    )
    if status is not None:
        query = query.where(Volunteer.status == status)
    with vault.session() as s:
        return [RosterRow(*row) for row in s.execute(query)]


def erase_volunteer(vault: Vault, volunteer_id: int) -> None:
    """Erase a host and everything that is only about them, unrecoverably.

    Removes the host, their trainings, availability, tasks, shift assignments,
    café-session and training-attendance links, sparring participation, the
    sparring sessions they were the only participant of (with agreements), and
    drafts keyed "volunteer:<id>" or "volunteer:<id>:…"; then purges freed pages
    and index segments. Shared records (a group sparring, a café session, a
    swap log entry) stay, without the link to this host; their free text is
    not scanned for the host's name.
    """
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        other = aliased(sparring_participant)
        solo = select(sparring_participant.c.sparring_id).where(
            sparring_participant.c.volunteer_id == volunteer_id,
            ~exists().where(
                other.c.sparring_id == sparring_participant.c.sparring_id,
                other.c.volunteer_id != volunteer_id,
            ),
        )
        solo_ids = list(s.scalars(solo))
        # Indexed rows are deleted by statement, not left to foreign-key
        # cascades, so their search-index triggers certainly fire.
        if solo_ids:
            s.execute(delete(SparringAgreement).where(SparringAgreement.sparring_id.in_(solo_ids)))
            s.execute(delete(SparringSession).where(SparringSession.id.in_(solo_ids)))
        s.execute(delete(VolunteerTask).where(VolunteerTask.volunteer_id == volunteer_id))
        prefix = f"volunteer:{volunteer_id}"
        s.execute(
            delete(Draft).where(
                or_(Draft.key == prefix, Draft.key.startswith(prefix + ":", autoescape=True))
            )
        )
        s.execute(delete(Volunteer).where(Volunteer.id == volunteer_id))
        s.expunge_all()
    vault.purge_deleted()


# ----------------------------------------------------------- availability


def set_availability(
    vault: Vault,
    *,
    volunteer_id: int,
    slots: Iterable[tuple[int, time | str | None, time | str | None]],
) -> list[Availability]:
    """Replace the host's availability with `slots` of (weekday 0=Monday,
    from_time or None, to_time or None); None means open-ended."""
    cleaned: dict[tuple[int, time | None, time | None], None] = {}
    for weekday, from_time, to_time in slots:
        if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
            raise ValidationError("slots", ValidationError.OUT_OF_RANGE, minimum=0, maximum=6)
        start = v.a_time(from_time, "slots", required=False)
        end = v.a_time(to_time, "slots", required=False)
        v.ordered(start, end, "slots")
        cleaned[(weekday, start, end)] = None
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        s.execute(delete(Availability).where(Availability.volunteer_id == volunteer_id))
        rows = [
            Availability(volunteer_id=volunteer_id, weekday=d, from_time=a, to_time=b)
            for d, a, b in cleaned
        ]
        s.add_all(rows)
        s.flush()
        return sorted(rows, key=lambda r: (r.weekday, r.from_time or time.min))


# ------------------------------------------------------------ tasks, hours


def add_task(
    vault: Vault, *, volunteer_id: int, on_date: date, minutes: int, description: str = ""
) -> VolunteerTask:
    """Log time a host gave outside café shifts (1 minute to 24 hours, one day)."""
    on_date = v.a_date(on_date, "on_date", required=True)
    minutes = v.count(minutes, "minutes", maximum=_MAX_TASK_MINUTES)
    if minutes == 0:
        raise ValidationError("minutes", ValidationError.OUT_OF_RANGE, minimum=1)
    description = v.line(description, "description")
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        task = VolunteerTask(
            volunteer_id=volunteer_id, on_date=on_date, minutes=minutes, description=description
        )
        s.add(task)
        s.flush()
        return task


def host_hours(vault: Vault, *, year: int, month: int) -> list[HostHours]:
    """Each host's minutes in a calendar month, by name: shifts (non-cancelled
    assignments of shifts starting that month) plus tasks. Active hosts are
    listed even with no minutes; others only if they gave time that month."""
    start, end = _month_bounds(year, month)
    shift_m = _shift_minutes_by_host(start, end)
    task_m = _task_minutes_by_host(start.date(), end.date())
    shift_col = func.coalesce(shift_m.c.minutes, 0)
    task_col = func.coalesce(task_m.c.minutes, 0)
    query = (
        select(Volunteer.id, Volunteer.name, shift_col, task_col)
        .outerjoin(shift_m, shift_m.c.vid == Volunteer.id)
        .outerjoin(task_m, task_m.c.vid == Volunteer.id)
        .where(or_(Volunteer.status == VolunteerStatus.ACTIVE, shift_col + task_col > 0))
        .order_by(func.lower(Volunteer.name), Volunteer.id)
    )
    with vault.session() as s:
        return [
            HostHours(vid, name, int(shift), int(task), int(shift) + int(task))
            for vid, name, shift, task in s.execute(query)
        ]
