"""A calm, read-only view of any record (for records no area tab shows yet)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.records import RecordView
from peerdesk.ui.formatting import fmt_date, fmt_datetime, fmt_time

# Field labels, marked for translation (lupdate reads QT_TRANSLATE_NOOP).
LABELS = {
    "alias": QT_TRANSLATE_NOOP("Fields", "Alias"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "first_met": QT_TRANSLATE_NOOP("Fields", "First met"),
    "wishes": QT_TRANSLATE_NOOP("Fields", "Wishes"),
    "hopes": QT_TRANSLATE_NOOP("Fields", "Hopes"),
    "dreams": QT_TRANSLATE_NOOP("Fields", "Dreams"),
    "strengths": QT_TRANSLATE_NOOP("Fields", "Strengths"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "own_words": QT_TRANSLATE_NOOP("Fields", "In their own words"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "occurred_at": QT_TRANSLATE_NOOP("Fields", "When"),
    "duration_minutes": QT_TRANSLATE_NOOP("Fields", "Minutes"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "themes": QT_TRANSLATE_NOOP("Fields", "Themes"),
    "next_steps": QT_TRANSLATE_NOOP("Fields", "Next steps"),
    "follow_up_on": QT_TRANSLATE_NOOP("Fields", "Follow up on"),
    "lived_experience_shared": QT_TRANSLATE_NOOP("Fields", "Lived experience I shared"),
    "my_reaction": QT_TRANSLATE_NOOP("Fields", "How it affected me (private)"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "starts_at": QT_TRANSLATE_NOOP("Fields", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("Fields", "Ends"),
    "head_count": QT_TRANSLATE_NOOP("Fields", "Head count"),
    "newcomers": QT_TRANSLATE_NOOP("Fields", "Newcomers"),
    "returning_guests": QT_TRANSLATE_NOOP("Fields", "Returning"),
    "activities": QT_TRANSLATE_NOOP("Fields", "Activities"),
    "went_well": QT_TRANSLATE_NOOP("Fields", "What went well"),
    "do_differently": QT_TRANSLATE_NOOP("Fields", "What I would do differently"),
    "challenges": QT_TRANSLATE_NOOP("Fields", "Challenges"),
    "topics": QT_TRANSLATE_NOOP("Fields", "Topics"),
    "topic": QT_TRANSLATE_NOOP("Fields", "Topic"),
    "held_at": QT_TRANSLATE_NOOP("Fields", "Held"),
    "held_on": QT_TRANSLATE_NOOP("Fields", "Held"),
    "at": QT_TRANSLATE_NOOP("Fields", "When"),
    "energy": QT_TRANSLATE_NOOP("Fields", "Energy"),
    "stress": QT_TRANSLATE_NOOP("Fields", "Stress"),
    "mood": QT_TRANSLATE_NOOP("Fields", "Mood"),
    "sleep": QT_TRANSLATE_NOOP("Fields", "Sleep"),
    "boundaries_kept": QT_TRANSLATE_NOOP("Fields", "Boundaries kept"),
    "drains": QT_TRANSLATE_NOOP("Fields", "What drains"),
    "helps": QT_TRANSLATE_NOOP("Fields", "What helps"),
    "what_happened": QT_TRANSLATE_NOOP("Fields", "What happened"),
    "boundary": QT_TRANSLATE_NOOP("Fields", "Boundary"),
    "how_handled": QT_TRANSLATE_NOOP("Fields", "How I handled it"),
    "learned": QT_TRANSLATE_NOOP("Fields", "What I learned"),
    "scheduled_at": QT_TRANSLATE_NOOP("Fields", "When"),
    "to_bring": QT_TRANSLATE_NOOP("Fields", "Things I want to bring"),
    "notes_after": QT_TRANSLATE_NOOP("Fields", "Notes afterwards"),
    "body": QT_TRANSLATE_NOOP("Fields", "Text"),
    "my_part": QT_TRANSLATE_NOOP("Fields", "My part"),
    "materials": QT_TRANSLATE_NOOP("Fields", "Materials"),
    "evaluation_worked": QT_TRANSLATE_NOOP("Fields", "What worked"),
    "evaluation_change": QT_TRANSLATE_NOOP("Fields", "What to change"),
    "destination": QT_TRANSLATE_NOOP("Fields", "Referred to"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "made_on": QT_TRANSLATE_NOOP("Fields", "Date"),
}

TABLE_TITLES = {
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "care_conversation": QT_TRANSLATE_NOOP("Fields", "Conversation"),
    "cafe_session": QT_TRANSLATE_NOOP("Fields", "Café session"),
    "volunteer": QT_TRANSLATE_NOOP("Fields", "Café host"),
    "sparring_session": QT_TRANSLATE_NOOP("Fields", "Sparring"),
    "check_in": QT_TRANSLATE_NOOP("Fields", "Check-in"),
    "course": QT_TRANSLATE_NOOP("Fields", "Course"),
    "course_session": QT_TRANSLATE_NOOP("Fields", "Course session"),
}


def label_for(column: str) -> str:
    source = LABELS.get(column)
    if source:
        return QCoreApplication.translate("Fields", source)
    return column.replace("_", " ").capitalize()


def _show(value: object) -> str:
    if isinstance(value, datetime):
        return fmt_datetime(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, time):
        return fmt_time(value)
    return str(value)


class RecordDialog(QDialog):
    """Shows a RecordView as a form of labelled, selectable text."""

    def __init__(self, view: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = TABLE_TITLES.get(view.table)
        self.setWindowTitle(
            QCoreApplication.translate("Fields", title)
            if title
            else view.table.replace("_", " ").capitalize()
        )
        self.resize(560, 480)
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for column, value in view.fields:
            text = QLabel(_show(value))
            text.setWordWrap(True)
            text.setTextInteractionFlags(
                text.textInteractionFlags() | text.textInteractionFlags().TextSelectableByMouse
            )
            text.setAccessibleName(label_for(column))
            form.addRow(label_for(column), text)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
