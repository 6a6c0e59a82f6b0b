"""The tables of the hours page: hand-entered hours and the recent weeks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from peerdesk.services import hours
from peerdesk.ui.formatting import fmt_date, fmt_hours
from peerdesk.ui.selfcare.table_model import Column
from peerdesk.ui.selfcare.words import _tr


@dataclass(frozen=True)
class WeekRow:
    id: int  # the week's ordinal, so the shared table model can tell rows apart
    hours: hours.WeekHours


def _over_text(row: WeekRow) -> str:
    over = row.hours.over_by_minutes
    return _tr("%1 over").replace("%1", fmt_hours(over)) if over else ""


ENTRY_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "Date"),
        lambda e: fmt_date(e.on_date),
        lambda e: e.on_date.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "Hours"),
        lambda e: fmt_hours(e.minutes),
        lambda e: e.minutes,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("SelfCare", "Activity"), lambda e: e.activity),
    Column(QT_TRANSLATE_NOOP("SelfCare", "Note"), lambda e: e.note),
]
WEEK_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "Week"),
        lambda r: (
            _tr("Week %1").replace("%1", str(r.hours.week_start.isocalendar().week))
            + f" ({fmt_date(r.hours.week_start)})"
        ),
        lambda r: r.hours.week_start.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "Hours"),
        lambda r: fmt_hours(r.hours.total_minutes),
        lambda r: r.hours.total_minutes,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "Contract"),
        lambda r: fmt_hours(r.hours.contract_minutes),
        lambda r: r.hours.contract_minutes or 0,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "Over"),
        _over_text,
        lambda r: r.hours.over_by_minutes,
        numeric=True,
    ),
]
