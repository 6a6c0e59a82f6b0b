"""Close the workday: an end-of-day moment — what I leave at work — then the app locks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui.formatting import fmt_datetime, fmt_hours, fmt_time
from peerdesk.ui.selfcare.draft_keeper import DraftKeeper
from peerdesk.ui.selfcare.widgets import NoticeLine, attempt, first_line, heading, muted

EARLIER_SHOWN = 10
_ID = Qt.ItemDataRole.UserRole


class ClosingPage(QWidget):
    """Write what stays at work; "Close the day and lock" saves it and asks for the lock."""

    closed = Signal(str)  # the words the unlock window shows
    check_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.keeper = DraftKeeper(records.draft_key("day_closing"), self._collect, self)
        self.check_in_line = NoticeLine()
        self.check_in_button = QPushButton(self.tr("Check &in first"))
        self.check_in_button.clicked.connect(self.check_in_requested)
        self.hours_line = NoticeLine()
        today_box = QGroupBox(self.tr("Today"))
        today_layout = QVBoxLayout(today_box)
        check_in_row = QHBoxLayout()
        check_in_row.addWidget(self.check_in_line, 1)
        check_in_row.addWidget(self.check_in_button)
        today_layout.addLayout(check_in_row)
        today_layout.addWidget(self.hours_line)

        self.left_at_work = QPlainTextEdit()
        self.left_at_work.setAccessibleName(self.tr("What I leave at work"))
        self.left_at_work.setPlaceholderText(
            self.tr("A conversation that stays with you, a worry, a task for tomorrow…")
        )
        self.left_at_work.setTabChangesFocus(True)
        self.left_at_work.textChanged.connect(self.keeper.touched)
        label = QLabel(self.tr("What I &leave at work"))
        label.setBuddy(self.left_at_work)
        self.close_button = QPushButton(self.tr("Close the day and lo&ck"))
        self.close_button.setToolTip(self.tr("Ctrl+Enter"))
        self.close_button.clicked.connect(self.close_day)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.close_day)
        self.notice = NoticeLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 4)
        buttons.addStretch(1)  # keeps the button its size while the notice is hidden
        buttons.addWidget(self.close_button)

        self.earlier = QListWidget()
        self.earlier.setAccessibleName(self.tr("Earlier day closings"))
        self.earlier.setWordWrap(True)
        self.earlier.setFrameShape(QFrame.Shape.NoFrame)
        self.earlier.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.earlier_empty = muted(self.tr("No earlier day closings."))
        earlier_box = QGroupBox(self.tr("Earlier day closings"))
        earlier_layout = QVBoxLayout(earlier_box)
        earlier_layout.addWidget(self.earlier)
        earlier_layout.addWidget(self.earlier_empty)

        column = QVBoxLayout()
        column.addWidget(heading(self.tr("Close the workday")))
        column.addWidget(
            muted(
                self.tr(
                    "A moment at the end of the day: write down what you leave at work, "
                    "then PeerDesk locks. It will still be here tomorrow."
                )
            )
        )
        column.addWidget(today_box)
        column.addWidget(label)
        column.addWidget(self.left_at_work, 2)
        column.addLayout(buttons)
        column.addWidget(earlier_box, 1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 6)
        layout.addStretch(1)

    # life -----------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self.keeper.attach(vault)
        self.refresh()
        draft = self.keeper.restore()
        if draft and isinstance(draft.get("left_at_work"), str):
            self.left_at_work.setPlainText(draft["left_at_work"])
            self.keeper.mark_clean()
            self.notice.show_info(self.tr("Your unsaved words were restored."))

    def refresh(self) -> None:
        if self.vault is None:
            return
        today = date.today()
        last = selfcare.last_check_in(self.vault)
        if last is not None and last.at.date() == today:
            self.check_in_line.show_info(
                self.tr("You checked in today at %1.").replace("%1", fmt_time(last.at.time()))
            )
            self.check_in_button.hide()
        else:
            self.check_in_line.show_info(
                self.tr("No check-in today. You may like to check in before you close.")
            )
            self.check_in_button.show()
        week = selfcare.week_hours(self.vault, week_start=today - timedelta(days=today.weekday()))
        if week.contract_minutes:
            text = (
                self.tr("This week so far: %1 of %2 hours.")
                .replace("%1", fmt_hours(week.total_minutes))
                .replace("%2", fmt_hours(week.contract_minutes))
            )
        else:
            text = self.tr("This week so far: %1 hours.").replace(
                "%1", fmt_hours(week.total_minutes)
            )
        self.hours_line.show_info(text)
        self.earlier.clear()
        for closing in records.day_closings(self.vault, limit=EARLIER_SHOWN):
            words = first_line(closing.left_at_work, 200) or self.tr("(nothing written)")
            item = QListWidgetItem(f"{fmt_datetime(closing.closed_at)} — {words}")
            item.setData(_ID, closing.id)
            self.earlier.addItem(item)
        self.earlier.setVisible(self.earlier.count() > 0)
        self.earlier_empty.setVisible(self.earlier.count() == 0)

    def clear(self) -> None:
        self.keeper.detach()
        self.vault = None
        self.left_at_work.clear()
        self.earlier.clear()
        for notice in (self.check_in_line, self.hours_line, self.notice):
            notice.clear()

    def save_drafts(self) -> None:
        self.keeper.save_now()

    def show_record(self, closing_id: int) -> bool:
        for row in range(self.earlier.count()):
            if self.earlier.item(row).data(_ID) == closing_id:
                self.earlier.setCurrentRow(row)
                self.earlier.setFocus()
                return True
        if self.vault is not None:
            ok, closing = attempt(
                self,
                self.notice,
                lambda: records.get_record(self.vault, table="day_closing", record_id=closing_id),
            )
            if ok:  # older than the list shows: say it in the notice line
                self.notice.show_info(f"{fmt_datetime(closing.closed_at)} — {closing.left_at_work}")
                return True
        return False

    # closing --------------------------------------------------------------

    def _collect(self) -> dict | None:
        text = self.left_at_work.toPlainText()
        return {"left_at_work": text} if text.strip() else None

    def close_day(self) -> None:
        if self.vault is None:
            return
        ok, _ = attempt(
            self,
            self.notice,
            lambda: selfcare.close_workday(
                self.vault, left_at_work=self.left_at_work.toPlainText()
            ),
            {"left_at_work": self.left_at_work},
        )
        if not ok:
            return
        self.keeper.discard()
        self.left_at_work.clear()
        self.keeper.mark_clean()
        self.notice.clear()
        self.closed.emit(self.tr("The workday is closed. What you wrote stays here, at work."))
