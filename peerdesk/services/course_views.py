"""Computed views of the courses area for lists and links (no Qt).

`course_rows` is what a list of courses shows, gathered in one statement;
`locate` says which course (and session) a course, session or prep item
belongs to, so that a search result or an Overblik line can open it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Integer, case, cast, func, literal, select

from peerdesk.services import validation as V
from peerdesk.services.errors import NotFound
from peerdesk.vault import Vault
from peerdesk.vault.models import Course, CourseKind, CourseRole, CourseSession, PrepItem

# The record kinds (search/FTS table names) that belong to the courses area.
COURSE_TABLES = ("course", "course_session", "prep_item")


@dataclass(frozen=True)
class CourseRow:
    """One course as a list shows it.

    `held_count` counts sessions already over at `now`; `next_session_at` is the
    start of the first session not yet over (None when none is left);
    `open_prep_items` counts unticked preparation in sessions not yet over;
    `minutes` is teaching plus preparation over all sessions, as the week's
    hours count them.
    """

    id: int
    title: str
    kind: CourseKind
    my_role: CourseRole
    starts_on: date | None
    ends_on: date | None
    co_teachers: str
    partners: str
    session_count: int
    held_count: int
    next_session_at: datetime | None
    open_prep_items: int
    minutes: int


@dataclass(frozen=True)
class CoursePlace:
    """Where a record of the courses area lives: its course, and session if any."""

    course_id: int
    session_id: int | None = None


def course_rows(vault: Vault, *, now: datetime | str) -> list[CourseRow]:
    """Every course with its session figures, the latest start first, undated last."""
    moment = V.a_datetime(now, "now")
    still_on = CourseSession.ends_at > moment
    sessions = (
        select(
            CourseSession.course_id.label("course_id"),
            func.count().label("n"),
            func.sum(case((still_on, 0), else_=1)).label("held"),
            func.min(case((still_on, CourseSession.starts_at))).label("next_at"),
            func.sum(_session_minutes()).label("minutes"),
        )
        .group_by(CourseSession.course_id)
        .subquery()
    )
    prep = (
        select(CourseSession.course_id.label("course_id"), func.count().label("open"))
        .join(PrepItem, PrepItem.session_id == CourseSession.id)
        .where(still_on, PrepItem.done.is_(False))
        .group_by(CourseSession.course_id)
        .subquery()
    )
    query = (
        select(
            Course.id,
            Course.title,
            Course.kind,
            Course.my_role,
            Course.starts_on,
            Course.ends_on,
            Course.co_teachers,
            Course.partners,
            func.coalesce(sessions.c.n, 0),
            func.coalesce(sessions.c.held, 0),
            sessions.c.next_at,
            func.coalesce(prep.c.open, 0),
            func.coalesce(sessions.c.minutes, 0),
        )
        .outerjoin(sessions, sessions.c.course_id == Course.id)
        .outerjoin(prep, prep.c.course_id == Course.id)
        .order_by(Course.starts_on.desc().nulls_last(), Course.id.desc())
    )
    with vault.session() as s:
        return [
            CourseRow(*row[:10], _as_datetime(row[10]), int(row[11]), int(row[12]))
            for row in s.execute(query)
        ]


def locate(vault: Vault, table: str, record_id: int) -> CoursePlace:
    """The course (and session) holding a `course`, `course_session` or `prep_item` row.

    Raises NotFound when there is no such row, or the table is not one of ours.
    """
    if table not in COURSE_TABLES or isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(table, record_id)
    if table == "course":
        query = select(Course.id, literal(None)).where(Course.id == record_id)
    elif table == "course_session":
        query = select(CourseSession.course_id, CourseSession.id).where(
            CourseSession.id == record_id
        )
    else:
        query = (
            select(CourseSession.course_id, CourseSession.id)
            .join(PrepItem, PrepItem.session_id == CourseSession.id)
            .where(PrepItem.id == record_id)
        )
    with vault.session() as s:
        row = s.execute(query).first()
    if row is None:
        raise NotFound(table, record_id)
    return CoursePlace(row[0], row[1])


def _session_minutes():
    # julianday differences are fractions of a day; whole minutes, as services.hours rounds.
    between = func.round(
        (func.julianday(CourseSession.ends_at) - func.julianday(CourseSession.starts_at))
        * literal(1440)
    )
    return cast(between, Integer) + CourseSession.prep_minutes


def _as_datetime(value: object) -> datetime | None:
    # An aggregate over a CASE may come back as SQLite's text; parse it either way.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
