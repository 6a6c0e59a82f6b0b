"""PDF through Qt's own printing: an HTML document laid out by QTextDocument."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(html: str, path: Path, *, title: str, landscape: bool = False) -> Path:
    """Lay out `html` on A4 pages and write it to `path` atomically (temp file + rename).

    Sizes in the HTML are best given in points (pt); a CSS pixel is one of the
    writer's pixels, 1/300 inch.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("PeerDesk")
        writer.setResolution(300)
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = QTextDocument()
        # Lay out for the writer, not the screen: point sizes then come out as
        # points on paper (CSS px stay the writer's 300-per-inch pixels).
        doc.documentLayout().setPaintDevice(writer)
        doc.setHtml(html)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
        doc.print_(writer)
        del writer  # finishes the file
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
