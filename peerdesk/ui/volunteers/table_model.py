"""A table model over a list of small row objects (dataclasses from the services).

Each column says how to show a row and how to sort it; the proxy sorts on
SORT_ROLE, so dates sort as dates and numbers as numbers, whatever the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

from peerdesk.ui.reorder import reordering
from peerdesk.ui.volunteers.words import _tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# How many rows fit_columns measures: those on screen first, then the nearest.
FIT_ROWS = 40

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """`title` is a QT_TRANSLATE_NOOP source string in the "Volunteers" context."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    number: bool = False
    tip: Callable[[Any], str] | None = None
    header_tip: str = ""  # a QT_TRANSLATE_NOOP source string, like the title


class RowsModel(QAbstractTableModel):
    """Rows of one kind; `muted(row)` greys out rows that matter less (never alone:
    the row's text says the same)."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        row_id: Callable[[Any], int] = lambda row: row.id,
        muted: Callable[[Any], bool] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._given: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._row_id = row_id
        self._muted = muted

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self.rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the column's SORT_ROLE value, one key per row, always from the
        order the rows were given in (so equal keys keep it) — what a sorting
        proxy does, without asking Python for two cells per comparison. Only
        for a proxy that hands sorting down (see RosterProxy)."""
        if not 0 <= column < len(self.columns):
            return
        with reordering(self, lambda: self.rows):
            self._sort = (column, order)
            self.rows = self._sorted()

    def _sorted(self) -> list[Any]:
        if self._sort is None:
            return list(self._given)
        number, order = self._sort
        column = self.columns[number]
        key = column.sort or (lambda row: column.text(row).casefold())
        return sorted(self._given, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, index: _Index) -> Any:
        return self.rows[index.row()]

    def row_of(self, record_id: int) -> int:
        """The row number of the record with this id, or -1."""
        for number, row in enumerate(self.rows):
            if self._row_id(row) == record_id:
                return number
        return -1

    # Qt API ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.columns[section].title)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = self.columns[section].header_tip
            return _tr(tip) if tip else None
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and self.columns[section].number
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def sort_proxy(model: RowsModel) -> QSortFilterProxyModel:
    # Parented beside the model, not to it: a proxy owned by its own source
    # model crashed PySide6 when the two were torn down at exit.
    proxy = QSortFilterProxyModel(model.parent())
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def table_view(proxy: QSortFilterProxyModel, name: str, *, stretch: int = 0) -> QTableView:
    """A sortable, row-selecting, read-only table; column `stretch` takes the spare width."""
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(48)
    # Fitting a column measures this many rows at most (Qt's default is 1000,
    # and every measured cell is several calls into Python).
    header.setResizeContentsPrecision(FIT_ROWS)
    model = proxy.sourceModel()
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, widest: int = 220) -> None:
    """Size columns to their contents (the header and up to FIT_ROWS rows, so a
    long list costs no more than a short one), none wider than `widest` (long
    text elides; the user may widen a column by dragging)."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


def selected_id(view: QTableView) -> int | None:
    """The record id of the view's current row, or None."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), QModelIndex()):
        return None
    return index.data(ID_ROLE)


def select_id(view: QTableView, record_id: int) -> bool:
    """Make the row with this id current and visible; False when it is not shown."""
    proxy = view.model()
    source = proxy.sourceModel()
    number = source.row_of(record_id)
    if number < 0:
        return False
    index = proxy.mapFromSource(source.index(number, 0))
    if not index.isValid():
        return False
    view.setCurrentIndex(index)
    view.selectRow(index.row())
    view.scrollTo(index)
    return True
