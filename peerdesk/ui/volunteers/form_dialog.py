"""A form in its own window that keeps what is typed: drafts, inline errors, calm cancel.

Subclasses add rows, say how the form becomes a draft payload and back, and
how it is saved (one service call). The form autosaves an encrypted draft a
few seconds after the last edit and whenever the tab asks (before locking);
saving discards the draft; opening the form again restores it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import drafts
from peerdesk.ui import dialogs
from peerdesk.ui.volunteers.widgets import ErrorLine, report_error
from peerdesk.ui.volunteers.words import _tr
from peerdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

AREA = "volunteers"
AUTOSAVE_MS = 3_000


class FormDialog(QDialog):
    """A titled form with Save and Cancel; `saved` carries what the service returned."""

    saved = Signal(object)

    def __init__(self, vault, *, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.draft_key = key
        self.dirty = False
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.errors: dict[str, tuple[ErrorLine, QWidget | None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft)

        self.notice = QWidget()
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(0, 0, 0, 0)
        self.notice_text = QLabel(_tr("ℹ Restored what you had written but not yet saved."))
        self.notice_text.setWordWrap(True)
        self.afresh_button = QPushButton(_tr("Start &afresh"))
        self.afresh_button.setAutoDefault(False)
        self.afresh_button.clicked.connect(self._start_afresh)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.afresh_button)
        self.notice.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = ErrorLine()
        self.errors["*"] = (self.general_error, None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(_tr("Save (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        column = QVBoxLayout(self)
        column.addWidget(self.notice)
        column.addLayout(self.form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)

    # building ---------------------------------------------------------------------

    def add_row(self, text: str, widget: QWidget, field: str | None = None) -> QWidget:
        """A labelled row (`text` may hold an & mnemonic) with an error line under
        it for the service field `field`."""
        caption = QLabel(text)
        caption.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(text.replace("&", ""))
        holder = QWidget()
        cell = QVBoxLayout(holder)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.setSpacing(2)
        cell.addWidget(widget)
        if field is not None:
            line = ErrorLine()
            cell.addWidget(line)
            self.errors[field] = (line, widget)
        self.form.addRow(caption, holder)
        self.watch(widget)
        if isinstance(widget, QPlainTextEdit):
            # A text box may claim Ctrl+Enter before the shortcut sees it.
            widget.installEventFilter(self)
        return widget

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def watch(self, widget: QWidget) -> None:
        """Mark the form edited (and restart the autosave timer) when `widget` changes."""
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QSpinBox):
            signal = widget.valueChanged
        elif isinstance(widget, QAbstractButton):
            signal = widget.toggled
        elif isinstance(widget, QListWidget):
            signal = widget.itemChanged
        elif hasattr(widget, "dateChanged"):
            signal = widget.dateChanged
        if signal is not None:
            signal.connect(self.edited)

    def edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self.dirty = True
        self._timer.start()

    _loading = False

    # to be filled in by each form --------------------------------------------------

    def payload(self) -> dict:
        raise NotImplementedError

    def restore(self, payload: dict) -> None:
        raise NotImplementedError

    def submit(self) -> object:
        raise NotImplementedError

    # drafts -------------------------------------------------------------------------

    def start(self) -> None:
        """Call once the form holds its starting values: remember them, and bring
        back an unsaved draft if there is one."""
        self._initial = self.payload()
        try:
            payload = drafts.load_draft(self.vault, area=AREA, key=self.draft_key)
        except VaultError:
            log.warning("could not read a draft")
            payload = None
        if payload:
            self._apply(payload)
            self.dirty = True
            self.notice.show()

    def _apply(self, payload: dict) -> None:
        self._loading = True
        try:
            self.restore(payload)
        finally:
            self._loading = False

    def save_draft(self) -> None:
        """Keep the unsaved input as an encrypted draft (only if something was typed)."""
        self._timer.stop()
        if not self.dirty or self.vault is None:
            return
        try:
            drafts.save_draft(self.vault, area=AREA, key=self.draft_key, payload=self.payload())
        except VaultError:
            log.warning("could not save a draft")

    def _discard_draft(self) -> None:
        self._timer.stop()
        try:
            drafts.discard_draft(self.vault, area=AREA, key=self.draft_key)
        except VaultError:
            log.warning("could not discard a draft")

    def _start_afresh(self) -> None:
        self._discard_draft()
        self._apply(self._initial)
        self.dirty = False
        self.notice.hide()

    # closing --------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for line, _widget in self.errors.values():
            line.clear()

    def accept(self) -> None:
        self.clear_errors()
        try:
            record = self.submit()
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error, self.errors)
            return
        self._discard_draft()
        self.dirty = False
        self.saved.emit(record)
        super().accept()

    def reject(self) -> None:
        if self.dirty and not dialogs.confirm(
            self,
            _tr("Discard this form?"),
            _tr("What you wrote here has not been saved. Discard it?"),
            ok_text=_tr("&Discard"),
        ):
            return
        self._discard_draft()
        self.dirty = False
        super().reject()

    def wipe(self) -> None:
        """Empty every field and close without saving (the tab saved the draft
        first): used when the app locks."""
        self._timer.stop()
        self.dirty = False
        self._loading = True
        for child in self.findChildren(QLineEdit):
            child.clear()
        for child in self.findChildren(QPlainTextEdit):
            child.clear()
        for child in self.findChildren(QTextEdit):
            child.clear()
        for child in self.findChildren(QListWidget):
            child.clear()
        for child in self.findChildren(QComboBox):
            child.clear()
        self.setWindowTitle("")
        self.vault = None
        super().reject()
