"""Courses, their sessions and preparation checklists."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from peerdesk.services import courses
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import Course, CourseKind, CourseRole, CourseSession, PrepItem

START = datetime(2026, 11, 24, 17, 0)


def rows(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused(call, field, code):
    with pytest.raises(ValidationError) as caught:
        call()
    assert (caught.value.field, caught.value.code) == (field, code)


def a_course(vault, **kwargs) -> Course:
    return courses.add_course(
        vault, **{"title": "Recovery-gruppe", "kind": "recovery_group", **kwargs}
    )


def a_session(vault, course_id, start=START, **kwargs) -> CourseSession:
    return courses.add_course_session(
        vault, course_id=course_id, starts_at=start, ends_at=start + timedelta(hours=2), **kwargs
    )


def test_a_course_round_trips(vault):
    made = courses.add_course(
        vault,
        title="Mentoruddannelse forår",
        kind=CourseKind.MENTOR_EDUCATION,
        starts_on="01.02.2027",
        ends_on="2027-05-01",
        co_teachers="Ane (sygeplejerske)",
        partners="Regionen",
        my_role="teaching",
        description="Otte moduler",
    )
    assert made.sessions == []
    found = courses.list_courses(vault)[0]
    assert found.id == made.id
    assert (found.title, found.kind, found.my_role) == (
        "Mentoruddannelse forår",
        CourseKind.MENTOR_EDUCATION,
        CourseRole.TEACHING,
    )
    assert (found.starts_on, found.ends_on) == (date(2027, 2, 1), date(2027, 5, 1))
    assert (found.co_teachers, found.partners, found.description) == (
        "Ane (sygeplejerske)",
        "Regionen",
        "Otte moduler",
    )


def test_courses_are_listed_latest_first_undated_last(vault):
    undated = a_course(vault, title="Idé")
    old = a_course(vault, title="Gammel", starts_on="2025-01-01")
    new = a_course(vault, title="Ny", starts_on="2026-09-01", kind="talk")
    assert [c.id for c in courses.list_courses(vault)] == [new.id, old.id, undated.id]
    assert [c.id for c in courses.list_courses(vault, kind="talk")] == [new.id]
    assert courses.list_courses(vault)[0].sessions == []  # loaded, usable when detached


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"title": " "}, "title", "required"),
        ({"kind": "party"}, "kind", "bad_choice"),
        ({"my_role": "boss"}, "my_role", "bad_choice"),
        ({"starts_on": "31.02.2026"}, "starts_on", "bad_date"),
        ({"starts_on": "2026-03-02", "ends_on": "2026-03-01"}, "ends_on", "end_before_start"),
    ],
)
def test_a_bad_course_is_refused(vault, kwargs, field, code):
    refused(lambda: a_course(vault, **kwargs), field, code)
    assert rows(vault, Course) == 0


def test_updating_a_course_changes_only_what_is_given(vault):
    course = a_course(vault, starts_on="2026-09-01", ends_on="2026-12-01", partners="Kommunen")
    updated = courses.update_course(vault, course.id, title="Recovery efterår", ends_on=None)
    assert (updated.title, updated.starts_on, updated.ends_on, updated.partners) == (
        "Recovery efterår",
        date(2026, 9, 1),
        None,
        "Kommunen",
    )
    refused(
        lambda: courses.update_course(vault, course.id, ends_on="2026-08-01"),
        "ends_on",
        "end_before_start",
    )
    refused(lambda: courses.update_course(vault, course.id, kind="x"), "kind", "bad_choice")
    assert courses.course_plan(vault, course.id).ends_on is None
    with pytest.raises(NotFound):
        courses.update_course(vault, course.id + 1, title="x")


def test_a_session_with_its_prep_items(vault):
    course = a_course(vault)
    made = a_session(
        vault,
        course.id,
        topic="Håb",
        my_part="Min egen historie",
        materials="Slides",
        prep_minutes=45,
        prep_items=["Print ark", " ", "Kaffe"],
    )
    assert [(p.text, p.position, p.done) for p in made.prep_items] == [
        ("Print ark", 0, False),
        ("Kaffe", 1, False),
    ]
    plan = courses.course_plan(vault, course.id)
    (found,) = plan.sessions
    assert (found.topic, found.my_part, found.materials, found.prep_minutes) == (
        "Håb",
        "Min egen historie",
        "Slides",
        45,
    )
    assert found.head_count is None
    assert [p.text for p in found.prep_items] == ["Print ark", "Kaffe"]


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"ends_at": START}, "ends_at", "end_before_start"),
        ({"ends_at": START - timedelta(minutes=1)}, "ends_at", "end_before_start"),
        ({"starts_at": "tirsdag"}, "starts_at", "bad_date"),
        ({"prep_minutes": -5}, "prep_minutes", "negative"),
        ({"prep_items": ["ok", "to\nlinjer"]}, "prep_items", "control_chars"),
        ({"prep_items": "Print ark"}, "prep_items", "bad_choice"),
        ({"topic": "x" * 201}, "topic", "too_long"),
    ],
)
def test_a_bad_session_is_refused_and_nothing_is_written(vault, kwargs, field, code):
    course = a_course(vault)
    good = {"course_id": course.id, "starts_at": START, "ends_at": START + timedelta(hours=1)}
    refused(lambda: courses.add_course_session(vault, **{**good, **kwargs}), field, code)
    assert (rows(vault, CourseSession), rows(vault, PrepItem)) == (0, 0)


def test_a_session_needs_an_existing_course(vault):
    with pytest.raises(NotFound) as caught:
        a_session(vault, 999, prep_items=["x"])
    assert caught.value.kind == "course"
    assert (rows(vault, CourseSession), rows(vault, PrepItem)) == (0, 0)


def test_updating_a_session_with_head_count_and_evaluation(vault):
    course = a_course(vault)
    made = a_session(vault, course.id, topic="Håb")
    updated = courses.update_course_session(
        vault,
        made.id,
        head_count=11,
        evaluation_worked="Gode spørgsmål",
        evaluation_change="Mere pause",
    )
    assert (updated.head_count, updated.topic, updated.course.title) == (11, "Håb", course.title)
    assert courses.update_course_session(vault, made.id, head_count=None).head_count is None
    later = courses.update_course_session(vault, made.id, starts_at=START + timedelta(minutes=30))
    assert later.ends_at == START + timedelta(hours=2)


def test_bad_session_updates_are_refused(vault):
    made = a_session(vault, a_course(vault).id)
    refused(
        lambda: courses.update_course_session(vault, made.id, head_count=-1),
        "head_count",
        "negative",
    )
    refused(
        lambda: courses.update_course_session(vault, made.id, starts_at=START + timedelta(hours=3)),
        "ends_at",
        "end_before_start",
    )
    with pytest.raises(NotFound):
        courses.update_course_session(vault, made.id + 1, topic="x")
    found = courses.course_plan(vault, made.course_id).sessions[0]
    assert (found.head_count, found.starts_at) == (None, START)


def test_prep_items_are_added_and_ticked(vault):
    made = a_session(vault, a_course(vault).id, prep_items=["Print ark"])
    added = courses.add_prep_item(vault, session_id=made.id, text="Bestil lokale")
    assert added.position == 1
    assert courses.set_prep_item_done(vault, added.id, done=True).done is True
    items = courses.course_plan(vault, made.course_id).sessions[0].prep_items
    assert [(p.text, p.done) for p in items] == [("Print ark", False), ("Bestil lokale", True)]
    assert courses.set_prep_item_done(vault, added.id, done=False).done is False


def test_bad_prep_item_changes_are_refused(vault):
    made = a_session(vault, a_course(vault).id)
    refused(lambda: courses.add_prep_item(vault, session_id=made.id, text=""), "text", "required")
    with pytest.raises(NotFound):
        courses.add_prep_item(vault, session_id=made.id + 1, text="x")
    item = courses.add_prep_item(vault, session_id=made.id, text="x")
    refused(lambda: courses.set_prep_item_done(vault, item.id, done="ja"), "done", "bad_choice")
    with pytest.raises(NotFound):
        courses.set_prep_item_done(vault, item.id + 1, done=True)
    with pytest.raises(NotFound):
        courses.set_prep_item_done(vault, "1", done=True)
    assert rows(vault, PrepItem) == 1


def test_upcoming_sessions(vault):
    course = a_course(vault, title="Peer-gruppe")
    now = datetime(2026, 11, 20, 12)
    over = a_session(vault, course.id, now - timedelta(hours=3))
    under_way = a_session(vault, course.id, now - timedelta(hours=1))
    soon = a_session(vault, course.id, now + timedelta(days=2), prep_items=["Kage"])
    later = a_session(vault, course.id, now + timedelta(days=40))
    found = courses.upcoming_sessions(vault, now=now)
    assert [s.id for s in found] == [under_way.id, soon.id]
    assert found[1].course.title == "Peer-gruppe"
    assert [p.text for p in found[1].prep_items] == ["Kage"]
    wider = courses.upcoming_sessions(vault, now=now, days=60)
    assert [s.id for s in wider] == [under_way.id, soon.id, later.id]
    assert over.id not in {s.id for s in wider}
    refused(lambda: courses.upcoming_sessions(vault, now=now, days=-1), "days", "negative")


def test_a_missing_course_plan(vault):
    with pytest.raises(NotFound):
        courses.course_plan(vault, 1)
