"""The courses area's list rows and record lookups, and removing courses, sessions
and prep items (with their drafts, and the text purged)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from peerdesk.services import course_edits, course_views, courses, drafts
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import Course, CourseKind, CourseSession, PrepItem

NOW = datetime(2026, 11, 20, 12, 0)


def count(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def index_hits(vault, word: str) -> int:
    with vault.session() as s:
        query = text("SELECT count(*) FROM search_index WHERE search_index MATCH :word")
        return s.execute(query, {"word": word}).scalar()


def session_at(vault, course_id, start, *, hours=2, prep=0, items=()):
    return courses.add_course_session(
        vault,
        course_id=course_id,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        prep_minutes=prep,
        prep_items=items,
    )


def test_course_rows_gather_each_course_in_one_row(vault):
    empty = courses.add_course(vault, title="Idé til foredrag", kind="talk")
    group = courses.add_course(
        vault,
        title="Recoverygruppen",
        kind="recovery_group",
        starts_on="2026-11-01",
        co_teachers="Lise",
    )
    session_at(vault, group.id, NOW - timedelta(days=7), prep=30, items=["Kaffe"])
    under_way = session_at(vault, group.id, NOW - timedelta(hours=1), items=["Print", "Frugt"])
    session_at(vault, group.id, NOW + timedelta(days=7), hours=1, prep=45, items=["Lokale"])
    courses.set_prep_item_done(vault, under_way.prep_items[0].id, done=True)

    rows = course_views.course_rows(vault, now=NOW)
    assert [r.id for r in rows] == [group.id, empty.id]
    row = rows[0]
    assert (row.title, row.kind, row.starts_on, row.co_teachers) == (
        "Recoverygruppen",
        CourseKind.RECOVERY_GROUP,
        date(2026, 11, 1),
        "Lise",
    )
    assert (row.session_count, row.held_count) == (3, 1)
    assert row.next_session_at == under_way.starts_at  # a session under way is still "next"
    assert row.open_prep_items == 2  # "Frugt" and "Lokale"; "Kaffe" belongs to a past session
    assert row.minutes == (120 + 30) + 120 + (60 + 45)
    blank = rows[1]
    assert (blank.session_count, blank.held_count, blank.next_session_at) == (0, 0, None)
    assert (blank.open_prep_items, blank.minutes) == (0, 0)


def test_course_rows_refuse_a_bad_moment(vault):
    with pytest.raises(ValidationError) as caught:
        course_views.course_rows(vault, now="i morgen")
    assert (caught.value.field, caught.value.code) == ("now", "bad_date")


def test_locate_finds_the_course_and_session_of_each_kind_of_record(vault):
    course = courses.add_course(vault, title="Mentoruddannelsen", kind="mentor_education")
    made = session_at(vault, course.id, NOW, items=["Slides"])
    item = made.prep_items[0]
    assert course_views.locate(vault, "course", course.id) == course_views.CoursePlace(course.id)
    assert course_views.locate(vault, "course_session", made.id) == course_views.CoursePlace(
        course.id, made.id
    )
    assert course_views.locate(vault, "prep_item", item.id) == course_views.CoursePlace(
        course.id, made.id
    )


@pytest.mark.parametrize(
    ("table", "record_id"),
    [("course", 99), ("course_session", 99), ("prep_item", 99), ("person", 1), ("course", True)],
)
def test_locate_refuses_what_is_not_there(vault, table, record_id):
    courses.add_course(vault, title="x", kind="talk")
    with pytest.raises(NotFound):
        course_views.locate(vault, table, record_id)


def test_deleting_a_course_takes_its_sessions_items_and_drafts(vault):
    course = courses.add_course(vault, title="Peergruppen", kind="peer_group")
    keep = courses.add_course(vault, title="Anden", kind="talk")
    made = session_at(vault, course.id, NOW, items=["hemmeligtordmarkør"])
    session_at(vault, keep.id, NOW, items=["Bliver"])
    for key in (
        course_edits.course_draft_key(course.id),
        course_edits.session_draft_key(course.id, made.id),
        course_edits.session_draft_key(course.id, None),
        course_edits.course_draft_key(keep.id),
    ):
        drafts.save_draft(vault, area="courses", key=key, payload={"topic": "x"})
    # A course with a longer id that merely starts with the same digits keeps its drafts.
    drafts.save_draft(vault, area="courses", key=f"course:{course.id}0", payload={})
    assert index_hits(vault, "hemmeligtordmarkør") == 1

    course_edits.delete_course(vault, course.id)

    assert [c.id for c in courses.list_courses(vault)] == [keep.id]
    assert (count(vault, CourseSession), count(vault, PrepItem)) == (1, 1)
    assert sorted(d.key for d in drafts.list_drafts(vault)) == sorted(
        [course_edits.course_draft_key(keep.id), f"course:{course.id}0"]
    )
    assert index_hits(vault, "hemmeligtordmarkør") == 0


def test_deleting_a_session_and_a_prep_item(vault):
    course = courses.add_course(vault, title="Peergruppen", kind="peer_group")
    first = session_at(vault, course.id, NOW, items=["A", "B"])
    second = session_at(vault, course.id, NOW + timedelta(days=7))
    key = course_edits.session_draft_key(course.id, first.id)
    drafts.save_draft(vault, area="courses", key=key, payload={"topic": "x"})

    course_edits.delete_prep_item(vault, first.prep_items[0].id)
    plan = courses.course_plan(vault, course.id)
    assert [p.text for p in plan.sessions[0].prep_items] == ["B"]

    course_edits.delete_course_session(vault, first.id)
    plan = courses.course_plan(vault, course.id)
    assert [s.id for s in plan.sessions] == [second.id]
    assert count(vault, PrepItem) == 0
    assert drafts.load_draft(vault, area="courses", key=key) is None


@pytest.mark.parametrize(
    ("remove", "kind"),
    [
        (course_edits.delete_course, "course"),
        (course_edits.delete_course_session, "course_session"),
        (course_edits.delete_prep_item, "prep_item"),
    ],
)
@pytest.mark.parametrize("record_id", [999, "1", True])
def test_removing_a_missing_record_changes_nothing(vault, remove, kind, record_id):
    course = courses.add_course(vault, title="Peergruppen", kind="peer_group")
    session_at(vault, course.id, NOW, items=["A"])
    with pytest.raises(NotFound) as caught:
        remove(vault, record_id)
    assert caught.value.kind == kind
    assert (count(vault, Course), count(vault, CourseSession), count(vault, PrepItem)) == (1, 1, 1)
