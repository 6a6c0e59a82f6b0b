"""Form fields of the care tab: a field with its own warning words, an
optional date, and a date-and-time; shared by every care form."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.cpr import contains_cpr
from peerdesk.ui.care.cpr_guard import CprHighlighter
from peerdesk.ui.care.themes import ThemeChips


def warning_colour(widget: QWidget) -> str:
    """A red that reads on the current palette (light or dark), for warning text."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ef9a9a" if dark else "#b71c1c"


def mark_as_warning(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {warning_colour(label)};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def dmy(value: date) -> str:
    """A date as a Dane types it (and validation.parse_date reads it)."""
    return f"{value:%d.%m.%Y}"


class OptionalDate(QWidget):
    """A date that may be left empty: typed (24.12.2026) or set by a quick button."""

    changed = Signal()

    def __init__(self, quick: tuple[int, ...] = (7, 14, 28), parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.quick_buttons = []
        for days in quick:
            text = self.tr("+%n week(s)", "", days // 7) if days % 7 == 0 else f"+{days}"
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Set the date %n day(s) from today", "", days))
            button.clicked.connect(
                lambda _=False, d=days: self.set_value(date.today() + timedelta(d))
            )
            layout.addWidget(button)
            self.quick_buttons.append(button)
        clear = QPushButton(self.tr("None"))
        clear.setAutoDefault(False)
        clear.setAccessibleName(self.tr("No date"))
        clear.clicked.connect(self.edit.clear)
        layout.addWidget(clear)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, date):
            value = dmy(value)
        self.edit.setText(value or "")

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


def when_edit(value: datetime | None = None) -> QDateTimeEdit:
    """A date-and-time field (dd.mm.yyyy hh:mm) with a calendar, default now."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    set_when(edit, value or datetime.now())
    return edit


def set_when(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(
        QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    )


class FieldBox(QWidget):
    """One field of a form with the words that belong under it: a CPR warning
    while typing, and why the last save refused it."""

    changed = Signal()

    def __init__(self, name: str, editor: QWidget, *, guard: bool, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self.guard = guard
        self.cpr_label = QLabel(
            self.tr("This looks like a CPR number. Notes should not hold CPR numbers.")
        )
        mark_as_warning(self.cpr_label)
        self.cpr_label.hide()
        self.error_label = QLabel()
        mark_as_warning(self.error_label)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.cpr_label)
        layout.addWidget(self.error_label)
        # The box is as tall as its field wants to be, and no taller.
        self.grows = editor.sizePolicy().verticalPolicy() in (
            QSizePolicy.Policy.Expanding,
            QSizePolicy.Policy.MinimumExpanding,
        )
        if not self.grows:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if guard and isinstance(editor, QPlainTextEdit):
            self.highlighter = CprHighlighter(editor.document())
        self._connect()
        self.setFocusProxy(editor)

    def _connect(self) -> None:
        e = self.editor
        if isinstance(e, QLineEdit | QPlainTextEdit):
            e.textChanged.connect(self._on_change)
        elif isinstance(e, QComboBox):
            e.currentIndexChanged.connect(self._on_change)
        elif isinstance(e, QSpinBox):
            e.valueChanged.connect(self._on_change)
        elif isinstance(e, QDateTimeEdit):
            e.dateTimeChanged.connect(self._on_change)
        elif isinstance(e, QCheckBox):
            e.toggled.connect(self._on_change)
        else:  # OptionalDate, ThemeChips
            e.changed.connect(self._on_change)

    def _on_change(self, *_args) -> None:
        if self.guard:
            self.cpr_label.setVisible(self.has_cpr())
        self.changed.emit()

    def value(self) -> object:
        e = self.editor
        if isinstance(e, QLineEdit):
            return e.text()
        if isinstance(e, QPlainTextEdit):
            return e.toPlainText()
        if isinstance(e, QComboBox):
            return e.currentData()
        if isinstance(e, QSpinBox):
            return e.value()
        if isinstance(e, QDateEdit):
            return e.date().toPython().isoformat()
        if isinstance(e, QDateTimeEdit):
            return e.dateTime().toPython().replace(second=0, microsecond=0).isoformat()
        if isinstance(e, QCheckBox):
            return e.isChecked()
        return e.value()

    def set_value(self, value: object) -> None:
        e = self.editor
        if isinstance(e, QLineEdit):
            e.setText(str(value or ""))
        elif isinstance(e, QPlainTextEdit):
            e.setPlainText(str(value or ""))
        elif isinstance(e, QComboBox):
            index = e.findData(getattr(value, "value", value))
            e.setCurrentIndex(max(index, 0))
        elif isinstance(e, QSpinBox):
            e.setValue(int(value or 0))
        elif isinstance(e, QDateEdit):
            day = date.fromisoformat(value) if isinstance(value, str) else value
            if isinstance(day, date):
                e.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(e, QDateTimeEdit):
            when = datetime.fromisoformat(value) if isinstance(value, str) else value
            if isinstance(when, datetime):
                set_when(e, when)
        elif isinstance(e, QCheckBox):
            e.setChecked(bool(value))
        else:
            e.set_value(value)

    def clear(self) -> None:
        e = self.editor
        if isinstance(e, QLineEdit | QPlainTextEdit):
            e.clear()
        elif isinstance(e, ThemeChips):
            e.set_choices([])
            e.new_theme.clear()
        elif isinstance(e, OptionalDate):
            e.edit.clear()

    def text(self) -> str:
        """The field's text, for the CPR check (empty for non-text fields)."""
        value = self.value()
        if isinstance(value, list):
            return "\n".join(value)
        return (
            value if isinstance(value, str) and not isinstance(self.editor, QDateTimeEdit) else ""
        )

    def has_cpr(self) -> bool:
        return contains_cpr(self.text())

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
