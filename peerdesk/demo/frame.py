"""The demo's time frame, its random streams and the buffer every area writes rows into.

Rows are plain dicts with their primary keys assigned here (the vault is empty,
so ids run from 1), which lets the generator link rows without asking the
database and insert each table with one executemany.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import Table

T = TypeVar("T")

# Bookkeeping stamps are UTC; demo events are Danish local time. One hour is
# close enough for invented data and keeps the generator free of time zones.
_UTC_OFFSET = timedelta(hours=1)
# Weeks in which the cafés close: summer holiday and Christmas.
CLOSED_WEEKS = frozenset({28, 29, 30, 52})


@dataclass(frozen=True)
class Span:
    """How much history to invent, and how many things run side by side.

    Scale N gives N times a year's volume: `years` of history (growing with
    the square root of N, at most ten) times `width` parallel copies of a
    year's activity (more people, cafés, hosts and courses at once).
    """

    today: date
    scale: int
    years: int

    @classmethod
    def for_scale(cls, scale: int, today: date) -> Span:
        return cls(today=today, scale=scale, years=max(1, min(10, round(math.sqrt(scale)))))

    @property
    def width(self) -> float:
        return self.scale / self.years

    @property
    def start(self) -> date:
        """The first day of invented history."""
        return self.today - timedelta(days=365 * self.years)

    def parallel(self, base: float) -> int:
        """How many of a thing that exists `base` times at scale 1 exist at once."""
        return max(1, round(base * self.width))

    def total(self, base: float) -> int:
        """How many of a thing that happens `base` times a year happen in all."""
        return max(1, round(base * self.scale))


class Rows:
    """Rows waiting to be inserted, per table, in the order they were added."""

    def __init__(self) -> None:
        self.by_table: dict[str, list[dict[str, object]]] = {}
        self._tables: dict[str, Table] = {}

    def add(self, table: Table, *, stamp: datetime | date | None = None, **values: object) -> int:
        """Buffer a row; return its id (0 for tables without an `id` column).

        `stamp` is the local time the row was written: it becomes created_at
        and updated_at, so the same seed always gives the same bytes.
        """
        rows = self.by_table.setdefault(table.name, [])
        self._tables[table.name] = table
        row_id = 0
        if "id" in table.c:
            row_id = len(rows) + 1
            values["id"] = row_id
        if "created_at" in table.c:
            if stamp is None:
                raise ValueError(f"{table.name} rows need a stamp")
            at = stamp if isinstance(stamp, datetime) else datetime.combine(stamp, time(12))
            values.setdefault("created_at", at - _UTC_OFFSET)
            values.setdefault("updated_at", at - _UTC_OFFSET)
        rows.append(values)
        return row_id

    def count(self, table: Table) -> int:
        return len(self.by_table.get(table.name, ()))

    def get(self, table: Table, row_id: int) -> dict[str, object]:
        """A buffered row, to adjust it before insertion."""
        return self.by_table[table.name][row_id - 1]

    def complete(self, table: Table) -> list[dict[str, object]]:
        """The table's rows, each with the same keys (executemany needs that).

        A key missing from a row gets the column's default, as an ORM insert would.
        """
        rows = self.by_table.get(table.name, [])
        keys: dict[str, None] = {}
        for row in rows:
            keys.update(dict.fromkeys(row))
        for row in rows:
            for key in keys:
                if key not in row:
                    row[key] = _default(table, key)
        return rows


def _default(table: Table, key: str) -> object:
    default = table.c[key].default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    return default.arg(None)  # a wrapped zero-argument callable, e.g. `list`


# ------------------------------------------------------------------ random helpers


class Dice:
    """A seeded random stream with the few draws the generator needs."""

    def __init__(self, seed: int, area: str) -> None:
        # A string seed is hashed with SHA-512, not Python's salted hash: stable
        # across runs. One stream per area keeps areas independent of each other.
        self.rng = random.Random(f"peerdesk-demo:{seed}:{area}")

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[T]) -> T:
        return self.rng.choice(items)

    def some(self, items: Sequence[T], low: int, high: int) -> list[T]:
        """Between low and high distinct items, in the bank's order."""
        k = min(len(items), self.rng.randint(low, high))
        chosen = sorted(self.rng.sample(range(len(items)), k))
        return [items[i] for i in chosen]

    def between(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def day(self, first: date, last: date) -> date:
        """A day in [first, last] (first if the range is empty)."""
        span = (last - first).days
        return first + timedelta(days=self.rng.randint(0, span)) if span > 0 else first

    def workday(self, first: date, last: date) -> date:
        """A Monday-to-Friday day in [first, last] when there is one."""
        for _ in range(10):
            d = self.day(first, last)
            if d.weekday() < 5:
                return d
        return self.day(first, last)

    def clock(self, on: date, first_hour: int, last_hour: int) -> datetime:
        """A time on `on` between the hours, on a quarter hour."""
        minutes = self.rng.randrange(first_hour * 60, last_hour * 60 + 1, 15)
        return datetime.combine(on, time(minutes // 60, minutes % 60))

    def weighted(self, items: Sequence[T], weights: Sequence[float]) -> T:
        return self.rng.choices(items, weights)[0]


def weekly(first: date, last: date, weekday: int) -> Iterator[date]:
    """Every `weekday` in [first, last] outside the weeks the cafés close."""
    d = first + timedelta(days=(weekday - first.weekday()) % 7)
    while d <= last:
        if d.isocalendar().week not in CLOSED_WEEKS:
            yield d
        d += timedelta(days=7)


def add_months(d: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def at(on: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(on, time(hour, minute))
