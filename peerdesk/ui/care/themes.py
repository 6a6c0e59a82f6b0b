"""Theme chips: the themes of a note as toggle buttons, plus a field for a new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

_CHECK = "✓ "


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to the next line (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
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

    def height_for(self, width: int) -> int:
        """The height the chips need at `width`.

        Deliberately not Qt's heightForWidth: inside a form in a scroll area that
        makes the form ask for its narrowest, tallest shape. The owner sets a
        minimum height from this on resize instead.
        """
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line_height > 0:
                x, y = rect.x(), y + line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ThemeChips(QWidget):
    """Toggle buttons for themes; the checked ones are the value, in chip order.

    A checked chip shows a check mark as well as the pressed look, so the
    choice never rests on colour. Typing a theme and pressing Enter adds it
    checked (several may be given, separated by commas).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips: list[QPushButton] = []
        self.chip_area = QWidget()
        self.flow = FlowLayout(self.chip_area)
        self.new_theme = QLineEdit()
        self.new_theme.setPlaceholderText(self.tr("Another theme, then Enter"))
        self.new_theme.setAccessibleName(self.tr("Add a theme"))
        self.new_theme.installEventFilter(self)
        self.new_theme.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chip_area)
        layout.addWidget(self.new_theme)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # choices ------------------------------------------------------------------

    def set_choices(self, themes: list[str]) -> None:
        """Offer these themes (unchecked), replacing the chips shown."""
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for theme in themes:
            self._add_chip(theme, checked=False)

    def _find(self, theme: str) -> QPushButton | None:
        folded = theme.casefold()
        for chip in self._chips:
            if chip.property("theme").casefold() == folded:
                return chip
        return None

    def _add_chip(self, theme: str, *, checked: bool) -> QPushButton:
        chip = QPushButton(theme)
        chip.setCheckable(True)
        chip.setProperty("theme", theme)
        chip.setAccessibleName(self.tr("Theme %1").replace("%1", theme))
        chip.setAutoDefault(False)
        chip.toggled.connect(lambda on, c=chip: self._on_toggled(c, on))
        chip.setChecked(checked)
        self._show_state(chip)
        self._chips.append(chip)
        self.flow.addWidget(chip)
        self._fit()
        return chip

    def _show_state(self, chip: QPushButton) -> None:
        theme = chip.property("theme")
        # A theme is data: an "&" in it is shown, not taken as a shortcut key.
        shown = theme.replace("&", "&&")
        chip.setText(_CHECK + shown if chip.isChecked() else shown)

    def _on_toggled(self, chip: QPushButton, _on: bool) -> None:
        self._show_state(chip)
        self.changed.emit()

    def add_typed(self) -> None:
        """Add (checked) every comma-separated theme typed in the field."""
        for part in self.new_theme.text().split(","):
            theme = " ".join(part.split())
            if not theme:
                continue
            chip = self._find(theme)
            if chip is None:
                self._add_chip(theme, checked=True)
                self.changed.emit()
            else:
                chip.setChecked(True)
        self.new_theme.clear()

    # value --------------------------------------------------------------------

    def value(self) -> list[str]:
        """The checked themes, plus any still typed in the field (not lost on save)."""
        checked = [c.property("theme") for c in self._chips if c.isChecked()]
        typed = [" ".join(p.split()) for p in self.new_theme.text().split(",")]
        return checked + [t for t in typed if t and self._find(t) is None]

    def set_value(self, themes: list[str]) -> None:
        for chip in self._chips:
            chip.setChecked(False)
        for theme in themes:
            chip = self._find(theme)
            if chip is None:
                self._add_chip(theme, checked=True)
            else:
                chip.setChecked(True)

    def chips(self) -> list[QPushButton]:
        return list(self._chips)

    def _fit(self) -> None:
        width = self.chip_area.width() or self.width()
        self.chip_area.setMinimumHeight(self.flow.height_for(max(width, 200)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Enter in the theme field adds the theme; it must not submit the dialog.
        if (
            watched is self.new_theme
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)
