"""Table models for lists that grow: the people list and the follow-up queue.

Rows are small frozen dataclasses fetched by one service query; cells are
formatted only when a view asks for them. Sorting happens on the row list in
Python (one key per row) rather than through Qt comparing cells one by one,
which keeps a list of 10,000 people responsive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from peerdesk.ui.care import words
from peerdesk.ui.formatting import fmt_date, fmt_datetime

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_EARLY, _LATE = datetime.min, datetime.max
_STATUS_ORDER = {"active": 0, "paused": 1, "ended": 2}
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
        self.layoutAboutToBeChanged.emit()
        old_keys = [self.key(r) for r in self.rows]
        self._sort = (column, order)
        self._sort_rows(column, order)
        new = {self.key(r): i for i, r in enumerate(self.rows)}
        for persistent in self.persistentIndexList():
            i = persistent.row()
            moved = new.get(old_keys[i]) if 0 <= i < len(old_keys) else None
            if moved is not None:
                self.changePersistentIndex(persistent, self.index(moved, persistent.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=self.sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)


# Overdue dates carry this mark as well as bold type, so colour or weight is
# never the only signal; tooltips and screen readers get the word "overdue".
OVERDUE_MARK = "⚠ "


def overdue_mark(text: str, overdue: bool) -> str:
    return OVERDUE_MARK + text if overdue else text


def _alias_key(row: Any) -> tuple[str, int]:
    return (row.alias.casefold(), row.id)


class PeopleModel(RowModel):
    """care_browse.PeopleListRow rows."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Care", "Alias"),
        QT_TRANSLATE_NOOP("Care", "Status"),
        QT_TRANSLATE_NOOP("Care", "Last note"),
        QT_TRANSLATE_NOOP("Care", "Follow-up"),
        QT_TRANSLATE_NOOP("Care", "Review"),
    )
    ALIAS, STATUS, LAST, NEXT, REVIEW = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def display(self, row: Any, column: int) -> str:
        if column == self.ALIAS:
            return row.alias
        if column == self.STATUS:
            return words.word(words.PERSON_STATUS, row.status)
        if column == self.LAST:
            at = row.last_conversation_at
            return fmt_date(at.date()) if at is not None else ""
        if column == self.NEXT:
            if row.next_follow_up_on is None:
                return ""
            return overdue_mark(fmt_date(row.next_follow_up_on), row.next_follow_up_on < self.today)
        if column == self.REVIEW:
            return words.care_tr("Review") if row.review_due else ""
        return ""

    def extra(self, row: Any, column: int, role: int) -> object:
        overdue = row.next_follow_up_on is not None and row.next_follow_up_on < self.today
        if role == Qt.ItemDataRole.FontRole and column == self.NEXT and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NEXT and row.open_follow_ups:
            tip = words.care_tr("%n open follow-up(s)", row.open_follow_ups)
            return words.care_tr("Overdue") + " · " + tip if overdue else tip
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LAST and row.last_conversation_at:
            return fmt_datetime(row.last_conversation_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REVIEW and row.review_due:
            return words.care_tr(
                "No activity for a long time, or a retention review date has come: "
                "consider whether the notes should be erased."
            )
        return None

    def sort_key(self, column: int) -> Callable[[Any], object]:
        if column == self.STATUS:
            return lambda r: (_STATUS_ORDER.get(str(r.status.value), 9), *_alias_key(r))
        if column == self.LAST:
            return lambda r: (r.last_conversation_at or _EARLY, *_alias_key(r))
        if column == self.NEXT:
            return lambda r: (r.next_follow_up_on or date.max, *_alias_key(r))
        if column == self.REVIEW:
            return lambda r: (not r.review_due, *_alias_key(r))
        return _alias_key


class PeopleFilter(QSortFilterProxyModel):
    """Filters the people list in memory: alias text, status, needs follow-up, review.

    Sorting is handed to the source model (see RowModel.sort).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status: str | None = None
        self.needs_follow_up = False
        self.review_only = False

    def set_filter(
        self,
        *,
        text: str | None = None,
        status: str | None | bool = False,
        needs_follow_up: bool | None = None,
        review_only: bool | None = None,
    ) -> None:
        """Change the given criteria (status=False leaves the status as it is)."""
        _begin_filter_change(self)
        if text is not None:
            self.text = text.strip().casefold()
        if status is not False:
            self.status = status
        if needs_follow_up is not None:
            self.needs_follow_up = needs_follow_up
        if review_only is not None:
            self.review_only = review_only
        _end_filter_change(self)

    def is_filtered(self) -> bool:
        return bool(self.text or self.status or self.needs_follow_up or self.review_only)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        row = self.sourceModel().rows[source_row]
        if self.status is not None and str(row.status.value) != self.status:
            return False
        if self.needs_follow_up and not row.open_follow_ups:
            return False
        if self.review_only and not row.review_due:
            return False
        return not self.text or self.text in row.alias.casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def _begin_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.9+
        proxy.beginFilterChange()


def _end_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "endFilterChange"):
        proxy.endFilterChange()
    else:
        proxy.invalidateRowsFilter()


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
