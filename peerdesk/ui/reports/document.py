"""The report as the user sees and prints it: translated labels, local dates, charts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale

from peerdesk.services.report_render import report_html
from peerdesk.services.reports import ActivityReport
from peerdesk.ui.formatting import fmt_date
from peerdesk.ui.printing import write_pdf
from peerdesk.ui.reports.chart import bar_chart, data_url
from peerdesk.ui.reports.labels import report_labels

# The charts are shown this wide (in screen pixels; on paper about 15 cm) and
# drawn at a size that stays sharp when printed.
CHART_WIDTH = 560


def _bar_label(report: ActivityReport, day) -> str:
    if report.series_unit == "month":
        return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d/M")


def report_document(report: ActivityReport, *, for_pdf: bool = False) -> str:
    """The report's HTML in the current language, with its two charts embedded."""
    charts = {}
    for series in ("conversations", "cafe_guests"):
        values = [(_bar_label(report, p.starts_on), getattr(p, series)) for p in report.series]
        size = (1700, 420) if for_pdf else (1120, 300)
        charts[series] = data_url(bar_chart(values, width=size[0], height=size[1]))
    dates = {
        "start": fmt_date(report.start),
        "end": fmt_date(report.end),
        "hours_from": fmt_date(report.hours_from),
        "hours_to": fmt_date(report.hours_to),
    }
    return report_html(
        report,
        report_labels(),
        dates=dates,
        charts=charts,
        chart_width=CHART_WIDTH,
    )


def write_report_pdf(report: ActivityReport, path: Path) -> Path:
    """Print the report to a PDF at `path` (atomically, through ui.printing)."""
    title = report_labels()["title"]
    return write_pdf(report_document(report, for_pdf=True), Path(path), title=title)


def write_report_pdf_headless(report: ActivityReport, path: Path) -> Path:
    """`write_report_pdf` for the command line: starts Qt (offscreen without a display)."""
    import os

    from PySide6.QtGui import QGuiApplication

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(["peerdesk"])
    try:
        return write_report_pdf(report, path)
    finally:
        del app
