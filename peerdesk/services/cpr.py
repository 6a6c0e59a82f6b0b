"""A guard against Danish CPR numbers where they do not belong (an alias, a title).

A CPR number is DDMMYY-SSSS: a date of birth and four serial digits. The
modulus-11 check is deliberately NOT required: numbers issued since 2007 may
fail it. The century is not knowable from the number alone (it depends on the
seventh digit), so 29 February is accepted whenever the two-digit year could
be a leap year in the 1900s or 2000s (YY % 4 == 0; 00 counts, for 2000).

Only positions are reported, never the digits: a match must not end up in a
log, an error message or an exception's repr.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Separators people type (or word processors substitute) between the date and
# the serial: hyphen, the Unicode hyphens, en dash, space and no-break space.
_SEPARATORS = "-\u2010\u2011\u2013 \u00a0"

# Six digits, an optional separator, four digits; not part of a longer run of
# digits on either side (any Unicode digit counts as a neighbour).
_CPR = re.compile(rf"(?<!\d)([0-9]{{2}})([0-9]{{2}})([0-9]{{2}})[{_SEPARATORS}]?[0-9]{{4}}(?!\d)")


@dataclass(frozen=True, slots=True)
class CprMatch:
    """Where a CPR-like number sits in a text: `text[start:end]`."""

    start: int
    end: int


def find_cpr_numbers(text: str) -> list[CprMatch]:
    """Every CPR-like number in `text`, left to right, by position only.

    A match is DDMMYYSSSS, DDMMYY-SSSS or DDMMYY SSSS whose first six digits
    are a real calendar date, standing on its own (not inside a longer run of
    digits).
    """
    matches: list[CprMatch] = []
    for found in _CPR.finditer(text or ""):
        day, month, year = (int(found.group(i)) for i in (1, 2, 3))
        if _is_birth_date(day, month, year):
            matches.append(CprMatch(found.start(), found.end()))
    return matches


def contains_cpr(text: str) -> bool:
    """True when `text` holds at least one CPR-like number."""
    return bool(find_cpr_numbers(text))


def _is_birth_date(day: int, month: int, two_digit_year: int) -> bool:
    # 2000–2099 has a leap year exactly when YY % 4 == 0 (2000 itself is one),
    # which is the rule we want for an unknown century.
    try:
        date(2000 + two_digit_year, month, day)
    except ValueError:
        return False
    return True
