"""The shift plan for the wall: one landscape page per week, with hosts and gaps."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from peerdesk.services.shifts import ShiftCoverage
from peerdesk.ui.formatting import fmt_date, fmt_datetime, fmt_time, fmt_weekday_date
from peerdesk.ui.printing import write_pdf

# Headings are bold paragraphs: Qt's own <h1>/<h2> sizes would override these.
# Text in points; margins in CSS pixels (QTextDocument takes no points for margins).
_H1 = "font-size: 20pt; font-weight: bold; margin-bottom: 5px;"
_H2 = "font-size: 15pt; font-weight: bold; margin-bottom: 12px;"
_SMALL = "font-size: 8pt; margin-top: 12px;"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ShiftPlanPdf", text, None, n)


def _status(row: ShiftCoverage) -> str:
    if row.gap:
        return _tr("MISSING %n HOST(S)", row.gap)
    if row.alone_untrained:
        return _tr("The only host is not trained to be alone")
    return _tr("Enough hosts")


def plan_html(
    cafe_name: str, rows: list[ShiftCoverage], first_monday: date, last_monday: date
) -> str:
    """HTML with a page per week from `first_monday` to `last_monday` (both Mondays)."""
    by_week: dict[date, list[ShiftCoverage]] = defaultdict(list)
    for row in rows:
        day = row.starts_at.date()
        by_week[day - timedelta(days=day.weekday())].append(row)
    pages = []
    monday = first_monday
    while monday <= last_monday:
        pages.append(_week_html(cafe_name, monday, by_week.get(monday, []), first=not pages))
        monday += timedelta(days=7)
    body = "font-family: sans-serif; font-size: 13pt;"
    return f"<html><body style='{body}'>" + "".join(pages) + "</body></html>"


def _week_html(cafe_name: str, monday: date, rows: list[ShiftCoverage], *, first: bool) -> str:
    sunday = monday + timedelta(days=6)
    brk = "" if first else " page-break-before: always;"
    title = _tr("%1 — shift plan").replace("%1", escape(cafe_name))
    week = (
        _tr("Week %1: %2 to %3")
        .replace("%1", str(monday.isocalendar().week))
        .replace("%2", fmt_date(monday))
        .replace("%3", fmt_date(sunday))
    )
    parts = [f"<p style='{_H1}{brk}'>{title}</p>", f"<p style='{_H2}'>{escape(week)}</p>"]
    if not rows:
        parts.append(f"<p>{escape(_tr('No shifts this week.'))}</p>")
    else:
        head = "".join(
            f"<th align='left'>{escape(h)}</th>"
            for h in (_tr("Day"), _tr("Time"), _tr("Hosts"), _tr("Needed"), _tr("Status"))
        )
        lines = [f"<tr>{head}</tr>"]
        for row in sorted(rows, key=lambda r: (r.starts_at, r.shift_id)):
            status = escape(_status(row))
            if row.gap or row.alone_untrained:
                status = f"<b>{status}</b>"
            hosts = escape(", ".join(row.host_names)) or "—"
            # Open places get a line to write a name on, by hand, at the venue.
            blanks = "<br>" + " ".join(["______________"] * row.gap) if row.gap else ""
            lines.append(
                "<tr>"
                f"<td>{escape(fmt_weekday_date(row.starts_at.date()))}</td>"
                f"<td>{fmt_time(row.starts_at.time())}–{fmt_time(row.ends_at.time())}</td>"
                f"<td>{hosts}{blanks}</td>"
                f"<td>{row.assigned} / {row.needed}</td>"
                f"<td>{status}</td>"
                "</tr>"
            )
        parts.append(
            # A CSS width: the HTML attribute makes QtPdf read the text back glyph by glyph.
            "<table border='1' cellspacing='0' cellpadding='6' style='width: 100%;'>"
            + "".join(lines)
            + "</table>"
        )
    printed = _tr("Printed %1").replace("%1", fmt_datetime(datetime.now().replace(second=0)))
    parts.append(f"<p style='{_SMALL}'>{escape(printed)}</p>")
    return "".join(parts)


def write_plan_pdf(
    path: Path,
    cafe_name: str,
    rows: list[ShiftCoverage],
    first_monday: date,
    last_monday: date,
) -> Path:
    """Write the plan as a landscape A4 PDF (atomically) and return its path."""
    html = plan_html(cafe_name, rows, first_monday, last_monday)
    title = _tr("%1 — shift plan").replace("%1", cafe_name)
    return write_pdf(html, Path(path), title=title, landscape=True)
