"""The activity report: counts over demo data checked against the services and
plain SQL, the periods, self-care only by choice, the CSV, and bad input."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from peerdesk.demo import generate_demo
from peerdesk.paths import DataDir
from peerdesk.services import hours, shifts
from peerdesk.services.errors import ValidationError
from peerdesk.services.report_render import report_csv, report_html, report_rows
from peerdesk.services.reports import (
    activity_report,
    month_period,
    quarter_period,
    year_period,
)
from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = date(2026, 11, 22)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture(scope="module")
def demo(tmp_path_factory, template_vault: Path):
    """One demo vault for the whole module: reports only read."""
    data = DataDir.resolve(tmp_path_factory.mktemp("reports") / "data")
    data.ensure()
    shutil.copy2(template_vault, data.vault)
    vault = Vault.open(data, PASSPHRASE)
    generate_demo(vault, seed=1, scale=1, today=TODAY)
    yield vault
    vault.close()


def sql(vault: Vault, query: str, **params) -> list[tuple]:
    with vault.session() as s:
        return [tuple(row) for row in s.execute(text(query), params)]


def one(vault: Vault, query: str, **params):
    return sql(vault, query, **params)[0][0]


BETWEEN = "{col} >= :a AND {col} < :b"


def window(start: date, end: date) -> dict:
    return {"a": f"{start} 00:00:00", "b": f"{end + timedelta(days=1)} 00:00:00"}


# ------------------------------------------------------------------ counts


def test_year_report_counts_match_plain_sql(demo):
    r = activity_report(demo, start=YEAR[0], end=YEAR[1])
    w = window(*YEAR)
    where = BETWEEN.format(col="occurred_at")
    by_kind = dict(
        sql(demo, f"SELECT kind, count(*) FROM care_conversation WHERE {where} GROUP BY kind", **w)
    )
    assert r.conversations > 0
    assert {k: n for k, n in r.conversations_by_kind.items() if n} == by_kind
    assert r.conversations == sum(by_kind.values())
    assert r.people_supported == one(
        demo, f"SELECT count(DISTINCT person_id) FROM care_conversation WHERE {where}", **w
    )
    assert r.follow_ups_set == one(
        demo,
        f"SELECT count(*) FROM care_conversation WHERE {where} AND follow_up_on IS NOT NULL",
        **w,
    )
    assert r.follow_ups_done == one(
        demo,
        "SELECT count(*) FROM care_conversation WHERE followed_up_on BETWEEN :a AND :b",
        a="2026-01-01",
        b="2026-12-31",
    )
    referrals = dict(
        sql(
            demo,
            "SELECT kind, count(*) FROM referral WHERE made_on BETWEEN :a AND :b GROUP BY kind",
            a="2026-01-01",
            b="2026-12-31",
        )
    )
    assert {k: n for k, n in r.referrals_by_kind.items() if n} == referrals

    cafe_where = BETWEEN.format(col="starts_at")
    cafes = sql(
        demo,
        "SELECT c.name, count(*), sum(head_count), sum(newcomers), sum(returning_guests) "
        f"FROM cafe_session JOIN cafe c ON c.id = cafe_id WHERE {cafe_where} "
        "GROUP BY c.id ORDER BY c.name",
        **w,
    )
    assert [
        (c.cafe_name, c.sessions, c.head_count, c.newcomers, c.returning) for c in r.cafes
    ] == cafes
    assert r.cafe_head_count == sum(c[2] for c in cafes) > 0
    assert r.cafe_sessions == sum(c[1] for c in cafes)

    teaching = sql(
        demo,
        f"SELECT count(*), coalesce(sum(head_count), 0) FROM course_session WHERE {cafe_where}",
        **w,
    )[0]
    assert (r.teaching_sessions, r.teaching_head_count) == teaching
    assert r.sparring_sessions == one(
        demo, f"SELECT count(*) FROM sparring_session WHERE {BETWEEN.format(col='held_at')}", **w
    )
    assert r.sparring_agreements == one(
        demo,
        "SELECT count(*) FROM sparring_agreement a JOIN sparring_session s "
        f"ON s.id = a.sparring_id WHERE {BETWEEN.format(col='s.held_at')}",
        **w,
    )
    assert r.training_sessions == one(
        demo,
        "SELECT count(*) FROM training_session WHERE held_on BETWEEN :a AND :b",
        a="2026-01-01",
        b="2026-12-31",
    )
    assert r.training_modules_completed == one(
        demo,
        "SELECT count(*) FROM volunteer_training WHERE status = 'trained' "
        "AND status_on BETWEEN :a AND :b",
        a="2026-01-01",
        b="2026-12-31",
    )


def test_coverage_and_hours_come_from_their_services(demo):
    start, end = quarter_period(2026, 3)
    r = activity_report(demo, start=start, end=end)
    covered = shifts.coverage(demo, start=start, end=end)
    assert r.shifts == len(covered) > 0
    assert r.shifts_fully_staffed == sum(1 for c in covered if c.gap == 0)
    assert r.shift_coverage_percent == round(100 * r.shifts_fully_staffed / r.shifts, 1)

    assert r.hours_from == date(2026, 6, 29) and r.hours_to == date(2026, 9, 28)
    expected = dict.fromkeys(hours.SOURCES, 0)
    monday = r.hours_from
    while monday <= r.hours_to:
        for name, minutes in hours.week_hours(demo, week_start=monday).by_source.items():
            expected[name] += minutes
        monday += timedelta(days=7)
    assert r.hours_by_source == expected
    assert r.hours_total_minutes == sum(expected.values()) > 0


def test_chart_series_adds_up_and_is_weekly_for_a_month(demo):
    year = activity_report(demo, start=YEAR[0], end=YEAR[1])
    assert year.series_unit == "month"
    assert [p.starts_on for p in year.series] == [date(2026, m, 1) for m in range(1, 13)]
    assert sum(p.conversations for p in year.series) == year.conversations
    assert sum(p.cafe_guests for p in year.series) == year.cafe_head_count

    start, end = month_period(2026, 10)
    month = activity_report(demo, start=start, end=end)
    assert month.series_unit == "week"
    assert month.series[0].starts_on == date(2026, 9, 28)  # the Monday of 1 October's week
    assert all(p.starts_on.weekday() == 0 for p in month.series)
    assert sum(p.conversations for p in month.series) == month.conversations


def test_selfcare_is_left_out_unless_included(demo):
    plain = activity_report(demo, start=YEAR[0], end=YEAR[1])
    assert plain.selfcare is None
    assert not any("self-care" in section for section, _, _ in report_rows(plain))

    own = activity_report(demo, start=YEAR[0], end=YEAR[1], include_selfcare=True)
    w = window(*YEAR)
    n, stress, energy = sql(
        demo,
        f"SELECT count(*), avg(stress), avg(energy) FROM check_in WHERE {BETWEEN.format(col='at')}",
        **w,
    )[0]
    assert own.selfcare.check_ins == n > 0
    assert own.selfcare.average_stress == round(stress, 1)
    assert own.selfcare.average_energy == round(energy, 1)
    assert own.selfcare.boundary_situations == one(
        demo,
        "SELECT count(*) FROM boundary_situation WHERE occurred_on BETWEEN :a AND :b",
        a="2026-01-01",
        b="2026-12-31",
    )
    assert any("self-care" in section for section, _, _ in report_rows(own))


def test_an_empty_vault_reports_zeros(vault):
    r = activity_report(vault, start="2026-11-01", end="30.11.2026")
    assert r.conversations == r.cafe_head_count == r.shifts == r.hours_total_minutes == 0
    assert r.shift_coverage_percent is None
    assert r.cafes == ()
    assert all(p.conversations == 0 for p in r.series)
    assert ("Shifts", "Shifts fully staffed (%)", "–") in report_rows(r)


# ----------------------------------------------------------------- periods


def test_periods():
    assert month_period(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_period(2026, 12) == (date(2026, 12, 1), date(2026, 12, 31))
    assert quarter_period(2026, 1) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_period(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert year_period(2026) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: month_period(2026, 13), "month"),
        (lambda: month_period(2026, 0), "month"),
        (lambda: quarter_period(2026, 5), "quarter"),
        (lambda: year_period("2026"), "year"),
        (lambda: year_period(True), "year"),
    ],
)
def test_bad_periods_are_refused(call, field):
    with pytest.raises(ValidationError) as caught:
        call()
    assert (caught.value.field, caught.value.code) == (field, ValidationError.OUT_OF_RANGE)


# --------------------------------------------------------------- bad input


def test_end_before_start_is_refused(vault):
    with pytest.raises(ValidationError) as caught:
        activity_report(vault, start=date(2026, 11, 2), end=date(2026, 11, 1))
    assert caught.value.code == ValidationError.END_BEFORE_START


@pytest.mark.parametrize("bad", ["2026-13-01", "tomorrow", "31.02.2026", 20261101])
def test_a_date_in_the_wrong_format_is_refused(vault, bad):
    with pytest.raises(ValidationError) as caught:
        activity_report(vault, start=bad, end=date(2026, 12, 1))
    assert (caught.value.field, caught.value.code) == ("start", ValidationError.BAD_DATE)


def test_include_selfcare_must_be_yes_or_no(vault):
    with pytest.raises(ValidationError) as caught:
        activity_report(vault, start="2026-01-01", end="2026-01-31", include_selfcare="yes")
    assert caught.value.field == "include_selfcare"


# --------------------------------------------------------------- the files


def _private_texts(vault: Vault) -> list[str]:
    """Aliases, host names and note text: none may ever appear in a report."""
    rows = sql(
        vault,
        "SELECT alias FROM person UNION SELECT name FROM volunteer "
        "UNION SELECT own_words FROM care_conversation UNION SELECT note FROM cafe_session "
        "UNION SELECT what_happened FROM boundary_situation UNION SELECT drains FROM check_in",
    )
    return [r[0] for r in rows if r[0] and len(r[0].strip()) >= 4]


def test_csv_holds_counts_only(demo, tmp_path):
    r = activity_report(demo, start=YEAR[0], end=YEAR[1], include_selfcare=True)
    path = report_csv(r, tmp_path / "rapport æøå.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Section;Measure;Value"
    assert "Activity report;From;2026-01-01" in lines
    assert f"Conversations and support;Conversations, all kinds;{r.conversations}" in lines
    assert all(line.count(";") == 2 for line in lines)
    content = raw.decode("utf-8-sig")
    private = _private_texts(demo)
    assert len(private) > 50
    assert [t for t in private if t in content] == []
    assert list(tmp_path.iterdir()) == [path]


def test_csv_uses_the_labels_it_is_given(vault, tmp_path):
    r = activity_report(vault, start="2026-01-01", end="2026-01-31")
    path = report_csv(r, tmp_path / "r.csv", {"section": "Afsnit", "s.hours": "Timer"})
    content = path.read_text(encoding="utf-8-sig")
    assert content.startswith("Afsnit;Measure;Value")
    assert "Timer;Hours in total;0.0" in content


def test_a_failed_csv_write_leaves_nothing(vault, tmp_path):
    r = activity_report(vault, start="2026-01-01", end="2026-01-31")
    out = tmp_path / "out"
    target = out / "taken"
    target.mkdir(parents=True)
    (target / "x").write_text("keep")
    with pytest.raises(OSError):
        report_csv(r, target)  # a folder, not a file: the final rename fails
    assert sorted(p.name for p in out.iterdir()) == ["taken"]
    assert (target / "x").read_text() == "keep"


def test_html_escapes_and_lists_every_section(demo):
    r = activity_report(demo, start=YEAR[0], end=YEAR[1])
    page = report_html(r, {"title": "A <b> & c"}, charts={"conversations": "data:x"})
    assert "A &lt;b&gt; &amp; c" in page
    assert "Conversations per month" in page and "src='data:x'" in page
    for section in ("Cafés", "Shifts", "Sparring", "Host training", "Teaching", "Hours"):
        assert section in page
    assert "self-care" not in page
