"""A session's preparation checklist: tick items off, add and remove lines.

For a saved session every tick, new line and removal is saved at once through
the courses services; for a session not yet saved the lines are kept in the
form and saved with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import course_edits, courses
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.courses.form_bits import ErrorLine
from peerdesk.ui.courses.words import describe_missing, describe_refusal
from peerdesk.vault.errors import VaultError
from peerdesk.vault.models import PrepItem

ITEM_ID = Qt.ItemDataRole.UserRole


class PrepChecklist(QWidget):
    """The checklist of one session; `changed` fires after anything was saved."""

    changed = Signal()
    lines_edited = Signal()  # a line added or removed in a session not yet saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.session_id: int | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Preparation checklist"))
        self.list.setToolTip(self.tr("Space ticks an item off; Delete removes it."))
        self.list.itemChanged.connect(self._ticked)
        self.progress = QLabel()
        self.progress.setEnabled(False)  # the palette's muted colour, light or dark
        self.new_line = QLineEdit()
        self.new_line.setAccessibleName(self.tr("New checklist item"))
        self.new_line.setPlaceholderText(self.tr("For example: Print handouts"))
        self.new_line.returnPressed.connect(self.add_line)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add to the checklist"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen checklist item"))
        self.remove_button.clicked.connect(self.remove_line)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_line)
        self.error = ErrorLine()
        adding = QHBoxLayout()
        adding.addWidget(self.new_line, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        self._filling = False

    # showing -------------------------------------------------------------------

    def show_items(self, vault, session_id: int | None, items: list[PrepItem]) -> None:
        """A saved session's items, each ticked as saved."""
        self.vault, self.session_id = vault, session_id
        self._fill([(item.text, item.done, item.id) for item in items])

    def show_lines(self, vault, lines: list[str]) -> None:
        """Lines of a session not yet saved (ticked off once the session exists)."""
        self.vault, self.session_id = vault, None
        self._fill([(text, False, None) for text in lines])

    def _fill(self, rows: list[tuple[str, bool, int | None]]) -> None:
        self._filling = True
        self.list.clear()
        for text, done, item_id in rows:
            item = QListWidgetItem(text)
            if item_id is not None:
                item.setData(ITEM_ID, item_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._filling = False
        self.error.clear()
        self._count()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def clear(self) -> None:
        self.vault, self.session_id = None, None
        self._filling = True
        self.list.clear()
        self._filling = False
        self.new_line.clear()
        self.error.clear()
        self.progress.clear()

    def _count(self) -> None:
        total = self.list.count()
        done = sum(self.list.item(i).checkState() == Qt.CheckState.Checked for i in range(total))
        if total == 0:
            self.progress.setText(self.tr("Nothing on the checklist yet."))
        elif self.session_id is None:
            self.progress.setText(
                self.tr("%n item(s); tick them off once the session is saved.", "", total)
            )
        else:
            self.progress.setText(self.tr("%1 of %n ready", "", total).replace("%1", str(done)))

    # changing ------------------------------------------------------------------

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling or self.vault is None:
            return
        item_id = item.data(ITEM_ID)
        if item_id is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        try:
            courses.set_prep_item_done(self.vault, int(item_id), done=done)
        except (NotFound, VaultError) as error:
            self._undo_tick(item, not done)
            self._failed(error)
            return
        self.error.clear()
        self._count()
        self.changed.emit()

    def _undo_tick(self, item: QListWidgetItem, done: bool) -> None:
        self._filling = True
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self._filling = False

    def add_line(self) -> None:
        text = self.new_line.text()
        if not text.strip():
            self.new_line.setFocus()
            return
        if self.session_id is None:
            self.list.addItem(QListWidgetItem(" ".join(text.split())))
            self.new_line.clear()
            self._count()
            self.lines_edited.emit()
            return
        try:
            item = courses.add_prep_item(self.vault, session_id=self.session_id, text=text)
        except ValidationError as error:
            self.error.say(describe_refusal(error))
            self.new_line.setFocus()
            return
        except (NotFound, VaultError) as error:
            self._failed(error)
            return
        self._filling = True
        row = QListWidgetItem(item.text)
        row.setData(ITEM_ID, item.id)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(row)
        self._filling = False
        self.new_line.clear()
        self.error.clear()
        self._count()
        self.changed.emit()

    def remove_line(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item_id = self.list.item(row).data(ITEM_ID)
        if item_id is not None:
            try:
                course_edits.delete_prep_item(self.vault, int(item_id))
            except (NotFound, VaultError) as error:
                self._failed(error)
                return
        self.list.takeItem(row)
        self.error.clear()
        self._count()
        if item_id is None:
            self.lines_edited.emit()
        else:
            self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.error.say(describe_missing(error))
        else:
            dialogs.error_dialog(self, error)
