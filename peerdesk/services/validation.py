"""Checks shared by every service: text, numbers, dates, ranges, choices.

Each returns the cleaned value or raises ValidationError naming the field.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from datetime import date, datetime, time
from typing import TypeVar

from peerdesk.services.errors import ValidationError
from peerdesk.vault.models.base import LONG, SHORT

E = TypeVar("E", bound=enum.Enum)

# C0 and C1 control characters other than tab, newline and carriage return,
# plus DEL. They have no place in a note and break exports and terminals.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text(value: str | None, field: str, *, max_length: int = LONG, required: bool = False) -> str:
    """Normalise line endings and Unicode (NFC), refuse control characters and
    over-long text. Surrounding whitespace is kept in long text (it may be
    layout) but stripped from one-line fields."""
    value = "" if value is None else value
    if not isinstance(value, str):
        raise ValidationError(field, ValidationError.BAD_CHOICE, expected="text")
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    if max_length <= SHORT:
        value = value.strip()
    if _CONTROL.search(value):
        raise ValidationError(field, ValidationError.CONTROL_CHARS)
    if len(value) > max_length:
        raise ValidationError(field, ValidationError.TOO_LONG, limit=max_length)
    if required and not value.strip():
        raise ValidationError(field, ValidationError.REQUIRED)
    return value


def line(value: str | None, field: str, *, required: bool = False, max_length: int = SHORT) -> str:
    """A one-line field: no newlines allowed."""
    value = text(value, field, max_length=max_length, required=required)
    if "\n" in value or "\t" in value:
        raise ValidationError(field, ValidationError.CONTROL_CHARS)
    return value


def tags(values: list[str] | tuple[str, ...] | None, field: str) -> list[str]:
    """Labels (themes, activities): trimmed, de-duplicated, order kept."""
    seen: dict[str, None] = {}
    for item in values or ():
        label = line(item, field, max_length=60)
        if label and label.casefold() not in {k.casefold() for k in seen}:
            seen[label] = None
    if len(seen) > 50:
        raise ValidationError(field, ValidationError.TOO_LONG, limit=50)
    return list(seen)


def count(value: int | None, field: str, *, maximum: int = 100_000) -> int:
    """A whole number from 0 up (a head count, minutes)."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, ValidationError.BAD_CHOICE, expected="whole number")
    if value < 0:
        raise ValidationError(field, ValidationError.NEGATIVE)
    if value > maximum:
        raise ValidationError(field, ValidationError.OUT_OF_RANGE, maximum=maximum)
    return value


def scale(value: int | None, field: str, *, low: int = 1, high: int = 5) -> int | None:
    """An optional point on a small scale."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, ValidationError.OUT_OF_RANGE, minimum=low, maximum=high)
    return value


def a_date(value: date | str | None, field: str, *, required: bool = False) -> date | None:
    """A date, or an ISO (2026-11-22) or Danish (22.11.2026, 22-11-2026) string."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, ValidationError.REQUIRED)
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is not None:
            return parsed
    raise ValidationError(field, ValidationError.BAD_DATE)


def a_datetime(
    value: datetime | str | None, field: str, *, required: bool = True
) -> datetime | None:
    """A naive local datetime (aware ones are converted to local time)."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, ValidationError.REQUIRED)
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, ValidationError.BAD_DATE) from None
    if not isinstance(value, datetime):
        raise ValidationError(field, ValidationError.BAD_DATE)
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)


def a_time(value: time | str | None, field: str, *, required: bool = True) -> time | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, ValidationError.REQUIRED)
        return None
    if isinstance(value, str):
        # "9.30", "09:30", "9" — as a Danish user types a time of day.
        match = _TIME.fullmatch(value.strip())
        if not match or int(match["h"]) > 23 or int(match["m"] or 0) > 59:
            raise ValidationError(field, ValidationError.BAD_DATE)
        return time(int(match["h"]), int(match["m"] or 0))
    if not isinstance(value, time):
        raise ValidationError(field, ValidationError.BAD_DATE)
    return value.replace(second=0, microsecond=0)


_TIME = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?::\d{2})?")


def ordered(start: object, end: object, field: str = "ends_at", *, strict: bool = True) -> None:
    """Refuse an end before (or, when strict, equal to) its start."""
    if start is None or end is None:
        return
    if end < start or (strict and end == start):
        raise ValidationError(field, ValidationError.END_BEFORE_START)


def choice(value: E | str, enum_cls: type[E], field: str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(
            field, ValidationError.BAD_CHOICE, allowed="/".join(str(m.value) for m in enum_cls)
        ) from None


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%y")


def parse_date(value: str) -> date | None:
    """Parse a date as a Danish user or an ISO file would write it; None if not a date."""
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None
