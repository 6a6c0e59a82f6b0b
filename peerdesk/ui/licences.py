"""The third-party parts PeerDesk ships with, their versions and licences.

The About box lists them and shows the full texts, which live in
resources/licences/ and are bundled into the installable build. Where they
came from: the packages' own dist-info licence files (sqlcipher3, SQLAlchemy,
Alembic, platformdirs, Mako, MarkupSafe, typing_extensions, PyInstaller),
CPython's LICENSE.txt, the standard GNU LGPL-3.0 / GPL-3.0 and Apache-2.0 texts
(PySide6 wheels ship none), SQLCipher's LICENSE.md, and SQLite's public-domain
statement. The sqlcipher3 wheels link OpenSSL's libcrypto statically, so OpenSSL
is listed with the version the library reports.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.ui.resources import resources_dir

QT_LICENSING_URL = "https://www.qt.io/licensing/"
QT_SOURCE_URL = "https://download.qt.io/official_releases/qt/"


@dataclass(frozen=True)
class BundledPart:
    """One third-party part: what it is, which version is in use, under which licence."""

    name: str
    version: str
    licence: str  # the licence's short name (source text; translate with `licence_name`)
    files: tuple[str, ...]  # licence texts under resources/licences, first the main one
    url: str
    role: str  # why PeerDesk carries it (source text; translate with `describe`)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Licences", text)


def describe(part: BundledPart) -> str:
    """The part's role in the user's language."""
    return _tr(part.role)


def licence_name(part: BundledPart) -> str:
    """The licence's name in the user's language (SPDX-style names stay as they are)."""
    return _tr(part.licence)


def licences_dir() -> Path:
    return resources_dir() / "licences"


def licence_text(file_name: str) -> str:
    """The full text of one licence file, or '' when it is missing."""
    try:
        return (licences_dir() / file_name).read_text(encoding="utf-8")
    except OSError:
        return ""


def _dist_version(dist: str, module: str) -> str:
    """A package's version from its metadata, else from the module (a frozen
    build may carry only the module)."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        import importlib

        try:
            return str(getattr(importlib.import_module(module), "__version__", ""))
        except ImportError:
            return ""


def sqlcipher_versions() -> tuple[str, str, str]:
    """(SQLCipher, SQLite, OpenSSL) versions of the linked library."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        # The crypto provider is only reported once a key is set; the key of an
        # in-memory database is never derived unless a page is written.
        conn.execute("PRAGMA key = 'x'")
        row = conn.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        conn.close()
    provider = str(row[0]) if row and row[0] else ""
    # "OpenSSL 3.6.0 1 Oct 2025" → "3.6.0"
    openssl = provider.split()[1] if provider.startswith("OpenSSL ") else provider
    return str(cipher).removesuffix(" community"), str(sqlite), openssl


def bundled_parts() -> list[BundledPart]:
    """Every third-party part, in the order the About box shows them."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    cipher, sqlite, openssl = sqlcipher_versions()
    return [
        BundledPart(
            "Qt",
            qVersion(),
            "LGPL-3.0",
            ("qt-lgpl-3.0.txt", "gpl-3.0.txt"),
            QT_LICENSING_URL,
            QT_TRANSLATE_NOOP("Licences", "windows, widgets, charts, printing"),
        ),
        BundledPart(
            "PySide6 / Shiboken6",
            pyside_version,
            "LGPL-3.0",
            ("qt-lgpl-3.0.txt", "gpl-3.0.txt"),
            "https://doc.qt.io/qtforpython-6/",
            QT_TRANSLATE_NOOP("Licences", "Qt for Python"),
        ),
        BundledPart(
            "SQLCipher",
            cipher,
            "BSD-3-Clause (Zetetic LLC)",
            ("sqlcipher.txt",),
            "https://www.zetetic.net/sqlcipher/",
            QT_TRANSLATE_NOOP("Licences", "encryption of the vault file"),
        ),
        BundledPart(
            "SQLite",
            sqlite,
            QT_TRANSLATE_NOOP("Licences", "Public domain"),
            ("sqlite.txt",),
            "https://www.sqlite.org/copyright.html",
            QT_TRANSLATE_NOOP("Licences", "the database inside SQLCipher"),
        ),
        BundledPart(
            "OpenSSL (libcrypto)",
            openssl,
            "Apache-2.0",
            ("openssl-apache-2.0.txt",),
            "https://www.openssl.org/source/license.html",
            QT_TRANSLATE_NOOP("Licences", "the cryptography SQLCipher uses"),
        ),
        BundledPart(
            "sqlcipher3",
            _dist_version("sqlcipher3", "sqlcipher3"),
            "zlib",
            ("sqlcipher3.txt",),
            "https://github.com/coleifer/sqlcipher3",
            QT_TRANSLATE_NOOP("Licences", "Python's link to SQLCipher"),
        ),
        BundledPart(
            "SQLAlchemy",
            _dist_version("sqlalchemy", "sqlalchemy"),
            "MIT",
            ("sqlalchemy.txt",),
            "https://www.sqlalchemy.org/",
            QT_TRANSLATE_NOOP("Licences", "database access"),
        ),
        BundledPart(
            "Alembic",
            _dist_version("alembic", "alembic"),
            "MIT",
            ("alembic.txt",),
            "https://alembic.sqlalchemy.org/",
            QT_TRANSLATE_NOOP("Licences", "upgrades of the vault's schema"),
        ),
        BundledPart(
            "Mako",
            _dist_version("mako", "mako"),
            "MIT",
            ("mako.txt",),
            "https://www.makotemplates.org/",
            QT_TRANSLATE_NOOP("Licences", "used by Alembic"),
        ),
        BundledPart(
            "MarkupSafe",
            _dist_version("markupsafe", "markupsafe"),
            "BSD-3-Clause",
            ("markupsafe.txt",),
            "https://palletsprojects.com/p/markupsafe/",
            QT_TRANSLATE_NOOP("Licences", "used by Mako"),
        ),
        BundledPart(
            "platformdirs",
            _dist_version("platformdirs", "platformdirs"),
            "MIT",
            ("platformdirs.txt",),
            "https://github.com/tox-dev/platformdirs",
            QT_TRANSLATE_NOOP("Licences", "where the data folder is"),
        ),
        BundledPart(
            "typing_extensions",
            _dist_version("typing_extensions", "typing_extensions"),
            "PSF-2.0",
            ("typing-extensions.txt",),
            "https://github.com/python/typing_extensions",
            QT_TRANSLATE_NOOP("Licences", "used by SQLAlchemy"),
        ),
        BundledPart(
            "Python",
            platform.python_version(),
            "PSF-2.0",
            ("python.txt",),
            "https://docs.python.org/3/license.html",
            QT_TRANSLATE_NOOP("Licences", "the language PeerDesk is written in"),
        ),
        BundledPart(
            "PyInstaller",
            "",
            QT_TRANSLATE_NOOP("Licences", "GPL-2.0 with an exception for bundled programs"),
            ("pyinstaller.txt",),
            "https://pyinstaller.org/en/stable/license.html",
            QT_TRANSLATE_NOOP("Licences", "starts the installed program"),
        ),
    ]
