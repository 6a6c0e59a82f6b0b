"""The About box: every bundled part with its version and licence, the LGPL's
notice for Qt, and the full licence texts; the app icon files."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QImageReader

from peerdesk import __version__
from peerdesk.ui.help import AboutDialog, LicencesDialog, about_text
from peerdesk.ui.licences import bundled_parts, licences_dir, sqlcipher_versions
from peerdesk.ui.resources import app_icon, resources_dir

# Part → its licence, as the About box must name them.
EXPECTED = {
    "Qt": "LGPL-3.0",
    "PySide6": "LGPL-3.0",
    "SQLCipher": "BSD",
    "SQLite": "Public domain",
    "OpenSSL": "Apache-2.0",
    "SQLAlchemy": "MIT",
    "Alembic": "MIT",
    "platformdirs": "MIT",
    "Mako": "MIT",
    "MarkupSafe": "BSD-3-Clause",
    "Python": "PSF-2.0",
}


@pytest.fixture
def about(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_about_box_names_each_part_with_its_version_and_licence(about):
    rows = {part.name: part for part in about.parts}
    for name, licence in EXPECTED.items():
        part = next(p for n, p in rows.items() if n.startswith(name))
        assert licence in part.licence, name
        assert part.name in about.parts_label.text()
        assert part.version and part.version in about.parts_label.text(), name
    assert rows["Qt"].version == qVersion()
    assert rows["SQLCipher"].version.startswith("4.")
    assert __version__ in about.title_label.text()


def test_the_about_box_says_how_qt_can_be_replaced(about):
    text = about.lgpl_label.text()
    assert "LGPL" in text
    assert "https://www.qt.io/licensing/" in text
    assert "download.qt.io" in text
    assert about.lgpl_label.openExternalLinks()


def test_the_plain_about_text_lists_every_part_too():
    text = about_text()
    for part in bundled_parts():
        assert part.name in text
    assert "https://www.qt.io/licensing/" in text


def test_openssl_is_what_the_sqlcipher_wheel_links(qtbot):
    cipher, sqlite, openssl = sqlcipher_versions()
    assert cipher.startswith("4.") and sqlite.startswith("3.")
    assert openssl[:1].isdigit()


def test_the_licences_button_shows_each_full_text_read_only(about, qtbot):
    qtbot.mouseClick(about.licences_button, Qt.MouseButton.LeftButton)
    view = about.licences_dialog
    assert isinstance(view, LicencesDialog) and view.isVisible()
    assert view.text.isReadOnly()
    texts = {}
    for row, part in enumerate(view.parts):
        view.list.setCurrentRow(row)
        texts[part.name] = view.text.toPlainText()
        assert "missing from the installation" not in texts[part.name], part.name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts["Qt"]
    assert "GNU GENERAL PUBLIC LICENSE" in texts["Qt"]  # the LGPL builds on the GPL
    assert "ZETETIC LLC" in texts["SQLCipher"]
    assert "Apache License" in texts["OpenSSL (libcrypto)"]
    assert "PYTHON SOFTWARE FOUNDATION" in texts["Python"]


def test_every_licence_text_exists_and_is_used():
    named = {name for part in bundled_parts() for name in part.files}
    present = {path.name for path in licences_dir().glob("*.txt")}
    assert named == present
    for name in named:
        # Each is a whole licence, not a one-line mention (SQLite's is a short blessing).
        minimum = 500 if name != "sqlite.txt" else 200
        assert len((licences_dir() / name).read_text(encoding="utf-8")) > minimum, name


def test_the_app_icon_has_every_size(qtbot):
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_the_windows_and_macos_icon_files_hold_every_size():
    icons = resources_dir() / "icons"
    ico = (icons / "peerdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 7)
    widths = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert widths == [16, 24, 32, 48, 64, 128, 256]
    icns = (icons / "peerdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for path in (icons / "peerdesk.ico", icons / "peerdesk.icns"):
        assert not QImageReader(str(path)).read().isNull(), path.name
