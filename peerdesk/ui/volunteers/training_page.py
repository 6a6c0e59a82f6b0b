"""The host training: the modules (editable), what expires in the next 60 days,
and the training sessions with who attended."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import training
from peerdesk.services import volunteer_views as views
from peerdesk.ui.formatting import fmt_date
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
from peerdesk.ui.volunteers.words import _tr
from peerdesk.vault.models import TrainingModule, TrainingSession

EXPIRY_DAYS = 60
_ID = Qt.ItemDataRole.UserRole

SESSION_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Date"),
        lambda s: fmt_date(s.held_on),
        sort=lambda s: s.held_on.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Volunteers", "Module"), lambda s: s.module.name if s.module else ""),
    Column(QT_TRANSLATE_NOOP("Volunteers", "Topic"), lambda s: s.topic),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Minutes"),
        lambda s: str(s.duration_minutes) if s.duration_minutes else "",
        sort=lambda s: s.duration_minutes,
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Attended"),
        lambda s: str(len(s.attendees)),
        sort=lambda s: len(s.attendees),
        number=True,
    ),
)


def session_html(session: TrainingSession) -> str:
    e = html.escape
    title = session.module.name if session.module else session.topic or _tr("Training session")
    names = ", ".join(sorted((a.name for a in session.attendees), key=str.casefold))
    parts = [f"<h3>{e(fmt_date(session.held_on))} — {e(title)}</h3>"]
    if session.topic and session.module and session.topic != session.module.name:
        parts.append(f"<p>{e(session.topic)}</p>")
    parts.append(f"<p><b>{e(_tr('Attended'))}</b><br>{e(names) or e(_tr('Nobody recorded.'))}</p>")
    if session.note.strip():
        parts.append(
            f"<p><b>{e(_tr('Note'))}</b><br>{e(session.note).replace(chr(10), '<br>')}</p>"
        )
    return "".join(parts)


class TrainingPage(QWidget):
    """Modules, expiring training and sessions. `changed` after an edit; the
    dialogs themselves are opened by the tab (it keeps them for drafts and locking)."""

    changed = Signal()
    module_requested = Signal(object)  # a TrainingModule to edit, or None for a new one
    session_requested = Signal()
    host_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.modules: list[TrainingModule] = []
        self.module_table = QTableWidget(0, 3)
        self.module_table.setAccessibleName(_tr("Training modules"))
        self.module_table.setHorizontalHeaderLabels(
            [_tr("Module"), _tr("Renew after"), _tr("In use")]
        )
        self.module_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.module_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.module_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.module_table.setTabKeyNavigation(False)
        self.module_table.verticalHeader().hide()
        header = self.module_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.module_table.cellActivated.connect(lambda *_: self.edit_module())
        self.modules_empty = muted(
            _tr(
                "No training modules yet. Add the usual set (introduction, the host role, "
                "boundaries and self-care, conflict handling, first aid) and edit it, or add "
                "your own."
            )
        )
        self.defaults_button = QPushButton(_tr("Add the usual m&odules"))
        self.defaults_button.setToolTip(
            _tr("Danish names; you can rename, reorder or retire each one afterwards.")
        )
        self.defaults_button.clicked.connect(self.add_defaults)
        self.add_button = QPushButton(_tr("&Add module…"))
        self.add_button.clicked.connect(lambda: self.module_requested.emit(None))
        self.edit_button = QPushButton(_tr("&Edit module…"))
        self.edit_button.clicked.connect(self.edit_module)
        self.up_button = QPushButton(_tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(_tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move(1))

        self.expiring = QListWidget()
        self.expiring.setAccessibleName(_tr("Training that expires within 60 days"))
        self.expiring.setWordWrap(True)
        self.expiring.setToolTip(_tr("Press Enter or double-click to open the host"))
        self.expiring.itemActivated.connect(self._open_host)
        self.expiring_empty = muted(_tr("Nothing expires in the next 60 days."))

        self.sessions = RowsModel(SESSION_COLUMNS)
        self.session_proxy = sort_proxy(self.sessions)
        self.session_view = table_view(self.session_proxy, _tr("Training sessions"), stretch=2)
        self.session_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.session_view.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.sessions_empty = muted(_tr("No training sessions logged yet."))
        self.session_detail = TextView(_tr("The chosen training session"))
        self.session_detail.setPlaceholderText(_tr("Choose a session to read it here."))
        self.new_session_button = QPushButton(_tr("New training &session…"))
        self.new_session_button.clicked.connect(self.session_requested)

        self.sessions_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        modules_box = Box(_tr("Modules"))
        modules_box.column.addWidget(self.module_table)
        modules_box.column.addWidget(self.modules_empty)
        module_buttons = QHBoxLayout()
        for button in (self.defaults_button, self.add_button, self.edit_button):
            module_buttons.addWidget(button)
        module_buttons.addStretch(1)
        module_buttons.addWidget(self.up_button)
        module_buttons.addWidget(self.down_button)
        modules_box.column.addLayout(module_buttons)
        expiring_box = Box(_tr("Expires in the next 60 days"))
        expiring_box.column.addWidget(self.expiring)
        expiring_box.column.addWidget(self.expiring_empty)
        sessions_box = Box(_tr("Training sessions"))
        session_split = QSplitter(Qt.Orientation.Horizontal)
        session_list = QWidget()
        session_column = QVBoxLayout(session_list)
        session_column.setContentsMargins(0, 0, 0, 0)
        session_column.addWidget(self.session_view, 1)
        session_column.addWidget(self.sessions_empty)
        session_split.addWidget(session_list)
        session_split.addWidget(self.session_detail)
        session_split.setStretchFactor(0, 3)
        session_split.setStretchFactor(1, 2)
        sessions_box.column.addWidget(session_split, 1)
        sessions_box.column.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignRight)
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.addWidget(modules_box, 3)
        top_row.addWidget(expiring_box, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(sessions_box)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(split)

    # loading ----------------------------------------------------------------------

    def load(self, vault, today: date | None = None) -> None:
        today = today or date.today()
        self.vault = vault
        self._show_modules(training.list_modules(vault, include_inactive=True))
        expiring = training.expiring_training(vault, today=today, days=EXPIRY_DAYS)
        self.expiring.clear()
        for row in expiring:
            text = (
                _tr("%1 — %2: %3")
                .replace("%1", fmt_date(row.expires_on))
                .replace("%2", row.name)
                .replace("%3", row.module_name)
            )
            if row.expired:
                text += " " + _tr("(expired)")
            item = QListWidgetItem(text)
            item.setData(_ID, row.volunteer_id)
            self.expiring.addItem(item)
        self.expiring.setVisible(bool(expiring))
        self.expiring_empty.setVisible(not expiring)
        keep = selected_id(self.session_view)
        self.sessions.set_rows(training.training_sessions(vault))
        has_sessions = self.sessions.rowCount() > 0
        self.session_view.setVisible(has_sessions)
        self.session_detail.setVisible(has_sessions)
        self.sessions_empty.setVisible(not has_sessions)
        if keep is None or not select_id(self.session_view, keep):
            self.session_detail.clear()

    def _show_modules(self, modules: list[TrainingModule]) -> None:
        keep = self.module_table.currentRow()
        self.modules = modules
        self.module_table.setRowCount(len(modules))
        for number, module in enumerate(modules):
            months = (
                _tr("%n month(s)", module.valid_months) if module.valid_months else _tr("never")
            )
            cells = (module.name, months, _tr("yes") if module.active else _tr("no"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and module.description:
                    item.setToolTip(module.description)
                self.module_table.setItem(number, column, item)
        if modules:
            self.module_table.selectRow(min(max(keep, 0), len(modules) - 1))
        self.module_table.setVisible(bool(modules))
        self.modules_empty.setVisible(not modules)
        self.defaults_button.setVisible(not modules)
        for button in (self.edit_button, self.up_button, self.down_button):
            button.setEnabled(bool(modules))

    def show_module(self, module_id: int) -> bool:
        for number, module in enumerate(self.modules):
            if module.id == module_id:
                self.module_table.selectRow(number)
                self.module_table.setFocus()
                return True
        return False

    def show_session(self, session_id: int) -> bool:
        return select_id(self.session_view, session_id)

    def _session_chosen(self, current, _previous) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id is None or self.vault is None:
            self.session_detail.clear()
            return
        try:
            session = views.get_training_session(self.vault, int(record_id))
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self.session_detail.setHtml(session_html(session))

    def _open_host(self, item: QListWidgetItem) -> None:
        self.host_requested.emit(int(item.data(_ID)))

    # editing modules --------------------------------------------------------------

    def current_module(self) -> TrainingModule | None:
        row = self.module_table.currentRow()
        return self.modules[row] if 0 <= row < len(self.modules) else None

    def edit_module(self) -> None:
        module = self.current_module()
        if module is not None:
            self.module_requested.emit(module)

    def add_defaults(self) -> None:
        if self.vault is None:
            return
        try:
            training.ensure_default_modules(self.vault)
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self.changed.emit()

    def move(self, step: int) -> None:
        """Move the chosen module up or down in the training order."""
        row = self.module_table.currentRow()
        target = row + step
        if not (0 <= row < len(self.modules) and 0 <= target < len(self.modules)):
            return
        order = list(self.modules)
        order[row], order[target] = order[target], order[row]
        try:
            # Renumber only what moved: a swap is two small updates.
            for position, module in enumerate(order):
                if module.position != position:
                    training.update_module(self.vault, module.id, position=position)
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
        self.module_table.selectRow(target)
        self.changed.emit()

    def clear(self) -> None:
        self.vault = None
        self.modules = []
        self.module_table.setRowCount(0)
        self.expiring.clear()
        self.sessions.clear()
        self.session_detail.clear()
