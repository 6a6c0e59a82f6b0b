"""The café tab's own service functions (services.cafe_views)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from peerdesk.services import cafe, cafe_views, drafts, shifts, volunteers
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import CafeSession, Incident

TUESDAY = datetime(2026, 5, 5, 10, 0)


@pytest.fixture
def place(vault):
    return cafe.add_cafe(vault, name="Café Håb", hosts_needed=1)


def _counts(vault) -> tuple[int, int]:
    with vault.session() as s:
        return (
            s.scalar(select(func.count(CafeSession.id))),
            s.scalar(select(func.count(Incident.id))),
        )


def test_save_day_logs_a_session_with_its_incident_and_drops_the_draft(vault, place):
    host = volunteers.add_volunteer(vault, name="Åse")
    drafts.save_draft(vault, area="cafe", key="day:new:1", payload={"head_count": 9})
    saved = cafe_views.save_day(
        vault,
        cafe_id=place.id,
        starts_at=TUESDAY,
        ends_at=TUESDAY + timedelta(hours=3),
        head_count=9,
        newcomers=2,
        returning_guests=7,
        host_ids=[host.id],
        themes=["håb"],
        activities=["kaffe"],
        went_well="Ro ved bordene 🙂",
        incident="En gæst blev ked af det.",
        incident_action="Talte med gæsten.",
        incident_follow_up_on=date(2026, 5, 12),
        draft_key="day:new:1",
    )
    assert saved.head_count == 9 and [h.name for h in saved.hosts] == ["Åse"]
    assert [i.description for i in saved.incidents] == ["En gæst blev ked af det."]
    assert saved.incidents[0].follow_up_on == date(2026, 5, 12)
    assert drafts.load_draft(vault, area="cafe", key="day:new:1") is None
    assert cafe_views.get_session(vault, session_id=saved.id).went_well == "Ro ved bordene 🙂"


def test_save_day_corrects_an_existing_session_and_adds_a_second_incident(vault, place):
    first = cafe_views.save_day(
        vault, cafe_id=place.id, starts_at=TUESDAY, head_count=3, incident="Første"
    )
    again = cafe_views.save_day(
        vault,
        session_id=first.id,
        cafe_id=place.id,
        starts_at=TUESDAY,
        head_count=5,
        newcomers=1,
        incident="Anden",
    )
    assert again.id == first.id and again.head_count == 5
    assert sorted(i.description for i in again.incidents) == ["Anden", "Første"]
    assert _counts(vault) == (1, 2)


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"newcomers": 4, "head_count": 3}, "head_count", ValidationError.OUT_OF_RANGE),
        ({"incident_follow_up_on": date(2026, 5, 1)}, "follow_up_on", "end_before_start"),
        ({"incident": "", "incident_action": "Ringede"}, "description", ValidationError.REQUIRED),
        ({"incident_follow_up_on": "32.13.2026"}, "follow_up_on", ValidationError.BAD_DATE),
        ({"ends_at": TUESDAY - timedelta(hours=1)}, "ends_at", "end_before_start"),
    ],
)
def test_save_day_refuses_bad_input_and_writes_nothing(vault, place, fields, field, code):
    drafts.save_draft(vault, area="cafe", key="k", payload={"x": 1})
    values = {"cafe_id": place.id, "starts_at": TUESDAY, "incident": "Noget skete"} | fields
    with pytest.raises(ValidationError) as caught:
        cafe_views.save_day(vault, draft_key="k", **values)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert _counts(vault) == (0, 0)
    assert drafts.load_draft(vault, area="cafe", key="k") == {"x": 1}


def test_save_day_unknown_records_are_not_found_and_nothing_is_written(vault, place):
    with pytest.raises(NotFound):
        cafe_views.save_day(vault, cafe_id=place.id + 99, starts_at=TUESDAY)
    with pytest.raises(NotFound):
        cafe_views.save_day(vault, cafe_id=place.id, starts_at=TUESDAY, host_ids=[404])
    with pytest.raises(NotFound):
        cafe_views.save_day(
            vault, session_id=404, cafe_id=place.id, starts_at=TUESDAY, incident="x"
        )
    assert _counts(vault) == (0, 0)


def test_getters_load_what_the_screens_need_and_raise_not_found(vault, place):
    logged = cafe.log_session(vault, cafe_id=place.id, starts_at=TUESDAY, head_count=2)
    incident = cafe.add_incident(vault, session_id=logged.id, description="Faldt")
    shift = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=TUESDAY,
        ends_at=TUESDAY + timedelta(hours=4),
        hosts_needed=2,
    )
    assert cafe_views.get_incident(vault, incident_id=incident.id).session.cafe_id == place.id
    assert cafe_views.get_shift(vault, shift_id=shift.id).cafe.name == "Café Håb"
    for call, kwargs in (
        (cafe_views.get_session, {"session_id": 999}),
        (cafe_views.get_incident, {"incident_id": 999}),
        (cafe_views.get_shift, {"shift_id": 999}),
        (cafe_views.get_shift, {"shift_id": "1"}),
    ):
        with pytest.raises(NotFound):
            call(vault, **kwargs)


def test_hosts_on_shift_lists_assigned_hosts_of_that_day_only(vault, place):
    a = volunteers.add_volunteer(vault, name="Anna")
    b = volunteers.add_volunteer(vault, name="Bo")
    c = volunteers.add_volunteer(vault, name="Cai")
    today = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=TUESDAY,
        ends_at=TUESDAY + timedelta(hours=4),
        hosts_needed=3,
    )
    tomorrow = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=TUESDAY + timedelta(days=1),
        ends_at=TUESDAY + timedelta(days=1, hours=4),
        hosts_needed=1,
    )
    shifts.assign_host(vault, shift_id=today.id, volunteer_id=b.id, now=TUESDAY)
    gone = shifts.assign_host(vault, shift_id=today.id, volunteer_id=a.id, now=TUESDAY)
    shifts.assign_host(vault, shift_id=tomorrow.id, volunteer_id=c.id, now=TUESDAY)
    shifts.cancel_assignment(vault, gone.id, by="Anna", reason="Syg", now=TUESDAY)
    assert cafe_views.hosts_on_shift(vault, cafe_id=place.id, day=TUESDAY.date()) == [b.id]
    with pytest.raises(ValidationError):
        cafe_views.hosts_on_shift(vault, cafe_id=place.id, day="i går")


def test_recent_labels_are_most_used_first_case_insensitively(vault, place):
    for days, themes in ((0, ["Søvn", "håb"]), (7, ["søvn"]), (14, ["jul"])):
        cafe.log_session(
            vault,
            cafe_id=place.id,
            starts_at=TUESDAY + timedelta(days=days),
            themes=themes,
            activities=["kaffe"],
        )
    cafe.log_session(vault, cafe_id=place.id, starts_at=TUESDAY - timedelta(days=400), themes=["x"])
    labels = cafe_views.recent_labels(vault, cafe_id=place.id, since=date(2026, 1, 1))
    assert labels.themes[0].casefold() == "søvn"
    assert set(labels.themes) == {labels.themes[0], "håb", "jul"}
    assert labels.activities == ("kaffe",)
    assert cafe_views.recent_labels(vault, cafe_id=place.id, since=date(2026, 1, 1), limit=1).themes
    with pytest.raises(ValidationError):
        cafe_views.recent_labels(vault, cafe_id=place.id, since=date(2026, 1, 1), limit=-1)


def test_session_lines_show_what_session_history_holds_without_loading_it(vault, place):
    hosts = [volunteers.add_volunteer(vault, name=n).id for n in ("bo", "Åse", "Anna")]
    other = cafe.add_cafe(vault, name="Café Tro")
    first = cafe_views.save_day(
        vault,
        cafe_id=place.id,
        starts_at=TUESDAY,
        ends_at=TUESDAY + timedelta(hours=3),
        head_count=9,
        newcomers=2,
        returning_guests=7,
        host_ids=hosts,
        themes=["søvn", "håb"],
        activities=["kaffe"],
        went_well="Ro",
        incident="Første",
    )
    cafe.add_incident(vault, session_id=first.id, description="Anden")
    (resolved,) = [
        i for i in cafe.open_incidents(vault, cafe_id=place.id) if i.description == "Anden"
    ]
    cafe.resolve_incident(vault, resolved.id, on=date(2026, 5, 6), resolution="Talt")
    same_time = [
        cafe_views.save_day(vault, cafe_id=place.id, starts_at=TUESDAY + timedelta(days=7))
        for _ in range(2)
    ]
    cafe_views.save_day(vault, cafe_id=other.id, starts_at=TUESDAY, head_count=1)
    lines = cafe_views.session_lines(vault, cafe_id=place.id)
    history = cafe.session_history(vault, cafe_id=place.id)
    assert [line.id for line in lines] == [s.id for s in history]
    assert [line.id for line in lines[:2]] == [same_time[1].id, same_time[0].id]
    line = lines[-1]
    assert (line.starts_at, line.ends_at) == (TUESDAY, TUESDAY + timedelta(hours=3))
    assert (line.head_count, line.newcomers, line.returning_guests) == (9, 2, 7)
    assert line.hosts == "Anna, bo, Åse"  # by name, case folded
    assert line.labels == "søvn, håb, kaffe"
    assert (line.incidents, line.open_incidents) == (2, 1)
    assert lines[0].hosts == "" and lines[0].incidents == 0
    # The same window of dates as session_history.
    week = cafe_views.session_lines(
        vault, cafe_id=place.id, since=date(2026, 5, 12), until=date(2026, 5, 12)
    )
    assert [line.id for line in week] == [same_time[1].id, same_time[0].id]
    assert cafe_views.session_lines(vault, cafe_id=place.id, until=date(2026, 5, 4)) == []


def test_session_lines_refuse_what_session_history_refuses(vault, place):
    with pytest.raises(NotFound):
        cafe_views.session_lines(vault, cafe_id=404)
    with pytest.raises(NotFound):
        cafe_views.session_lines(vault, cafe_id="1")
    with pytest.raises(ValidationError):
        cafe_views.session_lines(
            vault, cafe_id=place.id, since=date(2026, 6, 1), until=date(2026, 5, 1)
        )
