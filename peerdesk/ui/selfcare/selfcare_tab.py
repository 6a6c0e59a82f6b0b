"""Self-care (Egenomsorg): the worker's own area, in seven small pages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QTabWidget, QVBoxLayout, QWidget

from peerdesk.services import selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.selfcare.boundaries_page import BoundariesPage
from peerdesk.ui.selfcare.checkin_page import CheckInPage
from peerdesk.ui.selfcare.closing_page import ClosingPage
from peerdesk.ui.selfcare.hours_page import HoursPage
from peerdesk.ui.selfcare.meetings_page import MeetingsPage
from peerdesk.ui.selfcare.notices import CheckInReminder, EarlyWarningBanner, ReminderPrompt
from peerdesk.ui.selfcare.plan_page import PlanPage
from peerdesk.ui.selfcare.trends_page import TrendsPage
from peerdesk.vault.errors import VaultError

REMINDER_SHOWN_MS = 15_000


class SelfCareTab(AreaTab):
    """Check-in, trends, boundaries, plan, hours, supervision, and closing the day.

    `lock_requested` carries the words for the unlock window after the worker
    closes the day; the shell connects it to its lock.
    """

    area = "selfcare"
    lock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.tray: QSystemTrayIcon | None = None
        self.check_in = CheckInPage()
        self.trends = TrendsPage()
        self.boundaries = BoundariesPage()
        self.plan = PlanPage()
        self.hours = HoursPage()
        self.meetings = MeetingsPage()
        self.closing = ClosingPage()
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Self-care pages"))
        # Mnemonics chosen not to clash with the menus (File, Edit, View, Help).
        for page, text in (
            (self.check_in, self.tr("Chec&k-in")),
            (self.trends, self.tr("T&rends")),
            (self.boundaries, self.tr("Bou&ndaries")),
            (self.plan, self.tr("Wellbeing &plan")),
            (self.hours, self.tr("H&ours")),
            (self.meetings, self.tr("S&upervision")),
            (self.closing, self.tr("Close the &day")),
        ):
            self.pages.addTab(page, text)
        self.pages.currentChanged.connect(self._page_shown)

        self.warning = EarlyWarningBanner()
        self.warning.open_plan.connect(lambda: self.pages.setCurrentWidget(self.plan))
        self.warning.plan_supervision.connect(self._plan_supervision)
        self.warning.dismissed.connect(self._warning_dismissed)
        self.prompt = ReminderPrompt()
        self.prompt.check_in_now.connect(self.show_check_in)
        self.reminder = CheckInReminder(self)
        self.reminder.due.connect(self.remind)

        self.check_in.saved.connect(self._checked_in)
        self.check_in.reminder_changed.connect(
            lambda r: self.reminder.configure(r.enabled, r.at) if self.vault else None
        )
        self.plan.rule.saved.connect(lambda _rule: self.refresh_warning())
        self.plan.plan_saved.connect(self.refresh_warning)  # the note quotes the plan
        self.closing.closed.connect(self.lock_requested)
        self.closing.check_in_requested.connect(self.show_check_in)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.warning)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pages, 1)

    def _pages(self) -> list:
        return [
            self.check_in,
            self.trends,
            self.boundaries,
            self.plan,
            self.hours,
            self.meetings,
            self.closing,
        ]

    # AreaTab --------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Self-care")

    def load(self, vault) -> None:
        self.vault = vault
        for page in self._pages():
            page.load(vault)
        self._page_shown(self.pages.currentIndex())
        self.refresh_warning()

    def clear(self) -> None:
        self.reminder.stop()
        self.prompt.clear()
        self.warning.clear()
        if self.tray is not None:
            self.tray.hide()
        for page in self._pages():
            page.clear()
        self.vault = None

    def save_drafts(self) -> None:
        for page in self._pages():
            page.save_drafts()

    def open_record(self, table: str, record_id: int) -> bool:
        pages = {
            "check_in": self.check_in,
            "boundary_situation": self.boundaries,
            "work_entry": self.hours,
            "supervision_meeting": self.meetings,
            "wellbeing_plan_section": self.plan,
            "day_closing": self.closing,
        }
        page = pages.get(table)
        if page is None:
            return False
        self.pages.setCurrentWidget(page)
        page.show_record(record_id)
        # The record belongs here even if it is gone; the page says so calmly.
        return True

    def new_record(self) -> bool:
        self.show_check_in()
        return True

    # moving between pages -------------------------------------------------

    def show_check_in(self) -> None:
        self.pages.setCurrentWidget(self.check_in)
        self.check_in.focus_first()
        self.window().raise_()
        self.window().activateWindow()

    def _page_shown(self, index: int) -> None:
        if self.vault is None:
            return
        page = self.pages.widget(index)
        # These pages gather from the whole vault; draw them fresh when looked at.
        if page in (self.trends, self.hours, self.closing, self.meetings):
            page.refresh()

    def _plan_supervision(self) -> None:
        self.pages.setCurrentWidget(self.meetings)
        self.meetings.start_new("supervision")

    # early warning --------------------------------------------------------

    def refresh_warning(self) -> None:
        """Show the plan when the newest check-ins match the worker's pattern, once."""
        if self.vault is None:
            return
        try:
            last = selfcare.last_check_in(self.vault)
            show = (
                last is not None
                and selfcare.early_warning_triggered(self.vault)
                and records.early_warning_seen(self.vault) != last.id
            )
            if not show:
                self.warning.clear()
                return
            self.warning.show_for(
                selfcare.early_warning_rule(self.vault), selfcare.wellbeing_plan(self.vault)
            )
        except VaultError:
            self.warning.clear()  # a note that cannot be read is better not shown than wrong

    def _warning_dismissed(self) -> None:
        if self.vault is None:
            return
        last = selfcare.last_check_in(self.vault)
        if last is not None:
            records.mark_early_warning_seen(self.vault, check_in_id=last.id)

    def _checked_in(self, _check_in_id: int) -> None:
        self.prompt.clear()
        if self.tray is not None:
            self.tray.hide()
        self.refresh_warning()

    # the reminder ---------------------------------------------------------

    def remind(self) -> None:
        """The reminder's moment: invite a check-in, unless there was one today."""
        if self.vault is None:
            return
        last = selfcare.last_check_in(self.vault)
        if last is not None and last.at.date() == date.today():
            return
        self.prompt.show_prompt(datetime.now())
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray()
            tray.show()
            # No personal text in the system's notification: only the invitation.
            tray.showMessage(
                "PeerDesk",
                self.tr("Time for a short check-in."),
                QSystemTrayIcon.MessageIcon.Information,
                REMINDER_SHOWN_MS,
            )

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self.window().windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("PeerDesk")
            self.tray.messageClicked.connect(self.show_check_in)
            self.tray.activated.connect(lambda _reason: self.show_check_in())
        return self.tray
