"""The care tab's words for stored values and for refused input.

Stored values (a kind, a status) are English keys; the person at the screen
sees them translated. Tables are marked with QT_TRANSLATE_NOOP and translated
when shown, never at import time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.errors import VaultError

CONTEXT = "Care"

PERSON_STATUS = {
    "active": QT_TRANSLATE_NOOP("Care", "Active"),
    "paused": QT_TRANSLATE_NOOP("Care", "Paused"),
    "ended": QT_TRANSLATE_NOOP("Care", "Ended"),
}

FOLLOW_UP_STATUS = {
    "continue": QT_TRANSLATE_NOOP("Care", "Continue"),
    "change": QT_TRANSLATE_NOOP("Care", "Change"),
    "end": QT_TRANSLATE_NOOP("Care", "End"),
    "reassess": QT_TRANSLATE_NOOP("Care", "Reassess"),
}

CONVERSATION_KIND = {
    "care_conversation": QT_TRANSLATE_NOOP("Care", "Care conversation"),
    "peer_support": QT_TRANSLATE_NOOP("Care", "Peer support"),
    "group": QT_TRANSLATE_NOOP("Care", "Group"),
    "phone": QT_TRANSLATE_NOOP("Care", "Phone"),
    "walk": QT_TRANSLATE_NOOP("Care", "Walk"),
}

REFERRAL_KIND = {
    "club": QT_TRANSLATE_NOOP("Care", "Club"),
    "activity": QT_TRANSLATE_NOOP("Care", "Activity"),
    "job_centre": QT_TRANSLATE_NOOP("Care", "Job centre"),
    "education": QT_TRANSLATE_NOOP("Care", "Education"),
    "volunteering": QT_TRANSLATE_NOOP("Care", "Volunteering"),
    "peer_group": QT_TRANSLATE_NOOP("Care", "Peer group"),
    "other": QT_TRANSLATE_NOOP("Care", "Other"),
}

FOLLOW_UP_SOURCE = {
    "conversation": QT_TRANSLATE_NOOP("Care", "Note"),
    "sub_goal": QT_TRANSLATE_NOOP("Care", "Sub-goal"),
    "referral": QT_TRANSLATE_NOOP("Care", "Referral"),
}

# Everyday themes offered as chips in a new note (the person's own earlier
# themes come first). Stored as shown, in the worker's language.
COMMON_THEMES = (
    QT_TRANSLATE_NOOP("Care", "housing"),
    QT_TRANSLATE_NOOP("Care", "network"),
    QT_TRANSLATE_NOOP("Care", "sleep"),
    QT_TRANSLATE_NOOP("Care", "work"),
    QT_TRANSLATE_NOOP("Care", "money"),
    QT_TRANSLATE_NOOP("Care", "loneliness"),
    QT_TRANSLATE_NOOP("Care", "leisure"),
    QT_TRANSLATE_NOOP("Care", "family"),
    QT_TRANSLATE_NOOP("Care", "education"),
    QT_TRANSLATE_NOOP("Care", "daily rhythm"),
)

# Phrases for the snippets menu of a note, in everyday language.
SNIPPETS = (
    QT_TRANSLATE_NOOP("Care", "We talked about what has gone well since last time."),
    QT_TRANSLATE_NOOP("Care", "In their own words: "),
    QT_TRANSLATE_NOOP("Care", "They would like to try: "),
    QT_TRANSLATE_NOOP("Care", "We agreed that "),
    QT_TRANSLATE_NOOP("Care", "We will meet again at the café."),
    QT_TRANSLATE_NOOP("Care", "They chose what we talked about today."),
)

# The labels of the case-system text (see services.care_views.DEFAULT_LABELS).
CASE_LABELS = {
    "person": QT_TRANSLATE_NOOP("Care", "Person"),
    "wishes": QT_TRANSLATE_NOOP("Care", "Wishes"),
    "hopes": QT_TRANSLATE_NOOP("Care", "Hopes"),
    "dreams": QT_TRANSLATE_NOOP("Care", "Dreams"),
    "strengths": QT_TRANSLATE_NOOP("Care", "Strengths"),
    "goals": QT_TRANSLATE_NOOP("Care", "Goals"),
    "set_on": QT_TRANSLATE_NOOP("Care", "set {date}"),
    "follow_up_on": QT_TRANSLATE_NOOP("Care", "follow-up {date}"),
    "followed_up_on": QT_TRANSLATE_NOOP("Care", "followed up {date}"),
    "conversations": QT_TRANSLATE_NOOP("Care", "Conversations"),
    "conversations_since": QT_TRANSLATE_NOOP("Care", "Conversations since {date}"),
    "minutes": QT_TRANSLATE_NOOP("Care", "{minutes} min"),
    "themes": QT_TRANSLATE_NOOP("Care", "Themes"),
    "own_words": QT_TRANSLATE_NOOP("Care", "In their own words"),
    "next_steps": QT_TRANSLATE_NOOP("Care", "Next steps"),
    "follow_up": QT_TRANSLATE_NOOP("Care", "Follow-up"),
    "done_on": QT_TRANSLATE_NOOP("Care", "done {date}"),
    "status.continue": QT_TRANSLATE_NOOP("Care", "continue"),
    "status.change": QT_TRANSLATE_NOOP("Care", "change"),
    "status.end": QT_TRANSLATE_NOOP("Care", "ended"),
    "status.reassess": QT_TRANSLATE_NOOP("Care", "reassess"),
    "kind.care_conversation": QT_TRANSLATE_NOOP("Care", "Care conversation"),
    "kind.peer_support": QT_TRANSLATE_NOOP("Care", "Peer support"),
    "kind.group": QT_TRANSLATE_NOOP("Care", "Group"),
    "kind.phone": QT_TRANSLATE_NOOP("Care", "Phone"),
    "kind.walk": QT_TRANSLATE_NOOP("Care", "Walk"),
}


def care_tr(text: str, n: int = -1) -> str:
    """Translate in the "Care" context (for tables and code outside a widget)."""
    return QCoreApplication.translate("Care", text, None, n)


def word(table: dict[str, str], key: object) -> str:
    """The translated word for a stored value (an enum or its string)."""
    raw = getattr(key, "value", key)
    source = table.get(str(raw))
    return care_tr(source) if source else str(raw)


def case_labels() -> dict[str, str]:
    return {key: care_tr(source) for key, source in CASE_LABELS.items()}


def error_words(error: BaseException) -> str:
    """Calm, field-aware words for a refused input or a missing record."""
    if isinstance(error, NotFound):
        return care_tr("This is no longer in the vault; it may have been erased.")
    if not isinstance(error, ValidationError):
        if isinstance(error, VaultError):
            from peerdesk.ui.getting_in.error_words import describe

            return describe(error)
        return care_tr("Something went wrong; nothing was saved. Your text is still here.")
    code, field, facts = error.code, error.field, error.facts
    if code == ValidationError.REQUIRED:
        return care_tr("Please fill this in.")
    if code == ValidationError.TOO_LONG:
        return care_tr("This is too long: at most %1 characters.").replace(
            "%1", str(facts.get("limit", ""))
        )
    if code == ValidationError.CONTROL_CHARS:
        if field in ("alias", "title", "place", "destination"):
            return care_tr("Keep this on one line, without tabs or hidden characters.")
        return care_tr("This holds a hidden control character; retype the text around it.")
    if code == ValidationError.BAD_DATE:
        return care_tr("Write a date like 24.12.2026.")
    if code == ValidationError.CPR_NUMBER:
        return care_tr("This looks like a CPR number. Use an alias or initials instead.")
    if code == ValidationError.END_BEFORE_START:
        return care_tr("This date comes before the day it follows up on.")
    if code == ValidationError.OUT_OF_RANGE:
        if field == "occurred_at":
            return care_tr("A conversation cannot be more than a day in the future.")
        if field == "written_at":
            return care_tr("An addendum cannot be dated in the future.")
        return care_tr("This number is outside what can be saved.")
    if code == ValidationError.NOT_ALLOWED:
        reason = facts.get("reason")
        if reason == "settled":
            return care_tr(
                "This note has settled and can no longer change. Add an addendum instead."
            )
        if reason == "ended":
            return care_tr("An ended sub-goal has no next follow-up; clear the date.")
        if reason == "no_follow_up":
            return care_tr("This note has no follow-up to mark as done.")
    if code == ValidationError.NEGATIVE:
        return care_tr("This cannot be negative.")
    return care_tr("This could not be saved as it is; check it and try again.")
