"""Small widgets the courses forms share: error lines, optional dates, note fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.errors import ValidationError
from peerdesk.ui.courses.words import describe_refusal


class ErrorLine(QLabel):
    """A calm sentence under a field; hidden while there is nothing to say.

    The warning sign carries the meaning, so colour is never the only signal.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText("⚠ " + text if text else "")
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.say("")


class FieldErrors:
    """Puts a refused field's words under that field and moves the focus there."""

    def __init__(self, general: ErrorLine) -> None:
        self.general = general
        self._fields: dict[str, tuple[ErrorLine, QWidget]] = {}

    def add(self, field: str, line: ErrorLine, widget: QWidget) -> None:
        self._fields[field] = (line, widget)

    def show(self, error: ValidationError) -> None:
        self.clear()
        line, widget = self._fields.get(error.field, (self.general, None))
        line.say(describe_refusal(error))
        if widget is not None:
            widget.setFocus()

    def say(self, text: str) -> None:
        self.clear()
        self.general.say(text)

    def clear(self) -> None:
        self.general.clear()
        for line, _ in self._fields.values():
            line.clear()


def note_field(name: str, *, lines: int = 3) -> QPlainTextEdit:
    """A several-line text field where Tab moves on (as in a form), named for screen readers."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    # A fixed height keeps the form compact; the field scrolls for longer text.
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OptionalDate(QObject):
    """A date that may be left out: a tick box (the form row's label) switches it on.

    `check` goes in the label column and `edit` in the field column, so the
    date lines up with the other fields and the pair reads as one field.
    """

    changed = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None, *, fallback: date | None = None) -> None:
        self.check.setChecked(value is not None)
        shown = value or fallback
        self.edit.setDate(to_qdate(shown) if shown else QDate.currentDate())


def with_error_line(field: QWidget | QLayout) -> tuple[QWidget, ErrorLine]:
    """The field with its (hidden) error line right under it, as one form cell.

    Kept in one cell so that a hidden error line takes no row spacing.
    """
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    line = ErrorLine()
    column.addWidget(line)
    # Never taller than its contents: spare height belongs below the form, not in its rows.
    cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return cell, line
