"""The self-care tab's hours: each week's hours from logged activities plus hand-
entered ones, against the contract; days since a day off; a calm word when over."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from peerdesk.services import selfcare
from peerdesk.ui import dialogs
from peerdesk.ui.selfcare import SelfCareTab
from peerdesk.vault.models import (
    Cafe,
    CafeSession,
    CareConversation,
    Course,
    CourseKind,
    CourseSession,
    Person,
    SparringSession,
    TrainingSession,
)
from tests.support.keyboard import type_text

TODAY = date.today()
MONDAY = TODAY - timedelta(days=TODAY.weekday())


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour))


@pytest.fixture
def tab(qtbot, vault):
    widget = SelfCareTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.load(vault)
    widget.show()
    qtbot.waitExposed(widget)
    widget.pages.setCurrentWidget(widget.hours)
    yield widget
    widget.clear()  # no autosave or reminder timer may outlive the test's vault


def log_a_week(vault) -> None:
    """One of each logged activity on this week's Monday (4 h 30 min in all)."""
    with vault.session() as s:
        person = Person(alias="B.")
        cafe = Cafe(name="Torvet")
        course = Course(title="Recovery", kind=CourseKind.MENTOR_EDUCATION)
        s.add_all([person, cafe, course])
        s.flush()
        s.add_all(
            [
                CareConversation(
                    person_id=person.id, occurred_at=at(MONDAY, 9), duration_minutes=60
                ),
                CafeSession(cafe_id=cafe.id, starts_at=at(MONDAY, 10), ends_at=at(MONDAY, 11)),
                SparringSession(held_at=at(MONDAY, 12), duration_minutes=30),
                TrainingSession(held_on=MONDAY, duration_minutes=30),
                CourseSession(
                    course_id=course.id,
                    starts_at=at(MONDAY, 13),
                    ends_at=at(MONDAY, 14),
                    prep_minutes=30,
                ),
            ]
        )


def test_hours_from_logged_activities_add_up(qtbot, tab, vault):
    log_a_week(vault)
    tab.load(vault)
    page = tab.hours
    labels = {name: label.text() for name, label in page.source_labels.items()}
    assert labels == {
        "conversations": "1.0",
        "cafe_sessions": "1.0",
        "sparring": "0.5",
        "training": "0.5",
        "teaching": "1.5",
        "manual": "0.0",
        "total": "4.5",
    }
    # Hours entered by hand join the same week's sum.
    page.entry_date.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    page.entry_hours.setValue(1.5)
    page.entry_activity.setFocus()
    type_text(page.entry_activity, "Kørsel")
    qtbot.keyClick(page.entry_activity, Qt.Key.Key_Return)
    (entry,) = selfcare.work_entries(vault)
    assert (entry.minutes, entry.activity) == (90, "Kørsel")
    assert page.source_labels["manual"].text() == "1.5"
    assert page.source_labels["total"].text() == "6.0"
    assert page.entry_model.rowCount() == 1
    assert page.week_model.data(page.week_model.index(0, 1)) == "6.0"
    assert "Set your contract" in page.week_notice.text.text()


def test_a_week_over_the_contract_gets_a_calm_word(qtbot, tab, vault):
    log_a_week(vault)
    page = tab.hours
    page.valid_from.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    page.weekly_hours.setValue(4)
    page.flex_job.setChecked(True)
    qtbot.mouseClick(page.contract_button, Qt.MouseButton.LeftButton)
    contract = selfcare.contract_on(vault, TODAY)
    assert (contract.weekly_hours, contract.flex_job) == (4.0, True)
    assert "(flex job)" in page.contract_text.text()
    words = page.week_notice.text.text()
    assert "0.5 hours over your contract (4.5 of 4.0 hours)" in words
    assert "Be kind to yourself" in words
    page.weekly_hours.setValue(25)
    qtbot.mouseClick(page.contract_button, Qt.MouseButton.LeftButton)
    assert "within your contract" in page.week_notice.text.text()


def test_days_since_a_day_off(qtbot, tab, vault):
    assert "No work logged yet" in tab.hours.day_off_notice.text.text()
    for n in range(7):
        selfcare.add_work_entry(vault, on_date=TODAY - timedelta(days=n), minutes=60)
    tab.hours.refresh()
    assert "worked 7 day(s) in a row" in tab.hours.day_off_notice.text.text()
    assert "A day off soon" in tab.hours.day_off_notice.text.text()


def test_moving_between_weeks(qtbot, tab, vault):
    selfcare.add_work_entry(vault, on_date=MONDAY - timedelta(days=7), minutes=120)
    page = tab.hours
    page.refresh()
    assert page.source_labels["total"].text() == "0.0"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # planned teaching counts too
    assert page.week_start == MONDAY + timedelta(days=7)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.week_start == MONDAY - timedelta(days=7)
    assert page.source_labels["total"].text() == "2.0"
    qtbot.mouseClick(page.this_week_button, Qt.MouseButton.LeftButton)
    assert page.week_start == MONDAY


def test_a_refused_entry_keeps_the_form(qtbot, tab, vault):
    page = tab.hours
    page.entry_activity.setText("Admin")
    page.entry_note.setText("mail\x00")
    qtbot.mouseClick(page.add_entry_button, Qt.MouseButton.LeftButton)
    assert selfcare.work_entries(vault) == []
    assert "“Note”" in page.entry_notice.text.text()
    assert page.entry_activity.text() == "Admin"


def test_removing_hours_and_opening_them_from_search(qtbot, tab, vault, monkeypatch):
    last_week = MONDAY - timedelta(days=5)
    entry = selfcare.add_work_entry(vault, on_date=last_week, minutes=45, activity="Møde")
    tab.pages.setCurrentWidget(tab.check_in)
    assert tab.open_record("work_entry", entry.id) is True
    assert tab.pages.currentWidget() is tab.hours
    assert tab.hours.week_start == last_week - timedelta(days=last_week.weekday())
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    tab.hours.remove_entry_button.click()
    assert selfcare.work_entries(vault) == []
    assert tab.hours.entry_model.rowCount() == 0
