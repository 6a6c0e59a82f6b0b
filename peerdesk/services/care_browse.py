"""What the care tab needs to browse quickly: the people list with its retention
flag, one person's list row after a change, and which person a goal, note,
addendum or referral belongs to.

`care_people.list_people` and `people_due_for_retention_review` each read every
note once; the list screen needs both answers, so `people_list` gives them from
a single pass (tests hold it to the same answers as those two functions).

A list of thousands is read in two steps instead: `people_index` gives every
person with only what the list filters and sorts on (read from the person
table and index pages: no note text is decrypted), and `people_rows` the full
lines of the few people on screen, a page at a time.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import String, and_, bindparam, case, exists, func, or_, select, type_coerce

from peerdesk.services import validation as v
from peerdesk.services.care_common import (
    open_conversation_follow_up,
    open_referral_follow_up,
    open_sub_goal_follow_up,
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
# How many ids one `people_rows` statement asks for at most.
_ROWS_PER_QUERY = 500
# "No open follow-up" in people_index's next-follow-up column (date.max).
_NO_DATE = "9999-12-31"


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


class PersonEntry(NamedTuple):
    """A person's place in the people list: what its filters and sorts look at.

    `review_due` is always there; the other facts only when `people_index` was
    asked for them (otherwise None / False). A named tuple: thousands are made
    at once, several times faster than a frozen dataclass.
    """

    id: int
    alias: str
    status: PersonStatus
    review_due: bool
    last_conversation_at: datetime | None = None
    next_follow_up_on: date | None = None
    has_open_follow_up: bool = False

    @classmethod
    def of(cls, row: PeopleListRow) -> PersonEntry:
        """The entry of a full list line (every fact known)."""
        return cls(
            id=row.id,
            alias=row.alias,
            status=row.status,
            review_due=row.review_due,
            last_conversation_at=row.last_conversation_at,
            next_follow_up_on=row.next_follow_up_on,
            has_open_follow_up=row.open_follow_ups > 0,
        )


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
        row = s.execute(_one_line_query(), {"person_id": person_id}).one_or_none()
    if row is None:
        raise NotFound("person", person_id)
    return _list_row(row, today, cutoff)


@functools.cache
def _one_line_query():
    """summary_query for one person, built once: it is asked for after every
    save, and building the statement takes longer than running it."""
    return summary_query(bindparam("person_id"))


# ------------------------------------------------------- the list, paged


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _any(key, *where):
    """EXISTS over the row ids only: `exists().where()` selects *, which makes
    SQLite read the table row instead of answering from the index."""
    return exists(select(key).where(*where))


def _review_due_clause(today: date, cutoff: date):
    """SQL for PeopleListRow.review_due (the rule of care_people.retention_due):
    a review date on or before today, else no note or referral since `cutoff`
    (and, with neither, added before it). Index look-ups per person only."""
    conv, ref = CareConversation, Referral
    since = _day_start(cutoff)
    recent_note = _any(conv.id, conv.person_id == Person.id, conv.occurred_at >= since)
    recent_referral = _any(ref.id, ref.person_id == Person.id, ref.made_on >= cutoff)
    any_note = _any(conv.id, conv.person_id == Person.id)
    any_referral = _any(ref.id, ref.person_id == Person.id)
    return case(
        (Person.retention_review_on.is_not(None), Person.retention_review_on <= today),
        else_=and_(
            ~recent_note,
            ~recent_referral,
            or_(any_note, any_referral, Person.created_at < since),
        ),
    )


def _first_open_follow_ups():
    """SQL, per person: the earliest open follow-up of their notes, of their
    referrals and of their sub-goals (each NULL when none is open)."""
    conv, ref = CareConversation, Referral
    return tuple(
        query.scalar_subquery()
        for query in (
            select(func.min(conv.follow_up_on)).where(
                conv.person_id == Person.id, open_conversation_follow_up()
            ),
            select(func.min(ref.follow_up_on)).where(
                ref.person_id == Person.id, open_referral_follow_up()
            ),
            select(func.min(SubGoal.follow_up_on))
            .join(Goal, SubGoal.goal_id == Goal.id)
            .where(Goal.person_id == Person.id, open_sub_goal_follow_up()),
        )
    )


def _open_follow_ups_by_person():
    """SQL: per person with any open follow-up, the earliest of them and how
    many there are, for notes, referrals and sub-goals: three grouped passes
    (the notes' through their covering index), each reading a table once in
    order rather than looking up every person's rows here and there."""
    conv, ref = CareConversation, Referral
    conv_open, ref_open = open_conversation_follow_up(), open_referral_follow_up()
    return (
        select(
            conv.person_id.label("person_id"),
            func.min(case((conv_open, conv.follow_up_on))).label("first_on"),
            func.count(case((conv_open, 1))).label("open_count"),
        )
        .group_by(conv.person_id)
        .subquery("note_follow_ups"),
        select(
            ref.person_id.label("person_id"),
            func.min(case((ref_open, ref.follow_up_on))).label("first_on"),
            func.count(case((ref_open, 1))).label("open_count"),
        )
        .group_by(ref.person_id)
        .subquery("referral_follow_ups"),
        select(
            Goal.person_id.label("person_id"),
            func.min(SubGoal.follow_up_on).label("first_on"),
            func.count().label("open_count"),
        )
        .join(Goal, SubGoal.goal_id == Goal.id)
        .where(open_sub_goal_follow_up())
        .group_by(Goal.person_id)
        .subquery("sub_goal_follow_ups"),
    )


def people_index(
    vault: Vault,
    *,
    today: date | str,
    inactive_days: int = DEFAULT_INACTIVE_DAYS,
    with_last: bool = False,
    with_follow_ups: bool = False,
) -> list[PersonEntry]:
    """Every person (in no particular order) with what the people list filters
    and sorts on: alias, status and `review_due` (as in people_list); with
    `with_last` the last conversation, with `with_follow_ups` the next open
    follow-up and whether any is open.

    One statement: the person table through an index of just these columns,
    the notes through theirs (look-ups per person for the retention flag and
    the last note; one grouped pass each for the follow-ups), so no note text,
    and no wish or dream, is decrypted.
    """
    today, cutoff = _window(today, inactive_days)
    columns = [
        Person.id,
        Person.alias,
        type_coerce(Person.status, String),
        _review_due_clause(today, cutoff),
    ]
    if with_last:
        last = select(func.max(CareConversation.occurred_at)).where(
            CareConversation.person_id == Person.id
        )
        columns.append(type_coerce(last.scalar_subquery(), String))
    query = select(*columns)
    if with_follow_ups:
        kinds = _open_follow_ups_by_person()
        for kind in kinds:
            query = query.outerjoin(kind, kind.c.person_id == Person.id)
        firsts = (func.coalesce(type_coerce(k.c.first_on, String), _NO_DATE) for k in kinds)
        counts = [func.coalesce(k.c.open_count, 0) for k in kinds]
        query = query.add_columns(func.min(*firsts), counts[0] + counts[1] + counts[2] > 0)
    with vault.session() as s:
        # Core rows and ISO text parsed here: for thousands of rows several
        # times faster than the ORM's result and type handling.
        found = s.connection().execute(query).all()
    status = {member.value: member for member in PersonStatus}
    entries = []
    for person_id, alias, status_value, due, *more in found:
        last_at = more.pop(0) if with_last else None
        next_on, has_open = more if with_follow_ups else (_NO_DATE, False)
        entries.append(
            PersonEntry(
                person_id,
                alias,
                status[status_value],
                bool(due),
                datetime.fromisoformat(last_at) if last_at else None,
                date.fromisoformat(next_on) if next_on != _NO_DATE else None,
                bool(has_open),
            )
        )
    return entries


def _ids(person_ids: Iterable[int]) -> list[int]:
    ids = list(person_ids)
    for person_id in ids:
        if isinstance(person_id, bool) or not isinstance(person_id, int):
            raise NotFound("person", person_id)
    return ids


def _rows_query(ids: Sequence[int]):
    """people_list's columns for these people, by index look-ups per person."""
    conv, ref = CareConversation, Referral

    open_count = (
        select(func.count()).where(conv.person_id == Person.id, open_conversation_follow_up())
    ).scalar_subquery()
    open_count += (
        select(func.count()).where(ref.person_id == Person.id, open_referral_follow_up())
    ).scalar_subquery()
    open_count += (
        select(func.count())
        .select_from(SubGoal)
        .join(Goal, SubGoal.goal_id == Goal.id)
        .where(Goal.person_id == Person.id, open_sub_goal_follow_up())
    ).scalar_subquery()
    conv_next, ref_next, sub_next = _first_open_follow_ups()
    last_at = select(func.max(conv.occurred_at)).where(conv.person_id == Person.id)
    last_referral = select(func.max(ref.made_on)).where(ref.person_id == Person.id)
    return select(
        Person.id,
        Person.alias,
        Person.status,
        Person.created_at,
        Person.retention_review_on,
        last_at.scalar_subquery().label("last_at"),
        last_referral.scalar_subquery().label("last_referral_on"),
        conv_next.label("conv_next_on"),
        ref_next.label("ref_next_on"),
        sub_next.label("sub_next_on"),
        open_count.label("open_count"),
    ).where(Person.id.in_(ids))


def people_rows(
    vault: Vault,
    person_ids: Iterable[int],
    *,
    today: date | str,
    inactive_days: int = DEFAULT_INACTIVE_DAYS,
) -> list[PeopleListRow]:
    """The people_list lines of these people, in the order given; ids not (or no
    longer) in the vault are left out. NotFound for an id that is not a number."""
    today, cutoff = _window(today, inactive_days)
    ids = _ids(person_ids)
    found: dict[int, PeopleListRow] = {}
    with vault.session() as s:
        for start in range(0, len(ids), _ROWS_PER_QUERY):
            chunk = ids[start : start + _ROWS_PER_QUERY]
            for r in s.execute(_rows_query(chunk)):
                found[r.id] = _list_row(r, today, cutoff)
    return [found[i] for i in ids if i in found]


def aliases_of(vault: Vault, person_ids: Iterable[int]) -> dict[int, str]:
    """The aliases of these people by id (ids no longer in the vault left out)."""
    ids = _ids(person_ids)
    if not ids:
        return {}
    with vault.session() as s:
        return dict(s.execute(select(Person.id, Person.alias).where(Person.id.in_(ids))).all())


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
