"""Recovery cafés: the venues, their session logs and incidents.

A session log holds counts and the facilitator's reflection, never a guest's
name: there is no field for one, on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import Cafe, CafeSession, Incident, TrainingModule, Volunteer
from peerdesk.vault.vault import Vault

_MAX_HOSTS = 50
_MAX_GUESTS = 10_000


@dataclass(frozen=True)
class AttendancePoint:
    """Attendance in one week (starting Monday) or calendar month."""

    period_start: date
    sessions: int
    head_count: int
    newcomers: int
    returning_guests: int


# ------------------------------------------------------------------ helpers


def _load(s: Session, model: type, record_id: int, kind: str) -> Any:
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(kind, record_id)
    return obj


def _check_fields(fn: str, fields: dict[str, Any], allowed: Iterable[str]) -> None:
    # A wrong field name is a programming error, not a user's: fail like Python would.
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"{fn}() got unexpected fields: {', '.join(sorted(unknown))}")


def _labels(values: Iterable[str] | str, field: str) -> list[str]:
    # One label given as a plain string must not become a label per letter.
    return v.tags([values] if isinstance(values, str) else list(values), field)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time())


# ------------------------------------------------------------------- cafés

_CAFE_FIELDS = (
    "name",
    "address_note",
    "usual_days",
    "usual_hours",
    "hosts_needed",
    "solo_module_id",
    "active",
)


def _clean_cafe(s: Session, values: dict[str, Any], cafe_id: int | None) -> dict[str, Any]:
    name = v.line(values["name"], "name", required=True)
    clash = s.scalar(
        select(Cafe.id).where(func.lower(Cafe.name) == name.lower(), Cafe.id != (cafe_id or -1))
    )
    if clash is not None:
        raise ValidationError("name", ValidationError.DUPLICATE)
    if values["solo_module_id"] is not None:
        _load(s, TrainingModule, values["solo_module_id"], "training_module")
    if not isinstance(values["active"], bool):
        raise ValidationError("active", ValidationError.BAD_CHOICE, expected="yes/no")
    return {
        "name": name,
        "address_note": v.text(values["address_note"], "address_note"),
        "usual_days": v.line(values["usual_days"], "usual_days"),
        "usual_hours": v.line(values["usual_hours"], "usual_hours"),
        "hosts_needed": v.count(values["hosts_needed"], "hosts_needed", maximum=_MAX_HOSTS),
        "solo_module_id": values["solo_module_id"],
        "active": values["active"],
    }


def add_cafe(
    vault: Vault,
    *,
    name: str,
    address_note: str = "",
    usual_days: str = "",
    usual_hours: str = "",
    hosts_needed: int = 2,
    solo_module_id: int | None = None,
) -> Cafe:
    """Add a café. Names are unique, case-insensitively (DUPLICATE). The solo
    module is the training a host needs to take a shift alone."""
    values = {
        "name": name,
        "address_note": address_note,
        "usual_days": usual_days,
        "usual_hours": usual_hours,
        "hosts_needed": hosts_needed,
        "solo_module_id": solo_module_id,
        "active": True,
    }
    with vault.session() as s:
        cafe = Cafe(**_clean_cafe(s, values, None))
        s.add(cafe)
        s.flush()
        s.refresh(cafe, ["solo_module"])
        return cafe


def update_cafe(vault: Vault, cafe_id: int, **fields: Any) -> Cafe:
    """Change any of a café's fields (as in add_cafe, plus `active`)."""
    _check_fields("update_cafe", fields, _CAFE_FIELDS)
    with vault.session() as s:
        cafe = _load(s, Cafe, cafe_id, "cafe")
        current = {name: getattr(cafe, name) for name in _CAFE_FIELDS}
        for name, value in _clean_cafe(s, current | fields, cafe.id).items():
            setattr(cafe, name, value)
        s.flush()
        s.refresh(cafe, ["solo_module"])
        return cafe


def list_cafes(vault: Vault, *, include_inactive: bool = False) -> list[Cafe]:
    """Cafés by name, with their solo module loaded."""
    query = select(Cafe).options(selectinload(Cafe.solo_module)).order_by(func.lower(Cafe.name))
    if not include_inactive:
        query = query.where(Cafe.active.is_(True))
    with vault.session() as s:
        return list(s.scalars(query))


# ------------------------------------------------------------ session logs

_SESSION_FIELDS = (
    "cafe_id",
    "starts_at",
    "ends_at",
    "head_count",
    "newcomers",
    "returning_guests",
    "host_ids",
    "themes",
    "activities",
    "went_well",
    "do_differently",
    "note",
)


def _clean_session(s: Session, values: dict[str, Any]) -> dict[str, Any]:
    starts_at = v.a_datetime(values["starts_at"], "starts_at")
    ends_at = v.a_datetime(values["ends_at"], "ends_at", required=False)
    v.ordered(starts_at, ends_at, "ends_at")
    head_count = v.count(values["head_count"], "head_count", maximum=_MAX_GUESTS)
    newcomers = v.count(values["newcomers"], "newcomers", maximum=_MAX_GUESTS)
    returning = v.count(values["returning_guests"], "returning_guests", maximum=_MAX_GUESTS)
    if newcomers + returning > head_count:
        raise ValidationError(
            "head_count", ValidationError.OUT_OF_RANGE, minimum=newcomers + returning
        )
    cleaned = {
        "starts_at": starts_at,
        "ends_at": ends_at,
        "head_count": head_count,
        "newcomers": newcomers,
        "returning_guests": returning,
        "themes": _labels(values["themes"], "themes"),
        "activities": _labels(values["activities"], "activities"),
        "went_well": v.text(values["went_well"], "went_well"),
        "do_differently": v.text(values["do_differently"], "do_differently"),
        "note": v.text(values["note"], "note"),
    }
    cleaned["cafe_id"] = _load(s, Cafe, values["cafe_id"], "cafe").id
    cleaned["hosts"] = [
        _load(s, Volunteer, vid, "volunteer") for vid in dict.fromkeys(values["host_ids"])
    ]
    return cleaned


def _session_query():
    return select(CafeSession).options(
        selectinload(CafeSession.cafe),
        selectinload(CafeSession.hosts),
        selectinload(CafeSession.incidents),
    )


def log_session(
    vault: Vault,
    *,
    cafe_id: int,
    starts_at: datetime,
    ends_at: datetime | None = None,
    head_count: int = 0,
    newcomers: int = 0,
    returning_guests: int = 0,
    host_ids: Iterable[int] = (),
    themes: Iterable[str] = (),
    activities: Iterable[str] = (),
    went_well: str = "",
    do_differently: str = "",
    note: str = "",
) -> CafeSession:
    """Log one opening of a café. Newcomers plus returning guests may not exceed
    the head count (OUT_OF_RANGE on head_count); counts may not be negative;
    the end may not come before the start; every host must exist."""
    values = {
        "cafe_id": cafe_id,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "head_count": head_count,
        "newcomers": newcomers,
        "returning_guests": returning_guests,
        "host_ids": host_ids,
        "themes": themes,
        "activities": activities,
        "went_well": went_well,
        "do_differently": do_differently,
        "note": note,
    }
    with vault.session() as s:
        session = CafeSession(**_clean_session(s, values))
        s.add(session)
        s.flush()
        return s.scalar(_session_query().where(CafeSession.id == session.id))


def update_session(vault: Vault, session_id: int, **fields: Any) -> CafeSession:
    """Change any of a session log's fields (the keywords of log_session); the
    whole log is checked again, so the counts stay consistent."""
    _check_fields("update_session", fields, _SESSION_FIELDS)
    with vault.session() as s:
        session = s.scalar(_session_query().where(CafeSession.id == session_id))
        if session is None:
            raise NotFound("cafe_session", session_id)
        current = {name: getattr(session, name) for name in _SESSION_FIELDS if name != "host_ids"}
        current["host_ids"] = [h.id for h in session.hosts]
        for name, value in _clean_session(s, current | fields).items():
            setattr(session, name, value)
        s.flush()
        s.refresh(session, ["cafe"])
        return session


def session_history(
    vault: Vault, *, cafe_id: int, since: date | None = None, until: date | None = None
) -> list[CafeSession]:
    """A café's session logs, newest first, between two dates (both included),
    with hosts and incidents loaded."""
    since = v.a_date(since, "since")
    until = v.a_date(until, "until")
    v.ordered(since, until, "until", strict=False)
    query = (
        _session_query()
        .where(CafeSession.cafe_id == cafe_id)
        .order_by(CafeSession.starts_at.desc(), CafeSession.id.desc())
    )
    if since is not None:
        query = query.where(CafeSession.starts_at >= _day_start(since))
    if until is not None:
        query = query.where(CafeSession.starts_at < _day_start(until + timedelta(days=1)))
    with vault.session() as s:
        _load(s, Cafe, cafe_id, "cafe")
        return list(s.scalars(query))


def _period_start(day: date, bucket: str) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _next_period(day: date, bucket: str) -> date:
    if bucket == "week":
        return day + timedelta(days=7)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def attendance_series(
    vault: Vault,
    *,
    cafe_id: int,
    bucket: Literal["week", "month"],
    since: date,
    until: date,
) -> list[AttendancePoint]:
    """Attendance per week (Monday–Sunday) or calendar month for sessions
    starting between `since` and `until` (both included), oldest first.

    Sums are computed in SQL with GROUP BY; periods without sessions are
    filled in with zeros so a chart shows the quiet weeks too.
    """
    if bucket not in ("week", "month"):
        raise ValidationError("bucket", ValidationError.BAD_CHOICE, allowed="week/month")
    since = v.a_date(since, "since", required=True)
    until = v.a_date(until, "until", required=True)
    v.ordered(since, until, "until", strict=False)
    modifiers = ("weekday 0", "-6 days") if bucket == "week" else ("start of month",)
    period = func.date(CafeSession.starts_at, *modifiers).label("period")
    query = (
        select(
            period,
            func.count(CafeSession.id),
            func.sum(CafeSession.head_count),
            func.sum(CafeSession.newcomers),
            func.sum(CafeSession.returning_guests),
        )
        .where(
            CafeSession.cafe_id == cafe_id,
            CafeSession.starts_at >= _day_start(since),
            CafeSession.starts_at < _day_start(until + timedelta(days=1)),
        )
        .group_by(period)
    )
    with vault.session() as s:
        _load(s, Cafe, cafe_id, "cafe")
        found = {
            date.fromisoformat(p): AttendancePoint(date.fromisoformat(p), n, h, nc, rg)
            for p, n, h, nc, rg in s.execute(query)
        }
    points = []
    start = _period_start(since, bucket)
    while start <= until:
        points.append(found.get(start) or AttendancePoint(start, 0, 0, 0, 0))
        start = _next_period(start, bucket)
    return points


# --------------------------------------------------------------- incidents


def add_incident(
    vault: Vault,
    *,
    session_id: int,
    description: str,
    action_taken: str = "",
    follow_up_on: date | None = None,
) -> Incident:
    """Record an incident at a café session; a follow-up date may not lie
    before the session."""
    description = v.text(description, "description", required=True)
    action_taken = v.text(action_taken, "action_taken")
    follow_up_on = v.a_date(follow_up_on, "follow_up_on")
    with vault.session() as s:
        session: CafeSession = _load(s, CafeSession, session_id, "cafe_session")
        v.ordered(session.starts_at.date(), follow_up_on, "follow_up_on", strict=False)
        incident = Incident(
            session_id=session.id,
            description=description,
            action_taken=action_taken,
            follow_up_on=follow_up_on,
        )
        s.add(incident)
        s.flush()
        return incident


def resolve_incident(vault: Vault, incident_id: int, *, on: date, resolution: str = "") -> Incident:
    """Close an open incident on `on` (not before its session). Resolving it a
    second time is refused (NOT_ALLOWED), so a resolution is never overwritten."""
    on = v.a_date(on, "on", required=True)
    resolution = v.text(resolution, "resolution")
    with vault.session() as s:
        incident: Incident = _load(s, Incident, incident_id, "incident")
        if incident.resolved_on is not None:
            raise ValidationError("on", ValidationError.NOT_ALLOWED, reason="already_resolved")
        v.ordered(incident.session.starts_at.date(), on, "on", strict=False)
        incident.resolved_on = on
        incident.resolution = resolution
        s.flush()
        return incident


def open_incidents(vault: Vault, *, cafe_id: int | None = None) -> list[Incident]:
    """Unresolved incidents (of one café, if given): those with the earliest
    follow-up first, then those without one, by session time. Each has its
    session and café loaded."""
    query = (
        select(Incident)
        .join(Incident.session)
        .where(Incident.resolved_on.is_(None))
        .options(selectinload(Incident.session).selectinload(CafeSession.cafe))
        .order_by(
            Incident.follow_up_on.is_(None),
            Incident.follow_up_on,
            CafeSession.starts_at,
            Incident.id,
        )
    )
    if cafe_id is not None:
        query = query.where(CafeSession.cafe_id == cafe_id)
    with vault.session() as s:
        if cafe_id is not None:
            _load(s, Cafe, cafe_id, "cafe")
        return list(s.scalars(query))
