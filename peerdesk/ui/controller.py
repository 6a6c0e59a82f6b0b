"""The app's life: getting in, working, locking, quitting.

It owns the one open Vault. Locking empties every view, closes the database
and shows the unlock window; unlocking returns to the same tab.
"""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from peerdesk.paths import DataDir
from peerdesk.ui.getting_in.unlock_window import UnlockWindow
from peerdesk.ui.idle import IdleWatcher
from peerdesk.ui.plain_settings import PlainSettings

if TYPE_CHECKING:
    from peerdesk.ui.file_actions import FileActions
    from peerdesk.ui.getting_in.setup_window import SetupWindow
    from peerdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class AppController(QObject):
    """Wires the getting-in windows, the main window and the vault together."""

    unlocked = Signal()
    locked = Signal()

    # How often the window asks whether the background integrity check ended.
    INTEGRITY_POLL_MS = 250
    INTEGRITY_START_MS = 300
    # The main window (with every area, SQLAlchemy and the services behind it)
    # is built this long after the unlock window is up, while the user types.
    PREPARE_AFTER_MS = 150

    def __init__(
        self,
        app,
        data: DataDir,
        settings: PlainSettings,
        *,
        demo_notice: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.data = data
        self.settings = settings
        self.vault = None
        self.demo_notice = demo_notice
        self._tab_index = 0
        self._quitting = False
        self._main: MainWindow | None = None
        self.freeze_after_prepare = False
        self._files: FileActions | None = None
        self.search_popup = None
        self.report_dialog = None
        self.idle = IdleWatcher(app, settings.autolock_minutes * 60_000, self)
        self.idle.idle.connect(self._lock_idle)
        self.setup_window: SetupWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        app.applicationStateChanged.connect(self._on_app_state)

    # the main window, built on first need ---------------------------------------

    @property
    def main(self) -> MainWindow:
        """The main window with every area tab; built the first time it is asked for."""
        if self._main is None:
            self._build_main()
        return self._main

    @property
    def files(self) -> FileActions:
        """The File menu's long jobs and the automatic backups (built with the window)."""
        self.main  # noqa: B018 - builds the window and its FileActions
        return self._files

    def _build_main(self) -> None:
        from peerdesk.ui.areas import build_area_tabs
        from peerdesk.ui.file_actions import FileActions
        from peerdesk.ui.main_window import MainWindow

        main = self._main = MainWindow()
        for tab in build_area_tabs():
            main.add_area(tab)
            if hasattr(tab, "lock_requested"):  # "Close the workday" locks the app
                tab.lock_requested.connect(self.lock)
        main.lock_requested.connect(lambda: self.lock(self.tr("Locked.")))
        main.quit_requested.connect(self.quit)
        main.search_requested.connect(self.show_search)
        files = self._files = FileActions(self)
        main.backup_requested.connect(files.backup_now)
        main.restore_requested.connect(files.restore)
        main.export_requested.connect(files.export_json)
        main.export_area_requested.connect(files.export_area_csv)
        main.report_requested.connect(self.show_report)
        main.passphrase_change_requested.connect(files.change_passphrase)
        main.settings_requested.connect(self.show_settings)
        main.shortcuts_requested.connect(self.show_shortcuts)
        main.about_requested.connect(self.show_about)
        # Sleep and screen-lock signals matter only with a vault open.
        from peerdesk.ui.session_events import SessionEvents

        self.session_events = SessionEvents(self)
        self.session_events.lock_now.connect(self._on_session_event)

    def _prepare_main(self) -> None:
        # Only while a getting-in window waits for the user; after a lock it exists.
        if self._main is None:
            self.main  # noqa: B018 - builds it now, before the passphrase is in
            from sqlalchemy.orm import configure_mappers

            # The ORM's one-time set-up, otherwise paid by the first query after unlock.
            configure_mappers()
            if self.freeze_after_prepare:
                # Everything made so far (modules, classes, the window) lives as
                # long as the app: keep it out of the garbage collector's full
                # passes, which otherwise add tens of milliseconds to opening a
                # long list. Only in the app: tests make many controllers.
                gc.freeze()

    # getting in ---------------------------------------------------------------

    def start(self, vault=None) -> None:
        """Show the main window with `vault`, else unlock or first-run setup."""
        if vault is not None:
            self._on_vault_ready(vault)
        elif self.data.vault.exists():
            self._show_unlock()
            QTimer.singleShot(self.PREPARE_AFTER_MS, self._prepare_main)
        else:
            from peerdesk.ui.getting_in.setup_window import SetupWindow  # first run only

            self.setup_window = SetupWindow(self.data)
            self.setup_window.vault_ready.connect(self._on_vault_ready)
            self.setup_window.show()
            QTimer.singleShot(self.PREPARE_AFTER_MS, self._prepare_main)

    def _show_unlock(self, notice: str = "") -> None:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.data)
            self.unlock_window.vault_ready.connect(self._on_vault_ready)
        self.unlock_window.reset()
        self.unlock_window.set_notice("\n".join(t for t in (notice, self.demo_notice) if t))
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def _on_vault_ready(self, vault) -> None:
        self.vault = vault
        for window in (self.setup_window, self.unlock_window):
            if window is not None:
                window.hide()
        if self.setup_window is not None:
            self.setup_window.deleteLater()
            self.setup_window = None
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.main.restoreGeometry(geometry)
        # The tab first, then the vault: only the tab on show is filled now.
        self.main.tabs.setCurrentIndex(min(self._tab_index, self.main.tabs.count() - 1))
        # A save should not also wait for the vault file's fsync now and then.
        vault.checkpoint_in_background()
        self.main.attach(vault)
        self.files.vault_opened()
        self.main.show()
        self.main.raise_()
        self.main.activateWindow()
        self.idle.set_timeout(self.settings.autolock_minutes * 60_000)
        self.idle.start()
        log.info("vault unlocked")
        self._watch_integrity(vault)
        self.unlocked.emit()

    def _watch_integrity(self, vault) -> None:
        """Report the integrity checks that run beside the opened vault, when they end."""
        check = vault.integrity
        if check is None:
            return
        # After the first screen has painted: the checks read the whole file.
        QTimer.singleShot(self.INTEGRITY_START_MS, vault.start_verification)
        timer = QTimer(self)
        timer.setInterval(self.INTEGRITY_POLL_MS)

        def poll() -> None:
            if vault is not self.vault or check.done:
                timer.stop()
                timer.deleteLater()
            if vault is self.vault and check.done and check.problems:
                self._report_damage()

        timer.timeout.connect(poll)
        timer.start()

    def _report_damage(self) -> None:
        text = self.tr(
            "PeerDesk checked the vault file and found damage. Some of what you see may be "
            "missing or wrong. Please restore your newest backup (File ▸ Restore from a "
            "backup…) or contact your IT support. Automatic backups are paused, so they "
            "cannot replace your good backups."
        )
        self.main.set_integrity_warning(self.tr("⚠ The vault file is damaged"))
        from peerdesk.ui import dialogs  # rarely needed: not on the way to the first window

        dialogs.warn(self.main, self.tr("The vault is damaged"), text)

    # searching ----------------------------------------------------------------

    def show_search(self) -> None:
        if self.vault is None:
            return
        from peerdesk.ui.search.search_popup import SearchPopup

        if self.search_popup is None:
            self.search_popup = SearchPopup(self.vault, self.main)
            self.search_popup.open_requested.connect(self.main.open_record)
        self.search_popup.vault = self.vault
        if not self.search_popup.field.text():
            self.search_popup.run_search()  # shows the recent searches
        self.search_popup.show()
        self.search_popup.raise_()
        self.search_popup.field.setFocus()
        self.search_popup.field.selectAll()

    # locking ------------------------------------------------------------------

    def _lock_idle(self) -> None:
        minutes = self.settings.autolock_minutes
        self.lock(self.tr("Locked after %n minute(s) without activity.", "", minutes))

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        # Suspend (and, on some platforms, a locked screen) reaches Qt as Suspended.
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock(self.tr("Locked because the computer went to sleep."))

    def _on_session_event(self, reason: str) -> None:
        if reason == "sleep":
            self.lock(self.tr("Locked because the computer went to sleep."))
        else:
            self.lock(self.tr("Locked because the screen was locked."))

    def lock(self, notice: str = "") -> None:
        """Save drafts, empty every view, close the vault, show the unlock window."""
        if self.vault is None or self._quitting:
            # While quitting, the closing backup still reads the vault; the app
            # closes it (and empties every view) as soon as the backup is written.
            return
        self.idle.stop()
        self.files.vault_closing()
        self._tab_index = self.main.tabs.currentIndex()
        self.settings.save_window_geometry(self.main.saveGeometry())
        if self.search_popup is not None:
            self.search_popup.clear()
            self.search_popup.hide()
        self._close_report()
        self.main.detach()
        self.main.hide()
        vault, self.vault = self.vault, None
        vault.close()
        QGuiApplication.clipboard().clear()
        log.info("vault locked")
        self.locked.emit()
        self._show_unlock(notice)

    # maintenance (passphrase change, restore) ----------------------------------

    def close_vault_for_maintenance(self) -> None:
        """Close the vault but keep the main window, for work that needs it closed."""
        self.idle.stop()
        self.files.vault_closing()
        self._tab_index = self.main.tabs.currentIndex()
        self._close_report()
        self.main.detach()
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()

    def reopen_after_maintenance(self, vault, tab: int) -> None:
        if vault is None:
            self.main.hide()
            self._show_unlock()
            return
        self._tab_index = tab
        self._on_vault_ready(vault)

    # dialogs ------------------------------------------------------------------

    def show_report(self) -> None:
        if self.vault is None:
            return
        from peerdesk.ui.reports.report_dialog import ReportDialog

        if self.report_dialog is None:
            self.report_dialog = ReportDialog(self.vault, self.main)
        self.report_dialog.vault = self.vault
        self.report_dialog.refresh()
        self.report_dialog.show()
        self.report_dialog.raise_()

    def _close_report(self) -> None:
        if self.report_dialog is not None:
            self.report_dialog.clear()
            self.report_dialog.hide()

    def show_settings(self) -> None:
        from peerdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.vault, self.main)
        if dialog.exec():
            self.idle.set_timeout(self.settings.autolock_minutes * 60_000)
            self.main.refresh()

    def show_shortcuts(self) -> None:
        from peerdesk.ui.help import ShortcutsDialog

        ShortcutsDialog(self.main).exec()

    def show_about(self) -> None:
        from peerdesk.ui.help import AboutDialog

        AboutDialog(self.main).exec()

    # leaving ------------------------------------------------------------------

    def bring_forward(self) -> None:
        for window in (self.main, self.unlock_window, self.setup_window):
            if window is not None and window.isVisible():
                window.showNormal()
                window.raise_()
                window.activateWindow()
                return

    def quit(self) -> None:
        """Write an automatic encrypted backup, then close the vault and leave.

        The backup runs before the vault is closed; if it fails the user reads
        why and the app still quits. A second quit while the backup runs is ignored.
        """
        if self._quitting:
            return
        self._quitting = True
        self.idle.stop()
        self.files.vault_closing()
        self.files.backup_before_quit(self._finish_quit)

    def _finish_quit(self) -> None:
        if self.vault is not None:
            self.settings.save_window_geometry(self.main.saveGeometry())
            self.main.detach()
            self.vault.close()
            self.vault = None
        self.idle.stop()
        self.main.hide()
        self.app.quit()
