"""File menu work: back up now, change passphrase, export, restore — off the UI thread."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_datetime
from peerdesk.ui.jobs import JobRunner
from peerdesk.vault import Vault
from peerdesk.vault import backup as backups
from peerdesk.vault.passphrase import assess


class PassphraseChangeDialog(QDialog):
    """Current passphrase, new passphrase twice; OK only when the new one is acceptable."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.again = self._field(self.tr("New passphrase again"))
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Current:"), self.old)
        form.addRow(self.tr("&New:"), self.new)
        form.addRow(self.tr("&Again:"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Older backups keep the passphrase they were made with.")))
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        for field in (self.old, self.new, self.again):
            field.textChanged.connect(self._check)
        self._check()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _check(self) -> None:
        from peerdesk.ui.getting_in.error_words import describe_problem

        verdict = assess(self.new.text())
        if self.new.text() and not verdict.acceptable:
            self.reason.setText(" ".join(describe_problem(p) for p in verdict.problems))
        elif self.again.text() and self.again.text() != self.new.text():
            self.reason.setText(self.tr("The two new passphrases differ."))
        else:
            self.reason.clear()
        ok = bool(self.old.text()) and verdict.acceptable and self.new.text() == self.again.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class FileActions(QObject):
    """The File menu's long operations, for the controller's open vault."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.jobs = JobRunner(controller.main)

    @property
    def main(self):
        return self.controller.main

    def update_backup_status(self) -> None:
        last = backups.last_backup_time(self.controller.data.backups)
        self.main.set_last_backup(
            self.tr("Last backup: %1").replace("%1", fmt_datetime(last))
            if last
            else self.tr("No backup yet")
        )

    # backup -------------------------------------------------------------------

    def backup_now(self) -> None:
        vault = self.controller.vault
        if vault is None:
            return
        settings = self.controller.settings
        extra = settings.extra_backup_folder

        def work() -> Path:
            path = backups.backup_now(vault, keep=settings.backups_kept)
            if extra and Path(extra).is_dir():
                shutil.copy2(path, Path(extra) / path.name)
            return path

        def done(path: Path) -> None:
            self.update_backup_status()
            self.main.statusBar().showMessage(self.tr("Encrypted backup written."), 5000)

        self.jobs.start(
            "backup",
            self.tr("Writing an encrypted backup…"),
            work,
            done,
            lambda exc: dialogs.error_dialog(self.main, exc),
        )

    # passphrase ---------------------------------------------------------------

    def change_passphrase(self) -> None:
        if self.controller.vault is None:
            return
        dialog = PassphraseChangeDialog(self.main)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.old.text(), dialog.new.text()
        for field in (dialog.old, dialog.new, dialog.again):
            field.clear()
        data = self.controller.data
        tab = self.main.tabs.currentIndex()
        self.controller.close_vault_for_maintenance()

        def work() -> Vault:
            from peerdesk.vault.rekey import change_passphrase

            change_passphrase(data, old, new)
            return Vault.open(data, new)

        def failed(exc: BaseException) -> None:
            dialogs.error_dialog(self.main, exc)
            self.controller.reopen_after_maintenance(None, tab)

        self.jobs.start(
            "passwd",
            self.tr("Changing the passphrase…"),
            work,
            lambda vault: self.controller.reopen_after_maintenance(vault, tab),
            failed,
        )

    # export -------------------------------------------------------------------

    def export_json(self) -> None:
        vault = self.controller.vault
        if vault is None:
            return
        path = dialogs.save_file(
            self.main,
            self.tr("Export everything"),
            str(Path.home() / "peerdesk-export.json"),
            "JSON (*.json)",
        )
        if not path:
            return
        if not dialogs.confirm(
            self.main,
            self.tr("Export is not encrypted"),
            self.tr(
                "The file %1 will NOT be encrypted: anyone who can open it can read "
                "everything in it. Export anyway?"
            ).replace("%1", path),
            ok_text=self.tr("Export"),
        ):
            return
        from peerdesk.vault import transfer

        self.jobs.start(
            "export",
            self.tr("Exporting…"),
            lambda: transfer.export_json(vault, Path(path)),
            lambda _r: self.main.statusBar().showMessage(self.tr("Exported."), 5000),
            lambda exc: dialogs.error_dialog(self.main, exc),
        )

    # restore ------------------------------------------------------------------

    def restore(self) -> None:
        if self.controller.vault is None:
            return
        data = self.controller.data
        path = dialogs.open_file(
            self.main,
            self.tr("Restore from a backup"),
            str(data.backups),
            self.tr("PeerDesk backups (*.peerdesk)"),
        )
        if not path:
            return
        passphrase = dialogs.ask_passphrase(
            self.main, self.tr("Restore"), self.tr("Passphrase of the backup:")
        )
        if not passphrase:
            return
        if not dialogs.confirm(
            self.main,
            self.tr("Restore"),
            self.tr(
                "The vault will be replaced by the backup. The current vault is kept aside "
                "in the data folder, so nothing is lost."
            ),
            ok_text=self.tr("Restore"),
        ):
            return
        tab = self.main.tabs.currentIndex()
        self.controller.close_vault_for_maintenance()

        def work() -> Vault:
            backups.restore_backup(data, Path(path), passphrase)
            return Vault.open(data, passphrase)

        def failed(exc: BaseException) -> None:
            dialogs.error_dialog(self.main, exc)
            self.controller.reopen_after_maintenance(None, tab)

        self.jobs.start(
            "restore",
            self.tr("Restoring…"),
            work,
            lambda vault: self.controller.reopen_after_maintenance(vault, tab),
            failed,
        )
