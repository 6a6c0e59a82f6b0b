"""The self-care tab's other pages: boundary situations, the wellbeing plan (and its
PDF), supervision and the network group, closing the workday, trends; and how the
tab answers the shell (open a record, lock)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from peerdesk.services import drafts, selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui import dialogs
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.selfcare import SelfCareTab
from peerdesk.vault.models import MeetingKind
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


def ctrl_s(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


# --------------------------------------------------------------- boundaries


def test_a_boundary_situation_is_written_and_corrected(qtbot, tab, vault):
    tab.pages.setCurrentWidget(tab.boundaries)
    page = tab.boundaries
    page.new_button.click()
    assert QApplication.focusWidget() is page.texts["what_happened"]
    type_text(page.texts["what_happened"], "En gæst bad om mit private nummer")
    page.boundary.setFocus()
    type_text(page.boundary, "Privatliv")
    page.texts["learned"].setFocus()
    type_text(page.texts["learned"], "Jeg kan sige nej venligt")
    ctrl_s(qtbot)
    (saved,) = selfcare.boundary_situations(vault)
    assert (saved.what_happened, saved.boundary, saved.learned) == (
        "En gæst bad om mit private nummer",
        "Privatliv",
        "Jeg kan sige nej venligt",
    )
    assert saved.occurred_on == date.today()
    assert page.model.rowCount() == 1 and page.current_id == saved.id
    assert page.completer.model().stringList() == ["Privatliv"]

    page.texts["how_handled"].setFocus()
    type_text(page.texts["how_handled"], "Gav nummeret til caféen")
    ctrl_s(qtbot)
    (corrected,) = selfcare.boundary_situations(vault)
    assert corrected.id == saved.id and corrected.how_handled == "Gav nummeret til caféen"


def test_a_boundary_situation_needs_what_happened(qtbot, tab, vault):
    page = tab.boundaries
    tab.pages.setCurrentWidget(page)
    page.boundary.setFocus()
    type_text(page.boundary, "Tid")
    page.save()
    assert selfcare.boundary_situations(vault) == []
    assert "Please fill in “What happened”." in page.notice.text.text()
    assert QApplication.focusWidget() is page.texts["what_happened"]
    assert page.boundary.text() == "Tid"


def test_choosing_a_situation_keeps_the_unsaved_new_one(qtbot, tab, vault):
    old = selfcare.add_boundary_situation(vault, occurred_on="2026-10-01", what_happened="Før")
    tab.load(vault)
    page = tab.boundaries
    page.texts["what_happened"].setFocus()
    type_text(page.texts["what_happened"], "Halvt skrevet")
    assert page.show_record(old.id) is True
    assert page.texts["what_happened"].toPlainText() == "Før"
    page.new_button.click()
    assert page.texts["what_happened"].toPlainText() == "Halvt skrevet"


def test_removing_a_boundary_situation(qtbot, tab, vault, monkeypatch):
    made = selfcare.add_boundary_situation(vault, occurred_on="2026-10-01", what_happened="x")
    tab.load(vault)
    assert tab.open_record("boundary_situation", made.id) is True
    assert tab.pages.currentWidget() is tab.boundaries
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    tab.boundaries.remove_button.click()
    assert selfcare.boundary_situations(vault) == []
    assert tab.boundaries.current_id is None


# --------------------------------------------------------------------- plan


def test_the_plan_is_written_in_own_words_and_saved(qtbot, tab, vault):
    tab.pages.setCurrentWidget(tab.plan)
    editors = {e.key: e for e in tab.plan.editors}
    assert list(editors) == list(selfcare.DEFAULT_PLAN_SECTIONS)
    editors["daily"].body.setFocus()
    type_text(editors["daily"].body, "Gåtur med hunden")
    editors["triggers"].title.setFocus()
    editors["triggers"].title.selectAll()
    type_text(editors["triggers"].title, "Det der slår mig ud")
    ctrl_s(qtbot)
    plan = {p.key: p for p in selfcare.wellbeing_plan(vault)}
    assert plan["daily"].body == "Gåtur med hunden"
    assert plan["triggers"].title == "Det der slår mig ud"
    assert plan["keeps_me_well"].title == "What keeps me well"  # untouched, untranslated
    assert "saved" in tab.plan.notice.text.text()


def test_own_sections_are_added_and_removed(qtbot, tab, vault, monkeypatch):
    page = tab.plan
    page.new_title.setFocus()
    type_text(page.new_title, "Musik")
    qtbot.keyClick(page.new_title, Qt.Key.Key_Return)
    assert page.editors[-1].title.text() == "Musik"
    assert QApplication.focusWidget() is page.editors[-1].body
    type_text(page.editors[-1].body, "Klaver om aftenen")
    page.editors[0].body.setFocus()
    type_text(page.editors[0].body, "Søvn")
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    page.editors[-1].remove_button.click()
    assert [p.title for p in selfcare.wellbeing_plan(vault)][-1] != "Musik"
    assert page.editors[0].body.toPlainText() == "Søvn"  # other unsaved text stays
    assert all(e.remove_button is None for e in page.editors)  # the usual ones stay


def test_an_unsaved_plan_is_kept_as_a_draft(qtbot, tab, vault):
    page = tab.plan
    page.editors[1].body.setFocus()
    type_text(page.editors[1].body, "Kaffe på altanen")
    tab.save_drafts()
    tab.clear()
    assert page.editors == []
    tab.load(vault)
    assert page.editors[1].body.toPlainText() == "Kaffe på altanen"
    assert "restored" in page.notice.text.text()
    assert selfcare.wellbeing_plan(vault)[1].body == ""  # still only a draft
    page.save()
    assert drafts.load_draft(vault, area=records.AREA, key="plan") is None


def test_the_plan_is_saved_as_a_pdf(qtbot, tab, vault, monkeypatch, tmp_path):
    page = tab.plan
    page.editors[0].body.setPlainText("Lange gåture ved stranden")
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(target))
    page.pdf_button.click()
    document = QPdfDocument()
    document.load(str(target))
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    assert "My wellbeing plan" in text and "Lange gåture ved stranden" in text
    assert "plan.pdf" in page.notice.text.text()


# ----------------------------------------------------------------- meetings


def test_supervision_is_planned_prepared_and_noted(qtbot, tab, vault):
    tab.pages.setCurrentWidget(tab.meetings)
    page = tab.meetings
    page.start_new("supervision")
    when = datetime.now().replace(second=0, microsecond=0) + timedelta(days=3)
    page.when.setDateTime(page.when.dateTime().fromString(when.isoformat(), Qt.DateFormat.ISODate))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    (meeting,) = selfcare.meetings(vault)
    assert (meeting.kind, meeting.scheduled_at) == (MeetingKind.SUPERVISION, when)
    assert "Next supervision" in page.next_supervision.text()
    assert QApplication.focusWidget() is page.to_bring
    type_text(page.to_bring, "Grænser på Facebook")
    page.notes_after.setFocus()
    type_text(page.notes_after, "Godt at tale om")
    page.held.setChecked(True)
    ctrl_s(qtbot)
    (saved,) = selfcare.meetings(vault)
    assert (saved.to_bring, saved.notes_after, saved.held) == (
        "Grænser på Facebook",
        "Godt at tale om",
        True,
    )


def test_a_network_group_series_every_six_weeks(qtbot, tab, vault, monkeypatch):
    page = tab.meetings
    page.kind.setCurrentIndex(page.kind.findData("network_group"))
    page.when.setDate(QDate(2027, 1, 12))
    page.series.setValue(3)
    page.add_button.click()
    planned = selfcare.meetings(vault, kind="network_group")
    assert [m.scheduled_at.date() for m in planned] == [
        date(2027, 1, 12),
        date(2027, 2, 23),
        date(2027, 4, 6),
    ]
    assert "3 network group meeting(s)" in page.plan_notice.text.text()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    assert tab.open_record("supervision_meeting", planned[1].id)
    page.remove_button.click()
    assert len(selfcare.meetings(vault)) == 2


# ------------------------------------------------------------------ closing


def test_closing_the_workday_saves_and_asks_for_the_lock(qtbot, tab, vault):
    tab.pages.setCurrentWidget(tab.closing)
    page = tab.closing
    assert "No check-in today" in page.check_in_line.text.text()
    page.left_at_work.setFocus()
    type_text(page.left_at_work, "Samtalen med C. — den bliver her")
    with qtbot.waitSignal(tab.lock_requested) as locked:
        qtbot.keyClick(page.left_at_work, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "workday is closed" in locked.args[0]
    (closing,) = records.day_closings(vault)
    assert closing.left_at_work == "Samtalen med C. — den bliver her"
    assert page.left_at_work.toPlainText() == ""
    assert drafts.list_drafts(vault, area=records.AREA) == []


def test_check_in_before_closing(qtbot, tab, vault):
    tab.pages.setCurrentWidget(tab.closing)
    tab.closing.check_in_button.click()
    assert tab.pages.currentWidget() is tab.check_in
    selfcare.add_check_in(vault, mood=4)
    tab.pages.setCurrentWidget(tab.closing)
    assert "You checked in today" in tab.closing.check_in_line.text.text()


# ------------------------------------------------------------------- trends


def test_trends_draw_and_say_how_check_ins_move_with_workload(qtbot, tab, vault):
    monday = date.today() - timedelta(days=date.today().weekday())
    for n in range(1, 9):
        week = monday - timedelta(weeks=n)
        busy = n % 2 == 0
        selfcare.add_work_entry(vault, on_date=week, minutes=1200 if busy else 300)
        selfcare.add_check_in(
            vault, at=datetime.combine(week, datetime.min.time()), stress=5 if busy else 2, mood=3
        )
    tab.pages.setCurrentWidget(tab.trends)
    page = tab.trends
    names = [series.name() for series in page.chart.series()]
    assert names == ["Hours worked", "Energy", "Stress", "Mood"]
    text = page.sentences.toPlainText()
    assert "In weeks with more hours, your stress was usually higher" in text
    assert "not a judgement or a diagnosis" in text
    page.shown["energy"].setChecked(False)
    page.hours_shown.setChecked(False)
    assert [series.name() for series in page.chart.series()] == ["Stress", "Mood"]


def test_trends_without_check_ins_say_so(qtbot, tab):
    tab.pages.setCurrentWidget(tab.trends)
    assert tab.trends.empty.isVisible() and not tab.trends.chart_view.isVisible()
    assert "not yet enough weeks" in tab.trends.sentences.toPlainText()


# -------------------------------------------------------------------- shell


def test_records_of_the_area_open_on_their_page(qtbot, tab, vault):
    selfcare.wellbeing_plan(vault)
    section = selfcare.add_plan_section(vault, title="Musik")
    closing = selfcare.close_workday(vault, left_at_work="x")
    tab.load(vault)
    assert tab.open_record("wellbeing_plan_section", section.id)
    assert tab.pages.currentWidget() is tab.plan
    assert QApplication.focusWidget() is tab.plan.editors[-1].body
    assert tab.open_record("day_closing", closing.id)
    assert tab.closing.earlier.currentItem() is not None
    assert tab.open_record("check_in", 999) is True  # ours, though gone: said calmly
    assert "no longer here" in tab.check_in.notice.text.text()
    assert tab.open_record("person", 1) is False


def test_the_tab_in_the_main_window(qtbot, vault):
    main = MainWindow()
    qtbot.addWidget(main)
    tab = SelfCareTab()
    main.add_area(tab)
    made = selfcare.add_check_in(vault, stress=3, drains="Kanariefugl")
    main.attach(vault)
    assert main.tabs.tabText(1) == "Self-care"
    main.open_record("check_in", made.id)
    assert main.tabs.currentWidget() is tab and tab.pages.currentWidget() is tab.check_in
    main.detach()
    assert tab.check_in.model.rowCount() == 0


def test_every_control_has_a_name(qtbot, tab):
    """Screen readers say what each control is; Qt's own inner parts are left out."""
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QTableView)
    nameless = []
    for widget in tab.findChildren(QWidget):
        inner = widget.objectName().startswith("qt_") or isinstance(
            widget.parent(), (QAbstractSpinBox, QLineEdit, QTabBar)
        )
        if not isinstance(widget, kinds) or inner:
            continue
        if not widget.accessibleName() and not getattr(widget, "text", lambda: "")():
            nameless.append(type(widget).__name__)
    assert nameless == []
