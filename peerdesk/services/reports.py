"""The activity report: anonymous counts of a period's work, for a leader or a municipality.

A report holds numbers only — never a person's alias, a host's name or any
note text. Café names appear (they are places, not people). Self-care is the
worker's own and is counted only when they explicitly include it.

Rendering (CSV rows and printable HTML) lives in `report_render`; the PDF is
the UI's job (Qt's own printing).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from peerdesk.services import hours, shifts
from peerdesk.services import validation as v
from peerdesk.services.errors import ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.cancel import CancelToken, interruptible, token_or_default
from peerdesk.vault.models import (
    BoundarySituation,
    Cafe,
    CafeSession,
    CareConversation,
    CheckIn,
    ConversationKind,
    CourseSession,
    Referral,
    ReferralKind,
    SparringAgreement,
    SparringSession,
    TrainingSession,
    VolunteerTraining,
)
from peerdesk.vault.models.volunteers import TrainingStatus

# A period up to this many days is charted per week, a longer one per month.
WEEKLY_SERIES_MAX_DAYS = 62


@dataclass(frozen=True)
class CafeCounts:
    """One café's sessions in the period, with the guests counted (no names)."""

    cafe_name: str
    sessions: int
    head_count: int
    newcomers: int
    returning: int


@dataclass(frozen=True)
class SelfCareCounts:
    """The worker's own numbers; present only when they chose to include them.

    Averages run 1–5 and are None when no check-in in the period scored them.
    """

    check_ins: int
    average_stress: float | None
    average_energy: float | None
    boundary_situations: int


@dataclass(frozen=True)
class SeriesPoint:
    """One bar of the chart: a week (from its Monday) or a month (its first day)."""

    starts_on: date
    conversations: int
    cafe_guests: int


@dataclass(frozen=True)
class ActivityReport:
    """Counts for the days `start`..`end` (both included).

    Hours come from `hours.week_hours` for every week overlapping the period
    (Monday `hours_from` to the week starting `hours_to`), so at the edges
    they may include days just outside it. `shift_coverage_percent` is None
    when the period has no shifts.
    """

    start: date
    end: date
    conversations_by_kind: dict[str, int]
    conversations: int
    follow_ups_set: int
    follow_ups_done: int
    people_supported: int
    referrals_by_kind: dict[str, int]
    referrals: int
    cafes: tuple[CafeCounts, ...]
    cafe_sessions: int
    cafe_head_count: int
    cafe_newcomers: int
    cafe_returning: int
    shifts: int
    shifts_fully_staffed: int
    shift_coverage_percent: float | None
    sparring_sessions: int
    sparring_agreements: int
    sparring_agreements_kept: int
    training_sessions: int
    training_modules_completed: int
    teaching_sessions: int
    teaching_head_count: int
    hours_from: date
    hours_to: date
    hours_by_source: dict[str, int]  # minutes, keys as hours.SOURCES
    hours_total_minutes: int
    series_unit: str  # "week" or "month"
    series: tuple[SeriesPoint, ...]
    selfcare: SelfCareCounts | None


# ------------------------------------------------------------------ periods


def month_period(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a calendar month."""
    year = _year(year)
    month = _whole(month, "month", 1, 12)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def quarter_period(year: int, q: int) -> tuple[date, date]:
    """The first and last day of quarter `q` (1–4) of `year`."""
    year = _year(year)
    q = _whole(q, "quarter", 1, 4)
    first_month = 3 * (q - 1) + 1
    return date(year, first_month, 1), month_period(year, first_month + 2)[1]


def year_period(year: int) -> tuple[date, date]:
    """1 January to 31 December of `year`."""
    year = _year(year)
    return date(year, 1, 1), date(year, 12, 31)


def _year(year: object) -> int:
    # Not 1 or 9999: a week around the period must still be a valid date.
    return _whole(year, "year", 2, 9998)


def _whole(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, ValidationError.OUT_OF_RANGE, minimum=low, maximum=high)
    return value


# ------------------------------------------------------------------- report


def activity_report(
    vault: Vault,
    *,
    start: date | str,
    end: date | str,
    include_selfcare: bool = False,
    token: CancelToken | None = None,
) -> ActivityReport:
    """Count the work done from `start` to `end` (both included; dates or ISO /
    Danish date strings). Raises ValidationError BAD_DATE for a date that is
    not one, END_BEFORE_START when `end` is before `start`.

    A `token` is asked between sections (and may abort a running query); a
    cancel raises Cancelled. It is also told the progress, one step per week
    of hours counted after the counts themselves."""
    start = v.a_date(start, "start", required=True)
    end = v.a_date(end, "end", required=True)
    v.ordered(start, end, "end", strict=False)
    if not isinstance(include_selfcare, bool):
        raise ValidationError("include_selfcare", ValidationError.BAD_CHOICE, expected="yes/no")
    if not (date(2, 1, 1) <= start and end <= date(9998, 12, 31)):
        raise ValidationError("start", ValidationError.OUT_OF_RANGE)
    since = datetime.combine(start, time())
    until = datetime.combine(end + timedelta(days=1), time())

    def within(column):
        return (column >= since) & (column < until)

    def on_days(column):
        return column.between(start, end)

    weekly = (end - start).days <= WEEKLY_SERIES_MAX_DAYS
    token = token_or_default(token)
    hours_from = start - timedelta(days=start.weekday())
    hours_to = end - timedelta(days=end.weekday())
    steps = 2 + ((hours_to - hours_from).days // 7 + 1)
    token.check()
    token.report(0, steps)
    with vault.session() as s, vault.raw_connection() as conn, interruptible(conn, token):
        by_kind = dict(
            s.execute(
                select(CareConversation.kind, func.count())
                .where(within(CareConversation.occurred_at))
                .group_by(CareConversation.kind)
            ).all()
        )
        conv = s.execute(
            select(
                func.count(CareConversation.follow_up_on),
                func.count(func.distinct(CareConversation.person_id)),
            ).where(within(CareConversation.occurred_at))
        ).one()
        follow_ups_done = s.scalar(
            select(func.count()).where(on_days(CareConversation.followed_up_on))
        )
        referrals = dict(
            s.execute(
                select(Referral.kind, func.count())
                .where(on_days(Referral.made_on))
                .group_by(Referral.kind)
            ).all()
        )
        cafes = tuple(
            CafeCounts(name, n, int(heads), int(new), int(back))
            for name, n, heads, new, back in s.execute(
                select(
                    Cafe.name,
                    func.count(CafeSession.id),
                    func.sum(CafeSession.head_count),
                    func.sum(CafeSession.newcomers),
                    func.sum(CafeSession.returning_guests),
                )
                .join(Cafe, CafeSession.cafe_id == Cafe.id)
                .where(within(CafeSession.starts_at))
                .group_by(Cafe.id)
                .order_by(Cafe.name)
            )
        )
        sparring_sessions, sparring_agreements = s.execute(
            select(func.count(func.distinct(SparringSession.id)), func.count(SparringAgreement.id))
            .outerjoin(SparringAgreement, SparringAgreement.sparring_id == SparringSession.id)
            .where(within(SparringSession.held_at))
        ).one()
        agreements_kept = s.scalar(select(func.count()).where(on_days(SparringAgreement.kept_on)))
        training_sessions = s.scalar(select(func.count()).where(on_days(TrainingSession.held_on)))
        modules_completed = s.scalar(
            select(func.count()).where(
                VolunteerTraining.status == TrainingStatus.TRAINED,
                on_days(VolunteerTraining.status_on),
            )
        )
        teaching_sessions, teaching_heads = s.execute(
            select(func.count(), func.coalesce(func.sum(CourseSession.head_count), 0)).where(
                within(CourseSession.starts_at)
            )
        ).one()
        token.check()
        series = _series(s, start, end, weekly=weekly, within=within)
        selfcare = _selfcare(s, within, on_days) if include_selfcare else None

    # Coverage and hours come from their own services, so the rules stay in one place.
    token.check()
    token.report(1, steps)
    covered = shifts.coverage(vault, start=start, end=end)
    fully = sum(1 for row in covered if row.gap == 0)
    by_source = dict.fromkeys(hours.SOURCES, 0)
    monday = hours_from
    while monday <= hours_to:
        token.check()
        token.report(2 + (monday - hours_from).days // 7, steps)
        week = hours.week_hours(vault, week_start=monday)
        for name, minutes in week.by_source.items():
            by_source[name] += minutes
        monday += timedelta(days=7)
    token.report(steps, steps)

    conversations_by_kind = {k.value: by_kind.get(k, 0) for k in ConversationKind}
    referrals_by_kind = {k.value: referrals.get(k, 0) for k in ReferralKind}
    return ActivityReport(
        start=start,
        end=end,
        conversations_by_kind=conversations_by_kind,
        conversations=sum(conversations_by_kind.values()),
        follow_ups_set=conv[0],
        follow_ups_done=follow_ups_done,
        people_supported=conv[1],
        referrals_by_kind=referrals_by_kind,
        referrals=sum(referrals_by_kind.values()),
        cafes=cafes,
        cafe_sessions=sum(c.sessions for c in cafes),
        cafe_head_count=sum(c.head_count for c in cafes),
        cafe_newcomers=sum(c.newcomers for c in cafes),
        cafe_returning=sum(c.returning for c in cafes),
        shifts=len(covered),
        shifts_fully_staffed=fully,
        shift_coverage_percent=round(100 * fully / len(covered), 1) if covered else None,
        sparring_sessions=sparring_sessions,
        sparring_agreements=sparring_agreements,
        sparring_agreements_kept=agreements_kept,
        training_sessions=training_sessions,
        training_modules_completed=modules_completed,
        teaching_sessions=teaching_sessions,
        teaching_head_count=int(teaching_heads),
        hours_from=hours_from,
        hours_to=hours_to,
        hours_by_source=by_source,
        hours_total_minutes=sum(by_source.values()),
        series_unit="week" if weekly else "month",
        series=series,
        selfcare=selfcare,
    )


def _series(s, start: date, end: date, *, weekly: bool, within) -> tuple[SeriesPoint, ...]:
    """Conversations and café guests per week or month, zeros included."""

    def bucket(column):
        if weekly:
            # The Monday on or before the day.
            return func.date(column, "-6 days", "weekday 1")
        return func.strftime("%Y-%m-01", column)

    conv_key = bucket(CareConversation.occurred_at)
    conversations = dict(
        s.execute(
            select(conv_key, func.count())
            .where(within(CareConversation.occurred_at))
            .group_by(conv_key)
        ).all()
    )
    cafe_key = bucket(CafeSession.starts_at)
    guests = dict(
        s.execute(
            select(cafe_key, func.sum(CafeSession.head_count))
            .where(within(CafeSession.starts_at))
            .group_by(cafe_key)
        ).all()
    )
    points = []
    day = start - timedelta(days=start.weekday()) if weekly else start.replace(day=1)
    while day <= end:
        key = day.isoformat()
        points.append(SeriesPoint(day, conversations.get(key, 0), int(guests.get(key) or 0)))
        if weekly:
            day += timedelta(days=7)
        else:
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return tuple(points)


def _selfcare(s, within, on_days) -> SelfCareCounts:
    n, stress, energy = s.execute(
        select(func.count(), func.avg(CheckIn.stress), func.avg(CheckIn.energy)).where(
            within(CheckIn.at)
        )
    ).one()
    boundaries = s.scalar(select(func.count()).where(on_days(BoundarySituation.occurred_on)))
    return SelfCareCounts(
        check_ins=n,
        average_stress=None if stress is None else round(float(stress), 1),
        average_energy=None if energy is None else round(float(energy), 1),
        boundary_situations=boundaries,
    )
