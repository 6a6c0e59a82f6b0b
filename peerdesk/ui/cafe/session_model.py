"""A table model of a café's session logs (counts, hosts, themes — never guests' names).

Rows are cafe_views.SessionLine: the columns shown, read without loading whole
sessions.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.services.cafe_views import SessionLine
from peerdesk.ui.formatting import fmt_date, fmt_time
from peerdesk.ui.reorder import reordering

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Time"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Guests"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Newcomers"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Returning"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Hosts"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Themes and activities"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Incidents"),
)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SessionTableModel", text, None, n)


class SessionTableModel(QAbstractTableModel):
    """Rows of SessionLine, the session id in ID_ROLE.

    Sorts itself, one key per row (SORT_ROLE's value), always from the order
    the service gave (so equal keys stay newest first): Qt's proxy would ask
    for two cells per comparison, which for two years of daily logs cost more
    than reading them.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SessionLine] = []
        self._given: list[SessionLine] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[SessionLine]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self.rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        with reordering(self, lambda: self.rows):
            self._sort = (column, order)
            self.rows = self._sorted()

    def _sorted(self) -> list[SessionLine]:
        if self._sort is None:
            return list(self._given)
        column, order = self._sort
        return sorted(
            self._given,
            key=lambda row: self._sort_value(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SessionTableModel", HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (5, 6):
            # Columns fit the rows on screen; a longer text further down is
            # elided, and shown whole here.
            return self._display(row, column) or None
        return None

    def _sort_value(self, row: SessionLine, column: int):
        return (
            row.starts_at.isoformat(),
            row.starts_at.time().isoformat(),
            row.head_count,
            row.newcomers,
            row.returning_guests,
            row.hosts.casefold(),
            row.labels.casefold(),
            row.open_incidents * 1000 + row.incidents,
        )[column]

    def _display(self, row: SessionLine, column: int) -> str:
        match column:
            case 0:
                return fmt_date(row.starts_at.date())
            case 1:
                end = f"–{fmt_time(row.ends_at.time())}" if row.ends_at else ""
                return fmt_time(row.starts_at.time()) + end
            case 2:
                return str(row.head_count)
            case 3:
                return str(row.newcomers)
            case 4:
                return str(row.returning_guests)
            case 5:
                return row.hosts
            case 6:
                return row.labels
            case 7:
                if row.open_incidents:
                    return _tr("%n open", row.open_incidents)
                if row.incidents:
                    return _tr("%n resolved", row.incidents)
                return ""
        return ""


class SessionSortProxy(QIdentityProxyModel):
    """The view's face of SessionTableModel: sorting is left to the model."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
