"""The activity report as rows, as a CSV file and as printable HTML.

Labels are looked up by stable keys; English by default, and the UI passes a
mapping of translated ones. Values are numbers only (see `reports`).
"""

from __future__ import annotations

import csv
import html
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from peerdesk.services.reports import ActivityReport

# Every label a report uses, by key. `%1` is filled in (a café's name, a date).
DEFAULT_LABELS: dict[str, str] = {
    "title": "Activity report",
    "period": "Period: %1 to %2",
    "from": "From",
    "to": "To",
    "anonymous": "Anonymous counts only: no names, aliases or notes.",
    "section": "Section",
    "measure": "Measure",
    "value": "Value",
    "chart.conversations.week": "Conversations per week",
    "chart.conversations.month": "Conversations per month",
    "chart.cafe_guests.week": "Café guests per week",
    "chart.cafe_guests.month": "Café guests per month",
    # sections
    "s.care": "Conversations and support",
    "s.referrals": "Referrals",
    "s.cafe": "Cafés",
    "s.cafe_named": "Café: %1",
    "s.shifts": "Shifts",
    "s.sparring": "Sparring",
    "s.training": "Host training",
    "s.teaching": "Teaching",
    "s.hours": "Hours",
    "s.selfcare": "My self-care (private, included by choice)",
    # measures
    "conversations": "Conversations, all kinds",
    "kind.care_conversation": "Care conversations",
    "kind.peer_support": "Peer support",
    "kind.group": "Group conversations",
    "kind.phone": "Phone conversations",
    "kind.walk": "Walk-and-talks",
    "follow_ups_set": "Follow-ups set",
    "follow_ups_done": "Follow-ups done",
    "people_supported": "People supported",
    "referrals": "Referrals, all kinds",
    "ref.club": "To a club",
    "ref.activity": "To an activity",
    "ref.job_centre": "To the job centre",
    "ref.education": "To education",
    "ref.volunteering": "To volunteering",
    "ref.peer_group": "To a peer group",
    "ref.other": "Other referrals",
    "cafe_sessions": "Café sessions",
    "head_count": "Guests in total (head count)",
    "newcomers": "Newcomers",
    "returning": "Returning guests",
    "shifts": "Shifts",
    "shifts_fully_staffed": "Shifts fully staffed",
    "shift_coverage": "Shifts fully staffed (%)",
    "sparring_sessions": "Sparring sessions",
    "sparring_agreements": "Agreements made",
    "sparring_agreements_kept": "Agreements kept",
    "training_sessions": "Training sessions",
    "training_modules_completed": "Modules completed",
    "teaching_sessions": "Course sessions held",
    "teaching_head_count": "Participants in total (head count)",
    "hours_weeks": "Weeks counted: from %1 to %2",
    "hours.conversations": "Conversations (hours)",
    "hours.cafe_sessions": "Café sessions (hours)",
    "hours.sparring": "Sparring (hours)",
    "hours.training": "Training (hours)",
    "hours.teaching": "Teaching and preparation (hours)",
    "hours.manual": "Other work entered by hand (hours)",
    "hours_total": "Hours in total",
    "check_ins": "Check-ins",
    "average_stress": "Average stress (1–5)",
    "average_energy": "Average energy (1–5)",
    "boundary_situations": "Boundary situations",
    "none": "–",
}


def report_rows(
    report: ActivityReport, labels: Mapping[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """(section, measure, value) for every number in the report, in print order."""
    lab = _labels(labels)
    rows: list[tuple[str, str, str]] = []

    def add(section: str, key: str, value: object) -> None:
        rows.append((section, lab[key], _value(value, lab)))

    care = lab["s.care"]
    add(care, "conversations", report.conversations)
    for kind, n in report.conversations_by_kind.items():
        add(care, f"kind.{kind}", n)
    add(care, "follow_ups_set", report.follow_ups_set)
    add(care, "follow_ups_done", report.follow_ups_done)
    add(care, "people_supported", report.people_supported)
    ref = lab["s.referrals"]
    add(ref, "referrals", report.referrals)
    for kind, n in report.referrals_by_kind.items():
        add(ref, f"ref.{kind}", n)
    cafe = lab["s.cafe"]
    add(cafe, "cafe_sessions", report.cafe_sessions)
    add(cafe, "head_count", report.cafe_head_count)
    add(cafe, "newcomers", report.cafe_newcomers)
    add(cafe, "returning", report.cafe_returning)
    for one in report.cafes:
        named = lab["s.cafe_named"].replace("%1", one.cafe_name)
        add(named, "cafe_sessions", one.sessions)
        add(named, "head_count", one.head_count)
        add(named, "newcomers", one.newcomers)
        add(named, "returning", one.returning)
    shifts = lab["s.shifts"]
    add(shifts, "shifts", report.shifts)
    add(shifts, "shifts_fully_staffed", report.shifts_fully_staffed)
    add(shifts, "shift_coverage", report.shift_coverage_percent)
    sparring = lab["s.sparring"]
    add(sparring, "sparring_sessions", report.sparring_sessions)
    add(sparring, "sparring_agreements", report.sparring_agreements)
    add(sparring, "sparring_agreements_kept", report.sparring_agreements_kept)
    training = lab["s.training"]
    add(training, "training_sessions", report.training_sessions)
    add(training, "training_modules_completed", report.training_modules_completed)
    teaching = lab["s.teaching"]
    add(teaching, "teaching_sessions", report.teaching_sessions)
    add(teaching, "teaching_head_count", report.teaching_head_count)
    hours = lab["s.hours"]
    for source, minutes in report.hours_by_source.items():
        add(hours, f"hours.{source}", round(minutes / 60, 1))
    add(hours, "hours_total", round(report.hours_total_minutes / 60, 1))
    if report.selfcare is not None:
        own = lab["s.selfcare"]
        add(own, "check_ins", report.selfcare.check_ins)
        add(own, "average_stress", report.selfcare.average_stress)
        add(own, "average_energy", report.selfcare.average_energy)
        add(own, "boundary_situations", report.selfcare.boundary_situations)
    return rows


def report_csv(
    report: ActivityReport, path: Path | str, labels: Mapping[str, str] | None = None
) -> Path:
    """Write the report as CSV (UTF-8 with BOM, ';', rows: section;measure;value)
    atomically: a temp file beside `path`, then a rename. Nothing is left on error."""
    path = Path(path)
    lab = _labels(labels)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow([lab["section"], lab["measure"], lab["value"]])
            writer.writerow([lab["title"], lab["from"], report.start.isoformat()])
            writer.writerow([lab["title"], lab["to"], report.end.isoformat()])
            writer.writerows(report_rows(report, lab))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def report_html(
    report: ActivityReport,
    labels: Mapping[str, str] | None = None,
    *,
    dates: Mapping[str, str] | None = None,
    charts: Mapping[str, str] | None = None,
    chart_width: int = 600,
) -> str:
    """A printable page: title, period, the charts, then one table per section.

    `charts` maps a series ("conversations", "cafe_guests") to an image URL
    QTextDocument can load (the UI draws them: this module has no Qt), shown
    `chart_width` pixels wide. `dates` may give "start", "end", "hours_from"
    and "hours_to" already formatted for display; ISO dates otherwise.
    Text is sized in points, so the same page suits a screen and paper."""
    lab = _labels(labels)
    esc = html.escape
    start = (dates or {}).get("start", report.start.isoformat())
    end = (dates or {}).get("end", report.end.isoformat())
    # Headings as styled paragraphs: QTextDocument keeps its own sizes for <h1>–<h6>.
    body, h1, h3 = (f"font-size: {pt}pt" for pt in (9, 16, 11))
    h1, h3 = f"{h1}; font-weight: bold", f"{h3}; font-weight: bold; margin-top: 8px"
    parts = [
        f"<html><body style='font-family: sans-serif; {body};'>",
        f"<p style='{h1};'>{esc(lab['title'])}</p>",
        f"<p><b>{esc(lab['period'].replace('%1', start).replace('%2', end))}</b><br/>",
        f"<i>{esc(lab['anonymous'])}</i></p>",
    ]
    for series, src in (charts or {}).items():
        parts.append(f"<p style='{h3};'>{esc(lab[f'chart.{series}.{report.series_unit}'])}</p>")
        parts.append(f"<p><img src='{esc(src, quote=True)}' width='{int(chart_width)}'/></p>")
    section = None
    for name, measure, value in report_rows(report, lab):
        if name != section:
            if section is not None:
                parts.append("</table>")
            section = name
            parts.append(f"<p style='{h3};'>{esc(name)}</p>")
            parts.append(
                "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                "style='border-collapse: collapse;'>"
            )
            if name == lab["s.hours"]:
                weeks = lab["hours_weeks"].replace("%1", report.hours_from.isoformat())
                weeks = weeks.replace("%2", report.hours_to.isoformat())
                if dates and "hours_from" in dates:
                    weeks = lab["hours_weeks"].replace("%1", dates["hours_from"])
                    weeks = weeks.replace("%2", dates["hours_to"])
                parts[-2] += f"<p><i>{esc(weeks)}</i></p>"
        parts.append(
            f"<tr><td width='75%'>{esc(measure)}</td><td align='right'>{esc(value)}</td></tr>"
        )
    parts.append("</table></body></html>")
    return "\n".join(parts)


def _labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    # Missing keys fall back to English, so a partial translation never breaks a report.
    return {**DEFAULT_LABELS, **(labels or {})}


def _value(value: object, lab: Mapping[str, str]) -> str:
    if value is None:
        return lab["none"]
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)
