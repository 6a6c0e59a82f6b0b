"""Demo data: deterministic, in every area, plausible, valid, and only into an empty vault."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import String, Text, func, select, text

from peerdesk.demo import DemoRefused, generate_demo
from peerdesk.paths import DataDir
from peerdesk.services import validation
from peerdesk.services.errors import ValidationError
from peerdesk.vault import Vault, VaultError
from peerdesk.vault.fts import INDEX, KIND_CODES
from peerdesk.vault.models import Base, Person, VaultSetting
from peerdesk.vault.models.base import TagList
from tests.conftest import PASSPHRASE

TODAY = date(2026, 11, 22)
NOT_CONTENT = {"vault_setting", "draft"}
CPR_LIKE = re.compile(r"\b\d{6}-?\d{4}\b")


def open_copy(template: Path, folder: Path) -> Vault:
    data = DataDir.resolve(folder)
    data.ensure()
    shutil.copy2(template, data.vault)
    return Vault.open(data, PASSPHRASE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, template_vault: Path) -> Iterator[Vault]:
    """One scale-1 demo vault (seed 1), shared by the read-only tests of this module."""
    vault = open_copy(template_vault, tmp_path_factory.mktemp("demo"))
    generate_demo(vault, seed=1, today=TODAY)
    yield vault
    vault.close()


def dump(vault: Vault) -> dict[str, list[tuple]]:
    """Every row of every table (and of the search index), as stored."""
    with vault.session() as s:
        tables = {
            t.name: s.execute(text(f"SELECT * FROM {t.name} ORDER BY rowid")).all()
            for t in Base.metadata.sorted_tables
        }
        tables[INDEX] = s.execute(
            text(f"SELECT rowid, kind, body FROM {INDEX} ORDER BY rowid")
        ).all()
    return tables


def counts(vault: Vault) -> dict[str, int]:
    with vault.session() as s:
        return {
            t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def scalar(vault: Vault, sql: str, **params: object) -> object:
    with vault.session() as s:
        return s.execute(text(sql), params).scalar_one()


# ------------------------------------------------------------------ determinism


def test_the_same_seed_gives_identical_rows_in_every_table(demo, tmp_path, template_vault):
    again = open_copy(template_vault, tmp_path / "again")
    try:
        generate_demo(again, seed=1, today=TODAY)
        assert dump(again) == dump(demo)
    finally:
        again.close()


def test_another_seed_gives_other_content(demo, vault):
    generate_demo(vault, seed=2, today=TODAY)
    mine, theirs = dump(vault), dump(demo)
    assert mine["person"] != theirs["person"]
    assert mine["care_conversation"] != theirs["care_conversation"]
    assert mine["check_in"] != theirs["check_in"]


# ------------------------------------------------------------------ volume and shape


def test_every_content_table_gets_rows_and_the_report_is_honest(demo, tmp_path, template_vault):
    found = counts(demo)
    for table, n in found.items():
        if table in NOT_CONTENT:
            assert n == 0, table
        else:
            assert n > 0, f"{table} got no demo rows"
    assert 700 <= sum(found.values()) <= 2000

    # The returned figures are the rows really written.
    other = open_copy(template_vault, tmp_path / "report")
    try:
        written = generate_demo(other, seed=1, today=TODAY)
        assert written == {t: n for t, n in counts(other).items() if n}
    finally:
        other.close()


def test_scale_multiplies_the_volume_with_more_people_and_cafes(demo, vault):
    written = generate_demo(vault, seed=1, scale=2, today=TODAY)
    one = counts(demo)
    assert 1.7 <= sum(written.values()) / sum(one.values()) <= 2.3
    assert written["person"] == 2 * one["person"]
    assert written["care_conversation"] == 2 * one["care_conversation"]
    assert written["cafe"] > one["cafe"]
    assert written["volunteer"] > one["volunteer"]
    assert written["wellbeing_plan_section"] == 6  # one plan, whatever the scale


def test_foreign_keys_hold_and_the_search_index_covers_every_record(demo):
    with demo.raw_connection() as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    found = counts(demo)
    assert scalar(demo, f"SELECT count(*) FROM {INDEX}") == sum(found[t] for t in KIND_CODES)
    hits = scalar(
        demo,
        f"SELECT count(*) FROM {INDEX} WHERE {INDEX} MATCH :q AND kind = 'care_conversation'",
        q="bolig",
    )
    assert hits > 0


# ------------------------------------------------------------------ privacy and validity


def all_text(vault: Vault) -> Iterator[tuple[str, str, str]]:
    """(table, column, value) for every text value in the vault."""
    with vault.session() as s:
        for table in Base.metadata.sorted_tables:
            for column in table.c:
                if isinstance(column.type, String | Text | TagList):
                    for (value,) in s.execute(select(column)):
                        if isinstance(value, str):
                            yield table.name, column.name, value
                        elif isinstance(value, list):  # a tag list
                            yield from ((table.name, column.name, v) for v in value)


def test_no_text_looks_like_a_cpr_number(demo):
    offenders = [(t, c, v) for t, c, v in all_text(demo) if CPR_LIKE.search(v)]
    assert offenders == []
    assert not CPR_LIKE.search(str(dump(demo)[INDEX]))


def test_every_text_passes_the_services_validation_unchanged(demo):
    checked = 0
    for table in Base.metadata.sorted_tables:
        with demo.session() as s:
            for column in table.c:
                if isinstance(column.type, TagList):
                    for (labels,) in s.execute(select(column)):
                        assert validation.tags(labels, column.name) == labels
                    continue
                if not isinstance(column.type, String | Text):
                    continue
                for (value,) in s.execute(select(column)):
                    if value is None:
                        continue
                    if isinstance(column.type, String) and column.type.length:
                        clean = validation.line(value, column.name, max_length=column.type.length)
                    else:
                        clean = validation.text(value, column.name)
                    assert clean == value, (table.name, column.name, value)
                    checked += 1
    assert checked > 3000


# ------------------------------------------------------------------ what the demo shows


def test_the_demo_shows_what_needs_attention(demo):
    soon = TODAY + timedelta(days=14)
    # Care follow-ups: most done, some overdue, some due soon.
    done = scalar(demo, "SELECT count(*) FROM care_conversation WHERE followed_up_on IS NOT NULL")
    overdue = scalar(
        demo,
        "SELECT count(*) FROM care_conversation "
        "WHERE followed_up_on IS NULL AND follow_up_on < :today",
        today=TODAY,
    )
    due_soon = scalar(
        demo,
        "SELECT count(*) FROM care_conversation WHERE followed_up_on IS NULL "
        "AND follow_up_on BETWEEN :today AND :soon",
        today=TODAY,
        soon=soon,
    )
    assert overdue >= 3 and due_soon >= 1 and done > 10 * overdue

    # Shifts: the next 14 days have open places; cancellations and swaps are logged.
    gaps = scalar(
        demo,
        "SELECT count(*) FROM shift WHERE starts_at BETWEEN :today AND :soon AND hosts_needed > "
        "(SELECT count(*) FROM shift_assignment a WHERE a.shift_id = shift.id "
        "AND a.cancelled_at IS NULL)",
        today=datetime.combine(TODAY, datetime.min.time()),
        soon=datetime.combine(soon, datetime.min.time()),
    )
    assert gaps >= 1
    assert scalar(demo, "SELECT max(starts_at) FROM shift") > str(TODAY + timedelta(weeks=7))
    assert scalar(demo, "SELECT count(*) FROM shift_assignment WHERE cancelled_at IS NOT NULL")
    assert scalar(demo, "SELECT count(*) FROM shift_swap") >= 1

    # First aid runs out within 60 days for a few hosts.
    expiring = scalar(
        demo,
        "SELECT count(*) FROM volunteer_training t JOIN training_module m ON m.id = t.module_id "
        "WHERE m.name = 'Førstehjælp' AND t.expires_on BETWEEN :today AND :limit",
        today=TODAY,
        limit=TODAY + timedelta(days=60),
    )
    assert expiring >= 2

    # Meetings and courses have something coming up.
    for kind in ("supervision", "network_group"):
        assert scalar(
            demo,
            "SELECT count(*) FROM supervision_meeting WHERE kind = :k AND held = 0 "
            "AND scheduled_at > :today",
            k=kind,
            today=TODAY,
        )
    upcoming = scalar(
        demo, "SELECT count(*) FROM course_session WHERE starts_at > :today", today=TODAY
    )
    assert upcoming >= 2
    assert scalar(demo, "SELECT count(*) FROM sparring_agreement WHERE kept_on IS NULL")


def test_self_care_has_a_hard_stretch_in_an_ordinary_year(demo):
    with demo.session() as s:
        stress = [r for (r,) in s.execute(text("SELECT stress FROM check_in")) if r is not None]
        keys = set(s.execute(text("SELECT key FROM wellbeing_plan_section")).scalars())
    assert 140 <= len(stress) <= 160  # about three a week
    assert sum(1 for x in stress if x >= 4) >= 10
    assert sum(1 for x in stress if x <= 3) > len(stress) / 2
    assert keys == {
        "keeps_me_well",
        "daily",
        "triggers",
        "early_warning_signs",
        "what_i_do",
        "who_i_contact",
    }


# ------------------------------------------------------------------ refusals


def test_a_vault_with_records_is_refused_and_left_as_it_was(vault):
    with vault.session() as s:
        s.add(Person(alias="Mette S."))
    before = dump(vault)

    with pytest.raises(DemoRefused) as caught:
        generate_demo(vault, seed=1, today=TODAY)

    assert isinstance(caught.value, ValueError) and isinstance(caught.value, VaultError)
    assert caught.value.code == "not_empty"
    assert dump(vault) == before


def test_a_demo_vault_refuses_a_second_demo(demo):
    before = counts(demo)
    with pytest.raises(DemoRefused):
        generate_demo(demo, seed=3, today=TODAY)
    assert counts(demo) == before


def test_settings_alone_do_not_make_a_vault_non_empty(vault):
    with vault.session() as s:
        s.add(VaultSetting(key="language", value="da"))
    assert generate_demo(vault, seed=1, today=TODAY)["person"] == 30


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"scale": 0}, "scale"),
        ({"scale": -1}, "scale"),
        ({"scale": 10_000}, "scale"),
        ({"scale": "2"}, "scale"),
        ({"scale": True}, "scale"),
        ({"seed": "one"}, "seed"),
        ({"seed": 1.5}, "seed"),
        ({"today": "next tuesday"}, "today"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_written(vault, arguments, field):
    with pytest.raises(ValidationError) as caught:
        generate_demo(vault, **{"today": TODAY, **arguments})
    assert caught.value.field == field
    assert sum(counts(vault).values()) == 0
