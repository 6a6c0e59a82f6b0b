"""Translations: Danish by default, English on request, through Qt Linguist.

The `.ts` files in resources/translations are committed; `.qm` files are built
from them (by PyInstaller's spec, or here on first run from a source checkout
with PySide6's lrelease) and never committed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("da", "en")
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """resources/translations, the same way frozen (PyInstaller) or not."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources" / "translations"


def lrelease_path() -> Path | None:
    import PySide6

    root = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (root / name).exists():
            return root / name
    return None


def build_qm(ts: Path) -> Path | None:
    """Compile `ts` to `.qm` beside it when missing or older; None if not possible."""
    qm = ts.with_suffix(".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = lrelease_path()
    if tool is None:
        return qm if qm.exists() else None
    import subprocess  # only here: an up-to-date .qm is the usual case, at every start

    try:
        subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("could not build translations")
        return qm if qm.exists() else None
    return qm


def install(app, language: str) -> str:
    """Load the translators for `language` and set the locale used for dates and numbers."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language if language in LANGUAGES else "da"
    locale = (
        QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
        if language == "da"
        else QLocale(QLocale.Language.English, QLocale.Country.Denmark)
    )
    QLocale.setDefault(locale)
    # English needs a translator too: its .ts carries the plural forms.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ts = translations_dir() / f"peerdesk_{language}.ts"
    qm = build_qm(ts) if ts.exists() else None
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation loaded for %s", language)
    return language
