"""The pieces of the shift grid: a day cell and a shift card that takes dropped hosts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.shifts import ShiftCoverage
from peerdesk.ui.formatting import fmt_date, fmt_time, fmt_weekday_date

HOST_MIME = "application/x-peerdesk-host"
HOST_ROLE = Qt.ItemDataRole.UserRole

# Small status marks: they always carry text too, so colour is never the only signal.
# Dark text on a light tint reads in both light and dark palettes.
MARKS = {
    "gap": "background:#ffd166;color:#1a1a1a;border-radius:3px;padding:1px 4px;",
    "alone": "background:#f4a582;color:#1a1a1a;border-radius:3px;padding:1px 4px;",
    "ok": "background:#b8e0b8;color:#1a1a1a;border-radius:3px;padding:1px 4px;",
}


def status_of(row: ShiftCoverage) -> str:
    if row.gap:
        return "gap"
    if row.alone_untrained:
        return "alone"
    return "ok"


def host_mime(volunteer_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(HOST_MIME, QByteArray(str(volunteer_id).encode()))
    return data


def host_from_mime(data: QMimeData) -> int | None:
    if not data.hasFormat(HOST_MIME):
        return None
    try:
        return int(bytes(data.data(HOST_MIME).data()).decode())
    except ValueError:
        return None


class HostList(QListWidget):
    """A list of hosts that can be dragged onto a shift card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt API
        if not items:
            return QMimeData()
        return host_mime(int(items[0].data(HOST_ROLE)))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [HOST_MIME]


class ShiftCard(QFrame):
    """One shift: its time, hosts needed against assigned, and any gap in words.

    Click it or tab to it to select it; drop a host on it to assign them.
    """

    selected = Signal(int)
    host_dropped = Signal(int, int)  # shift id, volunteer id

    def __init__(self, row: ShiftCoverage, *, compact: bool, parent=None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("shiftCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setProperty("selected", False)
        self._style()
        self.time_label = QLabel(f"{fmt_time(row.starts_at.time())}–{fmt_time(row.ends_at.time())}")
        font = self.time_label.font()
        font.setBold(True)
        self.time_label.setFont(font)
        self.count_label = QLabel(
            self.tr("%1 of %2 hosts")
            .replace("%1", str(row.assigned))
            .replace("%2", str(row.needed))
        )
        self.compact = compact
        self.status_label = QLabel(self.short_status() if compact else self.status_text())
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(MARKS[status_of(row)])
        self.names_label = QLabel(", ".join(row.host_names))
        self.names_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.time_label)
        if not compact:
            layout.addWidget(self.count_label)
        layout.addWidget(self.status_label)
        if not compact and row.host_names:
            layout.addWidget(self.names_label)
        self.setAccessibleName(self.description())
        self.setToolTip(self.description())

    def status_text(self) -> str:
        row = self.row
        if row.gap:
            return "⚠ " + self.tr("%n host(s) missing", "", row.gap)
        if row.alone_untrained:
            return "⚠ " + self.tr("Only host is not trained to be alone")
        return "✓ " + self.tr("Enough hosts")

    def short_status(self) -> str:
        row = self.row
        if row.gap:
            return "⚠ " + self.tr("%n missing", "", row.gap)
        if row.alone_untrained:
            return "⚠ " + self.tr("untrained alone")
        return "✓ " + f"{row.assigned}/{row.needed}"

    def description(self) -> str:
        row = self.row
        text = (
            self.tr("%1, %2–%3: %4 of %5 hosts")
            .replace("%1", fmt_weekday_date(row.starts_at.date()))
            .replace("%2", fmt_time(row.starts_at.time()))
            .replace("%3", fmt_time(row.ends_at.time()))
            .replace("%4", str(row.assigned))
            .replace("%5", str(row.needed))
        )
        names = ", ".join(row.host_names)
        return f"{text}. {self.status_text()[2:]}." + (f" {names}" if names else "")

    def _style(self) -> None:
        width = 2 if self.property("selected") else 1
        role = "highlight" if self.property("selected") else "mid"
        self.setStyleSheet(
            f"QFrame#shiftCard {{ border: {width}px solid palette({role}); border-radius: 4px; }}"
        )

    def set_selected(self, on: bool) -> None:
        self.setProperty("selected", on)
        self._style()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.selected.emit(self.row.shift_id)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.selected.emit(self.row.shift_id)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.selected.emit(self.row.shift_id)
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if host_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if host_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        volunteer_id = host_from_mime(event.mimeData())
        if volunteer_id is None:
            return
        event.acceptProposedAction()
        self.host_dropped.emit(self.row.shift_id, volunteer_id)


class DayCell(QFrame):
    """One day of the grid: its date and the day's shift cards."""

    def __init__(self, day: date, *, in_period: bool, today: date, parent=None) -> None:
        super().__init__(parent)
        self.day = day
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.cards: list[ShiftCard] = []
        text = fmt_date(day)
        if day == today:
            text = self.tr("%1 (today)").replace("%1", text)
        self.date_label = QLabel(text)
        self.date_label.setWordWrap(True)
        self.date_label.setEnabled(in_period)  # muted for days outside the month
        if day == today:
            font = self.date_label.font()
            font.setBold(True)
            self.date_label.setFont(font)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.setSpacing(4)
        self.column.addWidget(self.date_label)
        self.column.addStretch(1)

    def add_card(self, card: ShiftCard) -> None:
        self.column.insertWidget(self.column.count() - 1, card)
        self.cards.append(card)
