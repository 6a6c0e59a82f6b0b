"""The self-care area's words: field names, measures, workload, errors.

Tables of labels are marked with QT_TRANSLATE_NOOP and translated when shown,
never at import time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.services.selfcare import EarlyWarningRule

CONTEXT = "SelfCare"

# The check-in scales, as labels beside the scale and in the chart's legend.
MEASURES = {
    "energy": QT_TRANSLATE_NOOP("SelfCare", "Energy"),
    "stress": QT_TRANSLATE_NOOP("SelfCare", "Stress"),
    "mood": QT_TRANSLATE_NOOP("SelfCare", "Mood"),
    "boundaries_kept": QT_TRANSLATE_NOOP("SelfCare", "Boundaries kept"),
    "sleep": QT_TRANSLATE_NOOP("SelfCare", "Sleep"),
}

# The same measures inside a sentence ("In weeks with more hours, your stress …").
MEASURE_PHRASES = {
    "energy": QT_TRANSLATE_NOOP("SelfCare", "your energy"),
    "stress": QT_TRANSLATE_NOOP("SelfCare", "your stress"),
    "mood": QT_TRANSLATE_NOOP("SelfCare", "your mood"),
    "boundaries_kept": QT_TRANSLATE_NOOP("SelfCare", "how well you kept your boundaries"),
    "sleep": QT_TRANSLATE_NOOP("SelfCare", "your sleep"),
}

# Kinds of workload, inside a sentence ("In weeks with more conversations, …").
FACTOR_PHRASES = {
    "hours": QT_TRANSLATE_NOOP("SelfCare", "more hours"),
    "conversations": QT_TRANSLATE_NOOP("SelfCare", "more conversations"),
    "cafe_sessions": QT_TRANSLATE_NOOP("SelfCare", "more café sessions"),
    "shifts": QT_TRANSLATE_NOOP("SelfCare", "more café shifts"),
    "sparring": QT_TRANSLATE_NOOP("SelfCare", "more sparring"),
    "teaching": QT_TRANSLATE_NOOP("SelfCare", "more teaching"),
}

# Where a week's hours come from (hours.SOURCES).
HOUR_SOURCES = {
    "conversations": QT_TRANSLATE_NOOP("SelfCare", "Conversations"),
    "cafe_sessions": QT_TRANSLATE_NOOP("SelfCare", "Café sessions"),
    "sparring": QT_TRANSLATE_NOOP("SelfCare", "Sparring"),
    "training": QT_TRANSLATE_NOOP("SelfCare", "Host training"),
    "teaching": QT_TRANSLATE_NOOP("SelfCare", "Teaching (with preparation)"),
    "manual": QT_TRANSLATE_NOOP("SelfCare", "Entered by hand"),
}

MEETING_KINDS = {
    "supervision": QT_TRANSLATE_NOOP("SelfCare", "Supervision"),
    "network_group": QT_TRANSLATE_NOOP("SelfCare", "Network group"),
}

# The usual plan sections by key; the worker's own sections keep their own titles.
PLAN_TITLES = {
    "keeps_me_well": QT_TRANSLATE_NOOP("SelfCare", "What keeps me well"),
    "daily": QT_TRANSLATE_NOOP("SelfCare", "What I do every day to stay well"),
    "triggers": QT_TRANSLATE_NOOP("SelfCare", "What can knock me off balance"),
    "early_warning_signs": QT_TRANSLATE_NOOP("SelfCare", "My early warning signs"),
    "what_i_do": QT_TRANSLATE_NOOP("SelfCare", "What I do when I notice them"),
    "who_i_contact": QT_TRANSLATE_NOOP("SelfCare", "Who I contact"),
}

# Field names for error messages ("Please fill in “What happened”.").
FIELDS = {
    **MEASURES,
    "drains": QT_TRANSLATE_NOOP("SelfCare", "What drains me"),
    "helps": QT_TRANSLATE_NOOP("SelfCare", "What helps"),
    "occurred_on": QT_TRANSLATE_NOOP("SelfCare", "Date"),
    "what_happened": QT_TRANSLATE_NOOP("SelfCare", "What happened"),
    "boundary": QT_TRANSLATE_NOOP("SelfCare", "Which boundary"),
    "how_handled": QT_TRANSLATE_NOOP("SelfCare", "How I handled it"),
    "learned": QT_TRANSLATE_NOOP("SelfCare", "What I learned"),
    "title": QT_TRANSLATE_NOOP("SelfCare", "Section title"),
    "body": QT_TRANSLATE_NOOP("SelfCare", "Section text"),
    "measure": QT_TRANSLATE_NOOP("SelfCare", "What to watch"),
    "direction": QT_TRANSLATE_NOOP("SelfCare", "High or low"),
    "threshold": QT_TRANSLATE_NOOP("SelfCare", "Level"),
    "times_in_a_row": QT_TRANSLATE_NOOP("SelfCare", "Times in a row"),
    "valid_from": QT_TRANSLATE_NOOP("SelfCare", "From"),
    "weekly_hours": QT_TRANSLATE_NOOP("SelfCare", "Hours a week"),
    "on_date": QT_TRANSLATE_NOOP("SelfCare", "Date"),
    "minutes": QT_TRANSLATE_NOOP("SelfCare", "Hours"),
    "activity": QT_TRANSLATE_NOOP("SelfCare", "Activity"),
    "note": QT_TRANSLATE_NOOP("SelfCare", "Note"),
    "kind": QT_TRANSLATE_NOOP("SelfCare", "Kind"),
    "scheduled_at": QT_TRANSLATE_NOOP("SelfCare", "When"),
    "first_at": QT_TRANSLATE_NOOP("SelfCare", "When"),
    "to_bring": QT_TRANSLATE_NOOP("SelfCare", "What I want to bring"),
    "notes_after": QT_TRANSLATE_NOOP("SelfCare", "Notes afterwards"),
    "count": QT_TRANSLATE_NOOP("SelfCare", "Number of meetings"),
    "left_at_work": QT_TRANSLATE_NOOP("SelfCare", "What I leave at work"),
    "at": QT_TRANSLATE_NOOP("SelfCare", "Time"),
}


def _tr(text: str, n: int = -1) -> str:
    """Translate in the area's context (named _tr: lupdate would misread a `tr`)."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def measure_name(measure: str) -> str:
    return _tr(MEASURES.get(measure, measure))


def field_name(field: str) -> str:
    return _tr(FIELDS[field]) if field in FIELDS else field.replace("_", " ")


def plan_title(key: str, stored_title: str) -> str:
    """A usual section's title in the chosen language, unless the worker renamed it."""
    from peerdesk.services.selfcare import DEFAULT_PLAN_SECTIONS

    if key in PLAN_TITLES and stored_title == DEFAULT_PLAN_SECTIONS.get(key):
        return _tr(PLAN_TITLES[key])
    return stored_title


def scale_text(value: float | int | None) -> str:
    """A 1–5 answer as shown in lists: "3", or a dash when skipped."""
    if value is None:
        return "–"
    return str(value)


def rule_text(rule: EarlyWarningRule) -> str:
    """The worker's early-warning pattern as a phrase: "Stress at 4 or higher, 3 times in a row"."""
    if rule.direction == "high":
        text = _tr("%1 at %2 or higher, %n time(s) in a row", rule.times_in_a_row)
    else:
        text = _tr("%1 at %2 or lower, %n time(s) in a row", rule.times_in_a_row)
    return text.replace("%1", measure_name(rule.measure)).replace("%2", str(rule.threshold))


def error_text(error: BaseException) -> str:
    """Calm, whole sentences for a refused value or a record that is gone."""
    if isinstance(error, NotFound):
        return _tr("This was removed in the meantime. The list has been refreshed.")
    if not isinstance(error, ValidationError):
        from peerdesk.ui.getting_in.error_words import describe

        return describe(error)
    name = field_name(error.field)
    code = error.code
    if error.field == "check_in" and code == ValidationError.REQUIRED:
        return _tr(
            "Choose at least one number, write a line or tick supervision. "
            "An empty check-in says nothing."
        )
    if code == ValidationError.REQUIRED:
        text = _tr("Please fill in “%1”.")
    elif code == ValidationError.TOO_LONG:
        text = _tr("“%1” is too long. Please shorten it.")
    elif code == ValidationError.CONTROL_CHARS:
        text = _tr(
            "“%1” holds a line break or an invisible character that does not belong there. "
            "Please retype it."
        )
    elif code == ValidationError.OUT_OF_RANGE and "minimum" in error.facts:
        return (
            _tr("“%1” must be between %2 and %3.")
            .replace("%1", name)
            .replace("%2", str(error.facts["minimum"]))
            .replace("%3", str(error.facts.get("maximum", "")))
        )
    elif code in (ValidationError.OUT_OF_RANGE, ValidationError.NEGATIVE):
        text = _tr("“%1” is outside what is possible.")
    elif code == ValidationError.BAD_DATE:
        text = _tr("“%1” is not a date or time PeerDesk understands.")
    elif code == ValidationError.END_BEFORE_START:
        text = _tr("“%1” comes before the start.")
    else:
        text = _tr("“%1” cannot be used like that.")
    return text.replace("%1", name)
