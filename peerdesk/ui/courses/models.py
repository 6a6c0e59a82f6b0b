"""Table models: the list of courses (with its filter) and one course's sessions."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from peerdesk.services.course_views import CourseRow
from peerdesk.ui.courses.words import kind_label, role_label
from peerdesk.ui.formatting import fmt_date, fmt_datetime, fmt_time
from peerdesk.vault.models import CourseSession

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Courses", text, None, n)


def date_span(starts_on, ends_on) -> str:
    """ "01.02.2027 – 01.05.2027", one end alone, or "No dates yet"."""
    if starts_on and ends_on:
        return f"{fmt_date(starts_on)} – {fmt_date(ends_on)}"
    if starts_on:
        return _tr("From %1").replace("%1", fmt_date(starts_on))
    if ends_on:
        return _tr("Until %1").replace("%1", fmt_date(ends_on))
    return _tr("No dates yet")


def time_span(starts_at: datetime, ends_at: datetime) -> str:
    """ "24.11.2026 17.00–19.00" (the end's date too when it is another day)."""
    end = fmt_time(ends_at.time()) if ends_at.date() == starts_at.date() else fmt_datetime(ends_at)
    return f"{fmt_datetime(starts_at)}–{end}"


class CourseTableModel(QAbstractTableModel):
    """One row per course (CourseRow), read-only."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Courses", "Course or group"),
        QT_TRANSLATE_NOOP("Courses", "Kind"),
        QT_TRANSLATE_NOOP("Courses", "Next session"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CourseRow] = []

    def set_rows(self, rows: list[CourseRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, course_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == course_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.title
            if column == 1:
                return kind_label(row.kind)
            return fmt_datetime(row.next_session_at) if row.next_session_at else "—"
        if role == SORT_ROLE:
            if column == 0:
                return row.title.casefold()
            if column == 1:
                return kind_label(row.kind)
            return row.next_session_at.isoformat() if row.next_session_at else "9999"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    @staticmethod
    def _tooltip(row: CourseRow) -> str:
        lines = [
            row.title,
            f"{kind_label(row.kind)} · {role_label(row.my_role)}",
            date_span(row.starts_on, row.ends_on),
            _tr("%1 of %n session(s) held", row.session_count).replace("%1", str(row.held_count)),
        ]
        if row.open_prep_items:
            lines.append(_tr("%n preparation item(s) still open", row.open_prep_items))
        return "\n".join(lines)


class CourseFilter(QSortFilterProxyModel):
    """Courses whose title, co-teachers or partners contain the typed words, of one kind."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def set_kind(self, kind: str | None) -> None:
        self._refilter(lambda: setattr(self, "_kind", kind))

    def _refilter(self, change) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(); we run on both.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        row = self.sourceModel().rows[source_row]
        if self._kind and row.kind.value != self._kind:
            return False
        haystack = f"{row.title}\n{row.co_teachers}\n{row.partners}".casefold()
        return all(word in haystack for word in self._words)


class SessionTableModel(QAbstractTableModel):
    """The sessions of one course, in date order, read-only."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Courses", "When"),
        QT_TRANSLATE_NOOP("Courses", "Topic"),
        QT_TRANSLATE_NOOP("Courses", "Preparation"),
        QT_TRANSLATE_NOOP("Courses", "Head count"),
        QT_TRANSLATE_NOOP("Courses", "Evaluation"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sessions: list[CourseSession] = []
        self.now = datetime.now()

    def set_sessions(self, sessions: list[CourseSession], *, now: datetime) -> None:
        self.beginResetModel()
        self.sessions = list(sessions)
        self.now = now
        self.endResetModel()

    def row_of(self, session_id: int) -> int:
        for number, session in enumerate(self.sessions):
            if session.id == session_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.sessions[index.row()]
        if role == ID_ROLE:
            return s.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return time_span(s.starts_at, s.ends_at)
        if column == 1:
            return s.topic
        if column == 2:
            return prep_progress(s)
        if column == 3:
            return "" if s.head_count is None else str(s.head_count)
        if s.evaluation_worked.strip() or s.evaluation_change.strip():
            return _tr("Written")
        return _tr("Not yet") if s.ends_at <= self.now else ""


def prep_progress(session: CourseSession) -> str:
    """ "2 of 4 ready", "All 3 ready" or "No checklist"."""
    total = len(session.prep_items)
    done = sum(item.done for item in session.prep_items)
    if total == 0:
        return _tr("No checklist")
    if done == total:
        return _tr("All %n ready", total)
    return _tr("%1 of %n ready", total).replace("%1", str(done))
