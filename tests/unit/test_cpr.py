"""The CPR guard: which strings look like a Danish CPR number, and where."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.services.cpr import CprMatch, contains_cpr, find_cpr_numbers


@pytest.mark.parametrize(
    "text",
    [
        "010190-1234",
        "0101901234",
        "010190 1234",
        "311299-0000",
        "300400-4321",  # 30 April
        "310100-5555",  # 31 January 2000
        "010190\u20131234",  # en dash, as word processors write it
        "010190\u00a01234",  # no-break space
    ],
)
def test_valid_dates_match_with_or_without_separator(text: str) -> None:
    assert find_cpr_numbers(text) == [CprMatch(0, len(text))]
    assert contains_cpr(text)


@pytest.mark.parametrize(
    "text",
    [
        "000190-1234",  # day 0
        "320190-1234",  # day 32
        "010090-1234",  # month 0
        "011390-1234",  # month 13
        "310490-1234",  # 31 April
        "300290-1234",  # 30 February
        "290201-1234",  # 29 February 2001/1901
        "290299-1234",  # 29 February 1999/2099
    ],
)
def test_impossible_dates_do_not_match(text: str) -> None:
    assert find_cpr_numbers(text) == []
    assert not contains_cpr(text)


@pytest.mark.parametrize("year", ["00", "04", "96", "24", "88"])
def test_29_february_matches_when_the_year_could_be_a_leap_year(year: str) -> None:
    assert contains_cpr(f"2902{year}-1234")


def test_modulus_11_is_not_required() -> None:
    # 010190-1234: 4*0+3*1+2*0+7*1+6*9+5*0+4*1+3*2+2*3+1*4 = 84, 84 % 11 != 0.
    digits = [int(c) for c in "0101901234"]
    weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    assert sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 != 0
    assert contains_cpr("0101901234")


def test_found_inside_danish_text_by_position() -> None:
    text = "Mødet på Østerbro med Åse, født 150385-2468, gik godt 🙂 også 150385 2469."
    matches = find_cpr_numbers(text)
    assert [text[m.start : m.end] for m in matches] == ["150385-2468", "150385 2469"]


def test_found_next_to_letters_and_punctuation() -> None:
    assert contains_cpr("cpr:0101901234.")
    assert contains_cpr("(010190-1234)")
    assert contains_cpr("æ010190-1234ø")


@pytest.mark.parametrize(
    "text",
    [
        "010190123456",  # a 12-digit number
        "10101901234",  # 11 digits
        "0101901234567890",
        "12-010190-12345",
        "010190-12345",  # five serial digits
        "01019-1234",
        "+45 12345678",  # a phone number
        "+45 12 34 56 78",
        "01-01-2024",  # a date
        "01.01.1990-1234",
        "mødet 01-01-2024 kl. 10",
        "010190--1234",
        "0101901234\u0661",  # an Arabic-Indic digit still makes a longer run
        "",
    ],
)
def test_not_matched_in_longer_digit_runs_or_other_numbers(text: str) -> None:
    assert find_cpr_numbers(text) == []


def test_a_match_carries_positions_only() -> None:
    match = find_cpr_numbers("x 010190-1234")[0]
    assert {f.name for f in dataclasses.fields(match)} == {"start", "end"}
    assert "1234" not in repr(match) and "010190" not in repr(match)
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.start = 0  # type: ignore[misc]


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=50))
def test_text_without_digits_never_matches(text: str) -> None:
    assert find_cpr_numbers(text) == []


@given(
    st.dates(),
    st.integers(min_value=0, max_value=9999),
    st.sampled_from(["", "-", " "]),
)
def test_every_real_birth_date_matches(day, serial: int, separator: str) -> None:
    text = f"født {day:%d%m%y}{separator}{serial:04d} ok"
    assert len(find_cpr_numbers(text)) == 1
