"""Demo volunteer hosts: training modules and statuses, sessions, availability, tasks, sparring."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from peerdesk.demo import texts, texts_cafe
from peerdesk.demo.frame import Dice, Rows, Span, add_months, at
from peerdesk.vault.models import (
    Availability,
    SparringAgreement,
    SparringSession,
    TrainingModule,
    TrainingSession,
    Volunteer,
    VolunteerTask,
    VolunteerTraining,
    sparring_participant,
    training_attendance,
)

# Days after starting by which a new host usually has finished each module.
_MODULE_DUE_DAYS = (7, 30, 90, 180, 300)
# Training sessions a year per module, at scale 1.
_SESSIONS_PER_YEAR = (6, 4, 2, 2, 1.5)
HOST_MODULE = "Værtsrollen"


@dataclass
class Host:
    """A volunteer as the café area needs to know them."""

    id: int
    name: str
    status: str
    started_on: date
    until: date | None  # paused or stopped from this day on
    cafe_ids: list[int] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)

    def can_serve(self, on: date) -> bool:
        return self.started_on <= on and (self.until is None or on < self.until)


def add_modules(rows: Rows) -> dict[str, int]:
    """The five default training modules; their ids by name."""
    ids = {}
    for position, (name, description, months) in enumerate(texts_cafe.TRAINING_MODULES):
        ids[name] = rows.add(
            TrainingModule.__table__,
            stamp=date(2020, 1, 6),
            name=name,
            description=description,
            valid_months=months,
            position=position,
            active=True,
        )
    return ids


def add_hosts(
    rows: Rows, span: Span, seed: int, cafes: list[tuple[int, int, int, int]]
) -> list[Host]:
    """Volunteers with availability, training and sparring.

    `cafes` is (café id, weekday, start hour, end hour) per café.
    """
    dice = Dice(seed, "volunteers")
    hosts = _invent_hosts(dice, span, cafes)
    for host in hosts:
        _write_host(rows, dice, host, cafes)
    _add_training(rows, dice, span, hosts)
    _add_tasks(rows, dice, span, hosts)
    _add_sparring(rows, dice, span, hosts)
    return hosts


def _invent_hosts(dice: Dice, span: Span, cafes: list[tuple[int, int, int, int]]) -> list[Host]:
    hosts: list[Host] = []
    n = span.parallel(15)
    for i in range(n):
        name = f"{dice.pick(texts.VOLUNTEER_FIRST_NAMES)} {dice.pick(texts.INITIALS)}."
        if i < max(2, round(n * 0.4)):  # veterans, from before the invented history
            started = dice.day(span.start - timedelta(days=365 * 4), span.start - timedelta(60))
        else:
            started = dice.day(span.start, span.today - timedelta(days=30))
        status, until = "active", None
        roll = dice.rng.random()
        if roll < 0.08:
            status = "paused"
            until = dice.day(span.today - timedelta(days=120), span.today - timedelta(days=20))
        elif roll < 0.16:
            status = "stopped"
            until = dice.day(started + timedelta(days=90), span.today - timedelta(days=14))
        if until is not None:
            until = min(max(until, started + timedelta(days=1)), span.today)
        hosts.append(Host(i + 1, name, status, started, until))
    # Every café gets hosts enough to cover its shifts, then a few take a second café.
    for i, host in enumerate(hosts):
        host.cafe_ids.append(cafes[i % len(cafes)][0])
        if dice.chance(0.25) and len(cafes) > 1:
            other = dice.pick(cafes)[0]
            if other not in host.cafe_ids:
                host.cafe_ids.append(other)
    return hosts


def _write_host(rows: Rows, dice: Dice, host: Host, cafes: list[tuple[int, int, int, int]]) -> None:
    first = host.name.split()[0]
    mail = first.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    rows.add(
        Volunteer.__table__,
        stamp=host.started_on,
        name=host.name,
        phone=f"+45 {dice.between(20, 61)} {dice.between(10, 99)} "
        f"{dice.between(10, 99)} {dice.between(10, 99)}"
        if dice.chance(0.85)
        else "",
        email=f"{mail}.{host.id}@example.org" if dice.chance(0.6) else "",
        started_on=host.started_on,
        status=host.status,
        note=dice.pick(texts_cafe.VOLUNTEER_NOTES),
    )
    by_id = {c[0]: c for c in cafes}
    for cafe_id in host.cafe_ids:
        _, weekday, start_hour, end_hour = by_id[cafe_id]
        host.weekdays.append(weekday)
        rows.add(
            Availability.__table__,
            volunteer_id=host.id,
            weekday=weekday,
            from_time=at(host.started_on, start_hour).time() if dice.chance(0.8) else None,
            to_time=at(host.started_on, end_hour).time(),
        )
    if dice.chance(0.3):
        extra = dice.between(0, 5)
        if extra not in host.weekdays:
            host.weekdays.append(extra)
            rows.add(Availability.__table__, volunteer_id=host.id, weekday=extra)


def _add_training(rows: Rows, dice: Dice, span: Span, hosts: list[Host]) -> None:
    table = TrainingSession.__table__
    sessions: list[list[tuple[int, date]]] = []  # per module: (session id, held on), by date
    for module_id, per_year in enumerate(_SESSIONS_PER_YEAR, start=1):
        days = sorted(
            dice.workday(span.start, span.today - timedelta(days=1))
            for _ in range(span.total(per_year))
        )
        found = []
        for held in days:
            name, _, _ = texts_cafe.TRAINING_MODULES[module_id - 1]
            session_id = rows.add(
                table,
                stamp=held,
                module_id=module_id,
                held_on=held,
                duration_minutes=dice.pick((90, 120, 150, 180)),
                topic=name,
                note=dice.pick(texts_cafe.TRAINING_NOTES),
            )
            found.append((session_id, held))
        sessions.append(found)

    attended: dict[tuple[int, int], None] = {}
    expiring = _expiring_first_aid(dice, span, hosts)
    for host in hosts:
        for module_id, due_days in enumerate(_MODULE_DUE_DAYS, start=1):
            due = host.started_on + timedelta(days=due_days + dice.between(0, 30))
            status, status_on = _training_status(dice, span, host, module_id, due)
            forced = module_id == 5 and host.id in expiring
            renew = module_id == 5 and status == "trained" and status_on is not None
            if forced:
                status, status_on = "trained", expiring[host.id]
            elif renew and add_months(status_on, 24) < span.today and dice.chance(0.85):
                status_on = dice.day(add_months(span.today, -22), span.today - timedelta(days=1))
            if status == "trained" and status_on is not None and not forced:
                # Trained at a session when one was held soon after the due day.
                for session_id, held in sessions[module_id - 1]:
                    if status_on <= held <= status_on + timedelta(days=120) and host.can_serve(
                        held
                    ):
                        status_on = held
                        attended[(session_id, host.id)] = None
                        break
            if status == "not_started" and host.started_on < span.today - timedelta(days=90):
                continue  # only a new host's plan lists the modules still ahead
            expires_on = None
            if module_id == 5 and status == "trained" and status_on is not None:
                expires_on = add_months(status_on, 24)
            rows.add(
                VolunteerTraining.__table__,
                stamp=status_on or host.started_on,
                volunteer_id=host.id,
                module_id=module_id,
                status=status,
                status_on=status_on,
                expires_on=expires_on,
            )
    # A session with too few sign-ups was filled with hosts taking a refresher.
    present = Counter(session_id for session_id, _ in attended)
    for per_module in sessions:
        for session_id, held in per_module:
            able = [h for h in hosts if h.can_serve(held)]
            missing = max(0, dice.between(2, 5) - present[session_id])
            for host in dice.some(able, missing, missing):
                attended[(session_id, host.id)] = None
    for session_id, volunteer_id in attended:
        rows.add(training_attendance, session_id=session_id, volunteer_id=volunteer_id)


def _expiring_first_aid(dice: Dice, span: Span, hosts: list[Host]) -> dict[int, date]:
    """A few hosts whose first-aid course runs out within 60 days: id -> course day."""
    found = {}
    for host in hosts:
        if len(found) >= span.parallel(3):
            break
        taken = add_months(span.today, -24) + timedelta(days=dice.between(3, 55))
        if host.until is None and host.started_on <= taken:
            found[host.id] = taken
    return found


def _training_status(
    dice: Dice, span: Span, host: Host, module_id: int, due: date
) -> tuple[str, date | None]:
    last_day = min(span.today, host.until) if host.until else span.today
    if due <= last_day - timedelta(days=14):
        if dice.chance(0.92 if module_id <= 3 else 0.75):
            return "trained", due
        return "not_started", None
    if due <= last_day + timedelta(days=30) and host.until is None:
        return "in_training", max(host.started_on, min(due, span.today) - timedelta(days=14))
    return "not_started", None


def _add_tasks(rows: Rows, dice: Dice, span: Span, hosts: list[Host]) -> None:
    for _ in range(span.total(20)):
        on = dice.day(span.start, span.today - timedelta(days=1))
        able = [h for h in hosts if h.can_serve(on)]
        if not able:
            continue
        rows.add(
            VolunteerTask.__table__,
            stamp=at(on, 18),
            volunteer_id=dice.pick(able).id,
            on_date=on,
            minutes=dice.pick((30, 45, 60, 90, 120, 180, 240)),
            description=dice.pick(texts_cafe.TASKS),
        )


def _add_sparring(rows: Rows, dice: Dice, span: Span, hosts: list[Host]) -> None:
    for _ in range(span.total(12)):
        on = dice.workday(span.start, span.today - timedelta(days=1))
        able = [h for h in hosts if h.can_serve(on)]
        if not able:
            continue
        group = dice.chance(0.35) and len(able) >= 3
        people = dice.some(able, 3, 6) if group else [dice.pick(able)]
        held_at = dice.clock(on, 9, 17)
        follow_up = on + timedelta(days=dice.between(14, 42)) if dice.chance(0.7) else None
        done = follow_up is not None and follow_up < span.today and dice.chance(0.85)
        sparring_id = rows.add(
            SparringSession.__table__,
            stamp=held_at + timedelta(hours=2),
            held_at=held_at,
            duration_minutes=dice.pick((45, 60, 90, 120)),
            kind="group" if group else "one_to_one",
            topics=dice.some(texts_cafe.SPARRING_TOPICS, 1, 3),
            went_well=dice.pick(texts_cafe.SPARRING_WENT_WELL),
            challenges=dice.pick(texts_cafe.SPARRING_CHALLENGES),
            wellbeing_word=dice.pick(texts_cafe.WELLBEING_WORDS),
            follow_up_on=follow_up,
            followed_up_on=follow_up + timedelta(days=dice.between(0, 3)) if done else None,
        )
        for host in people:
            rows.add(sparring_participant, sparring_id=sparring_id, volunteer_id=host.id)
        # Older agreements have mostly been kept; the recent ones are still open.
        for text in dice.some(texts_cafe.AGREEMENTS, 1, 2):
            old = on < span.today - timedelta(days=45)
            kept = (
                dice.day(on + timedelta(days=7), span.today) if old and dice.chance(0.85) else None
            )
            rows.add(
                SparringAgreement.__table__,
                stamp=held_at + timedelta(hours=2),
                sparring_id=sparring_id,
                text=text,
                kept_on=kept,
            )
