"""The calendar of coming sessions, across every course, one heading per day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from peerdesk.ui.courses.models import prep_progress
from peerdesk.ui.formatting import fmt_time, fmt_weekday_date
from peerdesk.vault.models import CourseSession

TARGET = Qt.ItemDataRole.UserRole


class ComingList(QListWidget):
    """Days with their sessions; Enter or a double-click opens a session."""

    open_session = Signal(int, int)  # course id, session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.itemActivated.connect(self._activate)

    def set_sessions(self, sessions: list[CourseSession], *, today: date) -> None:
        self.clear()
        if not sessions:
            empty = QListWidgetItem(self.tr("No sessions planned in the coming weeks."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
            return
        shown_day = None
        for s in sessions:
            day = s.starts_at.date()
            if day != shown_day:
                shown_day = day
                self._heading(day, today)
            item = QListWidgetItem(self._line(s))
            item.setData(TARGET, (s.course_id, s.id))
            item.setToolTip(self.tr("Press Enter or double-click to open the session"))
            self.addItem(item)

    def _heading(self, day: date, today: date) -> None:
        text = fmt_weekday_date(day)
        if day == today:
            text = self.tr("Today, %1").replace("%1", text)
        elif (day - today).days == 1:
            text = self.tr("Tomorrow, %1").replace("%1", text)
        heading = QListWidgetItem(text)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setBold(True)
        heading.setFont(font)
        self.addItem(heading)

    def _line(self, s: CourseSession) -> str:
        title = s.course.title if not s.topic else f"{s.course.title}: {s.topic}"
        return (
            self.tr("%1–%2  %3 (%4)")
            .replace("%1", fmt_time(s.starts_at.time()))
            .replace("%2", fmt_time(s.ends_at.time()))
            .replace("%3", title)
            .replace("%4", self.tr("preparation: %1").replace("%1", prep_progress(s)))
        )

    def session_count(self) -> int:
        return sum(1 for i in range(self.count()) if self.item(i).data(TARGET))

    def _activate(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET)
        if target:
            self.open_session.emit(int(target[0]), int(target[1]))
