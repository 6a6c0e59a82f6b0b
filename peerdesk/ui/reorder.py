"""Re-ordering a table model's rows in Python while its views keep their place.

Several list models sort themselves, one key per row, rather than letting a
QSortFilterProxyModel call `data()` twice per comparison (for thousands of
rows that cost more than reading them). Each then has to tell its views about
the new order and move their persistent indexes (selection, current row) with
the rows: that bookkeeping is this one context manager.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QAbstractItemModel


@contextlib.contextmanager
def reordering(model: QAbstractItemModel, rows: Callable[[], Sequence[object]]) -> Iterator[None]:
    """Wrap a change of the ORDER of `rows()` (the same row objects, permuted).

    Emits layoutAboutToBeChanged before and layoutChanged after, and points
    every persistent index at its row's new place.
    """
    model.layoutAboutToBeChanged.emit()
    persistent = model.persistentIndexList()
    before = rows()
    moving = [
        (index, id(before[index.row()])) for index in persistent if 0 <= index.row() < len(before)
    ]
    yield
    place = {id(row): n for n, row in enumerate(rows())}
    for index, row in moving:
        if row in place:
            model.changePersistentIndex(index, model.index(place[row], index.column()))
    model.layoutChanged.emit()
