"""The self-care area's records one at a time: find, correct, remove; the plan
saved in one go; the reminder and early-warning notice settings."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from peerdesk.services import drafts, selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.models import BoundarySituation, CheckIn, Draft, SupervisionMeeting, WorkEntry
from tests.conftest import PASSPHRASE
from tests.support.pages import plaintext_of


def rows(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused(call, field, code):
    with pytest.raises(ValidationError) as caught:
        call()
    assert (caught.value.field, caught.value.code) == (field, code)


def test_draft_keys_name_the_form_and_record():
    assert records.draft_key("boundary") == "boundary:new"
    assert records.draft_key("meeting", 12) == "meeting:12"


# ------------------------------------------------------------------- finding


def test_a_record_is_found_by_table_and_id(vault):
    made = selfcare.add_check_in(vault, at="2026-11-20T09:00", stress=4, drains="Møde 🙂")
    found = records.get_record(vault, table="check_in", record_id=made.id)
    assert (found.stress, found.drains) == (4, "Møde 🙂")


@pytest.mark.parametrize("record_id", [999, True, "1", None])
def test_a_missing_record_is_not_found(vault, record_id):
    selfcare.add_check_in(vault, mood=3)
    with pytest.raises(NotFound):
        records.get_record(vault, table="check_in", record_id=record_id)


def test_a_table_outside_the_area_is_not_found(vault):
    with pytest.raises(NotFound):
        records.get_record(vault, table="person", record_id=1)


def test_day_closings_newest_first(vault):
    for day in (3, 1, 2):
        selfcare.close_workday(vault, left_at_work=f"dag {day}", at=datetime(2026, 11, day, 16))
    assert [c.left_at_work for c in records.day_closings(vault, limit=2)] == ["dag 3", "dag 2"]
    refused(lambda: records.day_closings(vault, limit=-1), "limit", "negative")


def test_boundaries_named_most_used_first(vault):
    for boundary in ("Tid", "Privatliv", "Tid", ""):
        selfcare.add_boundary_situation(
            vault, occurred_on="2026-11-02", what_happened="x", boundary=boundary
        )
    assert records.boundaries_named(vault) == ["Tid", "Privatliv"]


# ---------------------------------------------------------------- correcting


def test_a_boundary_situation_is_corrected_and_its_draft_goes(vault):
    made = selfcare.add_boundary_situation(vault, occurred_on="2026-11-02", what_happened="før")
    key = records.draft_key("boundary", made.id)
    drafts.save_draft(vault, area=records.AREA, key=key, payload={"what_happened": "halv"})
    records.update_boundary_situation(
        vault,
        situation_id=made.id,
        occurred_on="03.11.2026",
        what_happened="Ringede om aftenen",
        boundary="Fritid",
        how_handled="Sagde nej",
        learned="Det gik",
    )
    found = records.get_record(vault, table="boundary_situation", record_id=made.id)
    assert (found.occurred_on, found.what_happened, found.boundary) == (
        date(2026, 11, 3),
        "Ringede om aftenen",
        "Fritid",
    )
    assert drafts.load_draft(vault, area=records.AREA, key=key) is None


def test_a_bad_correction_changes_nothing(vault):
    made = selfcare.add_boundary_situation(vault, occurred_on="2026-11-02", what_happened="før")
    refused(
        lambda: records.update_boundary_situation(
            vault, situation_id=made.id, occurred_on="2026-11-05", what_happened="  "
        ),
        "what_happened",
        "required",
    )
    refused(
        lambda: records.update_boundary_situation(
            vault,
            situation_id=made.id,
            occurred_on="2026-11-05",
            what_happened="x",
            boundary="a\nb",
        ),
        "boundary",
        "control_chars",
    )
    with pytest.raises(NotFound):
        records.update_boundary_situation(
            vault, situation_id=made.id + 1, occurred_on="2026-11-05", what_happened="x"
        )
    found = records.get_record(vault, table="boundary_situation", record_id=made.id)
    assert (found.occurred_on, found.what_happened) == (date(2026, 11, 2), "før")


def test_the_plan_is_saved_in_one_go(vault):
    drafts.save_draft(vault, area=records.AREA, key="plan", payload={"x": 1})
    own = selfcare.add_plan_section(vault, title="Musik")
    plan = records.save_plan(
        vault,
        sections={
            "triggers": {"body": "Mange møder i træk"},
            own.key: {"title": "Musik og ro", "body": "Klaver 🎹"},
        },
    )
    by_key = {p.key: p for p in plan}
    assert by_key["triggers"].body == "Mange møder i træk"
    assert (by_key[own.key].title, by_key[own.key].body) == ("Musik og ro", "Klaver 🎹")
    assert [p.key for p in plan][-1] == own.key
    assert drafts.load_draft(vault, area=records.AREA, key="plan") is None


def test_a_refused_plan_section_saves_none_of_them(vault):
    selfcare.wellbeing_plan(vault)
    refused(
        lambda: records.save_plan(
            vault, sections={"daily": {"body": "gåtur"}, "triggers": {"title": " "}}
        ),
        "title",
        "required",
    )
    with pytest.raises(NotFound):
        records.save_plan(vault, sections={"daily": {"body": "gåtur"}, "nope": {"body": "x"}})
    refused(lambda: records.save_plan(vault, sections=["daily"]), "sections", "bad_choice")
    assert {p.key: p.body for p in selfcare.wellbeing_plan(vault)}["daily"] == ""


# ------------------------------------------------------------------ removing


def test_removing_records_purges_their_text(vault):
    check_in = selfcare.add_check_in(vault, stress=5, drains="kanariefugl-tjekind")
    situation = selfcare.add_boundary_situation(
        vault, occurred_on="2026-11-02", what_happened="kanariefugl-graense"
    )
    entry = selfcare.add_work_entry(vault, on_date="2026-11-02", minutes=30, note="x")
    meeting = selfcare.add_meeting(
        vault, kind="supervision", scheduled_at="2026-11-20T13:00", to_bring="kanariefugl-sup"
    )
    drafts.save_draft(
        vault, area=records.AREA, key=records.draft_key("meeting", meeting.id), payload={"a": 1}
    )
    records.delete_check_in(vault, check_in_id=check_in.id)
    records.delete_boundary_situation(vault, situation_id=situation.id)
    records.delete_work_entry(vault, entry_id=entry.id)
    records.delete_meeting(vault, meeting_id=meeting.id)
    for model in (CheckIn, BoundarySituation, WorkEntry, SupervisionMeeting, Draft):
        assert rows(vault, model) == 0
    plain = plaintext_of(vault.path, PASSPHRASE)
    assert b"kanariefugl" not in plain


def test_removing_a_missing_record_is_not_found(vault):
    for call in (
        lambda: records.delete_check_in(vault, check_in_id=1),
        lambda: records.delete_boundary_situation(vault, situation_id=1),
        lambda: records.delete_work_entry(vault, entry_id=True),
        lambda: records.delete_meeting(vault, meeting_id=1),
        lambda: records.delete_day_closing(vault, closing_id=1),
    ):
        with pytest.raises(NotFound):
            call()


def test_a_day_closing_is_removed(vault):
    closing = selfcare.close_workday(vault, left_at_work="Et svært opkald")
    records.delete_day_closing(vault, closing_id=closing.id)
    assert records.day_closings(vault) == []


def test_only_own_plan_sections_can_be_removed(vault):
    own = selfcare.add_plan_section(vault, title="Musik", body="Klaver")
    refused(lambda: records.delete_plan_section(vault, key="triggers"), "key", "not_allowed")
    with pytest.raises(NotFound):
        records.delete_plan_section(vault, key="own-99")
    records.delete_plan_section(vault, key=own.key)
    keys = [p.key for p in selfcare.wellbeing_plan(vault)]
    assert own.key not in keys and "triggers" in keys
    assert records.is_default_section("triggers") and not records.is_default_section(own.key)


# ------------------------------------------------------------------ settings


def test_the_reminder_is_off_until_turned_on(vault):
    assert records.check_in_reminder(vault) == records.Reminder(False, time(15, 0))
    records.set_check_in_reminder(vault, enabled=True, at="9.30")
    assert records.check_in_reminder(vault) == records.Reminder(True, time(9, 30))


def test_a_bad_reminder_is_refused_and_a_broken_one_is_off(vault):
    refused(
        lambda: records.set_check_in_reminder(vault, enabled=True, at="25:00"), "at", "bad_date"
    )
    refused(
        lambda: records.set_check_in_reminder(vault, enabled=1, at="9:00"), "enabled", "bad_choice"
    )
    assert records.check_in_reminder(vault).enabled is False
    drafts.set_setting(vault, records.REMINDER_SETTING, {"enabled": True, "at": "klokken ni"})
    assert records.check_in_reminder(vault).enabled is False


def test_the_early_warning_notice_is_remembered_as_seen(vault):
    assert records.early_warning_seen(vault) is None
    made = selfcare.add_check_in(vault, stress=5)
    records.mark_early_warning_seen(vault, check_in_id=made.id)
    assert records.early_warning_seen(vault) == made.id
    with pytest.raises(NotFound):
        records.mark_early_warning_seen(vault, check_in_id=made.id + 1)
    assert records.early_warning_seen(vault) == made.id
