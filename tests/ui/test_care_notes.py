"""Care tab, writing: a note by keyboard, drafts through a crash, the CPR guard,
settling and addenda, read-back, goals and the profile — real vaults, real widgets."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from peerdesk.paths import DataDir
from peerdesk.services import care, drafts
from peerdesk.ui import dialogs
from peerdesk.ui.care import CareTab
from peerdesk.ui.care import form as form_module
from peerdesk.ui.care.conversation_dialog import ConversationDialog
from peerdesk.ui.care.read_back import ReadBackDialog
from peerdesk.ui.care.record_dialogs import AddendumDialog
from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.keyboard import type_text

YESTERDAY_NOON = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(
    hour=12
)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail loudly if a message box would block the test."""
    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("confirm", "info", "error_dialog"):
        monkeypatch.setattr(dialogs, name, refuse)
    return calls


def open_person(care_tab, vault, alias="K.J.", **fields):
    person = care.add_person(vault, alias=alias, **fields)
    care_tab.load(vault)
    care_tab.show_person(person.id)
    return person


def the_form(care_tab, kind):
    forms = [f for f in care_tab.page.open_forms() if isinstance(f, kind)]
    assert len(forms) == 1, care_tab.page.open_forms()
    return forms[0]


def save_by_keyboard(qtbot, form) -> None:
    """Ctrl+Enter, as typed: shortcuts go to the active window, so make it active."""
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2_000)
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# ------------------------------------------------------------------ writing a note


def test_write_a_conversation_by_keyboard(qtbot, care_tab, vault, no_dialogs):
    person = open_person(care_tab, vault)
    assert care_tab.new_record()  # File ▸ New (Ctrl+N) with a person shown
    dialog = the_form(care_tab, ConversationDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "New conversation with K.J."
    assert abs(dialog.when.dateTime().toPython() - datetime.now()) < timedelta(minutes=2)
    qtbot.keyClick(dialog.duration, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.duration, "45")
    type_text(dialog.place, "Café Lyset")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # care conversation → peer support
    type_text(dialog.themes.new_theme, "søvn, økonomi")
    qtbot.keyClick(dialog.themes.new_theme, Qt.Key.Key_Return)  # adds, does not save
    assert dialog.isVisible()
    housing = next(c for c in dialog.themes.chips() if c.property("theme") == "housing")
    qtbot.mouseClick(housing, Qt.MouseButton.LeftButton)
    type_text(dialog.own_words, "Jeg sover dårligt, når regningerne hober sig op 🙂")
    type_text(dialog.next_steps, "Vi ringer til gældsrådgivningen sammen.")
    type_text(dialog.follow_up.edit, "01.12.2099")
    type_text(dialog.lived, "At jeg også har haft svært ved at åbne posten.")
    type_text(dialog.my_reaction, "Det rørte mig.")
    save_by_keyboard(qtbot, dialog)
    assert not dialog.isVisible()

    [conv] = care.list_conversations(vault, person_id=person.id)
    assert conv.duration_minutes == 45
    assert conv.place == "Café Lyset"
    assert conv.kind == care.ConversationKind.PEER_SUPPORT
    assert conv.themes == ["housing", "søvn", "økonomi"]
    assert conv.own_words == "Jeg sover dårligt, når regningerne hober sig op 🙂"
    assert conv.follow_up_on == date(2099, 12, 1)
    assert conv.my_reaction == "Det rørte mig."
    # Saved: no draft left; the page and the list show it.
    assert drafts.list_drafts(vault, area="care") == []
    assert "Jeg sover dårligt" in care_tab.page.note_view.text.toPlainText()
    row = care_tab.people.model.rows[care_tab.people.model.row_of(person.id)]
    assert row.last_conversation_at == conv.occurred_at
    assert row.open_follow_ups == 1


def test_enter_in_a_line_field_moves_on_and_never_saves_half_a_note(qtbot, care_tab, vault):
    open_person(care_tab, vault)
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    type_text(dialog.place, "biblioteket")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert care.list_people(vault)[0].last_conversation_at is None


def test_start_from_the_last_note_and_snippets(qtbot, care_tab, vault):
    person = care.add_person(vault, alias="M.S.")
    care.add_conversation(
        vault,
        person_id=person.id,
        occurred_at=YESTERDAY_NOON,
        duration_minutes=60,
        place="gåtur ved søen",
        kind="walk",
        themes=["netværk"],
        next_steps="Vi går igen på torsdag.",
    )
    care_tab.load(vault)
    care_tab.show_person(person.id)
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    assert dialog.own_words.toPlainText() == ""
    qtbot.mouseClick(dialog.from_last_button, Qt.MouseButton.LeftButton)
    assert dialog.place.text() == "gåtur ved søen"
    assert dialog.kind.currentData() == "walk"
    assert dialog.duration.value() == 60
    assert dialog.themes.value() == ["netværk"]
    assert "Vi går igen på torsdag." in dialog.last_hint.text()
    dialog._fill_snippets()
    first = dialog.snippets_menu.actions()[0]
    first.trigger()
    assert dialog.own_words.toPlainText() == first.text()


def test_autosave_survives_a_simulated_crash(
    qtbot, care_tab, vault, data_dir, tmp_path, monkeypatch
):
    monkeypatch.setattr(form_module, "AUTOSAVE_MS", 20)
    person = open_person(care_tab, vault, alias="Åse")
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    type_text(dialog.own_words, "Hun fortalte om sin nye hund, Bølle.")
    type_text(dialog.my_reaction, "Glad.")
    qtbot.waitUntil(
        lambda: (
            (drafts.load_draft(vault, area="care", key=dialog.draft_key) or {}).get("my_reaction")
            == "Glad."
        ),
        timeout=5_000,
    )
    # The crash: the files as they are on disk now (database and WAL), with no
    # save_drafts(), no clear() and no clean close.
    crashed = DataDir.resolve(tmp_path / "after-crash")
    crashed.ensure()
    for suffix in ("", "-wal"):
        source = data_dir.vault.with_name(data_dir.vault.name + suffix)
        if source.exists():
            shutil.copy2(source, crashed.vault.with_name(crashed.vault.name + suffix))
    with Vault.open(crashed, PASSPHRASE) as reopened:
        fresh = CareTab()
        qtbot.addWidget(fresh)
        fresh.load(reopened)
        assert fresh.drafts_bar.isVisibleTo(fresh)
        button = fresh.draft_buttons[0]
        assert button.isVisibleTo(fresh) and "Åse" in button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        restored = the_form(fresh, ConversationDialog)
        assert restored.banner.isVisibleTo(restored)
        assert restored.own_words.toPlainText() == "Hun fortalte om sin nye hund, Bølle."
        assert restored.my_reaction.toPlainText() == "Glad."
        assert fresh.page.person.id == person.id
        save_by_keyboard(qtbot, restored)
        assert drafts.list_drafts(reopened, area="care") == []
        assert care.last_conversation(reopened, person.id).own_words.startswith("Hun fortalte")
        fresh.clear()


def test_cancel_asks_before_throwing_text_away(qtbot, care_tab, vault, monkeypatch):
    open_person(care_tab, vault)
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    type_text(dialog.own_words, "Noget vigtigt")
    dialog.save_draft()
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: answers.pop(0))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.own_words.toPlainText() == "Noget vigtigt"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert drafts.list_drafts(vault, area="care") == []


# --------------------------------------------------------------------- refusals


def test_a_refused_date_is_named_under_its_field_and_nothing_is_lost(qtbot, care_tab, vault):
    person = open_person(care_tab, vault)
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    type_text(dialog.own_words, "Tekst der ikke må gå tabt")
    type_text(dialog.follow_up.edit, "32.13.2026")
    save_by_keyboard(qtbot, dialog)
    box = dialog.boxes["follow_up_on"]
    assert dialog.isVisible()
    assert box.error_label.isVisibleTo(dialog)
    assert "24.12.2026" in box.error_label.text()
    assert dialog.own_words.toPlainText() == "Tekst der ikke må gå tabt"
    dialog.follow_up.edit.clear()
    type_text(dialog.follow_up.edit, "01.01.2000")  # before the conversation
    save_by_keyboard(qtbot, dialog)
    assert "comes before" in box.error_label.text()
    assert care.list_conversations(vault, person_id=person.id) == []


def test_a_person_erased_meanwhile_is_said_calmly(qtbot, care_tab, vault):
    person = open_person(care_tab, vault)
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    type_text(dialog.own_words, "Tekst")
    care.erase_person(vault, person.id)
    save_by_keyboard(qtbot, dialog)
    assert dialog.isVisible()
    assert "no longer in the vault" in dialog.general_error.text()
    assert dialog.own_words.toPlainText() == "Tekst"


# ---------------------------------------------------------------------- CPR guard


def _underlined(edit) -> list[tuple[int, int]]:
    ranges = []
    block = edit.document().firstBlock()
    for fmt in block.layout().formats():
        if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            ranges.append((fmt.start, fmt.start + fmt.length))
    return ranges


def test_cpr_guard_underlines_while_typing_and_asks_before_saving(
    qtbot, care_tab, vault, monkeypatch
):
    person = open_person(care_tab, vault)
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    box = dialog.boxes["own_words"]
    type_text(dialog.own_words, "Hun læste sit nummer op: 010190")
    assert not box.cpr_label.isVisibleTo(dialog)
    type_text(dialog.own_words, "-1234 og grinede.")
    assert box.cpr_label.isVisibleTo(dialog)
    assert "CPR" in box.cpr_label.text()
    start = dialog.own_words.toPlainText().index("010190")
    assert _underlined(dialog.own_words) == [(start, start + 11)]
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    save_by_keyboard(qtbot, dialog)
    assert len(asked) == 1 and "CPR" in asked[0]
    assert "010190" not in asked[0]  # the question never repeats the number
    assert dialog.isVisible()
    assert care.list_conversations(vault, person_id=person.id) == []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    save_by_keyboard(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(care.list_conversations(vault, person_id=person.id)) == 1


def test_quick_add_refuses_a_cpr_alias_and_adds_an_alias(qtbot, care_tab, vault):
    care_tab.load(vault)
    type_text(care_tab.people.quick_alias, "0101901234")
    assert care_tab.people.quick_error.isVisibleTo(care_tab)
    qtbot.keyClick(care_tab.people.quick_alias, Qt.Key.Key_Return)
    assert care.list_people(vault) == []
    assert care_tab.people.quick_alias.text() == "0101901234"
    care_tab.people.quick_alias.clear()
    type_text(care_tab.people.quick_alias, "Søs")
    qtbot.keyClick(care_tab.people.quick_alias, Qt.Key.Key_Return)
    [row] = care.list_people(vault)
    assert row.alias == "Søs"
    assert care_tab.page.alias_label.text() == "Søs"
    assert care_tab.people.current_person() == row.id
    assert care_tab.people.quick_alias.text() == ""


# ------------------------------------------------------------ settling, addenda


def test_an_unsettled_note_can_be_corrected(qtbot, care_tab, vault, no_dialogs):
    person = care.add_person(vault, alias="K.J.")
    conv = care.add_conversation(
        vault, person_id=person.id, occurred_at=YESTERDAY_NOON, own_words="Førsteudkast"
    )
    care_tab.load(vault)
    care_tab.show_person(person.id)
    view = care_tab.page.note_view
    assert view.correct_button.isVisibleTo(care_tab)
    assert "Can be corrected until" in view.text.toPlainText()
    qtbot.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    dialog = the_form(care_tab, ConversationDialog)
    assert dialog.own_words.toPlainText() == "Førsteudkast"
    dialog.own_words.selectAll()
    type_text(dialog.own_words, "Rettet tekst")
    save_by_keyboard(qtbot, dialog)
    assert care.list_conversations(vault, person_id=person.id)[0].own_words == "Rettet tekst"
    assert care.list_conversations(vault, person_id=person.id)[0].id == conv.id


def test_addendum_after_settling(qtbot, care_tab, vault, no_dialogs):
    drafts.set_setting(vault, "settle_after_hours", 0)  # every note settles at once
    person = care.add_person(vault, alias="K.J.")
    conv = care.add_conversation(
        vault, person_id=person.id, occurred_at=YESTERDAY_NOON, own_words="Som skrevet"
    )
    care_tab.load(vault)
    care_tab.show_person(person.id)
    view = care_tab.page.note_view
    assert not view.correct_button.isVisibleTo(care_tab)
    assert "Settled" in view.text.toPlainText()
    qtbot.mouseClick(view.addendum_button, Qt.MouseButton.LeftButton)
    dialog = the_form(care_tab, AddendumDialog)
    type_text(dialog.text_edit, "Hun bad mig tilføje: det var en god dag.")
    save_by_keyboard(qtbot, dialog)
    [stored] = care.list_conversations(vault, person_id=person.id)
    assert stored.own_words == "Som skrevet"
    assert [a.text for a in stored.addenda] == ["Hun bad mig tilføje: det var en god dag."]
    shown = care_tab.page.note_view.text.toPlainText()
    assert "Hun bad mig tilføje" in shown and "Som skrevet" in shown
    assert "(+1 addendum(s))" in care_tab.page.timeline.topLevelItem(0).text(2)
    # Correcting from a stale view is refused with words, not a traceback.
    monkeypatch_info = []
    dialogs_info = dialogs.info
    try:
        dialogs.info = lambda *a, **k: monkeypatch_info.append(a[2])
        care_tab.page.correct_conversation(conv)
    finally:
        dialogs.info = dialogs_info
    assert monkeypatch_info and "addendum" in monkeypatch_info[0]


# ------------------------------------------------------------------- read-back


def test_read_back_hides_private_fields(qtbot, care_tab, vault):
    person = care.add_person(vault, alias="K.J.")
    conv = care.add_conversation(
        vault,
        person_id=person.id,
        occurred_at=YESTERDAY_NOON,
        own_words="Jeg vil gerne male igen.",
        lived_experience_shared="Jeg fortalte om mit eget maleri.",
        my_reaction="PRIVAT: jeg blev træt bagefter",
    )
    care.add_addendum(vault, conversation_id=conv.id, text="Tilføjet senere")
    care_tab.load(vault)
    care_tab.show_person(person.id)
    view = care_tab.page.note_view
    assert "PRIVAT: jeg blev træt bagefter" in view.text.toPlainText()  # the worker's view
    qtbot.mouseClick(view.read_back_button, Qt.MouseButton.LeftButton)
    dialog = the_form(care_tab, ReadBackDialog)
    shown = dialog.shown_text()
    assert "Jeg vil gerne male igen." in shown
    assert "Jeg fortalte om mit eget maleri." in shown
    assert "Tilføjet senere" in shown
    assert "PRIVAT" not in shown and "træt" not in shown
    before = dialog.text.font().pointSizeF()
    assert before > care_tab.font().pointSizeF()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text.font().pointSizeF() > before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_form_saved_after_switching_people_updates_its_own_person(qtbot, care_tab, vault):
    first = care.add_person(vault, alias="Anna")
    second = care.add_person(vault, alias="Bent")
    care_tab.load(vault)
    care_tab.show_person(first.id)
    care_tab.new_record()
    dialog = the_form(care_tab, ConversationDialog)
    type_text(dialog.own_words, "Annas note")
    care_tab.show_person(second.id)  # the note stays open beside the page
    save_by_keyboard(qtbot, dialog)
    assert care.last_conversation(vault, first.id).own_words == "Annas note"
    assert care.last_conversation(vault, second.id) is None
    assert care_tab.page.person.id == second.id
    assert care_tab.page.timeline.topLevelItemCount() == 0
    rows = {r.id: r for r in care_tab.people.model.rows}
    assert rows[first.id].last_conversation_at is not None
    assert rows[second.id].last_conversation_at is None
