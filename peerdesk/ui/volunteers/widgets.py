"""Small widgets the volunteers screens share: date fields, error lines, text views."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.clipboard import copy_sensitive
from peerdesk.ui.formatting import to_qdatetime
from peerdesk.ui.volunteers.words import _tr, not_found_text, problem_text
from peerdesk.vault.errors import VaultError

# The value an optional date field holds when it is empty (shown as blank text).
_NO_DATE = QDate(1900, 1, 1)


def _date_format() -> str:
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    # A two-digit year is ambiguous in a field one types into.
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _time_format() -> str:
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateField(QDateEdit):
    """A date with a calendar popup; an optional one may be empty (Delete clears it)."""

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(_date_format())
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText(_tr("no date"))
            self.setToolTip(_tr("Press Delete to leave the date empty."))
        self.set_value(None if optional else date.today())

    def value(self) -> date | None:
        if self.optional and self.date() == _NO_DATE:
            return None
        return to_date(self.date())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))

    def _fill_if_empty(self) -> None:
        if self.value() is None:
            self.setDate(QDate.currentDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.value() is not None and (
                event.key() == Qt.Key.Key_Delete or self.lineEdit().selectedText()
            ):
                self.set_value(None)
                return
        elif self.optional and (event.text().isdigit() or event.key() in _STEP_KEYS):
            # Typing into an empty date starts from today, not from the year 1900.
            self._fill_if_empty()
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.optional:
            self._fill_if_empty()
        super().mousePressEvent(event)


_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class DateTimeField(QDateTimeEdit):
    """A date and time of day with a calendar popup (never empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(f"{_date_format()} {_time_format()}")
        self.set_value(datetime.now().replace(second=0, microsecond=0))

    def value(self) -> datetime:
        qt = self.dateTime()
        d, t = qt.date(), qt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def set_value(self, value: datetime) -> None:
        self.setDateTime(to_qdatetime(value))


class ErrorLine(QLabel):
    """A calm sentence under a field; an icon and words, never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(_tr("Problem"))
        self.hide()

    def show_text(self, text: str) -> None:
        # The ⚠ mark and the words carry the signal in any palette and any style.
        self.setText("⚠ " + text)
        self.setToolTip(text)
        self.show()

    def clear(self) -> None:  # noqa: D102 - QLabel API
        super().clear()
        self.setToolTip("")
        self.hide()


class TextView(QTextBrowser):
    """Read-only text about people: Ctrl+C and the menu copy through copy_sensitive."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def copy_text(self) -> None:
        text = self.textCursor().selectedText().replace("\u2029", "\n")
        copy_sensitive(text or self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_text()
            return
        super().keyPressEvent(event)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(_tr("&Copy"), self.copy_text)
        menu.addAction(_tr("Select &all"), self.selectAll)
        menu.exec(self.mapToGlobal(pos))


class Box(QGroupBox):
    """A titled section with a vertical layout."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.column = QVBoxLayout(self)


def muted(text: str = "") -> QLabel:
    """A quiet explanatory line in the palette's muted colour (light or dark)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setEnabled(False)
    return widget


def heading(text: str = "", scale: float = 1.3) -> QLabel:
    widget = QLabel(text)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def report_error(parent: QWidget, error: BaseException, errors: dict | None = None) -> bool:
    """Show a service error calmly: a refused value next to its field when the
    form has a line for it (`errors`: field name -> (ErrorLine, widget to
    focus)), else in a message box. True when it was shown inline."""
    if isinstance(error, ValidationError) and errors is not None:
        target = errors.get(error.field) or errors.get("*")
        if target is not None:
            line, widget = target
            line.show_text(problem_text(error))
            if widget is not None:
                widget.setFocus()
            return True
    if isinstance(error, ValidationError):
        dialogs.info(parent, _tr("Not saved"), problem_text(error))
    elif isinstance(error, NotFound):
        dialogs.info(parent, _tr("Not found"), not_found_text(error))
    elif isinstance(error, VaultError | OSError):
        dialogs.error_dialog(parent, error)
    else:
        raise error
    return False


class HostChecklist(QListWidget):
    """Hosts to tick (who took part, who attended); keyboard: arrows and Space."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(110)

    def set_hosts(self, hosts: list[tuple[int, str]], checked: set[int] | frozenset = frozenset()):
        self.clear()
        for host_id, name in hosts:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, host_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if host_id in checked else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)

    def checked_ids(self) -> list[int]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, ids: set[int] | list[int]) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            item = self.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
