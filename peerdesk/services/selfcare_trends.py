"""How the worker's check-ins move with their own logged workload (no Qt).

The workload is taken from what PeerDesk already holds — conversations, café
sessions, shifts, sparring, teaching and hours — so nothing is typed twice.
The comparison is deliberately plain: for each kind of workload, the weeks
are split into the busier and the quieter ones, and a measure's average in
each half is compared. Only differences that are both noticeable (half a
point or more on the 1–5 scale) and consistent (a correlation of 0.3 or more
over the weeks) are reported, and never from fewer than six weeks.

The result is facts with codes and numbers; the screen words them calmly, as
patterns in the worker's own notes, never as a diagnosis.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, literal_column, select

from peerdesk.services import validation as V
from peerdesk.services.errors import ValidationError
from peerdesk.services.hours import week_hours
from peerdesk.services.selfcare import SCALES, CheckInAverage, check_in_series
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    CafeSession,
    CareConversation,
    CourseSession,
    Shift,
    SparringSession,
    TrainingSession,
)

# The kinds of workload compared, in the order a summary lists them.
FACTORS = ("hours", "conversations", "cafe_sessions", "shifts", "sparring", "teaching")
MIN_WEEKS = 6  # fewer weeks than this say nothing
MIN_GROUP = 3  # weeks needed on each side of a split
MIN_DIFFERENCE = 0.5  # points on the 1–5 scale
MIN_CORRELATION = 0.3
MAX_LINKS = 4
MAX_WEEKS = 520  # ten years of weeks: a bound on one request


@dataclass(frozen=True)
class WeekWorkload:
    """What the worker logged in the week from Monday `week_start`.

    `minutes` are the week's hours from every area plus hand-entered ones
    (as `hours.week_hours` adds them up); the rest are counts. Teaching
    counts course sessions and host-training sessions.
    """

    week_start: date
    minutes: int
    conversations: int
    cafe_sessions: int
    shifts: int
    sparring: int
    teaching: int

    def amount(self, factor: str) -> int:
        """The week's amount of one factor (minutes for "hours")."""
        return self.minutes if factor == "hours" else getattr(self, factor)


@dataclass(frozen=True)
class WorkloadLink:
    """In busier weeks of `factor`, `measure` tended to be `tendency` ("higher"/"lower")."""

    measure: str
    factor: str
    tendency: str
    busier_average: float
    quieter_average: float
    weeks: int
    correlation: float


@dataclass(frozen=True)
class WorkloadView:
    """The comparison over a period: how many weeks it rests on, and what stood out."""

    since: date
    until: date
    weeks_compared: int
    links: tuple[WorkloadLink, ...]

    @property
    def enough(self) -> bool:
        """Whether there were enough weeks with check-ins to compare at all."""
        return self.weeks_compared >= MIN_WEEKS


def monday_of(day: date) -> date:
    """The Monday starting the week that holds `day`."""
    return day - timedelta(days=day.weekday())


def week_workload(vault: Vault, *, since: date | str, until: date | str) -> list[WeekWorkload]:
    """The workload of every week touching `since`..`until` (both included), oldest first."""
    first = V.a_date(since, "since", required=True)
    last = V.a_date(until, "until", required=True)
    V.ordered(first, last, "until", strict=False)
    start = monday_of(first)
    end = monday_of(last) + timedelta(days=7)
    weeks = [start + timedelta(weeks=n) for n in range((end - start).days // 7)]
    if len(weeks) > MAX_WEEKS:
        raise ValidationError("until", ValidationError.OUT_OF_RANGE, maximum_weeks=MAX_WEEKS)
    begin, stop = datetime.combine(start, time()), datetime.combine(end, time())
    counted = {
        "conversations": [(CareConversation.occurred_at, begin, stop)],
        "cafe_sessions": [(CafeSession.starts_at, begin, stop)],
        "shifts": [(Shift.starts_at, begin, stop)],
        "sparring": [(SparringSession.held_at, begin, stop)],
        "teaching": [(CourseSession.starts_at, begin, stop), (TrainingSession.held_on, start, end)],
    }
    counts: dict[str, dict[date, int]] = {name: {} for name in counted}
    with vault.session() as s:
        for name, sources in counted.items():
            for column, low, high in sources:
                key = _week_key(column)
                query = select(key, func.count()).where(column >= low, column < high).group_by(key)
                for week, n in s.execute(query):
                    monday = date.fromisoformat(week)
                    counts[name][monday] = counts[name].get(monday, 0) + n
    # The hours service is the one place that knows how each area's time adds up.
    minutes = {w: week_hours(vault, week_start=w).total_minutes for w in weeks}
    return [
        WeekWorkload(
            week_start=w,
            minutes=minutes[w],
            **{name: counts[name].get(w, 0) for name in counted},
        )
        for w in weeks
    ]


def workload_view(vault: Vault, *, since: date | str, until: date | str) -> WorkloadView:
    """Compare the weekly check-ins with the weekly workload between two days."""
    first = V.a_date(since, "since", required=True)
    last = V.a_date(until, "until", required=True)
    workload = week_workload(vault, since=first, until=last)
    series = check_in_series(
        vault, since=monday_of(first), until=monday_of(last) + timedelta(days=6), bucket="week"
    )
    return compare(series, workload, since=first, until=last)


def compare(
    series: Sequence[CheckInAverage],
    workload: Sequence[WeekWorkload],
    *,
    since: date,
    until: date,
) -> WorkloadView:
    """The links between weekly check-in averages and weekly workload (pure arithmetic)."""
    by_week = {w.week_start: w for w in workload}
    weeks = [point for point in series if point.bucket_start in by_week and point.count > 0]
    if len(weeks) < MIN_WEEKS:
        return WorkloadView(since, until, len(weeks), ())
    links = []
    for measure in SCALES:
        for factor in FACTORS:
            pairs = [
                (by_week[p.bucket_start].amount(factor), getattr(p, measure))
                for p in weeks
                if getattr(p, measure) is not None
            ]
            link = _link(measure, factor, pairs)
            if link is not None:
                links.append(link)
    links.sort(key=lambda k: (-abs(k.busier_average - k.quieter_average), -abs(k.correlation)))
    return WorkloadView(since, until, len(weeks), tuple(links[:MAX_LINKS]))


def _link(measure: str, factor: str, pairs: list[tuple[int, float]]) -> WorkloadLink | None:
    if len(pairs) < MIN_WEEKS:
        return None
    split = _split(pairs)
    if split is None:
        return None
    busier, quieter = split
    busier_average = sum(v for _, v in busier) / len(busier)
    quieter_average = sum(v for _, v in quieter) / len(quieter)
    difference = busier_average - quieter_average
    r = _correlation(pairs)
    if abs(difference) < MIN_DIFFERENCE or abs(r) < MIN_CORRELATION:
        return None
    if (difference > 0) != (r > 0):
        return None  # the halves and the weeks disagree: no steady pattern
    return WorkloadLink(
        measure=measure,
        factor=factor,
        tendency="higher" if difference > 0 else "lower",
        busier_average=round(busier_average, 1),
        quieter_average=round(quieter_average, 1),
        weeks=len(pairs),
        correlation=round(r, 2),
    )


def _split(pairs: list[tuple[int, float]]):
    """Busier and quieter weeks around the median amount; None if one side is too thin."""
    amounts = sorted(a for a, _ in pairs)
    middle = len(amounts) // 2
    median = amounts[middle] if len(amounts) % 2 else (amounts[middle - 1] + amounts[middle]) / 2
    # Many weeks often share the median (no sparring at all, say); try both sides for ties.
    for busier_test in (lambda a: a > median, lambda a: a >= median):
        busier = [p for p in pairs if busier_test(p[0])]
        quieter = [p for p in pairs if not busier_test(p[0])]
        if len(busier) >= MIN_GROUP and len(quieter) >= MIN_GROUP:
            return busier, quieter
    return None


def _correlation(pairs: list[tuple[int, float]]) -> float:
    n = len(pairs)
    mean_x = sum(x for x, _ in pairs) / n
    mean_y = sum(y for _, y in pairs) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    sxx = sum((x - mean_x) ** 2 for x, _ in pairs)
    syy = sum((y - mean_y) ** 2 for _, y in pairs)
    if sxx == 0 or syy == 0:
        return 0.0
    return sxy / math.sqrt(sxx * syy)


def _week_key(column):
    # SQLite: 'weekday 0' moves forward to Sunday (or stays), 6 days back is Monday —
    # the same weeks as check_in_series.
    return func.date(column, literal_column("'weekday 0'"), literal_column("'-6 days'"))
