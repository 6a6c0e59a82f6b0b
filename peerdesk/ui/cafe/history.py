"""Session history of one café: an attendance chart, the logs, and open incidents."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import cafe as cafe_service
from peerdesk.services import cafe_views
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.services.training import add_months
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.cafe_dialogs import ResolveIncidentDialog
from peerdesk.ui.cafe.session_model import ID_ROLE, SessionSortProxy, SessionTableModel
from peerdesk.ui.formatting import fmt_date
from peerdesk.vault.errors import VaultError

_INCIDENT_ROLE = Qt.ItemDataRole.UserRole
PERIOD_MONTHS = (3, 6, 12, 24)


def _msecs(day: date) -> float:
    """Local midnight of `day` in ms since the epoch, as QDateTime(day, 00:00)
    gives it; Python's time zone look-up is many times faster than Qt's."""
    return datetime.combine(day, time()).timestamp() * 1000


class HistoryPage(QWidget):
    """Attendance over weeks or months, every session log, and what needs follow-up."""

    open_session = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.cafe = None
        self.today = date.today()
        self.incidents: list = []
        self.resolve_dialog: ResolveIncidentDialog | None = None

        self.bucket = QComboBox()
        self.bucket.addItem(self.tr("By week"), "week")
        self.bucket.addItem(self.tr("By month"), "month")
        self.bucket.setAccessibleName(self.tr("Show attendance by week or by month"))
        self.months = QComboBox()
        for months in PERIOD_MONTHS:
            self.months.addItem(self.tr("The last %n month(s)", "", months), months)
        self.months.setCurrentIndex(1)
        self.months.setAccessibleName(self.tr("Period shown"))
        bucket_label = QLabel(self.tr("&Show"))
        bucket_label.setBuddy(self.bucket)
        months_label = QLabel(self.tr("P&eriod"))
        months_label.setBuddy(self.months)
        self.bucket.currentIndexChanged.connect(self.refresh)
        self.months.currentIndexChanged.connect(self.refresh)
        controls = QHBoxLayout()
        controls.addWidget(bucket_label)
        controls.addWidget(self.bucket)
        controls.addSpacing(12)
        controls.addWidget(months_label)
        controls.addWidget(self.months)
        controls.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.setMargins(self.chart.margins())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        # Nothing to do in the chart by keyboard; its numbers are in the summary line.
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setAccessibleName(self.tr("Attendance chart"))
        self.series = {
            "head_count": QLineSeries(),
            "newcomers": QLineSeries(),
            "returning_guests": QLineSeries(),
        }
        names = {
            "head_count": self.tr("Guests in all"),
            "newcomers": self.tr("Newcomers"),
            "returning_guests": self.tr("Returning"),
        }
        # Dash patterns as well as colours, so the lines differ without colour.
        styles = {
            "head_count": Qt.PenStyle.SolidLine,
            "newcomers": Qt.PenStyle.DashLine,
            "returning_guests": Qt.PenStyle.DotLine,
        }
        for key, series in self.series.items():
            series.setName(names[key])
            series.setPointsVisible(True)
            self.chart.addSeries(series)
            pen = QPen(series.pen())
            pen.setStyle(styles[key])
            pen.setWidth(3 if key == "head_count" else 2)
            series.setPen(pen)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in self.series.values():
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)

        self.model = SessionTableModel(self)
        self.proxy = SessionSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Session logs"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        # Fit the columns to the rows on screen only: measuring every row of
        # two years of daily logs took longer than reading them (the model's
        # tooltips show an elided host list or theme whole).
        header.setResizeContentsPrecision(0)
        self.table.activated.connect(self._open_index)
        self.open_button = QPushButton(self.tr("&Open the selected log"))
        self.open_button.clicked.connect(self._open_current)
        self.empty = QLabel(self.tr("No sessions logged in this period."))
        self.empty.setEnabled(False)
        logs = QGroupBox(self.tr("Session logs"))
        logs_box = QVBoxLayout(logs)
        logs_box.addWidget(self.table)
        logs_box.addWidget(self.empty)
        logs_box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

        follow = QGroupBox(self.tr("Incidents that need follow-up"))
        self.incident_list = QListWidget()
        self.incident_list.setWordWrap(True)
        self.incident_list.setAccessibleName(self.tr("Incidents that need follow-up"))
        self.incident_list.itemActivated.connect(lambda _item: self.resolve_selected())
        self.no_incidents = QLabel(self.tr("No incidents waiting for follow-up."))
        self.no_incidents.setWordWrap(True)
        self.no_incidents.setEnabled(False)
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.incident_session_button = QPushButton(self.tr("Open its lo&g"))
        self.incident_session_button.clicked.connect(self._open_incident_session)
        follow_buttons = QHBoxLayout()
        follow_buttons.addStretch(1)
        follow_buttons.addWidget(self.incident_session_button)
        follow_buttons.addWidget(self.resolve_button)
        follow_box = QVBoxLayout(follow)
        follow_box.addWidget(self.incident_list)
        follow_box.addWidget(self.no_incidents)
        follow_box.addLayout(follow_buttons)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(logs)
        lower.addWidget(follow)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setSizes([900, 330])
        lower.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 400])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self._apply_theme()
        self.clear()

    # theme ------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Follow a switch between light and dark while the app runs.
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
        super().changeEvent(event)

    def _apply_theme(self) -> None:
        dark = self.palette().window().color().lightness() < 128
        pens = {key: QPen(s.pen()) for key, s in self.series.items()}
        self.chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        for key, series in self.series.items():
            # setTheme resets the pens; keep our dash patterns.
            pen = QPen(series.pen())
            pen.setStyle(pens[key].style())
            pen.setWidth(pens[key].width())
            series.setPen(pen)
        self.chart.setBackgroundRoundness(0)

    # filling ----------------------------------------------------------------

    def show_cafe(self, vault, cafe, *, today: date | None = None) -> None:
        self.vault = vault
        self.cafe = cafe
        self.today = today or date.today()
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None or self.cafe is None:
            return
        months = self.months.currentData()
        bucket = self.bucket.currentData()
        since = add_months(self.today, -months) + timedelta(days=1)
        try:
            points = cafe_service.attendance_series(
                self.vault, cafe_id=self.cafe.id, bucket=bucket, since=since, until=self.today
            )
            sessions = cafe_views.session_lines(
                self.vault, cafe_id=self.cafe.id, since=since, until=self.today
            )
            self.incidents = cafe_service.open_incidents(self.vault, cafe_id=self.cafe.id)
        except (ValidationError, NotFound, VaultError) as error:
            self.error.setText("⚠ " + words.describe(error))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self._show_chart(points, bucket)
        self.model.set_rows(sessions)
        self.table.setVisible(bool(sessions))
        self.empty.setVisible(not sessions)
        self.open_button.setEnabled(bool(sessions))
        self._show_summary(sessions, months)
        self._show_incidents()

    def _show_chart(self, points, bucket: str) -> None:
        top = 0
        xs = [_msecs(p.period_start) for p in points]
        for key, series in self.series.items():
            values = [getattr(p, key) for p in points]
            # One replace, not an append per point: each append redraws.
            series.replace([QPointF(x, y) for x, y in zip(xs, values, strict=True)])
            top = max([top, *values])
        if points:
            self.x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(_msecs(points[0].period_start))),
                QDateTime.fromMSecsSinceEpoch(int(_msecs(points[-1].period_start))),
            )
        self.x_axis.setFormat("dd.MM" if bucket == "week" else "MMM yyyy")
        self.x_axis.setTickCount(min(8, max(2, len(points))))
        # Whole-number ticks at a round step: head counts are never fractions.
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if top <= s * 5), 200)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(step)
        self.y_axis.setRange(0, max(step * 5, -(-top // step) * step))
        self.chart.setTitle(
            self.tr("Attendance per week") if bucket == "week" else self.tr("Attendance per month")
        )

    def _show_summary(self, sessions, months: int) -> None:
        guests = sum(s.head_count for s in sessions)
        newcomers = sum(s.newcomers for s in sessions)
        # The chart's numbers in words, for screen readers and a quick glance.
        self.summary.setText(
            self.tr("%n session(s) in the last %1 months", "", len(sessions)).replace(
                "%1", str(months)
            )
            + " · "
            + self.tr("%n guest(s) in all", "", guests)
            + " · "
            + self.tr("%n newcomer(s)", "", newcomers)
        )

    def _show_incidents(self) -> None:
        self.incident_list.clear()
        for incident in self.incidents:
            when = fmt_date(incident.session.starts_at.date())
            first = incident.description.strip().splitlines()[0] if incident.description else ""
            if incident.follow_up_on is None:
                head = self.tr("Session %1, no follow-up date").replace("%1", when)
            elif incident.follow_up_on < self.today:
                head = (
                    self.tr("Overdue: follow up by %1 (session %2)")
                    .replace("%1", fmt_date(incident.follow_up_on))
                    .replace("%2", when)
                )
            else:
                head = (
                    self.tr("Follow up by %1 (session %2)")
                    .replace("%1", fmt_date(incident.follow_up_on))
                    .replace("%2", when)
                )
            item = QListWidgetItem(f"{head}\n{first}")
            item.setData(_INCIDENT_ROLE, incident.id)
            self.incident_list.addItem(item)
        has = bool(self.incidents)
        self.incident_list.setVisible(has)
        self.no_incidents.setVisible(not has)
        self.resolve_button.setEnabled(has)
        self.incident_session_button.setEnabled(has)
        if has:
            self.incident_list.setCurrentRow(0)

    def select_incident(self, incident_id: int) -> bool:
        for row in range(self.incident_list.count()):
            if self.incident_list.item(row).data(_INCIDENT_ROLE) == incident_id:
                self.incident_list.setCurrentRow(row)
                self.incident_list.setFocus()
                return True
        return False

    def clear(self) -> None:
        if self.resolve_dialog is not None:
            self.resolve_dialog.clear()
            self.resolve_dialog.reject()
            self.resolve_dialog = None
        self.vault = None
        self.cafe = None
        self.incidents = []
        for series in self.series.values():
            series.clear()
        self.chart.setTitle("")
        self.model.clear()
        self.incident_list.clear()
        self.summary.clear()
        self.error.clear()
        self.error.setVisible(False)
        self.table.setVisible(False)
        self.empty.setVisible(True)
        self.incident_list.setVisible(False)
        self.no_incidents.setVisible(True)
        self.resolve_button.setEnabled(False)
        self.incident_session_button.setEnabled(False)
        self.open_button.setEnabled(False)

    # actions ----------------------------------------------------------------

    def _open_index(self, index) -> None:
        session_id = self.proxy.data(index, ID_ROLE)
        if session_id is not None:
            self.open_session.emit(int(session_id))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _current_incident(self):
        item = self.incident_list.currentItem()
        if item is None:
            return None
        wanted = item.data(_INCIDENT_ROLE)
        return next((i for i in self.incidents if i.id == wanted), None)

    def _open_incident_session(self) -> None:
        incident = self._current_incident()
        if incident is not None:
            self.open_session.emit(incident.session_id)

    def resolve_selected(self) -> None:
        incident = self._current_incident()
        if incident is None or self.vault is None:
            return
        self.resolve_dialog = ResolveIncidentDialog(self.vault, incident, self, today=self.today)
        self.resolve_dialog.on_done = lambda _result: self._resolved()
        self.resolve_dialog.open()

    def _resolved(self) -> None:
        self.resolve_dialog = None
        self.refresh()
