"""Help: keyboard shortcuts and the About box (versions, licences and their full texts)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk import APP_NAME, __version__
from peerdesk.ui.licences import (
    QT_LICENSING_URL,
    QT_SOURCE_URL,
    BundledPart,
    bundled_parts,
    describe,
    licence_name,
    licence_text,
)
from peerdesk.ui.resources import app_icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _tagline() -> str:
    return _tr("PeerDesk %1 — an encrypted notebook for peer workers.").replace("%1", __version__)


def _free_software() -> str:
    return _tr("PeerDesk is free software under the GNU GPL version 3 or later.")


def _lgpl_note() -> str:
    # What the LGPL asks of a program that ships Qt: say that Qt is used under
    # it, where its source is, and that the user may swap in their own build.
    return _tr(
        "Qt and PySide6 are used under the GNU LGPL version 3. They are separate "
        "libraries in PeerDesk's program folder, and you may replace them with your "
        "own build of the same Qt version. The source code of Qt is at %1; Qt's "
        "licensing is explained at %2."
    )


def _part_line(part: BundledPart) -> str:
    version = f" {part.version}" if part.version else ""
    return f"{part.name}{version} — {licence_name(part)} ({describe(part)})"


def about_text() -> str:
    """The About box as plain text: PeerDesk's version and every bundled part with
    its version and licence."""
    parts = "\n".join(_part_line(part) for part in bundled_parts())
    return (
        _tagline()
        + "\n"
        + _free_software()
        + "\n\n"
        + _tr("Built with:")
        + "\n"
        + parts
        + "\n\n"
        + _lgpl_note().replace("%1", QT_SOURCE_URL).replace("%2", QT_LICENSING_URL)
        + "\n\n"
        + _tr("Everything you write is kept in one encrypted file on this computer.")
    )


def _part_row(part: BundledPart) -> str:
    cells = (part.name, part.version, licence_name(part), describe(part))
    first, *rest = (html.escape(cell) for cell in cells)
    return f"<tr><td><b>{first}</b></td>" + "".join(f"<td>{c}</td>" for c in rest) + "</tr>"


class AboutDialog(QDialog):
    """Version, the bundled parts with their licences, and a button to read the texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About PeerDesk"))
        self.parts = bundled_parts()
        self.licences_dialog: LicencesDialog | None = None
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.title_label = QLabel(f"<h2>{html.escape(APP_NAME)} {html.escape(__version__)}</h2>")
        intro = QLabel(html.escape(_tagline()) + "<br>" + html.escape(_free_software()))
        intro.setWordWrap(True)
        head = QVBoxLayout()
        head.addWidget(self.title_label)
        head.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(head, 1)
        rows = "".join(_part_row(part) for part in self.parts)
        self.parts_label = QLabel(
            "<p>{}</p><table cellpadding='3'>{}</table>".format(
                html.escape(_tr("Built with:")), rows
            )
        )
        self.parts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parts_label.setAccessibleName(self.tr("Parts PeerDesk is built with"))
        link = "<a href='{0}'>{0}</a>"
        self.lgpl_label = QLabel(
            html.escape(_lgpl_note())
            .replace("%1", link.format(QT_SOURCE_URL))
            .replace("%2", link.format(QT_LICENSING_URL))
        )
        self.lgpl_label.setWordWrap(True)
        self.lgpl_label.setOpenExternalLinks(True)
        privacy = QLabel(
            _tr("Everything you write is kept in one encrypted file on this computer.")
        )
        privacy.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(self.tr("&Licences…"))
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.licences_button.clicked.connect(self.show_licences)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.parts_label)
        layout.addWidget(self.lgpl_label)
        layout.addWidget(privacy)
        layout.addWidget(buttons)

    def show_licences(self) -> None:
        if self.licences_dialog is None:
            self.licences_dialog = LicencesDialog(self.parts, self)
        self.licences_dialog.show()
        self.licences_dialog.raise_()


class LicencesDialog(QDialog):
    """The full licence texts, one bundled part at a time, read-only."""

    def __init__(self, parts: list[BundledPart], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.resize(820, 560)
        self.parts = parts
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Bundled parts"))
        for part in parts:
            self.list.addItem(QListWidgetItem(part.name))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Licence text"))
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_part)
        self.list.setCurrentRow(0)

    def show_part(self, row: int) -> None:
        """Show every licence text of the part in `row` (Qt: the LGPL, then the GPL)."""
        if not 0 <= row < len(self.parts):
            self.text.clear()
            return
        part = self.parts[row]
        missing = self.tr("(This licence text is missing from the installation.)")
        texts = (f"===== {name} =====\n\n{licence_text(name) or missing}" for name in part.files)
        head = f"{part.name} {part.version} — {licence_name(part)}\n{part.url}\n\n"
        self.text.setPlainText(head + "\n\n".join(texts))


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
