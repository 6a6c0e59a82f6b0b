"""A live passphrase strength meter: a five-step bar, its level in words, and the reasons.

The bar is the only place in the getting-in windows with colours of its own;
the level is always written out too, so nobody has to tell red from green.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from peerdesk.ui.getting_in.error_words import describe_problem
from peerdesk.vault.passphrase import EMPTY, TOO_SHORT, Assessment, assess

STEPS = 5

# One colour per level (too weak … strong), chosen to read on light and dark
# window backgrounds alike.
_LEVEL_COLOURS = ("#c62828", "#e65100", "#b58900", "#2e7d32", "#1b5e20")


def level_of(verdict: Assessment) -> int:
    """0 (too weak: refused) … 4 (strong). An acceptable passphrase is at least level 1."""
    if not verdict.acceptable:
        return 0
    return max(1, min(STEPS - 1, verdict.score))


class StrengthBar(QWidget):
    """Five rounded steps; `level + 1` of them filled, none for an empty passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled = 0
        self._colour = QColor(_LEVEL_COLOURS[0])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Passphrase strength"))

    def set_filled(self, filled: int, colour: str) -> None:
        self._filled = max(0, min(STEPS, filled))
        self._colour = QColor(colour)
        self.update()

    @property
    def filled(self) -> int:
        return self._filled

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(200, 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(60, 8)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 4.0
        width = (self.width() - gap * (STEPS - 1)) / STEPS
        height = float(self.height())
        empty = self.palette().color(QPalette.ColorRole.Mid)
        for step in range(STEPS):
            painter.setBrush(self._colour if step < self._filled else empty)
            rect = QRectF(step * (width + gap), 0.0, width, height)
            painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.end()


class StrengthMeter(QWidget):
    """Shows how strong a passphrase is and, when it would be refused, why.

    Call `update(passphrase)` on every edit; it returns the `Assessment` so
    the caller can enable or disable its submit button from the same verdict.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = StrengthBar(self)
        self.words = QLabel(self)
        self.words.setAccessibleName(self.tr("Passphrase strength in words"))
        # Room for the longest word, so the bar does not jump while typing.
        metrics = self.words.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._word(level)) for level in range(STEPS))
        self.words.setMinimumWidth(widest + 4)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAccessibleName(self.tr("Why this passphrase cannot be used"))
        # Two lines are kept free so the window does not jump as reasons come and go.
        self.reasons.setMinimumHeight(2 * self.reasons.fontMetrics().lineSpacing())
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.words, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.reasons)
        self._verdict = assess("")
        self._show(self._verdict, empty=True)

    @property
    def assessment(self) -> Assessment:
        """The verdict on the passphrase last passed to `update`."""
        return self._verdict

    def update(self, *args) -> Assessment | None:  # type: ignore[override]
        """`update(passphrase)` judges a passphrase and shows the verdict.

        Called with anything else it is QWidget.update (a repaint request),
        so Qt-style callers keep working.
        """
        if len(args) == 1 and isinstance(args[0], str):
            passphrase = args[0]
            self._verdict = assess(passphrase)
            self._show(self._verdict, empty=not passphrase)
            return self._verdict
        super().update(*args)
        return None

    def _show(self, verdict: Assessment, *, empty: bool) -> None:
        if empty:
            # Before anything is typed, advise instead of scolding.
            self.bar.set_filled(0, _LEVEL_COLOURS[0])
            self.words.setText("")
            self.reasons.setText(describe_problem(TOO_SHORT))
            self.bar.setAccessibleDescription(self.tr("Nothing typed yet"))
            return
        level = level_of(verdict)
        self.bar.set_filled(level + 1, _LEVEL_COLOURS[level])
        word = self._word(level)
        self.words.setText(word)
        self.bar.setAccessibleDescription(word)
        codes = [code for code in verdict.problems if code != EMPTY]
        self.reasons.setText("\n".join(describe_problem(code) for code in codes))

    def _word(self, level: int) -> str:
        match level:
            case 0:
                return self.tr("Too weak")
            case 1:
                return self.tr("Weak")
            case 2:
                return self.tr("OK")
            case 3:
                return self.tr("Good")
        return self.tr("Strong")
