"""The search window's rows: area headings, hits and recent searches.

One flat list of plain rows that the view reads as it paints. A search
replaces the whole list in one reset: with QStandardItemModel each search
built, and the next one tore down, an item object per row, which took longer
than painting the results.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

TARGET = Qt.ItemDataRole.UserRole  # a hit's (table, record id)
HTML = Qt.ItemDataRole.UserRole + 1  # a hit's two lines, for the delegate
RECENT = Qt.ItemDataRole.UserRole + 2  # a recent search's text

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One row: a heading (bold, not selectable), a hit, or a recent search."""

    text: str
    html: str = ""
    target: tuple[str, int] | None = None
    recent: str | None = None
    description: str = ""  # what a screen reader says beside the text
    heading: bool = False


class ResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._bold: QFont | None = None

    def set_rows(self, rows: Sequence[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, number: int) -> ResultRow:
        return self._rows[number]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].heading:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == HTML:
            return row.html or None
        if role == TARGET:
            return row.target
        if role == RECENT:
            return row.recent
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.description or None
        if role == Qt.ItemDataRole.FontRole and row.heading:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None
