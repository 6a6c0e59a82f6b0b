"""Trends: the check-ins over weeks and months (QtCharts), with the hours worked,
and in plain words how the check-ins move with the worker's own logged workload."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import selfcare
from peerdesk.services import selfcare_trends as trends
from peerdesk.ui.formatting import fmt_date
from peerdesk.ui.selfcare.widgets import heading, muted
from peerdesk.ui.selfcare.words import FACTOR_PHRASES, MEASURE_PHRASES, MEASURES, _tr

# (label, weeks back (None: everything), bucket)
RANGES = (
    (QT_TRANSLATE_NOOP("SelfCare", "Last 8 weeks"), 8, "day"),
    (QT_TRANSLATE_NOOP("SelfCare", "Last 6 months"), 26, "week"),
    (QT_TRANSLATE_NOOP("SelfCare", "Last 12 months"), 52, "week"),
    (QT_TRANSLATE_NOOP("SelfCare", "Everything"), None, "week"),
)
SHOWN_AT_FIRST = ("energy", "stress", "mood")
# Each line also differs in its dash, so that colour is never the only way to tell them apart.
DASHES = {
    "energy": Qt.PenStyle.SolidLine,
    "stress": Qt.PenStyle.DashLine,
    "mood": Qt.PenStyle.DotLine,
    "boundaries_kept": Qt.PenStyle.DashDotLine,
    "sleep": Qt.PenStyle.DashDotDotLine,
}


def _msecs(day: date) -> int:
    return int(datetime.combine(day, time(12)).timestamp() * 1000)


def _number(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def link_sentence(link: trends.WorkloadLink) -> str:
    """One link in calm words: "In weeks with more hours, your stress was usually higher: …"."""
    if link.tendency == "higher":
        text = _tr(
            "In weeks with %1, %2 was usually higher: %3 on average, against %4 in quieter weeks."
        )
    else:
        text = _tr(
            "In weeks with %1, %2 was usually lower: %3 on average, against %4 in quieter weeks."
        )
    return (
        text.replace("%1", _tr(FACTOR_PHRASES[link.factor]))
        .replace("%2", _tr(MEASURE_PHRASES[link.measure]))
        .replace("%3", _number(link.busier_average))
        .replace("%4", _number(link.quieter_average))
    )


def view_sentences(view: trends.WorkloadView) -> list[str]:
    """The whole comparison as sentences, the caveat last."""
    if not view.enough:
        return [
            _tr(
                "There are not yet enough weeks with check-ins to compare with your workload "
                "(%n so far; six are needed).",
                view.weeks_compared,
            )
        ]
    lines = [link_sentence(link) for link in view.links]
    if not lines:
        lines.append(
            _tr(
                "In this period, your check-ins did not move clearly with any part of "
                "your workload."
            )
        )
    lines.append(
        _tr(
            "Based on %n week(s) with check-ins. These are patterns in your own notes, not a "
            "judgement or a diagnosis; you know best what lies behind them.",
            view.weeks_compared,
        )
    )
    return lines


class TrendsPage(QWidget):
    """A chart of the chosen measures and hours, and the workload comparison below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Period"))
        for label, weeks, bucket in RANGES:
            self.range.addItem(_tr(label), (weeks, bucket))
        self.range.setCurrentIndex(1)
        self.range.currentIndexChanged.connect(self.refresh)
        self.shown: dict[str, QCheckBox] = {}
        options = QHBoxLayout()
        period = QLabel(self.tr("Per&iod"))
        period.setBuddy(self.range)
        options.addWidget(period)
        options.addWidget(self.range)
        options.addSpacing(12)
        for key, label in MEASURES.items():
            box = QCheckBox(_tr(label))
            box.setChecked(key in SHOWN_AT_FIRST)
            box.toggled.connect(self.refresh)
            options.addWidget(box)
            self.shown[key] = box
        self.hours_shown = QCheckBox(self.tr("Hours worked"))
        self.hours_shown.setChecked(True)
        self.hours_shown.toggled.connect(self.refresh)
        options.addWidget(self.hours_shown)
        options.addStretch(1)

        self.chart = self._new_chart()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.chart_view.setAccessibleName(self.tr("Chart of your check-ins"))
        self.empty = muted(
            self.tr("No check-ins in this period yet. Your trends appear after a few check-ins.")
        )
        self.summary = muted()
        self.summary.setWordWrap(False)

        # A text browser rather than a label: it keeps its height beside a stretching chart.
        self.sentences = QTextBrowser()
        self.sentences.setAccessibleName(self.tr("How your check-ins move with your workload"))
        self.sentences.setFrameShape(QFrame.Shape.NoFrame)
        self.sentences.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.sentences.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.sentences.viewport().setAutoFillBackground(False)
        workload_box = QGroupBox(self.tr("How your check-ins move with your workload"))
        workload_layout = QVBoxLayout(workload_box)
        workload_layout.addWidget(self.sentences)
        workload_layout.addWidget(
            muted(
                self.tr(
                    "Workload is taken from what you already log in PeerDesk: conversations, "
                    "café sessions, café shifts, sparring, teaching and hours."
                )
            )
        )

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Trends")))
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.chart_view, 1)
        # While there is no chart, the empty-state words take its room, at the top.
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        workload_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(workload_box)

    # life -----------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault

    def clear(self) -> None:
        self.vault = None
        self._replace_chart()
        self.sentences.clear()
        self.sentences.setAccessibleDescription("")
        self.summary.clear()
        self.empty.hide()

    def save_drafts(self) -> None:
        """Nothing typed here."""

    def period(self) -> tuple[date, date, str]:
        """The chosen period (first day, last day) and its bucket."""
        today = date.today()
        weeks, bucket = self.range.currentData()
        if weeks is None:
            series = selfcare.check_in_series(self.vault, bucket="week")
            first = series[0].bucket_start if series else today - timedelta(weeks=8)
            first = max(first, today - timedelta(weeks=trends.MAX_WEEKS - 2))
        else:
            first = trends.monday_of(today) - timedelta(weeks=weeks - 1)
        return first, today, bucket

    def refresh(self) -> None:
        if self.vault is None:
            return
        first, last, bucket = self.period()
        points = selfcare.check_in_series(self.vault, since=first, until=last, bucket=bucket)
        weekly = (
            points
            if bucket == "week"
            else selfcare.check_in_series(self.vault, since=first, until=last, bucket="week")
        )
        workload = trends.week_workload(self.vault, since=first, until=last)
        view = trends.compare(weekly, workload, since=first, until=last)
        self._draw(points, workload, first, last)
        self.summary.setText(
            self.tr("%1 to %2: %n check-in(s).", "", sum(p.count for p in points))
            .replace("%1", fmt_date(first))
            .replace("%2", fmt_date(last))
        )
        lines = view_sentences(view)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines[:-1])
        self.sentences.setHtml(
            (f"<ul>{items}</ul>" if items else "") + f"<p>{html.escape(lines[-1])}</p>"
        )
        self.sentences.setAccessibleDescription(" ".join(lines))

    # the chart ------------------------------------------------------------

    def _new_chart(self) -> QChart:
        chart = QChart()
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(palette.base())  # the palette's own, light or dark
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
        return chart

    def _replace_chart(self) -> QChart:
        """A fresh chart for each drawing: a chart whose axes are removed and re-added
        keeps the old labels on screen until the event loop deletes them."""
        old, self.chart = self.chart, self._new_chart()
        self.chart_view.setChart(self.chart)
        old.deleteLater()  # the view has let go of it
        return self.chart

    def _axis(self, axis, title: str = ""):
        text = self.palette().color(QPalette.ColorRole.Text)
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        if title:
            axis.setTitleText(title)
        return axis

    def _draw(self, points, workload, first: date, last: date) -> None:
        chart = self._replace_chart()
        chosen = [key for key, box in self.shown.items() if box.isChecked()]
        self.chart_view.setVisible(bool(points))
        self.empty.setVisible(not points)
        x_axis = self._axis(QDateTimeAxis())
        x_axis.setFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        x_axis.setRange(
            datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
        )
        x_axis.setTickCount(6)
        scale_axis = self._axis(QValueAxis(), self.tr("1 low – 5 high"))
        scale_axis.setRange(1, 5)
        scale_axis.setTickCount(5)
        scale_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(scale_axis, Qt.AlignmentFlag.AlignLeft)
        if self.hours_shown.isChecked() and workload:
            self._draw_hours(chart, workload, x_axis)
        for key in chosen:
            series = QLineSeries()
            series.setName(_tr(MEASURES[key]))
            for p in points:
                value = getattr(p, key)
                if value is not None:
                    series.append(_msecs(p.bucket_start), value)
            series.setPointsVisible(True)
            chart.addSeries(series)
            pen = QPen(series.pen())
            pen.setWidthF(2.2)
            pen.setStyle(DASHES[key])
            series.setPen(pen)
            series.attachAxis(x_axis)
            series.attachAxis(scale_axis)

    def _draw_hours(self, chart: QChart, workload, x_axis: QDateTimeAxis) -> None:
        upper = QLineSeries()
        lower = QLineSeries()
        for week in workload:
            # A step per week: flat from Monday to Sunday.
            for day in (week.week_start, week.week_start + timedelta(days=7)):
                x = int(datetime.combine(day, time()).timestamp() * 1000)
                upper.append(x, week.minutes / 60)
                lower.append(x, 0)
        # The area does not own its edges: the chart does, so that they outlive the area.
        upper.setParent(chart)
        lower.setParent(chart)
        area = QAreaSeries(upper, lower)
        area.setName(self.tr("Hours worked"))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        tint = QColor(highlight)
        tint.setAlpha(45)
        area.setBrush(tint)
        edge = QPen(highlight)
        edge.setWidthF(1.0)
        area.setPen(edge)
        hours_axis = self._axis(QValueAxis(), self.tr("Hours a week"))
        top = max((w.minutes for w in workload), default=0) / 60
        hours_axis.setRange(0, max(10.0, top * 1.15))
        hours_axis.applyNiceNumbers()
        hours_axis.setLabelFormat("%d")
        hours_axis.setGridLineVisible(False)
        chart.addSeries(area)
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignRight)
        for marker in chart.legend().markers(area):
            marker.setShape(QLegend.MarkerShape.MarkerShapeRectangle)
        area.attachAxis(x_axis)
        area.attachAxis(hours_axis)
