"""A host's page: sparring timeline, open agreements, training, shifts, availability
and extra tasks side by side, with the actions that belong to one host."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import sparring, training, volunteers
from peerdesk.services import volunteer_views as views
from peerdesk.ui import dialogs
from peerdesk.ui.clipboard import copy_sensitive
from peerdesk.ui.formatting import fmt_date, fmt_hours, fmt_time, fmt_weekday_date
from peerdesk.ui.volunteers.availability_editor import AvailabilityEditor
from peerdesk.ui.volunteers.host_training import TrainingBox
from peerdesk.ui.volunteers.widgets import Box, heading, muted, report_error
from peerdesk.ui.volunteers.words import HOST_STATUS, SPARRING_KIND, _tr, label
from peerdesk.vault.models import Volunteer, VolunteerStatus

_ID = Qt.ItemDataRole.UserRole
SHIFTS_BACK_DAYS = 30
SHIFTS_AHEAD_DAYS = 60


def _list(name: str, empty: str) -> tuple[QListWidget, QLabel]:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setSpacing(3)
    widget.setMinimumHeight(120)
    return widget, muted(empty)


def _fill(widget: QListWidget, empty: QLabel, lines: list[tuple[str, int | None]]) -> None:
    widget.clear()
    for text, record_id in lines:
        item = QListWidgetItem(text)
        if record_id is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading line
        else:
            item.setData(_ID, record_id)
        widget.addItem(item)
    widget.setVisible(bool(lines))
    empty.setVisible(not lines)


class HostPage(QWidget):
    """Everything about one host. Emits `changed` after anything was saved."""

    back_requested = Signal()
    changed = Signal()
    open_sparring = Signal(int)
    edit_requested = Signal(int)
    sparring_requested = Signal(int)
    task_requested = Signal(int)
    erase_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.host: Volunteer | None = None
        self.back_button = QPushButton(_tr("← &All hosts"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setToolTip(_tr("Back to the roster (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        self.name = heading()
        self.name.setAccessibleName(_tr("Host"))
        self.status = QLabel()
        self.status.setAccessibleName(_tr("Status"))
        self.edit_button = QPushButton(_tr("&Edit details…"))
        self.sparring_button = QPushButton(_tr("New &sparring…"))
        self.task_button = QPushButton(_tr("Log &task…"))
        self.copy_button = QPushButton(_tr("Cop&y contact"))
        self.erase_button = QPushButton(_tr("E&rase host…"))
        self.edit_button.clicked.connect(lambda: self._ask(self.edit_requested))
        self.sparring_button.clicked.connect(lambda: self._ask(self.sparring_requested))
        self.task_button.clicked.connect(lambda: self._ask(self.task_requested))
        self.erase_button.clicked.connect(lambda: self._ask(self.erase_requested))
        self.copy_button.clicked.connect(self.copy_contact)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.details.setAccessibleName(_tr("Contact and note"))

        self.timeline, self.timeline_empty = _list(
            _tr("Sparring timeline"), _tr("No sparring with this host yet.")
        )
        self.timeline.itemActivated.connect(self._open_sparring_item)
        self.timeline.setToolTip(_tr("Press Enter or double-click to open the session"))
        self.agreements, self.agreements_empty = _list(
            _tr("Open agreements"), _tr("No open agreements.")
        )
        self.kept_button = QPushButton(_tr("Mark &kept today"))
        self.kept_button.clicked.connect(self.mark_kept)
        self.training = TrainingBox()
        self.training.changed.connect(self._changed)
        self.shifts, self.shifts_empty = _list(
            _tr("Shifts"), _tr("No shifts in the last 30 or the next 60 days.")
        )
        self.availability = AvailabilityEditor()
        self.availability.saved.connect(self._changed)
        self.tasks, self.tasks_empty = _list(_tr("Extra tasks"), _tr("No extra tasks logged."))
        self.delete_task_button = QPushButton(_tr("&Delete task"))
        self.delete_task_button.clicked.connect(self.delete_task)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.name)
        top.addWidget(self.status)
        top.addStretch(1)
        for button in (
            self.edit_button,
            self.sparring_button,
            self.task_button,
            self.copy_button,
            self.erase_button,
        ):
            top.addWidget(button)

        timeline_box = Box(_tr("Sparring timeline"))
        timeline_box.column.addWidget(self.timeline)
        timeline_box.column.addWidget(self.timeline_empty)
        agreements_box = Box(_tr("Agreements still open"))
        agreements_box.column.addWidget(self.agreements)
        agreements_box.column.addWidget(self.agreements_empty)
        agreements_box.column.addWidget(self.kept_button, 0, Qt.AlignmentFlag.AlignRight)
        training_box = Box(_tr("Training"))
        training_box.column.addWidget(self.training)
        shifts_box = Box(_tr("Shifts (last 30 and next 60 days)"))
        shifts_box.column.addWidget(self.shifts)
        shifts_box.column.addWidget(self.shifts_empty)
        availability_box = Box(_tr("Availability"))
        availability_box.column.addWidget(self.availability)
        tasks_box = Box(_tr("Extra tasks"))
        tasks_box.column.addWidget(self.tasks)
        tasks_box.column.addWidget(self.tasks_empty)
        tasks_box.column.addWidget(self.delete_task_button, 0, Qt.AlignmentFlag.AlignRight)
        self.boxes = [timeline_box, agreements_box, training_box, shifts_box]

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(timeline_box, 0, 0)
        grid.addWidget(agreements_box, 0, 1)
        grid.addWidget(training_box, 1, 0)
        grid.addWidget(shifts_box, 1, 1)
        grid.addWidget(availability_box, 2, 0)
        grid.addWidget(tasks_box, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.details)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top)
        outer.addWidget(scroll, 1)

    # showing ----------------------------------------------------------------------

    def show_host(self, vault, host_id: int, today: date | None = None) -> None:
        """Load everything about the host (NotFound if they are gone)."""
        today = today or date.today()
        host = volunteers.get_volunteer(vault, host_id)
        self.vault, self.host = vault, host
        self.name.setText(host.name)
        self.status.setText(self._status_text(host.status))
        self.details.setText(self._details_text(host))
        self._show_sparring(vault, host_id)
        self.training.show_host(
            vault,
            host_id,
            training.list_modules(vault),
            training.host_trainings(vault, volunteer_id=host_id),
            views.solo_readiness(vault, volunteer_id=host_id, on=today),
            today,
        )
        self._show_shifts(vault, host_id, today)
        if not self.availability.dirty or self.availability.host_id != host_id:
            self.availability.show_host(
                vault, host_id, [(a.weekday, a.from_time, a.to_time) for a in host.availability]
            )
        self._show_tasks(vault, host_id)

    def _status_text(self, status: VolunteerStatus) -> str:
        return _tr("(%1)").replace("%1", label(HOST_STATUS, status))

    def _details_text(self, host: Volunteer) -> str:
        parts = []
        if host.phone:
            parts.append(_tr("Phone: %1").replace("%1", host.phone))
        if host.email:
            parts.append(_tr("E-mail: %1").replace("%1", host.email))
        if host.started_on:
            parts.append(_tr("Started %1").replace("%1", fmt_date(host.started_on)))
        text = " · ".join(parts) or _tr("No contact details.")
        return f"{text}\n{host.note}" if host.note else text

    def _show_sparring(self, vault, host_id: int) -> None:
        sessions = sparring.sparring_timeline(vault, volunteer_id=host_id)
        lines = []
        for session in sessions:
            head = f"{fmt_date(session.held_at.date())} — {label(SPARRING_KIND, session.kind)}"
            if session.wellbeing_word:
                head += " · " + _tr("feeling: %1").replace("%1", session.wellbeing_word)
            body = [", ".join(session.topics)] if session.topics else []
            if session.challenges:
                body.append(session.challenges.splitlines()[0])
            open_count = sum(1 for a in session.agreements if a.kept_on is None)
            if open_count:
                body.append(_tr("%n open agreement(s)", open_count))
            lines.append(("\n".join([head, *body]), session.id))
        _fill(self.timeline, self.timeline_empty, lines)
        agreements = sparring.open_agreements(vault, volunteer_id=host_id)
        _fill(
            self.agreements,
            self.agreements_empty,
            [
                (
                    _tr("%1 (agreed %2)")
                    .replace("%1", a.text)
                    .replace("%2", fmt_date(a.sparring.held_at.date())),
                    a.id,
                )
                for a in agreements
            ],
        )
        self.kept_button.setEnabled(bool(agreements))

    def _show_shifts(self, vault, host_id: int, today: date) -> None:
        found = views.host_shifts(
            vault,
            volunteer_id=host_id,
            start=today - timedelta(days=SHIFTS_BACK_DAYS),
            end=today + timedelta(days=SHIFTS_AHEAD_DAYS),
        )
        coming = [s for s in found if s.starts_at.date() >= today]
        past = [s for s in found if s.starts_at.date() < today]
        lines: list[tuple[str, int | None]] = []
        if coming:
            lines.append((_tr("Coming"), None))
            lines += [(self._shift_line(s), s.shift_id) for s in coming]
        if past:
            lines.append((_tr("Past"), None))
            lines += [(self._shift_line(s), s.shift_id) for s in reversed(past)]
        _fill(self.shifts, self.shifts_empty, lines)

    def _shift_line(self, shift) -> str:
        text = (
            _tr("%1, %2–%3 at %4")
            .replace("%1", fmt_weekday_date(shift.starts_at.date()))
            .replace("%2", fmt_time(shift.starts_at.time()))
            .replace("%3", fmt_time(shift.ends_at.time()))
            .replace("%4", shift.cafe_name)
        )
        if shift.cancelled_at is not None:
            text += " " + _tr("(cancelled)")
        return text

    def _show_tasks(self, vault, host_id: int) -> None:
        tasks = views.host_tasks(vault, volunteer_id=host_id)
        _fill(
            self.tasks,
            self.tasks_empty,
            [
                (
                    _tr("%1: %2 hours — %3")
                    .replace("%1", fmt_date(t.on_date))
                    .replace("%2", fmt_hours(t.minutes))
                    .replace("%3", t.description or _tr("no description")),
                    t.id,
                )
                for t in tasks
            ],
        )
        self.delete_task_button.setEnabled(bool(tasks))

    def choose_task(self, task_id: int) -> None:
        for i in range(self.tasks.count()):
            if self.tasks.item(i).data(_ID) == task_id:
                self.tasks.setCurrentRow(i)
                self.tasks.setFocus()
                return

    # actions ----------------------------------------------------------------------

    def _ask(self, signal) -> None:
        if self.host is not None:
            signal.emit(self.host.id)

    def _changed(self) -> None:
        self.changed.emit()

    def _open_sparring_item(self, item: QListWidgetItem) -> None:
        if item.data(_ID) is not None:
            self.open_sparring.emit(int(item.data(_ID)))

    def copy_contact(self) -> None:
        if self.host is None:
            return
        host = self.host
        copy_sensitive("\n".join(x for x in (host.name, host.phone, host.email) if x))

    def mark_kept(self) -> None:
        item = self.agreements.currentItem()
        if item is None or item.data(_ID) is None:
            if self.agreements.count() == 0:
                return
            item = self.agreements.item(0)
            self.agreements.setCurrentItem(item)
        try:
            sparring.mark_agreement_kept(self.vault, int(item.data(_ID)), on=date.today())
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self.changed.emit()

    def delete_task(self) -> None:
        item = self.tasks.currentItem()
        if item is None or item.data(_ID) is None:
            return
        if not dialogs.confirm(
            self,
            _tr("Delete this task?"),
            _tr("The task “%1” will be deleted and no longer count in the hours.").replace(
                "%1", item.text()
            ),
            ok_text=_tr("&Delete"),
        ):
            return
        try:
            views.delete_task(self.vault, int(item.data(_ID)))
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self.changed.emit()

    def clear(self) -> None:
        self.vault, self.host = None, None
        for widget in (self.name, self.status, self.details):
            widget.clear()
        for widget in (self.timeline, self.agreements, self.shifts, self.tasks):
            widget.clear()
        self.training.clear()
        self.availability.clear()
