"""A session in the courses tab: the preparation checklist, head count and evaluation,
drafts, refused input, deleting, and the course plan as a PDF."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QTextCursor
from PySide6.QtPdf import QPdfDocument

from peerdesk.services import course_edits, courses, drafts
from peerdesk.services.course_edits import session_draft_key
from peerdesk.ui import dialogs
from peerdesk.ui.courses import CoursesTab
from peerdesk.ui.courses.form_bits import ErrorLine
from peerdesk.ui.courses.session_editor import NOT_COUNTED
from peerdesk.vault.errors import VaultError
from tests.support.keyboard import type_text

HELD = datetime.combine(date.today() - timedelta(days=2), time(17))
COMING = datetime.combine(date.today() + timedelta(days=5), time(17))


@pytest.fixture
def planned(vault):
    course = courses.add_course(
        vault,
        title="Recoverygruppen efterår",
        kind="recovery_group",
        co_teachers="Morten (psykolog)",
        description="Et lukket gruppeforløb.",
    )
    held = courses.add_course_session(
        vault,
        course_id=course.id,
        starts_at=HELD,
        ends_at=HELD + timedelta(hours=2),
        topic="Mine styrker",
        my_part="Jeg leder øvelsen",
        prep_items=["Print ark"],
    )
    coming = courses.add_course_session(
        vault,
        course_id=course.id,
        starts_at=COMING,
        ends_at=COMING + timedelta(hours=2),
        topic="Håb og drømme",
        materials="Kort med spørgsmål",
        prep_items=["Book lokale", "Køb frugt"],
    )
    return course, held, coming


@pytest.fixture
def tab(qtbot, vault, planned):
    widget = CoursesTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.load(vault)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def prep_items(vault, course_id, session_id):
    plan = courses.course_plan(vault, course_id)
    session = next(s for s in plan.sessions if s.id == session_id)
    return [(p.text, p.done) for p in session.prep_items]


def error_texts(widget) -> list[str]:
    """The error lines the worker can see under the fields."""
    return [line.text() for line in widget.findChildren(ErrorLine) if line.isVisibleTo(widget)]


def pdf_text(path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


# ------------------------------------------------------------- checklist


def test_the_coming_session_is_shown_first(tab, planned):
    course, _held, coming = planned
    assert (tab.course_id, tab.page.editor.session_id) == (course.id, coming.id)
    assert tab.page.editor.topic.text() == "Håb og drømme"
    assert tab.page.editor.checklist.progress.text() == "0 of 2 ready"


def test_tick_preparation_items_off_with_the_keyboard(qtbot, tab, vault, planned):
    course, _held, coming = planned
    checklist = tab.page.editor.checklist
    checklist.list.setFocus()
    checklist.list.setCurrentRow(1)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert prep_items(vault, course.id, coming.id) == [("Book lokale", False), ("Køb frugt", True)]
    assert checklist.progress.text() == "1 of 2 ready"
    assert tab.page.sessions_model.index(1, 2).data() == "1 of 2 ready"
    coming_lines = [tab.coming.item(i).text() for i in range(tab.coming.count())]
    assert any("1 of 2 ready" in line for line in coming_lines)
    checklist.list.setCurrentRow(0)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert checklist.progress.text() == "2 of 2 ready"
    assert tab.page.sessions_model.index(1, 2).data() == "All 2 ready"
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)  # and on again
    assert prep_items(vault, course.id, coming.id)[0] == ("Book lokale", False)


def test_checklist_lines_are_added_and_removed_at_once(qtbot, tab, vault, planned):
    course, _held, coming = planned
    checklist = tab.page.editor.checklist
    type_text(checklist.new_line, "Tjek projektor")
    qtbot.keyClick(checklist.new_line, Qt.Key.Key_Return)
    assert prep_items(vault, course.id, coming.id)[-1] == ("Tjek projektor", False)
    assert checklist.new_line.text() == ""
    checklist.list.setFocus()
    checklist.list.setCurrentRow(0)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Delete)
    assert [t for t, _ in prep_items(vault, course.id, coming.id)] == [
        "Køb frugt",
        "Tjek projektor",
    ]
    assert checklist.lines() == ["Køb frugt", "Tjek projektor"]


def test_a_refused_checklist_line_is_explained_and_kept(qtbot, tab, vault, planned):
    course, _held, coming = planned
    checklist = tab.page.editor.checklist
    long_line = "x" * 201
    checklist.new_line.setText(long_line)
    qtbot.mouseClick(checklist.add_button, Qt.MouseButton.LeftButton)
    assert checklist.error.isVisibleTo(tab)
    assert "too long" in checklist.error.text()
    assert checklist.new_line.text() == long_line
    assert len(prep_items(vault, course.id, coming.id)) == 2


def test_a_tick_on_a_vanished_item_is_undone_and_explained(qtbot, tab, vault, planned):
    course, _held, coming = planned
    course_edits.delete_prep_item(vault, coming.prep_items[0].id)  # e.g. from another view
    checklist = tab.page.editor.checklist
    checklist.list.setFocus()
    checklist.list.setCurrentRow(0)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert checklist.list.item(0).checkState() == Qt.CheckState.Unchecked
    assert "no longer exists" in checklist.error.text()


# ------------------------------------------------------------- evaluation


def test_log_head_count_and_evaluation(qtbot, tab, vault, planned):
    course, held, _coming = planned
    tab.page.sessions.setFocus()
    tab.page.sessions.selectRow(0)
    editor = tab.page.editor
    assert editor.session_id == held.id
    assert tab.page.sessions_model.index(0, 4).data() == "Not yet"
    assert editor.head_count.value() == NOT_COUNTED
    assert editor.head_count.text() == "Not counted"
    editor.head_count.setFocus()
    editor.head_count.selectAll()
    qtbot.keyClicks(editor.head_count, "9")
    type_text(editor.worked, "Øvelsen i par fik alle i gang")
    type_text(editor.change, "Mere tid til spørgsmål")
    qtbot.keyClick(editor.change, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = courses.course_plan(vault, course.id).sessions[0]
    assert (saved.head_count, saved.evaluation_worked, saved.evaluation_change) == (
        9,
        "Øvelsen i par fik alle i gang",
        "Mere tid til spørgsmål",
    )
    assert tab.page.sessions_model.index(0, 3).data() == "9"
    assert tab.page.sessions_model.index(0, 4).data() == "Written"
    # "Not counted" again clears the number.
    editor.head_count.setValue(NOT_COUNTED)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert courses.course_plan(vault, course.id).sessions[0].head_count is None


def test_a_refused_session_is_explained_and_nothing_typed_is_lost(qtbot, tab, vault, planned):
    course, _held, coming = planned
    editor = tab.page.editor
    editor.topic.clear()
    type_text(editor.topic, "Ny titel på sessionen")
    type_text(editor.my_part, " og runder af")
    editor.to_time.setTime(QTime(16, 0))  # before the start
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "⚠ The session must end after it starts." in error_texts(editor)
    assert editor.topic.text() == "Ny titel på sessionen"
    assert editor.my_part.toPlainText().endswith(" og runder af")
    assert courses.course_plan(vault, course.id).sessions[1].topic == "Håb og drømme"

    editor.to_time.setTime(QTime(19, 0))
    editor.topic.setText("x" * 201)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    errors = error_texts(editor)
    assert "⚠ The topic is too long: at most 200 characters." in errors
    assert not any("must end after" in e for e in errors)
    assert editor.topic.hasFocus()
    assert courses.course_plan(vault, course.id).sessions[1].topic == "Håb og drømme"


def test_saving_a_session_deleted_meanwhile_keeps_the_text(qtbot, tab, vault, planned):
    _course, _held, coming = planned
    editor = tab.page.editor
    type_text(editor.my_part, "Vigtig tekst")
    course_edits.delete_course_session(vault, coming.id)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "This session no longer exists" in editor.general_error.text()
    assert editor.my_part.toPlainText() == "Vigtig tekst"


def test_a_vault_error_shows_the_calm_dialog(qtbot, tab, vault, planned, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "error_dialog", lambda parent, error: shown.append(error))
    editor = tab.page.editor
    type_text(editor.topic, " (flyttet)")
    vault.close()  # as if the disk went away under the form
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and isinstance(shown[0], VaultError)
    assert editor.topic.text().endswith(" (flyttet)")


# ----------------------------------------------------------------- drafts


def test_unsaved_changes_autosave_as_a_draft_and_come_back(qtbot, tab, vault, planned):
    course, held, coming = planned
    editor = tab.page.editor
    editor.drafts.timer.setInterval(10)  # the countdown itself is not under test
    key = session_draft_key(course.id, coming.id)
    editor.materials.setFocus()
    editor.materials.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.materials, " og tusser")
    qtbot.waitUntil(lambda: drafts.load_draft(vault, area="courses", key=key) is not None)
    assert drafts.load_draft(vault, area="courses", key=key)["materials"].endswith("og tusser")

    # Choosing another session keeps the draft; coming back restores it.
    tab.page.sessions.selectRow(0)
    assert editor.session_id == held.id and not editor.banner.isVisibleTo(tab)
    tab.page.sessions.selectRow(1)
    assert editor.materials.toPlainText() == "Kort med spørgsmål og tusser"
    assert editor.banner.isVisibleTo(tab)
    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)
    assert editor.materials.toPlainText() == "Kort med spørgsmål"
    assert drafts.load_draft(vault, area="courses", key=key) is None

    # Saving discards the draft.
    type_text(editor.materials, "!")
    editor.save_draft()
    assert drafts.load_draft(vault, area="courses", key=key) is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert drafts.load_draft(vault, area="courses", key=key) is None
    assert not editor.banner.isVisibleTo(tab)


def test_a_new_session_draft_keeps_its_checklist_lines(qtbot, tab, vault, planned):
    course, _held, _coming = planned
    editor = tab.page.editor
    qtbot.mouseClick(tab.page.new_session_button, Qt.MouseButton.LeftButton)
    type_text(editor.topic, "Afslutning")
    type_text(editor.checklist.new_line, "Kage")
    qtbot.keyClick(editor.checklist.new_line, Qt.Key.Key_Return)
    tab.save_drafts()
    tab.clear()
    assert editor.topic.text() == "" and editor.checklist.lines() == []
    tab.load(vault)  # back in the new session's form, the draft restored
    assert editor.heading.text() == "New session" and editor.banner.isVisibleTo(tab)
    assert editor.topic.text() == "Afslutning"
    assert editor.checklist.lines() == ["Kage"]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    last = courses.course_plan(vault, course.id).sessions[-1]
    assert (last.topic, [p.text for p in last.prep_items]) == ("Afslutning", ["Kage"])
    assert drafts.list_drafts(vault) == []


# --------------------------------------------------------------- deleting


def test_delete_a_session_only_after_confirming(qtbot, tab, vault, planned, monkeypatch):
    course, held, coming = planned
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: answers.pop(0))
    editor = tab.page.editor
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert len(courses.course_plan(vault, course.id).sessions) == 2
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in courses.course_plan(vault, course.id).sessions] == [held.id]
    assert tab.page.sessions_model.rowCount() == 1
    assert not editor.is_showing()
    assert tab.coming.session_count() == 0


def test_delete_a_course_only_after_confirming(qtbot, tab, vault, planned, monkeypatch):
    asked = []

    def confirm(parent, title, text, **kwargs):
        asked.append(text)
        return len(asked) > 1

    monkeypatch.setattr(dialogs, "confirm", confirm)
    qtbot.mouseClick(tab.page.delete_button, Qt.MouseButton.LeftButton)
    assert len(courses.list_courses(vault)) == 1
    assert "2 session(s)" in asked[0] or "2 sessions" in asked[0]
    qtbot.mouseClick(tab.page.delete_button, Qt.MouseButton.LeftButton)
    assert courses.list_courses(vault) == []
    assert tab.right.currentIndex() == 0 and tab.model.rowCount() == 0
    assert tab.coming.session_count() == 0
    assert "No courses or groups yet" in tab.empty_list.text()


# ------------------------------------------------------------------ export


def test_export_the_plan_for_co_teachers(qtbot, tab, vault, planned, tmp_path, monkeypatch):
    course, held, _coming = planned
    courses.update_course_session(
        vault, held.id, head_count=7, evaluation_worked="Hemmelig evaluering"
    )
    courses.set_prep_item_done(vault, held.prep_items[0].id, done=True)
    target = tmp_path / "plan"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    tab.page.export_plain.trigger()
    written = tmp_path / "plan.pdf"
    text = pdf_text(written)
    for expected in (
        "Recoverygruppen efterår",
        "Morten (psykolog)",
        "Et lukket gruppeforløb.",
        "Mine styrker",
        "Jeg leder øvelsen",
        "Håb og drømme",
        "Kort med spørgsmål",
        "Book lokale",
        "Køb frugt",
    ):
        assert expected in text
    assert "Hemmelig evaluering" not in text and "Head count" not in text
    assert str(written) in tab.page.notice.text()

    tab.page.export_full.trigger()
    text = pdf_text(written)
    assert "Hemmelig evaluering" in text and "Head count: 7" in text


def test_export_cancelled_or_failing(qtbot, tab, vault, planned, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "save_file", lambda *a: "")
    tab.page.export_plain.trigger()
    assert not tab.page.notice.isVisibleTo(tab)
    shown = []
    monkeypatch.setattr(dialogs, "error_dialog", lambda parent, error: shown.append(error))
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "missing" / "plan.pdf"))
    tab.page.export_plain.trigger()
    assert len(shown) == 1 and isinstance(shown[0], OSError)
