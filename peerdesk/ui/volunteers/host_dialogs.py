"""Forms about one host: their details (new or edited) and an extra task."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from peerdesk.services import volunteers
from peerdesk.ui.volunteers.form_dialog import FormDialog
from peerdesk.ui.volunteers.widgets import DateField
from peerdesk.ui.volunteers.words import HOST_STATUS, _tr, label
from peerdesk.vault.models import Volunteer, VolunteerStatus


class HostDialog(FormDialog):
    """A new host (key "volunteer:new"), or one host's details (key "volunteer:<id>",
    so that erasing the host also erases the draft)."""

    def __init__(self, vault, host: Volunteer | None = None, parent: QWidget | None = None):
        key = "volunteer:new" if host is None else f"volunteer:{host.id}"
        title = _tr("New café host") if host is None else _tr("Edit host details")
        super().__init__(vault, key=key, title=title, parent=parent)
        self.host_id = None if host is None else host.id
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.phone.setPlaceholderText(_tr("Optional"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(_tr("Optional"))
        self.started = DateField(optional=True)
        self.status = QComboBox()
        for status in VolunteerStatus:
            self.status.addItem(label(HOST_STATUS, status), status.value)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(_tr("Only what you need to work well together."))
        self.add_row(_tr("&Name"), self.name, "name")
        self.add_row(_tr("&Phone"), self.phone, "phone")
        self.add_row(_tr("&E-mail"), self.email, "email")
        self.add_row(_tr("S&tarted"), self.started, "started_on")
        self.add_row(_tr("Stat&us"), self.status, "status")
        self.add_row(_tr("N&ote"), self.note, "note")
        if host is not None:
            self.name.setText(host.name)
            self.phone.setText(host.phone)
            self.email.setText(host.email)
            self.started.set_value(host.started_on)
            self.status.setCurrentIndex(self.status.findData(host.status.value))
            self.note.setPlainText(host.note)
        else:
            self.started.set_value(date.today())
        self.resize(460, 420)
        self.start()

    def payload(self) -> dict:
        started = self.started.value()
        return {
            "name": self.name.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "started_on": started.isoformat() if started else None,
            "status": self.status.currentData(),
            "note": self.note.toPlainText(),
        }

    def restore(self, payload: dict) -> None:
        self.name.setText(payload.get("name", ""))
        self.phone.setText(payload.get("phone", ""))
        self.email.setText(payload.get("email", ""))
        started = payload.get("started_on")
        self.started.set_value(date.fromisoformat(started) if started else None)
        index = self.status.findData(payload.get("status", VolunteerStatus.ACTIVE.value))
        self.status.setCurrentIndex(max(0, index))
        self.note.setPlainText(payload.get("note", ""))

    def submit(self) -> Volunteer:
        values = {
            "name": self.name.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "started_on": self.started.value(),
            "status": self.status.currentData(),
            "note": self.note.toPlainText(),
        }
        if self.host_id is None:
            return volunteers.add_volunteer(self.vault, **values)
        return volunteers.update_volunteer(self.vault, self.host_id, **values)


class TaskDialog(FormDialog):
    """Time a host gave outside café shifts. With a host given, the host is fixed
    (and the draft is theirs: key "volunteer:<id>:task")."""

    def __init__(
        self,
        vault,
        hosts: list[tuple[int, str]],
        host_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        key = "volunteer_task:new" if host_id is None else f"volunteer:{host_id}:task"
        super().__init__(vault, key=key, title=_tr("Log an extra task"), parent=parent)
        self.host = QComboBox()
        for hid, name in hosts:
            self.host.addItem(name, hid)
        if host_id is not None:
            self.host.setCurrentIndex(max(0, self.host.findData(host_id)))
            self.host.setEnabled(False)
        self.on_date = DateField()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(_tr(" min"))
        self.description = QLineEdit()
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(_tr("A flyer round, a meeting, baking for the café"))
        self.add_row(_tr("&Host"), self.host, "volunteer_id")
        self.add_row(_tr("&Date"), self.on_date, "on_date")
        self.add_row(_tr("&Minutes"), self.minutes, "minutes")
        self.add_row(_tr("&What"), self.description, "description")
        self.resize(440, self.sizeHint().height())
        self.start()

    def payload(self) -> dict:
        return {
            "host_id": self.host.currentData(),
            "on_date": self.on_date.value().isoformat(),
            "minutes": self.minutes.value(),
            "description": self.description.text(),
        }

    def restore(self, payload: dict) -> None:
        if self.host.isEnabled() and payload.get("host_id") is not None:
            self.host.setCurrentIndex(max(0, self.host.findData(payload["host_id"])))
        if payload.get("on_date"):
            self.on_date.set_value(date.fromisoformat(payload["on_date"]))
        self.minutes.setValue(int(payload.get("minutes", 60)))
        self.description.setText(payload.get("description", ""))

    def submit(self):
        return volunteers.add_task(
            self.vault,
            volunteer_id=self.host.currentData(),
            on_date=self.on_date.value(),
            minutes=self.minutes.value(),
            description=self.description.text(),
        )
