"""The self-care tab's check-in: by keyboard alone, the worker's own early-warning
pattern showing their plan, the daily reminder, drafts, and emptying on lock."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from peerdesk.services import drafts, selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui import dialogs
from peerdesk.ui.selfcare import SelfCareTab
from peerdesk.ui.selfcare.notices import CheckInReminder
from tests.support.keyboard import type_text


@pytest.fixture
def tab(qtbot, vault):
    widget = SelfCareTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.load(vault)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    widget.clear()  # no autosave or reminder timer may outlive the test's vault


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key for whichever control has the focus, as the user's keyboard sends it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def write_plan(vault) -> None:
    selfcare.wellbeing_plan(vault)
    records.save_plan(
        vault,
        sections={
            "what_i_do": {"body": "Går en tur ved søen og siger nej til ekstra vagter."},
            "who_i_contact": {"body": "Min mentor Åse 🙂"},
        },
    )


def test_a_check_in_by_keyboard_alone(qtbot, tab, vault):
    assert tab.new_record() is True  # File ▸ New: straight to the first scale
    assert QApplication.focusWidget() is tab.check_in.scales["energy"]
    for digit in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_1):
        press(qtbot, digit)
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.check_in.drains
    type_text(tab.check_in.drains, "Møde om Ånen 🙂")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(tab.check_in.helps, "Gåtur")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.check_in.supervision
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (saved,) = selfcare.check_ins(vault)
    assert (saved.energy, saved.stress, saved.mood, saved.boundaries_kept, saved.sleep) == (
        3,
        4,
        2,
        5,
        1,
    )
    assert (saved.drains, saved.helps, saved.wants_supervision) == (
        "Møde om Ånen 🙂",
        "Gåtur",
        True,
    )
    # The form is ready for the next time, and the list shows the new check-in.
    assert all(scale.value() is None for scale in tab.check_in.scales.values())
    assert tab.check_in.drains.text() == "" and not tab.check_in.supervision.isChecked()
    assert tab.check_in.model.rowCount() == 1
    assert "Thank you for checking in" in tab.check_in.notice.message()


def test_a_scale_answers_to_the_keyboard_and_the_mouse(qtbot, tab):
    scale = tab.check_in.scales["mood"]
    scale.setFocus()
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 1
    qtbot.keyClick(scale, Qt.Key.Key_4)
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    assert scale.value() == 3
    assert scale.value_label.text() == "3 of 5"  # said in words, not only by the pressed look
    qtbot.keyClick(scale, Qt.Key.Key_0)
    assert scale.value() is None and scale.value_label.text() == "not answered"
    qtbot.mouseClick(scale.buttons[4], Qt.MouseButton.LeftButton)
    assert scale.value() == 5 and scale.buttons[4].isChecked()
    qtbot.mouseClick(scale.buttons[4], Qt.MouseButton.LeftButton)
    assert scale.value() is None and not scale.buttons[4].isChecked()


def test_an_empty_check_in_is_refused_calmly(qtbot, tab, vault):
    tab.check_in.focus_first()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert selfcare.check_ins(vault) == []
    assert "An empty check-in says nothing" in tab.check_in.notice.message()


def test_a_refused_line_keeps_what_was_typed(qtbot, tab, vault):
    tab.check_in.scales["stress"].set_value(3)
    tab.check_in.helps.setText("te\x00 med honning")  # pasted with an invisible character
    tab.check_in.save()
    assert selfcare.check_ins(vault) == []
    assert "What helps" in tab.check_in.notice.message()
    assert tab.check_in.helps.text() == "te\x00 med honning"
    assert tab.check_in.scales["stress"].value() == 3
    assert QApplication.focusWidget() is tab.check_in.helps


def test_removing_a_check_in_asks_first(qtbot, tab, vault, monkeypatch):
    made = selfcare.add_check_in(vault, stress=2)
    tab.load(vault)
    assert tab.open_record("check_in", made.id) is True
    answers = iter([False, True])
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: next(answers))
    tab.check_in.remove_button.click()
    assert len(selfcare.check_ins(vault)) == 1
    tab.check_in.remove_button.click()
    assert selfcare.check_ins(vault) == [] and tab.check_in.model.rowCount() == 0


# ------------------------------------------------------------- early warning


def test_the_early_warning_rule_shows_the_plan(qtbot, tab, vault):
    write_plan(vault)
    start = datetime.now().replace(microsecond=0) - timedelta(days=3)
    selfcare.add_check_in(vault, at=start, stress=5)
    selfcare.add_check_in(vault, at=start + timedelta(days=1), stress=4)
    tab.load(vault)
    assert not tab.warning.isVisible()

    # The third stressful check-in in a row, by keyboard, completes the default pattern.
    tab.check_in.focus_first()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert tab.warning.isVisible()
    text = tab.warning.text.text()
    assert "Stress at 4 or higher" in text and "not a diagnosis" in text
    assert "Går en tur ved søen" in text and "Min mentor Åse 🙂" in text
    qtbot.mouseClick(tab.warning.plan_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.plan
    bodies = [editor.body.toPlainText() for editor in tab.plan.editors]
    assert "Min mentor Åse 🙂" in bodies


def test_the_note_suggests_supervision_and_does_not_nag(qtbot, tab, vault):
    for n in range(3):
        selfcare.add_check_in(vault, at=datetime(2026, 11, 10 + n, 9), stress=5)
    tab.load(vault)
    assert tab.warning.isVisible()
    assert "Your plan is still empty" in tab.warning.text.text()
    qtbot.mouseClick(tab.warning.supervision_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.meetings
    assert tab.meetings.kind.currentData() == "supervision"
    qtbot.mouseClick(tab.warning.later_button, Qt.MouseButton.LeftButton)
    assert not tab.warning.isVisible()
    tab.load(vault)  # e.g. after locking and unlocking: still dismissed
    assert not tab.warning.isVisible()
    selfcare.add_check_in(vault, at=datetime(2026, 11, 14, 9), stress=4)
    tab.load(vault)
    assert tab.warning.isVisible()  # a new check-in that continues the pattern


def test_the_worker_chooses_their_own_pattern(qtbot, tab, vault):
    selfcare.add_check_in(vault, at=datetime(2026, 11, 10, 9), sleep=2, stress=1)
    selfcare.add_check_in(vault, at=datetime(2026, 11, 11, 9), sleep=1, stress=1)
    tab.load(vault)
    assert not tab.warning.isVisible()
    rule = tab.plan.rule
    rule.measure.setCurrentIndex(rule.measure.findData("sleep"))
    rule.direction.setCurrentIndex(rule.direction.findData("low"))
    rule.threshold.setValue(2)
    rule.times.setValue(2)
    qtbot.mouseClick(rule.save_button, Qt.MouseButton.LeftButton)
    assert selfcare.early_warning_rule(vault) == selfcare.EarlyWarningRule("sleep", "low", 2, 2)
    assert "Sleep at 2 or lower, 2 time(s) in a row" in rule.current.text()
    assert tab.warning.isVisible()


# ------------------------------------------------------------------ reminder


def test_the_reminder_is_chosen_and_invites_a_check_in(qtbot, tab, vault, monkeypatch):
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append(text)
    )
    page = tab.check_in
    page.reminder_time.setTime(page.reminder_time.time().fromString("09:30", "HH:mm"))
    qtbot.mouseClick(page.reminder_on, Qt.MouseButton.LeftButton)
    assert records.check_in_reminder(vault) == records.Reminder(True, time(9, 30))
    assert tab.reminder.at == time(9, 30) and tab.reminder.timer.isActive()

    tab.reminder.timer.timeout.emit()  # the chosen time has come
    assert tab.prompt.isVisible()
    assert shown == ["Time for a short check-in."]  # no personal text in the tray
    assert tab.reminder.timer.isActive()  # and again tomorrow
    qtbot.mouseClick(tab.prompt.now_button, Qt.MouseButton.LeftButton)
    assert not tab.prompt.isVisible()
    assert tab.pages.currentWidget() is page
    assert QApplication.focusWidget() is page.scales["energy"]


def test_no_reminder_after_todays_check_in(qtbot, tab, vault):
    records.set_check_in_reminder(vault, enabled=True, at="9:30")
    selfcare.add_check_in(vault, mood=4)
    tab.load(vault)
    tab.reminder.timer.timeout.emit()
    assert not tab.prompt.isVisible()


def test_the_reminder_is_due_today_or_tomorrow():
    reminder = CheckInReminder()
    assert reminder.next_due(datetime(2026, 11, 20, 8)) is None
    reminder.configure(True, time(9, 30))
    assert reminder.next_due(datetime(2026, 11, 20, 8)) == datetime(2026, 11, 20, 9, 30)
    assert reminder.next_due(datetime(2026, 11, 20, 9, 30)) == datetime(2026, 11, 21, 9, 30)
    reminder.configure(False, time(9, 30))
    assert not reminder.timer.isActive()


# ------------------------------------------------------------ drafts and lock


def test_an_unsaved_check_in_survives_a_lock(qtbot, tab, vault):
    page = tab.check_in
    page.scales["energy"].set_value(2)
    page.drains.setFocus()
    type_text(page.drains, "Et svært opkald")
    assert page.keeper.timer.isActive()  # the autosave is on its way
    tab.save_drafts()  # the shell calls this before locking
    tab.clear()
    assert page.drains.text() == "" and page.scales["energy"].value() is None
    tab.load(vault)
    assert page.drains.text() == "Et svært opkald" and page.scales["energy"].value() == 2
    assert "restored" in page.notice.message()
    page.save()
    assert drafts.list_drafts(vault, area=records.AREA) == []


def test_the_autosave_timer_saves_a_draft(qtbot, tab, vault):
    page = tab.check_in
    page.helps.setFocus()
    type_text(page.helps, "Musik")
    page.keeper.timer.timeout.emit()
    payload = drafts.load_draft(vault, area=records.AREA, key="check_in:new")
    assert payload["helps"] == "Musik"
    page.empty_form()
    assert drafts.load_draft(vault, area=records.AREA, key="check_in:new") is None


def test_locking_empties_every_widget(qtbot, tab, vault):
    write_plan(vault)
    for n in range(3):
        selfcare.add_check_in(vault, at=datetime(2026, 11, 10 + n, 9), stress=5, drains="Træt")
    situation = selfcare.add_boundary_situation(
        vault, occurred_on="2026-11-02", what_happened="Ringede om aftenen"
    )
    meeting = selfcare.add_meeting(
        vault, kind="supervision", scheduled_at="2026-12-01T13:00", to_bring="Min travlhed"
    )
    selfcare.close_workday(vault, left_at_work="Samtalen med A.")
    selfcare.add_work_entry(vault, on_date=datetime.now().date(), minutes=60, note="Admin")
    tab.load(vault)
    for index in range(tab.pages.count()):
        tab.pages.setCurrentIndex(index)  # each page draws itself
    tab.open_record("boundary_situation", situation.id)
    tab.open_record("supervision_meeting", meeting.id)
    tab.reminder.configure(True, time(9, 0))
    tab.prompt.show_prompt(datetime.now())
    assert tab.warning.isVisible()

    tab.clear()

    assert tab.vault is None
    assert not tab.warning.isVisible() and tab.warning.text.text() == ""
    assert not tab.prompt.isVisible() and not tab.reminder.timer.isActive()
    assert tab.check_in.model.rowCount() == 0
    assert tab.boundaries.model.rowCount() == 0
    assert tab.boundaries.texts["what_happened"].toPlainText() == ""
    assert tab.boundaries.completer.model().rowCount() == 0
    assert tab.plan.editors == []
    assert tab.meetings.model.rowCount() == 0 and tab.meetings.to_bring.toPlainText() == ""
    assert tab.meetings.next_supervision.text() == ""
    assert tab.closing.earlier.count() == 0
    assert tab.hours.entry_model.rowCount() == 0 and tab.hours.week_model.rowCount() == 0
    assert tab.trends.sentences.toPlainText() == "" and tab.trends.chart.series() == []
