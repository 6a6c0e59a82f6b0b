"""Files under resources/ (icons, licences), found the same way frozen or not.

In a source checkout resources/ sits beside the package; in a PyInstaller
build it is unpacked under `sys._MEIPASS`, where peerdesk.spec puts it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path:
    """The resources folder of this checkout or of the frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources"


def app_icon() -> QIcon:
    """PeerDesk's icon in every rendered size; an empty icon if the files are missing."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resources_dir() / "icons" / f"peerdesk-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon
