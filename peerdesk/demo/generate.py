"""Realistic, deterministic Danish demo data in every area of PeerDesk.

For trying the app without real people in it, for screenshots and for the
benchmarks. Everything is invented from seeded phrase banks: the same seed,
scale and day always give the same rows, byte for byte.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date
from typing import Protocol

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from peerdesk.demo.cafe import add_cafes, add_shifts
from peerdesk.demo.care import add_care
from peerdesk.demo.courses import add_courses
from peerdesk.demo.frame import Rows, Span
from peerdesk.demo.selfcare import add_selfcare
from peerdesk.demo.volunteers import HOST_MODULE, add_hosts, add_modules
from peerdesk.services import validation
from peerdesk.services.errors import ValidationError
from peerdesk.vault.errors import VaultError
from peerdesk.vault.models import Base

# App state, not content: a vault holding only these still counts as empty.
NOT_CONTENT = frozenset({"vault_setting", "draft"})
MAX_SCALE = 1000


class DemoRefused(VaultError, ValueError):
    """The vault already holds records; demo data goes only into an empty vault."""

    code = "not_empty"


class SessionSource(Protocol):
    """Anything with the vault's `session()`: one transaction per `with` block."""

    def session(self) -> AbstractContextManager[Session]: ...


def generate_demo(
    vault: SessionSource, *, seed: int = 1, scale: int = 1, today: date | None = None
) -> dict[str, int]:
    """Fill an empty vault with invented data; return the rows written per table.

    Scale 1 is about a year of a part-time peer worker's records; scale N is N
    times that volume, spread over more years, people, cafés and hosts. All of
    it is written in one transaction: on any error nothing is written. Raises
    DemoRefused if any content table already has a row, and ValidationError
    for a bad seed, scale or day.
    """
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ValidationError("seed", ValidationError.BAD_CHOICE, expected="whole number")
    scale = validation.count(scale, "scale", maximum=MAX_SCALE)
    if scale < 1:
        raise ValidationError("scale", ValidationError.OUT_OF_RANGE, minimum=1, maximum=MAX_SCALE)
    today = validation.a_date(today, "today") or date.today()

    with vault.session() as s:
        _refuse_unless_empty(s)
        rows = build_rows(seed=seed, span=Span.for_scale(scale, today))
        written = {}
        for table in Base.metadata.sorted_tables:
            batch = rows.complete(table)
            if batch:
                # Core executemany: one prepared statement per table, ids already set.
                s.execute(insert(table), batch)
                written[table.name] = len(batch)
    return written


def build_rows(*, seed: int, span: Span) -> Rows:
    """Invent every area's rows in memory, linked by ids that start at 1."""
    rows = Rows()
    modules = add_modules(rows)
    cafes = add_cafes(rows, span, seed, solo_module_id=modules[HOST_MODULE])
    slots = [(c.id, c.weekday, c.templates[-1].start_hour, c.templates[-1].end_hour) for c in cafes]
    hosts = add_hosts(rows, span, seed, slots)
    add_shifts(rows, span, seed, cafes, hosts)
    add_care(rows, span, seed)
    add_selfcare(rows, span, seed)
    add_courses(rows, span, seed)
    return rows


def _refuse_unless_empty(s: Session) -> None:
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_CONTENT:
            continue
        if s.execute(select(1).select_from(table).limit(1)).first() is not None:
            raise DemoRefused(f"The vault already has {table.name} records; nothing was written.")
