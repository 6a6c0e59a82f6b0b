"""Labels and calm sentences for the volunteers area.

Tables of labels are marked with QT_TRANSLATE_NOOP (context "Volunteers") and
translated when shown, never at import time. Service errors carry a field and a
code; `problem_text` turns them into one whole sentence about that field.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import SparringKind, TrainingStatus, VolunteerStatus

CONTEXT = "Volunteers"

HOST_STATUS = {
    VolunteerStatus.ACTIVE: QT_TRANSLATE_NOOP("Volunteers", "Active"),
    VolunteerStatus.PAUSED: QT_TRANSLATE_NOOP("Volunteers", "Paused"),
    VolunteerStatus.STOPPED: QT_TRANSLATE_NOOP("Volunteers", "Stopped"),
}

TRAINING_STATUS = {
    TrainingStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Volunteers", "Not started"),
    TrainingStatus.IN_TRAINING: QT_TRANSLATE_NOOP("Volunteers", "In training"),
    TrainingStatus.TRAINED: QT_TRANSLATE_NOOP("Volunteers", "Trained"),
}

SPARRING_KIND = {
    SparringKind.ONE_TO_ONE: QT_TRANSLATE_NOOP("Volunteers", "One to one"),
    SparringKind.GROUP: QT_TRANSLATE_NOOP("Volunteers", "Group"),
}

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Volunteers", "Monday"),
    QT_TRANSLATE_NOOP("Volunteers", "Tuesday"),
    QT_TRANSLATE_NOOP("Volunteers", "Wednesday"),
    QT_TRANSLATE_NOOP("Volunteers", "Thursday"),
    QT_TRANSLATE_NOOP("Volunteers", "Friday"),
    QT_TRANSLATE_NOOP("Volunteers", "Saturday"),
    QT_TRANSLATE_NOOP("Volunteers", "Sunday"),
)

# The field names the services use, as the person at the screen knows them.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("Volunteers", "Name"),
    "phone": QT_TRANSLATE_NOOP("Volunteers", "Phone"),
    "email": QT_TRANSLATE_NOOP("Volunteers", "E-mail"),
    "started_on": QT_TRANSLATE_NOOP("Volunteers", "Started"),
    "status": QT_TRANSLATE_NOOP("Volunteers", "Status"),
    "note": QT_TRANSLATE_NOOP("Volunteers", "Note"),
    "slots": QT_TRANSLATE_NOOP("Volunteers", "Availability"),
    "on_date": QT_TRANSLATE_NOOP("Volunteers", "Date"),
    "minutes": QT_TRANSLATE_NOOP("Volunteers", "Minutes"),
    "description": QT_TRANSLATE_NOOP("Volunteers", "Description"),
    "valid_months": QT_TRANSLATE_NOOP("Volunteers", "Renew after (months)"),
    "position": QT_TRANSLATE_NOOP("Volunteers", "Position"),
    "active": QT_TRANSLATE_NOOP("Volunteers", "In use"),
    "on": QT_TRANSLATE_NOOP("Volunteers", "Date"),
    "held_on": QT_TRANSLATE_NOOP("Volunteers", "Held on"),
    "held_at": QT_TRANSLATE_NOOP("Volunteers", "Held at"),
    "topic": QT_TRANSLATE_NOOP("Volunteers", "Topic"),
    "duration_minutes": QT_TRANSLATE_NOOP("Volunteers", "Minutes"),
    "participant_ids": QT_TRANSLATE_NOOP("Volunteers", "Hosts"),
    "attendee_ids": QT_TRANSLATE_NOOP("Volunteers", "Attended"),
    "topics": QT_TRANSLATE_NOOP("Volunteers", "Topics"),
    "went_well": QT_TRANSLATE_NOOP("Volunteers", "What went well"),
    "challenges": QT_TRANSLATE_NOOP("Volunteers", "Challenges"),
    "agreements": QT_TRANSLATE_NOOP("Volunteers", "Agreements"),
    "wellbeing_word": QT_TRANSLATE_NOOP("Volunteers", "Wellbeing in a word"),
    "follow_up_on": QT_TRANSLATE_NOOP("Volunteers", "Follow up on"),
    "volunteer_id": QT_TRANSLATE_NOOP("Volunteers", "Host"),
    "module_id": QT_TRANSLATE_NOOP("Volunteers", "Module"),
    "year": QT_TRANSLATE_NOOP("Volunteers", "Year"),
    "month": QT_TRANSLATE_NOOP("Volunteers", "Month"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def label(table: dict, key: object) -> str:
    """The translated label for `key` in one of the tables above."""
    return _tr(table[key])


def field_label(field: str) -> str:
    return _tr(FIELDS[field]) if field in FIELDS else field.replace("_", " ")


def problem_text(error: ValidationError) -> str:
    """One calm sentence about a refused value, naming the field."""
    name = field_label(error.field)
    facts = error.facts
    match error.code:
        case ValidationError.REQUIRED:
            if error.field == "participant_ids":
                return _tr("Choose at least one host.")
            return _tr("%1: please fill this in.").replace("%1", name)
        case ValidationError.TOO_LONG:
            return (
                _tr("%1 is too long: at most %2 characters.")
                .replace("%1", name)
                .replace("%2", str(facts.get("limit", "")))
            )
        case ValidationError.CONTROL_CHARS:
            return _tr(
                "%1 holds a line break or an invisible character that cannot be kept here. "
                "Please retype it."
            ).replace("%1", name)
        case ValidationError.NEGATIVE:
            return _tr("%1 cannot be below zero.").replace("%1", name)
        case ValidationError.OUT_OF_RANGE:
            return _range_text(name, facts)
        case ValidationError.END_BEFORE_START:
            if error.field == "follow_up_on":
                return _tr("The follow-up date cannot be before the sparring session.")
            if error.field == "slots":
                return _tr("Each time slot must end after it starts.")
            if error.field == "on":
                return _tr("The date cannot be before the sparring session.")
            return _tr("%1 cannot be before the start.").replace("%1", name)
        case ValidationError.BAD_DATE:
            if error.field == "slots":
                return _tr("Write times of day like 9.30 or 14, or leave the field empty.")
            return _tr("%1 is not a date or time PeerDesk understands.").replace("%1", name)
        case ValidationError.BAD_CHOICE:
            if error.field == "email":
                return _tr("This does not look like an e-mail address (name@example.dk).")
            if error.field == "phone":
                return _tr("A phone number may hold digits, spaces and + ( ) - . / only.")
            return _tr("%1 has a value that cannot be used here.").replace("%1", name)
        case ValidationError.DUPLICATE:
            if error.field == "name":
                return _tr("There is already a module with this name.")
            return _tr("%1 is already there.").replace("%1", name)
        case ValidationError.NOT_ALLOWED:
            return _tr("%1 cannot be changed like this.").replace("%1", name)
    return _tr("%1 cannot be saved like this.").replace("%1", name)


def _range_text(name: str, facts: dict) -> str:
    low, high = facts.get("minimum"), facts.get("maximum")
    if low is not None and high is not None:
        return (
            _tr("%1 must be between %2 and %3.")
            .replace("%1", name)
            .replace("%2", str(low))
            .replace("%3", str(high))
        )
    if low is not None:
        return _tr("%1 must be at least %2.").replace("%1", name).replace("%2", str(low))
    if high is not None:
        return _tr("%1 can be at most %2.").replace("%1", name).replace("%2", str(high))
    return _tr("%1 is out of range.").replace("%1", name)


def not_found_text(error: NotFound) -> str:
    """For a record that vanished between showing and acting (erased meanwhile)."""
    if error.kind == "volunteer":
        return _tr("This host is no longer in the vault; they may have been erased.")
    return _tr("This record is no longer in the vault; it may have been deleted or erased.")
