"""A course plan as a PDF for co-teachers: the course, then each session in order.

Participants have no names in PeerDesk, so none can reach the plan; the head
count and the evaluations are only included when the worker asks for them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from peerdesk.ui.courses.models import date_span, time_span
from peerdesk.ui.courses.words import kind_label, role_label
from peerdesk.ui.formatting import fmt_hours
from peerdesk.ui.printing import write_pdf
from peerdesk.vault.models import Course

# Headings are bold paragraphs: Qt's <h1>/<h2> sizes would override any size given here.
# Text in points; margins in CSS pixels (QTextDocument takes no points for margins).
_H1 = "font-size: 18pt; font-weight: bold; margin-bottom: 8px;"
_H2 = "font-size: 13pt; font-weight: bold; margin-top: 18px; margin-bottom: 5px;"
_STYLE = (
    "body { font-family: sans-serif; font-size: 10.5pt; }"
    "p { margin-top: 0px; margin-bottom: 5px; }"
    "ul { margin-top: 0px; margin-bottom: 5px; }"
)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Courses", text, None, n)


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def plan_html(course: Course, *, with_evaluations: bool = False) -> str:
    """The plan of `course` (sessions and prep items loaded) as HTML for QTextDocument."""
    parts = [
        f"<p style='{_H1}'>{_esc(course.title)}</p>",
        f"<p>{_esc(kind_label(course.kind))} · {_esc(date_span(course.starts_on, course.ends_on))}"
        f"<br>{_esc(_tr('My role: %1').replace('%1', role_label(course.my_role)))}</p>",
    ]
    facts = [
        (_tr("Co-teachers"), course.co_teachers),
        (_tr("Partners"), course.partners),
        (_tr("About the course"), course.description),
    ]
    parts += [f"<p><b>{_esc(label)}:</b> {_esc(value)}</p>" for label, value in facts if value]
    sessions = list(course.sessions)
    if not sessions:
        parts.append(f"<p><i>{_esc(_tr('No sessions planned yet.'))}</i></p>")
    for number, s in enumerate(sessions, start=1):
        heading = _tr("Session %1: %2").replace("%1", str(number))
        heading = heading.replace("%2", time_span(s.starts_at, s.ends_at))
        parts.append(f"<p style='{_H2}'>{_esc(heading)}</p>")
        if s.topic:
            parts.append(f"<p><b>{_esc(_tr('Topic'))}:</b> {_esc(s.topic)}</p>")
        if s.my_part:
            parts.append(f"<p><b>{_esc(_tr('My part'))}:</b> {_esc(s.my_part)}</p>")
        if s.materials:
            parts.append(f"<p><b>{_esc(_tr('Materials'))}:</b> {_esc(s.materials)}</p>")
        if s.prep_items:
            # A box per line, ticked or not: the mark carries the meaning, not a colour.
            ticks = "<br>".join(
                f"{'☑' if item.done else '☐'} {_esc(item.text)}" for item in s.prep_items
            )
            parts.append(f"<p><b>{_esc(_tr('Preparation'))}:</b><br>{ticks}</p>")
        if s.prep_minutes:
            prep = _tr("Preparation time: %1 hours").replace("%1", fmt_hours(s.prep_minutes))
            parts.append(f"<p>{_esc(prep)}</p>")
        if with_evaluations:
            parts += _evaluation(s)
    return f"<html><head><style>{_STYLE}</style></head><body>" + "".join(parts) + "</body></html>"


def _evaluation(s) -> list[str]:
    parts = []
    if s.head_count is not None:
        count = _tr("Head count: %1").replace("%1", str(s.head_count))
        parts.append(f"<p>{_esc(count)}</p>")
    for label, value in (
        (_tr("What worked"), s.evaluation_worked),
        (_tr("What to change"), s.evaluation_change),
    ):
        if value.strip():
            parts.append(f"<p><b>{_esc(label)}:</b> {_esc(value)}</p>")
    return parts


def suggested_name(course: Course) -> str:
    """A file name from the course title, safe on every platform."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", course.title).strip(" .") or "plan"
    return f"{stem[:80]}.pdf"


def export_plan(course: Course, path: Path, *, with_evaluations: bool = False) -> Path:
    """Write the plan of `course` to `path` as a PDF (atomically)."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return write_pdf(plan_html(course, with_evaluations=with_evaluations), path, title=course.title)
