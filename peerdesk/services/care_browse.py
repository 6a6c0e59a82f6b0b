"""What the care tab needs to browse quickly: the people list with its retention
flag in one query, one person's list row after a change, and which person a
goal, note, addendum or referral belongs to.

`care_people.list_people` and `people_due_for_retention_review` each read every
note once; the list screen needs both answers, so this module gives them from
a single pass (tests hold it to the same answers as those two functions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from peerdesk.services import validation as v
from peerdesk.services.care_common import (
    required_date,
)
from peerdesk.services.care_people import retention_due, summary_query
from peerdesk.services.drafts import get_setting
from peerdesk.services.errors import NotFound
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    CareConversation,
    ConversationAddendum,
    Goal,
    Person,
    PersonStatus,
    Referral,
    SubGoal,
)

DEFAULT_INACTIVE_DAYS = 730
DEFAULT_SETTLE_HOURS = 24
# Vault settings (JSON numbers) the worker may change; the Settings dialog
# stores the retention period.
SETTLE_SETTING = "settle_after_hours"
RETENTION_SETTING = "retention_review_days"


@dataclass(frozen=True, slots=True)
class PeopleListRow:
    """One line of the people list: PersonRow's facts plus the retention flag."""

    id: int
    alias: str
    status: PersonStatus
    last_conversation_at: datetime | None
    last_activity_on: date
    next_follow_up_on: date | None
    open_follow_ups: int
    review_due: bool  # a retention review date has come, or no activity for too long


def _list_row(r: Any, today: date, cutoff: date) -> PeopleListRow:
    due = [d for d in (r.conv_next_on, r.ref_next_on, r.sub_next_on) if d is not None]
    activity = [d for d in (r.last_at and r.last_at.date(), r.last_referral_on) if d]
    last_activity = max(activity) if activity else r.created_at.date()
    review_due = retention_due(r.retention_review_on, last_activity, today=today, cutoff=cutoff)
    return PeopleListRow(
        id=r.id,
        alias=r.alias,
        status=r.status,
        last_conversation_at=r.last_at,
        last_activity_on=last_activity,
        next_follow_up_on=min(due, default=None),
        open_follow_ups=int(r.open_count),
        review_due=review_due,
    )


def _window(today: date | str, inactive_days: int) -> tuple[date, date]:
    today = required_date(today, "today")
    inactive_days = v.count(inactive_days, "inactive_days", maximum=100 * 366)
    return today, today - timedelta(days=inactive_days)


def people_list(
    vault: Vault, *, today: date | str, inactive_days: int = DEFAULT_INACTIVE_DAYS
) -> list[PeopleListRow]:
    """Every person, by alias (ignoring case), in one query.

    `review_due` follows people_due_for_retention_review's rule: a retention
    review date on or before `today`, or no activity (last conversation or
    referral, else when they were added) for more than `inactive_days` days.
    """
    today, cutoff = _window(today, inactive_days)
    with vault.session() as s:
        rows = s.execute(summary_query()).all()
    found = [_list_row(r, today, cutoff) for r in rows]
    return sorted(found, key=lambda r: (r.alias.casefold(), r.id))


def people_list_row(
    vault: Vault,
    person_id: int,
    *,
    today: date | str,
    inactive_days: int = DEFAULT_INACTIVE_DAYS,
) -> PeopleListRow:
    """One person's line of people_list (after a change), or NotFound."""
    today, cutoff = _window(today, inactive_days)
    if isinstance(person_id, bool) or not isinstance(person_id, int):
        raise NotFound("person", person_id)
    with vault.session() as s:
        row = s.execute(summary_query(person_id)).one_or_none()
    if row is None:
        raise NotFound("person", person_id)
    return _list_row(row, today, cutoff)


# Which person a care record belongs to, by table: the query from the record's
# id to its person's id.
_OWNER = {
    "person": lambda rid: select(Person.id).where(Person.id == rid),
    "goal": lambda rid: select(Goal.person_id).where(Goal.id == rid),
    "sub_goal": lambda rid: (
        select(Goal.person_id).join(SubGoal, SubGoal.goal_id == Goal.id).where(SubGoal.id == rid)
    ),
    "care_conversation": lambda rid: select(CareConversation.person_id).where(
        CareConversation.id == rid
    ),
    "conversation_addendum": lambda rid: (
        select(CareConversation.person_id)
        .join(ConversationAddendum, ConversationAddendum.conversation_id == CareConversation.id)
        .where(ConversationAddendum.id == rid)
    ),
    "referral": lambda rid: select(Referral.person_id).where(Referral.id == rid),
}

CARE_TABLES = tuple(_OWNER)


def person_of(vault: Vault, *, table: str, record_id: int) -> int:
    """The id of the person a care record belongs to.

    NotFound for a table outside the care area, a non-integer id, or a record
    that is not (or no longer) in the vault.
    """
    owner = _OWNER.get(table)
    if owner is None or isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(str(table), record_id)
    with vault.session() as s:
        found = s.scalar(owner(record_id))
    if found is None:
        raise NotFound(table, record_id)
    return found


# ------------------------------------------------------------------ settings


def _whole_number(value: object, default: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return min(max(int(value), 0), maximum)


def settle_after(vault: Vault) -> timedelta:
    """How long a note stays open to correction (vault setting, default a day).

    A missing or unreadable value gives the default, so a damaged setting can
    never make notes editable forever.
    """
    hours = _whole_number(get_setting(vault, SETTLE_SETTING), DEFAULT_SETTLE_HOURS, 24 * 366)
    return timedelta(hours=hours)


def retention_review_days(vault: Vault) -> int:
    """Days without activity before a person is flagged for review (default 730)."""
    return (
        _whole_number(get_setting(vault, RETENTION_SETTING), DEFAULT_INACTIVE_DAYS, 100 * 366)
        or DEFAULT_INACTIVE_DAYS
    )
