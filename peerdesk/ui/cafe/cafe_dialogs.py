"""Dialogs for a café's details and for resolving an incident."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from peerdesk.services import cafe as cafe_service
from peerdesk.ui.cafe.form_dialog import FormDialog
from peerdesk.ui.formatting import fmt_date


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CafeDialog(FormDialog):
    """Add a café, or change one (`cafe` given): venue, usual times, hosts, solo training."""

    def __init__(self, vault, modules, cafe=None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New café") if cafe is None else self.tr("Café details"))
        self.ok_button.setText(self.tr("&Save"))
        self.vault = vault
        self.cafe = cafe
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.address_note = QPlainTextEdit()
        self.address_note.setTabChangesFocus(True)
        self.address_note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.usual_days = QLineEdit()
        self.usual_days.setPlaceholderText(self.tr("e.g. Tuesdays"))
        self.usual_hours = QLineEdit()
        self.usual_hours.setPlaceholderText(self.tr("e.g. 10–14"))
        self.hosts_needed = QSpinBox()
        self.hosts_needed.setRange(0, 50)
        self.hosts_needed.setValue(2)
        self.solo_module = QComboBox()
        self.solo_module.addItem(self.tr("No training needed to be alone"), None)
        for module in modules:
            self.solo_module.addItem(module.name, module.id)
        self.active = QCheckBox(self.tr("The café is &open (shown in the list)"))
        self.active.setChecked(True)
        self.add_row(self.tr("&Name"), self.name, field="name")
        self.add_row(self.tr("&Address note"), self.address_note, field="address_note")
        self.add_row(self.tr("Usual &days"), self.usual_days, field="usual_days")
        self.add_row(self.tr("Usual &hours"), self.usual_hours, field="usual_hours")
        self.add_row(self.tr("Hosts needed per shi&ft"), self.hosts_needed, field="hosts_needed")
        self.add_row(
            self.tr("&Training to be alone"),
            self.solo_module,
            self.tr("Training a host needs to take a shift alone"),
        )
        hint = QLabel(self.tr("A host without this training cannot be alone on a shift."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.form.addRow(hint)
        if cafe is not None:
            self.form.addRow(self.active)
            self.name.setText(cafe.name)
            self.address_note.setPlainText(cafe.address_note)
            self.usual_days.setText(cafe.usual_days)
            self.usual_hours.setText(cafe.usual_hours)
            self.hosts_needed.setValue(cafe.hosts_needed)
            index = self.solo_module.findData(cafe.solo_module_id)
            self.solo_module.setCurrentIndex(max(0, index))
            self.active.setChecked(cafe.active)
        self.active.setAccessibleName(self.tr("The café is open"))
        self.name.setFocus()
        self.resize(480, self.sizeHint().height())

    def submit(self):
        values = {
            "name": self.name.text(),
            "address_note": self.address_note.toPlainText(),
            "usual_days": self.usual_days.text(),
            "usual_hours": self.usual_hours.text(),
            "hosts_needed": self.hosts_needed.value(),
            "solo_module_id": self.solo_module.currentData(),
        }
        if self.cafe is None:
            return cafe_service.add_cafe(self.vault, **values)
        return cafe_service.update_cafe(
            self.vault, self.cafe.id, active=self.active.isChecked(), **values
        )


class ResolveIncidentDialog(FormDialog):
    """Close an incident that needed follow-up: when, and how it ended."""

    def __init__(self, vault, incident, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Resolve incident"))
        self.ok_button.setText(self.tr("&Resolve"))
        self.vault = vault
        self.incident = incident
        what = QLabel(
            self.tr("Incident at the session of %1:").replace(
                "%1", fmt_date(incident.session.starts_at.date())
            )
            + "\n"
            + incident.description
        )
        what.setWordWrap(True)
        self.form.addRow(what)
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDate(_qdate(today))
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        self.resolution.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.add_row(self.tr("Resolved &on"), self.on, field="on")
        self.add_row(self.tr("&How it ended"), self.resolution, field="resolution")
        self.resolution.setFocus()
        self.resize(460, self.sizeHint().height())

    def submit(self):
        return cafe_service.resolve_incident(
            self.vault,
            self.incident.id,
            on=_pydate(self.on.date()),
            resolution=self.resolution.toPlainText(),
        )

    def clear(self) -> None:
        self.resolution.clear()
