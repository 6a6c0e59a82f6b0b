"""The main window: area tabs, menus, status bar. It draws; the services decide."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from peerdesk import APP_NAME
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.overview.overview_tab import OverviewTab
from peerdesk.vault import areas
from peerdesk.vault.areas import AREA_OF_TABLE


class MainWindow(QMainWindow):
    """Tabs for each area; the controller attaches a vault and detaches it on lock."""

    lock_requested = Signal()
    quit_requested = Signal()
    search_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    export_requested = Signal()
    export_area_requested = Signal(str)  # an area key from vault.areas
    report_requested = Signal()
    passphrase_change_requested = Signal()
    settings_requested = Signal()
    shortcuts_requested = Signal()
    about_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(860, 560)
        self.vault = None
        self.record_dialog = None
        # Tabs filled since the vault was attached: a tab loads when first shown.
        self._loaded: set[int] = set()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Areas of work"))
        self.setCentralWidget(self.tabs)
        self.overview = OverviewTab()
        self.overview.open_requested.connect(self.open_record)
        self.add_area(self.overview)
        self.location_label = QLabel()
        self.backup_label = QLabel()
        self.integrity_label = QLabel()
        self.integrity_label.setWordWrap(False)
        self.integrity_label.hide()
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.integrity_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._build_menus()
        self.tabs.currentChanged.connect(self._tab_shown)

    # tabs -------------------------------------------------------------------

    def add_area(self, tab: AreaTab) -> None:
        self.tabs.addTab(tab, tab.title())

    def area_tabs(self) -> list[AreaTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def open_record(self, table: str, record_id: int) -> None:
        """Switch to the tab that shows `table` rows and open the record there."""
        area = AREA_OF_TABLE.get(table)
        for index, tab in enumerate(self.area_tabs()):
            if tab is self.overview or tab.area != area:
                continue
            self.ensure_loaded(tab)
            if tab.open_record(table, record_id):
                self.tabs.setCurrentIndex(index)
                return
        if self.vault is not None:
            # No tab shows this kind of record (yet): a read-only view instead.
            from peerdesk.services.records import record_view
            from peerdesk.ui.record_dialog import RecordDialog

            self.record_dialog = RecordDialog(record_view(self.vault, table, record_id), self)
            self.record_dialog.show()

    # vault ------------------------------------------------------------------

    def attach(self, vault) -> None:
        """Use `vault`: the tab on show fills now, every other tab when first shown."""
        self.vault = vault
        self._loaded.clear()
        self.location_label.setText(self.tr("Vault: %1").replace("%1", str(vault.path)))
        self.ensure_loaded(self.tabs.currentWidget())

    def ensure_loaded(self, tab: AreaTab | None) -> None:
        """Fill `tab` from the vault unless it was filled since the vault was attached."""
        if self.vault is None or tab is None or id(tab) in self._loaded:
            return
        tab.load(self.vault)
        self._loaded.add(id(tab))

    def is_loaded(self, tab: AreaTab) -> bool:
        return id(tab) in self._loaded

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is self.overview and self.is_loaded(tab):
            # Overblik is a dashboard: it shows what is due now, not at unlock.
            tab.load(self.vault)
        else:
            self.ensure_loaded(tab)

    def detach(self) -> None:
        """Forget the vault and empty every view: no note text stays in any widget."""
        dialog = getattr(self, "record_dialog", None)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
            self.record_dialog = None
        for tab in self.area_tabs():
            tab.save_drafts()
        for tab in self.area_tabs():
            tab.clear()
        self._loaded.clear()
        self.set_integrity_warning("")
        self.vault = None
        self.location_label.clear()

    def set_last_backup(self, text: str) -> None:
        self.backup_label.setText(text)

    def set_integrity_warning(self, text: str) -> None:
        """A lasting warning in the status bar (empty text hides it)."""
        self.integrity_label.setText(text)
        self.integrity_label.setVisible(bool(text))

    # menus ------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, *, menu) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New in this area"),
            self.new_record,
            QKeySequence.StandardKey.New,
            menu=file_menu,
        )
        file_menu.addSeparator()
        self.backup_action = self._action(
            self.tr("&Back up now"), self.backup_requested, menu=file_menu
        )
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), self.restore_requested, menu=file_menu
        )
        self.report_action = self._action(
            self.tr("Activity re&port…"), self.report_requested, menu=file_menu
        )
        self.export_action = self._action(
            self.tr("&Export everything (JSON)…"), self.export_requested, menu=file_menu
        )
        self.export_csv_menu = file_menu.addMenu(self.tr("Export an area as C&SV"))
        self.export_csv_actions: dict[str, QAction] = {}
        for area, text in (
            (areas.CARE, self.tr("&Care conversations…")),
            (areas.CAFE, self.tr("C&afé…")),
            (areas.VOLUNTEERS, self.tr("&Volunteers…")),
            (areas.SELFCARE, self.tr("&Self-care (your own)…")),
            (areas.COURSES, self.tr("C&ourses…")),
        ):
            self.export_csv_actions[area] = self._action(
                text,
                lambda _=False, area=area: self.export_area_requested.emit(area),
                menu=self.export_csv_menu,
            )
        self.passwd_action = self._action(
            self.tr("&Change passphrase…"), self.passphrase_change_requested, menu=file_menu
        )
        file_menu.addSeparator()
        self.lock_action = self._action(
            self.tr("&Lock"), self.lock_requested, QKeySequence("Ctrl+L"), menu=file_menu
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.quit_requested, QKeySequence.StandardKey.Quit, menu=file_menu
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("&Undo"),
            lambda: self._edit("undo"),
            QKeySequence.StandardKey.Undo,
            menu=edit_menu,
        )
        self.redo_action = self._action(
            self.tr("&Redo"),
            lambda: self._edit("redo"),
            QKeySequence.StandardKey.Redo,
            menu=edit_menu,
        )
        edit_menu.addSeparator()
        self.search_action = self._action(
            self.tr("&Search everything…"),
            self.search_requested,
            [QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find],
            menu=edit_menu,
        )
        edit_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("Se&ttings…"),
            self.settings_requested,
            QKeySequence.StandardKey.Preferences,
            menu=edit_menu,
        )
        view_menu = bar.addMenu(self.tr("&View"))
        for i in range(9):
            self._action(
                self.tr("Go to tab %1").replace("%1", str(i + 1)),
                lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                QKeySequence(f"Ctrl+{i + 1}"),
                menu=view_menu,
            ).setVisible(False)
        self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, menu=view_menu
        )
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            self.tr("&Keyboard shortcuts"),
            self.shortcuts_requested,
            QKeySequence.StandardKey.HelpContents,
            menu=self.help_menu,
        )
        self._action(self.tr("&About PeerDesk"), self.about_requested, menu=self.help_menu)

    def _edit(self, what: str) -> None:
        """Undo/redo in whichever text field has the focus (they keep their own stacks)."""
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, what):
            getattr(widget, what)()

    def new_record(self) -> None:
        tab = self.tabs.currentWidget()
        if self.vault is not None and not tab.new_record():
            self.statusBar().showMessage(
                self.tr("Choose an area tab to add something new there."), 4000
            )

    def refresh(self) -> None:
        if self.vault is not None:
            self.tabs.currentWidget().load(self.vault)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        event.ignore()
        self.quit_requested.emit()
