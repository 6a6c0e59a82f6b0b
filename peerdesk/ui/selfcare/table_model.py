"""A read-only table over a list of records, with one sortable, filterable view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from peerdesk.ui.reorder import reordering

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its header (a QT_TRANSLATE_NOOP source text in context "SelfCare"),
    the text a row shows, and (optionally) the value it sorts by."""

    header: str
    display: Callable[[object], str]
    sort: Callable[[object], object] | None = None
    numeric: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are records (ORM objects or dataclasses) with an `id`.

    The model sorts itself (`sort`), in Python with one key per row, and keeps
    that order when new rows arrive: a proxy sorting ten thousand check-ins
    through `data()` calls would stall the tab for a second.
    """

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._order is not None:
            self._sort_rows(*self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._order = (column, order)
        with reordering(self, lambda: self._rows):
            self._sort_rows(column, order)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        value = self.columns[column].sort or self.columns[column].display

        def key(record) -> tuple[bool, object]:
            found = value(record)
            # Empty values sort last (first when descending), as a proxy sorts them.
            return (found is None, "" if found is None else found)

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int):
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int | None:
        for n, record in enumerate(self._rows):
            if record.id == record_id:
                return n
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == SORT_ROLE:
            return (column.sort or column.display)(record)
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SelfCare", self.columns[section].header)
        return None


class _SourceOrderProxy(QSortFilterProxyModel):
    """Filters, and hands sorting to the source model (which sorts once, in Python)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def make_table(model: RecordTableModel, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sortable, filterable, read-only table view of `model`, rows selected whole."""
    proxy = _SourceOrderProxy()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    # Widths follow the first rows' contents; measuring thousands of rows would stall.
    view.horizontalHeader().setResizeContentsPrecision(100)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view, proxy


def selected_id(view: QTableView) -> int | None:
    """The id of the selected row, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return None if not rows else rows[0].data(ID_ROLE)


def select_id(view: QTableView, model: RecordTableModel, record_id: int) -> bool:
    """Select and scroll to the row of `record_id`; False if it is not listed (or filtered)."""
    row = model.row_of_id(record_id)
    if row is None:
        return False
    proxy = view.model()
    index = proxy.mapFromSource(model.index(row, 0))
    if not index.isValid():
        return False
    view.selectRow(index.row())
    view.scrollTo(index)
    return True
