"""Demo cafés: venues, shift templates, shifts with hosts, and weekly session logs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from peerdesk.demo import texts_cafe
from peerdesk.demo.frame import Dice, Rows, Span, at, weekly
from peerdesk.demo.volunteers import Host
from peerdesk.vault.models import (
    Cafe,
    CafeSession,
    Incident,
    Shift,
    ShiftAssignment,
    ShiftSwap,
    ShiftTemplate,
    cafe_session_host,
)

# Shifts are planned this far ahead; gaps are left only in the near part of it.
PLAN_AHEAD = timedelta(weeks=8)
NEAR = timedelta(days=14)


@dataclass
class Template:
    id: int
    start_hour: int
    end_hour: int
    valid_from: date
    valid_until: date | None


@dataclass
class CafePlan:
    id: int
    name: str
    weekday: int
    hosts_needed: int
    popularity: float  # a typical head count
    templates: list[Template] = field(default_factory=list)


def add_cafes(rows: Rows, span: Span, seed: int, solo_module_id: int) -> list[CafePlan]:
    """The three named cafés (more at larger scales), each with its shift template(s)."""
    dice = Dice(seed, "cafes")
    plans = []
    specs = list(texts_cafe.FIRST_CAFES)
    names = {spec[0] for spec in specs}
    while len(specs) < span.parallel(3):
        name = f"{dice.pick(texts_cafe.CAFE_PREFIXES)} {dice.pick(texts_cafe.DISTRICTS)}"
        name = name if name not in names else f"{name} {len(specs) + 1}"
        names.add(name)
        start_hour = dice.between(10, 16)
        address = dice.pick(texts_cafe.ADDRESS_NOTES)
        specs.append((name, address, dice.between(0, 5), start_hour, start_hour + 3, 2))
    for i, (name, address, weekday, start_hour, end_hour, hosts_needed) in enumerate(specs):
        if name == "Café Fællesskabet":  # the new café of the year
            opened = span.today - timedelta(days=150)
        elif i < 3:
            opened = span.start - timedelta(days=400)
        else:
            opened = dice.day(span.start - timedelta(days=365), span.today - timedelta(days=90))
        hosts_needed = hosts_needed if i < 3 else dice.between(1, 2)
        # Tirsdagscaféen moved its hours half a year ago: one ended template, one current.
        moved = name == "Tirsdagscaféen"
        hours = (start_hour + 1, end_hour + 1) if moved else (start_hour, end_hour)
        cafe_id = rows.add(
            Cafe.__table__,
            stamp=opened,
            name=name,
            address_note=address,
            usual_days=texts_cafe.WEEKDAY_NAMES[weekday],
            usual_hours=f"{hours[0]}–{hours[1]}",
            hosts_needed=hosts_needed,
            solo_module_id=solo_module_id,
            active=True,
        )
        plan = CafePlan(cafe_id, name, weekday, hosts_needed, dice.between(6, 14))
        plan.popularity = {0: 13, 1: 9, 2: 7}.get(i, plan.popularity)
        periods = [(opened, None, start_hour, end_hour)]
        if moved:
            change = span.today - timedelta(days=200)
            periods = [
                (opened, change - timedelta(days=1), start_hour, end_hour),
                (change, None, start_hour + 1, end_hour + 1),
            ]
        for valid_from, valid_until, first_hour, last_hour in periods:
            template_id = rows.add(
                ShiftTemplate.__table__,
                stamp=valid_from,
                cafe_id=cafe_id,
                weekday=weekday,
                start_time=time(first_hour),
                end_time=time(last_hour),
                hosts_needed=hosts_needed,
                valid_from=valid_from,
                valid_until=valid_until,
                active=valid_until is None,
            )
            plan.templates.append(
                Template(template_id, first_hour, last_hour, valid_from, valid_until)
            )
        plans.append(plan)
    return plans


def add_shifts(rows: Rows, span: Span, seed: int, cafes: list[CafePlan], hosts: list[Host]) -> None:
    """Shifts from each template, past and planned; logged sessions for the past ones."""
    dice = Dice(seed, "shifts")
    now = at(span.today, 8)
    for cafe in cafes:
        team = [h for h in hosts if cafe.id in h.cafe_ids]
        # The first café always shows an open place in the coming fortnight.
        gap_due = cafe is cafes[0]
        for template in cafe.templates:
            first = max(template.valid_from, span.start)
            last = min(template.valid_until or span.today + PLAN_AHEAD, span.today + PLAN_AHEAD)
            for day in weekly(first, last, cafe.weekday):
                starts = at(day, template.start_hour)
                ends = at(day, template.end_hour)
                shift = _ShiftDraft(cafe, template, starts, ends)
                near = span.today <= day < span.today + NEAR
                _staff(rows, dice, span, now, shift, team, force_gap=gap_due and near)
                gap_due = gap_due and not near
                if day < span.today and not shift.cancelled:
                    _log_session(rows, dice, span, shift)


@dataclass
class _ShiftDraft:
    cafe: CafePlan
    template: Template
    starts: datetime
    ends: datetime
    id: int = 0
    cancelled: bool = False
    present: list[Host] = field(default_factory=list)


def _staff(
    rows: Rows,
    dice: Dice,
    span: Span,
    now: datetime,
    shift: _ShiftDraft,
    team: list[Host],
    *,
    force_gap: bool,
) -> None:
    day = shift.starts.date()
    past = day < span.today
    near = not past and day - span.today < NEAR
    shift.cancelled = past and dice.chance(0.02)
    note = ""
    if shift.cancelled:
        note = dice.pick(texts_cafe.CANCELLED_SHIFT_NOTES)
    elif dice.chance(0.08):
        note = dice.pick(texts_cafe.SHIFT_NOTES)
    shift.id = rows.add(
        Shift.__table__,
        stamp=min(at(day, 9) - timedelta(days=28), now),
        cafe_id=shift.cafe.id,
        template_id=shift.template.id,
        starts_at=shift.starts,
        ends_at=shift.ends,
        hosts_needed=shift.cafe.hosts_needed,
        note=note,
    )
    if shift.cancelled:
        return
    able = [h for h in team if h.can_serve(day)]
    wanted = shift.cafe.hosts_needed
    if force_gap or (not past and dice.chance(0.35 if near else 0.1)):
        wanted -= 1  # nobody has taken this place yet
    chosen = dice.some(able, min(wanted, len(able)), min(wanted, len(able)))
    spare = [h for h in able if h not in chosen]
    for host in chosen:
        assigned = min(at(day, 10) - timedelta(days=dice.between(7, 35)), now)
        assigned = max(assigned, at(host.started_on, 10))
        if dice.chance(0.04):
            _cancel(rows, dice, span, now, shift, host, assigned, spare, near)
        elif spare and dice.chance(0.03):
            _swap(rows, dice, now, shift, host, assigned, spare)
        else:
            _assign(rows, shift, host, assigned)
            shift.present.append(host)


def _assign(
    rows: Rows, shift: _ShiftDraft, host: Host, assigned: datetime, **cancel: object
) -> None:
    rows.add(
        ShiftAssignment.__table__,
        stamp=assigned,
        shift_id=shift.id,
        volunteer_id=host.id,
        assigned_at=assigned,
        cancelled_at=cancel.get("cancelled_at"),
        cancelled_by=cancel.get("cancelled_by", ""),
        cancel_reason=cancel.get("cancel_reason", ""),
    )


def _cancel(
    rows: Rows,
    dice: Dice,
    span: Span,
    now: datetime,
    shift: _ShiftDraft,
    host: Host,
    assigned: datetime,
    spare: list[Host],
    near: bool,
) -> None:
    """The host called off; a stand-in was found for past shifts, rarely for near ones."""
    when = min(shift.starts - timedelta(days=dice.between(1, 5), hours=dice.between(0, 8)), now)
    when = max(when, assigned + timedelta(minutes=30))
    _assign(
        rows,
        shift,
        host,
        assigned,
        cancelled_at=when,
        cancelled_by=host.name,
        cancel_reason=dice.pick(texts_cafe.CANCEL_REASONS),
    )
    past = shift.starts.date() < span.today
    if spare and dice.chance(0.7 if past else 0.0 if near else 0.5):
        stand_in = spare.pop(dice.between(0, len(spare) - 1))
        _assign(rows, shift, stand_in, when + timedelta(hours=1))
        shift.present.append(stand_in)


def _swap(
    rows: Rows,
    dice: Dice,
    now: datetime,
    shift: _ShiftDraft,
    host: Host,
    assigned: datetime,
    spare: list[Host],
) -> None:
    """The host handed the shift to another: the old place is kept as cancelled, with why."""
    other = spare.pop(dice.between(0, len(spare) - 1))
    when = min(shift.starts - timedelta(days=dice.between(1, 10)), now)
    when = max(when, assigned + timedelta(minutes=30))
    _assign(
        rows,
        shift,
        host,
        assigned,
        cancelled_at=when,
        cancelled_by=host.name,
        cancel_reason=f"Byttet vagt med {other.name}",
    )
    _assign(rows, shift, other, when)
    shift.present.append(other)
    rows.add(
        ShiftSwap.__table__,
        stamp=when,
        shift_id=shift.id,
        from_volunteer_id=host.id,
        to_volunteer_id=other.id,
        swapped_at=when,
        note=dice.pick(texts_cafe.SWAP_NOTES),
    )


def _log_session(rows: Rows, dice: Dice, span: Span, shift: _ShiftDraft) -> None:
    day = shift.starts.date()
    # Busier in the dark months, quieter in summer, and slowly growing over the years.
    season = {11: 1.2, 12: 1.25, 1: 1.2, 2: 1.1, 6: 0.85, 7: 0.75, 8: 0.85}.get(day.month, 1.0)
    growth = 0.8 + 0.2 * (day - span.start).days / max(1, (span.today - span.start).days)
    heads = round(shift.cafe.popularity * season * growth + dice.rng.gauss(0, 2.5))
    heads = max(4, min(25, heads))
    newcomers = min(heads, dice.weighted((0, 1, 2, 3, 4), (40, 30, 18, 8, 4)))
    session_id = rows.add(
        CafeSession.__table__,
        stamp=shift.ends + timedelta(minutes=dice.between(10, 120)),
        cafe_id=shift.cafe.id,
        starts_at=shift.starts,
        ends_at=shift.ends,
        head_count=heads,
        newcomers=newcomers,
        returning_guests=heads - newcomers,
        themes=_season_themes(dice, day),
        activities=dice.some(texts_cafe.ACTIVITIES, 1, 3),
        went_well=dice.pick(texts_cafe.WENT_WELL) if dice.chance(0.9) else "",
        do_differently=dice.pick(texts_cafe.DO_DIFFERENTLY) if dice.chance(0.6) else "",
        note=dice.pick(texts_cafe.SESSION_NOTES) if dice.chance(0.3) else "",
    )
    for host in shift.present:
        rows.add(cafe_session_host, session_id=session_id, volunteer_id=host.id)
    if dice.chance(0.06):
        description, action, resolution = dice.pick(texts_cafe.INCIDENTS)
        follow_up = day + timedelta(days=dice.between(3, 14))
        resolved = follow_up + timedelta(days=dice.between(0, 7))
        done = resolved < span.today and dice.chance(0.85)
        rows.add(
            Incident.__table__,
            stamp=shift.ends + timedelta(minutes=30),
            session_id=session_id,
            description=description,
            action_taken=action,
            follow_up_on=follow_up,
            resolved_on=resolved if done else None,
            resolution=resolution if done else "",
        )


def _season_themes(dice: Dice, day: date) -> list[str]:
    themes = dice.some(texts_cafe.SESSION_THEMES, 1, 2)
    if day.month == 12 and "jul" not in themes:
        themes.append("jul")
    if day.month in (6, 7) and "sommerferie" not in themes and dice.chance(0.5):
        themes.append("sommerferie")
    return themes
