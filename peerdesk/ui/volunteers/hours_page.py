"""Host hours per month, from café shifts plus extra tasks, and their CSV export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.services import volunteers
from peerdesk.services.volunteers import HostHours
from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_hours
from peerdesk.ui.volunteers.hours_csv import write_csv
from peerdesk.ui.volunteers.table_model import ID_ROLE, Column, RowsModel, sort_proxy, table_view
from peerdesk.ui.volunteers.widgets import heading, muted, report_error
from peerdesk.ui.volunteers.words import _tr

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Volunteers", "Host"), lambda h: h.name),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Shift hours"),
        lambda h: fmt_hours(h.shift_minutes),
        sort=lambda h: h.shift_minutes,
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Task hours"),
        lambda h: fmt_hours(h.task_minutes),
        sort=lambda h: h.task_minutes,
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Volunteers", "Total hours"),
        lambda h: fmt_hours(h.total_minutes),
        sort=lambda h: h.total_minutes,
        number=True,
    ),
)


def exact_hours(minutes: int) -> str:
    """Hours with two decimals in the locale's notation (a sum in Excel stays right)."""
    return QLocale().toString(minutes / 60, "f", 2)


def month_name(year: int, month: int) -> str:
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


class HoursPage(QWidget):
    """One month's hours per host. `task_requested` asks the tab for the task form."""

    task_requested = Signal()
    host_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        today = date.today()
        self.year, self.month = today.year, today.month
        self.rows: list[HostHours] = []
        self.previous_button = QPushButton(_tr("◀ &Previous month"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(_tr("Ne&xt month ▶"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_button = QPushButton(_tr("This &month"))
        self.this_button.clicked.connect(self.this_month)
        self.title = heading(scale=1.15)
        self.title.setAccessibleName(_tr("Month shown"))
        self.model = RowsModel(COLUMNS, row_id=lambda h: h.volunteer_id)
        self.proxy = sort_proxy(self.model)
        self.view = table_view(self.proxy, _tr("Host hours this month"), stretch=0)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._open_host)
        self.total = QLabel()
        self.total.setAccessibleName(_tr("Total hours"))
        self.empty = muted(_tr("No hours in this month."))
        self.explain = muted(
            _tr(
                "Shift hours count the café shifts a host was on (cancelled ones not); "
                "task hours are the extra tasks logged for them."
            )
        )
        self.task_button = QPushButton(_tr("Log extra &task…"))
        self.task_button.clicked.connect(self.task_requested)
        self.export_button = QPushButton(_tr("&Export CSV…"))
        self.export_button.setToolTip(_tr("Save this month's hours as a spreadsheet file"))
        self.export_button.clicked.connect(self.export_csv)

        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title, 1, Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.next_button)
        bar.addWidget(self.this_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.task_button)
        buttons.addWidget(self.export_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        column.addWidget(self.empty)
        column.addLayout(buttons)
        column.addWidget(self.explain)

    # loading ----------------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self.rows = volunteers.host_hours(vault, year=self.year, month=self.month)
        self.model.set_rows(self.rows)
        self.title.setText(month_name(self.year, self.month))
        total = sum(h.total_minutes for h in self.rows)
        givers = sum(1 for h in self.rows if h.total_minutes)
        self.total.setText(
            _tr("In all: %1 hours from %n host(s)", givers).replace("%1", fmt_hours(total))
        )
        self.view.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self.export_button.setEnabled(bool(self.rows))

    def step(self, months: int) -> None:
        index = self.year * 12 + (self.month - 1) + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        if self.vault is not None:
            self.load(self.vault)

    def this_month(self) -> None:
        today = date.today()
        self.year, self.month = today.year, today.month
        if self.vault is not None:
            self.load(self.vault)

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        if self.vault is not None:
            self.load(self.vault)

    def _open_host(self, index) -> None:
        if index.isValid():
            self.host_requested.emit(int(index.data(ID_ROLE)))

    # export -----------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Ask where, say plainly that the file is not encrypted, then write it whole."""
        if not self.rows:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = _tr("host-hours-%1.csv").replace("%1", f"{self.year:04d}-{self.month:02d}")
        chosen = dialogs.save_file(
            self,
            _tr("Export host hours"),
            str(Path(folder or Path.home()) / name),
            _tr("CSV files (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        if not dialogs.confirm(
            self,
            _tr("Save an unencrypted file?"),
            _tr(
                "The hours for %1 will be saved to:\n%2\n\nThis file is NOT encrypted: "
                "anyone who can open that folder can read the hosts' names and hours. "
                "Keep it only as long as you need it, and delete it afterwards."
            )
            .replace("%1", month_name(self.year, self.month))
            .replace("%2", str(path)),
            ok_text=_tr("&Save unencrypted file"),
        ):
            return None
        header = [_tr("Host"), _tr("Shift hours"), _tr("Task hours"), _tr("Total hours")]
        rows = [
            (
                h.name,
                exact_hours(h.shift_minutes),
                exact_hours(h.task_minutes),
                exact_hours(h.total_minutes),
            )
            for h in self.rows
        ]
        rows.append(
            (
                _tr("In all"),
                exact_hours(sum(h.shift_minutes for h in self.rows)),
                exact_hours(sum(h.task_minutes for h in self.rows)),
                exact_hours(sum(h.total_minutes for h in self.rows)),
            )
        )
        try:
            write_csv(path, header, rows)
        except OSError as error:
            report_error(self, error)
            return None
        dialogs.info(
            self,
            _tr("Hours exported"),
            _tr("Saved to %1. Remember that the file is not encrypted.").replace("%1", str(path)),
        )
        return path

    def clear(self) -> None:
        self.vault = None
        self.rows = []
        self.model.clear()
        self.total.clear()
        self.title.clear()
