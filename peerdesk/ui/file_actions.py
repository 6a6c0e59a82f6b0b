"""File menu work: back up now, change passphrase, restore — off the UI thread.

Also the automatic backups: one when the app closes (before the vault is
closed) and at most daily while it is open (an hourly check), each copied to
the optional second folder, and the status-bar warning when the newest backup
is more than a week old. The exports live in `exports.py` and share the job
runner.

Every job but the passphrase change has a Cancel button, and a cancelled job
leaves nothing behind: no half-written backup, no staged restore copy, the
vault as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from peerdesk.ui import dialogs
from peerdesk.ui.exports import Exports
from peerdesk.ui.formatting import fmt_datetime
from peerdesk.ui.jobs import JobRunner
from peerdesk.vault import Vault, backup_policy
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
    """The File menu's long operations, and the automatic backups, for the controller's vault."""

    # How often the open app asks whether a daily backup is due.
    CHECK_INTERVAL_MS = 60 * 60 * 1000

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.jobs = JobRunner(controller.main)
        self.exports = Exports(controller, self.jobs)
        # The clock the backup rules read; tests put a fixed one here.
        self.clock: Callable[[], datetime] = datetime.now
        self.restore_dialog = None
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(self.CHECK_INTERVAL_MS)
        self.daily_timer.timeout.connect(self.check_daily_backup)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.setFlat(True)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_button.hide()
        self.main.statusBar().addPermanentWidget(self.backup_button)
        self.main.overview.backup_requested.connect(self.backup_now)

    @property
    def main(self):
        return self.controller.main

    # the vault's life (called by the controller) ----------------------------------

    def vault_opened(self) -> None:
        self.update_backup_status()
        self.daily_timer.start()

    def vault_closing(self) -> None:
        self.daily_timer.stop()
        # A running backup or export reads the vault that is about to close:
        # stop it now rather than keep the lock (or the quit) waiting for it.
        self.jobs.cancel_all()
        if self.restore_dialog is not None:
            self.restore_dialog.clear_secrets()
            self.restore_dialog.reject()

    def update_backup_status(self) -> None:
        """The status bar's backup line, with a warning and "Back up now" when it is old."""
        last = self._last_backup()
        old = backup_policy.backup_is_old(last, self.clock())
        if last is None:
            text = self.tr("No backup yet — please make one.")
        elif old:
            text = self.tr("Last backup: %1 — more than a week ago.").replace(
                "%1", fmt_datetime(last)
            )
        else:
            text = self.tr("Last backup: %1").replace("%1", fmt_datetime(last))
        self.main.set_last_backup(text)
        self.backup_button.setVisible(old and self.controller.vault is not None)
        self.main.overview.show_backup(last, old)

    def _last_backup(self) -> datetime | None:
        # An unreadable backups folder means: no backup we can count on.
        try:
            return backups.last_backup_time(self.controller.data.backups)
        except OSError:
            return None

    # backup -------------------------------------------------------------------

    def backup_now(
        self, then: Callable[[], None] | None = None, *, label: str = "", closing: bool = False
    ) -> bool:
        """Write an encrypted backup (and the second-folder copy) off the UI thread.

        `then` runs afterwards on the UI thread, also after a failure or a
        cancel (once the user has read the words). `closing` says the app
        quits afterwards, so a cancel is explained in a message box rather
        than the status bar. False when no vault is open or a backup already
        runs (`then` is not called).
        """
        vault = self.controller.vault
        if vault is None or self.jobs.is_running("backup"):
            return False
        settings = self.controller.settings
        keep = settings.backups_kept
        second = backup_policy.second_folder(settings.extra_backup_folder)
        when = self.clock()

        def work(token) -> backup_policy.AutomaticBackup:
            return backup_policy.automatic_backup(
                vault, keep=keep, second=second, now=when, token=token
            )

        def done(result: backup_policy.AutomaticBackup) -> None:
            self.update_backup_status()
            if result.second_folder_missing:
                message = self.tr(
                    "Encrypted backup written. The second backup folder %1 is not there "
                    "(is the USB stick plugged in?), so no copy was made there."
                ).replace("%1", str(second))
                self.main.statusBar().showMessage(message, 15000)
            elif result.copy is not None:
                self.main.statusBar().showMessage(
                    self.tr("Encrypted backup written, with a copy in the second folder."), 5000
                )
            else:
                self.main.statusBar().showMessage(self.tr("Encrypted backup written."), 5000)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            try:
                self.update_backup_status()
                dialogs.error_dialog(self.main, exc)
            finally:
                # A failed backup must never cost the quit.
                if then is not None:
                    then()

        def cancelled(_exc: BaseException) -> None:
            try:
                self.update_backup_status()
                if closing:
                    dialogs.info(
                        self.main,
                        self.tr("Backup cancelled"),
                        self.tr("The backup was cancelled: no backup was written."),
                    )
                else:
                    self.main.statusBar().showMessage(
                        self.tr("Backup cancelled: no backup was written."), 8000
                    )
            finally:
                if then is not None:
                    then()

        return self.jobs.start(
            "backup",
            label or self.tr("Writing an encrypted backup…"),
            work,
            done,
            failed,
            on_cancel=cancelled,
        )

    def check_daily_backup(self) -> bool:
        """Start a backup when the newest is 24 hours old or more; True when one started."""
        if self.controller.vault is None or self.jobs.any_running():
            return False
        last = self._last_backup()
        if not backup_policy.backup_due(last, self.clock()):
            return False
        return self.backup_now()

    def backup_before_quit(self, then: Callable[[], None]) -> None:
        """Back up, then call `then` — also when the backup fails or no vault is open."""
        vault = self.controller.vault
        if vault is None or vault.closed:
            then()
            return
        if self.jobs.any_running():
            # Whatever runs (a backup, an export) finishes first; then we go on.
            def after(_name: str) -> None:
                if not self.jobs.any_running():
                    self.jobs.finished.disconnect(after)
                    self.backup_before_quit(then)

            self.jobs.finished.connect(after)
            return
        self.backup_now(
            then, label=self.tr("Writing an encrypted backup before closing…"), closing=True
        )

    # passphrase ---------------------------------------------------------------

    def change_passphrase(self) -> None:
        if self.controller.vault is None or self._busy():
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

        def work(_token) -> Vault:
            from peerdesk.vault.rekey import change_passphrase

            change_passphrase(data, old, new)
            return Vault.open(data, new)

        def failed(exc: BaseException) -> None:
            dialogs.error_dialog(self.main, exc)
            self.controller.reopen_after_maintenance(None, tab)

        # No Cancel: the change is one copy of the vault (seconds), and its
        # safety against a kill at any moment rests on rekey's own order of
        # steps; an outside stop is one more way in that it does not need.
        self.jobs.start(
            "passwd",
            self.tr("Changing the passphrase…"),
            work,
            lambda vault: self.controller.reopen_after_maintenance(vault, tab),
            failed,
            cancellable=False,
        )

    def _busy(self) -> bool:
        if not self.jobs.any_running():
            return False
        self.main.statusBar().showMessage(
            self.tr("Please wait until the running backup or export has finished."), 8000
        )
        return True

    # export -------------------------------------------------------------------

    def export_json(self) -> None:
        self.exports.export_json()

    def export_area_csv(self, area: str) -> None:
        self.exports.export_area_csv(area)

    # restore ------------------------------------------------------------------

    def restore(self) -> None:
        """Show the list of backups; restoring the chosen one keeps the current vault aside."""
        if self.controller.vault is None or self._busy():
            return
        from peerdesk.ui.backups.restore_dialog import RestoreDialog

        if self.restore_dialog is not None:
            self.restore_dialog.raise_()
            return
        settings = self.controller.settings
        folders = [
            self.controller.data.backups,
            backup_policy.second_folder(settings.extra_backup_folder),
        ]
        dialog = RestoreDialog(backup_policy.backups_in(folders), self.main)
        self.restore_dialog = dialog

        def closed(result: int) -> None:
            self.restore_dialog = None
            path, passphrase = dialog.chosen_path, dialog.passphrase.text()
            dialog.clear_secrets()
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and path is not None and passphrase:
                self._restore_from(path, passphrase)

        dialog.finished.connect(closed)
        dialog.open()

    def _restore_from(self, path: Path, passphrase: str) -> None:
        """Copy and check the backup while the vault stays open (with Cancel), then swap.

        Only the swap itself (keeping the current vault aside, renaming the
        checked copy into place, opening it) needs the vault closed; it takes
        a moment and cannot be cancelled. A cancelled or failed check leaves
        the user in their open vault, with no copy left behind.
        """
        if self.controller.vault is None or self._busy():
            return
        data = self.controller.data
        if not dialogs.confirm(
            self.main,
            self.tr("Restore"),
            self.tr(
                "The vault will be replaced by the backup from %1. The current vault is "
                "kept aside in the data folder, so nothing is lost."
            ).replace("%1", str(path)),
            ok_text=self.tr("Restore"),
        ):
            return

        def check(token) -> Path:
            return backups.prepare_restore(data, path, passphrase, token=token)

        def check_cancelled(_exc: BaseException) -> None:
            self.main.statusBar().showMessage(
                self.tr("Restore cancelled: nothing was changed."), 8000
            )

        self.jobs.start(
            "restore-check",
            self.tr("Copying and checking the backup…"),
            check,
            lambda staged: self._swap_in(staged, passphrase),
            lambda exc: dialogs.error_dialog(self.main, exc),
            on_cancel=check_cancelled,
        )

    def _swap_in(self, staged: Path, passphrase: str) -> None:
        if self.controller.vault is None:
            # Locked while the copy was checked: the user is no longer here to agree.
            backups.discard_restore(staged)
            return
        data = self.controller.data
        tab = self.main.tabs.currentIndex()
        self.controller.close_vault_for_maintenance()

        def work(_token) -> Vault:
            backups.finish_restore(data, staged)
            return Vault.open(data, passphrase)

        def failed(exc: BaseException) -> None:
            dialogs.error_dialog(self.main, exc)
            self.controller.reopen_after_maintenance(None, tab)

        # Past the check there is nothing left worth cancelling: two renames
        # and opening the restored vault.
        self.jobs.start(
            "restore",
            self.tr("Restoring…"),
            work,
            lambda vault: self.controller.reopen_after_maintenance(vault, tab),
            failed,
            cancellable=False,
        )
