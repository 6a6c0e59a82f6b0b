"""The shared input checks: what a Danish user types is understood, the rest refused."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from peerdesk.services import validation as v
from peerdesk.services.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9.30", time(9, 30)), ("09:30", time(9, 30)), ("9", time(9)), ("23.59", time(23, 59))],
)
def test_times_as_typed_in_danish(typed, expected):
    assert v.a_time(typed, "start") == expected


@pytest.mark.parametrize("typed", ["24.00", "9.3", "12:60", "kl. 9", ""])
def test_bad_times_are_refused(typed):
    with pytest.raises(ValidationError) as caught:
        v.a_time(typed, "start")
    assert caught.value.field == "start"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("22.11.2026", date(2026, 11, 22)),
        ("2026-11-22", date(2026, 11, 22)),
        ("22-11-2026", date(2026, 11, 22)),
        ("22/11/2026", date(2026, 11, 22)),
        ("22.11.26", date(2026, 11, 22)),
    ],
)
def test_dates_in_danish_and_iso_form(typed, expected):
    assert v.a_date(typed, "on") == expected


@pytest.mark.parametrize("typed", ["31.02.2026", "2026-13-01", "i morgen", "11/22/2026"])
def test_a_date_in_the_wrong_format_is_refused(typed):
    with pytest.raises(ValidationError) as caught:
        v.a_date(typed, "on")
    assert caught.value.code == ValidationError.BAD_DATE


def test_aware_datetimes_become_local_naive():
    aware = datetime(2026, 11, 22, 13, 0, tzinfo=timezone(timedelta(hours=0)))
    result = v.a_datetime(aware, "at")
    assert result.tzinfo is None
    assert result == aware.astimezone().replace(tzinfo=None)


def test_text_normalises_and_refuses_control_characters():
    assert v.text("a\r\nb\rc", "note") == "a\nb\nc"
    assert v.text("e\u0301", "note") == "\u00e9"  # NFC
    for bad in ("bell\x07", "nul\x00", "esc\x1b[31m", "c1\x85"):
        with pytest.raises(ValidationError) as caught:
            v.text(bad, "note")
        assert caught.value.code == ValidationError.CONTROL_CHARS


def test_lines_refuse_newlines_and_long_text():
    with pytest.raises(ValidationError):
        v.line("two\nlines", "alias")
    with pytest.raises(ValidationError) as caught:
        v.line("x" * 201, "alias")
    assert caught.value.code == ValidationError.TOO_LONG
    assert caught.value.facts == {"limit": 200}


def test_counts_scales_and_order():
    assert v.count(None, "n") == 0
    for bad in (-1, 1.5, True):
        with pytest.raises(ValidationError):
            v.count(bad, "n")
    assert v.scale(None, "energy") is None
    with pytest.raises(ValidationError):
        v.scale(6, "energy")
    with pytest.raises(ValidationError) as caught:
        v.ordered(datetime(2026, 1, 1, 12), datetime(2026, 1, 1, 11))
    assert caught.value.code == ValidationError.END_BEFORE_START


def test_tags_are_trimmed_and_deduplicated():
    assert v.tags([" bolig ", "Bolig", "netværk", ""], "themes") == ["bolig", "netværk"]
