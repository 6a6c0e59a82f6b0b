"""Getting in: the first-run setup window, the unlock window, and the frame they share.

`setup_window.SetupWindow` (no vault yet) and `unlock_window.UnlockWindow` (a
vault exists) both end by emitting `vault_ready(vault)` with an open `Vault`,
which the receiver then owns and must close. Both are built on
`GettingInWindow` below: one calm column with the app name, a title, a short
text, the window's own form, a busy row, an inline message and one button.
No colour is set here; everything follows the palette, light or dark.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk import APP_NAME
from peerdesk.paths import DataDir
from peerdesk.ui.getting_in.error_words import describe
from peerdesk.ui.getting_in.opener import VaultOpener


def _tr(text: str) -> str:
    return QCoreApplication.translate("GettingIn", text)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's own font, scaled (so the user's font settings are respected)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


class Notice(QWidget):
    """An icon beside word-wrapped plain text; hidden while it has no text.

    `icon` names a QStyle.StandardPixmap ("SP_MessageBoxWarning"). The style is
    asked for it when the notice first has something to say: an empty notice
    at start-up then costs no icon, nor PySide's QStyle type with its many
    enums (about a twentieth of the unlock window's start).
    """

    def __init__(self, icon: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # Plain text always: messages may quote paths, which must not be read as HTML.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(accessible_name)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.setVisible(False)

    def _draw_icon(self) -> None:
        if self._icon_name is None:
            return
        from PySide6.QtWidgets import QStyle  # see the class's note

        style = self.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        kind = getattr(QStyle.StandardPixmap, self._icon_name)
        self.icon.setPixmap(style.standardIcon(kind).pixmap(size, size))
        self._icon_name = None

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        if text:
            self._draw_icon()
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.setVisible(bool(text))


class BusyRow(QWidget):
    """An indeterminate progress bar with a line saying what is being done.

    It keeps its place when hidden, so the window does not jump when work
    starts or ends.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(96)
        self.bar.setAccessibleName(_tr("Working"))
        self.label = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        self.setVisible(True)

    def stop(self) -> None:
        self.setVisible(False)


def secret_field(accessible_name: str, parent: QWidget) -> QLineEdit:
    """A passphrase input: hidden echo, no copy or drag out, nothing remembered."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setMaxLength(1024)
    field.setMinimumWidth(320)
    return field


class GettingInWindow(QWidget):
    """Shared shape and flow of the setup and unlock windows.

    Subclasses fill `form`, put their button in `buttons`, enable their
    controls in `_refresh()` (called whenever the opener starts or stops
    working), list their secret fields in `_secret_fields()` (cleared once a
    vault is ready), and start work with `self.opener`. Emits
    `vault_ready(vault)` with the open vault.
    """

    vault_ready = Signal(object)

    def __init__(self, data: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.opener = VaultOpener(self)
        self.opener.busy_changed.connect(self._on_busy_changed)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self._on_failed)

        self.app_name = QLabel(APP_NAME, self)
        self.app_name.setFont(scaled_font(self, 0.95, bold=True))
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self, 1.6, bold=True))
        self.title.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QVBoxLayout()
        self.form.setSpacing(6)
        self.busy = BusyRow(self)
        self.message = Notice("SP_MessageBoxInformation", _tr("Message"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.footer = QLabel(self)
        self.footer.setFont(scaled_font(self, 0.9))
        self.footer.setWordWrap(True)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout(self)
        column.setContentsMargins(40, 32, 40, 28)
        column.setSpacing(0)
        column.addWidget(self.app_name)
        column.addSpacing(6)
        column.addWidget(self.title)
        column.addSpacing(12)
        column.addWidget(self.intro)
        column.addSpacing(20)
        column.addLayout(self.form)
        column.addSpacing(16)
        column.addWidget(self.busy)
        column.addSpacing(8)
        column.addWidget(self.message)
        column.addSpacing(16)
        column.addLayout(self.buttons)
        column.addStretch(1)
        column.addSpacing(20)
        column.addWidget(self.footer)
        self.setMinimumWidth(520)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # ------------------------------------------------------------ for subclasses

    def _secret_fields(self) -> list[QLineEdit]:
        return []

    def _first_field(self) -> QLineEdit:
        raise NotImplementedError

    def _busy_text(self) -> str:
        return _tr("Opening your vault…")

    def _failed(self, error: BaseException) -> None:
        """React to a failed open/create; by default, say what happened."""
        self.message.set_text(describe(error))
        self._first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        """Recompute which controls are enabled (after typing, work or a delay)."""

    # ---------------------------------------------------------------- plumbing

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # A top-level window does not grow for wrapped text by itself (Qt sizes
        # windows without height-for-width), so a message or a longer reason
        # would be squeezed and clipped. Keep the minimum height at what the
        # text needs at the current width.
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().showEvent(event)
        first = self._first_field()
        if first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.message.set_text("")
            self.busy.start(self._busy_text())
        else:
            self.busy.stop()
        self._refresh()

    @Slot(object)
    def _on_opened(self, vault) -> None:
        for field in self._secret_fields():
            field.clear()
        self.vault_ready.emit(vault)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._failed(error)


class ShowPassphrase(QCheckBox):
    """'Show passphrase': switches the given fields between hidden and plain echo."""

    def __init__(self, fields: list[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(_tr("&Show passphrase"), parent)
        self.setAccessibleName(_tr("Show passphrase"))
        self._fields = fields
        self.toggled.connect(self._apply)

    @Slot(bool)
    def _apply(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)


def primary_button(text: str, accessible_name: str, parent: QWidget) -> QPushButton:
    """The window's one action; Enter or Space presses it when it has focus."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    button.setAutoDefault(True)
    button.setDefault(True)
    button.setMinimumWidth(140)
    return button
