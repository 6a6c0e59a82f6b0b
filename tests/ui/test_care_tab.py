"""Care tab, browsing and sharing: the people list and its filters, the follow-up
queue, opening records, locking, erasure, the case-system text and the
right-of-access PDF — real vaults, real widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextBrowser

from peerdesk.services import care, drafts
from peerdesk.ui import dialogs
from peerdesk.ui.care.conversation_dialog import ConversationDialog
from peerdesk.ui.care.people_model import PeopleModel
from peerdesk.ui.care.read_back import ReadBackDialog
from peerdesk.ui.care.record_dialogs import OutcomeDialog
from peerdesk.ui.care.sharing import CaseTextDialog, access_footer
from tests.support.keyboard import type_text

TODAY = date.today()
YESTERDAY_NOON = datetime.combine(TODAY - timedelta(days=1), datetime.min.time()).replace(hour=12)


def people(vault):
    """Three people: one with an overdue note follow-up, one paused, one idle long ago."""
    a = care.add_person(vault, alias="Ærlige Åse")
    care.add_conversation(
        vault,
        person_id=a.id,
        occurred_at=YESTERDAY_NOON - timedelta(days=10),
        own_words="Hun vil gerne i svømmehallen.",
        next_steps="Vi tager derhen sammen.",
        follow_up_on=TODAY - timedelta(days=3),
        my_reaction="PRIVAT-REAKTION",
        lived_experience_shared="DELT-ERFARING",
    )
    b = care.add_person(vault, alias="bo", status="paused")
    c = care.add_person(vault, alias="Carl", retention_review_on=TODAY - timedelta(days=1))
    return a, b, c


def shown_aliases(care_tab) -> list[str]:
    proxy = care_tab.people.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


# --------------------------------------------------------------------- the list


def test_the_list_shows_everyone_with_follow_up_and_review_marks(qtbot, care_tab, vault):
    a, b, c = people(vault)
    care_tab.load(vault)
    assert shown_aliases(care_tab) == ["bo", "Carl", "Ærlige Åse"]
    model = care_tab.people.model
    row = model.row_of(a.id)
    next_cell = model.index(row, PeopleModel.NEXT)
    assert next_cell.data().startswith("⚠ ")  # overdue: a mark, not only bold
    assert "overdue" in next_cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert next_cell.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(model.row_of(c.id), PeopleModel.REVIEW).data() == "Review"
    assert model.index(model.row_of(b.id), PeopleModel.STATUS).data() == "Paused"
    assert care_tab.people.review_banner.isVisibleTo(care_tab)
    assert "3 person(s)" in care_tab.people.count.text()


def test_filters_by_alias_status_follow_up_and_review(qtbot, care_tab, vault):
    people(vault)
    care_tab.load(vault)
    type_text(care_tab.people.filter_text, "åse")  # folds Å as a Dane expects
    assert shown_aliases(care_tab) == ["Ærlige Åse"]
    assert "1 of 3 people shown" in care_tab.people.count.text()
    care_tab.people.filter_text.clear()
    care_tab.people.status.setCurrentIndex(care_tab.people.status.findData("paused"))
    assert shown_aliases(care_tab) == ["bo"]
    care_tab.people.status.setCurrentIndex(0)
    qtbot.mouseClick(care_tab.people.needs_follow_up, Qt.MouseButton.LeftButton)
    assert shown_aliases(care_tab) == ["Ærlige Åse"]
    qtbot.mouseClick(care_tab.people.needs_follow_up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(care_tab.people.review_only, Qt.MouseButton.LeftButton)
    assert shown_aliases(care_tab) == ["Carl"]


def test_sorting_by_a_column_keeps_the_current_person(qtbot, care_tab, vault):
    a, b, c = people(vault)
    care_tab.load(vault)
    care_tab.show_person(c.id)
    header = care_tab.people.view.horizontalHeader()
    x = header.sectionViewportPosition(PeopleModel.NEXT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_aliases(care_tab)[0] == "Ærlige Åse"  # the only one with a follow-up
    assert care_tab.people.current_person() == c.id
    assert care_tab.page.person.id == c.id


def test_arrow_keys_walk_through_people(qtbot, care_tab, vault):
    a, b, c = people(vault)
    care_tab.load(vault)
    care_tab.people.view.setFocus()
    care_tab.people.select_person(b.id)
    qtbot.keyClick(care_tab.people.view, Qt.Key.Key_Down)
    assert care_tab.page.alias_label.text() == "Carl"
    qtbot.keyClick(care_tab.people.view, Qt.Key.Key_Down)
    assert care_tab.page.alias_label.text() == "Ærlige Åse"
    assert "Hun vil gerne i svømmehallen." in care_tab.page.note_view.text.toPlainText()


# ----------------------------------------------------------------- open_record


def test_open_record_shows_every_care_table_and_declines_others(qtbot, care_tab, vault):
    a, b, c = people(vault)
    conv = care.last_conversation(vault, a.id)
    addendum = care.add_addendum(vault, conversation_id=conv.id, text="Senere")
    goal = care.add_goal(vault, person_id=b.id, title="Sove bedre")
    sub = care.add_sub_goal(vault, goal_id=goal.id, title="Lys ud kl. 23")
    ref = care.add_referral(
        vault, person_id=c.id, made_on=TODAY, kind="club", destination="Skakklubben"
    )
    care_tab.load(vault)
    assert care_tab.open_record("care_conversation", conv.id)
    assert care_tab.page.alias_label.text() == "Ærlige Åse"
    assert care_tab.page.note_view.record.id == conv.id
    assert care_tab.open_record("conversation_addendum", addendum.id)
    assert care_tab.page.note_view.record.id == conv.id
    assert care_tab.open_record("sub_goal", sub.id)
    assert care_tab.page.tabs.currentIndex() == 1
    assert care_tab.page.goals.currentItem().text(0) == "Lys ud kl. 23"
    assert care_tab.open_record("goal", goal.id)
    assert care_tab.page.goals.currentItem().text(0) == "Sove bedre"
    assert care_tab.open_record("referral", ref.id)
    assert care_tab.page.tabs.currentIndex() == 0
    assert "Skakklubben" in care_tab.page.note_view.text.toPlainText()
    assert care_tab.open_record("person", b.id)
    assert care_tab.people.current_person() == b.id
    assert not care_tab.open_record("cafe_session", 1)
    # A hidden person is shown anyway: the filters step aside.
    type_text(care_tab.people.filter_text, "zzz")
    assert care_tab.open_record("person", c.id)
    assert care_tab.people.filter_text.text() == ""
    assert care_tab.people.current_person() == c.id
    # An erased record is said calmly.
    assert care_tab.open_record("care_conversation", 99_999)
    assert "no longer in the vault" in care_tab.status.text()


# --------------------------------------------------------------------- locking


def test_lock_empties_every_widget_keeps_the_draft_and_unlock_offers_it(qtbot, care_tab, vault):
    a, b, c = people(vault)
    care_tab.load(vault)
    care_tab.show_person(a.id)
    care_tab.left.setCurrentWidget(care_tab.follow_ups)
    care_tab.new_record()
    dialog = next(f for f in care_tab.page.open_forms() if isinstance(f, ConversationDialog))
    type_text(dialog.own_words, "Halvt skrevet note om Åse")
    care_tab.page.read_back(care.last_conversation(vault, a.id))
    read_back = next(f for f in care_tab.page.open_forms() if isinstance(f, ReadBackDialog))
    # What the shell does on lock: save drafts, then clear.
    care_tab.save_drafts()
    care_tab.clear()
    assert not dialog.isVisible() and not read_back.isVisible()
    assert care_tab.page.open_forms() == []
    assert care_tab.people.model.rowCount() == 0 and care_tab.follow_ups.model.rowCount() == 0
    texts = [w.text() for w in care_tab.findChildren(QLabel) + care_tab.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in care_tab.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in care_tab.findChildren(QTextBrowser)]
    for secret in ("Åse", "svømmehallen", "Carl", "Halvt skrevet"):
        assert not any(secret in t for t in texts), secret
    assert care_tab.page.timeline.topLevelItemCount() == 0
    assert care_tab.page.goals.topLevelItemCount() == 0
    assert drafts.load_draft(vault, area="care", key=dialog.draft_key)["own_words"] == (
        "Halvt skrevet note om Åse"
    )
    care_tab.load(vault)  # unlocked again
    assert care_tab.page.person.id == a.id  # back where the worker was
    assert care_tab.drafts_bar.isVisibleTo(care_tab)
    qtbot.mouseClick(care_tab.draft_buttons[0], Qt.MouseButton.LeftButton)
    again = next(f for f in care_tab.page.open_forms() if isinstance(f, ConversationDialog))
    assert again.own_words.toPlainText() == "Halvt skrevet note om Åse"
    assert not care_tab.drafts_bar.isVisibleTo(care_tab)  # its form is open now


# --------------------------------------------------------------------- erasure


def test_erase_person_after_a_clear_confirmation(qtbot, care_tab, vault, monkeypatch):
    a, b, c = people(vault)
    drafts.save_draft(vault, area="care", key=f"person:{a.id}:profile", payload={"x": "y"})
    care_tab.load(vault)
    care_tab.show_person(a.id)
    questions = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, **k: questions.append(text) or False
    )
    care_tab.page.erase()
    assert "Ærlige Åse" in questions[0] and "1 notes" in questions[0]
    assert "cannot be undone" in questions[0]
    assert care.get_person(vault, a.id).alias == "Ærlige Åse"  # declined: nothing erased
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    care_tab.page.erase()
    assert [r.alias for r in care.list_people(vault)] == ["bo", "Carl"]
    assert shown_aliases(care_tab) == ["bo", "Carl"]
    assert care_tab.page.person is None and care_tab.page.stack.currentIndex() == 0
    assert drafts.list_drafts(vault, area="care") == []
    assert "erased" in care_tab.status.text()


# ------------------------------------------------------------- follow-up queue


def test_follow_up_queue_updates_when_a_follow_up_is_done(qtbot, care_tab, vault, monkeypatch):
    a, b, c = people(vault)
    goal = care.add_goal(vault, person_id=b.id, title="Komme ud", set_on=TODAY - timedelta(10))
    care.add_sub_goal(vault, goal_id=goal.id, title="Gå en tur", follow_up_on=TODAY)
    ref = care.add_referral(
        vault,
        person_id=c.id,
        made_on=TODAY - timedelta(days=20),
        kind="club",
        destination="Skakklubben",
        follow_up_on=TODAY - timedelta(days=1),
    )
    care_tab.load(vault)
    assert not care_tab.follow_ups.loaded  # read only when looked at
    care_tab.left.setCurrentWidget(care_tab.follow_ups)
    queue = care_tab.follow_ups
    assert queue.model.rowCount() == 3
    assert care_tab.left.tabText(1) == "Follow-&ups (3)"
    assert [r.kind for r in queue.model.rows] == ["conversation", "referral", "sub_goal"]
    # A note's follow-up: done at once.
    queue.view.setCurrentIndex(queue.model.index(0, 0))
    qtbot.mouseClick(queue.done_button, Qt.MouseButton.LeftButton)
    assert [r.kind for r in queue.model.rows] == ["referral", "sub_goal"]
    assert care_tab.left.tabText(1) == "Follow-&ups (2)"
    assert care.last_conversation(vault, a.id).followed_up_on == TODAY
    assert care_tab.people.model.rows[care_tab.people.model.row_of(a.id)].open_follow_ups == 0
    # A referral's: its outcome is asked for first.
    queue.view.setCurrentIndex(queue.model.index(0, 0))
    qtbot.mouseClick(queue.done_button, Qt.MouseButton.LeftButton)
    outcome = next(f for f in care_tab.page.open_forms() if isinstance(f, OutcomeDialog))
    assert care_tab.page.person.id == c.id
    type_text(outcome.outcome, "Han kom med i turneringen.")
    qtbot.keyClick(outcome.outcome, Qt.Key.Key_Tab)
    outcome.submit()
    assert [r.kind for r in queue.model.rows] == ["sub_goal"]
    assert care.get_person(vault, c.id).referrals[0].outcome == "Han kom med i turneringen."
    assert ref.id == care.get_person(vault, c.id).referrals[0].id
    # Opening an item shows the person and the record.
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    assert care_tab.page.person.id == b.id
    assert care_tab.page.goals.currentItem().text(0) == "Gå en tur"


def test_an_empty_queue_says_so(qtbot, care_tab, vault):
    care_tab.load(vault)
    care_tab.left.setCurrentWidget(care_tab.follow_ups)
    assert care_tab.follow_ups.empty.isVisibleTo(care_tab)
    assert not care_tab.follow_ups.done_button.isEnabled()


# -------------------------------------------------------------------- sharing


def test_case_system_text_is_copied_with_do_not_keep_hints(qtbot, care_tab, vault):
    a, b, c = people(vault)
    care_tab.load(vault)
    care_tab.show_person(a.id)
    care_tab.page.case_text()
    dialog = next(f for f in care_tab.page.open_forms() if isinstance(f, CaseTextDialog))
    text = dialog.preview.toPlainText()
    assert "Person: Ærlige Åse" in text
    assert "Hun vil gerne i svømmehallen." in text
    assert "PRIVAT-REAKTION" not in text and "DELT-ERFARING" not in text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == text
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert "two minutes" in dialog.status.text()
    QGuiApplication.clipboard().clear()


def test_right_of_access_pdf_holds_everything_but_the_private_reaction(
    qtbot, care_tab, vault, tmp_path, monkeypatch
):
    a, b, c = people(vault)
    conv = care.last_conversation(vault, a.id)
    care.add_addendum(vault, conversation_id=conv.id, text="Tilføjelse efter aftale")
    care.add_referral(vault, person_id=a.id, made_on=TODAY, kind="club", destination="Klubben")
    care.add_goal(vault, person_id=a.id, title="Svømme hver uge", own_words="Jeg vil i vandet")
    target = tmp_path / "kopi"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(target))
    care_tab.load(vault)
    care_tab.show_person(a.id)
    care_tab.page.access_pdf()
    path = target.with_suffix(".pdf")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    flat = " ".join(text.split())
    for expected in (
        "Ærlige Åse",
        "Hun vil gerne i svømmehallen.",
        "DELT-ERFARING",
        "Tilføjelse efter aftale",
        "Klubben",
        "Svømme hver uge",
        "Jeg vil i vandet",
        " ".join(access_footer().split()),
    ):
        assert expected in flat, expected
    assert "PRIVAT-REAKTION" not in flat
    assert "not encrypted" in care_tab.status.text()


def test_a_cancelled_save_dialog_writes_nothing(qtbot, care_tab, vault, tmp_path, monkeypatch):
    a, *_ = people(vault)
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: "")
    care_tab.load(vault)
    care_tab.show_person(a.id)
    care_tab.page.access_pdf()
    assert care_tab.status.text() == ""
