"""The courses tab with real vaults: planning a course and its sessions, the lists,
Overblik and the week's hours, opening records, and locking."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from peerdesk.services import courses, drafts, hours
from peerdesk.services.course_edits import course_draft_key, session_draft_key
from peerdesk.ui import dialogs
from peerdesk.ui.courses import CoursesTab
from peerdesk.ui.overview.overview_tab import OverviewTab
from peerdesk.vault.models import CourseKind, CourseRole
from tests.support.keyboard import type_text

MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def tab(qtbot, vault):
    widget = CoursesTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.load(vault)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()


def this_monday() -> date:
    today = date.today()
    return today - timedelta(days=today.weekday())


def a_planned_course(vault, *, title="Recoverygruppen forår", sessions=(), items=("Book lokale",)):
    course = courses.add_course(
        vault, title=title, kind="recovery_group", co_teachers="Lise (sygeplejerske)"
    )
    made = [
        courses.add_course_session(
            vault,
            course_id=course.id,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            topic=f"Emne {number}",
            prep_items=list(items),
        )
        for number, start in enumerate(sessions, start=1)
    ]
    return course, made


def visible_texts(root: QWidget) -> str:
    """Every text a widget tree shows: labels, fields, lists and table cells."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.index(row, column).data() or ""))
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
    return "\n".join(texts)


# ---------------------------------------------------------------- planning


def test_plan_a_course_with_sessions(qtbot, tab, vault):
    assert "No courses or groups yet" in tab.empty_list.text()
    qtbot.mouseClick(tab.new_course_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.title_field, "Mentoruddannelsen forår — Østerbro")
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Recovery")  # a combo box finds an item by typing
    dialog.starts.check.setChecked(True)
    dialog.starts.edit.setDate(QDate(2027, 2, 1))
    dialog.ends.check.setChecked(True)
    dialog.ends.edit.setDate(QDate(2027, 5, 3))
    dialog.role.setCurrentIndex(dialog.role.findData("teaching"))
    type_text(dialog.co_teachers, "Lise (sygeplejerske)")
    type_text(dialog.partners, "Recoveryskolen")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.title_field, Qt.Key.Key_Return)  # Enter saves
    assert tab.dialog is None

    (course,) = courses.list_courses(vault)
    assert (course.title, course.kind, course.my_role) == (
        "Mentoruddannelsen forår — Østerbro",
        CourseKind.RECOVERY_GROUP,
        CourseRole.TEACHING,
    )
    assert (course.starts_on, course.ends_on) == (date(2027, 2, 1), date(2027, 5, 3))
    assert (course.co_teachers, course.partners) == ("Lise (sygeplejerske)", "Recoveryskolen")
    assert tab.page.title.text() == "Mentoruddannelsen forår — Østerbro"
    assert "Co-teachers: Lise (sygeplejerske)" in tab.page.people.text()
    assert tab.proxy.rowCount() == 1 and not tab.empty_list.isVisible()
    assert drafts.list_drafts(vault) == []

    # The first session: typed like a user, the checklist filled line by line.
    qtbot.mouseClick(tab.page.new_session_button, Qt.MouseButton.LeftButton)
    editor = tab.page.editor
    assert editor.heading.text() == "New session"
    assert not editor.after_box.isEnabled()  # head count and evaluation come once it exists
    editor.day.setDate(QDate(2027, 2, 2))
    editor.from_time.setTime(QTime(17, 0))
    editor.to_time.setTime(QTime(19, 30))
    type_text(editor.topic, "Håb og recovery")
    type_text(editor.my_part, "Jeg fortæller min historie")
    editor.prep_minutes.setValue(45)
    for line in ("Book lokale", "Print handouts"):
        type_text(editor.checklist.new_line, line)
        qtbot.keyClick(editor.checklist.new_line, Qt.Key.Key_Return)
    assert editor.checklist.lines() == ["Book lokale", "Print handouts"]
    assert courses.course_plan(vault, course.id).sessions == []  # nothing saved yet
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    (first,) = courses.course_plan(vault, course.id).sessions
    assert (first.starts_at, first.ends_at) == (
        datetime(2027, 2, 2, 17, 0),
        datetime(2027, 2, 2, 19, 30),
    )
    assert (first.topic, first.my_part, first.prep_minutes) == (
        "Håb og recovery",
        "Jeg fortæller min historie",
        45,
    )
    assert [(p.text, p.done) for p in first.prep_items] == [
        ("Book lokale", False),
        ("Print handouts", False),
    ]
    assert editor.session_id == first.id and editor.after_box.isEnabled()
    assert tab.page.sessions_model.rowCount() == 1
    assert tab.page.sessions_label.text() == "Sessions (1)"

    # The next session is suggested a week later at the same hours.
    qtbot.mouseClick(tab.page.new_session_button, Qt.MouseButton.LeftButton)
    assert editor.day.date() == QDate(2027, 2, 9)
    assert (editor.from_time.time(), editor.to_time.time()) == (QTime(17, 0), QTime(19, 30))
    type_text(editor.topic, "Styrker")
    qtbot.keyClick(editor.topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    plan = courses.course_plan(vault, course.id)
    assert [s.topic for s in plan.sessions] == ["Håb og recovery", "Styrker"]
    assert tab.page.sessions_model.rowCount() == 2


def test_editing_a_course_updates_the_header_and_the_list(qtbot, tab, vault):
    course, _ = a_planned_course(vault, title="Peergruppen")
    tab.load(vault)
    qtbot.mouseClick(tab.page.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.title_field.text() == "Peergruppen"
    dialog.title_field.selectAll()
    type_text(dialog.title_field, "Peergruppen på Nørrebro")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert courses.course_plan(vault, course.id).title == "Peergruppen på Nørrebro"
    assert tab.page.title.text() == "Peergruppen på Nørrebro"
    assert tab.model.rows[0].title == "Peergruppen på Nørrebro"


def test_a_refused_course_is_explained_and_nothing_is_lost(qtbot, tab, vault):
    tab.new_record()
    dialog = tab.dialog
    type_text(dialog.co_teachers, "Jakob")
    dialog.starts.check.setChecked(True)
    dialog.starts.edit.setDate(QDate(2027, 3, 1))
    dialog.ends.check.setChecked(True)
    dialog.ends.edit.setDate(QDate(2027, 2, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Please fill in the title." in visible_texts(dialog)
    assert courses.list_courses(vault) == []
    type_text(dialog.title_field, "Foredrag")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "The end date cannot be before the start date." in visible_texts(dialog)
    assert "Please fill in the title." not in visible_texts(dialog)
    assert dialog.co_teachers.toPlainText() == "Jakob"
    assert courses.list_courses(vault) == []


def test_cancelling_a_changed_course_asks_first_and_keeps_a_draft_until_then(
    qtbot, tab, vault, monkeypatch
):
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: answers.pop(0))
    tab.new_record()
    dialog = tab.dialog
    type_text(dialog.title_field, "Foredrag på biblioteket")
    dialog.save_draft()
    assert drafts.load_draft(vault, area="courses", key=course_draft_key(None))["title"] == (
        "Foredrag på biblioteket"
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.title_field.text() == "Foredrag på biblioteket"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tab.dialog is None
    assert drafts.list_drafts(vault) == []
    assert courses.list_courses(vault) == []


def test_a_course_draft_comes_back_after_locking(qtbot, tab, vault):
    tab.new_record()
    type_text(tab.dialog.title_field, "Halvfærdig titel")
    tab.save_drafts()
    tab.clear()
    assert tab.dialog is None
    tab.load(vault)
    tab.new_record()
    dialog = tab.dialog
    assert dialog.title_field.text() == "Halvfærdig titel"
    assert dialog._banner.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.title_field.text() == ""
    assert drafts.list_drafts(vault) == []


# ------------------------------------------------------------------ lists


def test_filtering_the_courses(qtbot, tab, vault):
    a_planned_course(vault, title="Recoverygruppen forår")
    courses.add_course(
        vault, title="Mentoruddannelsen", kind="mentor_education", partners="Regionen"
    )
    tab.load(vault)
    assert tab.proxy.rowCount() == 2
    type_text(tab.filter_field, "region")
    assert [tab.proxy.index(0, 0).data()] == ["Mentoruddannelsen"] and tab.proxy.rowCount() == 1
    tab.filter_field.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("recovery_group"))
    assert tab.proxy.rowCount() == 1 and tab.proxy.index(0, 0).data() == "Recoverygruppen forår"
    type_text(tab.filter_field, "xyz")
    assert tab.proxy.rowCount() == 0 and tab.empty_list.text() == "No course matches the search."


def test_coming_sessions_open_from_the_calendar(qtbot, tab, vault):
    soon = datetime.combine(date.today() + timedelta(days=2), time(17))
    past = datetime.combine(date.today() - timedelta(days=5), time(17))
    course, (_held, coming) = a_planned_course(vault, sessions=(past, soon))
    other, _ = a_planned_course(vault, title="Andet forløb")
    tab.load(vault)
    assert tab.coming.session_count() == 1
    lines = [tab.coming.item(i).text() for i in range(tab.coming.count())]
    assert any("Recoverygruppen forår: Emne 2" in line and "0 of 1 ready" in line for line in lines)
    tab.show_course(other.id)
    assert tab.course_id == other.id
    tab.coming.setFocus()
    tab.coming.setCurrentRow(1)  # row 0 is the day's heading
    qtbot.keyClick(tab.coming, Qt.Key.Key_Return)
    assert (tab.course_id, tab.page.editor.session_id) == (course.id, coming.id)
    assert tab.page.editor.topic.text() == "Emne 2"


def test_the_next_session_appears_on_overblik(qtbot, tab, vault):
    course, _ = a_planned_course(vault, title="Peergruppen", sessions=())
    tab.load(vault)
    qtbot.mouseClick(tab.page.new_session_button, Qt.MouseButton.LeftButton)
    editor = tab.page.editor
    editor.day.setDate(QDate.currentDate().addDays(3))
    editor.from_time.setTime(QTime(10, 0))
    editor.to_time.setTime(QTime(12, 0))
    type_text(editor.topic, "Relationer")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    overview = OverviewTab()
    qtbot.addWidget(overview)
    overview.load(vault)
    lines = [overview.coming.list.item(i) for i in range(overview.coming.list.count())]
    (line,) = [item for item in lines if "Peergruppen" in item.text()]
    assert "Relationer" in line.text()
    assert line.data(Qt.ItemDataRole.UserRole) == ("course_session", editor.session_id)
    # …and the Overblik line opens the session in this tab.
    tab.show_course(course.id)
    assert tab.open_record("course_session", editor.session_id)
    assert tab.page.editor.topic.text() == "Relationer"


def test_hours_of_sessions_and_preparation_reach_self_care(qtbot, tab, vault):
    a_planned_course(vault, title="Mentoruddannelsen", sessions=())
    tab.load(vault)
    qtbot.mouseClick(tab.page.new_session_button, Qt.MouseButton.LeftButton)
    editor = tab.page.editor
    monday = this_monday()
    editor.day.setDate(QDate(monday.year, monday.month, monday.day))
    editor.from_time.setTime(QTime(9, 0))
    editor.to_time.setTime(QTime(12, 0))
    editor.prep_minutes.setValue(90)
    assert "4,5" in editor.hours_line.text() or "4.5" in editor.hours_line.text()
    qtbot.keyClick(editor.topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    week = hours.week_hours(vault, week_start=monday)
    assert week.by_source["teaching"] == 180 + 90
    assert week.total_minutes >= 270
    assert "4.5 hours of teaching" in tab.week_line.text() or "4,5" in tab.week_line.text()


# ------------------------------------------------------------ open_record


def test_open_record_shows_courses_sessions_and_prep_items(qtbot, tab, vault):
    start = datetime(2027, 1, 5, 17)
    course, (first, second) = a_planned_course(
        vault, sessions=(start, start + timedelta(days=7)), items=("Kaffe", "Kage")
    )
    other, _ = a_planned_course(vault, title="Andet")
    tab.load(vault)
    assert tab.open_record("prep_item", second.prep_items[1].id)
    assert (tab.course_id, tab.page.editor.session_id) == (course.id, second.id)
    assert tab.open_record("course", other.id)
    assert tab.course_id == other.id and tab.page.title.text() == "Andet"
    assert tab.open_record("course_session", first.id)
    assert tab.page.editor.session_id == first.id
    selected = tab.page.sessions.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [0]

    assert not tab.open_record("person", 1)
    assert tab.open_record("course_session", 9999)
    assert tab.right.currentIndex() == 0
    assert "no longer exists" in tab.nothing_chosen.text()


def test_open_record_before_load_declines(qtbot):
    widget = CoursesTab()
    qtbot.addWidget(widget)
    assert widget.title() == "Courses && teaching"
    assert not widget.open_record("course", 1)
    assert not widget.new_record()


# -------------------------------------------------------------------- lock


def test_locking_empties_every_widget_and_unlocking_returns(qtbot, tab, vault):
    start = datetime.combine(date.today() + timedelta(days=1), time(17))
    course = courses.add_course(
        vault,
        title="KanarieForløb",
        kind="peer_group",
        co_teachers="KanarieMedunderviser",
        partners="KanariePartner",
        description="KanarieBeskrivelse",
    )
    session = courses.add_course_session(
        vault,
        course_id=course.id,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        topic="KanarieEmne",
        my_part="KanarieDel",
        prep_items=["KanariePunkt"],
    )
    tab.load(vault)
    tab.open_record("course_session", session.id)
    type_text(tab.page.editor.worked, "KanarieUgemt")
    type_text(tab.filter_field, "Kanarie")
    tab.page.edit_button.click()
    assert tab.dialog is not None
    assert "KanarieEmne" in visible_texts(tab)

    tab.save_drafts()
    tab.clear()
    text = visible_texts(tab)
    assert "Kanarie" not in text
    assert tab.dialog is None
    assert tab.page.sessions_model.rowCount() == 0 and tab.model.rowCount() == 0
    key = session_draft_key(course.id, session.id)
    assert drafts.load_draft(vault, area="courses", key=key)["evaluation_worked"] == "KanarieUgemt"

    tab.load(vault)
    editor = tab.page.editor
    assert (tab.course_id, editor.session_id) == (course.id, session.id)
    assert editor.worked.toPlainText() == "KanarieUgemt"
    assert editor.banner.isVisibleTo(tab)


# --------------------------------------------------------------- keyboard


def test_every_control_is_named_and_tab_follows_the_form(qtbot, tab, vault):
    start = datetime.combine(date.today() + timedelta(days=1), time(10))
    a_planned_course(vault, sessions=(start,))
    tab.load(vault)
    tab.new_record()
    for root in (tab, tab.dialog):
        for widget in root.findChildren(QWidget):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (a table's corner button, a scroll area's viewport)
            if isinstance(widget, QPushButton | QCheckBox):
                assert widget.text() or widget.accessibleName(), widget
            elif isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox):
                if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                    continue  # the editor inside a spin or combo box
                assert widget.accessibleName(), widget
            elif isinstance(widget, QListWidget | QTableView) and widget.isVisibleTo(root):
                assert widget.accessibleName(), widget
    for root in (tab, tab.dialog):
        found = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
        # The dialog is a child of the tab but a window of its own, with its own letters.
        texts = [w.text() for w in found if w.text() and w.window() is root.window()]
        letters = [m.group(1).lower() for t in texts if (m := MNEMONIC.search(t.replace("&&", "")))]
        assert len(letters) == len(set(letters)), sorted(letters)
    tab.dialog.reject()
    editor = tab.page.editor
    tab.activateWindow()
    for start, expected in (
        (editor.topic, editor.my_part),
        (editor.materials, editor.checklist.list),
        (editor.checklist.remove_button, editor.prep_minutes),
        (editor.change, editor.delete_button),
    ):
        start.setFocus()
        qtbot.keyClick(start, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
