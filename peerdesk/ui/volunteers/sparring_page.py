"""The sparring log: follow-ups due, agreements still open, every session, one session read."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import sparring
from peerdesk.services import volunteer_views as views
from peerdesk.services.volunteer_views import SparringRow
from peerdesk.ui.formatting import fmt_date, fmt_datetime
from peerdesk.ui.volunteers.table_model import (
    ID_ROLE,
    Column,
    RowsModel,
    select_id,
    selected_id,
    sort_proxy,
    table_view,
)
from peerdesk.ui.volunteers.widgets import Box, TextView, muted, report_error
from peerdesk.ui.volunteers.words import SPARRING_KIND, _tr, label
from peerdesk.vault.models import SparringSession

_ID = Qt.ItemDataRole.UserRole
_SESSION = Qt.ItemDataRole.UserRole + 1


def _follow_up_text(row: SparringRow) -> str:
    if row.follow_up_on is None:
        return ""
    if row.followed_up_on is not None:
        return _tr("done %1").replace("%1", fmt_date(row.followed_up_on))
    return fmt_date(row.follow_up_on)


COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "When"),
        lambda r: fmt_datetime(r.held_at),
        sort=lambda r: r.held_at.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "With"),
        lambda r: ", ".join(r.participant_names),
        tip=lambda r: label(SPARRING_KIND, r.kind),
    ),
    Column(QT_TRANSLATE_NOOP("Volunteers", "Topics"), lambda r: ", ".join(r.topics)),
    Column(QT_TRANSLATE_NOOP("Volunteers", "Wellbeing"), lambda r: r.wellbeing_word),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Follow-up"),
        _follow_up_text,
        sort=lambda r: r.follow_up_on.isoformat() if r.follow_up_on else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Open"),
        lambda r: str(r.agreements_open) if r.agreements_open else "",
        sort=lambda r: r.agreements_open,
        number=True,
        header_tip=QT_TRANSLATE_NOOP("Volunteers", "Agreements not yet kept"),
    ),
)


def session_html(session: SparringSession) -> str:
    """One sparring session as a small, escaped HTML page."""
    e = html.escape
    names = ", ".join(sorted((p.name for p in session.participants), key=str.casefold))
    parts = [
        f"<h3>{e(_tr('Sparring %1').replace('%1', fmt_datetime(session.held_at)))}</h3>",
        f"<p>{e(label(SPARRING_KIND, session.kind))} · {e(names)}",
    ]
    if session.duration_minutes:
        parts.append(" · " + e(_tr("%n minute(s)", session.duration_minutes)))
    parts.append("</p>")

    def section(title: str, text: str) -> None:
        if text.strip():
            body = e(text).replace("\n", "<br>")
            parts.append(f"<p><b>{e(title)}</b><br>{body}</p>")

    section(_tr("Topics"), ", ".join(session.topics))
    section(_tr("Wellbeing in a word"), session.wellbeing_word)
    section(_tr("What went well"), session.went_well)
    section(_tr("Challenges"), session.challenges)
    if session.agreements:
        items = []
        for agreement in session.agreements:
            state = (
                _tr("✓ kept %1").replace("%1", fmt_date(agreement.kept_on))
                if agreement.kept_on
                else _tr("○ open")
            )
            items.append(f"<li>{e(agreement.text)} — <i>{e(state)}</i></li>")
        parts.append(f"<p><b>{e(_tr('Agreements'))}</b></p><ul>{''.join(items)}</ul>")
    if session.followed_up_on:
        parts.append(
            f"<p>{e(_tr('Followed up %1').replace('%1', fmt_date(session.followed_up_on)))}</p>"
        )
    elif session.follow_up_on:
        parts.append(
            f"<p>{e(_tr('Follow up on %1').replace('%1', fmt_date(session.follow_up_on)))}</p>"
        )
    return "".join(parts)


class SparringPage(QWidget):
    """All sparring across hosts. Emits `changed` after a mark, `new_requested` for the form."""

    changed = Signal()
    new_requested = Signal()
    host_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.session: SparringSession | None = None
        self.new_button = QPushButton(_tr("New &sparring session…"))
        self.new_button.clicked.connect(self.new_requested)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_tr("Filter by host, topic or word"))
        self.filter.setAccessibleName(_tr("Filter the sparring log"))
        self.filter.setClearButtonEnabled(True)
        filter_caption = QLabel(_tr("&Find:"))
        filter_caption.setBuddy(self.filter)

        self.due = QListWidget()
        self.due.setAccessibleName(_tr("Sparring follow-ups due"))
        self.due.setWordWrap(True)
        self.due_empty = muted(_tr("No sparring follow-ups due."))
        self.followed_button = QPushButton(_tr("Mark followed &up today"))
        self.followed_button.clicked.connect(self.mark_followed_up)
        self.agreements = QListWidget()
        self.agreements.setAccessibleName(_tr("Agreements still open"))
        self.agreements.setWordWrap(True)
        self.agreements.setSpacing(2)
        self.agreements_empty = muted(_tr("No open agreements."))
        self.kept_button = QPushButton(_tr("Mark &kept today"))
        self.kept_button.clicked.connect(self.mark_kept)
        for widget in (self.due, self.agreements):
            widget.currentItemChanged.connect(self._item_chosen)

        self.model = RowsModel(COLUMNS)
        self.proxy = sort_proxy(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = table_view(self.proxy, _tr("Sparring log"), stretch=2)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.log_empty = muted(
            _tr("No sparring logged yet. Log the first with “New sparring session…”.")
        )
        self.detail = TextView(_tr("The chosen sparring session"))
        self.detail.setMinimumWidth(260)
        self.host_button = QPushButton(_tr("Open &host"))
        self.host_button.setToolTip(_tr("Open the page of the host in this session"))
        self.host_button.clicked.connect(self._open_host)

        self.log_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(filter_caption)
        bar.addWidget(self.filter, 1)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        due_box = Box(_tr("Follow-ups due"))
        due_box.column.addWidget(self.due)
        due_box.column.addWidget(self.due_empty)
        due_box.column.addWidget(self.followed_button, 0, Qt.AlignmentFlag.AlignRight)
        agreements_box = Box(_tr("Agreements still open"))
        agreements_box.column.addWidget(self.agreements)
        agreements_box.column.addWidget(self.agreements_empty)
        agreements_box.column.addWidget(self.kept_button, 0, Qt.AlignmentFlag.AlignRight)
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.addWidget(due_box, 1)
        top_row.addWidget(agreements_box, 1)
        log = QWidget()
        log_column = QVBoxLayout(log)
        log_column.setContentsMargins(0, 0, 0, 0)
        log_column.addWidget(self.view, 1)
        log_column.addWidget(self.log_empty)
        detail = QWidget()
        detail_column = QVBoxLayout(detail)
        detail_column.setContentsMargins(0, 0, 0, 0)
        detail_column.addWidget(self.detail, 1)
        detail_column.addWidget(self.host_button, 0, Qt.AlignmentFlag.AlignRight)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(log)
        bottom.addWidget(detail)
        self.detail_pane = detail
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([180, 420])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(split, 1)
        self._show_session(None)

    # loading ----------------------------------------------------------------------

    def load(self, vault, today: date | None = None) -> None:
        today = today or date.today()
        self.vault = vault
        keep = selected_id(self.view)
        due = sparring.sparring_follow_ups_due(vault, on=today)
        self._fill(
            self.due,
            self.due_empty,
            [
                (
                    _tr("%1: follow up with %2 (sparring %3)")
                    .replace("%1", fmt_date(s.follow_up_on))
                    .replace("%2", _names(s))
                    .replace("%3", fmt_date(s.held_at.date())),
                    s.id,
                    s.id,
                )
                for s in due
            ],
        )
        self.followed_button.setEnabled(bool(due))
        agreements = sparring.open_agreements(vault)
        self._fill(
            self.agreements,
            self.agreements_empty,
            [
                (
                    _tr("%1: %2 (agreed %3)")
                    .replace("%1", _names(a.sparring))
                    .replace("%2", a.text)
                    .replace("%3", fmt_date(a.sparring.held_at.date())),
                    a.id,
                    a.sparring_id,
                )
                for a in agreements
            ],
        )
        self.kept_button.setEnabled(bool(agreements))
        self.model.set_rows(views.sparring_log(vault))
        self.view.setVisible(self.model.rowCount() > 0)
        self.detail_pane.setVisible(self.model.rowCount() > 0)
        self.log_empty.setVisible(self.model.rowCount() == 0)
        if keep is None or not self.show_session(keep):
            self._show_session(None)

    def _fill(self, widget: QListWidget, empty: QLabel, lines) -> None:
        widget.blockSignals(True)
        widget.clear()
        for text, record_id, session_id in lines:
            item = QListWidgetItem(text)
            item.setData(_ID, record_id)
            item.setData(_SESSION, session_id)
            widget.addItem(item)
        widget.blockSignals(False)
        widget.setVisible(bool(lines))
        empty.setVisible(not lines)

    # choosing ---------------------------------------------------------------------

    def show_session(self, sparring_id: int, agreement_id: int | None = None) -> bool:
        """Select a session in the log and read it; False if it is not there."""
        if not select_id(self.view, sparring_id):
            self.filter.clear()
            if not select_id(self.view, sparring_id):
                return False
        if agreement_id is not None:
            for i in range(self.agreements.count()):
                if self.agreements.item(i).data(_ID) == agreement_id:
                    self.agreements.setCurrentRow(i)
        return True

    def _row_chosen(self, current, _previous) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id is None or self.vault is None:
            self._show_session(None)
            return
        try:
            self._show_session(views.get_sparring(self.vault, int(record_id)))
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)

    def _show_session(self, session: SparringSession | None) -> None:
        self.session = session
        if session is None:
            self.detail.setHtml("")
            self.detail.setPlaceholderText(_tr("Choose a session to read it here."))
        else:
            self.detail.setHtml(session_html(session))
        self.host_button.setEnabled(session is not None and len(session.participants) == 1)

    def _item_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None:
            select_id(self.view, int(current.data(_SESSION)))

    def _open_host(self) -> None:
        if self.session is not None and len(self.session.participants) == 1:
            self.host_requested.emit(self.session.participants[0].id)

    # marking ----------------------------------------------------------------------

    def _current_id(self, widget: QListWidget) -> int | None:
        item = widget.currentItem() or (widget.item(0) if widget.count() else None)
        return None if item is None else int(item.data(_ID))

    def mark_followed_up(self) -> None:
        sparring_id = self._current_id(self.due)
        if sparring_id is None:
            return
        try:
            sparring.mark_sparring_followed_up(self.vault, sparring_id, on=date.today())
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self.changed.emit()

    def mark_kept(self) -> None:
        agreement_id = self._current_id(self.agreements)
        if agreement_id is None:
            return
        try:
            sparring.mark_agreement_kept(self.vault, agreement_id, on=date.today())
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self.changed.emit()

    def clear(self) -> None:
        self.vault = None
        self.filter.clear()
        self.due.clear()
        self.agreements.clear()
        self.model.clear()
        self._show_session(None)


def _names(session: SparringSession) -> str:
    return ", ".join(sorted((p.name for p in session.participants), key=str.casefold))
