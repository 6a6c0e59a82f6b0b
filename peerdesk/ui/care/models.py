"""Table models for lists that grow: the base of the care tab's lists, and the
follow-up queue (the people list is in people_model).

Rows are small frozen dataclasses from the services; cells are formatted only
when a view asks for them. Sorting happens on the row list in Python (one key
per row) rather than through Qt comparing cells one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from peerdesk.ui.care import words
from peerdesk.ui.formatting import fmt_date
from peerdesk.ui.reorder import reordering

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class RowModel(QAbstractTableModel):
    """A table over a list of dataclass rows with an `id`-like key."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "Care"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # the list -----------------------------------------------------------------

    def key(self, row: Any) -> object:
        return row.id

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, key: object) -> int:
        for i, row in enumerate(self.rows):
            if self.key(row) == key:
                return i
        return -1

    def replace(self, row: Any) -> None:
        """Put a changed row in place (or append a new one)."""
        i = self.row_of(self.key(row))
        if i < 0:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(row)
            self.endInsertRows()
        else:
            self.rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def remove(self, key: object) -> None:
        i = self.row_of(key)
        if i >= 0:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self.rows[i]
            self.endRemoveRows()

    # Qt -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return words.care_tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == ID_ROLE:
            return self.key(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(row, index.column())
        return self.extra(row, index.column(), role)

    def spoken(self, row: Any, column: int) -> str:
        """What a screen reader says for a cell: the marks in words."""
        text = self.display(row, column)
        if text.startswith(OVERDUE_MARK):
            return words.care_tr("%1, overdue").replace("%1", text[len(OVERDUE_MARK) :])
        return text

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def extra(self, row: Any, column: int, role: int) -> object:
        return None

    def sort_key(self, column: int) -> Callable[[Any], object]:
        raise NotImplementedError

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        with reordering(self, lambda: self.rows):
            self._sort = (column, order)
            self._sort_rows(column, order)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=self.sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)


# Overdue dates carry this mark as well as bold type, so colour or weight is
# never the only signal; tooltips and screen readers get the word "overdue".
OVERDUE_MARK = "⚠ "


def overdue_mark(text: str, overdue: bool) -> str:
    return OVERDUE_MARK + text if overdue else text


class FollowUpModel(RowModel):
    """care.FollowUp rows: due and overdue follow-ups of notes, sub-goals and referrals."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Care", "Due"),
        QT_TRANSLATE_NOOP("Care", "Person"),
        QT_TRANSLATE_NOOP("Care", "From"),
        QT_TRANSLATE_NOOP("Care", "What"),
    )
    DUE, PERSON, SOURCE, WHAT = range(4)

    def key(self, row: Any) -> object:
        return (row.kind, row.record_id)

    def display(self, row: Any, column: int) -> str:
        if column == self.DUE:
            return overdue_mark(fmt_date(row.due_on), row.overdue)
        if column == self.PERSON:
            return row.person_alias
        if column == self.SOURCE:
            return words.word(words.FOLLOW_UP_SOURCE, row.kind)
        if column == self.WHAT:
            return row.title
        return ""

    def extra(self, row: Any, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and column == self.DUE and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return words.care_tr("Overdue") if column == self.DUE and row.overdue else row.title
        return None

    def sort_key(self, column: int) -> Callable[[Any], object]:
        if column == self.PERSON:
            return lambda r: (r.person_alias.casefold(), r.due_on, r.kind, r.record_id)
        if column == self.SOURCE:
            return lambda r: (r.kind, r.due_on, r.record_id)
        if column == self.WHAT:
            return lambda r: (r.title.casefold(), r.due_on, r.record_id)
        return lambda r: (r.due_on, r.person_alias.casefold(), r.kind, r.record_id)
