"""The worker's own area: check-ins, early warning, boundaries, supervision,
the wellbeing plan and closing the working day.

Hours and the work contract live in `services.hours` and are offered here too
(`selfcare.week_hours`). Nothing here is meant for reports made for others; it
is the worker's own notebook.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Date, func, literal_column, select

from peerdesk.services import validation as V
from peerdesk.services.drafts import read_setting, write_setting
from peerdesk.services.errors import NotFound, ValidationError

# Hours live in their own module; the self-care area offers them as its own.
from peerdesk.services.hours import (  # noqa: F401 (re-exported)
    WeekHours,
    add_work_entry,
    contract_on,
    contracts,
    days_since_day_off,
    set_contract,
    week_hours,
    work_entries,
)
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    BoundarySituation,
    CheckIn,
    DayClosing,
    MeetingKind,
    SupervisionMeeting,
    WellbeingPlanSection,
)
from peerdesk.vault.models.base import SHORT

log = logging.getLogger(__name__)

# --------------------------------------------------------------- check-ins

SCALES = ("energy", "stress", "mood", "boundaries_kept", "sleep")


@dataclass(frozen=True)
class CheckInAverage:
    """The mean of each scale over one bucket (a day or a Monday-based week).

    A scale is None when no check-in in the bucket answered it.
    """

    bucket_start: date
    count: int
    energy: float | None
    stress: float | None
    mood: float | None
    boundaries_kept: float | None
    sleep: float | None


def add_check_in(
    vault: Vault,
    *,
    at: datetime | str | None = None,
    energy: int | None = None,
    stress: int | None = None,
    mood: int | None = None,
    boundaries_kept: int | None = None,
    sleep: int | None = None,
    drains: str = "",
    helps: str = "",
    wants_supervision: bool = False,
) -> CheckIn:
    """Record a check-in (now, unless `at` is given). Scales run 1–5.

    At least one scale, a text or the wish for supervision must be given: an
    empty check-in says nothing and would only skew the early warning.
    """
    values = {
        "energy": V.scale(energy, "energy"),
        "stress": V.scale(stress, "stress"),
        "mood": V.scale(mood, "mood"),
        "boundaries_kept": V.scale(boundaries_kept, "boundaries_kept"),
        "sleep": V.scale(sleep, "sleep"),
    }
    drains = V.text(drains, "drains")
    helps = V.text(helps, "helps")
    wants_supervision = _flag(wants_supervision, "wants_supervision")
    when = V.a_datetime(at, "at", required=False) or _now()
    said_something = any(v is not None for v in values.values()) or drains.strip() or helps.strip()
    if not said_something and not wants_supervision:
        raise ValidationError("check_in", ValidationError.REQUIRED)
    with vault.session() as s:
        check_in = CheckIn(
            at=when, drains=drains, helps=helps, wants_supervision=wants_supervision, **values
        )
        s.add(check_in)
        return check_in


def last_check_in(vault: Vault) -> CheckIn | None:
    """The newest check-in, or None before the first one."""
    with vault.session() as s:
        return s.scalars(
            select(CheckIn).order_by(CheckIn.at.desc(), CheckIn.id.desc()).limit(1)
        ).first()


def check_ins(
    vault: Vault, *, since: date | str | None = None, until: date | str | None = None
) -> list[CheckIn]:
    """Check-ins from day `since` through day `until` (both included), oldest first."""
    start, end = _day_range(since, until)
    query = select(CheckIn).order_by(CheckIn.at, CheckIn.id)
    if start is not None:
        query = query.where(CheckIn.at >= start)
    if end is not None:
        query = query.where(CheckIn.at < end)
    with vault.session() as s:
        return list(s.scalars(query))


def check_in_series(
    vault: Vault,
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    bucket: str = "day",
) -> list[CheckInAverage]:
    """Average of each scale per day or per week (weeks start on Monday), oldest first.

    Only buckets that hold a check-in are returned; a chart fills the gaps.
    """
    if bucket not in ("day", "week"):
        raise ValidationError("bucket", ValidationError.BAD_CHOICE, allowed="day/week")
    start, end = _day_range(since, until)
    if bucket == "day":
        key = func.date(CheckIn.at, type_=Date)
    else:
        # SQLite: 'weekday 0' moves forward to Sunday (or stays), 6 days back is Monday.
        # Literal modifiers, so that SELECT and GROUP BY hold the very same expression.
        key = func.date(
            CheckIn.at, literal_column("'weekday 0'"), literal_column("'-6 days'"), type_=Date
        )
    columns = [func.avg(getattr(CheckIn, name)) for name in SCALES]
    query = select(key, func.count(), *columns).group_by(key).order_by(key)
    if start is not None:
        query = query.where(CheckIn.at >= start)
    if end is not None:
        query = query.where(CheckIn.at < end)
    with vault.session() as s:
        rows = s.execute(query).all()
    return [
        CheckInAverage(day, n, *(None if v is None else float(v) for v in averages))
        for day, n, *averages in rows
    ]


# ----------------------------------------------------------- early warning


class Measure(enum.StrEnum):
    ENERGY = "energy"
    STRESS = "stress"
    MOOD = "mood"
    SLEEP = "sleep"
    BOUNDARIES_KEPT = "boundaries_kept"


class Direction(enum.StrEnum):
    HIGH = "high"  # the value is at or above the threshold
    LOW = "low"  # the value is at or below the threshold


EARLY_WARNING_SETTING = "early_warning_rule"
MAX_TIMES_IN_A_ROW = 30


@dataclass(frozen=True)
class EarlyWarningRule:
    """ "Tell me when `measure` is `direction` (vs `threshold`) `times_in_a_row` times"."""

    measure: str
    direction: str
    threshold: int
    times_in_a_row: int

    def meets(self, value: int) -> bool:
        """Whether one check-in's value of the measure is a warning sign."""
        if self.direction == Direction.HIGH:
            return value >= self.threshold
        return value <= self.threshold


DEFAULT_EARLY_WARNING_RULE = EarlyWarningRule(
    measure=Measure.STRESS.value, direction=Direction.HIGH.value, threshold=4, times_in_a_row=3
)


def set_early_warning_rule(
    vault: Vault, *, measure: str, direction: str, threshold: int, times_in_a_row: int
) -> EarlyWarningRule:
    """Store the worker's own early-warning rule (in the vault) and return it."""
    rule = _valid_rule(measure, direction, threshold, times_in_a_row)
    with vault.session() as s:
        write_setting(s, EARLY_WARNING_SETTING, asdict(rule))
    return rule


def early_warning_rule(vault: Vault) -> EarlyWarningRule:
    """The worker's rule, or the default (stress 4 or more, three times in a row)."""
    with vault.session() as s:
        return _stored_rule(s)


def early_warning_triggered(vault: Vault) -> bool:
    """True when the newest N check-ins that answered the rule's measure all meet it.

    Check-ins that skipped the measure are passed over, not counted as fine.
    """
    with vault.session() as s:
        rule = _stored_rule(s)
        column = getattr(CheckIn, rule.measure)
        values = s.scalars(
            select(column)
            .where(column.is_not(None))
            .order_by(CheckIn.at.desc(), CheckIn.id.desc())
            .limit(rule.times_in_a_row)
        ).all()
    return len(values) == rule.times_in_a_row and all(rule.meets(v) for v in values)


def _valid_rule(measure: object, direction: object, threshold: object, times: object):
    return EarlyWarningRule(
        measure=V.choice(measure, Measure, "measure").value,
        direction=V.choice(direction, Direction, "direction").value,
        threshold=V.scale(_required(threshold, "threshold"), "threshold"),
        times_in_a_row=V.scale(
            _required(times, "times_in_a_row"), "times_in_a_row", high=MAX_TIMES_IN_A_ROW
        ),
    )


def _stored_rule(session) -> EarlyWarningRule:
    stored = read_setting(session, EARLY_WARNING_SETTING)
    if stored is None:
        return DEFAULT_EARLY_WARNING_RULE
    try:
        return _valid_rule(
            stored["measure"], stored["direction"], stored["threshold"], stored["times_in_a_row"]
        )
    except (TypeError, KeyError, ValidationError):
        # Written by something else; the default still protects the worker.
        log.warning("stored early-warning rule is unusable; using the default")
        return DEFAULT_EARLY_WARNING_RULE


# ------------------------------------------------------ boundary situations


def add_boundary_situation(
    vault: Vault,
    *,
    occurred_on: date | str,
    what_happened: str,
    boundary: str = "",
    how_handled: str = "",
    learned: str = "",
) -> BoundarySituation:
    """Record a situation that tested a boundary, and what it taught."""
    situation = BoundarySituation(
        occurred_on=V.a_date(occurred_on, "occurred_on", required=True),
        what_happened=V.text(what_happened, "what_happened", required=True),
        boundary=V.line(boundary, "boundary"),
        how_handled=V.text(how_handled, "how_handled"),
        learned=V.text(learned, "learned"),
    )
    with vault.session() as s:
        s.add(situation)
        return situation


def boundary_situations(
    vault: Vault, *, since: date | str | None = None, until: date | str | None = None
) -> list[BoundarySituation]:
    """Boundary situations between two days (both included), the newest first."""
    start = V.a_date(since, "since")
    end = V.a_date(until, "until")
    V.ordered(start, end, "until", strict=False)
    query = select(BoundarySituation).order_by(
        BoundarySituation.occurred_on.desc(), BoundarySituation.id.desc()
    )
    if start is not None:
        query = query.where(BoundarySituation.occurred_on >= start)
    if end is not None:
        query = query.where(BoundarySituation.occurred_on <= end)
    with vault.session() as s:
        return list(s.scalars(query))


# ------------------------------------------- supervision and network group

NETWORK_GROUP_EVERY = timedelta(weeks=6)
MAX_SERIES = 52


def add_meeting(
    vault: Vault, *, kind: MeetingKind | str, scheduled_at: datetime | str, to_bring: str = ""
) -> SupervisionMeeting:
    """Plan a supervision or network-group meeting."""
    meeting = SupervisionMeeting(
        kind=V.choice(kind, MeetingKind, "kind"),
        scheduled_at=V.a_datetime(scheduled_at, "scheduled_at"),
        to_bring=V.text(to_bring, "to_bring"),
        notes_after="",
        held=False,
    )
    with vault.session() as s:
        s.add(meeting)
        return meeting


def update_meeting(
    vault: Vault,
    meeting_id: int,
    *,
    to_bring: str | None = None,
    notes_after: str | None = None,
    held: bool | None = None,
) -> SupervisionMeeting:
    """Change what to bring, the notes afterwards or whether it was held (None: keep)."""
    changes: dict[str, object] = {}
    if to_bring is not None:
        changes["to_bring"] = V.text(to_bring, "to_bring")
    if notes_after is not None:
        changes["notes_after"] = V.text(notes_after, "notes_after")
    if held is not None:
        changes["held"] = _flag(held, "held")
    with vault.session() as s:
        meeting = None
        # A bool is an int to Python, and True would quietly fetch record 1.
        if isinstance(meeting_id, int) and not isinstance(meeting_id, bool):
            meeting = s.get(SupervisionMeeting, meeting_id)
        if meeting is None:
            raise NotFound("supervision_meeting", meeting_id)
        for name, value in changes.items():
            setattr(meeting, name, value)
        return meeting


def meetings(vault: Vault, *, kind: MeetingKind | str | None = None) -> list[SupervisionMeeting]:
    """Every meeting (of one kind, if given), in date order."""
    query = select(SupervisionMeeting).order_by(
        SupervisionMeeting.scheduled_at, SupervisionMeeting.id
    )
    if kind is not None:
        query = query.where(SupervisionMeeting.kind == V.choice(kind, MeetingKind, "kind"))
    with vault.session() as s:
        return list(s.scalars(query))


def next_meeting(
    vault: Vault, *, kind: MeetingKind | str | None = None, now: datetime | str
) -> SupervisionMeeting | None:
    """The first meeting scheduled at or after `now` (of one kind, if given)."""
    moment = V.a_datetime(now, "now")
    query = (
        select(SupervisionMeeting)
        .where(SupervisionMeeting.scheduled_at >= moment)
        .order_by(SupervisionMeeting.scheduled_at, SupervisionMeeting.id)
        .limit(1)
    )
    if kind is not None:
        query = query.where(SupervisionMeeting.kind == V.choice(kind, MeetingKind, "kind"))
    with vault.session() as s:
        return s.scalars(query).first()


def plan_network_group_series(
    vault: Vault, *, first_at: datetime | str, count: int
) -> list[SupervisionMeeting]:
    """Plan `count` network-group meetings, six weeks apart, from `first_at` on.

    Times are wall-clock: a meeting at 13:00 stays at 13:00 across a DST change.
    """
    first = V.a_datetime(first_at, "first_at")
    count = V.count(count, "count", maximum=MAX_SERIES)
    if count < 1:
        raise ValidationError("count", ValidationError.OUT_OF_RANGE, minimum=1)
    series = [
        SupervisionMeeting(
            kind=MeetingKind.NETWORK_GROUP,
            scheduled_at=first + n * NETWORK_GROUP_EVERY,
            to_bring="",
            notes_after="",
            held=False,
        )
        for n in range(count)
    ]
    with vault.session() as s:
        s.add_all(series)
        return series


# ---------------------------------------------------------- wellbeing plan

# Keys are stable; the UI translates titles by key, these are the fallbacks.
DEFAULT_PLAN_SECTIONS: dict[str, str] = {
    "keeps_me_well": "What keeps me well",
    "daily": "What I do every day to stay well",
    "triggers": "What can knock me off balance",
    "early_warning_signs": "My early warning signs",
    "what_i_do": "What I do when I notice them",
    "who_i_contact": "Who I contact",
}
OWN_PREFIX = "own-"


def wellbeing_plan(vault: Vault) -> list[WellbeingPlanSection]:
    """Every section of the plan in order; the default sections, empty, the first time."""
    with vault.session() as s:
        return _plan(s)


def save_plan_section(
    vault: Vault, *, key: str, body: str, title: str | None = None
) -> WellbeingPlanSection:
    """Replace a section's text (and its title, if given)."""
    body = V.text(body, "body")
    if title is not None:
        title = V.line(title, "title", required=True)
    with vault.session() as s:
        section = next((p for p in _plan(s) if p.key == key), None)
        if section is None:
            raise NotFound("wellbeing_plan_section", key)
        section.body = body
        if title is not None:
            section.title = title
        return section


def add_plan_section(vault: Vault, *, title: str, body: str = "") -> WellbeingPlanSection:
    """Add a section of the worker's own after the others (key "own-<n>")."""
    title = V.line(title, "title", required=True, max_length=SHORT)
    body = V.text(body, "body")
    with vault.session() as s:
        plan = _plan(s)
        numbers = [_own_number(p.key) for p in plan]
        n = max((k for k in numbers if k is not None), default=0) + 1
        section = WellbeingPlanSection(
            key=f"{OWN_PREFIX}{n}",
            title=title,
            body=body,
            position=max((p.position for p in plan), default=-1) + 1,
        )
        s.add(section)
        return section


def _plan(session) -> list[WellbeingPlanSection]:
    query = select(WellbeingPlanSection).order_by(
        WellbeingPlanSection.position, WellbeingPlanSection.id
    )
    sections = list(session.scalars(query))
    if not sections:
        # The first look at the plan: offer the usual sections, empty.
        sections = [
            WellbeingPlanSection(key=key, title=title, body="", position=i)
            for i, (key, title) in enumerate(DEFAULT_PLAN_SECTIONS.items())
        ]
        session.add_all(sections)
        session.flush()
    return sections


def _own_number(key: str) -> int | None:
    suffix = key.removeprefix(OWN_PREFIX)
    return int(suffix) if key.startswith(OWN_PREFIX) and suffix.isdigit() else None


# ------------------------------------------------------------- day closing


def close_workday(
    vault: Vault, *, left_at_work: str = "", at: datetime | str | None = None
) -> DayClosing:
    """Record the end of the working day and what the worker leaves at work."""
    closing = DayClosing(
        closed_at=V.a_datetime(at, "at", required=False) or _now(),
        left_at_work=V.text(left_at_work, "left_at_work"),
    )
    with vault.session() as s:
        s.add(closing)
        return closing


# ------------------------------------------------------------------ shared


def _now() -> datetime:
    # Events are local wall-clock time (see models.base).
    return datetime.now().replace(microsecond=0)


def _flag(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, ValidationError.BAD_CHOICE, expected="yes/no")
    return value


def _required(value: object, field: str) -> object:
    if value is None:
        raise ValidationError(field, ValidationError.REQUIRED)
    return value


def _day_range(
    since: date | str | None, until: date | str | None
) -> tuple[datetime | None, datetime | None]:
    """[start of `since`, start of the day after `until`) as datetimes."""
    first = V.a_date(since, "since")
    last = V.a_date(until, "until")
    V.ordered(first, last, "until", strict=False)
    start = None if first is None else datetime.combine(first, time())
    end = None if last is None else datetime.combine(last + timedelta(days=1), time())
    return start, end
