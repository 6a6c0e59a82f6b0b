"""The self-care area's own records, one at a time: find, correct, remove (no Qt).

`services.selfcare` adds and lists; this module adds what a screen needs on
top: fetching one record by id, correcting a boundary situation, saving the
whole wellbeing plan in one go, removing records the worker no longer wants
kept, the day closings, and the check-in reminder and early-warning notice
settings (kept in the vault: a reminder time says something about the
worker's day).

Every removal runs in one transaction, takes the drafts of the removed
record's form with it, and then purges the deleted text from the file.
Draft keys of the area ("selfcare") are built by `draft_key`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from peerdesk.services import validation as V
from peerdesk.services.drafts import read_setting, write_setting
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.services.selfcare import DEFAULT_PLAN_SECTIONS, OWN_PREFIX, wellbeing_plan
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    BoundarySituation,
    CheckIn,
    DayClosing,
    Draft,
    SupervisionMeeting,
    WellbeingPlanSection,
    WorkEntry,
)
from peerdesk.vault.models.base import SHORT

AREA = "selfcare"
REMINDER_SETTING = "check_in_reminder"
NOTICE_SETTING = "early_warning_seen"
DEFAULT_REMINDER_TIME = time(15, 0)
MAX_CLOSINGS = 1000

# table name → model, for the records a self-care screen opens by id.
MODELS = {
    "check_in": CheckIn,
    "boundary_situation": BoundarySituation,
    "work_entry": WorkEntry,
    "supervision_meeting": SupervisionMeeting,
    "wellbeing_plan_section": WellbeingPlanSection,
    "day_closing": DayClosing,
}


def draft_key(form: str, record_id: int | None = None) -> str:
    """The draft key of a self-care form: "boundary:new", "meeting:12", "plan"."""
    if record_id is None:
        return f"{form}:new"
    return f"{form}:{record_id}"


# ------------------------------------------------------------------ finding


def get_record(vault: Vault, *, table: str, record_id: int):
    """One self-care record by table name and id; NotFound if it is not there."""
    model = MODELS.get(table)
    if model is None:
        raise NotFound(table, record_id)
    with vault.session() as s:
        return _get(s, model, record_id, table)


def day_closings(vault: Vault, *, limit: int = 30) -> list[DayClosing]:
    """The latest day closings, the newest first."""
    limit = V.count(limit, "limit", maximum=MAX_CLOSINGS)
    query = select(DayClosing).order_by(DayClosing.closed_at.desc(), DayClosing.id.desc())
    with vault.session() as s:
        return list(s.scalars(query.limit(limit)))


def boundaries_named(vault: Vault) -> list[str]:
    """Every boundary named in a situation so far, once each, the most used first."""
    with vault.session() as s:
        names = s.scalars(
            select(BoundarySituation.boundary).where(BoundarySituation.boundary != "")
        ).all()
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda name: (-counts[name], name.casefold()))


# --------------------------------------------------------------- correcting


def update_boundary_situation(
    vault: Vault,
    *,
    situation_id: int,
    occurred_on: date | str,
    what_happened: str,
    boundary: str = "",
    how_handled: str = "",
    learned: str = "",
) -> BoundarySituation:
    """Replace every field of a boundary situation (as its form shows them)."""
    values = {
        "occurred_on": V.a_date(occurred_on, "occurred_on", required=True),
        "what_happened": V.text(what_happened, "what_happened", required=True),
        "boundary": V.line(boundary, "boundary"),
        "how_handled": V.text(how_handled, "how_handled"),
        "learned": V.text(learned, "learned"),
    }
    with vault.session() as s:
        situation = _get(s, BoundarySituation, situation_id, "boundary_situation")
        for name, value in values.items():
            setattr(situation, name, value)
        _drop_drafts(s, "boundary", situation_id)
        return situation


def save_plan(vault: Vault, *, sections: dict[str, dict[str, str]]) -> list[WellbeingPlanSection]:
    """Save several plan sections at once: {key: {"title": ..., "body": ...}}.

    Either every change is saved or, on any refused value or unknown key,
    none is. A missing "title" or "body" keeps what the section had. Returns
    the whole plan in order.
    """
    if not isinstance(sections, dict):
        raise ValidationError("sections", ValidationError.BAD_CHOICE, expected="dict")
    cleaned: dict[str, dict[str, str]] = {}
    for key, change in sections.items():
        if not isinstance(change, dict):
            raise ValidationError("sections", ValidationError.BAD_CHOICE, expected="dict")
        values = {}
        if "title" in change:
            values["title"] = V.line(change["title"], "title", required=True, max_length=SHORT)
        if "body" in change:
            values["body"] = V.text(change["body"], "body")
        cleaned[key] = values
    wellbeing_plan(vault)  # the default sections exist before they are saved to
    with vault.session() as s:
        plan = _plan_by_key(s)
        for key, values in cleaned.items():
            section = plan.get(key)
            if section is None:
                raise NotFound("wellbeing_plan_section", key)
            for name, value in values.items():
                setattr(section, name, value)
        s.execute(delete(Draft).where(Draft.area == AREA, Draft.key == "plan"))
        return sorted(plan.values(), key=lambda p: (p.position, p.id))


# ----------------------------------------------------------------- removing


def delete_check_in(vault: Vault, *, check_in_id: int) -> None:
    """Remove a check-in for good."""
    _delete(vault, CheckIn, check_in_id, "check_in", draft_form=None)


def delete_boundary_situation(vault: Vault, *, situation_id: int) -> None:
    """Remove a boundary situation and its form's draft, for good."""
    _delete(vault, BoundarySituation, situation_id, "boundary_situation", draft_form="boundary")


def delete_work_entry(vault: Vault, *, entry_id: int) -> None:
    """Remove hours entered by hand."""
    _delete(vault, WorkEntry, entry_id, "work_entry", draft_form=None)


def delete_meeting(vault: Vault, *, meeting_id: int) -> None:
    """Remove a supervision or network-group meeting with its notes and draft."""
    _delete(vault, SupervisionMeeting, meeting_id, "supervision_meeting", draft_form="meeting")


def delete_day_closing(vault: Vault, *, closing_id: int) -> None:
    """Remove one day closing."""
    _delete(vault, DayClosing, closing_id, "day_closing", draft_form=None)


def delete_plan_section(vault: Vault, *, key: str) -> None:
    """Remove a section the worker added; the usual sections stay (they may be empty)."""
    if not isinstance(key, str) or not key.startswith(OWN_PREFIX):
        raise ValidationError("key", ValidationError.NOT_ALLOWED)
    with vault.session() as s:
        section = s.scalars(
            select(WellbeingPlanSection).where(WellbeingPlanSection.key == key)
        ).first()
        if section is None:
            raise NotFound("wellbeing_plan_section", key)
        s.delete(section)
        # The plan's draft may hold this section's unsaved text.
        s.execute(delete(Draft).where(Draft.area == AREA, Draft.key == "plan"))
    vault.purge_deleted()


def _delete(vault: Vault, model: type, record_id: object, kind: str, *, draft_form) -> None:
    with vault.session() as s:
        row = _get(s, model, record_id, kind)
        if draft_form is not None:
            _drop_drafts(s, draft_form, row.id)
        s.delete(row)
    vault.purge_deleted()


def _drop_drafts(s: Session, form: str, record_id: int) -> None:
    s.execute(delete(Draft).where(Draft.area == AREA, Draft.key == draft_key(form, record_id)))


def _get(s: Session, model: type, record_id: object, kind: str):
    # A bool is an int to Python, and True would quietly reach record 1.
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    row = s.get(model, record_id)
    if row is None:
        raise NotFound(kind, record_id)
    return row


def _plan_by_key(s: Session) -> dict[str, WellbeingPlanSection]:
    return {p.key: p for p in s.scalars(select(WellbeingPlanSection))}


# ----------------------------------------------------------------- reminder


@dataclass(frozen=True)
class Reminder:
    """The daily check-in reminder: on or off, and at what time of day."""

    enabled: bool
    at: time


def check_in_reminder(vault: Vault) -> Reminder:
    """The worker's reminder; off (at 15:00) until they turn it on."""
    with vault.session() as s:
        stored = read_setting(s, REMINDER_SETTING)
    if not isinstance(stored, dict) or not isinstance(stored.get("enabled"), bool):
        return Reminder(False, DEFAULT_REMINDER_TIME)
    try:
        at = V.a_time(stored.get("at"), "at")
    except ValidationError:
        return Reminder(False, DEFAULT_REMINDER_TIME)
    return Reminder(stored["enabled"], at)


def set_check_in_reminder(vault: Vault, *, enabled: bool, at: time | str) -> Reminder:
    """Turn the daily reminder on or off and set its time (kept in the vault)."""
    if not isinstance(enabled, bool):
        raise ValidationError("enabled", ValidationError.BAD_CHOICE, expected="yes/no")
    when = V.a_time(at, "at")
    with vault.session() as s:
        write_setting(s, REMINDER_SETTING, {"enabled": enabled, "at": when.strftime("%H:%M")})
    return Reminder(enabled, when)


# ----------------------------------------------------- early-warning notice


def early_warning_seen(vault: Vault) -> int | None:
    """The newest check-in the worker had already seen the early-warning notice for."""
    with vault.session() as s:
        stored = read_setting(s, NOTICE_SETTING)
    return stored if isinstance(stored, int) and not isinstance(stored, bool) else None


def mark_early_warning_seen(vault: Vault, *, check_in_id: int) -> None:
    """Remember that the notice was seen up to this check-in, so it does not nag.

    The notice comes back only when a newer check-in still shows the pattern.
    """
    with vault.session() as s:
        _get(s, CheckIn, check_in_id, "check_in")
        write_setting(s, NOTICE_SETTING, check_in_id)


def is_default_section(key: str) -> bool:
    """Whether a plan section is one of the usual ones (which cannot be removed)."""
    return key in DEFAULT_PLAN_SECTIONS
