"""Cafés, session logs and incidents (services.cafe) on a real vault."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from peerdesk.services import cafe, training, volunteers
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import CafeSession, Incident

MONDAY = datetime(2026, 5, 4, 10, 0)


def _count(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def place(vault):
    return cafe.add_cafe(vault, name="Café Håb ☕", usual_days="tirsdag", hosts_needed=2)


# ------------------------------------------------------------------- cafés


def test_add_cafe_round_trips_unicode_and_solo_module(vault):
    module = training.add_module(vault, name="Værtsrollen")
    made = cafe.add_cafe(
        vault,
        name="  Æblehaven 🍎 ",
        address_note="Bag kirken,\nanden sal",
        usual_days="tirsdag, torsdag",
        usual_hours="10–14",
        hosts_needed=3,
        solo_module_id=module.id,
    )
    (listed,) = cafe.list_cafes(vault)
    assert listed.id == made.id
    assert listed.name == "Æblehaven 🍎"
    assert listed.address_note == "Bag kirken,\nanden sal"
    assert listed.hosts_needed == 3
    assert listed.solo_module.name == "Værtsrollen"


def test_duplicate_cafe_name_is_refused_case_insensitively(vault, place):
    with pytest.raises(ValidationError) as err:
        cafe.add_cafe(vault, name="café håb ☕")
    assert (err.value.field, err.value.code) == ("name", ValidationError.DUPLICATE)
    assert len(cafe.list_cafes(vault)) == 1


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"name": ""}, "name", ValidationError.REQUIRED),
        ({"name": "A", "hosts_needed": -1}, "hosts_needed", ValidationError.NEGATIVE),
        ({"name": "A", "usual_days": "a\x00b"}, "usual_days", ValidationError.CONTROL_CHARS),
    ],
)
def test_add_cafe_refuses_bad_input(vault, kwargs, field, code):
    with pytest.raises(ValidationError) as err:
        cafe.add_cafe(vault, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    assert cafe.list_cafes(vault, include_inactive=True) == []


def test_add_cafe_with_unknown_solo_module_is_not_found(vault):
    with pytest.raises(NotFound):
        cafe.add_cafe(vault, name="A", solo_module_id=999)
    assert cafe.list_cafes(vault) == []


def test_update_cafe_changes_fields_and_keeps_names_unique(vault, place):
    other = cafe.add_cafe(vault, name="Torvet")
    updated = cafe.update_cafe(vault, place.id, usual_hours="9–12", active=False)
    assert updated.usual_hours == "9–12"
    assert [c.name for c in cafe.list_cafes(vault)] == ["Torvet"]
    assert len(cafe.list_cafes(vault, include_inactive=True)) == 2
    with pytest.raises(ValidationError) as err:
        cafe.update_cafe(vault, other.id, name="CAFÉ HÅB ☕")
    assert err.value.code == ValidationError.DUPLICATE
    assert cafe.update_cafe(vault, other.id, name="Torvet").name == "Torvet"  # own name is fine
    with pytest.raises(NotFound):
        cafe.update_cafe(vault, 999, name="X")
    with pytest.raises(TypeError):
        cafe.update_cafe(vault, other.id, colour="red")


# ------------------------------------------------------------ session logs


def test_log_session_round_trip(vault, place):
    host = volunteers.add_volunteer(vault, name="Søren 🙂")
    logged = cafe.log_session(
        vault,
        cafe_id=place.id,
        starts_at=MONDAY,
        ends_at=MONDAY.replace(hour=14),
        head_count=12,
        newcomers=3,
        returning_guests=9,
        host_ids=[host.id, host.id],
        themes=["Ensomhed", "ensomhed", "Håb"],
        activities=["Kaffe"],
        went_well="God stemning",
        do_differently="Mere kage",
        note="Stille dag",
    )
    (got,) = cafe.session_history(vault, cafe_id=place.id)
    assert got.id == logged.id
    assert got.ends_at == MONDAY.replace(hour=14)
    assert (got.head_count, got.newcomers, got.returning_guests) == (12, 3, 9)
    assert [h.name for h in got.hosts] == ["Søren 🙂"]
    assert got.themes == ["Ensomhed", "Håb"]
    assert got.cafe.name == "Café Håb ☕"
    assert got.incidents == []
    # The returned log is usable after its transaction: hosts, café, incidents.
    assert (logged.hosts[0].id, logged.cafe.id, logged.incidents) == (host.id, place.id, [])
    one = cafe.log_session(vault, cafe_id=place.id, starts_at=MONDAY, themes="Fællesskab")
    assert one.themes == ["Fællesskab"]


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"head_count": 5, "newcomers": 3, "returning_guests": 3}, "head_count", "out_of_range"),
        ({"head_count": -1}, "head_count", "negative"),
        ({"newcomers": -2}, "newcomers", "negative"),
        ({"ends_at": MONDAY.replace(hour=9)}, "ends_at", "end_before_start"),
        ({"starts_at": None}, "starts_at", "required"),
        ({"themes": ["a\nb"]}, "themes", "control_chars"),
    ],
)
def test_log_session_refuses_bad_input_and_writes_nothing(vault, place, kwargs, field, code):
    values = {"cafe_id": place.id, "starts_at": MONDAY} | kwargs
    with pytest.raises(ValidationError) as err:
        cafe.log_session(vault, **values)
    assert (err.value.field, err.value.code) == (field, code)
    assert _count(vault, CafeSession) == 0


def test_log_session_with_unknown_host_or_cafe_is_not_found(vault, place):
    with pytest.raises(NotFound) as err:
        cafe.log_session(vault, cafe_id=place.id, starts_at=MONDAY, host_ids=[404])
    assert err.value.kind == "volunteer"
    with pytest.raises(NotFound):
        cafe.log_session(vault, cafe_id=404, starts_at=MONDAY)
    assert _count(vault, CafeSession) == 0


def test_update_session_rechecks_the_whole_log(vault, place):
    a = volunteers.add_volunteer(vault, name="Anne")
    b = volunteers.add_volunteer(vault, name="Bo")
    logged = cafe.log_session(
        vault, cafe_id=place.id, starts_at=MONDAY, head_count=10, newcomers=4, host_ids=[a.id]
    )
    with pytest.raises(ValidationError) as err:
        cafe.update_session(vault, logged.id, head_count=3)
    assert err.value.code == ValidationError.OUT_OF_RANGE
    updated = cafe.update_session(vault, logged.id, head_count=11, host_ids=[b.id], note="ny")
    assert (updated.head_count, updated.newcomers, updated.note) == (11, 4, "ny")
    assert [h.name for h in updated.hosts] == ["Bo"]
    (got,) = cafe.session_history(vault, cafe_id=place.id)
    assert got.head_count == 11
    with pytest.raises(NotFound):
        cafe.update_session(vault, 404, note="x")
    with pytest.raises(TypeError):
        cafe.update_session(vault, logged.id, guest_name="nobody")


def test_session_history_is_newest_first_and_filters_by_date(vault, place):
    other = cafe.add_cafe(vault, name="Torvet")
    for day in (4, 11, 18):
        cafe.log_session(vault, cafe_id=place.id, starts_at=MONDAY.replace(day=day))
    cafe.log_session(vault, cafe_id=other.id, starts_at=MONDAY)
    history = cafe.session_history(vault, cafe_id=place.id)
    assert [h.starts_at.day for h in history] == [18, 11, 4]
    window = cafe.session_history(
        vault, cafe_id=place.id, since=date(2026, 5, 11), until=date(2026, 5, 11)
    )
    assert [h.starts_at.day for h in window] == [11]
    with pytest.raises(ValidationError) as err:
        cafe.session_history(vault, cafe_id=place.id, since=date(2026, 6, 1), until="1.5.2026")
    assert err.value.code == ValidationError.END_BEFORE_START
    with pytest.raises(NotFound):
        cafe.session_history(vault, cafe_id=404)


def test_attendance_series_groups_by_week_and_month_and_fills_quiet_periods(vault, place):
    # Monday 4 May and Sunday 10 May share a week; 18 May is two weeks later.
    cafe.log_session(vault, cafe_id=place.id, starts_at=MONDAY, head_count=10, newcomers=2)
    cafe.log_session(
        vault, cafe_id=place.id, starts_at=datetime(2026, 5, 10, 18), head_count=5, newcomers=1
    )
    cafe.log_session(
        vault,
        cafe_id=place.id,
        starts_at=datetime(2026, 5, 18, 10),
        head_count=7,
        returning_guests=7,
    )
    cafe.log_session(vault, cafe_id=place.id, starts_at=datetime(2026, 6, 30, 10), head_count=4)
    weeks = cafe.attendance_series(
        vault, cafe_id=place.id, bucket="week", since=date(2026, 5, 6), until=date(2026, 5, 24)
    )
    assert weeks == [
        # The week of 6 May starts on Monday 4 May; only sessions from 6 May count.
        cafe.AttendancePoint(date(2026, 5, 4), 1, 5, 1, 0),
        cafe.AttendancePoint(date(2026, 5, 11), 0, 0, 0, 0),
        cafe.AttendancePoint(date(2026, 5, 18), 1, 7, 0, 7),
    ]
    months = cafe.attendance_series(
        vault, cafe_id=place.id, bucket="month", since=date(2026, 4, 1), until=date(2026, 6, 30)
    )
    assert months == [
        cafe.AttendancePoint(date(2026, 4, 1), 0, 0, 0, 0),
        cafe.AttendancePoint(date(2026, 5, 1), 3, 22, 3, 7),
        cafe.AttendancePoint(date(2026, 6, 1), 1, 4, 0, 0),
    ]


def test_attendance_series_refuses_bad_input(vault, place):
    with pytest.raises(ValidationError) as err:
        cafe.attendance_series(
            vault, cafe_id=place.id, bucket="day", since=date(2026, 1, 1), until=date(2026, 2, 1)
        )
    assert (err.value.field, err.value.code) == ("bucket", ValidationError.BAD_CHOICE)
    with pytest.raises(ValidationError) as err:
        cafe.attendance_series(
            vault, cafe_id=place.id, bucket="week", since=date(2026, 2, 1), until=date(2026, 1, 1)
        )
    assert err.value.code == ValidationError.END_BEFORE_START
    with pytest.raises(NotFound):
        cafe.attendance_series(
            vault, cafe_id=404, bucket="week", since=date(2026, 1, 1), until=date(2026, 2, 1)
        )


# --------------------------------------------------------------- incidents


def test_incident_is_open_until_resolved(vault, place):
    logged = cafe.log_session(vault, cafe_id=place.id, starts_at=MONDAY)
    later = cafe.add_incident(
        vault, session_id=logged.id, description="Uro ved døren", follow_up_on="20.05.2026"
    )
    sooner = cafe.add_incident(
        vault, session_id=logged.id, description="Gæst faldt", follow_up_on=date(2026, 5, 5)
    )
    none = cafe.add_incident(vault, session_id=logged.id, description="Kaffen slap op")
    assert [i.id for i in cafe.open_incidents(vault)] == [sooner.id, later.id, none.id]
    assert cafe.open_incidents(vault, cafe_id=place.id)[0].session.cafe.name == "Café Håb ☕"

    resolved = cafe.resolve_incident(vault, sooner.id, on=date(2026, 5, 6), resolution="Talt om")
    assert (resolved.resolved_on, resolved.resolution) == (date(2026, 5, 6), "Talt om")
    assert [i.id for i in cafe.open_incidents(vault)] == [later.id, none.id]
    with pytest.raises(ValidationError) as err:
        cafe.resolve_incident(vault, sooner.id, on=date(2026, 5, 7), resolution="overwrite")
    assert err.value.code == ValidationError.NOT_ALLOWED
    assert err.value.facts == {"reason": "already_resolved"}
    with vault.session() as s:
        assert s.get(Incident, sooner.id).resolution == "Talt om"


def test_incident_errors(vault, place):
    logged = cafe.log_session(vault, cafe_id=place.id, starts_at=MONDAY)
    with pytest.raises(ValidationError) as err:
        cafe.add_incident(vault, session_id=logged.id, description="  ")
    assert (err.value.field, err.value.code) == ("description", ValidationError.REQUIRED)
    with pytest.raises(ValidationError) as err:
        cafe.add_incident(
            vault, session_id=logged.id, description="x", follow_up_on=date(2026, 5, 1)
        )
    assert (err.value.field, err.value.code) == ("follow_up_on", ValidationError.END_BEFORE_START)
    with pytest.raises(NotFound):
        cafe.add_incident(vault, session_id=404, description="x")
    assert _count(vault, Incident) == 0

    incident = cafe.add_incident(vault, session_id=logged.id, description="x")
    with pytest.raises(ValidationError) as err:
        cafe.resolve_incident(vault, incident.id, on=date(2026, 5, 1))
    assert err.value.code == ValidationError.END_BEFORE_START
    with pytest.raises(ValidationError) as err:
        cafe.resolve_incident(vault, incident.id, on="i morgen")
    assert err.value.code == ValidationError.BAD_DATE
    with pytest.raises(NotFound):
        cafe.resolve_incident(vault, 404, on=date(2026, 5, 6))
    assert [i.id for i in cafe.open_incidents(vault)] == [incident.id]
    with pytest.raises(NotFound):
        cafe.open_incidents(vault, cafe_id=404)
