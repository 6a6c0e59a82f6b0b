"""The left side of the care tab: the people list (filters, quick add) and the
follow-up queue."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import care, care_browse
from peerdesk.services.cpr import contains_cpr
from peerdesk.services.errors import ValidationError
from peerdesk.ui.care import words
from peerdesk.ui.care.fields import mark_as_warning
from peerdesk.ui.care.models import ID_ROLE, FollowUpModel
from peerdesk.ui.care.people_model import PeopleFilter, PeopleModel
from peerdesk.vault.errors import VaultError


def _fit(view: QTableView, widths: dict[int, str], stretch: int) -> None:
    """Size columns to a sample text (measuring every row would be slow for
    10,000 people); one column takes the remaining width."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    bold = view.font()
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)
    model = view.model()
    for column, sample in widths.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        wide = max(
            bold_metrics.horizontalAdvance(sample),
            # The header also draws a sort arrow.
            header.fontMetrics().horizontalAdvance(title) + 14,
        )
        header.resizeSection(column, wide + 14)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    return view


class PeoplePane(QWidget):
    """Everyone supported, filterable and sortable, read a page at a time as the
    list scrolls; a quick way to add someone."""

    person_chosen = Signal(int)  # the current row moved to this person
    person_added = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self._quiet = False
        self._kept: int | None = None
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(self.tr("Filter by alias"))
        self.filter_text.setAccessibleName(self.tr("Filter people by alias"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.filter_text.textChanged.connect(self._show_count)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show people with status"))
        self.status.addItem(self.tr("Every status"), None)
        for status in care.PersonStatus:
            self.status.addItem(words.word(words.PERSON_STATUS, status), status.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.needs_follow_up = QCheckBox(self.tr("Needs follo&w-up"))
        self.needs_follow_up.setAccessibleName(self.tr("Only people who need a follow-up"))
        self.needs_follow_up.toggled.connect(self._follow_up_toggled)
        self.review_only = QCheckBox(self.tr("Flagged for rev&iew"))
        self.review_only.setAccessibleName(self.tr("Only people flagged for retention review"))
        self.review_only.toggled.connect(self._review_toggled)
        self.view = _table(self.proxy, self.tr("People"))
        self.view.sortByColumn(PeopleModel.ALIAS, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # Connected after the proxy (and so the view) heard of the reset.
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._restore_current)
        _fit(
            self.view,
            {
                PeopleModel.STATUS: max(
                    (words.word(words.PERSON_STATUS, s) for s in care.PersonStatus), key=len
                ),
                PeopleModel.LAST: "88.88.8888",
                PeopleModel.NEXT: "⚠ 88.88.8888",
                PeopleModel.REVIEW: words.care_tr("Review"),
            },
            stretch=PeopleModel.ALIAS,
        )
        self.count = QLabel()
        self.count.setEnabled(False)
        self.review_banner = QLabel()
        self.review_banner.setWordWrap(True)
        self.review_banner.hide()
        self.quick_alias = QLineEdit()
        self.quick_alias.setPlaceholderText(self.tr("Alias or initials, e.g. K.J."))
        self.quick_alias.setAccessibleName(self.tr("Alias or initials of a new person"))
        self.quick_alias.textChanged.connect(self._check_alias)
        self.quick_alias.returnPressed.connect(self.quick_add)
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.clicked.connect(self.quick_add)
        self.quick_error = QLabel()
        mark_as_warning(self.quick_error)
        self.quick_error.hide()
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.needs_follow_up)
        filters.addWidget(self.review_only)
        filters.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.quick_alias, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_text)
        layout.addLayout(filters)
        layout.addWidget(self.review_banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(add_row)
        layout.addWidget(self.quick_error)
        self.setTabOrder(self.filter_text, self.status)
        self.setTabOrder(self.status, self.needs_follow_up)
        self.setTabOrder(self.needs_follow_up, self.review_only)
        self.setTabOrder(self.review_only, self.view)
        self.setTabOrder(self.view, self.quick_alias)
        self.setTabOrder(self.quick_alias, self.add_button)

    # loading ------------------------------------------------------------------

    def load(self, vault) -> None:
        """Fill the list: everyone's entry in one light query, the first page of lines."""
        self.vault = vault
        self.model.load(
            vault,
            today=date.today(),
            inactive_days=care_browse.retention_review_days(vault),
        )
        self._after_change()

    def refresh_person(self, person_id: int) -> None:
        """Re-read one person's line after a change (one small query), by the
        same day and retention period as the rest of the list."""
        row = care_browse.people_list_row(
            self.vault,
            person_id,
            today=self.model.today,
            inactive_days=self.model.inactive_days,
        )
        self.model.replace(row)
        self._after_change()

    def remove_person(self, person_id: int) -> None:
        """Drop an erased person's line; no one else is chosen in their place."""
        self._quiet = True
        try:
            self.model.remove(person_id)
            self.view.selectionModel().clearCurrentIndex()
            self.view.clearSelection()
        finally:
            self._quiet = False
        self._after_change()

    def clear(self) -> None:
        self.vault = None
        self.model.clear()
        self.filter_text.clear()
        self.quick_alias.clear()
        self.quick_error.clear()
        self.quick_error.hide()
        self.review_banner.clear()
        self.review_banner.hide()
        self.count.clear()

    def _after_change(self) -> None:
        flagged = self.model.flagged
        if flagged:
            self.review_banner.setText(
                self.tr(
                    "%n person(s) flagged for retention review: no activity for a long "
                    "time, or a review date has come. Tick “Flagged for review” to see them.",
                    "",
                    flagged,
                )
            )
        self.review_banner.setVisible(bool(flagged))
        # The column earns its width only when someone is flagged.
        self.view.setColumnHidden(PeopleModel.REVIEW, not flagged)
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.total
        shown = self.model.shown
        if total == 0:
            self.count.setText(self.tr("No people yet. Add someone by alias below."))
        elif shown == 0:
            self.count.setText(
                self.tr("No one matches these filters (%n person(s) in all).", "", total)
            )
        elif shown == total:
            self.count.setText(self.tr("%n person(s)", "", total))
        else:
            self.count.setText(
                self.tr("%n of %1 people shown", "", shown).replace("%1", str(total))
            )

    # filters ------------------------------------------------------------------

    def _status_changed(self) -> None:
        self.proxy.set_filter(status=self.status.currentData())
        self._show_count()

    def _follow_up_toggled(self, on: bool) -> None:
        self.proxy.set_filter(needs_follow_up=on)
        self._show_count()

    def _review_toggled(self, on: bool) -> None:
        self.proxy.set_filter(review_only=on)
        self._show_count()

    def reset_filters(self) -> None:
        self.filter_text.clear()
        self.status.setCurrentIndex(0)
        self.needs_follow_up.setChecked(False)
        self.review_only.setChecked(False)

    # choosing -----------------------------------------------------------------

    def current_person(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_person(self, person_id: int) -> bool:
        """Make `person_id` the current row (clearing filters that hide them)."""
        source_row = self.model.locate(person_id)
        if source_row < 0 and person_id in self.model.entries and self.model.is_filtered():
            self.reset_filters()
            source_row = self.model.locate(person_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _keep_current(self) -> None:
        self._kept = self.current_person()

    def _restore_current(self) -> None:
        """After a sort or a filter change: the same person stays current, quietly,
        and in sight, if they are still shown; else the list starts at the top."""
        kept, self._kept = self._kept, None
        if kept is None or self.model.position(kept) < 0:
            self.view.scrollToTop()
            return
        index = self.proxy.mapFromSource(self.model.index(self.model.locate(kept), 0))
        self._quiet = True
        try:
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._quiet = False
        self.view.scrollTo(index)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid() and not self._quiet:
            self.person_chosen.emit(current.data(ID_ROLE))

    # quick add ----------------------------------------------------------------

    def _check_alias(self, text: str) -> None:
        if contains_cpr(text):
            self.quick_error.setText(
                self.tr("This looks like a CPR number. Use an alias or initials instead.")
            )
            self.quick_error.show()
        else:
            self.quick_error.hide()

    def quick_add(self) -> None:
        if self.vault is None:
            return
        try:
            person = care.add_person(self.vault, alias=self.quick_alias.text())
            self.refresh_person(person.id)
        except (ValidationError, VaultError) as exc:
            self.quick_error.setText(words.error_words(exc))
            self.quick_error.show()
            self.quick_alias.setFocus()
            return
        self.quick_alias.clear()
        self.quick_error.hide()
        self.select_person(person.id)
        self.person_added.emit(person.id)


class FollowUpPane(QWidget):
    """Due and overdue follow-ups of notes, sub-goals and referrals."""

    open_requested = Signal(object)  # care.FollowUp
    done_requested = Signal(object)  # care.FollowUp
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.loaded = False
        self.model = FollowUpModel(self)
        self.horizon = QComboBox()
        self.horizon.setAccessibleName(self.tr("Which follow-ups to show"))
        self.horizon.addItem(self.tr("Due today and overdue"), 0)
        self.horizon.addItem(self.tr("Due within a week"), 7)
        self.horizon.addItem(self.tr("Due within a month"), 30)
        self.horizon.currentIndexChanged.connect(self.reload)
        self.view = _table(self.model, self.tr("Follow-ups"))
        self.view.sortByColumn(FollowUpModel.DUE, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda index: self._emit(self.open_requested, index))
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        _fit(
            self.view,
            {
                FollowUpModel.DUE: "⚠ 88.88.8888",
                FollowUpModel.PERSON: "Birgitte M.",
                FollowUpModel.SOURCE: max(
                    (words.care_tr(s) for s in words.FOLLOW_UP_SOURCE.values()), key=len
                ),
            },
            stretch=FollowUpModel.WHAT,
        )
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.done_button = QPushButton(self.tr("Mar&k as done…"))
        self.done_button.clicked.connect(
            lambda: self._emit(self.done_requested, self.view.currentIndex())
        )
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the person and the record (Enter)"))
        self.open_button.clicked.connect(
            lambda: self._emit(self.open_requested, self.view.currentIndex())
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.horizon)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_buttons()

    def load(self, vault) -> None:
        self.vault = vault
        self.reload()

    def reload(self) -> None:
        if self.vault is None:
            return
        rows = care.follow_ups_due(
            self.vault, on=date.today(), horizon_days=self.horizon.currentData()
        )
        self.model.set_rows(rows)
        self.loaded = True
        self._after_change()

    def remove(self, item) -> None:
        self.model.remove(self.model.key(item))
        self._after_change()

    def clear(self) -> None:
        self.vault = None
        self.loaded = False
        self.model.clear()
        self.empty.clear()
        self._update_buttons()

    def current(self):
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _emit(self, signal, index) -> None:
        if index.isValid():
            signal.emit(self.model.rows[index.row()])

    def _after_change(self) -> None:
        n = self.model.rowCount()
        self.empty.setText(self.tr("Nothing to follow up here. Well done.") if n == 0 else "")
        self.empty.setVisible(n == 0)
        if n and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()
        self.count_changed.emit(n)

    def _update_buttons(self, *_args) -> None:
        has = self.view.currentIndex().isValid()
        self.done_button.setEnabled(has)
        self.open_button.setEnabled(has)
