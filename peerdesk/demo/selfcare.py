"""Demo self-care: check-ins with a stressful period, boundaries, hours, supervision, plan."""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.demo import texts_selfcare as words
from peerdesk.demo.frame import Dice, Rows, Span, add_months, at
from peerdesk.vault.models import (
    BoundarySituation,
    CheckIn,
    DayClosing,
    SupervisionMeeting,
    WellbeingPlanSection,
    WorkContract,
    WorkEntry,
)

STRESS_WEEKS = 6
HOLIDAY_WEEKS = frozenset({29, 30, 52})
NETWORK_EVERY = timedelta(weeks=6)


def add_selfcare(rows: Rows, span: Span, seed: int) -> None:
    """About three check-ins a week, with one hard stretch a year, and the rest of the area."""
    dice = Dice(seed, "selfcare")
    _add_check_ins(rows, dice, span)
    yesterday = span.today - timedelta(days=1)
    for _ in range(span.total(10)):
        on = dice.workday(span.start, yesterday)
        what, boundary, handled, learned = dice.pick(words.BOUNDARIES)
        rows.add(
            BoundarySituation.__table__,
            stamp=at(on, 16),
            occurred_on=on,
            what_happened=what,
            boundary=boundary,
            how_handled=handled,
            learned=learned,
        )
    _add_contracts(rows, dice, span)
    for _ in range(span.total(30)):
        on = dice.workday(span.start, yesterday)
        rows.add(
            WorkEntry.__table__,
            stamp=at(on, 16),
            on_date=on,
            minutes=dice.pick((15, 30, 45, 60, 90, 120, 180)),
            activity=dice.pick(words.WORK_ACTIVITIES),
            note=dice.pick(words.WORK_NOTES),
        )
    _add_meetings(rows, dice, span)
    for position, (key, title, body) in enumerate(words.WELLBEING_PLAN):
        rows.add(
            WellbeingPlanSection.__table__,
            stamp=at(span.start, 10),
            key=key,
            title=title,
            body=body,
            position=position,
        )
    for _ in range(span.total(30)):
        closed = dice.clock(dice.workday(span.start, yesterday), 15, 17)
        rows.add(
            DayClosing.__table__,
            stamp=closed,
            closed_at=closed,
            left_at_work=dice.pick(words.LEFT_AT_WORK),
        )


def _stress_periods(dice: Dice, span: Span) -> list[date]:
    """The first day of each year's hard stretch, none of them still going on today."""
    starts = []
    for year in range(span.years):
        first = span.start + timedelta(days=365 * year + 30)
        last = min(first + timedelta(days=270), span.today - timedelta(weeks=STRESS_WEEKS + 3))
        starts.append(dice.day(first, last))
    return starts


def _add_check_ins(rows: Rows, dice: Dice, span: Span) -> None:
    periods = _stress_periods(dice, span)
    for day in _check_in_days(dice, span):
        strain = max((_strain(day, p) for p in periods), default=0.0)
        when = dice.clock(day, 8, 16)
        stress = _point(dice, strain, 2.2, 2.0)
        if strain > 0.5 and dice.chance(0.8):
            drains = dice.pick(words.STRESS_DRAINS)
        else:
            drains = dice.pick(words.DRAINS) if dice.chance(0.5) else ""
        rows.add(
            CheckIn.__table__,
            stamp=when,
            at=when,
            energy=_point(dice, strain, 3.6, -1.5),
            stress=stress,
            mood=_point(dice, strain, 3.7, -1.4),
            boundaries_kept=_point(dice, strain, 4.1, -1.2),
            sleep=_point(dice, strain, 3.5, -1.4),
            drains=drains,
            helps=dice.pick(words.HELPS) if dice.chance(0.6) else "",
            wants_supervision=stress is not None and stress >= 4 and dice.chance(0.5),
        )


def _point(dice: Dice, strain: float, base: float, pull: float) -> int | None:
    """A 1–5 answer near `base`, pulled by `pull` at the height of a hard stretch."""
    if dice.chance(0.04):
        return None  # skipped in a hurry
    return max(1, min(5, round(base + pull * strain + dice.rng.gauss(0, 0.7))))


def _check_in_days(dice: Dice, span: Span) -> list[date]:
    """Two to four workdays a week (times the width), none in the worker's holidays."""
    days = []
    monday = span.start - timedelta(days=span.start.weekday())
    while monday < span.today:
        if monday.isocalendar().week not in HOLIDAY_WEEKS:
            n = round(dice.weighted((2, 3, 4), (25, 50, 25)) * span.width)
            week = [monday + timedelta(days=i) for i in range(5)]
            picked = dice.rng.sample(week, n) if n <= 5 else dice.rng.choices(week, k=n)
            days += [d for d in picked if span.start <= d < span.today]
        monday += timedelta(days=7)
    return sorted(days)


def _strain(day: date, period_start: date) -> float:
    """0 outside the stretch, rising over two weeks to 1 and easing off again."""
    offset = (day - period_start).days
    length = STRESS_WEEKS * 7
    if offset < 0 or offset >= length:
        return 0.0
    return min(1.0, offset / 14, (length - offset) / 14)


def _add_contracts(rows: Rows, dice: Dice, span: Span) -> None:
    """A flex job, its hours renegotiated now and then; the latest gives 25 hours."""
    starts = [span.start - timedelta(days=60) + timedelta(days=365 * y) for y in range(span.years)]
    hours = [float(dice.pick((18, 20, 22))) for _ in starts]
    starts.append(span.today - timedelta(days=150))
    hours.append(25.0)
    for valid_from, weekly in zip(starts, hours, strict=True):
        rows.add(
            WorkContract.__table__,
            stamp=valid_from,
            valid_from=valid_from,
            weekly_hours=weekly,
            flex_job=True,
        )


def _add_meetings(rows: Rows, dice: Dice, span: Span) -> None:
    """Monthly supervision and the 6-weekly network group, each with one still to come."""
    for series in range(max(1, round(span.width))):
        month = date(span.start.year, span.start.month, 1)
        while True:
            # The second Tuesday of the month (shifted a day per extra series).
            first_tuesday = month + timedelta(days=(1 - month.weekday()) % 7)
            day = first_tuesday + timedelta(days=7 + series % 3)
            if day >= span.start:
                held = _meeting(rows, dice, span, "supervision", at(day, 13))
                if not held:
                    break
            month = add_months(month, 1)
        day = span.start + timedelta(days=10 + series)
        while _meeting(rows, dice, span, "network_group", at(day, 10)):
            day += NETWORK_EVERY


def _meeting(rows: Rows, dice: Dice, span: Span, kind: str, when) -> bool:
    """Write one meeting; True when it has been held (so another follows)."""
    held = when.date() < span.today
    supervision = kind == "supervision"
    to_bring = words.SUPERVISION_TO_BRING if supervision else words.NETWORK_TO_BRING
    notes = words.SUPERVISION_NOTES if supervision else words.NETWORK_NOTES
    rows.add(
        SupervisionMeeting.__table__,
        stamp=min(when, at(span.today, 8)) - timedelta(days=7),
        kind=kind,
        scheduled_at=when,
        to_bring=dice.pick(to_bring),
        notes_after=dice.pick(notes) if held else "",
        held=held,
    )
    return held
