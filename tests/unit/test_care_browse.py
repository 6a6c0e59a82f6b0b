"""The care tab's browsing queries agree with the care services, in fewer passes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, update

from peerdesk.services import care, drafts
from peerdesk.services.care_browse import (
    people_list,
    people_list_row,
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
