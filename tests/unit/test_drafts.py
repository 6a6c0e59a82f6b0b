"""Drafts, settings and recent lists kept inside the vault."""

from __future__ import annotations

import pytest

from peerdesk.services import drafts
from peerdesk.services.errors import ValidationError
from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE

FORM = {"alias": "K.", "own_words": 'Kaffe på torvet 🙂 æøå\n"citat"', "minutes": 45}


def test_a_draft_round_trips(vault):
    assert drafts.load_draft(vault, area="care_conversation", key="person:1") is None
    drafts.save_draft(vault, area="care_conversation", key="person:1", payload=FORM)
    assert drafts.load_draft(vault, area="care_conversation", key="person:1") == FORM


def test_saving_again_replaces_the_draft(vault):
    drafts.save_draft(vault, area="care_conversation", key="person:1", payload=FORM)
    drafts.save_draft(vault, area="care_conversation", key="person:1", payload={"alias": "B."})
    assert drafts.load_draft(vault, area="care_conversation", key="person:1") == {"alias": "B."}
    assert [(d.area, d.key) for d in drafts.list_drafts(vault)] == [
        ("care_conversation", "person:1")
    ]


def test_drafts_are_listed_newest_first_and_by_area(vault):
    drafts.save_draft(vault, area="cafe_session", key="new", payload={})
    drafts.save_draft(vault, area="care_conversation", key="person:2", payload={"a": 1})
    listed = drafts.list_drafts(vault)
    assert [(d.area, d.key) for d in listed] == [
        ("care_conversation", "person:2"),
        ("cafe_session", "new"),
    ]
    area, key, saved_at = listed[0]  # a plain tuple for callers that unpack
    assert saved_at >= listed[1].saved_at
    assert [d.key for d in drafts.list_drafts(vault, area="cafe_session")] == ["new"]


def test_discarding_a_draft(vault):
    drafts.save_draft(vault, area="course", key="new", payload={"title": "Recovery"})
    assert drafts.discard_draft(vault, area="course", key="new") is True
    assert drafts.discard_draft(vault, area="course", key="new") is False
    assert drafts.load_draft(vault, area="course", key="new") is None
    assert drafts.list_drafts(vault) == []


def test_drafts_and_settings_survive_closing_and_reopening(vault, data_dir):
    drafts.save_draft(vault, area="care_conversation", key="person:7", payload=FORM)
    drafts.set_setting(vault, "last_person", {"id": 7, "alias": "K."})
    drafts.remember_recent(vault, "recent_searches", "kaffe")
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as reopened:
        assert drafts.load_draft(reopened, area="care_conversation", key="person:7") == FORM
        assert drafts.get_setting(reopened, "last_person") == {"id": 7, "alias": "K."}
        assert drafts.get_setting(reopened, "recent_searches") == ["kaffe"]


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"area": "", "key": "k", "payload": {}}, "area", ValidationError.REQUIRED),
        ({"area": "a", "key": "  ", "payload": {}}, "key", ValidationError.REQUIRED),
        ({"area": "a" * 61, "key": "k", "payload": {}}, "area", ValidationError.TOO_LONG),
        ({"area": "a", "key": "k\n2", "payload": {}}, "key", ValidationError.CONTROL_CHARS),
        ({"area": "a", "key": "k", "payload": ["not", "a", "dict"]}, "payload", "bad_choice"),
        ({"area": "a", "key": "k", "payload": {"x": object()}}, "payload", "bad_choice"),
        ({"area": "a", "key": "k", "payload": {"x": float("nan")}}, "payload", "bad_choice"),
    ],
)
def test_a_bad_draft_is_refused_and_nothing_is_written(vault, kwargs, field, code):
    with pytest.raises(ValidationError) as caught:
        drafts.save_draft(vault, **kwargs)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert drafts.list_drafts(vault) == []


def test_settings_hold_json_values(vault):
    assert drafts.get_setting(vault, "missing") is None
    assert drafts.get_setting(vault, "missing", default=[]) == []
    drafts.set_setting(vault, "columns", {"widths": [120, 80], "sorted": True, "name": "Æble"})
    assert drafts.get_setting(vault, "columns") == {
        "widths": [120, 80],
        "sorted": True,
        "name": "Æble",
    }
    drafts.set_setting(vault, "columns", 3)
    assert drafts.get_setting(vault, "columns") == 3


def test_a_bad_setting_is_refused(vault):
    with pytest.raises(ValidationError) as caught:
        drafts.set_setting(vault, "x", {1, 2})
    assert caught.value.code == ValidationError.BAD_CHOICE
    with pytest.raises(ValidationError) as caught:
        drafts.set_setting(vault, "", 1)
    assert caught.value.code == ValidationError.REQUIRED
    assert drafts.get_setting(vault, "x") is None


def test_recent_values_are_most_recent_first_without_repeats(vault):
    for query in ("kaffe", "torvet", " kaffe\t", "  ", "gåtur"):
        recent = drafts.remember_recent(vault, "recent_searches", query)
    assert recent == ["gåtur", "kaffe", "torvet"]
    assert drafts.get_setting(vault, "recent_searches") == recent


def test_recent_values_are_capped(vault):
    for n in range(6):
        drafts.remember_recent(vault, "recent_people", n, limit=4)
    assert drafts.get_setting(vault, "recent_people") == [5, 4, 3, 2]


def test_a_bad_recent_limit_is_refused(vault):
    with pytest.raises(ValidationError) as caught:
        drafts.remember_recent(vault, "recent", "x", limit=0)
    assert caught.value.code == ValidationError.OUT_OF_RANGE
    assert drafts.get_setting(vault, "recent") is None
