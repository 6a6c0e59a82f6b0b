"""Demo people supported: their own words, goals, care conversations and referrals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from peerdesk.demo import texts
from peerdesk.demo.frame import Dice, Rows, Span, at
from peerdesk.vault.models import (
    CareConversation,
    ConversationAddendum,
    Goal,
    Person,
    Referral,
    SubGoal,
)

_KINDS = ("care_conversation", "peer_support", "walk", "phone", "group")
_KIND_WEIGHTS = (35, 30, 15, 15, 5)
_MINUTES = {
    "phone": (10, 15, 20, 30),
    "walk": (45, 60, 75, 90),
    "group": (90, 120),
}
_DEFAULT_MINUTES = (30, 45, 60, 75, 90)


@dataclass
class _Person:
    id: int
    alias: str
    status: str
    first_met: date
    window: tuple[date, date]  # when conversations can have happened
    focus: list[str]
    weight: float
    ended_on: date | None = None
    days: list[date] = field(default_factory=list)


def add_care(rows: Rows, span: Span, seed: int) -> None:
    """About 30 people and 300 conversations a year, with goals and referrals."""
    dice = Dice(seed, "care")
    people = [_invent_person(dice, span, i + 1) for i in range(span.total(30))]
    for person in people:
        _write_person(rows, dice, span, person)
    _plan_days(dice, span, people)
    overdue_candidates: list[int] = []
    for person in people:
        for day in sorted(person.days):
            conversation_id = _write_conversation(rows, dice, span, person, day)
            row = rows.get(CareConversation.__table__, conversation_id)
            follow_up = row["follow_up_on"]
            if (
                person.status == "active"
                and isinstance(follow_up, date)
                and span.today - timedelta(days=40) <= follow_up < span.today
            ):
                overdue_candidates.append(conversation_id)
        _write_goals(rows, dice, span, person)
        _write_referrals(rows, dice, span, person)
    # Some follow-ups always slipped: they show as overdue.
    slipped = span.parallel(3)
    for conversation_id in dice.some(overdue_candidates, slipped, slipped):
        rows.get(CareConversation.__table__, conversation_id)["followed_up_on"] = None


def _alias(dice: Dice) -> str:
    if dice.chance(0.6):
        return f"{dice.pick(texts.PERSON_FIRST_NAMES)} {dice.pick(texts.INITIALS)}."
    return f"{dice.pick(texts.INITIALS)}.{dice.pick(texts.INITIALS)}."


def _invent_person(dice: Dice, span: Span, person_id: int) -> _Person:
    last = span.today - timedelta(days=1)
    if dice.chance(0.35):
        first_met = dice.day(span.start - timedelta(days=700), span.start - timedelta(days=1))
    else:
        first_met = dice.day(span.start, span.today - timedelta(days=14))
    begin = max(first_met, span.start)
    status, end, ended_on = "active", last, None
    roll = dice.rng.random()
    if roll < 0.15 and (last - begin).days > 90:
        status = "ended"
        ended_on = dice.day(begin + timedelta(days=45), last - timedelta(days=30))
        end = ended_on
    elif roll < 0.25 and (last - begin).days > 90:
        status, end = "paused", last - timedelta(days=45)
    return _Person(
        id=person_id,
        alias=_alias(dice),
        status=status,
        first_met=first_met,
        window=(begin, end),
        focus=dice.some(texts.THEMES, 2, 4),
        weight=(end - begin).days * (0.4 + 1.6 * dice.rng.random()),
        ended_on=ended_on,
    )


def _write_person(rows: Rows, dice: Dice, span: Span, person: _Person) -> None:
    strengths = dice.some(texts.STRENGTHS, 2, 4)
    consent = dice.chance(0.92)
    rows.add(
        Person.__table__,
        stamp=at(person.first_met, 15),
        alias=person.alias,
        status=person.status,
        first_met=person.first_met,
        wishes=" ".join(dice.some(texts.WISHES, 1, 2)),
        hopes=" ".join(dice.some(texts.HOPES, 1, 2)),
        dreams=dice.pick(texts.DREAMS),
        strengths=(", ".join(strengths) + ".").capitalize(),
        consent_noted=consent,
        consent_note=dice.pick(texts.CONSENT_NOTES) if consent else "",
        consent_on=person.first_met if consent else None,
        retention_review_on=person.ended_on + timedelta(days=180) if person.ended_on else None,
    )


def _plan_days(dice: Dice, span: Span, people: list[_Person]) -> None:
    """Spread the conversations over the people, busier relationships getting more."""
    total = span.total(300)
    for person in people:
        begin, _ = person.window
        # The first meeting is a conversation too, when it falls in the history.
        person.days.append(person.first_met if person.first_met >= span.start else begin)
    weights = [p.weight + 1 for p in people]
    for person in dice.rng.choices(people, weights, k=max(0, total - len(people))):
        begin, end = person.window
        person.days.append(dice.day(begin, end))


def _write_conversation(rows: Rows, dice: Dice, span: Span, person: _Person, day: date) -> int:
    kind = dice.weighted(_KINDS, _KIND_WEIGHTS)
    if day.weekday() >= 5 and kind not in ("walk", "phone"):
        kind = "walk"  # weekend meetings are walks or calls
    occurred = dice.clock(day, 9, 16)
    themes = [dice.pick(person.focus)]
    for _ in range(dice.weighted((0, 1, 2), (40, 45, 15))):
        extra = dice.pick(person.focus) if dice.chance(0.75) else dice.pick(texts.THEMES)
        if extra not in themes:
            themes.append(extra)
    said = [dice.pick(texts.OWN_WORDS[t]) for t in themes]
    if dice.chance(0.35):
        said.append(dice.pick(texts.MOOD_LINES))
    steps = [dice.pick(texts.NEXT_STEPS[t]) for t in themes[: dice.between(1, 2)]]
    follow_up = followed = None
    if dice.chance(0.65):
        follow_up = day + timedelta(days=dice.between(7, 21))
        if follow_up < span.today and (person.status == "ended" or dice.chance(0.97)):
            followed = min(follow_up + timedelta(days=dice.between(0, 4)), span.today)
    conversation_id = rows.add(
        CareConversation.__table__,
        stamp=occurred + timedelta(hours=2),
        person_id=person.id,
        occurred_at=occurred,
        duration_minutes=dice.pick(_MINUTES.get(kind, _DEFAULT_MINUTES)),
        place=dice.pick(texts.PLACES_BY_KIND[kind]),
        kind=kind,
        themes=themes,
        own_words=" ".join(said),
        next_steps=" ".join(s.format(alias=person.alias) for s in steps),
        follow_up_on=follow_up,
        followed_up_on=followed,
        lived_experience_shared=dice.pick(texts.LIVED_EXPERIENCE) if dice.chance(0.3) else "",
        my_reaction=(
            dice.pick(texts.MY_REACTION).format(alias=person.alias) if dice.chance(0.25) else ""
        ),
    )
    if dice.chance(0.04):
        written = min(occurred + timedelta(days=dice.between(1, 10)), at(span.today, 8))
        rows.add(
            ConversationAddendum.__table__,
            stamp=written,
            conversation_id=conversation_id,
            written_at=written,
            text=dice.pick(texts.ADDENDA),
        )
    return conversation_id


def _write_goals(rows: Rows, dice: Dice, span: Span, person: _Person) -> None:
    mine = [g for g in texts.GOALS if g[0] in person.focus]
    others = [g for g in texts.GOALS if g[0] not in person.focus]
    wanted = dice.weighted((1, 2, 3), (3, 5, 2))
    chosen = (dice.some(mine, 0, len(mine)) + dice.some(others, 1, 2))[:wanted]
    begin, end = person.window
    for position, (_, title, own_words, sub_goals) in enumerate(chosen):
        set_on = dice.day(person.first_met, min(person.first_met + timedelta(days=60), end))
        if person.status == "ended":
            status = dice.weighted(("end", "continue"), (60, 40))
        else:
            status = dice.weighted(("continue", "change", "end", "reassess"), (60, 15, 12, 13))
        goal_id = rows.add(
            Goal.__table__,
            stamp=at(set_on, 14),
            person_id=person.id,
            title=title,
            own_words=own_words,
            status=status,
            set_on=set_on,
            position=position,
        )
        count = dice.weighted((1, 2, 3), (5, 4, 1))
        for sub_position, sub_title in enumerate(sub_goals[:count]):
            follow_up = set_on + timedelta(days=dice.between(30, 120))
            done = follow_up < span.today and dice.chance(0.85)
            rows.add(
                SubGoal.__table__,
                stamp=at(set_on, 14),
                goal_id=goal_id,
                title=sub_title,
                note=dice.pick(texts.SUB_GOAL_NOTES),
                status=dice.weighted(("continue", "change", "end", "reassess"), (50, 15, 25, 10))
                if done
                else "continue",
                follow_up_on=follow_up,
                followed_up_on=min(follow_up + timedelta(days=dice.between(0, 7)), span.today)
                if done
                else None,
                position=sub_position,
            )


def _write_referrals(rows: Rows, dice: Dice, span: Span, person: _Person) -> None:
    begin, end = person.window
    for _ in range(dice.weighted((0, 1, 2), (25, 50, 25))):
        kind, destination = dice.pick(texts.REFERRALS)
        made_on = dice.day(begin, end)
        follow_up = made_on + timedelta(days=dice.between(14, 42))
        heard = follow_up < span.today and dice.chance(0.85)
        rows.add(
            Referral.__table__,
            stamp=at(made_on, 16),
            person_id=person.id,
            made_on=made_on,
            kind=kind,
            destination=destination,
            note=dice.pick(texts.REFERRAL_NOTES),
            follow_up_on=follow_up,
            outcome=dice.pick(texts.REFERRAL_OUTCOMES) if heard else "",
        )
