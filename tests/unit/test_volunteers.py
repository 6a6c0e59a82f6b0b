"""Hosts, training, availability, hours, sparring and erasure
(services.volunteers, services.training, services.sparring)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from peerdesk.services import cafe, shifts, sparring, training, volunteers
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import (
    Draft,
    SparringAgreement,
    SparringKind,
    SparringSession,
    TrainingStatus,
    Volunteer,
    VolunteerStatus,
    VolunteerTask,
)

TODAY = date(2026, 5, 15)


def _count(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# ------------------------------------------------------------------- hosts


def test_add_volunteer_round_trips_unicode(vault):
    made = volunteers.add_volunteer(
        vault,
        name=" Ærlige Øjvind Åberg 🌻 ",
        phone="+45 12 34 56 78",
        email="øjvind@eksempel.dk",
        started_on="01.03.2026",
        note="Kan lide kaffe ☕\nog kage",
    )
    got = volunteers.get_volunteer(vault, made.id)
    assert got.name == "Ærlige Øjvind Åberg 🌻"
    assert (got.phone, got.email) == ("+45 12 34 56 78", "øjvind@eksempel.dk")
    assert got.started_on == date(2026, 3, 1)
    assert got.status is VolunteerStatus.ACTIVE
    assert got.note == "Kan lide kaffe ☕\nog kage"
    assert got.availability == [] and got.trainings == []


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"name": "  "}, "name", ValidationError.REQUIRED),
        ({"email": "ikke en mail"}, "email", ValidationError.BAD_CHOICE),
        ({"email": "a@b"}, "email", ValidationError.BAD_CHOICE),
        ({"phone": "ring til mor"}, "phone", ValidationError.BAD_CHOICE),
        ({"status": "retired"}, "status", ValidationError.BAD_CHOICE),
        ({"started_on": "snart"}, "started_on", ValidationError.BAD_DATE),
    ],
)
def test_add_volunteer_refuses_bad_input(vault, kwargs, field, code):
    with pytest.raises(ValidationError) as err:
        volunteers.add_volunteer(vault, **({"name": "Anne"} | kwargs))
    assert (err.value.field, err.value.code) == (field, code)
    assert _count(vault, Volunteer) == 0


def test_update_volunteer(vault):
    made = volunteers.add_volunteer(vault, name="Anne")
    updated = volunteers.update_volunteer(vault, made.id, status="paused", email="anne@x.dk")
    assert (updated.status, updated.email, updated.name) == (
        VolunteerStatus.PAUSED,
        "anne@x.dk",
        "Anne",
    )
    with pytest.raises(ValidationError):
        volunteers.update_volunteer(vault, made.id, email="nope")
    assert volunteers.get_volunteer(vault, made.id).email == "anne@x.dk"
    with pytest.raises(NotFound):
        volunteers.update_volunteer(vault, 404, name="X")
    with pytest.raises(NotFound):
        volunteers.get_volunteer(vault, 404)
    with pytest.raises(TypeError):
        volunteers.update_volunteer(vault, made.id, cpr="0101011234")


# ---------------------------------------------------------------- training


def test_default_modules_are_created_once(vault):
    modules = training.ensure_default_modules(vault)
    assert [m.name for m in modules] == [
        "Introduktion til caféen",
        "Værtsrollen",
        "Grænser og egenomsorg",
        "Konflikthåndtering",
        "Førstehjælp",
    ]
    assert [m.valid_months for m in modules] == [None, None, None, None, 24]
    again = training.ensure_default_modules(vault)
    assert [m.id for m in again] == [m.id for m in modules]


def test_modules_add_update_and_errors(vault):
    training.ensure_default_modules(vault)
    extra = training.add_module(vault, name="Samtaler 💬", valid_months=12)
    assert training.list_modules(vault)[-1].id == extra.id
    with pytest.raises(ValidationError) as err:
        training.add_module(vault, name="værtsrollen")
    assert err.value.code == ValidationError.DUPLICATE
    with pytest.raises(ValidationError) as err:
        training.add_module(vault, name="Ny", valid_months=0)
    assert (err.value.field, err.value.code) == ("valid_months", ValidationError.OUT_OF_RANGE)
    updated = training.update_module(vault, extra.id, valid_months=None, active=False)
    assert updated.valid_months is None
    assert extra.id not in [m.id for m in training.list_modules(vault)]
    with pytest.raises(ValidationError):
        training.update_module(vault, extra.id, name="Førstehjælp")
    with pytest.raises(NotFound):
        training.update_module(vault, 404, name="X")
    assert len(training.list_modules(vault, include_inactive=True)) == 6


@pytest.mark.parametrize(
    ("on", "months", "expires"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 24, date(2026, 2, 28)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
    ],
)
def test_trained_expires_after_calendar_months(vault, on, months, expires):
    module = training.add_module(vault, name="Førstehjælp", valid_months=months)
    host = volunteers.add_volunteer(vault, name="Anne")
    row = training.set_training_status(
        vault, volunteer_id=host.id, module_id=module.id, status="trained", on=on
    )
    assert (row.status, row.status_on, row.expires_on) == (TrainingStatus.TRAINED, on, expires)
    assert row.module.name == "Førstehjælp"
    assert training.is_trained_for(vault, volunteer_id=host.id, module_id=module.id, on=expires)
    after = expires + timedelta(days=1)
    assert not training.is_trained_for(vault, volunteer_id=host.id, module_id=module.id, on=after)


def test_host_is_trained_module_by_module_until_solo_ready(vault):
    modules = training.ensure_default_modules(vault)
    solo = modules[1]  # Værtsrollen
    place = cafe.add_cafe(vault, name="Café Håb", solo_module_id=solo.id)
    host = volunteers.add_volunteer(vault, name="Anne")

    def ready(on: date) -> bool:
        return training.is_trained_for(
            vault, volunteer_id=host.id, module_id=place.solo_module_id, on=on
        )

    assert not ready(TODAY)
    training.set_training_status(
        vault, volunteer_id=host.id, module_id=solo.id, status="in_training", on=TODAY
    )
    assert not ready(TODAY)
    for step, module in enumerate(modules):
        training.set_training_status(
            vault, volunteer_id=host.id, module_id=module.id, status="trained", on=TODAY
        )
        assert ready(TODAY) is (step >= 1)
    assert not ready(TODAY - timedelta(days=1))  # not before the day they were trained
    rows = training.host_trainings(vault, volunteer_id=host.id)
    assert [r.module.name for r in rows] == [m.name for m in modules]
    assert rows[-1].expires_on == date(2028, 5, 15)
    (roster,) = volunteers.list_roster(vault, today=TODAY)
    assert (roster.trained_modules, roster.modules_total) == (5, 5)


def test_training_status_errors(vault):
    module = training.add_module(vault, name="Værtsrollen")
    host = volunteers.add_volunteer(vault, name="Anne")
    with pytest.raises(ValidationError) as err:
        training.set_training_status(
            vault, volunteer_id=host.id, module_id=module.id, status="done", on=TODAY
        )
    assert (err.value.field, err.value.code) == ("status", ValidationError.BAD_CHOICE)
    with pytest.raises(NotFound):
        training.set_training_status(
            vault, volunteer_id=404, module_id=module.id, status="trained", on=TODAY
        )
    with pytest.raises(NotFound):
        training.is_trained_for(vault, volunteer_id=host.id, module_id=404, on=TODAY)
    assert training.host_trainings(vault, volunteer_id=host.id) == []


def test_expiring_module_appears_in_the_60_day_list(vault):
    first_aid = training.add_module(vault, name="Førstehjælp", valid_months=24)
    soon = volunteers.add_volunteer(vault, name="Snart")
    lapsed = volunteers.add_volunteer(vault, name="Udløbet")
    fine = volunteers.add_volunteer(vault, name="Fint")
    stopped = volunteers.add_volunteer(vault, name="Stoppet", status="stopped")
    for host, trained_on in (
        (soon, date(2024, 6, 20)),
        (lapsed, date(2024, 5, 1)),
        (fine, date(2025, 1, 1)),
        (stopped, date(2024, 6, 1)),
    ):
        training.set_training_status(
            vault, volunteer_id=host.id, module_id=first_aid.id, status="trained", on=trained_on
        )
    rows = training.expiring_training(vault, today=TODAY)
    assert rows == [
        training.ExpiringTraining(
            lapsed.id, "Udløbet", first_aid.id, "Førstehjælp", date(2026, 5, 1), True
        ),
        training.ExpiringTraining(
            soon.id, "Snart", first_aid.id, "Førstehjælp", date(2026, 6, 20), False
        ),
    ]
    assert training.expiring_training(vault, today=TODAY, days=0)[0].volunteer_id == lapsed.id
    with pytest.raises(ValidationError):
        training.expiring_training(vault, today=TODAY, days=-1)


def test_training_session_with_attendees(vault):
    module = training.add_module(vault, name="Konflikthåndtering")
    a = volunteers.add_volunteer(vault, name="Anne")
    b = volunteers.add_volunteer(vault, name="Bo")
    held = training.add_training_session(
        vault,
        held_on=TODAY,
        module_id=module.id,
        topic="Nedtrapning",
        duration_minutes=120,
        attendee_ids=[a.id, b.id, a.id],
    )
    assert held.module.name == "Konflikthåndtering"
    (got,) = training.training_sessions(vault, volunteer_id=b.id)
    assert got.id == held.id and sorted(h.name for h in got.attendees) == ["Anne", "Bo"]
    with pytest.raises(NotFound):
        training.add_training_session(vault, held_on=TODAY, attendee_ids=[404])
    with pytest.raises(ValidationError) as err:
        training.add_training_session(vault, held_on=TODAY, duration_minutes=-5)
    assert err.value.code == ValidationError.NEGATIVE
    assert len(training.training_sessions(vault)) == 1


# ------------------------------------------------------- availability, hours


def test_set_availability_replaces_the_hosts_rows(vault):
    host = volunteers.add_volunteer(vault, name="Anne")
    volunteers.set_availability(vault, volunteer_id=host.id, slots=[(0, "10:00", "14:00")])
    rows = volunteers.set_availability(
        vault, volunteer_id=host.id, slots=[(3, None, None), (1, "09.30", "12:00")]
    )
    assert [(r.weekday, str(r.from_time), str(r.to_time)) for r in rows] == [
        (1, "09:30:00", "12:00:00"),
        (3, "None", "None"),
    ]
    assert len(volunteers.get_volunteer(vault, host.id).availability) == 2
    for slots, code in (
        ([(7, None, None)], ValidationError.OUT_OF_RANGE),
        ([(1, "14:00", "10:00")], ValidationError.END_BEFORE_START),
        ([(1, "snart", None)], ValidationError.BAD_DATE),
    ):
        with pytest.raises(ValidationError) as err:
            volunteers.set_availability(vault, volunteer_id=host.id, slots=slots)
        assert (err.value.field, err.value.code) == ("slots", code)
    assert len(volunteers.get_volunteer(vault, host.id).availability) == 2
    with pytest.raises(NotFound):
        volunteers.set_availability(vault, volunteer_id=404, slots=[])


def test_host_hours_sums_shifts_and_tasks(vault):
    place = cafe.add_cafe(vault, name="Café Håb")
    anne = volunteers.add_volunteer(vault, name="Anne")
    bo = volunteers.add_volunteer(vault, name="Bo")
    idle = volunteers.add_volunteer(vault, name="Cille")
    gone = volunteers.add_volunteer(vault, name="Dorte", status="stopped")

    def shift(day: int, hours: float, month: int = 5):
        start = datetime(2026, month, day, 10)
        return shifts.add_shift(
            vault,
            cafe_id=place.id,
            starts_at=start,
            ends_at=start + timedelta(hours=hours),
            hosts_needed=2,
        )

    for s in (shift(4, 4), shift(11, 2.5)):
        shifts.assign_host(vault, shift_id=s.id, volunteer_id=anne.id)
    cancelled = shifts.assign_host(vault, shift_id=shift(18, 3).id, volunteer_id=bo.id)
    shifts.cancel_assignment(vault, cancelled.id, by="Bo", reason="syg")
    shifts.assign_host(vault, shift_id=shift(1, 4, month=6).id, volunteer_id=bo.id)
    volunteers.add_task(vault, volunteer_id=anne.id, on_date=date(2026, 5, 20), minutes=45)
    volunteers.add_task(vault, volunteer_id=bo.id, on_date=date(2026, 5, 31), minutes=30)
    volunteers.add_task(vault, volunteer_id=bo.id, on_date=date(2026, 4, 30), minutes=999)

    rows = volunteers.host_hours(vault, year=2026, month=5)
    assert rows == [
        volunteers.HostHours(anne.id, "Anne", 390, 45, 435),
        volunteers.HostHours(bo.id, "Bo", 0, 30, 30),
        volunteers.HostHours(idle.id, "Cille", 0, 0, 0),
    ]
    assert gone.id not in [r.volunteer_id for r in rows]
    (roster_anne,) = [r for r in volunteers.list_roster(vault, today=TODAY) if r.id == anne.id]
    assert roster_anne.minutes_this_month == 435
    with pytest.raises(ValidationError) as err:
        volunteers.host_hours(vault, year=2026, month=13)
    assert (err.value.field, err.value.code) == ("month", ValidationError.OUT_OF_RANGE)


def test_add_task_errors(vault):
    host = volunteers.add_volunteer(vault, name="Anne")
    for minutes, code in ((0, "out_of_range"), (-5, "negative"), (24 * 60 + 1, "out_of_range")):
        with pytest.raises(ValidationError) as err:
            volunteers.add_task(vault, volunteer_id=host.id, on_date=TODAY, minutes=minutes)
        assert (err.value.field, err.value.code) == ("minutes", code)
    with pytest.raises(NotFound):
        volunteers.add_task(vault, volunteer_id=404, on_date=TODAY, minutes=10)
    assert _count(vault, VolunteerTask) == 0


def test_roster_rows(vault):
    training.ensure_default_modules(vault)
    place = cafe.add_cafe(vault, name="Café Håb")
    anne = volunteers.add_volunteer(vault, name="Anne", started_on=date(2025, 1, 1))
    volunteers.add_volunteer(vault, name="Bo", status="paused")
    past = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=datetime(2026, 5, 1, 10),
        ends_at=datetime(2026, 5, 1, 12),
        hosts_needed=1,
    )
    nxt = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=datetime(2026, 5, 19, 10),
        ends_at=datetime(2026, 5, 19, 12),
        hosts_needed=1,
    )
    for s in (past, nxt):
        shifts.assign_host(vault, shift_id=s.id, volunteer_id=anne.id)
    sparring.add_sparring(vault, held_at=datetime(2026, 4, 2, 13), participant_ids=[anne.id])
    sparring.add_sparring(vault, held_at=datetime(2026, 5, 2, 13), participant_ids=[anne.id])
    rows = volunteers.list_roster(vault, today=TODAY)
    assert [r.name for r in rows] == ["Anne", "Bo"]
    assert rows[0] == volunteers.RosterRow(
        id=anne.id,
        name="Anne",
        status=VolunteerStatus.ACTIVE,
        started_on=date(2025, 1, 1),
        trained_modules=0,
        modules_total=5,
        next_shift_at=datetime(2026, 5, 19, 10),
        last_sparring_at=datetime(2026, 5, 2, 13),
        minutes_this_month=240,
    )
    assert rows[1].next_shift_at is None and rows[1].minutes_this_month == 0
    assert [r.name for r in volunteers.list_roster(vault, status="paused", today=TODAY)] == ["Bo"]


# ---------------------------------------------------------------- sparring


def test_sparring_kind_timeline_and_errors(vault):
    a = volunteers.add_volunteer(vault, name="Anne")
    b = volunteers.add_volunteer(vault, name="Bo")
    one = sparring.add_sparring(
        vault,
        held_at=datetime(2026, 5, 1, 13),
        participant_ids=[a.id],
        duration_minutes=45,
        topics=["Grænser", "grænser"],
        wellbeing_word="rolig 🙂",
    )
    group = sparring.add_sparring(
        vault, held_at=datetime(2026, 5, 8, 13), participant_ids=[a.id, b.id, a.id]
    )
    assert one.kind is SparringKind.ONE_TO_ONE and one.topics == ["Grænser"]
    assert group.kind is SparringKind.GROUP and len(group.participants) == 2
    assert [s.id for s in sparring.sparring_timeline(vault, volunteer_id=a.id)] == [
        group.id,
        one.id,
    ]
    assert [s.id for s in sparring.sparring_timeline(vault, volunteer_id=b.id)] == [group.id]
    for kwargs, field, code in (
        ({"participant_ids": []}, "participant_ids", ValidationError.REQUIRED),
        ({"follow_up_on": date(2026, 4, 1)}, "follow_up_on", ValidationError.END_BEFORE_START),
        ({"wellbeing_word": "x" * 61}, "wellbeing_word", ValidationError.TOO_LONG),
    ):
        with pytest.raises(ValidationError) as err:
            sparring.add_sparring(
                vault, **({"held_at": datetime(2026, 5, 9), "participant_ids": [a.id]} | kwargs)
            )
        assert (err.value.field, err.value.code) == (field, code)
    with pytest.raises(NotFound):
        sparring.add_sparring(vault, held_at=datetime(2026, 5, 9), participant_ids=[a.id, 404])
    assert _count(vault, SparringSession) == 2
    with pytest.raises(NotFound):
        sparring.sparring_timeline(vault, volunteer_id=404)


def test_agreement_is_open_until_kept(vault):
    a = volunteers.add_volunteer(vault, name="Anne")
    b = volunteers.add_volunteer(vault, name="Bo")
    held = sparring.add_sparring(
        vault,
        held_at=datetime(2026, 5, 1, 13),
        participant_ids=[a.id],
        agreements=["Holde pause hver time", "  ", "Sige fra ved overarbejde"],
    )
    sparring.add_sparring(
        vault, held_at=datetime(2026, 5, 2, 13), participant_ids=[b.id], agreements=["Bo's aftale"]
    )
    open_a = sparring.open_agreements(vault, volunteer_id=a.id)
    assert [x.text for x in open_a] == ["Holde pause hver time", "Sige fra ved overarbejde"]
    assert open_a[0].sparring.participants[0].name == "Anne"
    assert len(sparring.open_agreements(vault)) == 3
    kept = sparring.mark_agreement_kept(vault, held.agreements[0].id, on=date(2026, 5, 10))
    assert kept.kept_on == date(2026, 5, 10)
    assert [x.text for x in sparring.open_agreements(vault, volunteer_id=a.id)] == [
        "Sige fra ved overarbejde"
    ]
    with pytest.raises(ValidationError) as err:
        sparring.mark_agreement_kept(vault, held.agreements[1].id, on=date(2026, 4, 1))
    assert err.value.code == ValidationError.END_BEFORE_START
    with pytest.raises(NotFound):
        sparring.mark_agreement_kept(vault, 404, on=TODAY)
    assert len(sparring.open_agreements(vault)) == 2


def test_sparring_follow_ups_due_until_followed_up(vault):
    a = volunteers.add_volunteer(vault, name="Anne")
    due = sparring.add_sparring(
        vault, held_at=datetime(2026, 5, 1), participant_ids=[a.id], follow_up_on=date(2026, 5, 10)
    )
    sparring.add_sparring(
        vault, held_at=datetime(2026, 5, 2), participant_ids=[a.id], follow_up_on=date(2026, 6, 1)
    )
    sparring.add_sparring(vault, held_at=datetime(2026, 5, 3), participant_ids=[a.id])
    assert [s.id for s in sparring.sparring_follow_ups_due(vault, on=TODAY)] == [due.id]
    done = sparring.mark_sparring_followed_up(vault, due.id, on=TODAY)
    assert done.followed_up_on == TODAY and done.participants[0].name == "Anne"
    assert sparring.sparring_follow_ups_due(vault, on=TODAY) == []
    with pytest.raises(ValidationError):
        sparring.mark_sparring_followed_up(vault, due.id, on=date(2026, 4, 1))
    with pytest.raises(NotFound):
        sparring.mark_sparring_followed_up(vault, 404, on=TODAY)


# ----------------------------------------------------------------- erasure


def _matches(vault, word: str) -> int:
    with vault.session() as s:
        return s.scalar(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH :w"), {"w": word}
        )


def test_erase_volunteer_removes_their_text_everywhere(vault):
    canary = "zebrakanariefugl"
    place = cafe.add_cafe(vault, name="Café Håb")
    module = training.add_module(vault, name="Værtsrollen")
    host = volunteers.add_volunteer(vault, name=f"Erik {canary}", note=f"note {canary}")
    keep = volunteers.add_volunteer(vault, name="Bo")
    training.set_training_status(
        vault, volunteer_id=host.id, module_id=module.id, status="trained", on=TODAY
    )
    volunteers.set_availability(vault, volunteer_id=host.id, slots=[(1, None, None)])
    volunteers.add_task(
        vault, volunteer_id=host.id, on_date=TODAY, minutes=30, description=f"plakater {canary}"
    )
    shift = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=datetime(2026, 5, 19, 10),
        ends_at=datetime(2026, 5, 19, 14),
        hosts_needed=2,
    )
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=host.id)
    logged = cafe.log_session(
        vault, cafe_id=place.id, starts_at=datetime(2026, 5, 5, 10), host_ids=[host.id, keep.id]
    )
    solo = sparring.add_sparring(
        vault,
        held_at=datetime(2026, 5, 1, 13),
        participant_ids=[host.id],
        challenges=f"træt {canary}",
        agreements=[f"pause {canary}"],
    )
    group = sparring.add_sparring(
        vault, held_at=datetime(2026, 5, 2, 13), participant_ids=[host.id, keep.id]
    )
    with vault.session() as s:
        for key in (
            f"volunteer:{host.id}",
            f"volunteer:{host.id}:sparring",
            f"volunteer:{host.id}5",
        ):
            s.add(Draft(area="volunteer", key=key, payload=f'{{"note": "{canary}"}}'))
    assert _matches(vault, canary) == 4  # host, task, sparring, agreement

    volunteers.erase_volunteer(vault, host.id)

    assert _matches(vault, canary) == 0
    assert [v.name for v in volunteers.list_roster(vault, today=TODAY)] == ["Bo"]
    with vault.session() as s:
        assert s.get(SparringSession, solo.id) is None
        assert s.scalar(select(func.count()).select_from(SparringAgreement)) == 0
        assert [p.name for p in s.get(SparringSession, group.id).participants] == ["Bo"]
        assert list(s.scalars(select(Draft.key))) == [f"volunteer:{host.id}5"]
        for table in ("volunteer_training", "availability", "volunteer_task", "shift_assignment"):
            assert s.scalar(text(f"SELECT count(*) FROM {table}")) == 0
    (kept_session,) = cafe.session_history(vault, cafe_id=place.id)
    assert kept_session.id == logged.id and [h.name for h in kept_session.hosts] == ["Bo"]
    assert shifts.coverage(vault, start=TODAY, end=TODAY + timedelta(days=7))[0].assigned == 0
    with pytest.raises(NotFound):
        volunteers.erase_volunteer(vault, host.id)
