"""A host's availability per weekday, as the café shift picker reads it.

One row per time slot: the weekday ticked, from and to (the earliest and
latest time mean "from opening" and "until closing"). A weekday may hold
several slots ("+" adds one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import volunteers
from peerdesk.ui.formatting import fmt_time
from peerdesk.ui.volunteers.widgets import ErrorLine, muted, report_error
from peerdesk.ui.volunteers.words import WEEKDAYS, _tr


class TimeField(QTimeEdit):
    """A time of day where the first value (00.00) means no limit."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.setMinimumTime(QTime(0, 0))
        self.setSpecialValueText(empty_text)
        self.setWrapping(False)
        self.set_value(None)

    def value(self) -> time | None:
        qt = self.time()
        return None if qt == QTime(0, 0) else time(qt.hour(), qt.minute())

    def set_value(self, value: time | None) -> None:
        self.setTime(QTime(0, 0) if value is None else QTime(value.hour, value.minute))


@dataclass
class _Slot:
    weekday: int
    ticked: QCheckBox
    from_time: TimeField
    to_time: TimeField


class AvailabilityEditor(QWidget):
    """Edit and save one host's availability; `saved` fires after a save."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.host_id: int | None = None
        self.dirty = False
        self.slots: list[_Slot] = []
        self._extras: list[QWidget] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.error = ErrorLine()
        self.hint = muted(_tr("Shifts are offered first to hosts available at that time."))
        self.save_button = QPushButton(_tr("Save a&vailability"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.grid)
        column.addWidget(self.error)
        column.addWidget(self.hint)
        column.addLayout(buttons)

    # showing ----------------------------------------------------------------------

    def show_host(self, vault, host_id: int, slots: list[tuple[int, time | None, time | None]]):
        self.vault, self.host_id = vault, host_id
        self._build(slots)

    def _build(self, slots: list[tuple[int, time | None, time | None]]) -> None:
        self._remove_rows()
        by_day: dict[int, list[tuple[time | None, time | None]]] = {d: [] for d in range(7)}
        for weekday, start, end in slots:
            by_day[weekday].append((start, end))
        for weekday in range(7):
            for start, end in by_day[weekday] or [(None, None)]:
                self._add_slot(weekday, ticked=bool(by_day[weekday]), start=start, end=end)
        self._lay_out()
        self.error.clear()
        self.dirty = False
        self.save_button.setEnabled(False)

    def _add_slot(self, weekday: int, *, ticked: bool, start=None, end=None) -> _Slot:
        day = _tr(WEEKDAYS[weekday])
        box = QCheckBox(day)
        box.setChecked(ticked)
        start_field = TimeField(_tr("from opening"))
        start_field.setAccessibleName(_tr("%1 from").replace("%1", day))
        end_field = TimeField(_tr("until closing"))
        end_field.setAccessibleName(_tr("%1 until").replace("%1", day))
        start_field.set_value(start)
        end_field.set_value(end)
        slot = _Slot(weekday, box, start_field, end_field)
        box.toggled.connect(self._changed)
        box.toggled.connect(lambda on, s=slot: self._enable(s, on))
        start_field.timeChanged.connect(self._changed)
        end_field.timeChanged.connect(self._changed)
        self._enable(slot, ticked)
        position = max(
            (i + 1 for i, other in enumerate(self.slots) if other.weekday <= weekday), default=0
        )
        self.slots.insert(position, slot)
        return slot

    def _enable(self, slot: _Slot, on: bool) -> None:
        slot.from_time.setEnabled(on)
        slot.to_time.setEnabled(on)

    def _lay_out(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for widget in self._extras:
            widget.deleteLater()
        self._extras = [muted(_tr("Day")), muted(_tr("From")), muted(_tr("Until"))]
        for column, widget in enumerate(self._extras):
            self.grid.addWidget(widget, 0, column)
        seen: set[int] = set()
        for row, slot in enumerate(self.slots, start=1):
            self.grid.addWidget(slot.ticked, row, 0)
            self.grid.addWidget(slot.from_time, row, 1)
            self.grid.addWidget(slot.to_time, row, 2)
            if slot.weekday not in seen:
                seen.add(slot.weekday)
                more = QToolButton()
                more.setText("+")
                day = _tr(WEEKDAYS[slot.weekday])
                more.setAccessibleName(_tr("Another time on %1").replace("%1", day))
                more.setToolTip(_tr("Add another time on %1").replace("%1", day))
                more.clicked.connect(lambda _=False, d=slot.weekday: self._more(d))
                self._extras.append(more)
                self.grid.addWidget(more, row, 3)
        self.grid.setColumnStretch(4, 1)

    def _more(self, weekday: int) -> None:
        slot = self._add_slot(weekday, ticked=True)
        self._lay_out()
        self._changed()
        slot.from_time.setFocus()

    def _remove_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.slots, self._extras = [], []

    def _changed(self, *_args) -> None:
        self.dirty = True
        self.save_button.setEnabled(True)

    # saving -----------------------------------------------------------------------

    def chosen(self) -> list[tuple[int, time | None, time | None]]:
        return [
            (s.weekday, s.from_time.value(), s.to_time.value())
            for s in self.slots
            if s.ticked.isChecked()
        ]

    def save(self) -> bool:
        self.error.clear()
        try:
            rows = volunteers.set_availability(
                self.vault, volunteer_id=self.host_id, slots=self.chosen()
            )
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error, {"slots": (self.error, None)})
            return False
        self._build([(r.weekday, r.from_time, r.to_time) for r in rows])
        self.saved.emit()
        return True

    def clear(self) -> None:
        self._remove_rows()
        self.error.clear()
        self.vault, self.host_id, self.dirty = None, None, False
        self.save_button.setEnabled(False)


def describe_slots(slots: list[tuple[int, time | None, time | None]]) -> str:
    """One line such as "Tuesday 10.00–14.00, Friday"."""
    parts = []
    for weekday, start, end in sorted(slots, key=lambda s: (s[0], s[1] or time.min)):
        day = _tr(WEEKDAYS[weekday])
        if start is None and end is None:
            parts.append(day)
        else:
            span = f"{fmt_time(start) if start else '…'}–{fmt_time(end) if end else '…'}"
            parts.append(f"{day} {span}")
    return ", ".join(parts)
