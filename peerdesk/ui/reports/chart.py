"""A plain bar chart drawn with QPainter, embedded in the report's HTML as a PNG.

Black on white on purpose: it stands for the printed page, and prints
legibly in black and white. Every bar carries its number, so the values
never depend on reading the bar heights.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

BAR = QColor(70, 90, 120)
INK = QColor(20, 20, 20)
GRID = QColor(200, 200, 200)


def bar_chart(values: Sequence[tuple[str, int]], *, width: int = 1200, height: int = 340) -> QImage:
    """Bars with their value above and their label below, on a white ground."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(max(12, height // 11))
        painter.setFont(font)
        line = painter.fontMetrics().height()
        top, bottom = line + 8, height - line - 10
        left, right = 10, width - 10
        painter.setPen(GRID)
        painter.drawLine(left, bottom, right, bottom)
        if not values:
            return image
        highest = max(1, max(v for _, v in values))
        slot = (right - left) / len(values)
        bar_width = slot * 0.6
        for i, (label, value) in enumerate(values):
            x = left + i * slot + (slot - bar_width) / 2
            bar_height = (bottom - top) * value / highest
            painter.fillRect(QRectF(x, bottom - bar_height, bar_width, bar_height), BAR)
            painter.setPen(INK)
            painter.drawText(
                QRectF(left + i * slot, bottom - bar_height - line - 2, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
            painter.drawText(
                QRectF(left + i * slot, bottom + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
    finally:
        painter.end()
    return image


def data_url(image: QImage) -> str:
    """The image as a data: URL, which QTextDocument (and so the PDF) can load."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")
