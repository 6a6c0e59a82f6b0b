"""The café-day form's widgets: big counters, host and chip toggles, incident and reflection.

CafeDayPage (cafe_day.py) gives the form its life: opening, drafts, saving.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.errors import ValidationError
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.widgets import BigCounter, ChipBar, ToggleButtons, error_label, show_error

# Offered when a café has no themes or activities of its own yet (data, once ticked).
DEFAULT_THEMES = (
    QT_TRANSLATE_NOOP("CafeDayPage", "community"),
    QT_TRANSLATE_NOOP("CafeDayPage", "hope"),
    QT_TRANSLATE_NOOP("CafeDayPage", "sleep"),
    QT_TRANSLATE_NOOP("CafeDayPage", "loneliness"),
    QT_TRANSLATE_NOOP("CafeDayPage", "everyday life"),
)
DEFAULT_ACTIVITIES = (
    QT_TRANSLATE_NOOP("CafeDayPage", "coffee and cake"),
    QT_TRANSLATE_NOOP("CafeDayPage", "board games"),
    QT_TRANSLATE_NOOP("CafeDayPage", "a walk"),
    QT_TRANSLATE_NOOP("CafeDayPage", "cooking together"),
)

TEXT_FIELDS = ("went_well", "do_differently", "note", "incident", "incident_action")


def _tr(text: str) -> str:
    # Not self.tr(): PySide looks a string up under the runtime class
    # (CafeDayPage), while lupdate files it under the class that holds the call.
    return QCoreApplication.translate("CafeDayForm", text)


def qdt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def py_dt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class CafeDayForm(QWidget):
    """The fields of a café-day log, laid out for a touchpad in a busy room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        privacy = QLabel(_tr("Counts only: please write no guest's name anywhere on this page."))
        privacy.setWordWrap(True)
        privacy.setEnabled(False)  # muted text, light or dark

        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.discard_button = QPushButton(_tr("Dis&card these entries"))
        self.discard_button.setAccessibleName(_tr("Discard the restored draft"))
        self.discard_button.clicked.connect(self.discard_draft)
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.discard_button)
        self.banner.setVisible(False)

        self.top_error = error_label()

        when = QGroupBox(_tr("When"))
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setAccessibleName(_tr("Start of the session"))
        self.ends = QTimeEdit()
        self.ends.setAccessibleName(_tr("End of the session"))
        self.when_error = error_label()
        start_label = QLabel(_tr("S&tarted"))
        start_label.setBuddy(self.starts)
        # A log may leave the end open (someone logs at the start of the day).
        end_label = QCheckBox(_tr("&Ended"))
        end_label.setAccessibleName(_tr("The session has an end time"))
        end_label.setChecked(True)
        end_label.toggled.connect(self.ends.setEnabled)
        self.has_end = end_label
        when_row = QHBoxLayout()
        when_row.addWidget(start_label)
        when_row.addWidget(self.starts)
        when_row.addSpacing(16)
        when_row.addWidget(end_label)
        when_row.addWidget(self.ends)
        when_row.addStretch(1)
        when_box = QVBoxLayout(when)
        when_box.addLayout(when_row)
        when_box.addWidget(self.when_error)

        counts = QGroupBox(_tr("Guests"))
        self.head_count = BigCounter(_tr("&Guests in all"))
        self.newcomers = BigCounter(_tr("&Newcomers"))
        self.returning = BigCounter(_tr("&Returning"))
        self.counts_error = error_label()
        hint = QLabel(_tr("Newcomers and returning guests are part of the guests in all."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        counters = QHBoxLayout()
        for counter in (self.head_count, self.newcomers, self.returning):
            counters.addWidget(counter)
        counts_box = QVBoxLayout(counts)
        counts_box.addLayout(counters)
        counts_box.addWidget(hint)
        counts_box.addWidget(self.counts_error)

        hosts = QGroupBox(_tr("Hosts present"))
        self.host_ticks = ToggleButtons(_tr("Hosts present"))
        self.no_hosts = QLabel(_tr("No active hosts yet. Add hosts in the volunteers' area."))
        self.no_hosts.setWordWrap(True)
        self.no_hosts.setEnabled(False)
        hosts_box = QVBoxLayout(hosts)
        hosts_box.addWidget(self.host_ticks)
        hosts_box.addWidget(self.no_hosts)

        chips = QGroupBox(_tr("Themes and activities"))
        self.themes = ChipBar(_tr("Themes"), _tr("Add a theme"))
        self.activities = ChipBar(_tr("Activities"), _tr("Add an activity"))
        self.chips_error = error_label()
        chips_box = QVBoxLayout(chips)
        chips_box.addWidget(QLabel(_tr("Themes")))
        chips_box.addWidget(self.themes)
        chips_box.addWidget(QLabel(_tr("Activities")))
        chips_box.addWidget(self.activities)
        chips_box.addWidget(self.chips_error)

        incident = QGroupBox(_tr("Incident, if anything happened"))
        self.earlier_incidents = QLabel()
        self.earlier_incidents.setWordWrap(True)
        self.incident = self._text_box(_tr("What happened"), 3)
        self.incident_action = self._text_box(_tr("Action taken"), 2)
        self.follow_up = QCheckBox(_tr("Follow &up on"))
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setAccessibleName(_tr("Follow-up date"))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.incident_error = error_label()
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch(1)
        incident_form = QFormLayout(incident)
        incident_form.addRow(self.earlier_incidents)
        incident_form.addRow(self._buddy(_tr("What h&appened"), self.incident), self.incident)
        incident_form.addRow(
            self._buddy(_tr("Action ta&ken"), self.incident_action), self.incident_action
        )
        incident_form.addRow(follow_row)
        incident_form.addRow(self.incident_error)

        reflection = QGroupBox(_tr("Reflection"))
        self.went_well = self._text_box(_tr("What went well"), 3)
        self.do_differently = self._text_box(_tr("What would I do differently"), 3)
        self.note = self._text_box(_tr("Other notes"), 2)
        self.reflection_error = error_label()
        reflection_form = QFormLayout(reflection)
        reflection_form.addRow(self._buddy(_tr("What went &well"), self.went_well), self.went_well)
        reflection_form.addRow(
            self._buddy(_tr("What would &I do differently"), self.do_differently),
            self.do_differently,
        )
        reflection_form.addRow(self._buddy(_tr("&Other notes"), self.note), self.note)
        reflection_form.addRow(self.reflection_error)

        self.save_button = QPushButton(_tr("&Save the session log"))
        self.save_button.setMinimumHeight(44)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(_tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(_tr("Log the ne&xt session"))
        self.new_button.setMinimumHeight(44)
        self.new_button.clicked.connect(self.start_new)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner.setMaximumWidth(980)
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(12)
        for widget in (self.heading, privacy, self.banner, self.top_error, when, counts, hosts):
            column.addWidget(widget)
        for widget in (chips, incident, reflection):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(1)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(inner, 100)
        centre.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        self.scroll.setAccessibleName(_tr("Café-day form"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def _text_box(self, name: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
        return box

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _reset_fields(self) -> None:
        self.head_count.setValue(0)
        self.newcomers.setValue(0)
        self.returning.setValue(0)
        self.host_ticks.clear()
        self.themes.clear()
        self.activities.clear()
        for name in TEXT_FIELDS:
            getattr(self, name).clear()
        self.follow_up.setChecked(False)
        self.earlier_incidents.clear()
        self.earlier_incidents.setVisible(False)
        for label in self._error_labels():
            show_error(label, "")

    def _error_labels(self) -> list[QLabel]:
        return [
            self.top_error,
            self.when_error,
            self.counts_error,
            self.chips_error,
            self.incident_error,
            self.reflection_error,
        ]

    def form_values(self) -> dict:
        """Everything typed, as JSON-friendly values (a draft's payload)."""
        starts = py_dt(self.starts.dateTime())
        end_t = self.ends.time()
        return {
            "starts_at": starts.isoformat(),
            "ends_at": (
                datetime.combine(starts.date(), time(end_t.hour(), end_t.minute())).isoformat()
                if self.has_end.isChecked()
                else None
            ),
            "head_count": self.head_count.value(),
            "newcomers": self.newcomers.value(),
            "returning_guests": self.returning.value(),
            "host_ids": [int(k) for k in self.host_ticks.checked()],
            "themes": self.themes.checked(),
            "activities": self.activities.checked(),
            "offered_themes": self.themes.labels(),
            "offered_activities": self.activities.labels(),
            **{name: getattr(self, name).toPlainText() for name in TEXT_FIELDS},
            "incident_follow_up_on": (
                py_date(self.follow_up_on.date()).isoformat()
                if self.follow_up.isChecked()
                else None
            ),
        }

    def show_validation(self, error: ValidationError) -> None:
        """Words for a refused value, next to the part of the form it concerns."""
        text = words.describe(error)
        target = {
            "starts_at": self.when_error,
            "ends_at": self.when_error,
            "head_count": self.counts_error,
            "newcomers": self.counts_error,
            "returning_guests": self.counts_error,
            "themes": self.chips_error,
            "activities": self.chips_error,
            "description": self.incident_error,
            "action_taken": self.incident_error,
            "follow_up_on": self.incident_error,
            "went_well": self.reflection_error,
            "do_differently": self.reflection_error,
            "note": self.reflection_error,
        }.get(error.field, self.top_error)
        show_error(target, text)
        self.scroll.ensureWidgetVisible(target)
