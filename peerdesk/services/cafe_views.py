"""What the café tab needs beyond services.cafe and services.shifts (no Qt).

`save_day` logs (or corrects) a café session together with a new incident and
drops the form's draft, all in one transaction, so a café-day form is either
saved whole or not at all. The rest are small reads for the screens.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from peerdesk.services import validation as v
from peerdesk.services.cafe import _clean_session, _session_query
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import (
    Cafe,
    CafeSession,
    Draft,
    Incident,
    Shift,
    ShiftAssignment,
    Volunteer,
    cafe_session_host,
)
from peerdesk.vault.vault import Vault

#: The drafts of café-day forms live under this area (see services.drafts).
DRAFT_AREA = "cafe"


@dataclass(frozen=True)
class CafeLabels:
    """Themes and activities used at a café, the most used first."""

    themes: tuple[str, ...]
    activities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SessionLine:
    """One line of a café's session history: counts, hosts, labels, incidents
    (never the reflection texts, which the table does not show)."""

    id: int
    starts_at: datetime
    ends_at: datetime | None
    head_count: int
    newcomers: int
    returning_guests: int
    hosts: str  # names by name, ", " between
    labels: str  # themes, then activities, ", " between
    incidents: int
    open_incidents: int


def _record_id(value: object, kind: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotFound(kind, value)
    return value


def save_day(
    vault: Vault,
    *,
    session_id: int | None = None,
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
    incident: str = "",
    incident_action: str = "",
    incident_follow_up_on: date | None = None,
    draft_key: str | None = None,
) -> CafeSession:
    """Log a new session (no `session_id`) or replace every field of an
    existing one, under the same rules as cafe.log_session; when `incident` has
    text, add it as a new incident of the session (errors name `description`,
    `action_taken`, `follow_up_on`; the follow-up may not lie before the
    session). The draft `draft_key` of area DRAFT_AREA is deleted in the same
    transaction. On any error nothing is written.

    Returns the session with its café, hosts and incidents loaded.
    """
    values = {
        "cafe_id": cafe_id,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "head_count": head_count,
        "newcomers": newcomers,
        "returning_guests": returning_guests,
        "host_ids": list(host_ids),
        "themes": themes,
        "activities": activities,
        "went_well": went_well,
        "do_differently": do_differently,
        "note": note,
    }
    # Check the incident before touching the database: a typo there must not
    # leave a session without its incident.
    description = v.text(incident, "description")
    action_taken = v.text(incident_action, "action_taken")
    follow_up_on = v.a_date(incident_follow_up_on, "follow_up_on")
    if not description.strip() and (action_taken.strip() or follow_up_on is not None):
        raise ValidationError("description", ValidationError.REQUIRED)
    with vault.session() as s:
        cleaned = _clean_session(s, values)
        if session_id is None:
            session = CafeSession(**cleaned)
            s.add(session)
        else:
            _record_id(session_id, "cafe_session")
            session = s.scalar(_session_query().where(CafeSession.id == session_id))
            if session is None:
                raise NotFound("cafe_session", session_id)
            for name, value in cleaned.items():
                setattr(session, name, value)
        s.flush()
        if description.strip():
            v.ordered(session.starts_at.date(), follow_up_on, "follow_up_on", strict=False)
            s.add(
                Incident(
                    session_id=session.id,
                    description=description,
                    action_taken=action_taken,
                    follow_up_on=follow_up_on,
                )
            )
        if draft_key is not None:
            draft = s.get(Draft, (DRAFT_AREA, draft_key))
            if draft is not None:
                s.delete(draft)
        s.flush()
        return s.scalar(
            _session_query()
            .where(CafeSession.id == session.id)
            .execution_options(populate_existing=True)
        )


def session_lines(
    vault: Vault, *, cafe_id: int, since: date | None = None, until: date | None = None
) -> list[SessionLine]:
    """cafe.session_history's logs (same café, dates, order: newest first) as the
    history table shows them. Reads only the columns shown and counts incidents
    in SQL, instead of loading every session with its hosts and incidents: the
    same three small queries (the café, the logs, their hosts) however many
    logs there are. NotFound for an unknown café."""
    since = v.a_date(since, "since")
    until = v.a_date(until, "until")
    v.ordered(since, until, "until", strict=False)
    _record_id(cafe_id, "cafe")
    wanted = [CafeSession.cafe_id == cafe_id]
    if since is not None:
        wanted.append(CafeSession.starts_at >= datetime.combine(since, time()))
    if until is not None:
        wanted.append(CafeSession.starts_at < datetime.combine(until + timedelta(days=1), time()))

    def incidents(*where):
        return (
            select(func.count(Incident.id))
            .where(Incident.session_id == CafeSession.id, *where)
            .scalar_subquery()
        )

    logs = (
        select(
            CafeSession.id,
            CafeSession.starts_at,
            CafeSession.ends_at,
            CafeSession.head_count,
            CafeSession.newcomers,
            CafeSession.returning_guests,
            CafeSession.themes,
            CafeSession.activities,
            incidents(),
            incidents(Incident.resolved_on.is_(None)),
        )
        .where(*wanted)
        .order_by(CafeSession.starts_at.desc(), CafeSession.id.desc())
    )
    hosts = (
        select(cafe_session_host.c.session_id, Volunteer.name)
        .join(Volunteer, Volunteer.id == cafe_session_host.c.volunteer_id)
        .join(CafeSession, CafeSession.id == cafe_session_host.c.session_id)
        .where(*wanted)
    )
    with vault.session() as s:
        if s.get(Cafe, cafe_id) is None:
            raise NotFound("cafe", cafe_id)
        rows = s.execute(logs).all()
        names: dict[int, list[str]] = {}
        for session_id, name in s.execute(hosts):
            names.setdefault(session_id, []).append(name)
    return [
        SessionLine(
            id=r[0],
            starts_at=r[1],
            ends_at=r[2],
            head_count=r[3],
            newcomers=r[4],
            returning_guests=r[5],
            hosts=", ".join(sorted(names.get(r[0], ()), key=str.casefold)),
            labels=", ".join([*r[6], *r[7]]),
            incidents=r[8],
            open_incidents=r[9],
        )
        for r in rows
    ]


def get_session(vault: Vault, *, session_id: int) -> CafeSession:
    """One session log with its café, hosts and incidents loaded."""
    _record_id(session_id, "cafe_session")
    with vault.session() as s:
        session = s.scalar(_session_query().where(CafeSession.id == session_id))
        if session is None:
            raise NotFound("cafe_session", session_id)
        return session


def get_incident(vault: Vault, *, incident_id: int) -> Incident:
    """One incident with its session loaded (for the café it belongs to)."""
    _record_id(incident_id, "incident")
    with vault.session() as s:
        incident = s.scalar(
            select(Incident)
            .where(Incident.id == incident_id)
            .options(selectinload(Incident.session))
        )
        if incident is None:
            raise NotFound("incident", incident_id)
        return incident


def get_shift(vault: Vault, *, shift_id: int) -> Shift:
    """One shift (its café loaded)."""
    _record_id(shift_id, "shift")
    with vault.session() as s:
        shift = s.scalar(
            select(Shift).where(Shift.id == shift_id).options(selectinload(Shift.cafe))
        )
        if shift is None:
            raise NotFound("shift", shift_id)
        return shift


def hosts_on_shift(vault: Vault, *, cafe_id: int, day: date) -> list[int]:
    """Ids of the hosts assigned (not cancelled) to the café's shifts on `day`,
    in the order they were assigned: the hosts a café-day form expects."""
    day = v.a_date(day, "day", required=True)
    start = datetime.combine(day, time())
    with vault.session() as s:
        ids = s.scalars(
            select(ShiftAssignment.volunteer_id)
            .join(Shift, ShiftAssignment.shift_id == Shift.id)
            .where(
                Shift.cafe_id == cafe_id,
                Shift.starts_at >= start,
                Shift.starts_at < start + timedelta(days=1),
                ShiftAssignment.cancelled_at.is_(None),
            )
            .order_by(ShiftAssignment.assigned_at, ShiftAssignment.id)
        )
        return list(dict.fromkeys(ids))


def recent_labels(vault: Vault, *, cafe_id: int, since: date, limit: int = 24) -> CafeLabels:
    """The themes and activities of the café's sessions since `since`, most used
    first (ties by first use), at most `limit` of each: the chips to offer."""
    since = v.a_date(since, "since", required=True)
    limit = v.count(limit, "limit", maximum=200)
    with vault.session() as s:
        rows = s.execute(
            select(CafeSession.themes, CafeSession.activities)
            .where(
                CafeSession.cafe_id == cafe_id,
                CafeSession.starts_at >= datetime.combine(since, time()),
            )
            .order_by(CafeSession.starts_at.desc())
        ).all()
    return CafeLabels(
        _most_used((t for t, _ in rows), limit), _most_used((a for _, a in rows), limit)
    )


def _most_used(lists: Iterable[list[str]], limit: int) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for labels in lists:
        for label in labels:
            key = label.casefold()
            spelling.setdefault(key, label)
            counts[key] += 1
    # Counter keeps first-seen order among equals, and rows come newest first.
    return tuple(spelling[key] for key, _ in counts.most_common(limit))
