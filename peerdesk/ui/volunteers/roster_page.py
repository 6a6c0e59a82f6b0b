"""The host roster: status, start, training at a glance, next shift, last sparring,
hours this month. Enter opens a host's page in the same place."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.volunteers import RosterRow
from peerdesk.ui.formatting import fmt_date, fmt_datetime, fmt_hours
from peerdesk.ui.volunteers.host_page import HostPage
from peerdesk.ui.volunteers.table_model import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    RowsModel,
    select_id,
    selected_id,
    table_view,
)
from peerdesk.ui.volunteers.widgets import muted
from peerdesk.ui.volunteers.words import HOST_STATUS, _tr, label
from peerdesk.vault.models import VolunteerStatus


def _training_text(row: RosterRow) -> str:
    if not row.modules_total:
        return "–"
    if row.trained_modules >= row.modules_total:
        return _tr("All %1 modules").replace("%1", str(row.modules_total))
    return (
        _tr("%1 of %2 modules")
        .replace("%1", str(row.trained_modules))
        .replace("%2", str(row.modules_total))
    )


def _iso(value) -> str:
    return value.isoformat() if value is not None else ""


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Volunteers", "Name"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Status"),
        lambda r: label(HOST_STATUS, r.status),
        sort=lambda r: list(VolunteerStatus).index(r.status),
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Started"),
        lambda r: fmt_date(r.started_on),
        sort=lambda r: _iso(r.started_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Training"),
        _training_text,
        sort=lambda r: r.trained_modules,
        tip=lambda r: _tr("Modules trained and valid today"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Next shift"),
        lambda r: fmt_datetime(r.next_shift_at),
        # No coming shift sorts last, not first.
        sort=lambda r: _iso(r.next_shift_at) or "9999",
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Last sparring"),
        lambda r: fmt_date(r.last_sparring_at.date()) if r.last_sparring_at else "",
        sort=lambda r: _iso(r.last_sparring_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Hours this month"),
        lambda r: fmt_hours(r.minutes_this_month),
        sort=lambda r: r.minutes_this_month,
        number=True,
    ),
)

# (label, statuses shown); None shows every host.
STATUS_FILTERS = (
    (QT_TRANSLATE_NOOP("Volunteers", "All hosts"), None),
    (
        QT_TRANSLATE_NOOP("Volunteers", "Active and paused"),
        {VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED},
    ),
    (QT_TRANSLATE_NOOP("Volunteers", "Active"), {VolunteerStatus.ACTIVE}),
    (QT_TRANSLATE_NOOP("Volunteers", "Paused"), {VolunteerStatus.PAUSED}),
    (QT_TRANSLATE_NOOP("Volunteers", "Stopped"), {VolunteerStatus.STOPPED}),
)


class RosterProxy(QSortFilterProxyModel):
    """Filters by status and by a part of the name; sorting is handed to the
    source model (RowsModel.sort: one key per host, not two cells per comparison)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.statuses: set[VolunteerStatus] | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, statuses: set[VolunteerStatus] | None, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.statuses, self.text = statuses, text.casefold().strip()
            self.endFilterChange()
        else:
            self.statuses, self.text = statuses, text.casefold().strip()
            self.invalidateFilter()

    def filterAcceptsRow(  # noqa: N802 - Qt API
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row: RosterRow = self.sourceModel().rows[source_row]
        if self.statuses is not None and row.status not in self.statuses:
            return False
        return not self.text or self.text in row.name.casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class RosterPage(QStackedWidget):
    """The roster, and in its place a host's page while one is open."""

    new_requested = Signal()
    host_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            COLUMNS, muted=lambda r: r.status is VolunteerStatus.STOPPED, parent=self
        )
        self.proxy = RosterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, _tr("Host roster"), stretch=0)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._open_index)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_tr("Filter by name"))
        self.filter.setAccessibleName(_tr("Filter hosts by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.view.setFocus)
        filter_caption = QLabel(_tr("&Find:"))
        filter_caption.setBuddy(self.filter)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(_tr("Show hosts with status"))
        for text, _statuses in STATUS_FILTERS:
            self.status_filter.addItem(_tr(text))
        self.status_filter.currentIndexChanged.connect(self._filter)
        status_caption = QLabel(_tr("S&how:"))
        status_caption.setBuddy(self.status_filter)
        self.new_button = QPushButton(_tr("&New host…"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(_tr("&Open host"))
        self.open_button.clicked.connect(self.open_selected)
        self.count = muted()
        self.empty = muted(_tr("No café hosts yet. Add the first one with “New host…”."))

        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(filter_caption)
        bar.addWidget(self.filter, 1)
        bar.addWidget(status_caption)
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        roster = QWidget()
        column = QVBoxLayout(roster)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        column.addWidget(self.empty)
        column.addWidget(self.count)
        self.roster = roster
        self.host_page = HostPage()
        self.host_page.back_requested.connect(self.show_roster)
        self.addWidget(roster)
        self.addWidget(self.host_page)
        self._update_count()

    # roster -------------------------------------------------------------------------

    def set_rows(self, rows: list[RosterRow]) -> None:
        keep = selected_id(self.view)
        self.model.set_rows(rows)
        if keep is not None:
            select_id(self.view, keep)
        self._update_count()

    def _filter(self, *_args) -> None:
        statuses = STATUS_FILTERS[max(0, self.status_filter.currentIndex())][1]
        self.proxy.set_filter(statuses, self.filter.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty.setVisible(total == 0)
        self.view.setVisible(total > 0)
        self.count.setText(
            _tr("%1 of %n host(s) shown", total).replace("%1", str(shown)) if total else ""
        )
        self.open_button.setEnabled(shown > 0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.host_opened.emit(int(index.data(ID_ROLE)))

    def open_selected(self) -> None:
        host_id = selected_id(self.view)
        if host_id is None and self.proxy.rowCount():
            host_id = self.proxy.index(0, 0).data(ID_ROLE)
        if host_id is not None:
            self.host_opened.emit(int(host_id))

    def reveal(self, host_id: int) -> None:
        """Select the host in the roster, clearing filters that hide them."""
        if not select_id(self.view, host_id):
            self.filter.clear()
            self.status_filter.setCurrentIndex(0)
            select_id(self.view, host_id)

    # switching --------------------------------------------------------------------------

    def show_roster(self) -> None:
        host = self.host_page.host
        self.setCurrentWidget(self.roster)
        if host is not None:
            self.reveal(host.id)
        self.view.setFocus()

    def showing_host(self) -> int | None:
        if self.currentWidget() is self.host_page and self.host_page.host is not None:
            return self.host_page.host.id
        return None

    def clear(self) -> None:
        self.model.clear()
        self.filter.clear()
        self.host_page.clear()
        self.setCurrentWidget(self.roster)
        self._update_count()
