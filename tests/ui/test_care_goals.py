"""Care tab: goals and steps with their follow-up, the person's own page, and
accelerators that never clash — real vaults, real widgets."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from peerdesk.services import care
from peerdesk.ui import dialogs
from peerdesk.ui.care.goal_dialogs import GoalDialog, SubGoalDialog, SubGoalFollowUpDialog
from peerdesk.ui.care.profile_dialog import ProfileDialog
from tests.support.keyboard import type_text
from tests.ui.test_care_notes import YESTERDAY_NOON, open_person, the_form


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail loudly if a message box would block the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("confirm", "info", "error_dialog"):
        monkeypatch.setattr(dialogs, name, refuse)


# ------------------------------------------------------------------ goals, profile


def test_goals_sub_goals_and_their_follow_up(qtbot, care_tab, vault, no_dialogs):
    person = open_person(care_tab, vault)
    care_tab.page.tabs.setCurrentIndex(1)
    assert care_tab.page.goals_empty.isVisibleTo(care_tab)
    qtbot.mouseClick(care_tab.page.add_goal_button, Qt.MouseButton.LeftButton)
    goal_form = the_form(care_tab, GoalDialog)
    type_text(goal_form.title_edit, "Komme ud af lejligheden")
    type_text(goal_form.own_words, "Jeg vil ikke sidde derhjemme hele dagen.")
    qtbot.keyClick(goal_form.title_edit, Qt.Key.Key_Return)  # Enter saves a small form
    assert not goal_form.isVisible()
    assert care_tab.page.goals.currentItem().text(0) == "Komme ud af lejligheden"
    qtbot.mouseClick(care_tab.page.add_step_button, Qt.MouseButton.LeftButton)
    step_form = the_form(care_tab, SubGoalDialog)
    type_text(step_form.title_edit, "Gå til bageren")
    type_text(step_form.follow_up.edit, date.today().strftime("%d.%m.%Y"))
    qtbot.keyClick(step_form.title_edit, Qt.Key.Key_Return)
    step_item = care_tab.page.goals.currentItem()
    assert step_item.text(0) == "Gå til bageren"
    assert step_item.parent().text(0) == "Komme ud af lejligheden"
    assert care_tab.people.model.rows[0].open_follow_ups == 1
    qtbot.mouseClick(care_tab.page.follow_up_button, Qt.MouseButton.LeftButton)
    follow = the_form(care_tab, SubGoalFollowUpDialog)
    follow.status.setCurrentIndex(follow.status.findData("end"))
    type_text(follow.note, "Det gik fint.")
    qtbot.keyClick(follow.on.edit, Qt.Key.Key_Return)
    [goal] = care.get_person(vault, person.id).goals
    [sub] = goal.sub_goals
    assert sub.status == care.FollowUpStatus.END
    assert sub.followed_up_on == date.today()
    assert "Det gik fint." in sub.note
    assert care_tab.people.model.rows[0].open_follow_ups == 0
    assert care_tab.page.timeline.topLevelItem(0).text(1) == "Step followed up"


def test_profile_edit_keeps_own_words(qtbot, care_tab, vault, no_dialogs):
    person = open_person(care_tab, vault, wishes="At male")
    care_tab.page.edit_profile()
    dialog = the_form(care_tab, ProfileDialog)
    assert dialog.wishes.toPlainText() == "At male"
    type_text(dialog.dreams, "En udstilling på biblioteket")
    dialog.consent.setChecked(True)
    type_text(dialog.consent_on.edit, "01.02.2026")
    qtbot.keyClick(dialog.alias, Qt.Key.Key_Return)
    stored = care.get_person(vault, person.id)
    assert stored.dreams == "En udstilling på biblioteket"
    assert stored.consent_noted and stored.consent_on == date(2026, 2, 1)
    assert "consent noted" in care_tab.page.facts_label.text()
    assert care_tab.page.about_labels["dreams"].text() == "En udstilling på biblioteket"


def test_profile_refuses_a_cpr_alias_under_the_field(qtbot, care_tab, vault, monkeypatch):
    person = open_person(care_tab, vault)
    care_tab.page.edit_profile()
    dialog = the_form(care_tab, ProfileDialog)
    dialog.alias.clear()
    type_text(dialog.alias, "010190-1234")
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    qtbot.keyClick(dialog.alias, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "alias or initials" in dialog.boxes["alias"].error_label.text()
    assert care.get_person(vault, person.id).alias == "K.J."


# -------------------------------------------------------------------- accelerators


def _letters(widget, *extra: str) -> list[str]:
    texts = list(extra)
    for kind in (QLabel, QAbstractButton):
        texts += [w.text() for w in widget.findChildren(kind) if w.isVisibleTo(widget)]
    found = [re.search(r"&([^&\s])", t.replace("&&", "")) for t in texts]
    return [m.group(1).lower() for m in found if m]


def test_every_form_and_the_tab_have_unique_accelerators(qtbot, care_tab, vault):
    person = care.add_person(vault, alias="K.J.")
    conv = care.add_conversation(vault, person_id=person.id, occurred_at=YESTERDAY_NOON)
    goal = care.add_goal(vault, person_id=person.id, title="Mål")
    care.add_sub_goal(vault, goal_id=goal.id, title="Skridt")
    care.add_referral(
        vault, person_id=person.id, made_on=date.today(), kind="club", destination="Klub"
    )
    care_tab.load(vault)
    care_tab.show_person(person.id)
    menu = ("&File", "&Edit", "&View", "&Help")  # the main window's menus
    for page in range(3):
        care_tab.page.tabs.setCurrentIndex(page)
        letters = _letters(care_tab, *menu)
        assert len(letters) == len(set(letters)), letters
    page = care_tab.page
    page.tabs.setCurrentIndex(0)
    page.new_conversation()
    page.add_addendum(conv)
    page.new_referral()
    page.edit_profile()
    page.add_goal()
    page.tabs.setCurrentIndex(1)
    page.goals.setCurrentItem(page.goals.topLevelItem(0).child(0))
    page.add_sub_goal()
    page.record_sub_goal_follow_up()
    page.record_outcome(care.get_person(vault, person.id).referrals[0])
    page.case_text()
    assert len(page.open_forms()) == 9
    for form in page.open_forms():
        form.banner.show() if hasattr(form, "banner") else None
        letters = _letters(form)
        assert len(letters) == len(set(letters)), (type(form).__name__, letters)
