"""The CPR guard in the flow of writing: a CPR-like number is underlined as it
is typed and named in words next to the field (never by colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from peerdesk.services.cpr import find_cpr_numbers

# A wavy underline reads as "look here" in light and dark palettes alike; the
# warning text beside the field carries the meaning for those who cannot see it.
_UNDERLINE = QColor(211, 47, 47)


class CprHighlighter(QSyntaxHighlighter):
    """Underlines every CPR-like number in a text document with a red wave."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(_UNDERLINE)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        # A CPR number never spans a line break, so each block stands alone.
        for match in find_cpr_numbers(text):
            self.setFormat(match.start, match.end - match.start, self._format)
