"""Restore from a list: every backup found, newest first, and whether each opens.

The passphrase is typed once; each listed backup is then opened with it off the
UI thread (verify_backup never modifies a file) and marked in words: opens,
does not open with this passphrase, or damaged. Only a backup that opens can be
chosen. The dialog itself restores nothing: it hands the chosen path and the
passphrase to its caller (FileActions), which keeps the current vault aside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_datetime
from peerdesk.vault.backup import BackupCheck, BackupInfo, verify_backup

_PATH = Qt.ItemDataRole.UserRole
# Column of the verdict; the others are date, size and folder.
_STATE = 3


class _Checked(QObject):
    checked = Signal(int, str, object)  # generation, path, BackupCheck


class _CheckAll(QRunnable):
    """Opens each backup in turn with one passphrase (one at a time: the KDF is heavy)."""

    def __init__(self, generation: int, paths: list[Path], passphrase: str, out: _Checked):
        super().__init__()
        self.generation, self.paths, self.passphrase, self.out = generation, paths, passphrase, out

    def run(self) -> None:
        for path in self.paths:
            try:
                check = verify_backup(path, self.passphrase)
            except Exception:  # noqa: BLE001 - an unreadable file is shown as damaged
                check = BackupCheck(False, ["damaged"], None)
            self.out.checked.emit(self.generation, str(path), check)


class RestoreDialog(QDialog):
    """Lists backups from `folders`; accepted with `chosen_path` and `passphrase` set."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(640)
        self.checks: dict[str, BackupCheck] = {}
        self._generation = 0
        self._pending = 0
        self._signals = _Checked(self)
        self._signals.checked.connect(self._on_checked, Qt.ConnectionType.QueuedConnection)

        intro = QLabel(
            self.tr(
                "Type the passphrase the backup was made with and press Check. Restoring "
                "replaces the vault; the current vault is kept aside in the data folder, so "
                "nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.passphrase.returnPressed.connect(self.check_all)
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setAccessibleName(self.tr("Check which backups open"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_all)
        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Folder"), self.tr("Opens?")]
        )
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._accept_if_ok())
        self.empty = QLabel(self.tr("No backups were found in the backups folders."))
        self.empty.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.other = QPushButton(self.tr("Choose &another file…"))
        self.other.setAccessibleName(self.tr("Choose a backup file elsewhere"))
        self.other.setAutoDefault(False)
        self.other.clicked.connect(self.choose_other)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._accept_if_ok)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for info in backups:
            self._add_row(info.path, info.created, info.size)
        self._update_buttons()

    # the list -----------------------------------------------------------------

    def _add_row(self, path: Path, created, size: int) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [
            fmt_datetime(created),
            QLocale().formattedDataSize(size),
            str(path.parent),
            self.tr("Not checked yet"),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_PATH, str(path))
            if column == 2:
                item.setToolTip(str(path))
            self.table.setItem(row, column, item)
        self.empty.setVisible(False)
        return row

    def paths(self) -> list[Path]:
        return [Path(self.table.item(r, 0).data(_PATH)) for r in range(self.table.rowCount())]

    def row_texts(self) -> list[list[str]]:
        """What each row shows, for tests and screen readers alike."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def choose_other(self) -> None:
        """Add a backup file from elsewhere to the list (and check it if a passphrase is typed)."""
        chosen = dialogs.open_file(
            self,
            self.tr("Choose a backup"),
            str(Path.home()),
            self.tr("PeerDesk backups (*.peerdesk)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if str(path) not in (str(p) for p in self.paths()):
            stat = path.stat()
            from datetime import datetime

            self._add_row(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size)
        row = next(r for r, p in enumerate(self.paths()) if str(p) == str(path))
        self.table.selectRow(row)
        if self.passphrase.text():
            self.check_all()

    # checking -----------------------------------------------------------------

    def check_all(self) -> None:
        """Open every listed backup with the typed passphrase, off the UI thread."""
        passphrase = self.passphrase.text()
        if not passphrase or not self.table.rowCount():
            return
        self._generation += 1
        self.checks.clear()
        paths = self.paths()
        for row in range(len(paths)):
            self.table.item(row, _STATE).setText(self.tr("Checking…"))
        self._pending = len(paths)
        self.status.setText(self.tr("Checking %n backup(s)…", "", len(paths)))
        self._update_buttons()
        QThreadPool.globalInstance().start(
            _CheckAll(self._generation, paths, passphrase, self._signals)
        )

    def is_checking(self) -> bool:
        return self._pending > 0

    def _passphrase_changed(self) -> None:
        # A verdict belongs to the passphrase it was made with.
        self._generation += 1
        self._pending = 0
        self.checks.clear()
        for row in range(self.table.rowCount()):
            self.table.item(row, _STATE).setText(self.tr("Not checked yet"))
        self.status.clear()
        self._update_buttons()

    def _on_checked(self, generation: int, path: str, check: BackupCheck) -> None:
        if generation != self._generation:
            return
        self.checks[path] = check
        for row, p in enumerate(self.paths()):
            if str(p) == path:
                self.table.item(row, _STATE).setText(self.verdict(check))
        self._pending -= 1
        if self._pending <= 0:
            opening = sum(1 for c in self.checks.values() if c.ok)
            self.status.setText(
                self.tr("%n backup(s) open with this passphrase.", "", opening)
                if opening
                else self.tr("No backup opens with this passphrase.")
            )
        self._update_buttons()

    def verdict(self, check: BackupCheck) -> str:
        if check.ok:
            return self.tr("✓ opens")
        if check.opens or "damaged" in check.problems:
            return self.tr("✗ damaged")
        if "not_found" in check.problems:
            return self.tr("✗ file not found")
        return self.tr("✗ does not open with this passphrase")

    # choosing -----------------------------------------------------------------

    @property
    def chosen_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.paths()[rows[0].row()] if rows else None

    def _chosen_ok(self) -> bool:
        path = self.chosen_path
        return (
            path is not None
            and self.checks.get(str(path), None) is not None
            and (self.checks[str(path)].ok)
        )

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._chosen_ok())
        self.check_button.setEnabled(bool(self.passphrase.text()))

    def _accept_if_ok(self) -> None:
        if self._chosen_ok():
            self.accept()

    def clear_secrets(self) -> None:
        """Forget the typed passphrase (the caller has taken it)."""
        self.passphrase.blockSignals(True)
        self.passphrase.clear()
        self.passphrase.blockSignals(False)
