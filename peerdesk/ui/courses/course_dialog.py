"""The form for a new course or group, or for changing one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import courses
from peerdesk.services.course_edits import course_draft_key
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.courses.draft_keeper import DraftKeeper
from peerdesk.ui.courses.form_bits import (
    ErrorLine,
    FieldErrors,
    OptionalDate,
    note_field,
    with_error_line,
)
from peerdesk.ui.courses.words import describe_missing, kind_label, role_label
from peerdesk.vault.errors import VaultError
from peerdesk.vault.models import Course, CourseKind, CourseRole


class CourseDialog(QDialog):
    """Title, kind, dates, co-teachers, partners and my role; Enter saves.

    Refused input is explained under its field and the form keeps every word;
    unsaved input is kept as a draft and offered again next time.
    """

    saved = Signal(int)

    def __init__(self, vault, course: Course | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.course_id = None if course is None else course.id
        self.setWindowTitle(self.tr("New course or group") if course is None else self.tr("Course"))
        self.setMinimumWidth(520)

        self.title_field = QLineEdit()
        self.title_field.setAccessibleName(self.tr("Title"))
        self.title_field.setPlaceholderText(self.tr("For example: Mentor education, spring"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in CourseKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("My role"))
        for role in CourseRole:
            self.role.addItem(role_label(role), role.value)
        self.starts = OptionalDate(self.tr("Sta&rts on:"), self)
        self.ends = OptionalDate(self.tr("&Ends on:"), self)
        self.co_teachers = note_field(self.tr("Co-teachers"), lines=2)
        self.partners = note_field(self.tr("Partners"), lines=2)
        self.description = note_field(self.tr("Description"), lines=4)

        self.restored = QLabel(self.tr("Your unsaved changes from earlier were restored."))
        self.restored.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Go &back to the saved version"))
        self.discard_button.setAccessibleName(self.tr("Discard the restored changes"))
        self.discard_button.clicked.connect(self._discard_draft)
        banner = QHBoxLayout()
        banner.addWidget(self.restored, 1)
        banner.addWidget(self.discard_button)
        self._banner = QWidget()
        self._banner.setLayout(banner)
        self._banner.hide()

        self.general_error = ErrorLine()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("&Title:"), self.title_field, "title")
        self._row(form, self.tr("&Kind:"), self.kind, "kind")
        self._row(form, self.tr("My ro&le:"), self.role, "my_role")
        for field, optional in (("starts_on", self.starts), ("ends_on", self.ends)):
            cell, line = with_error_line(optional.edit)
            form.addRow(optional.check, cell)
            self.errors.add(field, line, optional.check)
        self._row(form, self.tr("Co-teac&hers:"), self.co_teachers, "co_teachers")
        self._row(form, self.tr("&Partners:"), self.partners, "partners")
        self._row(form, self.tr("&Description:"), self.description, "description")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._banner)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.drafts = DraftKeeper(self.payload, self)
        self._show(course)
        for signal in (
            self.title_field.textChanged,
            self.kind.currentIndexChanged,
            self.role.currentIndexChanged,
            self.starts.changed,
            self.ends.changed,
            self.co_teachers.textChanged,
            self.partners.textChanged,
            self.description.textChanged,
        ):
            signal.connect(self.drafts.edited)
        self.title_field.setFocus()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        cell, line = with_error_line(widget)
        form.addRow(caption, cell)
        self.errors.add(field, line, widget)

    # the form's contents -----------------------------------------------------

    def payload(self) -> dict:
        starts, ends = self.starts.value(), self.ends.value()
        return {
            "title": self.title_field.text(),
            "kind": self.kind.currentData(),
            "my_role": self.role.currentData(),
            "starts_on": starts.isoformat() if starts else None,
            "ends_on": ends.isoformat() if ends else None,
            "co_teachers": self.co_teachers.toPlainText(),
            "partners": self.partners.toPlainText(),
            "description": self.description.toPlainText(),
        }

    def _apply(self, values: dict) -> None:
        def day(text: object) -> date | None:
            try:
                return date.fromisoformat(str(text)) if text else None
            except ValueError:
                return None

        self.title_field.setText(str(values.get("title", "")))
        self._choose(self.kind, values.get("kind"))
        self._choose(self.role, values.get("my_role"))
        starts = day(values.get("starts_on"))
        self.starts.set_value(starts)
        self.ends.set_value(day(values.get("ends_on")), fallback=starts)
        self.co_teachers.setPlainText(str(values.get("co_teachers", "")))
        self.partners.setPlainText(str(values.get("partners", "")))
        self.description.setPlainText(str(values.get("description", "")))

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show(self, course: Course | None) -> None:
        if course is None:
            self._apply({"kind": CourseKind.MENTOR_EDUCATION.value, "my_role": "both"})
        else:
            self._apply(
                {
                    "title": course.title,
                    "kind": course.kind.value,
                    "my_role": course.my_role.value,
                    "starts_on": course.starts_on.isoformat() if course.starts_on else None,
                    "ends_on": course.ends_on.isoformat() if course.ends_on else None,
                    "co_teachers": course.co_teachers,
                    "partners": course.partners,
                    "description": course.description,
                }
            )
        draft = self.drafts.start(self.vault, course_draft_key(self.course_id), self.payload())
        if draft is not None:
            self._apply(draft)
        self._banner.setVisible(draft is not None)

    # actions -----------------------------------------------------------------

    def save(self) -> None:
        """Save through the courses service; on refusal explain and keep every word."""
        values = self.payload()
        try:
            if self.course_id is None:
                course = courses.add_course(self.vault, **values)
            else:
                course = courses.update_course(self.vault, self.course_id, **values)
        except ValidationError as error:
            self.errors.show(error)
            return
        except NotFound as error:
            self.errors.say(describe_missing(error))
            return
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self.errors.clear()
        self.drafts.saved(values)
        self.drafts.stop()
        self.course_id = course.id
        self.saved.emit(course.id)
        self.accept()

    def reject(self) -> None:
        """Cancel; unsaved input is only thrown away when the worker agrees."""
        if self.drafts.dirty() and not dialogs.confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("You have changed this course. Close without saving the changes?"),
            ok_text=self.tr("&Discard changes"),
        ):
            return
        self.drafts.discard()
        self.drafts.stop()
        super().reject()

    def _discard_draft(self) -> None:
        self.drafts.discard()
        self._apply(self.drafts.baseline)
        self._banner.hide()
        self.title_field.setFocus()

    def save_draft(self) -> None:
        self.drafts.save()

    def close_for_lock(self) -> None:
        """Keep the draft, empty every field and close (the vault is locking)."""
        self.drafts.save()
        self.drafts.stop()
        for edit in (self.title_field, self.co_teachers, self.partners, self.description):
            edit.clear()
        self.errors.clear()
        self.hide()
        self.deleteLater()
