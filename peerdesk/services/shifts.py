"""Café shifts: repeating templates, single shifts, host assignment and coverage.

Shift times are naive local wall-clock datetimes (see vault.models.base): a
template for "Sunday 10–14" gives 10:00–14:00 on every Sunday, DST or not.

The safety rule: no host may be alone on a shift unless trained in the café's
solo module (`Cafe.solo_module_id`) on the shift's date. A café without a
solo module puts no such limit on its hosts. Assigning refuses to break the
rule; a cancellation may leave a host alone (no one can be forced to come),
and coverage flags it instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.services.training import trained_clause
from peerdesk.vault.models import (
    Availability,
    Cafe,
    Shift,
    ShiftAssignment,
    ShiftSwap,
    ShiftTemplate,
    Volunteer,
    VolunteerStatus,
)
from peerdesk.vault.vault import Vault

_MAX_HOSTS = 50
# Generating further ahead than this is almost certainly a mistyped year.
_MAX_GENERATE_DAYS = 3 * 366
# Names cannot hold control characters (validation.line), so this separator is safe.
_NAME_SEP = "\x1f"


@dataclass(frozen=True)
class ShiftCoverage:
    """How well one shift is staffed. `gap` is the number of hosts missing."""

    shift_id: int
    cafe_id: int
    cafe_name: str
    starts_at: datetime
    ends_at: datetime
    needed: int
    assigned: int
    host_names: tuple[str, ...]
    gap: int
    alone_untrained: bool


@dataclass(frozen=True)
class HostOption:
    """An active host as a candidate for a shift."""

    volunteer_id: int
    name: str
    available_that_day: bool
    trained_for_solo: bool
    already_assigned: bool


# ------------------------------------------------------------------ helpers


def _load(s: Session, model: type, record_id: int, kind: str) -> Any:
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(kind, record_id)
    return obj


def _now(now: datetime | None) -> datetime:
    return v.a_datetime(now, "now") if now is not None else datetime.now().replace(microsecond=0)


def _hosts_needed(value: int) -> int:
    return v.count(value, "hosts_needed", maximum=_MAX_HOSTS)


def _coverage_rows(s: Session, *conditions: Any) -> list[ShiftCoverage]:
    """Coverage of the shifts matching `conditions`, by start: one grouped query."""
    on_shift = and_(ShiftAssignment.shift_id == Shift.id, ShiftAssignment.cancelled_at.is_(None))
    trained = trained_clause(
        ShiftAssignment.volunteer_id, Cafe.solo_module_id, func.date(Shift.starts_at)
    )
    query = (
        select(
            Shift.id,
            Shift.cafe_id,
            Cafe.name,
            Shift.starts_at,
            Shift.ends_at,
            Shift.hosts_needed,
            Cafe.solo_module_id,
            func.count(ShiftAssignment.id),
            func.group_concat(Volunteer.name, _NAME_SEP),
            func.coalesce(func.sum(case((trained, 1), else_=0)), 0),
        )
        .join(Cafe, Shift.cafe_id == Cafe.id)
        .outerjoin(ShiftAssignment, on_shift)
        .outerjoin(Volunteer, ShiftAssignment.volunteer_id == Volunteer.id)
        .where(*conditions)
        .group_by(Shift.id)
        .order_by(Shift.starts_at, Shift.id)
    )
    rows = []
    for sid, cid, cname, starts, ends, needed, solo, assigned, names, trained_n in s.execute(query):
        rows.append(
            ShiftCoverage(
                shift_id=sid,
                cafe_id=cid,
                cafe_name=cname,
                starts_at=starts,
                ends_at=ends,
                needed=needed,
                assigned=assigned,
                host_names=tuple(sorted(names.split(_NAME_SEP), key=str.casefold)) if names else (),
                gap=max(0, needed - assigned),
                alone_untrained=solo is not None and assigned == 1 and trained_n == 0,
            )
        )
    return rows


def _may_be_alone(s: Session, shift: Shift, volunteer_id: int) -> bool:
    module_id = shift.cafe.solo_module_id
    if module_id is None:
        return True
    return bool(s.scalar(select(trained_clause(volunteer_id, module_id, shift.starts_at.date()))))


def _assign(
    s: Session, shift: Shift, volunteer_id: int, now: datetime, field: str
) -> ShiftAssignment:
    """Put a host on a shift inside the caller's transaction, enforcing the rules."""
    volunteer: Volunteer = _load(s, Volunteer, volunteer_id, "volunteer")
    if volunteer.status != VolunteerStatus.ACTIVE:
        raise ValidationError(field, ValidationError.NOT_ALLOWED, reason="not_active")
    on_shift = list(
        s.scalars(
            select(ShiftAssignment.volunteer_id).where(
                ShiftAssignment.shift_id == shift.id, ShiftAssignment.cancelled_at.is_(None)
            )
        )
    )
    if volunteer.id in on_shift:
        raise ValidationError(field, ValidationError.DUPLICATE)
    if not on_shift and not _may_be_alone(s, shift, volunteer.id):
        raise ValidationError(field, ValidationError.NOT_ALLOWED, reason="untrained_alone")
    assignment = ShiftAssignment(shift_id=shift.id, volunteer_id=volunteer.id, assigned_at=now)
    s.add(assignment)
    s.flush()
    s.refresh(assignment, ["shift", "volunteer"])
    return assignment


def _active_assignment(s: Session, assignment_id: int) -> ShiftAssignment:
    assignment: ShiftAssignment = _load(s, ShiftAssignment, assignment_id, "shift_assignment")
    if assignment.cancelled_at is not None:
        raise ValidationError(
            "assignment_id", ValidationError.NOT_ALLOWED, reason="already_cancelled"
        )
    return assignment


# --------------------------------------------------------------- templates


def add_template(
    vault: Vault,
    *,
    cafe_id: int,
    weekday: int,
    start_time: time | str,
    end_time: time | str,
    hosts_needed: int,
    valid_from: date,
    valid_until: date | None = None,
) -> ShiftTemplate:
    """A repeating shift: every `weekday` (0 = Monday) from start to end time,
    between valid_from and valid_until (both included; open-ended if None)."""
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise ValidationError("weekday", ValidationError.OUT_OF_RANGE, minimum=0, maximum=6)
    start_time = v.a_time(start_time, "start_time")
    end_time = v.a_time(end_time, "end_time")
    v.ordered(start_time, end_time, "end_time")
    hosts_needed = _hosts_needed(hosts_needed)
    valid_from = v.a_date(valid_from, "valid_from", required=True)
    valid_until = v.a_date(valid_until, "valid_until")
    v.ordered(valid_from, valid_until, "valid_until", strict=False)
    with vault.session() as s:
        _load(s, Cafe, cafe_id, "cafe")
        template = ShiftTemplate(
            cafe_id=cafe_id,
            weekday=weekday,
            start_time=start_time,
            end_time=end_time,
            hosts_needed=hosts_needed,
            valid_from=valid_from,
            valid_until=valid_until,
        )
        s.add(template)
        s.flush()
        return template


def list_templates(vault: Vault, *, cafe_id: int | None = None) -> list[ShiftTemplate]:
    """Shift templates by café, weekday and start time."""
    query = select(ShiftTemplate).order_by(
        ShiftTemplate.cafe_id, ShiftTemplate.weekday, ShiftTemplate.start_time
    )
    if cafe_id is not None:
        query = query.where(ShiftTemplate.cafe_id == cafe_id)
    with vault.session() as s:
        return list(s.scalars(query))


def generate_shifts(vault: Vault, *, template_id: int, until: date) -> list[Shift]:
    """Create the template's shifts up to `until` (and never past its
    valid_until), returning only the new ones.

    Starts at valid_from, or the day after the template's last generated
    shift. Idempotent: a shift for the same template and start is never made
    twice. An inactive template generates nothing. More than about three
    years at once is refused (OUT_OF_RANGE on `until`).
    """
    until = v.a_date(until, "until", required=True)
    with vault.session() as s:
        template: ShiftTemplate = _load(s, ShiftTemplate, template_id, "shift_template")
        if not template.active:
            return []
        last = s.scalar(select(func.max(Shift.starts_at)).where(Shift.template_id == template.id))
        first = template.valid_from
        if last is not None:
            first = max(first, last.date() + timedelta(days=1))
        end = min(until, template.valid_until or until)
        if (end - first).days > _MAX_GENERATE_DAYS:
            raise ValidationError(
                "until", ValidationError.OUT_OF_RANGE, maximum_days=_MAX_GENERATE_DAYS
            )
        existing = set(
            s.scalars(
                select(Shift.starts_at).where(
                    Shift.template_id == template.id,
                    Shift.starts_at >= datetime.combine(first, time()),
                )
            )
        )
        created = []
        day = first + timedelta(days=(template.weekday - first.weekday()) % 7)
        while day <= end:
            starts_at = datetime.combine(day, template.start_time)
            if starts_at not in existing:
                shift = Shift(
                    cafe_id=template.cafe_id,
                    template_id=template.id,
                    starts_at=starts_at,
                    ends_at=datetime.combine(day, template.end_time),
                    hosts_needed=template.hosts_needed,
                )
                s.add(shift)
                created.append(shift)
            day += timedelta(days=7)
        s.flush()
        return created


# ------------------------------------------------------------------ shifts


def add_shift(
    vault: Vault,
    *,
    cafe_id: int,
    starts_at: datetime,
    ends_at: datetime,
    hosts_needed: int,
    note: str = "",
) -> Shift:
    """A single shift, outside any template."""
    starts_at = v.a_datetime(starts_at, "starts_at")
    ends_at = v.a_datetime(ends_at, "ends_at")
    v.ordered(starts_at, ends_at, "ends_at")
    hosts_needed = _hosts_needed(hosts_needed)
    note = v.text(note, "note")
    with vault.session() as s:
        _load(s, Cafe, cafe_id, "cafe")
        shift = Shift(
            cafe_id=cafe_id,
            starts_at=starts_at,
            ends_at=ends_at,
            hosts_needed=hosts_needed,
            note=note,
        )
        s.add(shift)
        s.flush()
        return shift


def shift_assignments(vault: Vault, *, shift_id: int) -> list[ShiftAssignment]:
    """Every assignment of a shift, cancelled ones included (who and why), in
    the order they were made, with their hosts loaded."""
    with vault.session() as s:
        _load(s, Shift, shift_id, "shift")
        return list(
            s.scalars(
                select(ShiftAssignment)
                .where(ShiftAssignment.shift_id == shift_id)
                .options(selectinload(ShiftAssignment.volunteer))
                .order_by(ShiftAssignment.assigned_at, ShiftAssignment.id)
            )
        )


def assign_host(
    vault: Vault, *, shift_id: int, volunteer_id: int, now: datetime | None = None
) -> ShiftAssignment:
    """Put an active host on a shift.

    Refused (ValidationError on volunteer_id): a host who is not active
    (NOT_ALLOWED, reason="not_active"), a host already on the shift
    (DUPLICATE), and a host who would be alone on it without the café's solo
    training on the shift's date (NOT_ALLOWED, reason="untrained_alone").
    """
    now = _now(now)
    with vault.session() as s:
        shift: Shift = _load(s, Shift, shift_id, "shift")
        return _assign(s, shift, volunteer_id, now, "volunteer_id")


def cancel_assignment(
    vault: Vault, assignment_id: int, *, by: str, reason: str, now: datetime | None = None
) -> ShiftCoverage:
    """Cancel a host's assignment, keeping the row with when, who (`by`,
    required) and why; return the shift's coverage afterwards.

    Always allowed, even if it leaves an untrained host alone: the coverage
    then says so (`alone_untrained`). Cancelling twice is refused.
    """
    now = _now(now)
    by = v.line(by, "by", required=True)
    reason = v.text(reason, "reason")
    with vault.session() as s:
        assignment = _active_assignment(s, assignment_id)
        assignment.cancelled_at = now
        assignment.cancelled_by = by
        assignment.cancel_reason = reason
        s.flush()
        return _coverage_rows(s, Shift.id == assignment.shift_id)[0]


def swap_host(
    vault: Vault,
    *,
    assignment_id: int,
    to_volunteer_id: int,
    note: str = "",
    now: datetime | None = None,
) -> ShiftAssignment:
    """Hand a host's shift to another host, in one step: the old assignment is
    cancelled (reason "swap"), the new host is assigned under the same rules
    as assign_host (errors name `to_volunteer_id`), and the swap is logged. If
    the new host is refused, nothing changes."""
    now = _now(now)
    note = v.text(note, "note")
    with vault.session() as s:
        old = _active_assignment(s, assignment_id)
        if old.volunteer_id == to_volunteer_id:
            raise ValidationError("to_volunteer_id", ValidationError.DUPLICATE)
        old.cancelled_at = now
        old.cancel_reason = "swap"
        s.flush()
        new = _assign(s, old.shift, to_volunteer_id, now, "to_volunteer_id")
        s.add(
            ShiftSwap(
                shift_id=old.shift_id,
                from_volunteer_id=old.volunteer_id,
                to_volunteer_id=new.volunteer_id,
                swapped_at=now,
                note=note,
            )
        )
        s.flush()
        return new


def swap_log(vault: Vault, *, shift_id: int | None = None) -> list[ShiftSwap]:
    """Logged swaps, newest first (of one shift, if given)."""
    query = select(ShiftSwap).order_by(ShiftSwap.swapped_at.desc(), ShiftSwap.id.desc())
    if shift_id is not None:
        query = query.where(ShiftSwap.shift_id == shift_id)
    with vault.session() as s:
        return list(s.scalars(query))


# ---------------------------------------------------------------- coverage


def coverage(
    vault: Vault, *, cafe_id: int | None = None, start: date, end: date
) -> list[ShiftCoverage]:
    """Staffing of every shift starting between `start` and `end` (both
    included), of one café or all, by start time."""
    start = v.a_date(start, "start", required=True)
    end = v.a_date(end, "end", required=True)
    v.ordered(start, end, "end", strict=False)
    conditions = [
        Shift.starts_at >= datetime.combine(start, time()),
        Shift.starts_at < datetime.combine(end + timedelta(days=1), time()),
    ]
    if cafe_id is not None:
        conditions.append(Shift.cafe_id == cafe_id)
    with vault.session() as s:
        if cafe_id is not None:
            _load(s, Cafe, cafe_id, "cafe")
        return _coverage_rows(s, *conditions)


def shift_gaps(vault: Vault, *, today: date, days: int = 14) -> list[ShiftCoverage]:
    """Shifts in the `days` days from `today` (today included) that miss hosts
    or would leave an untrained host alone: for the Overview."""
    today = v.a_date(today, "today", required=True)
    days = v.count(days, "days", maximum=366)
    if days == 0:
        raise ValidationError("days", ValidationError.OUT_OF_RANGE, minimum=1)
    rows = coverage(vault, start=today, end=today + timedelta(days=days - 1))
    return [row for row in rows if row.gap > 0 or row.alone_untrained]


def available_hosts(vault: Vault, *, shift_id: int) -> list[HostOption]:
    """Active hosts as candidates for a shift: those whose availability covers
    the shift's weekday and hours first, then by name. A host who has stated
    no availability counts as not available."""
    with vault.session() as s:
        shift: Shift = _load(s, Shift, shift_id, "shift")
        starts = shift.starts_at.time()
        # A shift past midnight needs a slot open until the end of its first day.
        ends = shift.ends_at.time() if shift.ends_at.date() == shift.starts_at.date() else time.max
        available = exists().where(
            Availability.volunteer_id == Volunteer.id,
            Availability.weekday == shift.starts_at.weekday(),
            or_(Availability.from_time.is_(None), Availability.from_time <= starts),
            or_(Availability.to_time.is_(None), Availability.to_time >= ends),
        )
        module_id = shift.cafe.solo_module_id
        trained = (
            literal(True)
            if module_id is None
            else trained_clause(Volunteer.id, module_id, shift.starts_at.date())
        )
        assigned = exists().where(
            ShiftAssignment.shift_id == shift.id,
            ShiftAssignment.volunteer_id == Volunteer.id,
            ShiftAssignment.cancelled_at.is_(None),
        )
        rows = s.execute(
            select(Volunteer.id, Volunteer.name, available, trained, assigned).where(
                Volunteer.status == VolunteerStatus.ACTIVE
            )
        )
        options = [HostOption(vid, name, bool(a), bool(t), bool(x)) for vid, name, a, t, x in rows]
    return sorted(
        options, key=lambda o: (not o.available_that_day, o.name.casefold(), o.volunteer_id)
    )
