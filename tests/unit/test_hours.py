"""Working hours: the contract, hand-entered hours, the week's sum of every
area's activities, and days since a day off."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from peerdesk.services import hours
from peerdesk.services.errors import ValidationError
from peerdesk.vault.models import (
    Cafe,
    CafeSession,
    CareConversation,
    Course,
    CourseKind,
    CourseSession,
    Person,
    SparringSession,
    TrainingSession,
    WorkContract,
    WorkEntry,
)

MONDAY = date(2026, 11, 16)


def rows(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused(call, field, code):
    with pytest.raises(ValidationError) as caught:
        call()
    assert (caught.value.field, caught.value.code) == (field, code)


# ------------------------------------------------------------------ contract


def test_the_contract_in_force_on_a_day(vault):
    assert hours.contract_on(vault, MONDAY) is None
    hours.set_contract(vault, valid_from="2026-01-01", weekly_hours=20)
    hours.set_contract(vault, valid_from="2026-11-18", weekly_hours=30.5, flex_job=True)
    assert hours.contract_on(vault, "2025-12-31") is None
    assert hours.contract_on(vault, MONDAY).weekly_hours == 20
    later = hours.contract_on(vault, "2026-11-18")
    assert (later.weekly_hours, later.flex_job) == (30.5, True)


def test_a_contract_for_the_same_day_is_replaced(vault):
    hours.set_contract(vault, valid_from=MONDAY, weekly_hours=20)
    hours.set_contract(vault, valid_from=MONDAY, weekly_hours=25)
    assert [c.weekly_hours for c in hours.contracts(vault)] == [25]


@pytest.mark.parametrize("weekly_hours", [0, -5, 60.5, 61, float("nan"), float("inf")])
def test_impossible_contract_hours_are_refused(vault, weekly_hours):
    refused(
        lambda: hours.set_contract(vault, valid_from=MONDAY, weekly_hours=weekly_hours),
        "weekly_hours",
        "out_of_range",
    )
    assert rows(vault, WorkContract) == 0


def test_a_bad_contract_is_refused(vault):
    refused(
        lambda: hours.set_contract(vault, valid_from=MONDAY, weekly_hours="37"),
        "weekly_hours",
        "bad_choice",
    )
    refused(
        lambda: hours.set_contract(vault, valid_from="1/2/3/4", weekly_hours=37),
        "valid_from",
        "bad_date",
    )
    refused(
        lambda: hours.set_contract(vault, valid_from=MONDAY, weekly_hours=37, flex_job=1),
        "flex_job",
        "bad_choice",
    )
    assert hours.set_contract(vault, valid_from=MONDAY, weekly_hours=60).weekly_hours == 60


# -------------------------------------------------------------- manual hours


def test_work_entries_round_trip(vault):
    hours.add_work_entry(vault, on_date="17-11-2026", minutes=90, activity="Admin", note="Mails")
    hours.add_work_entry(vault, on_date=MONDAY, minutes=0, activity="Kørsel")
    found = hours.work_entries(vault, since=MONDAY, until=MONDAY + timedelta(days=6))
    assert [(e.on_date, e.minutes, e.activity) for e in found] == [
        (MONDAY, 0, "Kørsel"),
        (date(2026, 11, 17), 90, "Admin"),
    ]


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"minutes": -1}, "minutes", "negative"),
        ({"minutes": 24 * 60 + 1}, "minutes", "out_of_range"),
        ({"minutes": None}, "minutes", "required"),
        ({"minutes": 1.5}, "minutes", "bad_choice"),
        ({"on_date": "i morgen"}, "on_date", "bad_date"),
        ({"on_date": None}, "on_date", "required"),
        ({"activity": "two\nlines"}, "activity", "control_chars"),
    ],
)
def test_a_bad_work_entry_is_refused(vault, kwargs, field, code):
    good = {"on_date": MONDAY, "minutes": 30}
    refused(lambda: hours.add_work_entry(vault, **{**good, **kwargs}), field, code)
    assert rows(vault, WorkEntry) == 0


# ------------------------------------------------------------------ the week


def write_a_busy_week(vault) -> None:
    """One activity of every source in the week of MONDAY, and some just outside it."""
    with vault.session() as s:
        person = Person(alias="K.")
        cafe = Cafe(name="Torvet")
        course = Course(title="Recovery", kind=CourseKind.RECOVERY_GROUP)
        s.add_all([person, cafe, course])
        s.flush()
        s.add_all(
            [
                CareConversation(
                    person_id=person.id, occurred_at=datetime(2026, 11, 16, 10), duration_minutes=45
                ),
                CareConversation(
                    person_id=person.id, occurred_at=datetime(2026, 11, 22, 23), duration_minutes=15
                ),
                # The Sunday before and the Monday after belong to other weeks.
                CareConversation(
                    person_id=person.id, occurred_at=datetime(2026, 11, 15, 23), duration_minutes=99
                ),
                CareConversation(
                    person_id=person.id, occurred_at=datetime(2026, 11, 23), duration_minutes=99
                ),
                CafeSession(
                    cafe_id=cafe.id,
                    starts_at=datetime(2026, 11, 17, 10),
                    ends_at=datetime(2026, 11, 17, 13, 30),
                ),
                CafeSession(cafe_id=cafe.id, starts_at=datetime(2026, 11, 18, 10), ends_at=None),
                SparringSession(held_at=datetime(2026, 11, 18, 14), duration_minutes=60),
                TrainingSession(held_on=date(2026, 11, 22), duration_minutes=120),
                TrainingSession(held_on=date(2026, 11, 23), duration_minutes=999),
                CourseSession(
                    course_id=course.id,
                    starts_at=datetime(2026, 11, 19, 17),
                    ends_at=datetime(2026, 11, 19, 19),
                    prep_minutes=30,
                ),
                WorkEntry(on_date=date(2026, 11, 20), minutes=75, activity="Admin"),
                WorkEntry(on_date=date(2026, 11, 15), minutes=999, activity="Før"),
            ]
        )


def test_week_hours_add_up_every_source(vault):
    write_a_busy_week(vault)
    hours.set_contract(vault, valid_from="2026-01-01", weekly_hours=12)
    week = hours.week_hours(vault, week_start=MONDAY)
    assert week.by_source == {
        "conversations": 60,
        "cafe_sessions": 210,
        "sparring": 60,
        "training": 120,
        "teaching": 150,
        "manual": 75,
    }
    assert week.total_minutes == 675
    assert week.contract_minutes == 720
    assert week.over_by_minutes == 0
    assert week.week_start == MONDAY


def test_week_hours_over_the_contract(vault):
    write_a_busy_week(vault)
    hours.set_contract(vault, valid_from="2026-01-01", weekly_hours=30)
    # A contract starting mid-week already applies in its first week.
    hours.set_contract(vault, valid_from="2026-11-19", weekly_hours=10.5)
    week = hours.week_hours(vault, week_start="16.11.2026")
    assert (week.contract_minutes, week.over_by_minutes) == (630, 45)


def test_an_empty_week_without_a_contract(vault):
    week = hours.week_hours(vault, week_start=MONDAY)
    assert week.total_minutes == 0
    assert set(week.by_source) == set(hours.SOURCES)
    assert (week.contract_minutes, week.over_by_minutes) == (None, 0)


def test_a_week_must_start_on_a_monday(vault):
    refused(
        lambda: hours.week_hours(vault, week_start=MONDAY + timedelta(days=1)),
        "week_start",
        "not_allowed",
    )
    refused(lambda: hours.week_hours(vault, week_start="mandag"), "week_start", "bad_date")


def test_days_since_a_day_off(vault):
    assert hours.days_since_day_off(vault, today=MONDAY) is None
    # Activity on the 17th (café), 18th (sparring), 19th (course), 20th (manual).
    with vault.session() as s:
        cafe = Cafe(name="Torvet")
        course = Course(title="Recovery", kind=CourseKind.TALK)
        s.add_all([cafe, course])
        s.flush()
        s.add_all(
            [
                CafeSession(cafe_id=cafe.id, starts_at=datetime(2026, 11, 17, 10)),
                SparringSession(held_at=datetime(2026, 11, 18, 23, 59)),
                CourseSession(
                    course_id=course.id,
                    starts_at=datetime(2026, 11, 19, 17),
                    ends_at=datetime(2026, 11, 19, 18),
                ),
                WorkEntry(on_date=date(2026, 11, 20), minutes=10),
                # Something planned after "today" does not count yet.
                WorkEntry(on_date=date(2026, 11, 21), minutes=10),
            ]
        )
    assert hours.days_since_day_off(vault, today=date(2026, 11, 16)) is None
    assert hours.days_since_day_off(vault, today=date(2026, 11, 20)) == 4
    assert hours.days_since_day_off(vault, today=date(2026, 11, 19)) == 3
    assert hours.days_since_day_off(vault, today="2026-11-22") == 0  # Sunday off
    with vault.session() as s:
        s.add(TrainingSession(held_on=date(2026, 11, 22)))
        person = Person(alias="K.")
        s.add(person)
        s.flush()
        s.add(CareConversation(person_id=person.id, occurred_at=datetime(2026, 11, 23, 9)))
    # The 21st (manual) and 22nd (training) join the run up to the 23rd (care).
    assert hours.days_since_day_off(vault, today=date(2026, 11, 23)) == 7
    refused(lambda: hours.days_since_day_off(vault, today="i dag"), "today", "bad_date")


def test_the_selfcare_area_offers_the_hours_too():
    from peerdesk.services import selfcare

    for name in (
        "set_contract",
        "contract_on",
        "add_work_entry",
        "week_hours",
        "days_since_day_off",
    ):
        assert getattr(selfcare, name) is getattr(hours, name)
