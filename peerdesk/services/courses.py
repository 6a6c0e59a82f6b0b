"""Courses the worker plans or teaches: mentor education, recovery and peer
groups, talks. Sessions carry my part, preparation and a head count; there is
deliberately nowhere to write a participant's name.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as V
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import Course, CourseKind, CourseRole, CourseSession, PrepItem

T = TypeVar("T")


class Unset(enum.Enum):
    """Marks an update argument that was not given (None may mean "clear it")."""

    UNSET = "unset"

    def __repr__(self) -> str:
        return "UNSET"


UNSET = Unset.UNSET

MAX_PREP_ITEMS = 100
MAX_HEAD_COUNT = 10_000
MAX_PREP_MINUTES = 100 * 60
MAX_UPCOMING_DAYS = 366


# ------------------------------------------------------------------ courses


def add_course(
    vault: Vault,
    *,
    title: str,
    kind: CourseKind | str,
    starts_on: date | str | None = None,
    ends_on: date | str | None = None,
    co_teachers: str = "",
    partners: str = "",
    my_role: CourseRole | str = CourseRole.BOTH,
    description: str = "",
) -> Course:
    """Create a course (dates optional while it is being planned)."""
    course = Course(
        title=V.line(title, "title", required=True),
        kind=V.choice(kind, CourseKind, "kind"),
        starts_on=V.a_date(starts_on, "starts_on"),
        ends_on=V.a_date(ends_on, "ends_on"),
        co_teachers=V.text(co_teachers, "co_teachers"),
        partners=V.text(partners, "partners"),
        my_role=V.choice(my_role, CourseRole, "my_role"),
        description=V.text(description, "description"),
        sessions=[],
    )
    V.ordered(course.starts_on, course.ends_on, "ends_on", strict=False)
    with vault.session() as s:
        s.add(course)
        return course


def update_course(
    vault: Vault,
    course_id: int,
    *,
    title: str | Unset = UNSET,
    kind: CourseKind | str | Unset = UNSET,
    starts_on: date | str | None | Unset = UNSET,
    ends_on: date | str | None | Unset = UNSET,
    co_teachers: str | Unset = UNSET,
    partners: str | Unset = UNSET,
    my_role: CourseRole | str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Course:
    """Change the given fields of a course; the others stay (UNSET)."""
    checks = {
        "title": lambda v: V.line(v, "title", required=True),
        "kind": lambda v: V.choice(v, CourseKind, "kind"),
        "starts_on": lambda v: V.a_date(v, "starts_on"),
        "ends_on": lambda v: V.a_date(v, "ends_on"),
        "co_teachers": lambda v: V.text(v, "co_teachers"),
        "partners": lambda v: V.text(v, "partners"),
        "my_role": lambda v: V.choice(v, CourseRole, "my_role"),
        "description": lambda v: V.text(v, "description"),
    }
    given = {
        "title": title,
        "kind": kind,
        "starts_on": starts_on,
        "ends_on": ends_on,
        "co_teachers": co_teachers,
        "partners": partners,
        "my_role": my_role,
        "description": description,
    }
    changes = {name: checks[name](v) for name, v in given.items() if v is not UNSET}
    with vault.session() as s:
        course = _get(s, Course, course_id, "course", selectinload(Course.sessions))
        V.ordered(
            changes.get("starts_on", course.starts_on),
            changes.get("ends_on", course.ends_on),
            "ends_on",
            strict=False,
        )
        for name, value in changes.items():
            setattr(course, name, value)
        return course


def list_courses(vault: Vault, *, kind: CourseKind | str | None = None) -> list[Course]:
    """Every course (of one kind, if given), the latest start first, undated ones last.

    Sessions are loaded, so a list can show their number and dates.
    """
    query = (
        select(Course)
        .options(selectinload(Course.sessions))
        .order_by(Course.starts_on.desc().nulls_last(), Course.id.desc())
    )
    if kind is not None:
        query = query.where(Course.kind == V.choice(kind, CourseKind, "kind"))
    with vault.session() as s:
        return list(s.scalars(query))


def course_plan(vault: Vault, course_id: int) -> Course:
    """A course with its sessions (in date order) and their prep items loaded."""
    with vault.session() as s:
        return _get(
            s,
            Course,
            course_id,
            "course",
            selectinload(Course.sessions).selectinload(CourseSession.prep_items),
        )


# ----------------------------------------------------------------- sessions


def add_course_session(
    vault: Vault,
    *,
    course_id: int,
    starts_at: datetime | str,
    ends_at: datetime | str,
    topic: str = "",
    my_part: str = "",
    materials: str = "",
    prep_minutes: int = 0,
    prep_items: Iterable[str] = (),
) -> CourseSession:
    """Add a session to a course, with its preparation checklist (blank lines skipped)."""
    start = V.a_datetime(starts_at, "starts_at")
    end = V.a_datetime(ends_at, "ends_at")
    V.ordered(start, end, "ends_at")
    items = _prep_lines(prep_items)
    session_row = CourseSession(
        starts_at=start,
        ends_at=end,
        topic=V.line(topic, "topic"),
        my_part=V.text(my_part, "my_part"),
        materials=V.text(materials, "materials"),
        prep_minutes=V.count(prep_minutes, "prep_minutes", maximum=MAX_PREP_MINUTES),
        evaluation_worked="",
        evaluation_change="",
    )
    with vault.session() as s:
        session_row.course = _get(s, Course, course_id, "course")
        session_row.prep_items = [
            PrepItem(text=line, done=False, position=i) for i, line in enumerate(items)
        ]
        s.add(session_row)
        return session_row


def update_course_session(
    vault: Vault,
    session_id: int,
    *,
    starts_at: datetime | str | Unset = UNSET,
    ends_at: datetime | str | Unset = UNSET,
    topic: str | Unset = UNSET,
    my_part: str | Unset = UNSET,
    materials: str | Unset = UNSET,
    prep_minutes: int | Unset = UNSET,
    head_count: int | None | Unset = UNSET,
    evaluation_worked: str | Unset = UNSET,
    evaluation_change: str | Unset = UNSET,
) -> CourseSession:
    """Change the given fields of a session (UNSET leaves one as it is).

    `head_count` is a number only (None: not counted); names have no place here.
    """
    checks = {
        "starts_at": lambda v: V.a_datetime(v, "starts_at"),
        "ends_at": lambda v: V.a_datetime(v, "ends_at"),
        "topic": lambda v: V.line(v, "topic"),
        "my_part": lambda v: V.text(v, "my_part"),
        "materials": lambda v: V.text(v, "materials"),
        "prep_minutes": lambda v: V.count(v, "prep_minutes", maximum=MAX_PREP_MINUTES),
        "head_count": lambda v: (
            None if v is None else V.count(v, "head_count", maximum=MAX_HEAD_COUNT)
        ),
        "evaluation_worked": lambda v: V.text(v, "evaluation_worked"),
        "evaluation_change": lambda v: V.text(v, "evaluation_change"),
    }
    given = {
        "starts_at": starts_at,
        "ends_at": ends_at,
        "topic": topic,
        "my_part": my_part,
        "materials": materials,
        "prep_minutes": prep_minutes,
        "head_count": head_count,
        "evaluation_worked": evaluation_worked,
        "evaluation_change": evaluation_change,
    }
    changes = {name: checks[name](v) for name, v in given.items() if v is not UNSET}
    with vault.session() as s:
        row = _session(s, session_id)
        V.ordered(
            changes.get("starts_at", row.starts_at), changes.get("ends_at", row.ends_at), "ends_at"
        )
        for name, value in changes.items():
            setattr(row, name, value)
        return row


def upcoming_sessions(vault: Vault, *, now: datetime | str, days: int = 30) -> list[CourseSession]:
    """Sessions not yet over that start within `days` of `now`, soonest first.

    Each has its course and prep items loaded. A session under way counts.
    """
    moment = V.a_datetime(now, "now")
    days = V.count(days, "days", maximum=MAX_UPCOMING_DAYS)
    query = (
        select(CourseSession)
        .options(selectinload(CourseSession.course), selectinload(CourseSession.prep_items))
        .where(CourseSession.ends_at > moment)
        .where(CourseSession.starts_at < moment + timedelta(days=days))
        .order_by(CourseSession.starts_at, CourseSession.id)
    )
    with vault.session() as s:
        return list(s.scalars(query))


# --------------------------------------------------------------- prep items


def add_prep_item(vault: Vault, *, session_id: int, text: str) -> PrepItem:
    """Add a line to the end of a session's preparation checklist."""
    text = V.line(text, "text", required=True)
    with vault.session() as s:
        row = _session(s, session_id)
        if len(row.prep_items) >= MAX_PREP_ITEMS:
            raise ValidationError("prep_items", ValidationError.TOO_LONG, limit=MAX_PREP_ITEMS)
        position = max((p.position for p in row.prep_items), default=-1) + 1
        item = PrepItem(text=text, done=False, position=position)
        row.prep_items.append(item)
        return item


def set_prep_item_done(vault: Vault, item_id: int, *, done: bool) -> PrepItem:
    """Tick a preparation item off (or on again)."""
    if not isinstance(done, bool):
        raise ValidationError("done", ValidationError.BAD_CHOICE, expected="yes/no")
    with vault.session() as s:
        item = _get(s, PrepItem, item_id, "prep_item")
        item.done = done
        return item


def _session(s: Session, session_id: int) -> CourseSession:
    return _get(
        s,
        CourseSession,
        session_id,
        "course_session",
        selectinload(CourseSession.course),
        selectinload(CourseSession.prep_items),
    )


def _get(s: Session, model: type[T], record_id: object, kind: str, *options) -> T:
    """The row with that id (options: what to load with it), or NotFound."""
    # A bool is an int to Python, and True would quietly fetch record 1.
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    row = s.get(model, record_id, options=list(options))
    if row is None:
        raise NotFound(kind, record_id)
    return row


def _prep_lines(items: Iterable[str]) -> list[str]:
    if isinstance(items, str):
        # A lone string would otherwise become one item per character.
        raise ValidationError("prep_items", ValidationError.BAD_CHOICE, expected="list")
    lines = [V.line(item, "prep_items") for item in items or ()]
    lines = [line for line in lines if line]
    if len(lines) > MAX_PREP_ITEMS:
        raise ValidationError("prep_items", ValidationError.TOO_LONG, limit=MAX_PREP_ITEMS)
    return lines
