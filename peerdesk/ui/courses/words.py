"""The courses area's labels and its field-aware words for refused input."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import CourseKind, CourseRole

KIND_LABELS = {
    CourseKind.MENTOR_EDUCATION: QT_TRANSLATE_NOOP("Courses", "Mentor education"),
    CourseKind.RECOVERY_GROUP: QT_TRANSLATE_NOOP("Courses", "Recovery group"),
    CourseKind.PEER_GROUP: QT_TRANSLATE_NOOP("Courses", "Peer group"),
    CourseKind.TALK: QT_TRANSLATE_NOOP("Courses", "Talk"),
}

ROLE_LABELS = {
    CourseRole.PLANNING: QT_TRANSLATE_NOOP("Courses", "I plan it"),
    CourseRole.TEACHING: QT_TRANSLATE_NOOP("Courses", "I teach it"),
    CourseRole.BOTH: QT_TRANSLATE_NOOP("Courses", "I plan and teach it"),
}

# What each field is called in a sentence ("Please fill in the title.").
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Courses", "the title"),
    "kind": QT_TRANSLATE_NOOP("Courses", "the kind"),
    "my_role": QT_TRANSLATE_NOOP("Courses", "your role"),
    "starts_on": QT_TRANSLATE_NOOP("Courses", "the start date"),
    "ends_on": QT_TRANSLATE_NOOP("Courses", "the end date"),
    "co_teachers": QT_TRANSLATE_NOOP("Courses", "the co-teachers"),
    "partners": QT_TRANSLATE_NOOP("Courses", "the partners"),
    "description": QT_TRANSLATE_NOOP("Courses", "the description"),
    "starts_at": QT_TRANSLATE_NOOP("Courses", "the start time"),
    "ends_at": QT_TRANSLATE_NOOP("Courses", "the end time"),
    "topic": QT_TRANSLATE_NOOP("Courses", "the topic"),
    "my_part": QT_TRANSLATE_NOOP("Courses", "your part"),
    "materials": QT_TRANSLATE_NOOP("Courses", "the materials"),
    "prep_minutes": QT_TRANSLATE_NOOP("Courses", "the preparation time"),
    "prep_items": QT_TRANSLATE_NOOP("Courses", "the checklist"),
    "head_count": QT_TRANSLATE_NOOP("Courses", "the head count"),
    "evaluation_worked": QT_TRANSLATE_NOOP("Courses", "what worked"),
    "evaluation_change": QT_TRANSLATE_NOOP("Courses", "what to change"),
    "text": QT_TRANSLATE_NOOP("Courses", "the checklist item"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Courses", text, None, n)


def kind_label(kind: CourseKind | str) -> str:
    return _tr(KIND_LABELS[CourseKind(kind)])


def role_label(role: CourseRole | str) -> str:
    return _tr(ROLE_LABELS[CourseRole(role)])


def field_name(field: str) -> str:
    return _tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field.replace("_", " ")


def describe_refusal(error: ValidationError) -> str:
    """A calm sentence saying what is wrong with one field and how to put it right."""
    name = field_name(error.field)
    facts = error.facts
    match error.code:
        case ValidationError.REQUIRED:
            text = _tr("Please fill in %1.")
        case ValidationError.TOO_LONG:
            limit = facts.get("limit")
            if error.field == "prep_items":
                return _tr("A checklist holds at most %n items.", int(limit or 0))
            text = _tr("%1 is too long: at most %n characters.", int(limit or 0))
        case ValidationError.CONTROL_CHARS:
            text = _tr("%1 must stay on one line, without special control characters.")
        case ValidationError.NEGATIVE:
            text = _tr("%1 cannot be below zero.")
        case ValidationError.OUT_OF_RANGE:
            text = _tr(
                "%1 is larger than PeerDesk allows (at most %n).", int(facts.get("maximum", 0))
            )
        case ValidationError.END_BEFORE_START:
            if error.field == "ends_at":
                return _tr("The session must end after it starts.")
            return _tr("The end date cannot be before the start date.")
        case ValidationError.BAD_DATE:
            text = _tr("%1 is not a date or time PeerDesk understands.")
        case ValidationError.BAD_CHOICE:
            text = _tr("Please choose %1 from the list.")
        case _:
            text = _tr("PeerDesk could not accept %1.")
    return _capital(text.replace("%1", name))


def describe_missing(error: NotFound) -> str:
    if error.kind == "course":
        return _tr("This course no longer exists. It may have been deleted.")
    if error.kind == "prep_item":
        return _tr("This checklist item no longer exists. It may have been deleted.")
    return _tr("This session no longer exists. It may have been deleted.")


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
