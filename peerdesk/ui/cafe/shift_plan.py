"""The shift plan of one café: a week or month grid, with gaps in colour and words."""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import shifts
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.plan_pdf import write_plan_pdf
from peerdesk.ui.cafe.shift_cards import DayCell, ShiftCard
from peerdesk.ui.cafe.shift_detail import ShiftDetail
from peerdesk.ui.cafe.shift_dialogs import NewShiftDialog, TemplatesDialog
from peerdesk.ui.cafe.widgets import error_label, show_error
from peerdesk.ui.formatting import fmt_date
from peerdesk.vault.errors import VaultError

WEEK, MONTH = "week", "month"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class ShiftPlanPage(QWidget):
    """A week or a month of a café's shifts; the chosen shift in a panel beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.cafe = None
        self.today = date.today()
        self.mode = WEEK
        self.anchor = monday_of(self.today)
        self.rows: list[shifts.ShiftCoverage] = []
        self.cards: dict[int, ShiftCard] = {}
        self.cells: list[DayCell] = []
        self.selected_id: int | None = None
        self.dialog = None
        self.host_names: dict[int, str] = {}
        self.last_pdf: Path | None = None
        self._build()
        self.clear()

    def _build(self) -> None:
        self.week_button = QPushButton(self.tr("&Week"))
        self.month_button = QPushButton(self.tr("&Month"))
        self.modes = QButtonGroup(self)
        for button, mode in ((self.week_button, WEEK), (self.month_button, MONTH)):
            button.setCheckable(True)
            self.modes.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.week_button.setChecked(True)
        self.prev_button = QPushButton(self.tr("◀ Pre&vious"))
        self.prev_button.setAccessibleName(self.tr("Previous period"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel()
        font = self.period_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.period_label.setFont(font)
        self.templates_button = QPushButton(self.tr("&Repeating shifts…"))
        self.templates_button.clicked.connect(self.edit_templates)
        self.add_button = QPushButton(self.tr("&Add a shift…"))
        self.add_button.clicked.connect(self.add_shift)
        self.pdf_button = QPushButton(self.tr("Sav&e for the wall (PDF)…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        bar = QHBoxLayout()
        for widget in (self.week_button, self.month_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.period_label, 1)
        for widget in (self.templates_button, self.add_button, self.pdf_button):
            bar.addWidget(widget)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(4)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setAccessibleName(self.tr("Shifts in the period"))
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.summary)
        left_box.addWidget(self.empty)
        left_box.addWidget(self.scroll, 1)

        self.detail = ShiftDetail()
        self.detail.changed.connect(self._staffing_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 400])
        self.detail.setMinimumWidth(320)
        left.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

    # context ----------------------------------------------------------------

    def show_cafe(
        self, vault, cafe, host_names: dict[int, str], *, today: date | None = None
    ) -> None:
        """Show `cafe`'s plan (this week after an unlock; the same period on a refresh)."""
        changed_cafe = self.cafe is None or self.cafe.id != cafe.id
        fresh = self.vault is None
        self.vault = vault
        self.cafe = cafe
        self.host_names = dict(host_names)
        self.today = today or date.today()
        if fresh:
            # After unlocking, start from this week (or month) again.
            self.anchor = monday_of(self.today) if self.mode == WEEK else self.today.replace(day=1)
        if changed_cafe:
            self.selected_id = None
            self.message.clear()
        self.detail.set_context(vault, cafe, host_names)
        self.refresh()

    def clear(self) -> None:
        if self.dialog is not None:
            clear = getattr(self.dialog, "clear", None)
            if clear is not None:
                clear()
            self.dialog.reject()
            self.dialog = None
        self.vault = None
        self.cafe = None
        self.host_names = {}
        self.rows = []
        self.selected_id = None
        self._clear_grid()
        self.detail.clear()
        for label in (self.summary, self.message, self.period_label, self.empty):
            label.clear()
        show_error(self.error, "")

    # the period -------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        """The first and last day the grid shows (whole weeks, Monday to Sunday)."""
        if self.mode == WEEK:
            return self.anchor, self.anchor + timedelta(days=6)
        first = self.anchor.replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return monday_of(first), monday_of(last) + timedelta(days=6)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.week_button if mode == WEEK else self.month_button).setChecked(True)
        if mode == WEEK:
            self.anchor = monday_of(self.anchor)
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor = monday_of(self.anchor) + timedelta(days=7 * direction)
        else:
            first = self.anchor.replace(day=1)
            month = first.month - 1 + direction
            self.anchor = date(first.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = monday_of(self.today) if self.mode == WEEK else self.today.replace(day=1)
        self.refresh()

    def show_shift(self, shift) -> None:
        """Show the week of `shift` with it chosen (for a link from Overblik or search)."""
        self.mode = WEEK
        self.week_button.setChecked(True)
        self.anchor = monday_of(shift.starts_at.date())
        self.selected_id = shift.id
        self.refresh()
        card = self.cards.get(shift.id)
        if card is not None:
            card.setFocus()

    def _period_text(self, first: date, last: date) -> str:
        if self.mode == WEEK:
            return (
                self.tr("Week %1: %2 – %3")
                .replace("%1", str(first.isocalendar().week))
                .replace("%2", fmt_date(first))
                .replace("%3", fmt_date(last))
            )
        month = self.anchor.replace(day=1)
        name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
        return f"{name} {month.year}"

    # drawing ----------------------------------------------------------------

    def refresh(self) -> None:
        if self.vault is None or self.cafe is None:
            return
        first, last = self.period()
        self.period_label.setText(self._period_text(first, last))
        try:
            self.rows = shifts.coverage(self.vault, cafe_id=self.cafe.id, start=first, end=last)
        except (ValidationError, NotFound, VaultError) as error:
            show_error(self.error, words.describe(error))
            return
        show_error(self.error, "")
        self._draw(first, last)
        self._show_summary()
        ids = {r.shift_id for r in self.rows}
        if self.selected_id not in ids:
            self.selected_id = self._first_to_look_at()
        self._select(self.selected_id, keep_message=True)

    def _first_to_look_at(self) -> int | None:
        """The shift to show first: the next one with a gap, else the next one."""
        coming = [r for r in self.rows if r.starts_at.date() >= self.today] or self.rows
        needy = [r for r in coming if r.gap or r.alone_untrained]
        pick = (needy or coming or [None])[0]
        return pick.shift_id if pick is not None else None

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Unparented now, so no old card (with host names) lingers after a lock.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.cards = {}
        self.cells = []

    def _draw(self, first: date, last: date) -> None:
        self._clear_grid()
        compact = self.mode == MONTH
        for column in range(7):
            header = QLabel(QLocale().dayName(column + 1, QLocale.FormatType.LongFormat))
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, column)
            self.grid.setColumnStretch(column, 1)
        by_day = defaultdict(list)
        for row in self.rows:
            by_day[row.starts_at.date()].append(row)
        month = self.anchor.month
        day = first
        index = 0
        while day <= last:
            in_period = self.mode == WEEK or day.month == month
            cell = DayCell(day, in_period=in_period, today=self.today)
            for row in by_day.get(day, []):
                card = ShiftCard(row, compact=compact)
                card.selected.connect(self._select)
                card.host_dropped.connect(self._dropped)
                cell.add_card(card)
                self.cards[row.shift_id] = card
            self.grid.addWidget(cell, 1 + index // 7, index % 7)
            self.cells.append(cell)
            day += timedelta(days=1)
            index += 1
        for r in range(1, 1 + (index + 6) // 7):
            self.grid.setRowStretch(r, 1)

    def _show_summary(self) -> None:
        gaps = sum(1 for r in self.rows if r.gap)
        alone = sum(1 for r in self.rows if not r.gap and r.alone_untrained)
        missing = sum(r.gap for r in self.rows)
        if not self.rows:
            self.summary.clear()
            self.empty.setText(
                self.tr(
                    "No shifts in this period. Use “Repeating shifts…” to plan them, "
                    "or add a single shift."
                )
            )
            self.empty.setVisible(True)
            return
        self.empty.setVisible(False)
        text = self.tr("%n shift(s)", "", len(self.rows))
        if gaps:
            text += " · ⚠ " + self.tr("%n shift(s) with gaps", "", gaps)
            text += " (" + self.tr("%n host(s) missing", "", missing) + ")"
        if alone:
            text += " · ⚠ " + self.tr("%n shift(s) with an untrained host alone", "", alone)
        if not gaps and not alone:
            text += " · ✓ " + self.tr("every shift has enough hosts")
        self.summary.setText(text)

    def _select(self, shift_id: int | None, *, keep_message: bool = False) -> None:
        if shift_id != self.selected_id:
            keep_message = False
        self.selected_id = shift_id
        for sid, card in self.cards.items():
            card.set_selected(sid == shift_id)
        row = next((r for r in self.rows if r.shift_id == shift_id), None)
        self.detail.show_shift(row, keep_message=keep_message)

    # acting -----------------------------------------------------------------

    def _dropped(self, shift_id: int, volunteer_id: int) -> None:
        self._select(shift_id)
        self.detail.assign(volunteer_id, shift_id)

    def _staffing_changed(self, shift_id: int) -> None:
        self.selected_id = shift_id
        self.refresh()

    def edit_templates(self) -> None:
        if self.vault is None or self.cafe is None:
            return
        self.dialog = TemplatesDialog(self.vault, self.cafe, self, today=self.today)
        self.dialog.finished.connect(self._templates_closed)
        self.dialog.open()

    def _templates_closed(self, _result: int) -> None:
        self.dialog = None
        self.refresh()

    def add_shift(self) -> None:
        if self.vault is None or self.cafe is None:
            return
        first, _last = self.period()
        day = (
            self.today
            if self.mode == WEEK and first <= self.today <= first + timedelta(6)
            else first
        )
        self.dialog = NewShiftDialog(self.vault, self.cafe, day, self)
        self.dialog.on_done = self._shift_added
        self.dialog.open()

    def _shift_added(self, shift) -> None:
        self.dialog = None
        self.show_shift(shift)

    def save_pdf(self) -> None:
        """Ask where, then write the shown weeks as a PDF for the café's wall."""
        if self.vault is None or self.cafe is None:
            return
        first, last = self.period()
        suggested = (
            self.tr("Shift plan %1 %2.pdf")
            .replace("%1", self.cafe.name)
            .replace("%2", first.isoformat())
        )
        path = dialogs.save_file(
            self,
            self.tr("Save the shift plan"),
            str(Path.home() / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.last_pdf = write_plan_pdf(
                Path(path), self.cafe.name, self.rows, first, monday_of(last)
            )
        except OSError as error:
            dialogs.error_dialog(self, error)
            return
        self.message.setText(self.tr("Saved the shift plan to %1.").replace("%1", path))
