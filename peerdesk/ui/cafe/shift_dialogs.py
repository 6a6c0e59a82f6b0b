"""Dialogs of the shift plan: a single shift, a cancellation, a swap, repeating shifts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import shifts
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.form_dialog import FormDialog
from peerdesk.ui.cafe.widgets import error_label, show_error
from peerdesk.ui.formatting import fmt_date, fmt_time, fmt_weekday_date
from peerdesk.vault.errors import VaultError


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def weekday_name(weekday: int) -> str:
    """The locale's name of weekday 0 = Monday … 6 = Sunday."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HostChoice", text)


def best_first(options: list[shifts.HostOption]) -> list[shifts.HostOption]:
    """Hosts available that day and trained to be alone first; then by the service's order."""
    return sorted(options, key=lambda o: (not o.available_that_day, not o.trained_for_solo))


def host_choice_text(option: shifts.HostOption) -> str:
    """A host as a candidate: the name and, in words, what to know."""
    notes = [
        _tr("available that day") if option.available_that_day else _tr("not available that day")
    ]
    if not option.trained_for_solo:
        notes.append(_tr("not trained to be alone"))
    if option.already_assigned:
        notes.append(_tr("already on the shift"))
    mark = "✓" if option.available_that_day and option.trained_for_solo else "⚠"
    return f"{mark} {option.name} — {', '.join(notes)}"


class NewShiftDialog(FormDialog):
    """One shift outside the repeating ones (an extra opening, a special day)."""

    def __init__(self, vault, cafe, day: date, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add a shift at %1").replace("%1", cafe.name))
        self.ok_button.setText(self.tr("&Add the shift"))
        self.vault = vault
        self.cafe = cafe
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDate(_qdate(day))
        self.start = QTimeEdit(QTime(10, 0))
        self.end = QTimeEdit(QTime(14, 0))
        self.hosts_needed = QSpinBox()
        self.hosts_needed.setRange(0, 50)
        self.hosts_needed.setValue(cafe.hosts_needed)
        self.note = QLineEdit()
        self.add_row(self.tr("&Day"), self.day, field="starts_at")
        self.add_row(self.tr("&From"), self.start, field="starts_at")
        self.add_row(self.tr("&To"), self.end, field="ends_at")
        self.add_row(self.tr("&Hosts needed"), self.hosts_needed, field="hosts_needed")
        self.add_row(self.tr("&Note"), self.note, field="note")

    def submit(self):
        day = _pydate(self.day.date())
        return shifts.add_shift(
            self.vault,
            cafe_id=self.cafe.id,
            starts_at=datetime.combine(day, _pytime(self.start.time())),
            ends_at=datetime.combine(day, _pytime(self.end.time())),
            hosts_needed=self.hosts_needed.value(),
            note=self.note.text(),
        )


class CancelDialog(FormDialog):
    """Cancel one host's place on a shift, keeping who cancelled and why."""

    def __init__(self, vault, assignment, row, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Cancel a host's shift"))
        self.ok_button.setText(self.tr("Cancel the &shift"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))
        self.vault = vault
        self.assignment = assignment
        what = QLabel(
            self.tr("%1 will not come on %2, %3–%4.")
            .replace("%1", assignment.volunteer.name)
            .replace("%2", fmt_weekday_date(row.starts_at.date()))
            .replace("%3", fmt_time(row.starts_at.time()))
            .replace("%4", fmt_time(row.ends_at.time()))
        )
        what.setWordWrap(True)
        self.form.addRow(what)
        self.by = QLineEdit(assignment.volunteer.name)
        self.by.setMaxLength(200)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.add_row(self.tr("Cancelled &by"), self.by, field="by")
        self.add_row(self.tr("&Reason"), self.reason, field="reason")
        self.reason.setFocus()
        self.setMinimumWidth(440)

    def submit(self):
        return shifts.cancel_assignment(
            self.vault, self.assignment.id, by=self.by.text(), reason=self.reason.toPlainText()
        )

    def clear(self) -> None:
        self.by.clear()
        self.reason.clear()


class SwapDialog(FormDialog):
    """Hand a host's shift to another host, in one step that is logged."""

    def __init__(self, vault, assignment, row, options, module_name: str, parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Swap a shift"))
        self.ok_button.setText(self.tr("&Swap"))
        self.vault = vault
        self.assignment = assignment
        self.module_name = module_name
        what = QLabel(
            self.tr("Hand %1's shift on %2 to another host.")
            .replace("%1", assignment.volunteer.name)
            .replace("%2", fmt_weekday_date(row.starts_at.date()))
        )
        what.setWordWrap(True)
        self.form.addRow(what)
        self.to_host = QComboBox()
        self._names: dict[int, str] = {}
        for option in best_first(options):
            if option.already_assigned or option.volunteer_id == assignment.volunteer_id:
                continue
            self._names[option.volunteer_id] = option.name
            self.to_host.addItem(host_choice_text(option), option.volunteer_id)
        self.note = QLineEdit()
        self.add_row(self.tr("&New host"), self.to_host)
        self.add_row(self.tr("N&ote"), self.note)
        self.ok_button.setEnabled(self.to_host.count() > 0)
        self.setMinimumWidth(440)

    def chosen_name(self) -> str:
        return self._names.get(self.to_host.currentData(), "")

    def error_words(self, error: BaseException) -> str:
        return words.describe(
            error, host=self.chosen_name(), module=self.module_name, labels=self.field_labels
        )

    def submit(self):
        return shifts.swap_host(
            self.vault,
            assignment_id=self.assignment.id,
            to_volunteer_id=self.to_host.currentData(),
            note=self.note.text(),
        )


class TemplatesDialog(QDialog):
    """The café's repeating shifts ("every Tuesday 10–14"), and planning shifts from them."""

    def __init__(self, vault, cafe, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repeating shifts at %1").replace("%1", cafe.name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.vault = vault
        self.cafe = cafe
        self.today = today
        self.changed = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Repeating shifts"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.empty = QLabel(self.tr("No repeating shifts yet. Add one below."))
        self.empty.setEnabled(False)

        add = QGroupBox(self.tr("Add a repeating shift"))
        self.weekday = QComboBox()
        for weekday in range(7):
            self.weekday.addItem(weekday_name(weekday), weekday)
        self.start = QTimeEdit(QTime(10, 0))
        self.end = QTimeEdit(QTime(14, 0))
        self.hosts_needed = QSpinBox()
        self.hosts_needed.setRange(0, 50)
        self.hosts_needed.setValue(cafe.hosts_needed)
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDate(_qdate(today))
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDate(_qdate(today + timedelta(days=365)))
        self.valid_until.setEnabled(False)
        self.has_end.toggled.connect(self.valid_until.setEnabled)
        self.add_button = QPushButton(self.tr("&Add the repeating shift"))
        self.add_button.clicked.connect(self.add_template)
        form = QFormLayout(add)
        for text, widget in (
            (self.tr("&Every"), self.weekday),
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
            (self.tr("&Hosts needed"), self.hosts_needed),
            (self.tr("&Starting"), self.valid_from),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        self.has_end.setAccessibleName(self.tr("The repeating shift ends"))
        self.valid_until.setAccessibleName(self.tr("Last day"))
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.valid_until, 1)
        form.addRow(end_row)
        form.addRow(self.add_button)

        plan = QGroupBox(self.tr("Put the shifts in the plan"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDate(_qdate(today + timedelta(weeks=8)))
        self.until.setAccessibleName(self.tr("Plan until"))
        until_label = QLabel(self.tr("Plan &until"))
        until_label.setBuddy(self.until)
        self.generate_button = QPushButton(self.tr("&Create the shifts"))
        self.generate_button.clicked.connect(self.generate)
        plan_row = QHBoxLayout(plan)
        plan_row.addWidget(until_label)
        plan_row.addWidget(self.until, 1)
        plan_row.addWidget(self.generate_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(add)
        layout.addWidget(plan)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(520, self.sizeHint().height())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        try:
            templates = shifts.list_templates(self.vault, cafe_id=self.cafe.id)
        except VaultError as error:
            show_error(self.error, words.describe(error))
            return
        for t in templates:
            text = (
                self.tr("Every %1, %2–%3, %n host(s)", "", t.hosts_needed)
                .replace("%1", weekday_name(t.weekday))
                .replace("%2", fmt_time(t.start_time))
                .replace("%3", fmt_time(t.end_time))
            )
            if t.valid_until is not None:
                text += " · " + self.tr("%1 to %2").replace("%1", fmt_date(t.valid_from)).replace(
                    "%2", fmt_date(t.valid_until)
                )
            else:
                text += " · " + self.tr("from %1").replace("%1", fmt_date(t.valid_from))
            if not t.active:
                text += " · " + self.tr("no longer used")
            self.list.addItem(text)
        self.list.setVisible(bool(templates))
        self.empty.setVisible(not templates)

    def _run(self, fn) -> object | None:
        show_error(self.error, "")
        self.message.clear()
        try:
            return fn()
        except (ValidationError, NotFound) as error:
            show_error(self.error, words.describe(error))
        except VaultError as error:
            dialogs.error_dialog(self, error)
        return None

    def add_template(self) -> None:
        template = self._run(
            lambda: shifts.add_template(
                self.vault,
                cafe_id=self.cafe.id,
                weekday=self.weekday.currentData(),
                start_time=_pytime(self.start.time()),
                end_time=_pytime(self.end.time()),
                hosts_needed=self.hosts_needed.value(),
                valid_from=_pydate(self.valid_from.date()),
                valid_until=_pydate(self.valid_until.date()) if self.has_end.isChecked() else None,
            )
        )
        if template is not None:
            self.refresh()
            self.message.setText(
                self.tr("Added. Choose how far ahead to plan, then create the shifts.")
            )
            self.until.setFocus()

    def generate(self) -> None:
        until = _pydate(self.until.date())

        def run() -> int:
            made = 0
            for template in shifts.list_templates(self.vault, cafe_id=self.cafe.id):
                made += len(
                    shifts.generate_shifts(self.vault, template_id=template.id, until=until)
                )
            return made

        made = self._run(run)
        if made is not None:
            self.changed = self.changed or made > 0
            self.message.setText(
                self.tr("%n shift(s) added to the plan.", "", made)
                if made
                else self.tr("The plan already has every shift up to that day.")
            )

    def clear(self) -> None:
        self.list.clear()
        self.message.clear()
