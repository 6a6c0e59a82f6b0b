"""The worker's own area: check-ins, early warning, boundaries, supervision,
the wellbeing plan and closing the day. (Hours: test_hours.py.)"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from peerdesk.services import selfcare
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import (
    BoundarySituation,
    CheckIn,
    MeetingKind,
    SupervisionMeeting,
    WellbeingPlanSection,
)

MONDAY = date(2026, 11, 16)


def rows(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused(call, field, code):
    with pytest.raises(ValidationError) as caught:
        call()
    assert (caught.value.field, caught.value.code) == (field, code)


# ------------------------------------------------------------------ check-ins


def test_a_check_in_round_trips(vault):
    made = selfcare.add_check_in(
        vault,
        at="2026-11-20T16:30:00",
        energy=2,
        stress=4,
        mood=3,
        boundaries_kept=5,
        sleep=1,
        drains='Møde om "Ane" 🙂',
        helps="Gåtur",
        wants_supervision=True,
    )
    found = selfcare.last_check_in(vault)
    assert found.id == made.id
    assert (found.at, found.energy, found.stress, found.mood) == (
        datetime(2026, 11, 20, 16, 30),
        2,
        4,
        3,
    )
    assert (found.boundaries_kept, found.sleep, found.wants_supervision) == (5, 1, True)
    assert (found.drains, found.helps) == ('Møde om "Ane" 🙂', "Gåtur")


def test_a_check_in_defaults_to_now(vault):
    before = datetime.now().replace(microsecond=0)
    made = selfcare.add_check_in(vault, mood=4)
    assert before <= made.at <= datetime.now()


def test_there_is_no_last_check_in_before_the_first(vault):
    assert selfcare.last_check_in(vault) is None


@pytest.mark.parametrize("scale", selfcare.SCALES)
def test_a_scale_out_of_range_is_refused(vault, scale):
    for value in (0, 6, -1, 2.5, "3", True):
        refused(lambda v=value: selfcare.add_check_in(vault, **{scale: v}), scale, "out_of_range")
    assert rows(vault, CheckIn) == 0


def test_an_empty_check_in_is_refused(vault):
    refused(lambda: selfcare.add_check_in(vault, drains="  \n"), "check_in", "required")
    assert rows(vault, CheckIn) == 0


def test_a_check_in_with_only_a_wish_for_supervision_is_kept(vault):
    assert selfcare.add_check_in(vault, wants_supervision=True).wants_supervision is True


def test_check_in_bad_time_and_flag_are_refused(vault):
    refused(lambda: selfcare.add_check_in(vault, at="i går", mood=3), "at", "bad_date")
    refused(
        lambda: selfcare.add_check_in(vault, mood=3, wants_supervision="yes"),
        "wants_supervision",
        "bad_choice",
    )
    refused(lambda: selfcare.add_check_in(vault, helps="a\x00b"), "helps", "control_chars")
    assert rows(vault, CheckIn) == 0


def test_check_ins_between_days_include_both_days(vault):
    for at in ("2026-11-15T23:59:00", "2026-11-16T00:00:00", "2026-11-18T23:59:59", "2026-11-19"):
        selfcare.add_check_in(vault, at=at, mood=3)
    found = selfcare.check_ins(vault, since="16.11.2026", until=date(2026, 11, 18))
    assert [c.at for c in found] == [datetime(2026, 11, 16), datetime(2026, 11, 18, 23, 59, 59)]
    assert len(selfcare.check_ins(vault)) == 4


def test_check_ins_bad_dates_are_refused(vault):
    refused(lambda: selfcare.check_ins(vault, since="32.11.2026"), "since", "bad_date")
    refused(
        lambda: selfcare.check_ins(vault, since="2026-11-18", until="2026-11-17"),
        "until",
        "end_before_start",
    )


def test_series_averages_per_day(vault):
    selfcare.add_check_in(vault, at="2026-11-16T09:00", stress=2, mood=4)
    selfcare.add_check_in(vault, at="2026-11-16T15:00", stress=5)
    selfcare.add_check_in(vault, at="2026-11-18T09:00", energy=1, helps="te")
    series = selfcare.check_in_series(vault, since=MONDAY, until="2026-11-22", bucket="day")
    assert [(p.bucket_start, p.count) for p in series] == [
        (date(2026, 11, 16), 2),
        (date(2026, 11, 18), 1),
    ]
    assert (series[0].stress, series[0].mood, series[0].energy) == (3.5, 4.0, None)
    assert (series[1].energy, series[1].stress) == (1.0, None)


def test_series_averages_per_week_from_monday(vault):
    # Sunday the 15th belongs to the week before; Monday to Sunday is one week.
    selfcare.add_check_in(vault, at="2026-11-15T20:00", energy=1)
    selfcare.add_check_in(vault, at="2026-11-16T08:00", energy=2)
    selfcare.add_check_in(vault, at="2026-11-22T22:00", energy=4)
    series = selfcare.check_in_series(vault, bucket="week")
    assert [(p.bucket_start, p.count, p.energy) for p in series] == [
        (date(2026, 11, 9), 1, 1.0),
        (MONDAY, 2, 3.0),
    ]
    assert all(p.bucket_start.weekday() == 0 for p in series)


def test_series_bad_bucket_is_refused(vault):
    refused(lambda: selfcare.check_in_series(vault, bucket="month"), "bucket", "bad_choice")


# -------------------------------------------------------------- early warning


def test_the_default_rule_is_stress_high_three_times(vault):
    assert selfcare.early_warning_rule(vault) == selfcare.EarlyWarningRule("stress", "high", 4, 3)


def test_early_warning_triggers_exactly_at_the_rules_count(vault):
    start = datetime(2026, 11, 16, 9)
    selfcare.add_check_in(vault, at=start, stress=2)
    for n in range(1, 3):
        selfcare.add_check_in(vault, at=start + timedelta(days=n), stress=4 + n % 2)
        assert selfcare.early_warning_triggered(vault) is False
    # A check-in without a stress answer neither breaks nor extends the run.
    selfcare.add_check_in(vault, at=start + timedelta(days=3), mood=2)
    assert selfcare.early_warning_triggered(vault) is False
    selfcare.add_check_in(vault, at=start + timedelta(days=4), stress=4)
    assert selfcare.early_warning_triggered(vault) is True
    selfcare.add_check_in(vault, at=start + timedelta(days=5), stress=3)
    assert selfcare.early_warning_triggered(vault) is False


def test_early_warning_needs_n_check_ins(vault):
    assert selfcare.early_warning_triggered(vault) is False
    selfcare.add_check_in(vault, at="2026-11-16T09:00", stress=5)
    selfcare.add_check_in(vault, at="2026-11-17T09:00", stress=5)
    assert selfcare.early_warning_triggered(vault) is False


def test_a_non_default_rule(vault):
    rule = selfcare.set_early_warning_rule(
        vault, measure="sleep", direction="low", threshold=2, times_in_a_row=2
    )
    assert (
        selfcare.early_warning_rule(vault)
        == rule
        == selfcare.EarlyWarningRule("sleep", "low", 2, 2)
    )
    selfcare.add_check_in(vault, at="2026-11-16T07:00", sleep=2, stress=5)
    assert selfcare.early_warning_triggered(vault) is False
    selfcare.add_check_in(vault, at="2026-11-17T07:00", sleep=1, stress=5)
    assert selfcare.early_warning_triggered(vault) is True
    selfcare.add_check_in(vault, at="2026-11-18T07:00", sleep=3, stress=5)
    assert selfcare.early_warning_triggered(vault) is False  # stress no longer counts


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"measure": "hunger"}, "measure", "bad_choice"),
        ({"direction": "up"}, "direction", "bad_choice"),
        ({"threshold": 0}, "threshold", "out_of_range"),
        ({"threshold": 6}, "threshold", "out_of_range"),
        ({"threshold": None}, "threshold", "required"),
        ({"times_in_a_row": 0}, "times_in_a_row", "out_of_range"),
        ({"times_in_a_row": 31}, "times_in_a_row", "out_of_range"),
    ],
)
def test_a_bad_rule_is_refused_and_the_old_one_stays(vault, kwargs, field, code):
    good = {"measure": "energy", "direction": "low", "threshold": 2, "times_in_a_row": 4}
    selfcare.set_early_warning_rule(vault, **good)
    refused(lambda: selfcare.set_early_warning_rule(vault, **{**good, **kwargs}), field, code)
    assert selfcare.early_warning_rule(vault) == selfcare.EarlyWarningRule("energy", "low", 2, 4)


def test_an_unusable_stored_rule_falls_back_to_the_default(vault):
    from peerdesk.services import drafts

    drafts.set_setting(vault, selfcare.EARLY_WARNING_SETTING, {"measure": "stress"})
    assert selfcare.early_warning_rule(vault) == selfcare.DEFAULT_EARLY_WARNING_RULE


# --------------------------------------------------------- boundary situations


def test_boundary_situations_round_trip_newest_first(vault):
    selfcare.add_boundary_situation(
        vault, occurred_on="10.11.2026", what_happened="Bad om mit nummer", boundary="Privat tlf."
    )
    selfcare.add_boundary_situation(
        vault,
        occurred_on=date(2026, 11, 12),
        what_happened="Ville mødes i weekenden",
        how_handled="Sagde nej venligt",
        learned="Det gik fint",
    )
    found = selfcare.boundary_situations(vault)
    assert [b.occurred_on for b in found] == [date(2026, 11, 12), date(2026, 11, 10)]
    assert (found[0].how_handled, found[0].learned, found[1].boundary) == (
        "Sagde nej venligt",
        "Det gik fint",
        "Privat tlf.",
    )
    assert len(selfcare.boundary_situations(vault, since="2026-11-11")) == 1


def test_a_bad_boundary_situation_is_refused(vault):
    refused(
        lambda: selfcare.add_boundary_situation(vault, occurred_on="2026-13-01", what_happened="x"),
        "occurred_on",
        "bad_date",
    )
    refused(
        lambda: selfcare.add_boundary_situation(vault, occurred_on=MONDAY, what_happened=" "),
        "what_happened",
        "required",
    )
    assert rows(vault, BoundarySituation) == 0


# ------------------------------------------------ supervision and network group


def test_meetings_round_trip_and_update(vault):
    meeting = selfcare.add_meeting(
        vault, kind="supervision", scheduled_at="2026-11-24T13:00", to_bring="Grænser"
    )
    updated = selfcare.update_meeting(vault, meeting.id, notes_after="Godt møde", held=True)
    assert (updated.to_bring, updated.notes_after, updated.held) == ("Grænser", "Godt møde", True)
    again = selfcare.update_meeting(vault, meeting.id, to_bring="")
    assert (again.to_bring, again.notes_after, again.held) == ("", "Godt møde", True)
    assert [m.id for m in selfcare.meetings(vault, kind=MeetingKind.SUPERVISION)] == [meeting.id]


def test_a_bad_meeting_is_refused(vault):
    refused(
        lambda: selfcare.add_meeting(vault, kind="coffee", scheduled_at="2026-11-24T13:00"),
        "kind",
        "bad_choice",
    )
    refused(
        lambda: selfcare.add_meeting(vault, kind="supervision", scheduled_at="24/11 kl 13"),
        "scheduled_at",
        "bad_date",
    )
    assert rows(vault, SupervisionMeeting) == 0
    meeting = selfcare.add_meeting(vault, kind="supervision", scheduled_at=datetime(2026, 11, 24))
    refused(lambda: selfcare.update_meeting(vault, meeting.id, held="ja"), "held", "bad_choice")
    with pytest.raises(NotFound):
        selfcare.update_meeting(vault, meeting.id + 1, held=True)
    with pytest.raises(NotFound):
        selfcare.update_meeting(vault, True, held=True)
    assert selfcare.meetings(vault)[0].held is False


def test_the_next_meeting(vault):
    now = datetime(2026, 11, 20, 12)
    assert selfcare.next_meeting(vault, now=now) is None
    selfcare.add_meeting(vault, kind="supervision", scheduled_at=now - timedelta(days=1))
    network = selfcare.add_meeting(
        vault, kind="network_group", scheduled_at=now + timedelta(days=2)
    )
    supervision = selfcare.add_meeting(
        vault, kind="supervision", scheduled_at=now + timedelta(days=9)
    )
    assert selfcare.next_meeting(vault, now=now).id == network.id
    assert selfcare.next_meeting(vault, kind="supervision", now=now).id == supervision.id


def test_the_network_group_series_is_six_weeks_apart(vault):
    first = datetime(2026, 1, 13, 13, 0)
    series = selfcare.plan_network_group_series(vault, first_at=first, count=4)
    found = selfcare.meetings(vault, kind="network_group")
    assert [m.id for m in found] == [m.id for m in series]
    times = [m.scheduled_at for m in found]
    assert times[0] == first
    assert all(b - a == timedelta(weeks=6) for a, b in zip(times, times[1:], strict=False))
    # Wall-clock time: still 13:00 after the change to summer time in March.
    assert {t.time() for t in times} == {first.time()}


@pytest.mark.parametrize(
    ("count", "code"), [(0, "out_of_range"), (-1, "negative"), (53, "out_of_range")]
)
def test_a_bad_series_is_refused(vault, count, code):
    refused(
        lambda: selfcare.plan_network_group_series(vault, first_at="2026-01-13T13:00", count=count),
        "count",
        code,
    )
    assert rows(vault, SupervisionMeeting) == 0


# -------------------------------------------------------------- wellbeing plan


def test_the_plan_starts_with_the_default_sections_once(vault):
    plan = selfcare.wellbeing_plan(vault)
    assert [p.key for p in plan] == list(selfcare.DEFAULT_PLAN_SECTIONS)
    assert all(p.body == "" and p.title for p in plan)
    assert [p.id for p in selfcare.wellbeing_plan(vault)] == [p.id for p in plan]
    assert rows(vault, WellbeingPlanSection) == len(selfcare.DEFAULT_PLAN_SECTIONS)


def test_saving_a_section(vault):
    selfcare.save_plan_section(vault, key="triggers", body="Larm\nFor lidt søvn")
    selfcare.save_plan_section(vault, key="daily", body="Gåtur", title="Hver dag")
    by_key = {p.key: p for p in selfcare.wellbeing_plan(vault)}
    assert by_key["triggers"].body == "Larm\nFor lidt søvn"
    assert by_key["triggers"].title == selfcare.DEFAULT_PLAN_SECTIONS["triggers"]
    assert (by_key["daily"].title, by_key["daily"].body) == ("Hver dag", "Gåtur")


def test_own_sections_come_after_the_others(vault):
    first = selfcare.add_plan_section(vault, title="Min musik", body="Spilleliste")
    second = selfcare.add_plan_section(vault, title="Min hund")
    plan = selfcare.wellbeing_plan(vault)
    assert [p.key for p in plan][-2:] == ["own-1", "own-2"]
    assert (first.key, second.key) == ("own-1", "own-2")
    selfcare.save_plan_section(vault, key="own-2", body="Gåture med Bella")
    assert selfcare.wellbeing_plan(vault)[-1].body == "Gåture med Bella"


def test_bad_plan_changes_are_refused(vault):
    with pytest.raises(NotFound):
        selfcare.save_plan_section(vault, key="own-9", body="x")
    refused(
        lambda: selfcare.save_plan_section(vault, key="daily", body="x", title=" "),
        "title",
        "required",
    )
    refused(lambda: selfcare.add_plan_section(vault, title=""), "title", "required")
    assert all(p.body == "" for p in selfcare.wellbeing_plan(vault))


# ---------------------------------------------------------------- day closing


def test_closing_the_workday(vault):
    closing = selfcare.close_workday(
        vault, left_at_work="Samtalen med K. bliver her", at="2026-11-20T16:05"
    )
    assert (closing.closed_at, closing.left_at_work) == (
        datetime(2026, 11, 20, 16, 5),
        "Samtalen med K. bliver her",
    )
    assert selfcare.close_workday(vault).closed_at <= datetime.now()
    refused(lambda: selfcare.close_workday(vault, at="klokken fire"), "at", "bad_date")
