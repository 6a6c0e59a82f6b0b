"""Gentle notices at the top of the self-care tab: the worker's own early-warning
pattern (with their plan) and the daily check-in reminder, plus its timer."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.selfcare import EarlyWarningRule
from peerdesk.ui.formatting import fmt_time
from peerdesk.ui.selfcare.widgets import first_line
from peerdesk.ui.selfcare.words import plan_title, rule_text

# The plan sections worth showing when the pattern appears, in this order.
PLAN_KEYS_SHOWN = ("what_i_do", "who_i_contact", "keeps_me_well", "daily")
PLAN_LINES_SHOWN = 2


class _Banner(QFrame):
    """A framed strip with an icon, words and buttons; hidden until needed."""

    def __init__(
        self, icon: QStyle.StandardPixmap, *, inline: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)  # the palette's own tint, light or dark
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        if inline:  # one short sentence: words and buttons on one line
            row.addWidget(self.text, 1)
            row.addLayout(self.buttons)
        else:
            column = QVBoxLayout()
            column.addWidget(self.text)
            column.addLayout(self.buttons)
            row.addLayout(column, 1)
        self.hide()

    def add_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def clear(self) -> None:
        self.text.clear()
        self.setAccessibleDescription("")
        self.hide()


class EarlyWarningBanner(_Banner):
    """Shown when the check-ins match the worker's own pattern: their plan, and a
    suggestion of supervision. Never a diagnosis; dismissed until a new check-in."""

    open_plan = Signal()
    plan_supervision = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QStyle.StandardPixmap.SP_MessageBoxInformation, parent=parent)
        self.setAccessibleName(self.tr("A note from your wellbeing plan"))
        self.plan_button = self.add_button(self.tr("Open my plan"), self.tr("Open my plan"))
        self.supervision_button = self.add_button(
            self.tr("Plan supervision"), self.tr("Plan supervision")
        )
        self.later_button = self.add_button(self.tr("Not now"), self.tr("Not now"))
        self.plan_button.clicked.connect(self.open_plan)
        self.supervision_button.clicked.connect(self.plan_supervision)
        self.later_button.clicked.connect(self._dismiss)

    def show_for(self, rule: EarlyWarningRule, plan: list) -> None:
        """Show the pattern in the worker's own words, and what their plan says to do."""
        lines = [
            self.tr("Your latest check-ins match the early-warning pattern you chose: %1.").replace(
                "%1", rule_text(rule)
            ),
            self.tr(
                "This is not a diagnosis, just a good moment to look after yourself. "
                "It may help to bring it to supervision."
            ),
        ]
        by_key = {section.key: section for section in plan}
        shown = [by_key[k] for k in PLAN_KEYS_SHOWN if k in by_key and by_key[k].body.strip()]
        if shown:
            lines.append("")
            lines.append(self.tr("Your plan says:"))
            for section in shown[:PLAN_LINES_SHOWN]:
                lines.append(
                    f"{plan_title(section.key, section.title)}: {first_line(section.body, 160)}"
                )
        else:
            lines.append(
                self.tr("Your plan is still empty; writing down what helps you is a good start.")
            )
        self.text.setText("\n".join(lines))
        self.setAccessibleDescription(self.text.text())
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


class ReminderPrompt(_Banner):
    """The in-app side of the daily reminder: an invitation, not an alarm."""

    check_in_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QStyle.StandardPixmap.SP_MessageBoxQuestion, inline=True, parent=parent)
        self.setAccessibleName(self.tr("Check-in reminder"))
        self.now_button = self.add_button(self.tr("Check in now"), self.tr("Check in now"))
        self.later_button = self.add_button(self.tr("Not today"), self.tr("Not today"))
        self.now_button.clicked.connect(self._check_in)
        self.later_button.clicked.connect(self.clear)

    def show_prompt(self, at: datetime) -> None:
        self.text.setText(
            self.tr("It is %1. Time for your short check-in? It takes about 20 seconds.").replace(
                "%1", fmt_time(at.time())
            )
        )
        self.setAccessibleDescription(self.text.text())
        self.show()

    def _check_in(self) -> None:
        self.clear()
        self.check_in_now.emit()


class CheckInReminder(QObject):
    """Emits `due` once a day at the chosen time, while the app is open and unlocked."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._at: time | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._fire)

    @property
    def at(self) -> time | None:
        """The time of day it fires; None when off."""
        return self._at

    def configure(self, enabled: bool, at: time) -> None:
        self._at = at if enabled else None
        self._schedule(datetime.now())

    def stop(self) -> None:
        self._at = None
        self.timer.stop()

    def next_due(self, now: datetime) -> datetime | None:
        """The next moment it fires after `now`: today at the time, else tomorrow."""
        if self._at is None:
            return None
        today = datetime.combine(now.date(), self._at)
        return today if today > now else today + timedelta(days=1)

    def _schedule(self, now: datetime) -> None:
        due = self.next_due(now)
        if due is None:
            self.timer.stop()
            return
        self.timer.start(max(1000, int((due - now).total_seconds() * 1000)))

    def _fire(self) -> None:
        self.due.emit()
        # A minute on, so that a timer firing a little early is not due again at once.
        self._schedule(datetime.now() + timedelta(minutes=1))
