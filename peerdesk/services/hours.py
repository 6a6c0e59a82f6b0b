"""Working hours: the contract, hours entered by hand, and the week's sum of
every logged activity, so that the worker can see overtime and days off.

Activities are counted in the week (and on the day) they start. Café sessions
without an end time count as 0 minutes: a guess would overstate the week.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Integer, cast, func, literal, select, union

from peerdesk.services import validation as V
from peerdesk.services.errors import ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    CafeSession,
    CareConversation,
    CourseSession,
    SparringSession,
    TrainingSession,
    WorkContract,
    WorkEntry,
)

MIN_WEEKLY_HOURS, MAX_WEEKLY_HOURS = 0, 60  # exclusive, inclusive (as the table's check)
MINUTES_PER_DAY = 24 * 60

# The keys of WeekHours.by_source, in the order a summary lists them.
SOURCES = ("conversations", "cafe_sessions", "sparring", "training", "teaching", "manual")


@dataclass(frozen=True)
class WeekHours:
    """Minutes worked in the week from Monday `week_start`, per source and in total.

    `contract_minutes` is None when no contract applies; `over_by_minutes` is
    how far the total exceeds the contract (0 when within it or without one).
    """

    week_start: date
    by_source: dict[str, int]
    total_minutes: int
    contract_minutes: int | None
    over_by_minutes: int


# ----------------------------------------------------------------- contract


def set_contract(
    vault: Vault, *, valid_from: date | str, weekly_hours: float, flex_job: bool = False
) -> WorkContract:
    """Set the weekly hours that apply from `valid_from` on (12–37 is usual).

    A contract for the same start date is replaced; earlier ones stay, so past
    weeks keep the hours that applied then.
    """
    start = V.a_date(valid_from, "valid_from", required=True)
    hours = _weekly_hours(weekly_hours)
    if not isinstance(flex_job, bool):
        raise ValidationError("flex_job", ValidationError.BAD_CHOICE, expected="yes/no")
    with vault.session() as s:
        contract = s.scalars(select(WorkContract).where(WorkContract.valid_from == start)).first()
        if contract is None:
            contract = WorkContract(valid_from=start)
            s.add(contract)
        contract.weekly_hours = hours
        contract.flex_job = flex_job
        return contract


def contract_on(vault: Vault, day: date | str) -> WorkContract | None:
    """The contract in force on `day` (the latest one starting on or before it)."""
    day = V.a_date(day, "day", required=True)
    with vault.session() as s:
        return _contract_on(s, day)


def contracts(vault: Vault) -> list[WorkContract]:
    """Every contract, the oldest first."""
    with vault.session() as s:
        return list(s.scalars(select(WorkContract).order_by(WorkContract.valid_from)))


def _weekly_hours(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError("weekly_hours", ValidationError.BAD_CHOICE, expected="number")
    if not math.isfinite(value) or not MIN_WEEKLY_HOURS < value <= MAX_WEEKLY_HOURS:
        raise ValidationError(
            "weekly_hours",
            ValidationError.OUT_OF_RANGE,
            minimum=MIN_WEEKLY_HOURS,
            maximum=MAX_WEEKLY_HOURS,
        )
    return float(value)


def _contract_on(session, day: date) -> WorkContract | None:
    return session.scalars(
        select(WorkContract)
        .where(WorkContract.valid_from <= day)
        .order_by(WorkContract.valid_from.desc())
        .limit(1)
    ).first()


# ------------------------------------------------------------ manual hours


def add_work_entry(
    vault: Vault, *, on_date: date | str, minutes: int, activity: str = "", note: str = ""
) -> WorkEntry:
    """Record time worked by hand (admin, meetings, travel) on a day."""
    entry = WorkEntry(
        on_date=V.a_date(on_date, "on_date", required=True),
        minutes=V.count(_present(minutes, "minutes"), "minutes", maximum=MINUTES_PER_DAY),
        activity=V.line(activity, "activity"),
        note=V.text(note, "note"),
    )
    with vault.session() as s:
        s.add(entry)
        return entry


def work_entries(
    vault: Vault, *, since: date | str | None = None, until: date | str | None = None
) -> list[WorkEntry]:
    """Hand-entered hours between two days (both included), oldest first."""
    first = V.a_date(since, "since")
    last = V.a_date(until, "until")
    V.ordered(first, last, "until", strict=False)
    query = select(WorkEntry).order_by(WorkEntry.on_date, WorkEntry.id)
    if first is not None:
        query = query.where(WorkEntry.on_date >= first)
    if last is not None:
        query = query.where(WorkEntry.on_date <= last)
    with vault.session() as s:
        return list(s.scalars(query))


def _present(value: object, field: str) -> object:
    if value is None:
        raise ValidationError(field, ValidationError.REQUIRED)
    return value


# -------------------------------------------------------------- the week


def week_hours(vault: Vault, *, week_start: date | str) -> WeekHours:
    """Add up the week's minutes from every area, and compare with the contract.

    The contract is the one in force at the end of the week, so that a
    contract starting mid-week already counts in its first week.
    """
    monday = V.a_date(week_start, "week_start", required=True)
    if monday.weekday() != 0:
        raise ValidationError("week_start", ValidationError.NOT_ALLOWED, weekday=monday.weekday())
    sunday = monday + timedelta(days=6)
    start = datetime.combine(monday, time())
    end = start + timedelta(days=7)

    def in_week(column):
        return (column >= start) & (column < end)

    def total(expression, *where):
        return select(func.coalesce(func.sum(expression), 0)).where(*where).scalar_subquery()

    sums = {
        "conversations": total(
            CareConversation.duration_minutes, in_week(CareConversation.occurred_at)
        ),
        "cafe_sessions": total(
            _minutes_between(CafeSession.starts_at, CafeSession.ends_at),
            in_week(CafeSession.starts_at),
            CafeSession.ends_at.is_not(None),
        ),
        "sparring": total(SparringSession.duration_minutes, in_week(SparringSession.held_at)),
        "training": total(
            TrainingSession.duration_minutes, TrainingSession.held_on.between(monday, sunday)
        ),
        "teaching": total(
            _minutes_between(CourseSession.starts_at, CourseSession.ends_at)
            + CourseSession.prep_minutes,
            in_week(CourseSession.starts_at),
        ),
        "manual": total(WorkEntry.minutes, WorkEntry.on_date.between(monday, sunday)),
    }
    with vault.session() as s:
        row = s.execute(select(*(sums[name] for name in SOURCES))).one()
        contract = _contract_on(s, sunday)
    by_source = {name: int(value) for name, value in zip(SOURCES, row, strict=True)}
    total_minutes = sum(by_source.values())
    contract_minutes = None if contract is None else round(contract.weekly_hours * 60)
    over = 0 if contract_minutes is None else max(0, total_minutes - contract_minutes)
    return WeekHours(monday, by_source, total_minutes, contract_minutes, over)


def days_since_day_off(vault: Vault, *, today: date | str) -> int | None:
    """How many days in a row, up to and including `today`, had logged activity.

    0 means today is (so far) a day off. A day off is a day with no activity
    from any area; None means no activity was ever logged up to `today`.
    """
    today = V.a_date(today, "today", required=True)
    after_today = datetime.combine(today + timedelta(days=1), time())

    def days(column, *, is_date: bool = False):
        bound = today if is_date else after_today
        where = column <= bound if is_date else column < bound
        return select(func.date(column).label("day")).where(where)

    all_days = union(
        days(CareConversation.occurred_at),
        days(CafeSession.starts_at),
        days(SparringSession.held_at),
        days(TrainingSession.held_on, is_date=True),
        days(CourseSession.starts_at),
        days(WorkEntry.on_date, is_date=True),
    ).subquery()
    query = select(all_days.c.day).order_by(all_days.c.day.desc())
    expected = today
    with vault.session() as s:
        found_any = False
        # Newest first: stop at the first day missing from the run.
        for (day_text,) in s.execute(query):
            found_any = True
            day = date.fromisoformat(day_text)
            if day != expected:
                break
            expected -= timedelta(days=1)
    if not found_any:
        return None
    return (today - expected).days


def _minutes_between(start, end):
    # julianday differences are fractions of a day; round to whole minutes.
    return cast(func.round((func.julianday(end) - func.julianday(start)) * literal(1440)), Integer)
