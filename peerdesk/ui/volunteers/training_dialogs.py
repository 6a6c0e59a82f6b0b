"""Forms for the host training: a module, and a training session with who attended."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from peerdesk.services import training
from peerdesk.ui.volunteers.form_dialog import FormDialog
from peerdesk.ui.volunteers.widgets import DateField, HostChecklist
from peerdesk.ui.volunteers.words import _tr
from peerdesk.vault.models import TrainingModule, TrainingSession


class ModuleDialog(FormDialog):
    """A new training module, or one module's name, description, renewal and use."""

    def __init__(self, vault, module: TrainingModule | None = None, parent: QWidget | None = None):
        key = "training_module:new" if module is None else f"training_module:{module.id}"
        title = _tr("New training module") if module is None else _tr("Edit training module")
        super().__init__(vault, key=key, title=title, parent=parent)
        self.module_id = None if module is None else module.id
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.valid_months = QSpinBox()
        self.valid_months.setRange(0, 240)
        self.valid_months.setSpecialValueText(_tr("never"))
        self.valid_months.setSuffix(_tr(" months"))
        self.valid_months.setToolTip(
            _tr("How long the training holds before it must be renewed, as with first aid.")
        )
        self.active = QCheckBox(_tr("&In use (part of the host training)"))
        self.active.setChecked(True)
        self.add_row(_tr("&Name"), self.name, "name")
        self.add_row(_tr("&Description"), self.description, "description")
        self.add_row(_tr("&Renew after"), self.valid_months, "valid_months")
        if module is not None:
            # A new module is always in use; taking one out of use is an edit.
            self.add_row("", self.active, "active")
            self.name.setText(module.name)
            self.description.setPlainText(module.description)
            self.valid_months.setValue(module.valid_months or 0)
            self.active.setChecked(module.active)
        self.resize(460, 320)
        self.start()

    def payload(self) -> dict:
        return {
            "name": self.name.text(),
            "description": self.description.toPlainText(),
            "valid_months": self.valid_months.value(),
            "active": self.active.isChecked(),
        }

    def restore(self, payload: dict) -> None:
        self.name.setText(payload.get("name", ""))
        self.description.setPlainText(payload.get("description", ""))
        self.valid_months.setValue(int(payload.get("valid_months", 0)))
        self.active.setChecked(bool(payload.get("active", True)))

    def submit(self) -> TrainingModule:
        months = self.valid_months.value() or None
        if self.module_id is None:
            return training.add_module(
                self.vault,
                name=self.name.text(),
                description=self.description.toPlainText(),
                valid_months=months,
            )
        return training.update_module(
            self.vault,
            self.module_id,
            name=self.name.text(),
            description=self.description.toPlainText(),
            valid_months=months,
            active=self.active.isChecked(),
        )


class TrainingSessionDialog(FormDialog):
    """A training evening: when, which module, topic, length, who attended, a note.

    Attending does not change anyone's status; the host's page does that."""

    def __init__(
        self,
        vault,
        modules: list[TrainingModule],
        hosts: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            vault, key="training_session:new", title=_tr("New training session"), parent=parent
        )
        self.held_on = DateField()
        self.module = QComboBox()
        self.module.addItem(_tr("(no particular module)"), None)
        for module in modules:
            self.module.addItem(module.name, module.id)
        self.topic = QLineEdit()
        self.topic.setMaxLength(200)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(120)
        self.duration.setSuffix(_tr(" min"))
        self.attendees = HostChecklist(_tr("Hosts who attended"))
        self.attendees.set_hosts(hosts)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(60)
        self.add_row(_tr("&Date"), self.held_on, "held_on")
        self.add_row(_tr("M&odule"), self.module, "module_id")
        self.add_row(_tr("&Topic"), self.topic, "topic")
        self.add_row(_tr("&Minutes"), self.duration, "duration_minutes")
        self.add_row(_tr("Atte&nded"), self.attendees, "attendee_ids")
        self.add_row(_tr("&Note"), self.note, "note")
        self.resize(480, 560)
        self.start()

    def payload(self) -> dict:
        return {
            "held_on": self.held_on.value().isoformat(),
            "module_id": self.module.currentData(),
            "topic": self.topic.text(),
            "duration_minutes": self.duration.value(),
            "attendee_ids": self.attendees.checked_ids(),
            "note": self.note.toPlainText(),
        }

    def restore(self, payload: dict) -> None:
        if payload.get("held_on"):
            self.held_on.set_value(date.fromisoformat(payload["held_on"]))
        self.module.setCurrentIndex(max(0, self.module.findData(payload.get("module_id"))))
        self.topic.setText(payload.get("topic", ""))
        self.duration.setValue(int(payload.get("duration_minutes", 120)))
        self.attendees.set_checked(payload.get("attendee_ids", []))
        self.note.setPlainText(payload.get("note", ""))

    def submit(self) -> TrainingSession:
        return training.add_training_session(
            self.vault,
            held_on=self.held_on.value(),
            module_id=self.module.currentData(),
            topic=self.topic.text(),
            duration_minutes=self.duration.value(),
            note=self.note.toPlainText(),
            attendee_ids=self.attendees.checked_ids(),
        )
