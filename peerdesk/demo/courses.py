"""Demo courses: a co-taught mentor education and a recovery group, with sessions and prep."""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.demo import texts_selfcare as words
from peerdesk.demo.frame import Dice, Rows, Span, at
from peerdesk.vault.models import Course, CourseSession, PrepItem

# The latest recovery group started this long ago; weekly sessions leave two to come.
_RECOVERY_LEAD = timedelta(days=38)


def add_courses(rows: Rows, span: Span, seed: int) -> None:
    """One mentor education and one recovery group per year of history (more at scale)."""
    dice = Dice(seed, "courses")
    pairs = span.total(1)
    stride = (span.today - span.start) / pairs
    for pair in range(pairs):
        end = span.start + stride * (pair + 1)
        mentor_start = _weekday(span.start + stride * pair + stride / 4, 1)
        _add_course(
            rows,
            dice,
            span,
            kind="mentor_education",
            title=f"Mentoruddannelsen {_season(mentor_start)} {mentor_start.year}",
            first=mentor_start,
            every=timedelta(days=14),
            topics=words.MENTOR_TOPICS,
            hours=(9, 15),
            heads=(8, 16),
            role="both",
            description="Uddannelse af frivillige mentorer, planlagt og undervist sammen "
            "med en fagperson fra distriktspsykiatrien.",
        )
        recovery_start = end - _RECOVERY_LEAD
        _add_course(
            rows,
            dice,
            span,
            kind="recovery_group",
            title=f"Recoverygruppen {_season(recovery_start)} {recovery_start.year}",
            first=recovery_start,
            every=timedelta(days=7),
            topics=words.RECOVERY_TOPICS,
            hours=(17, 19),
            heads=(5, 12),
            role=dice.pick(("teaching", "both")),
            description="Et lukket gruppeforløb om recovery, styrker og trivselsplaner.",
        )


def _weekday(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def _season(d: date) -> str:
    return "forår" if d.month <= 6 else "efterår"


def _add_course(
    rows: Rows,
    dice: Dice,
    span: Span,
    *,
    kind: str,
    title: str,
    first: date,
    every: timedelta,
    topics: tuple[str, ...],
    hours: tuple[int, int],
    heads: tuple[int, int],
    role: str,
    description: str,
) -> None:
    last = first + every * (len(topics) - 1)
    course_id = rows.add(
        Course.__table__,
        stamp=min(at(first, 10) - timedelta(days=60), at(span.today, 8)),
        title=title,
        kind=kind,
        starts_on=first,
        ends_on=last,
        co_teachers=", ".join(dice.some(words.CO_TEACHERS, 1, 2)),
        partners=", ".join(dice.some(words.PARTNERS, 1, 2)),
        my_role=role,
        description=description,
    )
    for number, topic in enumerate(topics):
        day = first + every * number
        held = day < span.today
        prepared = min(at(day, 8) - timedelta(days=3), at(span.today, 8))
        session_id = rows.add(
            CourseSession.__table__,
            stamp=prepared,
            course_id=course_id,
            starts_at=at(day, hours[0]),
            ends_at=at(day, hours[1]),
            topic=topic,
            my_part=dice.pick(words.MY_PART),
            materials=dice.pick(words.MATERIALS),
            prep_minutes=dice.pick((30, 45, 60, 90, 120, 180)),
            head_count=dice.between(*heads) if held else None,
            evaluation_worked=dice.pick(words.EVALUATION_WORKED) if held else "",
            evaluation_change=dice.pick(words.EVALUATION_CHANGE) if held else "",
        )
        for position, item in enumerate(dice.some(words.PREP_ITEMS, 2, 4)):
            rows.add(
                PrepItem.__table__,
                session_id=session_id,
                text=item,
                done=held or dice.chance(0.4),
                position=position,
            )
