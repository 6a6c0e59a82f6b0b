"""Titles, dates and record links of search hits, looked up from their source rows.

Kept out of the index on purpose: a renamed person or café shows under its new
name at once, and the index holds text only.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from datetime import date

from sqlalchemy import (
    Select,
    String,
    bindparam,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from peerdesk.vault.models import (
    BoundarySituation,
    Cafe,
    CafeSession,
    CareConversation,
    CheckIn,
    ConversationAddendum,
    Course,
    CourseSession,
    DayClosing,
    Goal,
    Incident,
    Person,
    PrepItem,
    Referral,
    Shift,
    SparringAgreement,
    SparringSession,
    SubGoal,
    SupervisionMeeting,
    TrainingModule,
    TrainingSession,
    Volunteer,
    VolunteerTask,
    WellbeingPlanSection,
    WorkEntry,
    sparring_participant,
)

# Every title select has these columns, then PARTS parts of the title (NULL-padded),
# so that the selects of several tables can be one UNION ALL.
PARTS = 2


def _row(record_id, on=None, *, person=None, cafe=None, volunteer=None, course=None, name=()):
    """id, date, person_id, cafe_id, volunteer_id, course_id, then the title's parts."""
    # The date as its stored text: a union's columns take the first select's type,
    # and a DATE and a DATETIME column must not be parsed by each other's rules.
    day = null() if on is None else type_coerce(on, String)
    links = {"person": person, "cafe": cafe, "volunteer": volunteer, "course": course}
    columns = [(null() if c is None else c).label(n) for n, c in links.items()]
    parts = list(name) + [null()] * (PARTS - len(name))
    return select(
        record_id.label("id"),
        day.label("on"),
        *columns,
        *(part.label(f"part_{i}") for i, part in enumerate(parts)),
    )


def _sparring_names(sparring_id):
    return (
        select(func.group_concat(Volunteer.name, ", "))
        .join(sparring_participant, sparring_participant.c.volunteer_id == Volunteer.id)
        .where(sparring_participant.c.sparring_id == sparring_id)
        .scalar_subquery()
    )


def _sole_participant(sparring_id):
    # The volunteer to open, when the sparring was with one host only.
    return (
        select(func.min(sparring_participant.c.volunteer_id))
        .where(sparring_participant.c.sparring_id == sparring_id)
        .having(func.count() == 1)
        .scalar_subquery()
    )


TITLES: dict[str, tuple[type, Callable[[], Select]]] = {
    "person": (Person, lambda: _row(Person.id, person=Person.id, name=[Person.alias])),
    "goal": (
        Goal,
        lambda: _row(Goal.id, person=Goal.person_id, name=[Person.alias, Goal.title]).join(
            Person, Person.id == Goal.person_id
        ),
    ),
    "sub_goal": (
        SubGoal,
        lambda: (
            _row(SubGoal.id, person=Goal.person_id, name=[Person.alias, SubGoal.title])
            .join(Goal, Goal.id == SubGoal.goal_id)
            .join(Person, Person.id == Goal.person_id)
        ),
    ),
    "care_conversation": (
        CareConversation,
        lambda: _row(
            CareConversation.id,
            CareConversation.occurred_at,
            person=CareConversation.person_id,
            name=[Person.alias],
        ).join(Person, Person.id == CareConversation.person_id),
    ),
    "conversation_addendum": (
        ConversationAddendum,
        lambda: (
            _row(
                ConversationAddendum.id,
                CareConversation.occurred_at,
                person=CareConversation.person_id,
                name=[Person.alias],
            )
            .join(CareConversation, CareConversation.id == ConversationAddendum.conversation_id)
            .join(Person, Person.id == CareConversation.person_id)
        ),
    ),
    "referral": (
        Referral,
        lambda: _row(
            Referral.id,
            Referral.made_on,
            person=Referral.person_id,
            name=[Person.alias, Referral.destination],
        ).join(Person, Person.id == Referral.person_id),
    ),
    "cafe": (Cafe, lambda: _row(Cafe.id, cafe=Cafe.id, name=[Cafe.name])),
    "cafe_session": (
        CafeSession,
        lambda: _row(
            CafeSession.id, CafeSession.starts_at, cafe=CafeSession.cafe_id, name=[Cafe.name]
        ).join(Cafe, Cafe.id == CafeSession.cafe_id),
    ),
    "incident": (
        Incident,
        lambda: (
            _row(Incident.id, CafeSession.starts_at, cafe=CafeSession.cafe_id, name=[Cafe.name])
            .join(CafeSession, CafeSession.id == Incident.session_id)
            .join(Cafe, Cafe.id == CafeSession.cafe_id)
        ),
    ),
    "shift": (
        Shift,
        lambda: _row(Shift.id, Shift.starts_at, cafe=Shift.cafe_id, name=[Cafe.name]).join(
            Cafe, Cafe.id == Shift.cafe_id
        ),
    ),
    "volunteer": (
        Volunteer,
        lambda: _row(Volunteer.id, volunteer=Volunteer.id, name=[Volunteer.name]),
    ),
    "training_module": (
        TrainingModule,
        lambda: _row(TrainingModule.id, name=[TrainingModule.name]),
    ),
    "training_session": (
        TrainingSession,
        lambda: _row(
            TrainingSession.id,
            TrainingSession.held_on,
            name=[TrainingModule.name, TrainingSession.topic],
        ).outerjoin(TrainingModule, TrainingModule.id == TrainingSession.module_id),
    ),
    "sparring_session": (
        SparringSession,
        lambda: _row(
            SparringSession.id,
            SparringSession.held_at,
            volunteer=_sole_participant(SparringSession.id),
            name=[_sparring_names(SparringSession.id)],
        ),
    ),
    "sparring_agreement": (
        SparringAgreement,
        lambda: _row(
            SparringAgreement.id,
            SparringSession.held_at,
            volunteer=_sole_participant(SparringSession.id),
            name=[_sparring_names(SparringSession.id)],
        ).join(SparringSession, SparringSession.id == SparringAgreement.sparring_id),
    ),
    "volunteer_task": (
        VolunteerTask,
        lambda: _row(
            VolunteerTask.id,
            VolunteerTask.on_date,
            volunteer=VolunteerTask.volunteer_id,
            name=[Volunteer.name, VolunteerTask.description],
        ).join(Volunteer, Volunteer.id == VolunteerTask.volunteer_id),
    ),
    "check_in": (CheckIn, lambda: _row(CheckIn.id, CheckIn.at)),
    "boundary_situation": (
        BoundarySituation,
        lambda: _row(
            BoundarySituation.id, BoundarySituation.occurred_on, name=[BoundarySituation.boundary]
        ),
    ),
    "work_entry": (
        WorkEntry,
        lambda: _row(WorkEntry.id, WorkEntry.on_date, name=[WorkEntry.activity]),
    ),
    "supervision_meeting": (
        SupervisionMeeting,
        lambda: _row(SupervisionMeeting.id, SupervisionMeeting.scheduled_at),
    ),
    "wellbeing_plan_section": (
        WellbeingPlanSection,
        lambda: _row(WellbeingPlanSection.id, name=[WellbeingPlanSection.title]),
    ),
    "day_closing": (DayClosing, lambda: _row(DayClosing.id, DayClosing.closed_at)),
    "course": (
        Course,
        lambda: _row(Course.id, Course.starts_on, course=Course.id, name=[Course.title]),
    ),
    "course_session": (
        CourseSession,
        lambda: _row(
            CourseSession.id,
            CourseSession.starts_at,
            course=CourseSession.course_id,
            name=[Course.title, CourseSession.topic],
        ).join(Course, Course.id == CourseSession.course_id),
    ),
    "prep_item": (
        PrepItem,
        lambda: (
            _row(
                PrepItem.id,
                CourseSession.starts_at,
                course=CourseSession.course_id,
                name=[Course.title, CourseSession.topic],
            )
            .join(CourseSession, CourseSession.id == PrepItem.session_id)
            .join(Course, Course.id == CourseSession.course_id)
        ),
    ),
}


def look_up(s: Session, ids: Mapping[str, Iterable[int]]) -> dict[tuple[str, int], dict]:
    """Title, date and record links of the given rows, by (table, id), in one query.

    A row that no longer exists is simply missing from the answer.
    """
    tables = tuple(sorted(table for table, record_ids in ids.items() if record_ids))
    if not tables:
        return {}
    params = {f"ids_{table}": sorted(set(ids[table])) for table in tables}
    found = {}
    rows = s.execute(_statement(tables), params)
    for record_id, on, person, cafe, volunteer, course, *parts, table in rows:
        day = date.fromisoformat(on[:10]) if on else None
        words: dict[str, str] = {}  # by casefold: a topic named as its module shows once
        for part in parts:
            word = "" if part is None else str(part).strip()
            if word:
                words.setdefault(word.casefold(), word)
        name = " – ".join(words.values())
        found[table, record_id] = {
            "title": " – ".join(w for w in (name, day and day.isoformat()) if w),
            "name": name,
            "on": day,
            "person_id": person,
            "cafe_id": cafe,
            "volunteer_id": volunteer,
            "course_id": course,
        }
    return found


@functools.lru_cache(maxsize=128)
def _statement(tables: tuple[str, ...]):
    """One UNION ALL of the title selects of `tables`, each bound to :ids_<table>.

    Built once per set of tables, so that SQLAlchemy's compiled cache serves it.
    """
    selects = []
    for table in tables:
        model, build = TITLES[table]
        selects.append(
            build()
            .add_columns(literal(table, String).label("source"))
            .where(model.id.in_(bindparam(f"ids_{table}", expanding=True)))
        )
    return selects[0] if len(selects) == 1 else union_all(*selects)
