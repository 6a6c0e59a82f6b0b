"""One host's training, module by module, and whether they may be alone on a shift."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import training
from peerdesk.services.volunteer_views import SoloReadiness
from peerdesk.ui.formatting import fmt_date
from peerdesk.ui.volunteers.widgets import DateField, ErrorLine, report_error
from peerdesk.ui.volunteers.words import TRAINING_STATUS, _tr, label
from peerdesk.vault.models import TrainingModule, TrainingStatus, VolunteerTraining

SOON_DAYS = 60


def expiry_text(expires_on: date | None, today: date) -> str:
    """The expiry date with words for what it means today (never colour alone)."""
    if expires_on is None:
        return ""
    when = fmt_date(expires_on)
    if expires_on < today:
        return _tr("%1 (expired)").replace("%1", when)
    if expires_on <= today + timedelta(days=SOON_DAYS):
        return _tr("%1 (renew soon)").replace("%1", when)
    return when


def readiness_text(rows: list[SoloReadiness]) -> str:
    """Where the host may take a shift alone, and where not yet (and why)."""
    lines = []
    for row in rows:
        if row.ready:
            lines.append(_tr("✓ May take a shift alone at %1.").replace("%1", row.cafe_name))
        else:
            lines.append(
                _tr("✗ Not yet alone on a shift at %1: needs “%2”.")
                .replace("%1", row.cafe_name)
                .replace("%2", row.module_name)
            )
    return "\n".join(lines)


class TrainingBox(QWidget):
    """The module table with a status per module; `changed` after a status is set."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.host_id: int | None = None
        self.module_ids: list[int] = []
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(_tr("Training modules of this host"))
        self.table.setHorizontalHeaderLabels(
            [_tr("Module"), _tr("Status"), _tr("Since"), _tr("Expires")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._row_chosen)
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        self.readiness.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness.setAccessibleName(_tr("May take a shift alone"))
        self.status = QComboBox()
        self.status.setAccessibleName(_tr("New status for the chosen module"))
        for status in TrainingStatus:
            self.status.addItem(label(TRAINING_STATUS, status), status.value)
        self.on = DateField()
        self.on.setAccessibleName(_tr("Date of the new status"))
        self.set_button = QPushButton(_tr("Set stat&us"))
        self.set_button.clicked.connect(self.set_status)
        self.error = ErrorLine()
        controls = QHBoxLayout()
        status_caption = QLabel(_tr("Chosen module:"))
        status_caption.setBuddy(self.status)
        controls.addWidget(status_caption)
        controls.addWidget(self.status)
        on_caption = QLabel(_tr("on"))
        on_caption.setBuddy(self.on)
        controls.addWidget(on_caption)
        controls.addWidget(self.on)
        controls.addWidget(self.set_button)
        controls.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.readiness)
        column.addLayout(controls)
        column.addWidget(self.error)

    def show_host(
        self,
        vault,
        host_id: int,
        modules: list[TrainingModule],
        rows: list[VolunteerTraining],
        readiness: list[SoloReadiness],
        today: date,
    ) -> None:
        self.vault, self.host_id = vault, host_id
        by_module = {row.module_id: row for row in rows}
        keep = self.table.currentRow()
        self.module_ids = [m.id for m in modules]
        self.table.setRowCount(len(modules))
        for number, module in enumerate(modules):
            row = by_module.get(module.id)
            status = row.status if row else TrainingStatus.NOT_STARTED
            cells = (
                module.name,
                label(TRAINING_STATUS, status),
                fmt_date(row.status_on) if row else "",
                expiry_text(row.expires_on, today) if row else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and module.description:
                    item.setToolTip(module.description)
                self.table.setItem(number, column, item)
        if modules:
            self.table.selectRow(min(max(keep, 0), len(modules) - 1))
        self.readiness.setText(readiness_text(readiness))
        self.readiness.setVisible(bool(readiness))
        self.set_button.setEnabled(bool(modules))
        self.error.clear()

    def _row_chosen(self, row: int, *_args) -> None:
        if 0 <= row < len(self.module_ids):
            status_text = self.table.item(row, 1).text() if self.table.item(row, 1) else ""
            index = self.status.findText(status_text)
            # Suggest the next step: not started → in training → trained.
            self.status.setCurrentIndex(min(index + 1, self.status.count() - 1))

    def choose_module(self, module_id: int) -> None:
        if module_id in self.module_ids:
            self.table.selectRow(self.module_ids.index(module_id))

    def set_status(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.module_ids):
            self.error.show_text(_tr("Choose a module in the table first."))
            return
        self.error.clear()
        try:
            training.set_training_status(
                self.vault,
                volunteer_id=self.host_id,
                module_id=self.module_ids[row],
                status=self.status.currentData(),
                on=self.on.value(),
            )
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error, {"on": (self.error, self.on)})
            return
        self.changed.emit()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.readiness.clear()
        self.error.clear()
        self.module_ids = []
        self.vault, self.host_id = None, None
