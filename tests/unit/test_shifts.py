"""Shift templates, assignment rules, swaps and coverage (services.shifts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event

from peerdesk.services import cafe, shifts, training, volunteers
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import Shift, ShiftAssignment, ShiftSwap, TrainingStatus

# A Tuesday, well away from any DST change.
TUESDAY = datetime(2026, 5, 5, 10, 0)


@dataclass
class Setup:
    cafe_id: int
    module_id: int
    trained: int
    rookie: int


@pytest.fixture
def setup(vault) -> Setup:
    module = training.add_module(vault, name="Værtsrollen")
    place = cafe.add_cafe(vault, name="Café Håb", solo_module_id=module.id)
    trained = volunteers.add_volunteer(vault, name="Åse Trænet")
    rookie = volunteers.add_volunteer(vault, name="Bent Ny 🌱")
    training.set_training_status(
        vault,
        volunteer_id=trained.id,
        module_id=module.id,
        status=TrainingStatus.TRAINED,
        on=date(2026, 1, 1),
    )
    return Setup(place.id, module.id, trained.id, rookie.id)


def _shift(vault, setup: Setup, *, needed: int = 2, start: datetime = TUESDAY) -> Shift:
    return shifts.add_shift(
        vault,
        cafe_id=setup.cafe_id,
        starts_at=start,
        ends_at=start + timedelta(hours=4),
        hosts_needed=needed,
    )


def _cover(vault, shift: Shift) -> shifts.ShiftCoverage:
    (row,) = [
        r
        for r in shifts.coverage(vault, start=shift.starts_at.date(), end=shift.starts_at.date())
        if r.shift_id == shift.id
    ]
    return row


# --------------------------------------------------------------- templates


def test_sunday_template_keeps_wall_clock_hours_across_both_dst_changes(vault, setup):
    template = shifts.add_template(
        vault,
        cafe_id=setup.cafe_id,
        weekday=6,
        start_time=time(10),
        end_time="14:00",
        hosts_needed=2,
        valid_from=date(2026, 3, 23),
    )
    made = shifts.generate_shifts(vault, template_id=template.id, until=date(2026, 11, 1))
    by_day = {s.starts_at.date(): s for s in made}
    for dst_day in (date(2026, 3, 29), date(2026, 10, 25)):
        shift = by_day[dst_day]
        assert shift.starts_at == datetime.combine(dst_day, time(10))
        assert shift.ends_at == datetime.combine(dst_day, time(14))
        assert shift.hosts_needed == 2
    assert all(s.starts_at.weekday() == 6 for s in made)
    assert len(made) == 32  # every Sunday from 29 March to 1 November
    # Idempotent: running it again makes nothing; extending makes only the new ones.
    assert shifts.generate_shifts(vault, template_id=template.id, until=date(2026, 11, 1)) == []
    more = shifts.generate_shifts(vault, template_id=template.id, until=date(2026, 11, 15))
    assert [s.starts_at.date() for s in more] == [date(2026, 11, 8), date(2026, 11, 15)]
    rows = shifts.coverage(vault, start=date(2026, 3, 1), end=date(2026, 12, 31))
    assert len(rows) == 34 == len({r.starts_at for r in rows})


def test_generate_stops_at_valid_until_and_refuses_runaway_ranges(vault, setup):
    template = shifts.add_template(
        vault,
        cafe_id=setup.cafe_id,
        weekday=1,
        start_time="10:00",
        end_time="14:00",
        hosts_needed=1,
        valid_from=date(2026, 5, 1),
        valid_until=date(2026, 5, 19),
    )
    made = shifts.generate_shifts(vault, template_id=template.id, until=date(2026, 12, 31))
    assert [s.starts_at.day for s in made] == [5, 12, 19]
    other = shifts.add_template(
        vault,
        cafe_id=setup.cafe_id,
        weekday=2,
        start_time="10:00",
        end_time="14:00",
        hosts_needed=1,
        valid_from=date(2026, 5, 1),
    )
    with pytest.raises(ValidationError) as err:
        shifts.generate_shifts(vault, template_id=other.id, until=date(2206, 1, 1))
    assert (err.value.field, err.value.code) == ("until", ValidationError.OUT_OF_RANGE)
    with pytest.raises(NotFound):
        shifts.generate_shifts(vault, template_id=404, until=date(2026, 6, 1))
    assert len(shifts.coverage(vault, start=date(2026, 1, 1), end=date(2027, 1, 1))) == 3


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"weekday": 7}, "weekday", ValidationError.OUT_OF_RANGE),
        ({"end_time": "09:00"}, "end_time", ValidationError.END_BEFORE_START),
        ({"start_time": "kl. ti"}, "start_time", ValidationError.BAD_DATE),
        ({"hosts_needed": -1}, "hosts_needed", ValidationError.NEGATIVE),
        ({"valid_until": date(2026, 4, 1)}, "valid_until", ValidationError.END_BEFORE_START),
    ],
)
def test_add_template_refuses_bad_input(vault, setup, kwargs, field, code):
    values = {
        "cafe_id": setup.cafe_id,
        "weekday": 1,
        "start_time": "10:00",
        "end_time": "14:00",
        "hosts_needed": 2,
        "valid_from": date(2026, 5, 1),
    } | kwargs
    with pytest.raises(ValidationError) as err:
        shifts.add_template(vault, **values)
    assert (err.value.field, err.value.code) == (field, code)
    assert shifts.list_templates(vault) == []


def test_add_shift_errors(vault, setup):
    with pytest.raises(ValidationError) as err:
        shifts.add_shift(
            vault, cafe_id=setup.cafe_id, starts_at=TUESDAY, ends_at=TUESDAY, hosts_needed=2
        )
    assert err.value.code == ValidationError.END_BEFORE_START
    with pytest.raises(NotFound):
        shifts.add_shift(
            vault, cafe_id=404, starts_at=TUESDAY, ends_at=TUESDAY.replace(hour=14), hosts_needed=2
        )
    assert shifts.coverage(vault, start=date(2026, 1, 1), end=date(2027, 1, 1)) == []


# -------------------------------------------------------------- assignment


def test_gap_closes_when_a_trained_host_is_assigned(vault, setup):
    shift = _shift(vault, setup, needed=1)
    before = _cover(vault, shift)
    assert (before.assigned, before.gap, before.alone_untrained) == (0, 1, False)
    assignment = shifts.assign_host(
        vault, shift_id=shift.id, volunteer_id=setup.trained, now=datetime(2026, 5, 1, 9)
    )
    assert assignment.assigned_at == datetime(2026, 5, 1, 9)
    assert assignment.volunteer.name == "Åse Trænet"
    after = _cover(vault, shift)
    assert (after.assigned, after.gap, after.host_names) == (1, 0, ("Åse Trænet",))
    assert after.alone_untrained is False
    assert after.cafe_name == "Café Håb"


def test_untrained_host_alone_is_refused_with_the_reason(vault, setup):
    shift = _shift(vault, setup)
    with pytest.raises(ValidationError) as err:
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.rookie)
    assert (err.value.field, err.value.code) == ("volunteer_id", ValidationError.NOT_ALLOWED)
    assert err.value.facts == {"reason": "untrained_alone"}
    assert shifts.shift_assignments(vault, shift_id=shift.id) == []


def test_untrained_host_may_join_a_trained_host(vault, setup):
    shift = _shift(vault, setup)
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.rookie)
    row = _cover(vault, shift)
    assert (row.assigned, row.gap) == (2, 0)
    # Names sort as in Danish: Å comes after Z.
    assert row.host_names == ("Bent Ny 🌱", "Åse Trænet")


def test_expired_solo_training_does_not_count_on_the_shift_date(vault, setup):
    first_aid = training.add_module(vault, name="Førstehjælp", valid_months=24)
    place = cafe.add_cafe(vault, name="Torvet", solo_module_id=first_aid.id)
    training.set_training_status(
        vault,
        volunteer_id=setup.trained,
        module_id=first_aid.id,
        status="trained",
        on=date(2024, 5, 4),
    )
    valid = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=datetime(2026, 5, 4, 10),
        ends_at=datetime(2026, 5, 4, 14),
        hosts_needed=1,
    )
    expired = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=TUESDAY,
        ends_at=TUESDAY.replace(hour=14),
        hosts_needed=1,
    )
    shifts.assign_host(vault, shift_id=valid.id, volunteer_id=setup.trained)
    with pytest.raises(ValidationError) as err:
        shifts.assign_host(vault, shift_id=expired.id, volunteer_id=setup.trained)
    assert err.value.facts == {"reason": "untrained_alone"}


def test_cafe_without_solo_module_lets_anyone_be_alone(vault, setup):
    place = cafe.add_cafe(vault, name="Åben Café")
    shift = shifts.add_shift(
        vault, cafe_id=place.id, starts_at=TUESDAY, ends_at=TUESDAY.replace(hour=12), hosts_needed=1
    )
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.rookie)
    assert _cover(vault, shift).alone_untrained is False


def test_assign_refuses_inactive_duplicate_and_unknown(vault, setup):
    shift = _shift(vault, setup)
    paused = volunteers.add_volunteer(vault, name="Pia", status="paused")
    with pytest.raises(ValidationError) as err:
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=paused.id)
    assert err.value.code == ValidationError.NOT_ALLOWED
    assert err.value.facts == {"reason": "not_active"}
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    with pytest.raises(ValidationError) as err:
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    assert (err.value.field, err.value.code) == ("volunteer_id", ValidationError.DUPLICATE)
    with pytest.raises(NotFound):
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=404)
    with pytest.raises(NotFound):
        shifts.assign_host(vault, shift_id=404, volunteer_id=setup.trained)
    assert len(shifts.shift_assignments(vault, shift_id=shift.id)) == 1


# ------------------------------------------------------------ cancellation


def test_cancellation_reopens_the_gap_and_records_who_and_why(vault, setup):
    shift = _shift(vault, setup, needed=1)
    assignment = shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    row = shifts.cancel_assignment(
        vault, assignment.id, by="Åse selv", reason="Syg", now=datetime(2026, 5, 4, 8)
    )
    assert (row.shift_id, row.assigned, row.gap, row.host_names) == (shift.id, 0, 1, ())
    (kept,) = shifts.shift_assignments(vault, shift_id=shift.id)
    assert kept.cancelled_at == datetime(2026, 5, 4, 8)
    assert (kept.cancelled_by, kept.cancel_reason) == ("Åse selv", "Syg")
    # The host may be put back on the shift later.
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    assert _cover(vault, shift).gap == 0


def test_cancellation_that_leaves_an_untrained_host_alone_is_allowed_but_flagged(vault, setup):
    shift = _shift(vault, setup)
    lead = shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.rookie)
    row = shifts.cancel_assignment(vault, lead.id, by="koordinator", reason="")
    assert (row.assigned, row.gap, row.alone_untrained) == (1, 1, True)
    assert row.host_names == ("Bent Ny 🌱",)


def test_cancellation_errors(vault, setup):
    shift = _shift(vault, setup)
    assignment = shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    with pytest.raises(ValidationError) as err:
        shifts.cancel_assignment(vault, assignment.id, by=" ", reason="x")
    assert (err.value.field, err.value.code) == ("by", ValidationError.REQUIRED)
    assert _cover(vault, shift).assigned == 1
    shifts.cancel_assignment(vault, assignment.id, by="Åse", reason="x")
    with pytest.raises(ValidationError) as err:
        shifts.cancel_assignment(vault, assignment.id, by="Åse", reason="igen")
    assert err.value.facts == {"reason": "already_cancelled"}
    with pytest.raises(NotFound):
        shifts.cancel_assignment(vault, 404, by="x", reason="")


# ------------------------------------------------------------------- swaps


def test_swap_hands_the_shift_over_and_logs_it(vault, setup):
    other = volunteers.add_volunteer(vault, name="Carl")
    shift = _shift(vault, setup)
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    old = shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.rookie)
    when = datetime(2026, 5, 3, 12)
    new = shifts.swap_host(
        vault, assignment_id=old.id, to_volunteer_id=other.id, note="Bytte aftalt", now=when
    )
    assert (new.volunteer_id, new.shift_id, new.cancelled_at) == (other.id, shift.id, None)
    old_row = next(a for a in shifts.shift_assignments(vault, shift_id=shift.id) if a.id == old.id)
    assert (old_row.cancelled_at, old_row.cancel_reason) == (when, "swap")
    (log,) = shifts.swap_log(vault, shift_id=shift.id)
    assert (log.from_volunteer_id, log.to_volunteer_id, log.swapped_at, log.note) == (
        setup.rookie,
        other.id,
        when,
        "Bytte aftalt",
    )
    assert _cover(vault, shift).host_names == ("Carl", "Åse Trænet")


def test_swap_to_an_untrained_host_who_would_be_alone_changes_nothing(vault, setup):
    shift = _shift(vault, setup)
    lead = shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    with pytest.raises(ValidationError) as err:
        shifts.swap_host(vault, assignment_id=lead.id, to_volunteer_id=setup.rookie)
    assert (err.value.field, err.value.code) == ("to_volunteer_id", ValidationError.NOT_ALLOWED)
    assert err.value.facts == {"reason": "untrained_alone"}
    (still,) = shifts.shift_assignments(vault, shift_id=shift.id)
    assert still.cancelled_at is None
    assert shifts.swap_log(vault) == []
    with pytest.raises(ValidationError) as err:
        shifts.swap_host(vault, assignment_id=lead.id, to_volunteer_id=setup.trained)
    assert err.value.code == ValidationError.DUPLICATE
    with pytest.raises(NotFound):
        shifts.swap_host(vault, assignment_id=lead.id, to_volunteer_id=404)
    with vault.session() as s:
        assert s.get(ShiftAssignment, lead.id).cancelled_at is None
        assert s.query(ShiftSwap).count() == 0


# ---------------------------------------------------------------- coverage


def test_coverage_is_one_query_however_many_shifts(vault, setup):
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    def queries_for_coverage() -> int:
        statements.clear()
        event.listen(vault.engine, "before_cursor_execute", count)
        try:
            shifts.coverage(vault, start=date(2026, 1, 1), end=date(2026, 12, 31))
        finally:
            event.remove(vault.engine, "before_cursor_execute", count)
        return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))

    first = _shift(vault, setup)
    shifts.assign_host(vault, shift_id=first.id, volunteer_id=setup.trained)
    one = queries_for_coverage()
    for week in range(1, 8):
        shift = _shift(vault, setup, start=TUESDAY + timedelta(weeks=week))
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.rookie)
    assert queries_for_coverage() == one == 1


def test_coverage_filters_by_cafe_and_dates(vault, setup):
    other = cafe.add_cafe(vault, name="Torvet")
    mine = _shift(vault, setup)
    shifts.add_shift(
        vault, cafe_id=other.id, starts_at=TUESDAY, ends_at=TUESDAY.replace(hour=12), hosts_needed=1
    )
    _shift(vault, setup, start=TUESDAY + timedelta(days=1))
    rows = shifts.coverage(vault, cafe_id=setup.cafe_id, start=TUESDAY.date(), end=TUESDAY.date())
    assert [r.shift_id for r in rows] == [mine.id]
    assert len(shifts.coverage(vault, start=TUESDAY.date(), end=TUESDAY.date())) == 2
    with pytest.raises(ValidationError):
        shifts.coverage(vault, start=date(2026, 6, 1), end=date(2026, 5, 1))
    with pytest.raises(NotFound):
        shifts.coverage(vault, cafe_id=404, start=date(2026, 6, 1), end=date(2026, 6, 1))


def test_shift_gaps_lists_understaffed_or_unsafe_shifts_in_the_window(vault, setup):
    today = TUESDAY.date()
    full = _shift(vault, setup, needed=1)
    shifts.assign_host(vault, shift_id=full.id, volunteer_id=setup.trained)
    short = _shift(vault, setup, start=TUESDAY + timedelta(days=3))
    unsafe = _shift(vault, setup, needed=1, start=TUESDAY + timedelta(days=5))
    lead = shifts.assign_host(vault, shift_id=unsafe.id, volunteer_id=setup.trained)
    shifts.assign_host(vault, shift_id=unsafe.id, volunteer_id=setup.rookie)
    shifts.cancel_assignment(vault, lead.id, by="Åse", reason="")
    _shift(vault, setup, start=TUESDAY + timedelta(days=14))  # outside the 14 days
    gaps = shifts.shift_gaps(vault, today=today)
    assert [g.shift_id for g in gaps] == [short.id, unsafe.id]
    assert gaps[1].gap == 0 and gaps[1].alone_untrained
    with pytest.raises(ValidationError):
        shifts.shift_gaps(vault, today=today, days=0)


def test_available_hosts_puts_those_free_that_day_first(vault, setup):
    shift = _shift(vault, setup)  # Tuesday 10–14
    free = volunteers.add_volunteer(vault, name="Zelma")
    too_late = volunteers.add_volunteer(vault, name="Anders")
    volunteers.add_volunteer(vault, name="Pause", status="paused")
    volunteers.set_availability(vault, volunteer_id=free.id, slots=[(1, "09:00", None)])
    volunteers.set_availability(vault, volunteer_id=too_late.id, slots=[(1, "12:00", "16:00")])
    volunteers.set_availability(vault, volunteer_id=setup.rookie, slots=[(1, None, None)])
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=setup.trained)
    options = shifts.available_hosts(vault, shift_id=shift.id)
    assert [
        (o.name, o.available_that_day, o.trained_for_solo, o.already_assigned) for o in options
    ] == [
        ("Bent Ny 🌱", True, False, False),
        ("Zelma", True, False, False),
        ("Anders", False, False, False),
        ("Åse Trænet", False, True, True),
    ]
    with pytest.raises(NotFound):
        shifts.available_hosts(vault, shift_id=404)
