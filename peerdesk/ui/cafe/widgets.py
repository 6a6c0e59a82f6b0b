"""Small widgets of the café tab: a flow layout, big counters, chips and error lines."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

BIG_BUTTON = 56  # px: comfortable for a finger on a touchpad or a touch screen
MAX_GUESTS = 10_000  # what services.cafe accepts
HINT_WIDTH = 900  # px: the width a flow of buttons would like to have


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping onto new lines (Qt's example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # Hint a wide, flat shape: a narrow hint would make the parent layout ask
        # for a tower of one item per line.
        width = sum(item.sizeHint().width() + self._spacing for item in self._items)
        width = max(self.minimumSize().width(), min(width, HINT_WIDTH))
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() and line_height > 0:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def error_label() -> QLabel:
    """A line for calm words about a refused value, hidden until needed."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def show_error(label: QLabel, text: str) -> None:
    # A sign as well as words: colour is never the only signal.
    label.setText(f"⚠ {text}" if text else "")
    label.setVisible(bool(text))


class BigCounter(QWidget):
    """A number with big −1 and +1 buttons; the number itself can be typed too."""

    changed = Signal(int)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(label)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minus = QPushButton("−1")
        self.plus = QPushButton("+1")
        self.spin = QSpinBox()
        self.spin.setRange(0, MAX_GUESTS)
        self.spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.spin.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setWeight(QFont.Weight.Bold)
        self.spin.setFont(font)
        self.spin.setMinimumWidth(96)
        self.caption.setBuddy(self.spin)
        for button in (self.minus, self.plus):
            button.setMinimumSize(BIG_BUTTON, BIG_BUTTON)
            bfont = button.font()
            bfont.setPointSizeF(bfont.pointSizeF() * 1.5)
            button.setFont(bfont)
            button.setAutoRepeat(False)
        plain = label.replace("&", "")
        self.spin.setAccessibleName(plain)
        self.minus.setAccessibleName(self.tr("%1: one fewer").replace("%1", plain))
        self.plus.setAccessibleName(self.tr("%1: one more").replace("%1", plain))
        self.minus.clicked.connect(lambda: self.spin.setValue(self.spin.value() - 1))
        self.plus.clicked.connect(lambda: self.spin.setValue(self.spin.value() + 1))
        self.spin.valueChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.minus)
        row.addWidget(self.spin, 1)
        row.addWidget(self.plus)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addLayout(row)

    def value(self) -> int:
        return self.spin.value()

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt naming
        self.spin.setValue(value)


class ToggleButtons(QWidget):
    """Big checkable buttons in a flowing row; a checked one also shows a ✓."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.flow = FlowLayout(self)
        self._buttons: dict[object, QPushButton] = {}
        self._texts: dict[object, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_items(
        self, items: Iterable[tuple[object, str]], checked: Iterable[object] = ()
    ) -> None:
        checked = set(checked)
        self.clear()
        for key, text in items:
            self.add_item(key, text, key in checked)

    def add_item(self, key: object, text: str, checked: bool = False) -> QPushButton:
        if key in self._buttons:
            self._buttons[key].setChecked(checked or self._buttons[key].isChecked())
            return self._buttons[key]
        button = QPushButton()
        button.setCheckable(True)
        button.setMinimumHeight(40)
        button.setAccessibleName(text)
        self._buttons[key] = button
        self._texts[key] = text
        button.toggled.connect(lambda on, k=key: self._toggled(k, on))
        button.setChecked(checked)
        self._show(key)
        self.flow.addWidget(button)
        return button

    def _toggled(self, key: object, on: bool) -> None:
        self._show(key)
        self.changed.emit()

    def _show(self, key: object) -> None:
        button = self._buttons[key]
        mark = "✓ " if button.isChecked() else ""
        button.setText(mark + self._texts[key].replace("&", "&&"))

    def button(self, key: object) -> QPushButton | None:
        return self._buttons.get(key)

    def items_keys(self) -> list[object]:
        return list(self._buttons)

    def checked(self) -> list[object]:
        return [k for k, b in self._buttons.items() if b.isChecked()]

    def set_checked(self, keys: Iterable[object]) -> None:
        wanted = set(keys)
        for key, button in self._buttons.items():
            button.setChecked(key in wanted)

    def clear(self) -> None:
        for button in self._buttons.values():
            self.flow.removeWidget(button)
            button.hide()
            button.setParent(None)  # gone at once: no name lingers after a lock
            button.deleteLater()
        self._buttons.clear()
        self._texts.clear()


class ChipBar(QWidget):
    """Theme or activity chips: suggestions to tick, and a field to add a new one."""

    changed = Signal()

    def __init__(self, accessible_name: str, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.chips = ToggleButtons(accessible_name)
        self.chips.changed.connect(self.changed)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(placeholder)
        self.entry.setMaxLength(60)
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(placeholder)
        self.add_button.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chips)
        column.addLayout(row)

    def add_typed(self) -> None:
        label = " ".join(self.entry.text().split())
        if not label:
            return
        existing = {str(k).casefold(): k for k in self.chips.items_keys()}
        key = existing.get(label.casefold(), label)
        self.chips.add_item(key, str(key), True)
        self.chips.button(key).setChecked(True)
        self.entry.clear()
        self.changed.emit()

    def set_labels(self, offered: Iterable[str], checked: Iterable[str]) -> None:
        checked = list(checked)
        seen: dict[str, str] = {}
        # Offered chips keep their places (muscle memory); extra ticked ones follow.
        for label in [*offered, *checked]:
            seen.setdefault(label.casefold(), label)
        self.chips.set_items(((v, v) for v in seen.values()), checked)

    def labels(self) -> list[str]:
        return [str(k) for k in self.chips.items_keys()]

    def checked(self) -> list[str]:
        return [str(k) for k in self.chips.checked()]

    def clear(self) -> None:
        self.chips.clear()
        self.entry.clear()
