"""Overblik: today at a glance — follow-ups, shift gaps, sparring, myself, what's next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.overview import Overview, today_overview
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.formatting import fmt_date, fmt_datetime, fmt_hours, fmt_weekday_date

_TARGET = Qt.ItemDataRole.UserRole
# care.FollowUp.kind → the table its record_id belongs to.
FOLLOW_UP_TABLES = {
    "conversation": "care_conversation",
    "sub_goal": "sub_goal",
    "referral": "referral",
}


class _Card(QGroupBox):
    """A titled box with a list of lines that can point to a record, or a calm empty text."""

    activated = Signal(str, int)

    # A dashboard shows what comes first; the area tabs hold the full lists.
    MAX_LINES = 25

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._empty_text = empty_text
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._activate)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)  # the palette's muted text colour, light or dark
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def set_lines(
        self,
        lines: list[tuple[str, tuple[str, int] | None]],
        *,
        total: int | None = None,
        more: Callable[[int], str] | None = None,
    ) -> None:
        """Show `lines` (the first of `total`); past MAX_LINES, `more(hidden)` ends the list."""
        self.list.clear()
        hidden = (len(lines) if total is None else total) - self.MAX_LINES
        if hidden > 0 and more is not None:
            lines = [*lines[: self.MAX_LINES], (more(hidden), None)]
        for text, target in lines:
            item = QListWidgetItem(text)
            if target:
                item.setData(_TARGET, target)
                item.setToolTip(self.tr("Press Enter or double-click to open"))
            self.list.addItem(item)
        self.list.setVisible(bool(lines))
        self.empty.setVisible(not lines)

    def clear(self) -> None:
        self.set_lines([])

    def _activate(self, item: QListWidgetItem) -> None:
        target = item.data(_TARGET)
        if target:
            self.activated.emit(target[0], int(target[1]))


class OverviewTab(AreaTab):
    """The first tab: what needs attention today."""

    open_requested = Signal(str, int)
    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.follow_ups = _Card(self.tr("Follow-ups due"), self.tr("No follow-ups due today."))
        self.gaps = _Card(
            self.tr("Café shifts without enough hosts (next 14 days)"),
            self.tr("Every café shift in the next 14 days has enough hosts."),
        )
        self.sparring = _Card(
            self.tr("Sparring follow-ups"), self.tr("No sparring follow-ups due.")
        )
        self.myself = _Card(self.tr("Myself"), self.tr("No check-in yet."))
        self.coming = _Card(self.tr("Coming up"), self.tr("Nothing planned in the next 14 days."))
        self._build_backup_card()
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.follow_ups, 0, 0)
        grid.addWidget(self.gaps, 0, 1)
        grid.addWidget(self.myself, 1, 0)
        grid.addWidget(self.coming, 1, 1)
        grid.addWidget(self.sparring, 2, 0, 1, 2)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 16, 16, 16)
        column.addWidget(self.heading)
        column.addWidget(self.backup_card)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)
        for card in self._cards():
            card.activated.connect(self.open_requested)
        self.clear()

    def _build_backup_card(self) -> None:
        # Shown only when the newest backup is more than a week old (or missing).
        self.backup_card = QGroupBox(self.tr("Backup"))
        self.backup_text = QLabel()
        self.backup_text.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back &up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_requested)
        row = QGridLayout(self.backup_card)
        row.addWidget(self.backup_text, 0, 0)
        row.addWidget(self.backup_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        row.setColumnStretch(0, 1)

    def show_backup(self, last: datetime | None, old: bool) -> None:
        """Warn, calmly, when the newest backup is old or missing; hide the card otherwise."""
        if last is None:
            text = self.tr(
                "There is no backup of the vault yet. If this computer is lost or breaks, "
                "everything in it is gone. An encrypted backup takes a moment."
            )
        else:
            text = self.tr(
                "The last backup is from %1, more than a week ago. An encrypted backup "
                "takes a moment."
            ).replace("%1", fmt_datetime(last))
        self.backup_text.setText(text if old else "")
        self.backup_card.setVisible(old)

    def title(self) -> str:
        return self.tr("Overview")

    def _cards(self) -> list[_Card]:
        return [self.follow_ups, self.gaps, self.sparring, self.myself, self.coming]

    def load(self, vault) -> None:
        self.show_overview(today_overview(vault))

    def clear(self) -> None:
        self.heading.setText(self.tr("Overview"))
        self.backup_text.clear()
        self.backup_card.hide()
        for card in self._cards():
            card.clear()

    def show_overview(self, ov: Overview) -> None:
        self.heading.setText(self.tr("Today, %1").replace("%1", fmt_weekday_date(ov.today)))
        self.follow_ups.set_lines(
            [
                (self._follow_up_line(f), (FOLLOW_UP_TABLES[f.kind], f.record_id))
                for f in ov.follow_ups[: _Card.MAX_LINES]  # the rest are only counted
            ],
            total=len(ov.follow_ups),
            more=lambda n: self.tr(
                "…and %n more in the follow-up list of Care conversations.", "", n
            ),
        )
        self.gaps.set_lines(
            [(self._gap_line(g), ("shift", g.shift_id)) for g in ov.shift_gaps],
            more=lambda n: self.tr("…and %n more shifts without enough hosts.", "", n),
        )
        self.sparring.set_lines(
            [
                (
                    self.tr("%1: follow up on sparring from %2")
                    .replace("%1", fmt_date(s.follow_up_on))
                    .replace("%2", fmt_date(s.held_at.date())),
                    ("sparring_session", s.id),
                )
                for s in ov.sparring_due[: _Card.MAX_LINES]
            ],
            total=len(ov.sparring_due),
            more=lambda n: self.tr("…and %n more sparring follow-ups in Volunteers.", "", n),
        )
        self.myself.set_lines(self._myself_lines(ov))
        self.coming.set_lines(self._coming_lines(ov))
        self.show_backup(ov.last_backup, ov.backup_old)

    # lines ------------------------------------------------------------------

    def _follow_up_line(self, f) -> str:
        when = fmt_date(f.due_on)
        if f.overdue:
            return (
                self.tr("Overdue since %1 — %2: %3")
                .replace("%1", when)
                .replace("%2", f.person_alias)
                .replace("%3", f.title)
            )
        return (
            self.tr("Due %1 — %2: %3")
            .replace("%1", when)
            .replace("%2", f.person_alias)
            .replace("%3", f.title)
        )

    def _gap_line(self, g) -> str:
        if g.gap:
            text = self.tr("%1, %2: %n host(s) missing", "", g.gap)
        else:
            text = self.tr("%1, %2: the only host is not yet trained to be alone")
        return text.replace("%1", fmt_datetime(g.starts_at)).replace("%2", g.cafe_name)

    def _myself_lines(self, ov: Overview) -> list[tuple[str, tuple[str, int] | None]]:
        lines: list[tuple[str, tuple[str, int] | None]] = []
        c = ov.last_check_in
        if c is not None:
            lines.append(
                (
                    self.tr("Last check-in %1: energy %2, stress %3")
                    .replace("%1", fmt_datetime(c.at))
                    .replace("%2", _scale(c.energy))
                    .replace("%3", _scale(c.stress)),
                    ("check_in", c.id),
                )
            )
        h = ov.week_hours
        if h is not None:
            if h.contract_minutes and h.over_by_minutes and h.over_by_minutes > 0:
                text = (
                    self.tr("This week: %1 of %2 hours, %3 over. Take care of yourself.")
                    .replace("%1", fmt_hours(h.total_minutes))
                    .replace("%2", fmt_hours(h.contract_minutes))
                    .replace("%3", fmt_hours(h.over_by_minutes))
                )
            elif h.contract_minutes:
                text = (
                    self.tr("This week: %1 of %2 hours")
                    .replace("%1", fmt_hours(h.total_minutes))
                    .replace("%2", fmt_hours(h.contract_minutes))
                )
            else:
                text = self.tr("This week: %1 hours").replace("%1", fmt_hours(h.total_minutes))
            lines.append((text, None))
        return lines

    def _coming_lines(self, ov: Overview) -> list[tuple[str, tuple[str, int] | None]]:
        lines: list[tuple[str, tuple[str, int] | None]] = []
        if ov.next_network_group is not None:
            m = ov.next_network_group
            lines.append(
                (
                    self.tr("Network group %1").replace("%1", fmt_datetime(m.scheduled_at)),
                    ("supervision_meeting", m.id),
                )
            )
        if ov.next_supervision is not None:
            m = ov.next_supervision
            lines.append(
                (
                    self.tr("Supervision %1").replace("%1", fmt_datetime(m.scheduled_at)),
                    ("supervision_meeting", m.id),
                )
            )
        for s in ov.upcoming_sessions:
            lines.append(
                (
                    self.tr("%1 — %2: %3")
                    .replace("%1", fmt_datetime(s.starts_at))
                    .replace("%2", s.course.title)
                    .replace("%3", s.topic),
                    ("course_session", s.id),
                )
            )
        return lines


def _scale(value: int | None) -> str:
    return "–" if value is None else f"{value}/5"
