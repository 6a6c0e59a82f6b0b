"""The people list of the care tab, read a page at a time.

Reading every line with all its facts for 10,000 people takes the better
part of a second. So one light query gives every person's entry (alias,
status, the retention flag; the facts a sort or filter needs, when it needs
them), and the full lines are read a page at a time as the view scrolls (Qt's
canFetchMore / fetchMore). Filters and sorts work on the entries in memory,
so they still cover everyone, not only the lines read so far.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from peerdesk.services import care_browse
from peerdesk.ui.care import words
from peerdesk.ui.care.models import RowModel, _Index, overdue_mark
from peerdesk.ui.formatting import fmt_date, fmt_datetime

_EARLY = datetime.min
_STATUS_ORDER = {"active": 0, "paused": 1, "ended": 2}


def _alias_key(row: Any) -> tuple[str, int]:
    return (row.alias.casefold(), row.id)


class PeopleModel(RowModel):
    """The people list (care_browse.PeopleListRow rows), read a page at a time.

    `entries` holds every person with only what the filters and sorts look at
    (care_browse.people_index: one light query); `order` is the ids the filters
    let through, in sort order; `rows` are the full lines of the first
    len(rows) of them, read as the view scrolls (canFetchMore/fetchMore). So
    opening a list of 10,000 people reads 10,000 small entries and one page of
    lines; filtering and sorting rework `order` in memory.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("Care", "Alias"),
        QT_TRANSLATE_NOOP("Care", "Status"),
        QT_TRANSLATE_NOOP("Care", "Last note"),
        QT_TRANSLATE_NOOP("Care", "Follow-up"),
        QT_TRANSLATE_NOOP("Care", "Review"),
    )
    ALIAS, STATUS, LAST, NEXT, REVIEW = range(5)
    PAGE = 100
    # The optional facts of people_index that a sort column needs.
    SORT_FACTS = {LAST: "last", NEXT: "follow_ups"}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.vault = None
        self.inactive_days = care_browse.DEFAULT_INACTIVE_DAYS
        self.entries: dict[int, care_browse.PersonEntry] = {}
        self.order: list[int] = []
        self._facts: set[str] = set()  # the optional facts `entries` carry
        self._positions: dict[int, int] | None = None
        self._sort = (self.ALIAS, Qt.SortOrder.AscendingOrder)
        self.text = ""
        self.status: str | None = None
        self.needs_follow_up = False
        self.review_only = False

    # loading ------------------------------------------------------------------

    def load(self, vault, *, today: date, inactive_days: int) -> None:
        """Read everyone's entry and the first page of lines."""
        self.vault, self.today, self.inactive_days = vault, today, inactive_days
        self._facts = set()
        self._read_entries(self._wanted_facts())
        self._reorder()

    def clear(self) -> None:
        self.beginResetModel()
        self.vault = None
        self.entries, self.order, self.rows = {}, [], []
        self._facts = set()
        self._positions = None
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """List exactly these lines, filtered and sorted (no vault: nothing to fetch)."""
        self.beginResetModel()
        self.entries = {r.id: care_browse.PersonEntry.of(r) for r in rows}
        self._facts = {"last", "follow_ups"}
        self.order = self._ordered([i for i, e in self.entries.items() if self.matches(e)])
        self._positions = None
        by_id = {r.id: r for r in rows}
        self.rows = [by_id[i] for i in self.order]
        self.endResetModel()

    def _wanted_facts(self) -> set[str]:
        wanted = set()
        if self._sort[0] in self.SORT_FACTS:
            wanted.add(self.SORT_FACTS[self._sort[0]])
        if self.needs_follow_up:
            wanted.add("follow_ups")
        return wanted

    def _read_entries(self, facts: set[str]) -> None:
        found = care_browse.people_index(
            self.vault,
            today=self.today,
            inactive_days=self.inactive_days,
            with_last="last" in facts,
            with_follow_ups="follow_ups" in facts,
        )
        self.entries = {e.id: e for e in found}
        self._facts = set(facts)

    def _ensure_facts(self) -> None:
        missing = self._wanted_facts() - self._facts
        if missing and self.vault is not None:
            self._read_entries(self._facts | missing)

    def _reorder(self) -> None:
        """Filter and sort the entries afresh; show the first page."""
        self.beginResetModel()
        self.order = self._ordered([e.id for e in self.entries.values() if self.matches(e)])
        self._positions = None
        self.rows = self._read_lines(0, self.PAGE - 1)
        self.endResetModel()

    def _ordered(self, ids: list[int]) -> list[int]:
        column, order = self._sort
        key = self.sort_key(column)
        entries = self.entries
        return sorted(
            ids,
            key=lambda i: key(entries[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # counts -------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.entries)

    @property
    def shown(self) -> int:
        return len(self.order)

    @property
    def flagged(self) -> int:
        return sum(1 for e in self.entries.values() if e.review_due)

    # fetching on demand -------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < len(self.order)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        self._fetch_through(len(self.rows) + self.PAGE - 1)

    def _fetch_through(self, last: int) -> None:
        """Show the lines of order[len(rows)] … order[last] as well."""
        start = len(self.rows)
        found = self._read_lines(start, last)
        if found:
            self.beginInsertRows(QModelIndex(), start, start + len(found) - 1)
            self.rows.extend(found)
            self.endInsertRows()

    def _read_lines(self, start: int, last: int) -> list[Any]:
        """The lines of order[start] … order[last]; people erased meanwhile leave
        `order` (and `entries`), so rows[n] is always the line of order[n]."""
        wanted = self.order[start : last + 1]
        if not wanted or self.vault is None:
            return []
        found = care_browse.people_rows(
            self.vault, wanted, today=self.today, inactive_days=self.inactive_days
        )
        if len(found) < len(wanted):
            gone = set(wanted) - {r.id for r in found}
            self.order[start:] = [i for i in self.order[start:] if i not in gone]
            for i in gone:
                self.entries.pop(i, None)
            self._positions = None
        return found

    def position(self, person_id: int) -> int:
        """Where the person stands among those shown (-1: filtered out or unknown)."""
        if self._positions is None:
            self._positions = {i: n for n, i in enumerate(self.order)}
        return self._positions.get(person_id, -1)

    def row_of(self, key: object) -> int:
        """The person's row among the lines read so far (-1: not read, or not shown).
        rows[n] is always the line of order[n], so this is a look-up, not a walk."""
        at = self.position(key)
        return at if at < len(self.rows) else -1

    def locate(self, person_id: int) -> int:
        """The person's row, reading the lines up to theirs if need be (-1: not shown)."""
        at = self.position(person_id)
        if at >= len(self.rows):
            self._fetch_through(at)
            at = self.position(person_id)
        return at if 0 <= at < len(self.rows) else -1

    # filters ------------------------------------------------------------------

    def set_filter(
        self,
        *,
        text: str | None = None,
        status: str | None | bool = False,
        needs_follow_up: bool | None = None,
        review_only: bool | None = None,
    ) -> None:
        """Change the given criteria (status=False leaves the status as it is)."""
        if text is not None:
            self.text = text.strip().casefold()
        if status is not False:
            self.status = status
        if needs_follow_up is not None:
            self.needs_follow_up = needs_follow_up
        if review_only is not None:
            self.review_only = review_only
        self._ensure_facts()
        self._reorder()

    def is_filtered(self) -> bool:
        return bool(self.text or self.status or self.needs_follow_up or self.review_only)

    def matches(self, entry: Any) -> bool:
        if self.status is not None and str(entry.status.value) != self.status:
            return False
        if self.needs_follow_up and not entry.has_open_follow_up:
            return False
        if self.review_only and not entry.review_due:
            return False
        return not self.text or self.text in entry.alias.casefold()

    # changes ------------------------------------------------------------------

    def replace(self, row: Any) -> None:
        """Put a changed line in place, or a new person where the sort puts them;
        a line the filters no longer let through leaves the list."""
        entry = care_browse.PersonEntry.of(row)
        self.entries[row.id] = entry
        i = self.row_of(row.id)
        if i >= 0:
            if self.matches(entry):
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
            else:
                self._drop(row.id)
            return
        at = self.position(row.id)
        if not self.matches(entry):
            if at >= 0:
                self._drop(row.id)
            return
        if at >= 0:
            return  # not read yet: its line comes fresh when it is
        at = self._insertion_point(entry)
        self.order.insert(at, row.id)
        self._positions = None
        if at <= len(self.rows):
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.insert(at, row)
            self.endInsertRows()

    def _insertion_point(self, entry: Any) -> int:
        column, order = self._sort
        key = self.sort_key(column)
        mine = key(entry)
        later = (
            (lambda k: k > mine) if order == Qt.SortOrder.AscendingOrder else (lambda k: k < mine)
        )
        for n, i in enumerate(self.order):
            if later(key(self.entries[i])):
                return n
        return len(self.order)

    def remove(self, key: object) -> None:
        self.entries.pop(key, None)
        self._drop(key)

    def _drop(self, person_id: object) -> None:
        i = self.row_of(person_id)
        if i >= 0:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self.rows[i]
            self.order.remove(person_id)
            self.endRemoveRows()
        elif person_id in self.order:
            self.order.remove(person_id)
        self._positions = None

    # sorting ------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every person (not only the lines read so far), from the first page."""
        if not 0 <= column < len(self.HEADERS):
            return
        self._sort = (column, order)
        self._ensure_facts()
        self._reorder()

    # cells --------------------------------------------------------------------

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


class PeopleFilter(QIdentityProxyModel):
    """The view's face of PeopleModel: filtering and sorting happen in the model
    (over every person, not only the lines read so far); this passes them on."""

    def set_filter(self, **criteria: Any) -> None:
        """As PeopleModel.set_filter."""
        self.sourceModel().set_filter(**criteria)

    def is_filtered(self) -> bool:
        return self.sourceModel().is_filtered()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
