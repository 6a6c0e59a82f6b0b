"""The volunteers screen's read-only views and task deletion (services.volunteer_views)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from peerdesk.services import cafe, search, shifts, sparring, training, volunteers
from peerdesk.services import volunteer_views as views
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import SparringKind, VolunteerTask

DAY = date(2026, 5, 15)


def _host(vault, name="Anne Ø."):
    return volunteers.add_volunteer(vault, name=name)


def test_host_shifts_lists_a_hosts_assignments_in_the_window_cancelled_included(vault):
    anne, bo = _host(vault), _host(vault, "Bo")
    place = cafe.add_cafe(vault, name="Café Lyset")
    shift_ids = []
    for day in (10, 15, 20, 31):
        shift = shifts.add_shift(
            vault,
            cafe_id=place.id,
            starts_at=datetime(2026, 5, day, 10),
            ends_at=datetime(2026, 5, day, 14),
            hosts_needed=2,
        )
        shift_ids.append(shift.id)
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=anne.id)
    shifts.assign_host(vault, shift_id=shift_ids[1], volunteer_id=bo.id)
    mine = shifts.shift_assignments(vault, shift_id=shift_ids[2])[0]
    shifts.cancel_assignment(vault, mine.id, by="Anne", reason="syg", now=datetime(2026, 5, 19))

    got = views.host_shifts(
        vault, volunteer_id=anne.id, start=date(2026, 5, 15), end=DAY.replace(day=30)
    )
    assert [(g.shift_id, g.cafe_name) for g in got] == [
        (shift_ids[1], "Café Lyset"),
        (shift_ids[2], "Café Lyset"),
    ]
    assert got[0].cancelled_at is None
    assert got[1].cancelled_at == datetime(2026, 5, 19)
    assert (got[0].starts_at, got[0].ends_at) == (
        datetime(2026, 5, 15, 10),
        datetime(2026, 5, 15, 14),
    )
    assert (
        views.host_shifts(vault, volunteer_id=bo.id, start=DAY, end=DAY)[0].shift_id == shift_ids[1]
    )


def test_host_shifts_refuses_bad_input(vault):
    anne = _host(vault)
    with pytest.raises(ValidationError) as err:
        views.host_shifts(vault, volunteer_id=anne.id, start=DAY, end=date(2026, 5, 1))
    assert (err.value.field, err.value.code) == ("end", ValidationError.END_BEFORE_START)
    with pytest.raises(NotFound):
        views.host_shifts(vault, volunteer_id=999, start=DAY, end=DAY)


def test_solo_readiness_follows_the_cafes_solo_module_and_its_expiry(vault):
    anne = _host(vault)
    modules = training.ensure_default_modules(vault)
    host_role, first_aid = modules[1], modules[4]
    cafe.add_cafe(vault, name="Ørestad", solo_module_id=first_aid.id)
    cafe.add_cafe(vault, name="café Lyset", solo_module_id=host_role.id)
    cafe.add_cafe(vault, name="Uden krav")  # no solo module: not listed

    before = views.solo_readiness(vault, volunteer_id=anne.id, on=DAY)
    assert [(r.cafe_name, r.module_name, r.ready) for r in before] == [
        ("café Lyset", "Værtsrollen", False),
        ("Ørestad", "Førstehjælp", False),
    ]
    training.set_training_status(
        vault, volunteer_id=anne.id, module_id=host_role.id, status="trained", on=DAY
    )
    training.set_training_status(
        vault, volunteer_id=anne.id, module_id=first_aid.id, status="trained", on=date(2024, 5, 1)
    )
    after = views.solo_readiness(vault, volunteer_id=anne.id, on=DAY)
    # First aid taken 1 May 2024 ran out on 1 May 2026.
    assert [r.ready for r in after] == [True, False]
    with pytest.raises(NotFound):
        views.solo_readiness(vault, volunteer_id=999, on=DAY)


def test_tasks_are_listed_found_and_deleted_from_hours_and_search(vault):
    anne = _host(vault)
    old = volunteers.add_task(
        vault, volunteer_id=anne.id, on_date=date(2026, 5, 2), minutes=60, description="flyers"
    )
    new = volunteers.add_task(
        vault, volunteer_id=anne.id, on_date=date(2026, 5, 9), minutes=90, description="møde"
    )
    assert [t.id for t in views.host_tasks(vault, volunteer_id=anne.id)] == [new.id, old.id]
    assert views.get_task(vault, old.id).description == "flyers"
    assert search.search(vault, "flyers")

    views.delete_task(vault, old.id)
    assert [t.id for t in views.host_tasks(vault, volunteer_id=anne.id)] == [new.id]
    assert volunteers.host_hours(vault, year=2026, month=5)[0].task_minutes == 90
    assert not search.search(vault, "flyers")
    with pytest.raises(NotFound):
        views.get_task(vault, old.id)
    with pytest.raises(NotFound):
        views.delete_task(vault, old.id)
    with pytest.raises(NotFound):
        views.host_tasks(vault, volunteer_id=999)
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(VolunteerTask)) == 1


def test_sparring_log_counts_open_agreements_and_sorts_names(vault):
    anne, bo = _host(vault, "anne"), _host(vault, "Bo")
    first = sparring.add_sparring(
        vault,
        held_at=datetime(2026, 5, 1, 10),
        participant_ids=[bo.id, anne.id],
        topics=["grænser", "pauser"],
        agreements=["Holder pause", "Ringer til mig"],
        wellbeing_word="træt",
        follow_up_on=date(2026, 5, 20),
    )
    second = sparring.add_sparring(
        vault, held_at=datetime(2026, 5, 8, 10), participant_ids=[anne.id]
    )
    sparring.mark_agreement_kept(vault, first.agreements[0].id, on=date(2026, 5, 5))

    log = views.sparring_log(vault)
    assert [row.id for row in log] == [second.id, first.id]
    group = log[1]
    assert group.kind is SparringKind.GROUP
    assert group.participant_names == ("anne", "Bo")
    assert group.topics == ("grænser", "pauser")
    assert (group.agreements_total, group.agreements_open) == (2, 1)
    assert (group.wellbeing_word, group.follow_up_on) == ("træt", date(2026, 5, 20))
    assert (log[0].agreements_total, log[0].kind) == (0, SparringKind.ONE_TO_ONE)


def test_single_records_by_id(vault):
    anne = _host(vault)
    made = sparring.add_sparring(
        vault, held_at=datetime(2026, 5, 1, 10), participant_ids=[anne.id], agreements=["x"]
    )
    got = views.get_sparring(vault, made.id)
    assert [p.name for p in got.participants] == ["Anne Ø."]
    assert [a.text for a in got.agreements] == ["x"]
    assert views.sparring_of_agreement(vault, got.agreements[0].id) == made.id
    module = training.ensure_default_modules(vault)[0]
    session = training.add_training_session(
        vault, held_on=DAY, module_id=module.id, attendee_ids=[anne.id]
    )
    loaded = views.get_training_session(vault, session.id)
    assert (loaded.module.name, [a.name for a in loaded.attendees]) == (module.name, ["Anne Ø."])
    for call, kind in (
        (lambda: views.get_sparring(vault, 999), "sparring_session"),
        (lambda: views.sparring_of_agreement(vault, 999), "agreement"),
        (lambda: views.get_training_session(vault, 999), "training_session"),
        (lambda: views.get_task(vault, "1"), "volunteer_task"),
    ):
        with pytest.raises(NotFound) as err:
            call()
        assert err.value.kind == kind
