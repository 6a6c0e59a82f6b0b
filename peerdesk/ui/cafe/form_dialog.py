"""A small form dialog that calls a service on OK and keeps its contents on an error."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.widgets import error_label, show_error
from peerdesk.vault.errors import VaultError


class FormDialog(QDialog):
    """Fields in a form; OK runs `submit()`, which calls a service.

    A refused value is named under the form and the dialog stays open with
    everything typed; only a successful submit closes it. Subclasses add rows
    with `add_row` and implement `submit`.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.on_done: Callable[[object], None] | None = None
        #: The service's field names → this form's labels, for the error words.
        self.field_labels: dict[str, str] = {}
        self.result_value: object = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(
        self, text: str, widget: QWidget, accessible: str = "", *, field: str = ""
    ) -> QLabel:
        """A labelled row; `field` is the service's name for it (for error words)."""
        if field:
            self.field_labels[field] = text
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible or text.replace("&", ""))
        self.form.addRow(label, widget)
        return label

    def submit(self) -> object:
        """Call the service; return what it returned. May raise typed errors."""
        raise NotImplementedError

    def error_words(self, error: BaseException) -> str:
        return words.describe(error, labels=self.field_labels)

    def try_accept(self) -> None:
        show_error(self.error, "")
        try:
            self.result_value = self.submit()
        except (ValidationError, NotFound) as error:
            show_error(self.error, self.error_words(error))
            return
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self.accept()
        if self.on_done is not None:
            self.on_done(self.result_value)
