"""Small widgets the self-care pages share: a keyboard-friendly 1–5 scale, a
calm message line, and the one way a page calls a service and shows its errors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QToolButton,
    QWidget,
)

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.selfcare.words import error_text
from peerdesk.vault.errors import VaultError

SCALE_POINTS = (1, 2, 3, 4, 5)


class ScaleInput(QWidget):
    """A 1–5 answer that can be skipped. One Tab stop; type 1–5, arrows move,
    0 or Delete clears. The mouse clicks the numbers (again to clear)."""

    value_changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setToolTip(self.tr("1 is low, 5 is high. Type 1–5; 0 clears."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for point in SCALE_POINTS:
            button = QToolButton()
            button.setText(str(point))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(32)
            button.setAccessibleName(
                self.tr("%1: %2").replace("%1", name).replace("%2", str(point))
            )
            button.clicked.connect(lambda _=False, p=point: self._clicked(p))
            layout.addWidget(button)
            self.buttons.append(button)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 14))
        layout.addWidget(self.value_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._show()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and value not in SCALE_POINTS:
            value = None
        if value == self._value:
            return
        self._value = value
        self._show()
        self.value_changed.emit()

    def _clicked(self, point: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(None if self._value == point else point)
        self._show()  # a click toggles the button itself; the value decides

    def _show(self) -> None:
        for point, button in zip(SCALE_POINTS, self.buttons, strict=True):
            button.setChecked(point == self._value)
        # The chosen number is also said in words: the pressed look is not the only sign.
        if self._value is None:
            text = self.tr("not answered")
        else:
            text = self.tr("%1 of 5").replace("%1", str(self._value))
        self.value_label.setText(text)
        self.setAccessibleDescription(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_value(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Minus, Qt.Key.Key_Down):
            self.set_value(max(1, (self._value or 2) - 1))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Up):
            self.set_value(min(5, (self._value or 0) + 1))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():
            painter = QStylePainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.backgroundColor = self.palette().color(self.backgroundRole())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)


class NoticeLine(QWidget):
    """One calm line under a form: an icon and words (colour is never the only sign)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(QStyle.StandardPixmap.SP_MessageBoxWarning, text)

    def show_info(self, text: str) -> None:
        self._show(QStyle.StandardPixmap.SP_MessageBoxInformation, text)

    def clear(self) -> None:
        self.text.clear()
        self.icon.clear()
        self.hide()

    def message(self) -> str:
        return self.text.text() if self.isVisibleTo(self.parentWidget()) else ""

    def _show(self, pixmap: QStyle.StandardPixmap, text: str) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.show()


def attempt(
    parent: QWidget,
    notice: NoticeLine | None,
    call: Callable[[], object],
    fields: dict[str, QWidget] | None = None,
) -> tuple[bool, object]:
    """Run one service call; on a refused value or a missing record, say so calmly
    in `notice` and move the focus to the field concerned. Returns (ok, result).

    Nothing typed is cleared on an error: the form keeps its contents.
    """
    try:
        return True, call()
    except (ValidationError, NotFound) as error:
        text = error_text(error)
        if notice is not None:
            notice.show_error(text)
        else:
            dialogs.info(parent, parent.tr("Not saved"), text)
        field = getattr(error, "field", None)
        widget = (fields or {}).get(field) if field else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return False, None
    except VaultError as error:
        dialogs.error_dialog(parent, error)
        return False, None


def first_line(text: str, limit: int = 90) -> str:
    """The first line of a longer text, shortened with an ellipsis for a list."""
    line = (text or "").strip().split("\n", 1)[0]
    if len(line) > limit or "\n" in (text or "").strip():
        return line[:limit].rstrip() + "…"
    return line


def heading(text: str, scale: float = 1.25) -> QLabel:
    """A bold label, a little larger than the text around it."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def muted(text: str = "") -> QLabel:
    """A quiet explanatory label in the palette's muted colour (light or dark)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label
