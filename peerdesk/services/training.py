"""Host training: modules, each host's status per module, expiry and training sessions.

A module with `valid_months` (first aid) must be renewed: TRAINED sets
`expires_on` that many calendar months after the training date. A training
counts on every day from its `status_on` up to and including `expires_on`
(like a certificate's "valid until"); the day after, it has expired.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import (
    TrainingModule,
    TrainingSession,
    TrainingStatus,
    Volunteer,
    VolunteerStatus,
    VolunteerTraining,
)
from peerdesk.vault.vault import Vault

# The host training as it is usually run in Danish recovery cafés; only first
# aid has to be renewed.
DEFAULT_MODULES: tuple[tuple[str, int | None], ...] = (
    ("Introduktion til caféen", None),
    ("Værtsrollen", None),
    ("Grænser og egenomsorg", None),
    ("Konflikthåndtering", None),
    ("Førstehjælp", 24),
)

_MAX_VALID_MONTHS = 240
_MAX_SESSION_MINUTES = 24 * 60


@dataclass(frozen=True)
class ExpiringTraining:
    """A host's training that expires soon (or has expired): time to renew it."""

    volunteer_id: int
    name: str
    module_id: int
    module_name: str
    expires_on: date
    expired: bool


# ------------------------------------------------------------------ helpers


def add_months(day: date, months: int) -> date:
    """`day` plus whole calendar months; the 31st becomes the month's last day."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def trained_clause(volunteer_id: Any, module_id: Any, on: Any) -> ColumnElement[bool]:
    """SQL: the host is TRAINED in the module, and the training holds on `on`.

    Each argument may be a Python value or a column/expression, so the same
    rule serves `is_trained_for` and the shift queries (one query, no N+1).
    """
    vt = VolunteerTraining
    return exists().where(
        vt.volunteer_id == volunteer_id,
        vt.module_id == module_id,
        vt.status == TrainingStatus.TRAINED,
        or_(vt.status_on.is_(None), vt.status_on <= on),
        or_(vt.expires_on.is_(None), vt.expires_on >= on),
    )


def _load(s: Session, model: type, record_id: int, kind: str) -> Any:
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(kind, record_id)
    return obj


def _valid_months(value: int | None) -> int | None:
    if value is None:
        return None
    months = v.count(value, "valid_months", maximum=_MAX_VALID_MONTHS)
    if months == 0:
        raise ValidationError("valid_months", ValidationError.OUT_OF_RANGE, minimum=1)
    return months


def _check_unique_name(s: Session, name: str, module_id: int | None) -> None:
    clash = s.scalar(
        select(TrainingModule.id).where(
            func.lower(TrainingModule.name) == name.lower(), TrainingModule.id != (module_id or -1)
        )
    )
    if clash is not None:
        raise ValidationError("name", ValidationError.DUPLICATE)


def _ordered_modules(s: Session) -> list[TrainingModule]:
    return list(
        s.scalars(select(TrainingModule).order_by(TrainingModule.position, TrainingModule.id))
    )


# ------------------------------------------------------------------ modules


def ensure_default_modules(vault: Vault) -> list[TrainingModule]:
    """Create the Danish default modules if there are no modules at all; return
    every module in training order. Never touches existing modules."""
    with vault.session() as s:
        if s.scalar(select(func.count(TrainingModule.id))) == 0:
            for position, (name, months) in enumerate(DEFAULT_MODULES):
                s.add(TrainingModule(name=name, valid_months=months, position=position))
            s.flush()
        return _ordered_modules(s)


def list_modules(vault: Vault, *, include_inactive: bool = False) -> list[TrainingModule]:
    """The training modules in training order."""
    with vault.session() as s:
        modules = _ordered_modules(s)
    return [m for m in modules if include_inactive or m.active]


def add_module(
    vault: Vault,
    *,
    name: str,
    description: str = "",
    valid_months: int | None = None,
    position: int | None = None,
) -> TrainingModule:
    """Add a module (names are unique, case-insensitively: DUPLICATE). Without a
    position it goes last."""
    name = v.line(name, "name", required=True)
    description = v.text(description, "description")
    valid_months = _valid_months(valid_months)
    with vault.session() as s:
        _check_unique_name(s, name, None)
        if position is None:
            position = (s.scalar(select(func.max(TrainingModule.position))) or 0) + 1
        position = v.count(position, "position", maximum=10_000)
        module = TrainingModule(
            name=name, description=description, valid_months=valid_months, position=position
        )
        s.add(module)
        s.flush()
        return module


_MODULE_FIELDS = {"name", "description", "valid_months", "position", "active"}


def update_module(vault: Vault, module_id: int, **fields: Any) -> TrainingModule:
    """Change a module's fields (any of name, description, valid_months, position,
    active). Existing expiry dates are not recomputed: they were set by the rule
    that held when the host was trained."""
    unknown = set(fields) - _MODULE_FIELDS
    if unknown:
        raise TypeError(f"update_module() got unexpected fields: {', '.join(sorted(unknown))}")
    with vault.session() as s:
        module = _load(s, TrainingModule, module_id, "training_module")
        if "name" in fields:
            name = v.line(fields["name"], "name", required=True)
            _check_unique_name(s, name, module.id)
            module.name = name
        if "description" in fields:
            module.description = v.text(fields["description"], "description")
        if "valid_months" in fields:
            module.valid_months = _valid_months(fields["valid_months"])
        if "position" in fields:
            module.position = v.count(fields["position"], "position", maximum=10_000)
        if "active" in fields:
            if not isinstance(fields["active"], bool):
                raise ValidationError("active", ValidationError.BAD_CHOICE, expected="yes/no")
            module.active = fields["active"]
        s.flush()
        return module


# ------------------------------------------------------------ host statuses


def set_training_status(
    vault: Vault, *, volunteer_id: int, module_id: int, status: TrainingStatus | str, on: date
) -> VolunteerTraining:
    """Record a host's status in a module as of `on` (one row per host and module).

    TRAINED in an expiring module sets `expires_on` to `on` plus the module's
    valid months (calendar months, clamped to the month's end); any other
    status clears it.
    """
    status = v.choice(status, TrainingStatus, "status")
    on = v.a_date(on, "on", required=True)
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        module: TrainingModule = _load(s, TrainingModule, module_id, "training_module")
        row = s.scalar(
            select(VolunteerTraining).where(
                VolunteerTraining.volunteer_id == volunteer_id,
                VolunteerTraining.module_id == module_id,
            )
        )
        if row is None:
            row = VolunteerTraining(volunteer_id=volunteer_id, module_id=module_id)
            s.add(row)
        row.status = status
        row.status_on = on
        row.expires_on = (
            add_months(on, module.valid_months)
            if status is TrainingStatus.TRAINED and module.valid_months
            else None
        )
        s.flush()
        s.refresh(row, ["module"])
        return row


def is_trained_for(vault: Vault, *, volunteer_id: int, module_id: int, on: date) -> bool:
    """True when the host is TRAINED in the module and the training holds on `on`."""
    on = v.a_date(on, "on", required=True)
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        _load(s, TrainingModule, module_id, "training_module")
        return bool(s.scalar(select(trained_clause(volunteer_id, module_id, on))))


def host_trainings(vault: Vault, *, volunteer_id: int) -> list[VolunteerTraining]:
    """One host's training rows, in module order, with their modules loaded."""
    with vault.session() as s:
        _load(s, Volunteer, volunteer_id, "volunteer")
        return list(
            s.scalars(
                select(VolunteerTraining)
                .join(VolunteerTraining.module)
                .where(VolunteerTraining.volunteer_id == volunteer_id)
                .options(selectinload(VolunteerTraining.module))
                .order_by(TrainingModule.position, TrainingModule.id)
            )
        )


def expiring_training(vault: Vault, *, today: date, days: int = 60) -> list[ExpiringTraining]:
    """Trainings of current hosts (not stopped) in active modules that expire
    within `days` days of `today`, or already have: soonest first."""
    today = v.a_date(today, "today", required=True)
    days = v.count(days, "days", maximum=3650)
    horizon = today + timedelta(days=days)
    vt = VolunteerTraining
    rows = (
        select(Volunteer.id, Volunteer.name, TrainingModule.id, TrainingModule.name, vt.expires_on)
        .select_from(vt)
        .join(Volunteer, vt.volunteer_id == Volunteer.id)
        .join(TrainingModule, vt.module_id == TrainingModule.id)
        .where(
            vt.status == TrainingStatus.TRAINED,
            vt.expires_on.is_not(None),
            vt.expires_on <= horizon,
            Volunteer.status != VolunteerStatus.STOPPED,
            TrainingModule.active.is_(True),
        )
        .order_by(vt.expires_on, Volunteer.name, TrainingModule.position)
    )
    with vault.session() as s:
        return [
            ExpiringTraining(vid, name, mid, module_name, expires, expires < today)
            for vid, name, mid, module_name, expires in s.execute(rows)
        ]


# --------------------------------------------------------- training sessions


def add_training_session(
    vault: Vault,
    *,
    held_on: date,
    module_id: int | None = None,
    topic: str = "",
    duration_minutes: int = 0,
    note: str = "",
    attendee_ids: Iterable[int] = (),
) -> TrainingSession:
    """Log a training evening. Attending does not change anyone's status: the
    coordinator decides when a host is trained (`set_training_status`)."""
    held_on = v.a_date(held_on, "held_on", required=True)
    topic = v.line(topic, "topic")
    duration_minutes = v.count(duration_minutes, "duration_minutes", maximum=_MAX_SESSION_MINUTES)
    note = v.text(note, "note")
    with vault.session() as s:
        if module_id is not None:
            _load(s, TrainingModule, module_id, "training_module")
        attendees = [_load(s, Volunteer, vid, "volunteer") for vid in dict.fromkeys(attendee_ids)]
        session = TrainingSession(
            held_on=held_on,
            module_id=module_id,
            topic=topic,
            duration_minutes=duration_minutes,
            note=note,
            attendees=attendees,
        )
        s.add(session)
        s.flush()
        s.refresh(session, ["module"])
        return session


def training_sessions(vault: Vault, *, volunteer_id: int | None = None) -> list[TrainingSession]:
    """Training sessions newest first (only those a host attended, if given)."""
    query = (
        select(TrainingSession)
        .options(selectinload(TrainingSession.attendees), selectinload(TrainingSession.module))
        .order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc())
    )
    if volunteer_id is not None:
        query = query.where(TrainingSession.attendees.any(Volunteer.id == volunteer_id))
    with vault.session() as s:
        if volunteer_id is not None:
            _load(s, Volunteer, volunteer_id, "volunteer")
        return list(s.scalars(query))
