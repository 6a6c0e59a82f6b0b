"""Removing what the courses area holds: a course, a session, a prep item (no Qt).

Each removal runs in one transaction, takes the drafts of the removed forms
with it, and then purges the deleted text from the file (`purge_deleted`).

Draft keys of the courses area follow the convention of the care area
("person:<id>…"): "course:<id>" for a course's form and
"course:<id>:session:<id>" (or ":session:new") for its sessions' forms.
"""

from __future__ import annotations

from sqlalchemy import delete, or_
from sqlalchemy.orm import Session

from peerdesk.services.errors import NotFound
from peerdesk.vault import Vault
from peerdesk.vault.models import Course, CourseSession, Draft, PrepItem


def course_draft_key(course_id: int | None) -> str:
    """The draft key of a course's form ("course:new" for a course not yet saved)."""
    return "course:new" if course_id is None else f"course:{course_id}"


def session_draft_key(course_id: int, session_id: int | None) -> str:
    """The draft key of a session's form within its course (":session:new" when unsaved)."""
    return f"course:{course_id}:session:{'new' if session_id is None else session_id}"


def delete_course(vault: Vault, course_id: int) -> None:
    """Delete a course with its sessions, their prep items and every draft about them."""
    with vault.session() as s:
        _get(s, Course, course_id, "course")
        key = course_draft_key(course_id)
        s.execute(
            delete(Draft).where(
                or_(Draft.key == key, Draft.key.startswith(key + ":", autoescape=True))
            )
        )
        # The database cascades to sessions and prep items (and their index rows).
        s.execute(delete(Course).where(Course.id == course_id))
    vault.purge_deleted()


def delete_course_session(vault: Vault, session_id: int) -> None:
    """Delete one session with its prep items and its form's draft."""
    with vault.session() as s:
        row = _get(s, CourseSession, session_id, "course_session")
        s.execute(delete(Draft).where(Draft.key == session_draft_key(row.course_id, session_id)))
        s.execute(delete(CourseSession).where(CourseSession.id == session_id))
    vault.purge_deleted()


def delete_prep_item(vault: Vault, item_id: int) -> None:
    """Delete one line of a preparation checklist."""
    with vault.session() as s:
        _get(s, PrepItem, item_id, "prep_item")
        s.execute(delete(PrepItem).where(PrepItem.id == item_id))
    vault.purge_deleted()


def _get(s: Session, model: type, record_id: object, kind: str):
    # A bool is an int to Python, and True would quietly reach record 1.
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    row = s.get(model, record_id)
    if row is None:
        raise NotFound(kind, record_id)
    return row
