"""One search across every area, over the FTS5 index `search_index`.

The user's text never reaches FTS5 as syntax: it is cut into words, each word
is quoted and made a prefix ("kaf" finds "kaffe"), and the words are AND-ed.
Each area is ranked (bm25) and cut to its limit inside SQLite, so a search
costs the same whether the vault holds a hundred records or a hundred thousand.
Titles are looked up from the source rows (one query per table) rather than
stored in the index, so a renamed person never shows under an old name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import Select, bindparam, func, null, select, text
from sqlalchemy.orm import Session

from peerdesk.services.errors import ValidationError
from peerdesk.vault import Vault, fts
from peerdesk.vault import areas as vault_areas
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

# The areas a search covers, in the order results are shown (the worker's own
# self-care area included: this is the worker's own search).
AREAS = (
    vault_areas.CARE,
    vault_areas.CAFE,
    vault_areas.VOLUNTEERS,
    vault_areas.SELFCARE,
    vault_areas.COURSES,
)

# The area of every table in the index (a test checks that none is left out).
AREA_OF_TABLE: Mapping[str, str] = MappingProxyType(
    {table: area for table, area in vault_areas.AREA_OF_TABLE.items() if table in fts.KIND_CODES}
)

MATCH_START, MATCH_END = "\x02", "\x03"  # around each match in a snippet
SNIPPET_TOKENS = 16
MAX_WORDS = 16
MAX_LIMIT = 200

# Characters with a meaning in FTS5 query syntax, and control characters.
_SYNTAX = re.compile(r'["*():^+{}\[\]\\]|[\x00-\x1f\x7f-\x9f]')
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SearchHit:
    """One found record.

    `name` names it from its source row (a person's alias, a café's name, a
    course's title; "" for a check-in and the like), `on` is its date if it has
    one, and `title` is both in one plain line ("K. – 2026-11-17"). A UI that
    formats dates itself shows `name` and `on`, and a label for `table`.
    `person_id`, `cafe_id`, `volunteer_id` and `course_id` say which record to
    open in its tab (None where not relevant).
    `snippet` marks each match with MATCH_START … MATCH_END. A lower `rank` is
    a better match (bm25).
    """

    area: str
    table: str
    record_id: int
    title: str
    snippet: str
    rank: float
    name: str = ""
    on: date | None = None
    person_id: int | None = None
    cafe_id: int | None = None
    volunteer_id: int | None = None
    course_id: int | None = None


@dataclass(frozen=True)
class SearchResults:
    """The hits of one search, best first, per area searched (in AREAS order)."""

    query: str
    by_area: Mapping[str, tuple[SearchHit, ...]]

    @property
    def total(self) -> int:
        return sum(len(hits) for hits in self.by_area.values())

    def __iter__(self):
        for hits in self.by_area.values():
            yield from hits

    def __bool__(self) -> bool:
        return self.total > 0


def match_expression(query: str) -> str | None:
    """The FTS5 expression for the user's text, or None when it holds no word.

    Each word is quoted (so AND, NEAR, quotes and brackets are plain text) and
    made a prefix query; words are AND-ed. A "word" without a letter or digit
    would make an empty phrase, which matches nothing, so it is dropped.
    """
    cleaned = _SYNTAX.sub(" ", unicodedata.normalize("NFC", query))
    words: dict[str, None] = {}
    for word in cleaned.split():
        if any(unicodedata.category(ch)[0] in "LN" for ch in word):
            # lower(), not casefold(): "ß" must stay "ß", as the tokenizer keeps it.
            words.setdefault(word.lower(), None)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in list(words)[:MAX_WORDS])


def search(
    vault: Vault,
    query: str,
    *,
    limit_per_area: int = 20,
    areas: Iterable[str] | None = None,
) -> SearchResults:
    """Find records in every area (or the `areas` given) whose text matches `query`.

    Any text is accepted as a query: nothing the user types is FTS syntax. A
    query without words returns empty results without touching the vault.
    """
    if not isinstance(query, str):
        raise ValidationError("query", ValidationError.BAD_CHOICE, expected="text")
    wanted = _areas(areas)
    limit = _limit(limit_per_area)
    match = match_expression(query)
    if match is None or not wanted:
        return SearchResults(query, MappingProxyType({area: () for area in wanted}))
    with vault.session() as s:
        found = {area: _search_area(s, area, match, limit) for area in wanted}
        wanted_ids: dict[str, set[int]] = defaultdict(set)
        for rows in found.values():
            for rowid, _rank, _snippet in rows:
                table, record_id = fts.split_rowid(rowid)
                wanted_ids[table].add(record_id)
        titles = {table: _look_up(s, table, ids) for table, ids in wanted_ids.items()}
    by_area = {}
    for area, rows in found.items():
        hits = []
        for rowid, rank, snippet in rows:
            table, record_id = fts.split_rowid(rowid)
            source = titles[table].get(record_id)
            if source is None:  # the index ran ahead of its source; never show a ghost
                continue
            hits.append(
                SearchHit(
                    area=area,
                    table=table,
                    record_id=record_id,
                    snippet=_SPACE.sub(" ", snippet or "").strip(),
                    rank=float(rank),
                    **source,
                )
            )
        by_area[area] = tuple(hits)
    return SearchResults(query, MappingProxyType(by_area))


# ------------------------------------------------------------- the index

_AREA_SQL = text(
    f"SELECT rowid, rank, snippet({fts.INDEX}, 1, :start, :end, '…', {SNIPPET_TOKENS}) "
    f"FROM {fts.INDEX} WHERE {fts.INDEX} MATCH :match "
    # The rowid range lets FTS5 skip other areas' rows before ranking; the kind
    # test keeps the answer exact should an area's kind codes ever be apart.
    "AND rowid BETWEEN :low AND :high AND kind IN :kinds "
    "ORDER BY rank LIMIT :limit"
).bindparams(bindparam("kinds", expanding=True))


def _search_area(s: Session, area: str, match: str, limit: int) -> list[tuple[int, float, str]]:
    tables = [t for t, a in AREA_OF_TABLE.items() if a == area]
    codes = [fts.KIND_CODES[t] for t in tables]
    params = {
        "start": MATCH_START,
        "end": MATCH_END,
        "match": match,
        "low": min(codes) << fts.KIND_SHIFT,
        "high": (max(codes) << fts.KIND_SHIFT) | fts.ID_MASK,
        "kinds": tables,
        "limit": limit,
    }
    return [tuple(row) for row in s.execute(_AREA_SQL, params)]


def _areas(areas: Iterable[str] | None) -> list[str]:
    if areas is None:
        return list(AREAS)
    if isinstance(areas, str):
        areas = [areas]
    chosen = set(areas)
    if not chosen <= set(AREAS):
        raise ValidationError("areas", ValidationError.BAD_CHOICE, allowed="/".join(AREAS))
    return [area for area in AREAS if area in chosen]


def _limit(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("limit_per_area", ValidationError.BAD_CHOICE, expected="number")
    if not 1 <= value <= MAX_LIMIT:
        raise ValidationError(
            "limit_per_area", ValidationError.OUT_OF_RANGE, minimum=1, maximum=MAX_LIMIT
        )
    return value


# -------------------------------------------------------------- titles


def _row(record_id, on=None, *, person=None, cafe=None, volunteer=None, course=None, name=()):
    """id, date, person_id, cafe_id, volunteer_id, course_id, then the title's parts."""
    links = {"on": on, "person": person, "cafe": cafe, "volunteer": volunteer, "course": course}
    columns = [(null() if c is None else c).label(n) for n, c in links.items()]
    parts = [part.label(f"part_{i}") for i, part in enumerate(name)]
    return select(record_id.label("id"), *columns, *parts)


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


_TITLES: dict[str, tuple[type, Callable[[], Select]]] = {
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


def _look_up(s: Session, table: str, ids: set[int]) -> dict[int, dict]:
    """Title, date and record links of the given rows of one table, by id."""
    model, build = _TITLES[table]
    found = {}
    for record_id, on, person, cafe, volunteer, course, *parts in s.execute(
        build().where(model.id.in_(sorted(ids)))
    ):
        day = on.date() if isinstance(on, datetime) else on
        words: dict[str, str] = {}  # by casefold: a topic named as its module shows once
        for part in parts:
            word = "" if part is None else str(part).strip()
            if word:
                words.setdefault(word.casefold(), word)
        name = " – ".join(words.values())
        found[record_id] = {
            "title": " – ".join(w for w in (name, day and day.isoformat()) if w),
            "name": name,
            "on": day,
            "person_id": person,
            "cafe_id": cafe,
            "volunteer_id": volunteer,
            "course_id": course,
        }
    return found
