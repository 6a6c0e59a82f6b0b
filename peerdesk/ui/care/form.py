"""The care tab's forms: drafts that autosave into the vault, and a save
that never loses what was typed (fields: see care.fields)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import drafts
from peerdesk.services.errors import ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.care.fields import FieldBox, mark_as_warning
from peerdesk.ui.care.words import error_words
from peerdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

AREA = "care"
AUTOSAVE_MS = 3000
# A closed form is deleted this long after it closed (see CareForm.done).
TEARDOWN_MS = 50


class CareForm(QDialog):
    """A form that saves through one service call.

    Subclasses add fields with `add_field` (named as the service's keyword
    arguments), call `finish_layout`, and implement `save`. Typing restarts an
    autosave timer; the draft lives in the vault under (`care`, `draft_key`)
    and is discarded once the form is saved or deliberately thrown away.
    """

    saved = Signal(object)

    def __init__(self, vault, *, draft_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.draft_key = draft_key
        # Draft keys start "person:<id>:", so every form knows whose it is.
        self.person_id = int(draft_key.split(":")[1])
        self.boxes: dict[str, FieldBox] = {}
        self._dirty = False
        self._quiet = False
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel(self.tr("Restored the text you had not saved yet."))
        self.banner_text.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard d&raft"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard_restored)
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.discard_button)
        self.banner.hide()
        self.general_error = QLabel()
        mark_as_warning(self.general_error)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter saves a small form
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft)

    # building -----------------------------------------------------------------

    def add_field(self, name: str, label: str, editor: QWidget, *, guard: bool = True) -> FieldBox:
        """Add a labelled row; `label` may carry an & mnemonic for the field."""
        box = FieldBox(name, editor, guard=guard)
        box.changed.connect(self.touch)
        plain = label.replace("&", "").rstrip(":")
        if not editor.accessibleName():
            editor.setAccessibleName(plain)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, box)
        self.boxes[name] = box
        return box

    def finish_layout(self, *extra_top: QWidget, scroll: bool = False) -> QVBoxLayout:
        """Lay the form out; a tall form (`scroll`) scrolls rather than outgrow a small screen."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        for widget in extra_top:
            layout.addWidget(widget)
        if scroll:
            inner = QWidget()
            inner.setLayout(self.form)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(inner)
            layout.addWidget(area, 1)
        else:
            layout.addLayout(self.form)
        if not scroll and not any(box.grows for box in self.boxes.values()):
            layout.addStretch(1)  # spare height below the fields, not between them
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        return layout

    def set_values(self, values: dict) -> None:
        """Fill fields without counting it as typing."""
        self._quiet = True
        try:
            for name, value in values.items():
                if name in self.boxes:
                    self.boxes[name].set_value(value)
        finally:
            self._quiet = False

    # drafts -------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        if self._quiet:
            return
        self._dirty = True
        self._timer.start()

    def payload(self) -> dict:
        return {name: box.value() for name, box in self.boxes.items()}

    def save_draft(self) -> None:
        """Store what is typed as an encrypted draft (quietly; a failure is noted)."""
        self._timer.stop()
        if not self._dirty or self.vault is None:
            return
        try:
            drafts.save_draft(self.vault, area=AREA, key=self.draft_key, payload=self.payload())
        except VaultError as exc:
            log.warning("draft not saved: %s", type(exc).__name__)
            self.show_general(
                self.tr("The draft could not be saved just now: %1").replace("%1", error_words(exc))
            )

    def offer_draft(self) -> bool:
        """Restore a saved draft of this form, if there is one, and say so."""
        payload = drafts.load_draft(self.vault, area=AREA, key=self.draft_key)
        if not payload:
            return False
        self.restore(payload)
        self._dirty = True
        self.banner.show()
        return True

    def restore(self, payload: dict) -> None:
        self.set_values(payload)

    def discard_restored(self) -> None:
        drafts.discard_draft(self.vault, area=AREA, key=self.draft_key)
        self.banner.hide()
        self.reset_fields()
        self._dirty = False

    def reset_fields(self) -> None:
        """Back to how the form opened (subclasses refill their starting values)."""
        for box in self.boxes.values():
            box.clear()

    # saving -------------------------------------------------------------------

    def save(self) -> object:
        """Call the service with the fields' values; raise its typed errors."""
        raise NotImplementedError

    def cpr_fields(self) -> list[FieldBox]:
        return [box for box in self.boxes.values() if box.guard and box.has_cpr()]

    def submit(self) -> bool:
        """Save through the service; on a refusal show why and keep every word."""
        self.clear_errors()
        suspicious = self.cpr_fields()
        if suspicious and not dialogs.confirm(
            self,
            self.tr("Possible CPR number"),
            self.tr(
                "Something in this form looks like a CPR number (underlined). Notes should "
                "know a person by alias or initials only. Save anyway?"
            ),
            ok_text=self.tr("Save anyway"),
        ):
            suspicious[0].editor.setFocus()
            return False
        try:
            result = self.save()
        except (ValidationError, VaultError) as exc:
            self.show_error(exc)
            return False
        self._timer.stop()
        self._dirty = False
        try:
            drafts.discard_draft(self.vault, area=AREA, key=self.draft_key)
        except VaultError as exc:
            log.warning("draft not discarded: %s", type(exc).__name__)
        self.saved.emit(result)
        self.accept()
        return True

    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.set_error("")
        self.general_error.hide()

    def show_error(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        box = self.boxes.get(field) if field else None
        if box is not None:
            box.set_error(error_words(exc))
            box.editor.setFocus()
        else:
            self.show_general(error_words(exc))

    def show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    # leaving ------------------------------------------------------------------

    def reject(self) -> None:
        if self._dirty and not dialogs.confirm(
            self,
            self.tr("Close without saving?"),
            self.tr("What you wrote here has not been saved. Throw it away?"),
            ok_text=self.tr("Throw away"),
        ):
            return
        self._timer.stop()
        if self._dirty:
            try:
                drafts.discard_draft(self.vault, area=AREA, key=self.draft_key)
            except VaultError as exc:
                log.warning("draft not discarded: %s", type(exc).__name__)
        self._dirty = False
        super().reject()

    def done(self, result: int) -> None:
        """Close, and delete the form once the window behind it has painted
        what the save changed: tearing down a big form takes a few ms the
        person would otherwise wait for (WA_DeleteOnClose deletes first)."""
        super().done(result)
        QTimer.singleShot(TEARDOWN_MS, self, self.deleteLater)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # The title bar's close button asks like Cancel does.
        if self._dirty and self.vault is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def abandon(self) -> None:
        """Close for a lock: the draft stays in the vault, no text stays on screen."""
        self._timer.stop()
        self._dirty = False
        self.vault = None
        self._quiet = True
        for box in self.boxes.values():
            box.clear()
        self.close()
