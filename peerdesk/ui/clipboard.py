"""Copying text out of PeerDesk without leaving it in clipboard history.

The copied data carries the hints that clipboard managers honour (KDE Klipper,
Windows clipboard history and cloud clipboard, macOS pasteboard managers), and
the text is cleared after two minutes if it is still on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 120_000

_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
    "org.nspasteboard.ConcealedType": b"",
    "org.nspasteboard.TransientType": b"",
}


def sensitive_mime(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    for fmt, value in _HINTS.items():
        data.setData(fmt, QByteArray(value))
    return data


def copy_sensitive(text: str, *, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put `text` on the clipboard with do-not-keep hints; clear it later if unchanged."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(sensitive_mime(text))
    # Parented to the clipboard, so the timer lives exactly as long as the app.
    timer = QTimer(clipboard)
    timer.setSingleShot(True)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()
        timer.deleteLater()

    timer.timeout.connect(clear)
    timer.start(clear_after_ms)
