"""Pieces shared by the care services: lookups, the clock, and "what is still open".

Import the care area through `peerdesk.services.care`; this module is internal.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from peerdesk.services import validation as v
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import CareConversation, FollowUpStatus, Referral, SubGoal

T = TypeVar("T")


class Unset(enum.Enum):
    """Marks an update argument that was not given (None may mean "clear it")."""

    UNSET = "unset"

    def __repr__(self) -> str:
        return "UNSET"


UNSET = Unset.UNSET

# A conversation's occurred_at may lie this far ahead (a note written the
# evening before, a clock a little off), no further.
FUTURE_LEEWAY = timedelta(days=1)

# How much of a long text a list or queue shows as its title.
TITLE_LENGTH = 80


def get_or_raise(s: Session, model: type[T], record_id: object, kind: str) -> T:
    """The row with that primary key, or NotFound (also for a non-integer id)."""
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound(kind, record_id)
    found = s.get(model, record_id)
    if found is None:
        raise NotFound(kind, record_id)
    return found


def given(**fields: Any) -> dict[str, Any]:
    """The update arguments that were actually passed."""
    return {name: value for name, value in fields.items() if value is not UNSET}


def flag(value: object, field: str) -> bool:
    """A yes/no field: only a real bool, so that "no" never becomes True."""
    if not isinstance(value, bool):
        raise ValidationError(field, ValidationError.BAD_CHOICE, expected="true/false")
    return value


def required_date(value: date | str | None, field: str) -> date:
    found = v.a_date(value, field, required=True)
    assert found is not None  # required=True never returns None
    return found


def utc_instant(now: datetime | None) -> datetime:
    """`now` as a naive UTC datetime, the form of `created_at`.

    A naive `now` is taken to be UTC already; an aware one is converted.
    """
    if now is None:
        return datetime.now(UTC).replace(tzinfo=None)
    if not isinstance(now, datetime):
        raise ValidationError("now", ValidationError.BAD_DATE)
    if now.tzinfo is not None:
        return now.astimezone(UTC).replace(tzinfo=None)
    return now


def local_wall_clock(now_utc: datetime) -> datetime:
    """The local wall-clock time (the form of `occurred_at`) at a UTC instant."""
    return now_utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def not_in_future(occurred_at: datetime, field: str, *, now: datetime | None) -> None:
    """Refuse an event time more than FUTURE_LEEWAY after `now` (see utc_instant)."""
    latest = local_wall_clock(utc_instant(now)) + FUTURE_LEEWAY
    if occurred_at > latest:
        raise ValidationError(field, ValidationError.OUT_OF_RANGE, maximum=latest.isoformat())


def snippet(text: str | None, length: int = TITLE_LENGTH) -> str:
    """The first non-empty line of `text`, cut to `length` characters."""
    for row in (text or "").splitlines():
        row = row.strip()
        if row:
            return row if len(row) <= length else row[: length - 1].rstrip() + "…"
    return ""


# ---------------------------------------------------------------- open follow-ups


def open_conversation_follow_up():
    """WHERE clause: a conversation whose follow-up is set and not yet done."""
    return and_(
        CareConversation.follow_up_on.is_not(None), CareConversation.followed_up_on.is_(None)
    )


def open_sub_goal_follow_up():
    """WHERE clause: a sub-goal still running whose follow-up date is not yet met.

    A recorded follow-up on or after the due date closes it; a later, new
    follow_up_on opens it again.
    """
    return and_(
        SubGoal.status != FollowUpStatus.END,
        SubGoal.follow_up_on.is_not(None),
        or_(SubGoal.followed_up_on.is_(None), SubGoal.followed_up_on < SubGoal.follow_up_on),
    )


def open_referral_follow_up():
    """WHERE clause: a referral with a follow-up date and no outcome yet."""
    return and_(Referral.follow_up_on.is_not(None), Referral.outcome == "")
