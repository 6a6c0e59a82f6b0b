"""Help: keyboard shortcuts and the About box (versions and licences)."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from peerdesk import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def sqlcipher_versions() -> tuple[str, str]:
    """(SQLCipher, SQLite) versions of the bundled library."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return str(cipher), str(sqlite)


def about_text() -> str:
    cipher, sqlite = sqlcipher_versions()
    return (
        _tr("PeerDesk %1 — an encrypted notebook for peer workers.").replace("%1", __version__)
        + "\n\n"
        + _tr("Qt %1 (PySide6 %2), LGPL v3.")
        .replace("%1", qVersion())
        .replace("%2", pyside_version)
        + "\n"
        + _tr("SQLCipher %1 on SQLite %2, BSD-style licence.")
        .replace("%1", cipher)
        .replace("%2", sqlite)
        + "\n"
        + _tr("SQLAlchemy and Alembic, MIT licence. platformdirs, MIT licence.")
        + "\n\n"
        + _tr("Everything you write is kept in one encrypted file on this computer.")
    )


SHORTCUTS = [
    ("Ctrl+K / Ctrl+F", QT_TRANSLATE_NOOP("Help", "Search everything")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Help", "Lock PeerDesk")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("Help", "Go to a tab")),
    ("F5", QT_TRANSLATE_NOOP("Help", "Refresh the current tab")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Help", "Settings")),
    ("F1", QT_TRANSLATE_NOOP("Help", "Keyboard shortcuts")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Help", "Quit")),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{_tr(what)}</td></tr>"
            for keys, what in SHORTCUTS
        )
        label = QLabel(f"<table cellpadding='4'>{rows}</table>")
        label.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
