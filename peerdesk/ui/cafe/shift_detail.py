"""The selected shift: who is on it, who could be, cancellations, swaps and the swap log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import shifts
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.shift_cards import HOST_ROLE, MARKS, HostList, status_of
from peerdesk.ui.cafe.shift_dialogs import (
    CancelDialog,
    SwapDialog,
    best_first,
    host_choice_text,
)
from peerdesk.ui.cafe.widgets import error_label, show_error
from peerdesk.ui.formatting import fmt_date, fmt_datetime, fmt_time, fmt_weekday_date
from peerdesk.vault.errors import VaultError

_ASSIGNMENT_ROLE = Qt.ItemDataRole.UserRole


class ShiftDetail(QWidget):
    """Everything about one shift; assigning, cancelling and swapping go through services."""

    changed = Signal(int)  # the shift whose staffing changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.cafe = None
        self.row: shifts.ShiftCoverage | None = None
        self.host_names: dict[int, str] = {}
        self.assignments: list = []
        self.options: list[shifts.HostOption] = []
        self.dialog = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.placeholder = QLabel(
            self.tr("Choose a shift in the plan to see and change its hosts.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        on_shift = QGroupBox(self.tr("On this shift"))
        self.assigned_list = QListWidget()
        self.assigned_list.setAccessibleName(self.tr("Hosts on this shift"))
        self.assigned_list.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel a hos&t's shift…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.swap_button = QPushButton(self.tr("&Swap…"))
        self.swap_button.clicked.connect(self.swap_selected)
        self.assigned_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.swap_button)
        row.addWidget(self.cancel_button)
        box = QVBoxLayout(on_shift)
        box.addWidget(self.assigned_list)
        box.addLayout(row)

        picker = QGroupBox(self.tr("Assign a host"))
        self.only_available = QCheckBox(self.tr("Only hosts available that da&y"))
        self.only_available.setChecked(True)
        self.only_available.toggled.connect(lambda _on: self._fill_picker())
        self.picker = HostList()
        self.picker.setAccessibleName(self.tr("Hosts who could take this shift"))
        self.picker.itemActivated.connect(lambda item: self.assign(int(item.data(HOST_ROLE))))
        self.no_candidates = QLabel()
        self.no_candidates.setWordWrap(True)
        self.no_candidates.setEnabled(False)
        self.assign_button = QPushButton(self.tr("Ass&ign"))
        self.assign_button.clicked.connect(self.assign_selected)
        hint = QLabel(self.tr("Or drag a host onto a shift in the plan."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        pick = QVBoxLayout(picker)
        pick.addWidget(self.only_available)
        pick.addWidget(self.picker)
        pick.addWidget(self.no_candidates)
        pick_row = QHBoxLayout()
        pick_row.addWidget(hint, 1)
        pick_row.addWidget(self.assign_button)
        pick.addLayout(pick_row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()

        swaps = QGroupBox(self.tr("Swap log"))
        self.swap_list = QListWidget()
        self.swap_list.setAccessibleName(self.tr("Swap log of this shift"))
        self.swap_list.setWordWrap(True)
        self.no_swaps = QLabel(self.tr("No swaps on this shift."))
        self.no_swaps.setEnabled(False)
        swap_box = QVBoxLayout(swaps)
        swap_box.addWidget(self.swap_list)
        swap_box.addWidget(self.no_swaps)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.status)
        body.addWidget(self.error)
        body.addWidget(self.message)
        body.addWidget(on_shift, 2)
        body.addWidget(picker, 3)
        body.addWidget(swaps, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        self.clear()

    # context ----------------------------------------------------------------

    def set_context(self, vault, cafe, host_names: dict[int, str]) -> None:
        self.vault = vault
        self.cafe = cafe
        self.host_names = dict(host_names)

    @property
    def module_name(self) -> str:
        module = getattr(self.cafe, "solo_module", None)
        return module.name if module is not None else ""

    def clear(self) -> None:
        if self.dialog is not None:
            clear = getattr(self.dialog, "clear", None)
            if clear is not None:
                clear()
            self.dialog.reject()
            self.dialog = None
        self.vault = None
        self.cafe = None
        self.row = None
        self.host_names = {}
        self.assignments = []
        self.options = []
        for widget in (self.heading, self.status, self.message):
            widget.clear()
        show_error(self.error, "")
        self.assigned_list.clear()
        self.picker.clear()
        self.swap_list.clear()
        self.no_candidates.clear()
        self.placeholder.setVisible(True)
        self.body.setVisible(False)

    # showing ----------------------------------------------------------------

    def show_shift(self, row: shifts.ShiftCoverage | None, *, keep_message: bool = False) -> None:
        """Show `row` (None: nothing chosen) with its assignments, candidates and swaps."""
        if not keep_message:
            self.message.clear()
            show_error(self.error, "")
        self.row = row
        self.placeholder.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is None or self.vault is None:
            return
        self.heading.setText(
            self.tr("%1, %2–%3")
            .replace("%1", fmt_weekday_date(row.starts_at.date()))
            .replace("%2", fmt_time(row.starts_at.time()))
            .replace("%3", fmt_time(row.ends_at.time()))
        )
        self.status.setStyleSheet(MARKS[status_of(row)])
        if row.gap:
            text = self.tr("⚠ %1 of %2 hosts: %n missing", "", row.gap)
        elif row.alone_untrained:
            text = self.tr("⚠ %1 of %2 hosts: the only host is not trained to be alone")
        else:
            text = self.tr("✓ %1 of %2 hosts: enough")
        self.status.setText(text.replace("%1", str(row.assigned)).replace("%2", str(row.needed)))
        try:
            self.assignments = shifts.shift_assignments(self.vault, shift_id=row.shift_id)
            self.options = best_first(shifts.available_hosts(self.vault, shift_id=row.shift_id))
            swap_rows = shifts.swap_log(self.vault, shift_id=row.shift_id)
        except (NotFound, VaultError) as error:
            show_error(self.error, words.describe(error))
            return
        self._fill_assignments()
        self._fill_picker()
        self._fill_swaps(swap_rows)

    def _fill_assignments(self) -> None:
        self.assigned_list.clear()
        for a in self.assignments:
            if a.cancelled_at is None:
                text = (
                    self.tr("%1 — assigned %2")
                    .replace("%1", a.volunteer.name)
                    .replace("%2", fmt_date(a.assigned_at.date()))
                )
            elif a.cancel_reason == "swap" and not a.cancelled_by:
                text = (
                    self.tr("%1 — swapped away %2")
                    .replace("%1", a.volunteer.name)
                    .replace("%2", fmt_date(a.cancelled_at.date()))
                )
            else:
                text = (
                    self.tr("%1 — cancelled %2 by %3")
                    .replace("%1", a.volunteer.name)
                    .replace("%2", fmt_date(a.cancelled_at.date()))
                    .replace("%3", a.cancelled_by)
                )
                if a.cancel_reason.strip():
                    text += ": " + a.cancel_reason.strip()
            item = QListWidgetItem(text)
            item.setData(_ASSIGNMENT_ROLE, a.id)
            if a.cancelled_at is not None:
                # Kept as a record (who and why), but not something to act on.
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(self.palette().placeholderText())
            self.assigned_list.addItem(item)
        if not self.assignments:
            self.assigned_list.addItem(self.tr("No one yet."))
            self.assigned_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        active = [i for i in range(self.assigned_list.count()) if self._assignment_at(i)]
        if active:
            self.assigned_list.setCurrentRow(active[0])
        self._update_buttons()

    def _assignment_at(self, index: int):
        item = self.assigned_list.item(index)
        wanted = item.data(_ASSIGNMENT_ROLE) if item is not None else None
        return next(
            (a for a in self.assignments if a.id == wanted and a.cancelled_at is None), None
        )

    def _selected_assignment(self):
        return self._assignment_at(self.assigned_list.currentRow())

    def _update_buttons(self) -> None:
        on = self._selected_assignment() is not None
        self.cancel_button.setEnabled(on)
        self.swap_button.setEnabled(on)

    def _fill_picker(self) -> None:
        self.picker.clear()
        shown = [
            o
            for o in self.options
            if not o.already_assigned
            and (o.available_that_day or not self.only_available.isChecked())
        ]
        for option in shown:
            item = QListWidgetItem(host_choice_text(option))
            item.setData(HOST_ROLE, option.volunteer_id)
            self.picker.addItem(item)
        if shown:
            self.picker.setCurrentRow(0)
        elif self.only_available.isChecked():
            self.no_candidates.setText(
                self.tr("No other active host has said they are available that day.")
            )
        else:
            self.no_candidates.setText(self.tr("There are no other active hosts."))
        self.picker.setVisible(bool(shown))
        self.no_candidates.setVisible(not shown)
        self.assign_button.setEnabled(bool(shown))

    def _fill_swaps(self, swap_rows) -> None:
        self.swap_list.clear()
        unknown = self.tr("a former host")
        for swap in swap_rows:
            text = (
                self.tr("%1: %2 handed the shift to %3")
                .replace("%1", fmt_datetime(swap.swapped_at))
                .replace("%2", self.host_names.get(swap.from_volunteer_id, unknown))
                .replace("%3", self.host_names.get(swap.to_volunteer_id, unknown))
            )
            if swap.note.strip():
                text += f" ({swap.note.strip()})"
            self.swap_list.addItem(text)
        self.swap_list.setVisible(bool(swap_rows))
        self.no_swaps.setVisible(not swap_rows)

    # acting -----------------------------------------------------------------

    def assign_selected(self) -> None:
        item = self.picker.currentItem()
        if item is not None:
            self.assign(int(item.data(HOST_ROLE)))

    def assign(self, volunteer_id: int, shift_id: int | None = None) -> bool:
        """Put a host on the shown shift (or on `shift_id`); refusals are told in words."""
        shift_id = shift_id if shift_id is not None else (self.row.shift_id if self.row else None)
        if shift_id is None or self.vault is None:
            return False
        name = self.host_names.get(volunteer_id, "")
        self.message.clear()
        show_error(self.error, "")
        try:
            shifts.assign_host(self.vault, shift_id=shift_id, volunteer_id=volunteer_id)
        except (ValidationError, NotFound) as error:
            show_error(self.error, words.describe(error, host=name, module=self.module_name))
            return False
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return False
        self.message.setText(self.tr("%1 is now on the shift.").replace("%1", name))
        self.changed.emit(shift_id)
        return True

    def cancel_selected(self) -> None:
        assignment = self._selected_assignment()
        if assignment is None or self.vault is None:
            return
        self.dialog = CancelDialog(self.vault, assignment, self.row, self)
        self.dialog.on_done = lambda row, a=assignment: self._cancelled(a, row)
        self.dialog.open()

    def _cancelled(self, assignment, row: shifts.ShiftCoverage) -> None:
        self.dialog = None
        self.changed.emit(row.shift_id)  # the plan redraws and shows this shift again
        try:
            options = shifts.available_hosts(self.vault, shift_id=row.shift_id)
        except (NotFound, VaultError):
            options = []
        free = [
            o.name for o in best_first(options) if o.available_that_day and not o.already_assigned
        ]
        text = self.tr("%1's shift is cancelled.").replace("%1", assignment.volunteer.name)
        if row.gap:
            text += " " + self.tr("The shift now misses %n host(s).", "", row.gap)
        elif row.alone_untrained:
            text += " " + self.tr("The host left on it is not trained to be alone.")
        if row.gap or row.alone_untrained:
            if free:
                text += " " + self.tr("Available that day: %1.").replace("%1", ", ".join(free))
            else:
                text += " " + self.tr("No other host has said they are available that day.")
        self.message.setText(text)

    def swap_selected(self) -> None:
        assignment = self._selected_assignment()
        if assignment is None or self.vault is None:
            return
        self.dialog = SwapDialog(
            self.vault, assignment, self.row, self.options, self.module_name, self
        )
        self.dialog.on_done = lambda new, a=assignment: self._swapped(a, new)
        self.dialog.open()

    def _swapped(self, old, new) -> None:
        self.dialog = None
        shift_id = new.shift_id
        self.changed.emit(shift_id)
        self.message.setText(
            self.tr("%1 took over the shift from %2.")
            .replace("%1", new.volunteer.name)
            .replace("%2", old.volunteer.name)
        )
