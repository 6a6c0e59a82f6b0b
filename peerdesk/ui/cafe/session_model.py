"""A table model of a café's session logs (counts, hosts, themes — never guests' names)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.ui.formatting import fmt_date, fmt_time

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


@dataclass(frozen=True)
class SessionRow:
    """What one line of the history shows, taken from a loaded CafeSession."""

    id: int
    starts_at: datetime
    ends_at: datetime | None
    head_count: int
    newcomers: int
    returning_guests: int
    hosts: str
    labels: str
    incidents: int
    open_incidents: int

    @classmethod
    def of(cls, session) -> SessionRow:
        return cls(
            id=session.id,
            starts_at=session.starts_at,
            ends_at=session.ends_at,
            head_count=session.head_count,
            newcomers=session.newcomers,
            returning_guests=session.returning_guests,
            hosts=", ".join(sorted((h.name for h in session.hosts), key=str.casefold)),
            labels=", ".join([*session.themes, *session.activities]),
            incidents=len(session.incidents),
            open_incidents=sum(1 for i in session.incidents if i.resolved_on is None),
        )


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SessionTableModel", text, None, n)


class SessionTableModel(QAbstractTableModel):
    """Rows of SessionRow; sortable through SORT_ROLE, the session id in ID_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SessionRow] = []

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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
        return None

    def _sort_value(self, row: SessionRow, column: int):
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

    def _display(self, row: SessionRow, column: int) -> str:
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
