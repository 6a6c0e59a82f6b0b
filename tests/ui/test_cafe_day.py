"""Café-day mode with a real vault: logging by keyboard and mouse, refusals, drafts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from peerdesk.services import cafe, cafe_views, drafts, training, volunteers
from peerdesk.ui.cafe import CafeTab
from peerdesk.ui.cafe.cafe_tab import DAY
from peerdesk.vault import Vault
from peerdesk.vault.models import TrainingStatus
from tests.conftest import PASSPHRASE
from tests.support.keyboard import type_text

START = datetime(2026, 5, 5, 10, 0)


@pytest.fixture
def place(vault):
    module = training.add_module(vault, name="Værtsrollen")
    return cafe.add_cafe(vault, name="Café Håb", hosts_needed=2, solo_module_id=module.id)


@pytest.fixture
def hosts(vault, place):
    åse = volunteers.add_volunteer(vault, name="Åse Trænet")
    bent = volunteers.add_volunteer(vault, name="Bent Ny 🌱")
    training.set_training_status(
        vault,
        volunteer_id=åse.id,
        module_id=place.solo_module_id,
        status=TrainingStatus.TRAINED,
        on=date(2026, 1, 1),
    )
    return åse, bent


def _tab(qtbot, vault) -> CafeTab:
    tab = CafeTab()
    tab.today = START.date()
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    tab.load(vault)
    return tab


@pytest.fixture
def tab(qtbot, vault, place, hosts) -> CafeTab:
    return _tab(qtbot, vault)


def _set_start(tab: CafeTab, when: datetime = START) -> None:
    day = tab.day
    day.starts.setDateTime(
        QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    )
    day.ends.setTime(QTime(when.hour + 3, 0))


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_log_a_session_in_cafe_day_mode_by_keyboard_and_mouse(qtbot, vault, tab, place, hosts):
    åse, bent = hosts
    day = tab.day
    assert tab.pages.currentIndex() == DAY
    assert day.heading.text() == "Café Håb — new session log"
    _set_start(tab)
    for _ in range(3):
        _click(qtbot, day.head_count.plus)  # the mouse, three guests
    day.newcomers.plus.setFocus()
    qtbot.keyClick(day.newcomers.plus, Qt.Key.Key_Space)  # the keyboard, one newcomer
    day.returning.spin.setFocus()
    day.returning.spin.selectAll()
    qtbot.keyClicks(day.returning.spin, "2")  # typed straight into the counter
    _click(qtbot, day.host_ticks.button(åse.id))
    assert day.host_ticks.button(åse.id).text().startswith("✓ ")  # not colour alone
    day.themes.entry.setFocus()
    type_text(day.themes.entry, "små sejre")
    qtbot.keyClick(day.themes.entry, Qt.Key.Key_Return)
    type_text(day.activities.entry, "brætspil")
    _click(qtbot, day.activities.add_button)
    type_text(day.went_well, "Ro ved bordene 🙂")
    type_text(day.do_differently, "Mere kaffe")
    type_text(day.incident, "En gæst blev ked af det.")
    _click(qtbot, day.follow_up)
    day.follow_up_on.setDate(QDate(2026, 5, 12))

    day.went_well.setFocus()
    qtbot.keyClick(day.went_well, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in day.status.text())

    (logged,) = cafe.session_history(vault, cafe_id=place.id)
    assert (logged.head_count, logged.newcomers, logged.returning_guests) == (3, 1, 2)
    assert logged.starts_at == START and logged.ends_at == START + timedelta(hours=3)
    assert [h.name for h in logged.hosts] == ["Åse Trænet"]
    assert logged.themes == ["små sejre"] and logged.activities == ["brætspil"]
    assert (logged.went_well, logged.do_differently) == ("Ro ved bordene 🙂", "Mere kaffe")
    (incident,) = logged.incidents
    assert incident.description == "En gæst blev ked af det."
    assert incident.follow_up_on == date(2026, 5, 12)
    assert drafts.list_drafts(vault, area="cafe") == []
    # The saved log stays open for corrections, which update it instead of logging twice.
    assert day.session_id == logged.id
    assert "Already recorded" in day.earlier_incidents.text()
    assert day.incident.toPlainText() == ""
    _click(qtbot, day.head_count.plus)
    _click(qtbot, day.save_button)
    assert [s.head_count for s in cafe.session_history(vault, cafe_id=place.id)] == [4]


def test_a_newcomer_counts_as_a_guest_and_too_few_guests_is_refused_with_words(
    qtbot, vault, tab, place
):
    day = tab.day
    _set_start(tab)
    _click(qtbot, day.newcomers.plus)
    _click(qtbot, day.newcomers.plus)
    assert day.head_count.value() == 2  # raised with the newcomers
    _click(qtbot, day.head_count.minus)
    type_text(day.went_well, "Godt")
    _click(qtbot, day.save_button)
    assert day.counts_error.isVisible()
    assert "add up to 2" in day.counts_error.text()
    assert cafe.session_history(vault, cafe_id=place.id) == []
    assert day.went_well.toPlainText() == "Godt"  # nothing typed is lost
    _click(qtbot, day.head_count.plus)
    _click(qtbot, day.save_button)
    assert not day.counts_error.isVisible()
    assert len(cafe.session_history(vault, cafe_id=place.id)) == 1


def test_an_incident_follow_up_before_the_session_is_refused_and_nothing_is_written(
    qtbot, vault, tab, place
):
    day = tab.day
    _set_start(tab)
    _click(qtbot, day.head_count.plus)
    type_text(day.incident, "Faldt på trappen")
    _click(qtbot, day.follow_up)
    day.follow_up_on.setDate(QDate(2026, 5, 1))
    _click(qtbot, day.save_button)
    assert day.incident_error.isVisible()
    assert "before the session" in day.incident_error.text()
    assert cafe.session_history(vault, cafe_id=place.id) == []
    assert day.incident.toPlainText() == "Faldt på trappen"


def test_autosave_survives_a_crash_and_the_draft_is_offered_again(
    qtbot, vault, data_dir, place, hosts
):
    åse, _ = hosts
    tab = _tab(qtbot, vault)
    day = tab.day
    day.autosave.setInterval(20)
    _set_start(tab)
    _click(qtbot, day.head_count.plus)
    _click(qtbot, day.host_ticks.button(åse.id))
    type_text(day.went_well, "Halvskrevet 🙂 æøå")
    key = f"day:new:{place.id}"
    qtbot.waitUntil(
        lambda: (
            (drafts.load_draft(vault, area="cafe", key=key) or {}).get("went_well")
            == "Halvskrevet 🙂 æøå"
        )
    )
    assert "Draft kept" in day.status.text()

    # The crash: no save_drafts(), no clear(); the process is simply gone.
    vault.close()
    reopened = Vault.open(data_dir, PASSPHRASE)
    try:
        again = _tab(qtbot, reopened)
        restored = again.day
        assert restored.banner.isVisible()
        assert "Restored" in restored.banner_text.text()
        assert restored.went_well.toPlainText() == "Halvskrevet 🙂 æøå"
        assert restored.head_count.value() == 1
        assert restored.host_ticks.checked() == [åse.id]
        assert restored.starts.dateTime().date() == QDate(2026, 5, 5)
        _click(qtbot, restored.save_button)
        assert len(cafe.session_history(reopened, cafe_id=place.id)) == 1
        assert drafts.load_draft(reopened, area="cafe", key=key) is None
        assert not restored.banner.isVisible()
    finally:
        reopened.close()


def test_discarding_a_restored_draft_gives_a_fresh_form(qtbot, vault, place, hosts):
    drafts.save_draft(
        vault,
        area="cafe",
        key=f"day:new:{place.id}",
        payload={"starts_at": START.isoformat(), "went_well": "Gammel kladde", "head_count": 5},
    )
    tab = _tab(qtbot, vault)
    assert tab.day.went_well.toPlainText() == "Gammel kladde"
    _click(qtbot, tab.day.discard_button)
    assert tab.day.went_well.toPlainText() == ""
    assert tab.day.head_count.value() == 0
    assert not tab.day.banner.isVisible()
    assert drafts.list_drafts(vault, area="cafe") == []


def test_locking_keeps_a_draft_and_empties_every_field(qtbot, vault, tab, place, hosts):
    åse, _ = hosts
    day = tab.day
    _click(qtbot, day.host_ticks.button(åse.id))
    type_text(day.went_well, "Hemmelig refleksion")
    type_text(day.incident, "Hemmelig hændelse")
    type_text(day.themes.entry, "tema")
    tab.save_drafts()
    tab.clear()
    texts = [
        w.text()
        for w in tab.findChildren(QLabel)
        + tab.findChildren(QLineEdit)
        + tab.findChildren(QPushButton)
    ]
    texts += [w.toPlainText() for w in tab.findChildren(QPlainTextEdit)]
    assert not any(
        secret in text
        for text in texts
        for secret in ("Hemmelig", "tema", "Åse", "Café Håb", "Værtsrollen")
    )
    assert day.host_ticks.checked() == [] and day.themes.labels() == []
    assert tab.cafe_combo.count() == 0
    payload = drafts.load_draft(vault, area="cafe", key=f"day:new:{place.id}")
    assert payload["went_well"] == "Hemmelig refleksion"
    tab.load(vault)
    assert tab.day.went_well.toPlainText() == "Hemmelig refleksion"
    assert tab.day.host_ticks.checked() == [åse.id]


def test_switching_cafe_keeps_the_unsaved_form_as_a_draft(qtbot, vault, tab, place):
    other = cafe.add_cafe(vault, name="Aftencaféen")
    tab.load(vault)
    type_text(tab.day.went_well, "Til Café Håb")
    tab.cafe_combo.setCurrentIndex(tab.cafe_combo.findData(other.id))
    assert tab.day.heading.text().startswith("Aftencaféen")
    assert tab.day.went_well.toPlainText() == ""
    tab.cafe_combo.setCurrentIndex(tab.cafe_combo.findData(place.id))
    assert tab.day.went_well.toPlainText() == "Til Café Håb"


def test_opening_a_saved_session_shows_it_for_correction(qtbot, vault, tab, place, hosts):
    åse, bent = hosts
    logged = cafe.log_session(
        vault,
        cafe_id=place.id,
        starts_at=START,
        head_count=6,
        host_ids=[bent.id],
        themes=["håb"],
    )
    assert tab.open_record("cafe_session", logged.id)
    assert tab.pages.currentIndex() == DAY
    assert tab.day.session_id == logged.id
    assert tab.day.head_count.value() == 6
    assert tab.day.host_ticks.checked() == [bent.id]
    assert tab.day.themes.checked() == ["håb"]
    # The words of a saved log are shown, not the draft of a new one.
    assert tab.day.heading.text().startswith("Café Håb — session of")


def test_unlocking_returns_to_the_log_being_corrected_with_its_draft(qtbot, vault, tab, place):
    logged = cafe.log_session(vault, cafe_id=place.id, starts_at=START, head_count=4)
    tab.open_record("cafe_session", logged.id)
    type_text(tab.day.do_differently, "Rettelse")
    tab.save_drafts()
    tab.clear()
    tab.load(vault)
    assert tab.day.session_id == logged.id
    assert tab.day.do_differently.toPlainText() == "Rettelse"
    assert tab.day.banner.isVisible()
    _click(qtbot, tab.day.save_button)
    assert cafe_views.get_session(vault, session_id=logged.id).do_differently == "Rettelse"
    assert drafts.list_drafts(vault, area="cafe") == []
