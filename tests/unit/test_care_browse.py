"""The care tab's browsing queries agree with the care services, in fewer passes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, update

from peerdesk.services import care, drafts
from peerdesk.services.care_browse import (
    PersonEntry,
    aliases_of,
    people_index,
    people_list,
    people_list_row,
    people_rows,
    person_of,
    retention_review_days,
    settle_after,
)
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import Person

TODAY = date(2026, 3, 10)
NOON = datetime(2026, 3, 10, 12, 0)
NOW = (NOON + timedelta(minutes=30)).astimezone()


def _varied_vault(vault: Vault) -> dict[str, int]:
    """People with every kind of follow-up, activity and retention date."""
    ids = {}
    a = care.add_person(vault, alias="Åse B.")
    ids["a"] = a.id
    care.add_conversation(
        vault, person_id=a.id, occurred_at=NOON, follow_up_on="2026-03-12", now=NOW
    )
    care.add_conversation(vault, person_id=a.id, occurred_at=NOON - timedelta(days=3), now=NOW)
    b = care.add_person(vault, alias="bo", status="paused")
    ids["b"] = b.id
    goal = care.add_goal(vault, person_id=b.id, title="Komme ud")
    care.add_sub_goal(vault, goal_id=goal.id, title="Gåtur", follow_up_on="2026-03-01")
    care.add_referral(
        vault,
        person_id=b.id,
        made_on="2023-01-01",
        kind="club",
        destination="Klubben",
        follow_up_on="2023-02-01",
    )
    c = care.add_person(vault, alias="Carl", retention_review_on="2026-03-10", status="ended")
    ids["c"] = c.id
    d = care.add_person(vault, alias="dorte")
    ids["d"] = d.id
    conv = care.add_conversation(
        vault, person_id=d.id, occurred_at=datetime(2023, 5, 1, 10), follow_up_on="2023-05-02"
    )
    care.mark_follow_up_done(vault, conv.id, on="2023-05-03")
    e = care.add_person(vault, alias="Emil")
    ids["e"] = e.id
    # Emil was added long ago and has done nothing since.
    with vault.session() as s:
        s.execute(update(Person).where(Person.id == e.id).values(created_at=datetime(2020, 1, 1)))
    return ids


def test_people_list_agrees_with_list_people_and_the_retention_review(vault: Vault) -> None:
    _varied_vault(vault)
    rows = people_list(vault, today=TODAY, inactive_days=365)
    expected = care.list_people(vault)
    assert [r.id for r in rows] == [r.id for r in expected]
    for mine, theirs in zip(rows, expected, strict=True):
        assert (mine.alias, mine.status) == (theirs.alias, theirs.status)
        assert mine.last_conversation_at == theirs.last_conversation_at
        assert mine.next_follow_up_on == theirs.next_follow_up_on
        assert mine.open_follow_ups == theirs.open_follow_ups
    flagged = {
        r.id for r in care.people_due_for_retention_review(vault, today=TODAY, inactive_days=365)
    }
    assert {r.id for r in rows if r.review_due} == flagged
    assert len(flagged) == 4  # all but Åse, who was seen this week


def test_one_row_matches_the_full_list(vault: Vault) -> None:
    _varied_vault(vault)
    for row in people_list(vault, today=TODAY, inactive_days=365):
        assert people_list_row(vault, row.id, today=TODAY, inactive_days=365) == row


def test_last_activity_is_the_latest_note_or_referral_else_when_added(vault: Vault) -> None:
    ids = _varied_vault(vault)
    rows = {r.id: r for r in people_list(vault, today=TODAY)}
    assert rows[ids["a"]].last_activity_on == NOON.date()
    assert rows[ids["b"]].last_activity_on == date(2023, 1, 1)
    assert rows[ids["e"]].last_activity_on == date(2020, 1, 1)


def test_people_list_is_one_query(vault: Vault) -> None:
    _varied_vault(vault)
    seen = []

    def record(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        people_list(vault, today=TODAY)
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 1


def test_bad_arguments_are_refused(vault: Vault) -> None:
    with pytest.raises(ValidationError) as info:
        people_list(vault, today="not a day")
    assert (info.value.field, info.value.code) == ("today", ValidationError.BAD_DATE)
    with pytest.raises(ValidationError) as info:
        people_list(vault, today=TODAY, inactive_days=-1)
    assert info.value.field == "inactive_days"
    for bad in (999, "1", True):
        with pytest.raises(NotFound):
            people_list_row(vault, bad, today=TODAY)


def test_person_of_each_care_table(vault: Vault) -> None:
    person = care.add_person(vault, alias="K.J.")
    goal = care.add_goal(vault, person_id=person.id, title="Sove bedre")
    sub = care.add_sub_goal(vault, goal_id=goal.id, title="Lys ud kl. 23")
    conv = care.add_conversation(vault, person_id=person.id, occurred_at=NOON, now=NOW)
    addendum = care.add_addendum(vault, conversation_id=conv.id, text="Tilføjet")
    referral = care.add_referral(
        vault, person_id=person.id, made_on=TODAY, kind="club", destination="Klubben"
    )
    for table, record_id in (
        ("person", person.id),
        ("goal", goal.id),
        ("sub_goal", sub.id),
        ("care_conversation", conv.id),
        ("conversation_addendum", addendum.id),
        ("referral", referral.id),
    ):
        assert person_of(vault, table=table, record_id=record_id) == person.id


@pytest.mark.parametrize(
    ("table", "record_id"),
    [("goal", 999), ("cafe_session", 1), ("person", "1"), ("person", True), ("nope", 1)],
)
def test_person_of_unknown_records_is_not_found(vault: Vault, table, record_id) -> None:
    with pytest.raises(NotFound):
        person_of(vault, table=table, record_id=record_id)


def test_settings_with_defaults_and_bad_values(vault: Vault) -> None:
    assert settle_after(vault) == timedelta(hours=24)
    assert retention_review_days(vault) == 730
    drafts.set_setting(vault, "settle_after_hours", 0)
    drafts.set_setting(vault, "retention_review_days", 365)
    assert settle_after(vault) == timedelta(0)
    assert retention_review_days(vault) == 365
    drafts.set_setting(vault, "settle_after_hours", "forever")
    drafts.set_setting(vault, "retention_review_days", None)
    assert settle_after(vault) == timedelta(hours=24)
    assert retention_review_days(vault) == 730
    drafts.set_setting(vault, "settle_after_hours", -5)
    assert settle_after(vault) == timedelta(0)


# ------------------------------------------------------------ the paged list


def _edges_of_the_retention_window(vault: Vault) -> dict[str, int]:
    """People whose last note falls just inside or just outside 365 days."""
    cutoff = TODAY - timedelta(days=365)
    inside = care.add_person(vault, alias="Frida")
    care.add_conversation(
        vault, person_id=inside.id, occurred_at=datetime.combine(cutoff, NOON.time()), now=NOW
    )
    outside = care.add_person(vault, alias="Gorm")
    care.add_conversation(
        vault,
        person_id=outside.id,
        occurred_at=datetime.combine(cutoff - timedelta(days=1), NOON.time()),
        now=NOW,
    )
    referred = care.add_person(vault, alias="Hans")
    care.add_referral(
        vault, person_id=referred.id, made_on=cutoff, kind="club", destination="Klubben"
    )
    # A review date in the future wins over long inactivity.
    later = care.add_person(vault, alias="Ida", retention_review_on=TODAY + timedelta(days=1))
    with vault.session() as s:
        s.execute(
            update(Person).where(Person.id == later.id).values(created_at=datetime(2020, 1, 1))
        )
    return {"inside": inside.id, "outside": outside.id, "referred": referred.id, "later": later.id}


def test_people_index_agrees_with_people_list_fact_by_fact(vault: Vault) -> None:
    _varied_vault(vault)
    edges = _edges_of_the_retention_window(vault)
    rows = {r.id: r for r in people_list(vault, today=TODAY, inactive_days=365)}
    full = people_index(vault, today=TODAY, inactive_days=365, with_last=True, with_follow_ups=True)
    assert {e.id: e for e in full} == {i: PersonEntry.of(r) for i, r in rows.items()}
    due = {e.id for e in full if e.review_due}
    assert edges["outside"] in due
    assert not {edges["inside"], edges["referred"], edges["later"]} & due
    # Without the optional facts: the same people, flags and aliases.
    light = {e.id: e for e in people_index(vault, today=TODAY, inactive_days=365)}
    assert light.keys() == rows.keys()
    for person_id, entry in light.items():
        row = rows[person_id]
        assert (entry.alias, entry.status, entry.review_due) == (
            row.alias,
            row.status,
            row.review_due,
        )
        assert entry.last_conversation_at is None and entry.next_follow_up_on is None
        assert entry.has_open_follow_up is False


def _plans(vault: Vault, run) -> list[str]:
    """What SQLite does for each SELECT that `run` sends (EXPLAIN QUERY PLAN)."""
    seen = []

    def record(conn, cursor, statement, parameters, *args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)
    plans = []
    with vault.session() as s:
        for statement, parameters in seen:
            plan = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plans += [row[3] for row in plan]
    return plans


def test_people_index_reads_no_note_text(vault: Vault) -> None:
    """Notes are reached through the covering index of schema 2 only: the note
    rows (and their text) are never read, whatever the list is sorted by; nor
    are the person rows with their wishes and dreams."""
    _varied_vault(vault)
    plans = _plans(
        vault,
        lambda: people_index(vault, today=TODAY, with_last=True, with_follow_ups=True),
    )
    notes = [p for p in plans if "care_conversation" in p]
    assert notes, plans
    assert all("USING COVERING INDEX" in p for p in notes), notes
    # Nor are the people's own texts: their pass reads an index too.
    assert "SCAN person USING COVERING INDEX" in " ".join(plans), plans


def test_people_index_is_one_query(vault: Vault) -> None:
    _varied_vault(vault)
    seen = []

    def record(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        people_index(vault, today=TODAY, with_last=True, with_follow_ups=True)
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 1


def test_people_rows_gives_the_lines_in_the_order_asked(vault: Vault) -> None:
    _varied_vault(vault)
    _edges_of_the_retention_window(vault)
    rows = people_list(vault, today=TODAY, inactive_days=365)
    wanted = [r.id for r in reversed(rows)]
    got = people_rows(vault, [*wanted, 99_999], today=TODAY, inactive_days=365)
    assert got == list(reversed(rows))  # the unknown id is left out
    assert people_rows(vault, [], today=TODAY) == []
    for bad in ("1", True, None):
        with pytest.raises(NotFound):
            people_rows(vault, [bad], today=TODAY)
    with pytest.raises(ValidationError):
        people_rows(vault, wanted, today="not a day")


def test_people_rows_asks_for_many_people_in_bounded_statements(vault: Vault) -> None:
    with vault.session() as s:
        people = [Person(alias=f"P{n:04d}") for n in range(1_203)]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
    seen = []

    def record(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        got = people_rows(vault, ids[::-1], today=TODAY)
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)
    assert [r.id for r in got] == ids[::-1]
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 3


def test_aliases_of_people_still_there(vault: Vault) -> None:
    ids = _varied_vault(vault)
    assert aliases_of(vault, [ids["a"], ids["c"], 99_999]) == {ids["a"]: "Åse B.", ids["c"]: "Carl"}
    assert aliases_of(vault, []) == {}
    with pytest.raises(NotFound):
        aliases_of(vault, ["x"])
