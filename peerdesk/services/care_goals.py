"""A person's own goals, their sub-goals, and the municipal follow-up model.

Import the care area through `peerdesk.services.care`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peerdesk.services import validation as v
from peerdesk.services.care_common import UNSET, Unset, get_or_raise, given, required_date
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import FollowUpStatus, Goal, Person, SubGoal
from peerdesk.vault.models.base import LONG


def _load_goal(s: Session, goal_id: object) -> Goal:
    if isinstance(goal_id, bool) or not isinstance(goal_id, int):
        raise NotFound("goal", goal_id)
    goal = s.scalars(
        select(Goal).where(Goal.id == goal_id).options(selectinload(Goal.sub_goals))
    ).one_or_none()
    if goal is None:
        raise NotFound("goal", goal_id)
    return goal


def add_goal(
    vault: Vault,
    *,
    person_id: int,
    title: str,
    own_words: str = "",
    status: FollowUpStatus | str = FollowUpStatus.CONTINUE,
    set_on: date | str | None = None,
) -> Goal:
    """Add a goal (after the person's other goals), in the person's own words."""
    title = v.line(title, "title", required=True)
    own_words = v.text(own_words, "own_words")
    status = v.choice(status, FollowUpStatus, "status")
    set_on = v.a_date(set_on, "set_on")
    with vault.session() as s:
        get_or_raise(s, Person, person_id, "person")
        position = s.scalar(
            select(func.coalesce(func.max(Goal.position) + 1, 0)).where(Goal.person_id == person_id)
        )
        goal = Goal(
            person_id=person_id,
            title=title,
            own_words=own_words,
            status=status,
            set_on=set_on,
            position=position,
            sub_goals=[],
        )
        s.add(goal)
        s.flush()
    return goal


def update_goal(
    vault: Vault,
    goal_id: int,
    *,
    title: str | Unset = UNSET,
    own_words: str | Unset = UNSET,
    status: FollowUpStatus | str | Unset = UNSET,
    set_on: date | str | None | Unset = UNSET,
) -> Goal:
    """Change the fields passed (None clears `set_on`); returns the goal with its sub-goals."""
    values = given(title=title, own_words=own_words, status=status, set_on=set_on)
    if "title" in values:
        values["title"] = v.line(values["title"], "title", required=True)
    if "own_words" in values:
        values["own_words"] = v.text(values["own_words"], "own_words")
    if "status" in values:
        values["status"] = v.choice(values["status"], FollowUpStatus, "status")
    if "set_on" in values:
        values["set_on"] = v.a_date(values["set_on"], "set_on")
    with vault.session() as s:
        # A changed goal may get a new start date after its old sub-goals'
        # follow-ups: those are history, so the dates are not compared here.
        goal = _load_goal(s, goal_id)
        for name, value in values.items():
            setattr(goal, name, value)
    return goal


def add_sub_goal(
    vault: Vault,
    *,
    goal_id: int,
    title: str,
    note: str = "",
    follow_up_on: date | str | None = None,
) -> SubGoal:
    """Add a step towards a goal, with an optional follow-up date (not before the goal was set)."""
    title = v.line(title, "title", required=True)
    note = v.text(note, "note")
    follow_up_on = v.a_date(follow_up_on, "follow_up_on")
    with vault.session() as s:
        goal = get_or_raise(s, Goal, goal_id, "goal")
        v.ordered(goal.set_on, follow_up_on, "follow_up_on", strict=False)
        position = s.scalar(
            select(func.coalesce(func.max(SubGoal.position) + 1, 0)).where(
                SubGoal.goal_id == goal_id
            )
        )
        sub = SubGoal(
            goal_id=goal_id,
            title=title,
            note=note,
            follow_up_on=follow_up_on,
            position=position,
        )
        s.add(sub)
        s.flush()
    return sub


def update_sub_goal(
    vault: Vault,
    sub_goal_id: int,
    *,
    title: str | Unset = UNSET,
    note: str | Unset = UNSET,
    follow_up_on: date | str | None | Unset = UNSET,
) -> SubGoal:
    """Correct a sub-goal's title, note or follow-up date (None clears the date).

    Recording a follow-up goes through record_sub_goal_follow_up instead.
    """
    values = given(title=title, note=note, follow_up_on=follow_up_on)
    if "title" in values:
        values["title"] = v.line(values["title"], "title", required=True)
    if "note" in values:
        values["note"] = v.text(values["note"], "note")
    if "follow_up_on" in values:
        values["follow_up_on"] = v.a_date(values["follow_up_on"], "follow_up_on")
    with vault.session() as s:
        sub = get_or_raise(s, SubGoal, sub_goal_id, "sub_goal")
        if "follow_up_on" in values:
            goal = s.get(Goal, sub.goal_id)
            v.ordered(goal.set_on, values["follow_up_on"], "follow_up_on", strict=False)
        for name, value in values.items():
            setattr(sub, name, value)
    return sub


def record_sub_goal_follow_up(
    vault: Vault,
    sub_goal_id: int,
    *,
    status: FollowUpStatus | str,
    on: date | str,
    note: str | None = None,
    follow_up_on: date | str | None = None,
) -> SubGoal:
    """Record that a sub-goal was followed up on `on` with the model's verdict.

    END closes the sub-goal (no next follow-up may be given). CONTINUE, CHANGE
    and REASSESS may set the next `follow_up_on`, which must come after `on`
    (the same day would read as already done). A `note` is added to the
    sub-goal's note as a dated line; earlier text is kept.
    """
    status = v.choice(status, FollowUpStatus, "status")
    on = required_date(on, "on")
    note = v.text(note, "note")
    follow_up_on = v.a_date(follow_up_on, "follow_up_on")
    if status is FollowUpStatus.END and follow_up_on is not None:
        raise ValidationError("follow_up_on", ValidationError.NOT_ALLOWED, reason="ended")
    v.ordered(on, follow_up_on, "follow_up_on", strict=True)
    with vault.session() as s:
        sub = get_or_raise(s, SubGoal, sub_goal_id, "sub_goal")
        if note.strip():
            line = f"{on:%d.%m.%Y}: {note}"
            combined = f"{sub.note}\n{line}" if sub.note else line
            if len(combined) > LONG:
                raise ValidationError("note", ValidationError.TOO_LONG, limit=LONG)
            sub.note = combined
        sub.status = status
        sub.followed_up_on = on
        if follow_up_on is not None:
            sub.follow_up_on = follow_up_on
    return sub
