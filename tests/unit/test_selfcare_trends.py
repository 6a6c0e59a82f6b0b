"""How check-ins move with the logged workload: weekly counts from every area,
and the plain comparison of busier and quieter weeks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from peerdesk.services import selfcare
from peerdesk.services import selfcare_trends as trends
from peerdesk.services.errors import ValidationError
from peerdesk.services.selfcare import CheckInAverage
from peerdesk.vault.models import (
    Cafe,
    CafeSession,
    CareConversation,
    Course,
    CourseKind,
    CourseSession,
    Person,
    Shift,
    SparringSession,
    TrainingSession,
)

MONDAY = date(2026, 9, 7)


def week(n: int) -> date:
    return MONDAY + timedelta(weeks=n)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour)


def workload(n: int, **amounts: int) -> trends.WeekWorkload:
    values = dict.fromkeys(
        ("minutes", "conversations", "cafe_sessions", "shifts", "sparring", "teaching"), 0
    )
    values.update(amounts)
    return trends.WeekWorkload(week_start=week(n), **values)


def average(n: int, **scales: float) -> CheckInAverage:
    values = dict.fromkeys(selfcare.SCALES)
    values.update(scales)
    return CheckInAverage(bucket_start=week(n), count=1, **values)


# -------------------------------------------------------------- the counts


def test_each_areas_activities_count_in_their_monday_week(vault):
    sunday = week(0) + timedelta(days=6)
    with vault.session() as s:
        person = Person(alias="A.")
        cafe = Cafe(name="Torvet")
        course = Course(title="Recovery", kind=CourseKind.MENTOR_EDUCATION)
        s.add_all([person, cafe, course])
        s.flush()
        s.add_all(
            [
                CareConversation(person_id=person.id, occurred_at=at(week(0)), duration_minutes=60),
                CareConversation(
                    person_id=person.id, occurred_at=at(sunday, 23), duration_minutes=30
                ),
                CareConversation(person_id=person.id, occurred_at=at(week(1)), duration_minutes=45),
                CafeSession(cafe_id=cafe.id, starts_at=at(week(0)), ends_at=at(week(0), 12)),
                Shift(cafe_id=cafe.id, starts_at=at(week(0)), ends_at=at(week(0), 14)),
                Shift(cafe_id=cafe.id, starts_at=at(week(1)), ends_at=at(week(1), 14)),
                SparringSession(held_at=at(week(1)), duration_minutes=90),
                CourseSession(course_id=course.id, starts_at=at(week(0)), ends_at=at(week(0), 11)),
                TrainingSession(held_on=sunday, duration_minutes=120),
            ]
        )
    selfcare.add_work_entry(vault, on_date=week(1), minutes=15)
    found = trends.week_workload(vault, since=week(0) + timedelta(days=2), until=week(1))
    assert [w.week_start for w in found] == [week(0), week(1)]
    first, second = found
    assert (first.conversations, first.cafe_sessions, first.shifts, first.teaching) == (2, 1, 1, 2)
    assert first.sparring == 0
    # 60 + 30 conversation, 120 café, 60 teaching, 120 host training.
    assert first.minutes == 390 == selfcare.week_hours(vault, week_start=week(0)).total_minutes
    assert (second.conversations, second.shifts, second.sparring, second.teaching) == (1, 1, 1, 0)
    assert second.minutes == 45 + 90 + 15
    assert first.amount("hours") == 390 and second.amount("sparring") == 1


def test_weeks_without_activity_are_listed_with_zeros(vault):
    found = trends.week_workload(vault, since=week(0), until=week(2) + timedelta(days=6))
    assert [(w.week_start, w.minutes, w.conversations) for w in found] == [
        (week(0), 0, 0),
        (week(1), 0, 0),
        (week(2), 0, 0),
    ]


def test_bad_periods_are_refused(vault):
    with pytest.raises(ValidationError) as caught:
        trends.week_workload(vault, since=week(2), until=week(0))
    assert (caught.value.field, caught.value.code) == ("until", "end_before_start")
    with pytest.raises(ValidationError) as caught:
        trends.week_workload(vault, since="i går", until=week(0))
    assert (caught.value.field, caught.value.code) == ("since", "bad_date")
    with pytest.raises(ValidationError) as caught:
        trends.week_workload(vault, since=date(2000, 1, 3), until=date(2026, 1, 1))
    assert (caught.value.field, caught.value.code) == ("until", "out_of_range")


# ----------------------------------------------------------- the comparison


def test_stress_rising_with_hours_is_found():
    hours = [10, 12, 30, 32, 11, 31, 13, 29]
    stress = [2, 2, 4, 4, 2, 5, 3, 4]
    load = [workload(n, minutes=h * 60) for n, h in enumerate(hours)]
    series = [average(n, stress=s, energy=3) for n, s in enumerate(stress)]
    view = trends.compare(series, load, since=week(0), until=week(7))
    assert view.enough and view.weeks_compared == 8
    (link,) = view.links
    assert (link.measure, link.factor, link.tendency, link.weeks) == (
        "stress",
        "hours",
        "higher",
        8,
    )
    assert (link.busier_average, link.quieter_average) == (4.2, 2.2)
    assert link.correlation > 0.9


def test_energy_falling_with_conversations_is_found():
    talks = [2, 8, 3, 9, 1, 7, 2, 8]
    energy = [4, 2, 4, 1, 5, 2, 4, 2]
    load = [workload(n, conversations=c) for n, c in enumerate(talks)]
    series = [average(n, energy=e) for n, e in enumerate(energy)]
    (link,) = trends.compare(series, load, since=week(0), until=week(7)).links
    assert (link.measure, link.factor, link.tendency) == ("energy", "conversations", "lower")


def test_too_few_weeks_say_nothing():
    load = [workload(n, minutes=n * 600) for n in range(5)]
    series = [average(n, stress=1 + n) for n in range(5)]
    view = trends.compare(series, load, since=week(0), until=week(4))
    assert (view.enough, view.weeks_compared, view.links) == (False, 5, ())


def test_small_or_unsteady_differences_are_not_reported():
    # Stress moves a little with hours, never half a point between the halves.
    load = [workload(n, minutes=(10 + 5 * (n % 2)) * 60) for n in range(8)]
    series = [average(n, stress=3 + 0.2 * (n % 2)) for n in range(8)]
    assert trends.compare(series, load, since=week(0), until=week(7)).links == ()


def test_a_factor_that_never_varies_is_skipped():
    load = [workload(n, minutes=600) for n in range(8)]
    series = [average(n, stress=1 + n % 5) for n in range(8)]
    assert trends.compare(series, load, since=week(0), until=week(7)).links == ()


def test_many_quiet_weeks_still_split_into_halves():
    # Sparring in only three weeks: the median is 0, so the busier side is "any sparring".
    sparring = [0, 0, 0, 1, 0, 2, 0, 1, 0]
    mood = [4, 4, 5, 2, 4, 2, 4, 3, 5]
    load = [workload(n, sparring=v) for n, v in enumerate(sparring)]
    series = [average(n, mood=m) for n, m in enumerate(mood)]
    (link,) = trends.compare(series, load, since=week(0), until=week(8)).links
    assert (link.factor, link.tendency, link.busier_average, link.quieter_average) == (
        "sparring",
        "lower",
        2.3,
        4.3,
    )


def test_the_view_from_the_vault(vault):
    for n in range(8):
        busy = n % 2 == 1
        selfcare.add_work_entry(vault, on_date=week(n), minutes=(1200 if busy else 300))
        selfcare.add_check_in(vault, at=at(week(n) + timedelta(days=1)), stress=5 if busy else 2)
    view = trends.workload_view(vault, since=week(0), until=week(7) + timedelta(days=6))
    assert view.weeks_compared == 8
    assert [(k.measure, k.factor, k.tendency) for k in view.links] == [
        ("stress", "hours", "higher")
    ]
