"""Computed views of the care area: the follow-up queue, a person's timeline,
and the text copied into the municipality's case system.

Import the care area through `peerdesk.services.care`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.care_common import (
    get_or_raise,
    open_conversation_follow_up,
    open_referral_follow_up,
    open_sub_goal_follow_up,
    required_date,
    snippet,
)
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    CareConversation,
    Goal,
    Person,
    PersonStatus,
    Referral,
    SubGoal,
)

# Enough of a long text to find its first line without loading a whole note.
_HEAD = 400


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to follow up: a note's follow-up, a sub-goal's, or a referral's."""

    kind: str  # "conversation" | "sub_goal" | "referral"
    record_id: int
    person_id: int
    person_alias: str
    due_on: date
    overdue: bool
    title: str  # next steps' first line / the sub-goal / the referral's destination


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event in a person's history."""

    kind: str  # "conversation" | "referral" | "sub_goal_follow_up"
    record_id: int
    on: date
    at: datetime | None  # the time as well, for conversations
    title: str  # themes or first line of the note / destination / the sub-goal
    detail: str  # the conversation's or referral's kind, or the follow-up's verdict


# ---------------------------------------------------------------- follow-ups


def follow_ups_due(vault: Vault, *, on: date | str, horizon_days: int = 0) -> list[FollowUp]:
    """Open follow-ups due on or before `on` + `horizon_days`, earliest first.

    Open means: a note's follow-up not marked done, a sub-goal not ended and
    not followed up since its date, a referral without an outcome. People whose
    course has ended are left out.
    """
    on = required_date(on, "on")
    horizon_days = v.count(horizon_days, "horizon_days", maximum=3660)
    last_day = on + timedelta(days=horizon_days)
    active = Person.status != PersonStatus.ENDED
    queue = union_all(
        select(
            literal("conversation").label("kind"),
            CareConversation.id.label("record_id"),
            Person.id.label("person_id"),
            Person.alias.label("alias"),
            CareConversation.follow_up_on.label("due_on"),
            func.substr(CareConversation.next_steps, 1, _HEAD).label("title"),
        )
        .join(Person, CareConversation.person_id == Person.id)
        .where(open_conversation_follow_up(), CareConversation.follow_up_on <= last_day, active),
        select(
            literal("sub_goal"),
            SubGoal.id,
            Person.id,
            Person.alias,
            SubGoal.follow_up_on,
            SubGoal.title,
        )
        .join(Goal, SubGoal.goal_id == Goal.id)
        .join(Person, Goal.person_id == Person.id)
        .where(open_sub_goal_follow_up(), SubGoal.follow_up_on <= last_day, active),
        select(
            literal("referral"),
            Referral.id,
            Person.id,
            Person.alias,
            Referral.follow_up_on,
            Referral.destination,
        )
        .join(Person, Referral.person_id == Person.id)
        .where(open_referral_follow_up(), Referral.follow_up_on <= last_day, active),
    ).subquery("queue")
    with vault.session() as s:
        rows = s.execute(select(queue)).all()
    items = [
        FollowUp(
            kind=r.kind,
            record_id=r.record_id,
            person_id=r.person_id,
            person_alias=r.alias,
            due_on=r.due_on,
            overdue=r.due_on < on,
            title=snippet(r.title),
        )
        for r in rows
    ]
    return sorted(items, key=lambda f: (f.due_on, f.person_alias.casefold(), f.kind, f.record_id))


# ------------------------------------------------------------------ timeline


def person_timeline(vault: Vault, person_id: int) -> list[TimelineEntry]:
    """The person's conversations, referrals and sub-goal follow-ups, newest first."""
    with vault.session() as s:
        get_or_raise(s, Person, person_id, "person")
        entries = _conversation_entries(s, person_id)
        entries += _referral_entries(s, person_id)
        entries += _sub_goal_entries(s, person_id)
    return sorted(entries, key=timeline_key, reverse=True)


def timeline_key(entry: TimelineEntry) -> tuple[datetime, str, int]:
    """Where an entry goes in a timeline (which runs newest first, so descending).
    Entries without a time sort as the start of their day."""
    return (entry.at or datetime.combine(entry.on, time.min), entry.kind, entry.record_id)


def conversation_entry(conv: CareConversation) -> TimelineEntry:
    """A note's timeline entry, from the note itself: a saved note goes into a
    timeline already shown without reading the person's whole history again."""
    return _conversation_entry(conv.id, conv.occurred_at, conv.kind, conv.themes, conv.own_words)


def _conversation_entry(
    record_id: int, occurred_at: datetime, kind: Any, themes: list[str], head: str
) -> TimelineEntry:
    return TimelineEntry(
        kind="conversation",
        record_id=record_id,
        on=occurred_at.date(),
        at=occurred_at,
        title=", ".join(themes) or snippet(head[:_HEAD]),
        detail=kind.value,
    )


def _conversation_entries(s: Session, person_id: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(
            CareConversation.id,
            CareConversation.occurred_at,
            CareConversation.kind,
            CareConversation.themes,
            func.substr(CareConversation.own_words, 1, _HEAD).label("head"),
        ).where(CareConversation.person_id == person_id)
    ).all()
    return [_conversation_entry(r.id, r.occurred_at, r.kind, r.themes, r.head) for r in rows]


def _referral_entries(s: Session, person_id: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(Referral.id, Referral.made_on, Referral.kind, Referral.destination).where(
            Referral.person_id == person_id
        )
    ).all()
    return [
        TimelineEntry(
            kind="referral",
            record_id=r.id,
            on=r.made_on,
            at=None,
            title=r.destination,
            detail=r.kind.value,
        )
        for r in rows
    ]


def _sub_goal_entries(s: Session, person_id: int) -> list[TimelineEntry]:
    rows = s.execute(
        select(SubGoal.id, SubGoal.followed_up_on, SubGoal.status, SubGoal.title)
        .join(Goal, SubGoal.goal_id == Goal.id)
        .where(Goal.person_id == person_id, SubGoal.followed_up_on.is_not(None))
    ).all()
    return [
        TimelineEntry(
            kind="sub_goal_follow_up",
            record_id=r.id,
            on=r.followed_up_on,
            at=None,
            title=r.title,
            detail=r.status.value,
        )
        for r in rows
    ]


# --------------------------------------------------------- case-system text

# Headings and words of the case-system text. The UI passes translations for
# any of these keys; "{date}" and "{minutes}" are filled in.
DEFAULT_LABELS: dict[str, str] = {
    "person": "Person",
    "wishes": "Wishes",
    "hopes": "Hopes",
    "dreams": "Dreams",
    "strengths": "Strengths",
    "goals": "Goals",
    "set_on": "set {date}",
    "follow_up_on": "follow-up {date}",
    "followed_up_on": "followed up {date}",
    "conversations": "Conversations",
    "conversations_since": "Conversations since {date}",
    "minutes": "{minutes} min",
    "themes": "Themes",
    "own_words": "In their own words",
    "next_steps": "Next steps",
    "follow_up": "Follow-up",
    "done_on": "done {date}",
    "status.continue": "continue",
    "status.change": "change",
    "status.end": "ended",
    "status.reassess": "reassess",
    "kind.care_conversation": "Care conversation",
    "kind.peer_support": "Peer support",
    "kind.group": "Group",
    "kind.phone": "Phone",
    "kind.walk": "Walk",
}


def _dmy(value: date) -> str:
    return f"{value:%d.%m.%Y}"


def _indented(body: str, indent: str) -> list[str]:
    return [indent + row if row.strip() else "" for row in body.strip("\n").splitlines()]


def case_system_text(
    vault: Vault,
    person_id: int,
    *,
    since: date | str | None = None,
    labels: Mapping[str, str] | None = None,
) -> str:
    """Plain text to paste into the municipality's documentation system.

    The alias, wishes/hopes/dreams/strengths, goals with their sub-goals and
    status, and the conversations from `since` on (all when None), oldest
    first: what the person said in their own words, next steps and follow-up.
    Never the worker's private reaction nor their shared lived experience:
    those columns are not even read. Empty sections are left out.
    """
    since = v.a_date(since, "since")
    words = dict(DEFAULT_LABELS)
    for key, value in (labels or {}).items():
        if not isinstance(value, str):
            raise ValidationError("labels", ValidationError.BAD_CHOICE, expected="text")
        words[key] = value
    with vault.session() as s:
        person = _load_person_profile(s, person_id)
        query = (
            select(
                CareConversation.occurred_at,
                CareConversation.duration_minutes,
                CareConversation.kind,
                CareConversation.themes,
                CareConversation.own_words,
                CareConversation.next_steps,
                CareConversation.follow_up_on,
                CareConversation.followed_up_on,
            )
            .where(CareConversation.person_id == person_id)
            .order_by(CareConversation.occurred_at, CareConversation.id)
        )
        if since is not None:
            query = query.where(CareConversation.occurred_at >= datetime.combine(since, time.min))
        conversations = s.execute(query).all()
    lines = [f"{words['person']}: {person.alias}"]
    for field in ("wishes", "hopes", "dreams", "strengths"):
        body = getattr(person, field)
        if body.strip():
            lines += ["", words[field], *_indented(body, "")]
    if person.goals:
        lines += ["", words["goals"]]
        for goal in person.goals:
            lines += _goal_lines(goal, words)
    if conversations:
        heading = (
            words["conversations_since"].replace("{date}", _dmy(since))
            if since is not None
            else words["conversations"]
        )
        lines += ["", heading]
        for conv in conversations:
            lines += _conversation_lines(conv, words)
    return "\n".join(lines) + "\n"


def _load_person_profile(s: Session, person_id: int) -> Person:
    # Goals and sub-goals only: conversations are read column by column above,
    # so that the private columns never leave the database.
    if isinstance(person_id, bool) or not isinstance(person_id, int):
        raise NotFound("person", person_id)
    person = s.scalars(
        select(Person)
        .where(Person.id == person_id)
        .options(selectinload(Person.goals).selectinload(Goal.sub_goals))
    ).one_or_none()
    if person is None:
        raise NotFound("person", person_id)
    return person


def _status(words: Mapping[str, str], status: Any) -> str:
    return words.get(f"status.{status.value}", status.value)


def _goal_lines(goal: Goal, words: Mapping[str, str]) -> list[str]:
    facts = [_status(words, goal.status)]
    if goal.set_on:
        facts.append(words["set_on"].replace("{date}", _dmy(goal.set_on)))
    lines = [f"- {goal.title} ({', '.join(facts)})", *_indented(goal.own_words, "  ")]
    for sub in goal.sub_goals:
        facts = [_status(words, sub.status)]
        if sub.follow_up_on:
            facts.append(words["follow_up_on"].replace("{date}", _dmy(sub.follow_up_on)))
        if sub.followed_up_on:
            facts.append(words["followed_up_on"].replace("{date}", _dmy(sub.followed_up_on)))
        lines += [f"  - {sub.title} ({', '.join(facts)})", *_indented(sub.note, "    ")]
    return lines


def _conversation_lines(conv: Any, words: Mapping[str, str]) -> list[str]:
    head = [f"{_dmy(conv.occurred_at)} {conv.occurred_at:%H:%M}"]
    head.append(words.get(f"kind.{conv.kind.value}", conv.kind.value))
    if conv.duration_minutes:
        head.append(words["minutes"].replace("{minutes}", str(conv.duration_minutes)))
    lines = ["- " + ", ".join(head)]
    if conv.themes:
        lines.append(f"  {words['themes']}: {', '.join(conv.themes)}")
    for field in ("own_words", "next_steps"):
        body = getattr(conv, field)
        if body.strip():
            lines += [f"  {words[field]}:", *_indented(body, "    ")]
    if conv.follow_up_on:
        follow_up = _dmy(conv.follow_up_on)
        if conv.followed_up_on:
            done = words["done_on"].replace("{date}", _dmy(conv.followed_up_on))
            follow_up += f" ({done})"
        lines.append(f"  {words['follow_up']}: {follow_up}")
    return lines
