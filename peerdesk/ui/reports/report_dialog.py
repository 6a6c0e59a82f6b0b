"""The activity report dialog: choose a period, preview, save as PDF or CSV.

The report holds anonymous counts only; self-care is left out unless the
worker ticks it in. Saving writes an unencrypted file, so the dialog says so,
naming the path, before anything is written.

Counting a long period takes a moment, so the report is built off the UI
thread with a busy bar in the dialog; a newer choice cancels the build of an
older one, whose result is never shown. Saving is possible only when the
preview shows the report of the period now chosen.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.errors import ValidationError
from peerdesk.services.report_render import report_csv
from peerdesk.services.reports import (
    ActivityReport,
    activity_report,
    month_period,
    quarter_period,
    year_period,
)
from peerdesk.ui import dialogs
from peerdesk.ui.jobs import LatestTask
from peerdesk.ui.reports.document import report_document, write_report_pdf
from peerdesk.ui.reports.labels import report_labels
from peerdesk.vault import Vault, VaultError

MONTH, QUARTER, YEAR, CUSTOM = range(4)


class ReportDialog(QDialog):
    """Period choice, self-care tick, live preview, and Save as PDF… / CSV…."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.vault = vault
        self.report: ActivityReport | None = None
        today = today or date.today()
        # The usual ask is "last month's numbers": start there.
        last_month = today.replace(day=1) - timedelta(days=1)
        self.setWindowTitle(self.tr("Activity report"))
        self.resize(760, 720)

        self.kind = QComboBox()
        self.kind.addItems(
            [self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("From – to")]
        )
        self.kind.setAccessibleName(self.tr("Kind of period"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(last_month.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(m))
        self.month.setCurrentIndex(last_month.month - 1)
        self.month.setAccessibleName(self.tr("Month"))
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", str(q)))
        self.quarter.setCurrentIndex((last_month.month - 1) // 3)
        self.quarter.setAccessibleName(self.tr("Quarter"))
        self.start = QDateEdit(QDate(last_month.year, last_month.month, 1))
        self.end = QDateEdit(QDate(last_month.year, last_month.month, last_month.day))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)

        period_row = QHBoxLayout()
        for widget in (self.kind, self.year, self.month, self.quarter, self.start, self.end):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.kind)

        self.selfcare = QCheckBox(self.tr("&Include my self-care"))
        self.selfcare.setAccessibleName(self.tr("Include my self-care"))
        selfcare_note = QLabel(
            self.tr(
                "Your self-care is private. It is left out of the report unless you tick "
                "this, and then it is in the saved file too."
            )
        )
        selfcare_note.setWordWrap(True)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the period"))
        self.problem.hide()

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setOpenLinks(False)

        self.busy = QWidget()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Counting"))
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(QLabel(self.tr("Counting…")))
        busy_row.addWidget(self.busy_bar)
        busy_row.addStretch(1)
        self.busy.hide()
        self.task = LatestTask(self)
        self.task.done.connect(self._built)
        self.task.failed.connect(self._failed)
        self.task.busy_changed.connect(self._busy_changed)

        self.save_pdf = QPushButton(self.tr("Save as &PDF…"))
        self.save_csv = QPushButton(self.tr("Save as &CSV…"))
        self.close_button = QPushButton(self.tr("C&lose"))
        for button in (self.save_pdf, self.save_csv, self.close_button):
            button.setAutoDefault(False)
        self.save_pdf.setDefault(True)  # Enter saves the PDF, the usual ask
        self.save_pdf.setAccessibleName(self.tr("Save as PDF"))
        self.save_csv.setAccessibleName(self.tr("Save as CSV"))
        self.close_button.setAccessibleName(self.tr("Close"))

        form = QFormLayout()
        form.addRow(period_label, period_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_pdf, self.save_csv, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.selfcare)
        layout.addWidget(selfcare_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.year.valueChanged,
            self.month.currentIndexChanged,
            self.quarter.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.selfcare.toggled,
        ):
            signal.connect(self.refresh)
        self.save_pdf.clicked.connect(self.save_as_pdf)
        self.save_csv.clicked.connect(self.save_as_csv)
        self.close_button.clicked.connect(self.reject)
        # Closed (or hidden by a lock) while counting: the count is not wanted.
        self.finished.connect(lambda _result: self.task.drop())
        self._kind_changed(MONTH)

    # ------------------------------------------------------------ period

    def period(self) -> tuple[date, date]:
        """The chosen first and last day (the custom ones may be in the wrong order)."""
        kind = self.kind.currentIndex()
        year = self.year.value()
        if kind == MONTH:
            return month_period(year, self.month.currentIndex() + 1)
        if kind == QUARTER:
            return quarter_period(year, self.quarter.currentIndex() + 1)
        if kind == YEAR:
            return year_period(year)
        return self.start.date().toPython(), self.end.date().toPython()

    def _kind_changed(self, kind: int) -> None:
        self.year.setVisible(kind != CUSTOM)
        self.month.setVisible(kind == MONTH)
        self.quarter.setVisible(kind == QUARTER)
        self.start.setVisible(kind == CUSTOM)
        self.end.setVisible(kind == CUSTOM)
        self.refresh()

    def refresh(self) -> None:
        """Count again for the chosen period, off the UI thread; the preview follows.

        Until the new report arrives nothing can be saved (the preview may
        still show the previous period, greyed out).
        """
        start, end = self.period()
        vault, include_selfcare = self.vault, self.selfcare.isChecked()
        self.report = None
        self.save_pdf.setEnabled(False)
        self.save_csv.setEnabled(False)
        self.task.run(
            lambda token: activity_report(
                vault, start=start, end=end, include_selfcare=include_selfcare, token=token
            )
        )

    def is_building(self) -> bool:
        """True while a report is being counted."""
        return self.task.busy

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.preview.setEnabled(not busy)

    def _built(self, report: ActivityReport) -> None:
        self.report = report
        self.problem.hide()
        self.save_pdf.setEnabled(True)
        self.save_csv.setEnabled(True)
        self.preview.setHtml(report_document(report))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_problem(self._words(error))
            return
        self._show_problem("")
        if isinstance(error, VaultError):
            dialogs.error_dialog(self, error)
        else:
            raise error

    def _show_problem(self, text: str) -> None:
        self.report = None
        self.preview.clear()
        self.save_pdf.setEnabled(False)
        self.save_csv.setEnabled(False)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _words(self, error: ValidationError) -> str:
        if error.code == ValidationError.END_BEFORE_START:
            return self.tr("⚠ The “to” date is before the “from” date. Choose a later end.")
        if error.code == ValidationError.BAD_DATE:
            return self.tr("⚠ That is not a date PeerDesk understands.")
        return self.tr("⚠ PeerDesk cannot make a report for this period.")

    # -------------------------------------------------------------- save

    def _suggested_name(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start, end = self.period()
        name = self.tr("activity-report") + f"-{start.isoformat()}-{end.isoformat()}.{suffix}"
        return str(Path(folder) / name)

    def _ask_path(self, title: str, suffix: str, filters: str) -> Path | None:
        """A path chosen by the user, after they accepted the not-encrypted warning."""
        if self.report is None:
            return None
        chosen = dialogs.save_file(self, title, self._suggested_name(suffix), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(f".{suffix}")
        warning = self.tr(
            "The report will be saved to %1 and will NOT be encrypted: anyone who can open "
            "that file can read it. It holds counts only, no names or notes."
        ).replace("%1", str(path))
        if self.selfcare.isChecked():
            warning += " " + self.tr("It also holds your own self-care numbers.")
        warning += " " + self.tr("Save it?")
        if not dialogs.confirm(self, title, warning, ok_text=self.tr("&Save")):
            return None
        return path

    def save_as_pdf(self) -> Path | None:
        """Ask where, warn that the file is not encrypted, then print the PDF."""
        path = self._ask_path(self.tr("Save report as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if path is None or self.report is None:
            return None
        try:
            return write_report_pdf(self.report, path)
        except OSError as error:
            dialogs.error_dialog(self, error)
            return None

    def save_as_csv(self) -> Path | None:
        """Ask where, warn that the file is not encrypted, then write the CSV."""
        path = self._ask_path(self.tr("Save report as CSV"), "csv", self.tr("CSV files (*.csv)"))
        if path is None or self.report is None:
            return None
        try:
            return report_csv(self.report, path, report_labels())
        except OSError as error:
            dialogs.error_dialog(self, error)
            return None

    def clear(self) -> None:
        """Empty the preview (on lock); the dialog shows counts only, but no trace stays.

        A report still being counted is cancelled and will never be shown.
        """
        self.task.drop()
        self.report = None
        self.preview.clear()
