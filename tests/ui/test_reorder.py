"""ui.reorder: a model that sorts itself keeps its views' persistent indexes on their rows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt

from peerdesk.ui.selfcare.table_model import Column, RecordTableModel


@dataclass(frozen=True)
class _Row:
    id: int
    name: str


def test_a_selected_row_is_followed_through_a_sort(qtbot):
    model = RecordTableModel([Column("Name", lambda r: r.name)])
    model.set_rows([_Row(1, "Øjvind"), _Row(2, "Anne"), _Row(3, "Bo")])
    held = QPersistentModelIndex(model.index(0, 0))  # Øjvind
    changes = []
    model.layoutChanged.connect(lambda *_: changes.append("changed"))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(n).name for n in range(3)] == ["Anne", "Bo", "Øjvind"]
    assert held.isValid() and held.row() == 2
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert held.row() == 0
    assert changes == ["changed", "changed"]
