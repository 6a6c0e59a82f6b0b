"""One facade for message boxes and file pickers, so tests patch one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def error_dialog(parent: QWidget | None, error: BaseException) -> None:
    """A calm message for an error; vault errors get their own words."""
    from peerdesk.ui.getting_in.error_words import describe
    from peerdesk.vault.errors import VaultError

    if isinstance(error, VaultError):
        text = describe(error)
    else:
        text = _tr(
            "Something went wrong. Your saved notes are safe. A line about the error "
            "(without any note text) was written to the log in the data folder."
        )
    QMessageBox.warning(parent, _tr("PeerDesk"), text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, ok_text: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(ok_text or _tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str:
    """A passphrase typed without echo; empty when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else ""


def save_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path


def open_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)
