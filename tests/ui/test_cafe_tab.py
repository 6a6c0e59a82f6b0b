"""The Café tab around its pages: cafés, the history with its chart and incidents,
and the shell's calls (open_record, new_record)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollBar, QTabBar, QWidget

from peerdesk.services import cafe, training
from peerdesk.ui import dialogs
from peerdesk.ui.cafe import CafeTab
from peerdesk.ui.cafe.cafe_tab import DAY, HISTORY
from peerdesk.ui.formatting import fmt_date
from tests.support.keyboard import type_text

TODAY = date(2026, 5, 20)


def _tab(qtbot, vault) -> CafeTab:
    tab = CafeTab()
    tab.today = TODAY
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    tab.load(vault)
    return tab


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def logged(vault):
    """A café with three weeks of logs and one incident waiting for follow-up."""
    place = cafe.add_cafe(vault, name="Café Håb", usual_days="tirsdag", usual_hours="10–14")
    sessions = []
    for week, (guests, new) in enumerate(((8, 2), (11, 3), (6, 0))):
        sessions.append(
            cafe.log_session(
                vault,
                cafe_id=place.id,
                starts_at=datetime(2026, 4, 28, 10) + timedelta(weeks=week),
                ends_at=datetime(2026, 4, 28, 14) + timedelta(weeks=week),
                head_count=guests,
                newcomers=new,
                themes=["søvn"],
            )
        )
    incident = cafe.add_incident(
        vault,
        session_id=sessions[1].id,
        description="En gæst gik grædende ud.",
        follow_up_on=date(2026, 5, 12),
    )
    return place, sessions, incident


def test_a_first_cafe_is_added_from_the_empty_tab_by_keyboard(qtbot, vault):
    module = training.add_module(vault, name="Værtsrollen")
    tab = _tab(qtbot, vault)
    assert tab.stack.currentWidget() is tab.empty
    assert tab.new_record()  # File ▸ New offers a first café
    dialog = tab.dialog
    type_text(dialog.name, "Café Fællesskabet")
    dialog.solo_module.setCurrentIndex(dialog.solo_module.findData(module.id))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter submits
    assert not dialog.isVisible()
    assert tab.stack.currentWidget() is tab.content
    assert tab.cafe_combo.currentText() == "Café Fællesskabet"
    assert "alone only with “Værtsrollen”" in tab.info.text()
    assert tab.day.heading.text() == "Café Fællesskabet — new session log"
    (saved,) = cafe.list_cafes(vault)
    assert saved.solo_module_id == module.id


def test_a_duplicate_cafe_name_is_refused_and_the_dialog_keeps_what_was_typed(qtbot, vault, logged):
    tab = _tab(qtbot, vault)
    _click(qtbot, tab.new_button)
    dialog = tab.dialog
    type_text(dialog.name, "café håb")
    type_text(dialog.address_note, "Kælderen")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert "There is already a café with this name." in dialog.error.text()
    assert dialog.address_note.toPlainText() == "Kælderen"
    assert len(cafe.list_cafes(vault)) == 1
    dialog.reject()


def test_closing_a_cafe_keeps_it_listed_as_closed(qtbot, vault, logged):
    tab = _tab(qtbot, vault)
    _click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog.name.text() == "Café Håb"
    dialog.active.setChecked(False)
    _click(qtbot, dialog.ok_button)
    assert tab.cafe_combo.currentText() == "Café Håb (closed)"
    assert cafe.list_cafes(vault) == []


def test_history_shows_the_chart_the_logs_and_the_incident_to_follow_up(qtbot, vault, logged):
    place, sessions, incident = logged
    tab = _tab(qtbot, vault)
    tab.pages.setCurrentIndex(HISTORY)
    history = tab.history
    assert history.model.rowCount() == 3
    assert "3 session(s)" in history.summary.text()
    assert "25 guest(s) in all" in history.summary.text()
    assert "5 newcomer(s)" in history.summary.text()
    points = history.series["head_count"].points()
    assert sum(p.y() for p in points) == 25
    assert sum(p.y() for p in history.series["newcomers"].points()) == 5
    # Newest first; the incident is counted on its session's line.
    assert history.proxy.index(0, 0).data() == fmt_date(sessions[2].starts_at.date())
    assert history.proxy.index(0, 2).data() == "6"
    incident_cells = [history.proxy.index(r, 7).data() for r in range(3)]
    assert "1 open" in incident_cells
    assert history.incident_list.count() == 1
    line = history.incident_list.item(0).text()
    assert line.startswith("Overdue: follow up by") and "En gæst gik grædende ud." in line
    history.bucket.setFocus()
    qtbot.keyClick(history.bucket, Qt.Key.Key_Down)  # by month

    assert history.chart.title() == "Attendance per month"
    assert sum(p.y() for p in history.series["head_count"].points()) == 25


def test_an_incident_is_resolved_from_the_history(qtbot, vault, logged):
    place, sessions, incident = logged
    tab = _tab(qtbot, vault)
    tab.pages.setCurrentIndex(HISTORY)
    history = tab.history
    _click(qtbot, history.resolve_button)
    dialog = history.resolve_dialog
    dialog.on.setDate(QDate(2026, 5, 1))  # before the session: refused
    type_text(dialog.resolution, "Talte med gæsten; hun kommer igen.")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert "cannot be resolved before the session" in dialog.error.text()
    assert dialog.resolution.toPlainText() == "Talte med gæsten; hun kommer igen."
    dialog.on.setDate(QDate(2026, 5, 14))
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert history.incident_list.count() == 0 and history.no_incidents.isVisible()
    assert cafe.open_incidents(vault, cafe_id=place.id) == []


def test_a_log_in_the_history_opens_in_cafe_day_mode(qtbot, vault, logged):
    place, sessions, _ = logged
    tab = _tab(qtbot, vault)
    tab.pages.setCurrentIndex(HISTORY)
    table = tab.history.table
    table.setFocus()
    table.setCurrentIndex(tab.history.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert tab.pages.currentIndex() == DAY
    assert tab.day.session_id == sessions[2].id
    assert tab.day.head_count.value() == 6


def test_open_record_routes_cafe_rows_and_refuses_other_areas(qtbot, vault, logged, monkeypatch):
    place, sessions, incident = logged
    other = cafe.add_cafe(vault, name="Aftencaféen")
    tab = _tab(qtbot, vault)
    assert tab.open_record("cafe", other.id)
    assert tab.cafe_combo.currentText() == "Aftencaféen"
    assert tab.pages.currentIndex() == HISTORY
    assert tab.open_record("incident", incident.id)
    assert tab.cafe_combo.currentText() == "Café Håb"
    assert tab.history.incident_list.currentRow() == 0
    assert not tab.open_record("person", 1)
    said = []
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: said.append(text))
    assert tab.open_record("cafe_session", 9999)
    assert said == ["This session log no longer exists; it may have been erased."]
    cafe.resolve_incident(vault, incident.id, on=date(2026, 5, 13))
    assert tab.open_record("incident", incident.id)  # resolved: its log opens
    assert tab.pages.currentIndex() == DAY and tab.day.session_id == sessions[1].id


def test_new_record_starts_a_new_cafe_day_log(qtbot, vault, logged):
    place, sessions, _ = logged
    tab = _tab(qtbot, vault)
    tab.open_record("cafe_session", sessions[0].id)
    assert tab.day.session_id == sessions[0].id
    assert tab.new_record()
    assert tab.pages.currentIndex() == DAY
    assert tab.day.session_id is None
    assert tab.day.heading.text() == "Café Håb — new session log"
    tab.clear()
    assert not tab.new_record()  # locked: nothing to add to


def test_every_control_on_every_page_has_a_name_for_screen_readers(qtbot, vault, logged):
    place, sessions, _ = logged
    tab = _tab(qtbot, vault)
    nameless = []
    for index in range(tab.pages.count()):
        tab.pages.setCurrentIndex(index)
        for widget in tab.findChildren(QWidget):
            if (
                widget.focusPolicy() == Qt.FocusPolicy.NoFocus
                or not widget.isVisibleTo(tab)
                or isinstance(widget, QScrollBar | QTabBar)
                or widget.objectName() == "qt_spinbox_lineedit"  # named by its spin box
            ):
                continue
            if widget.accessibleName() or (
                isinstance(widget, QAbstractButton) and widget.text().strip()
            ):
                continue
            nameless.append((index, type(widget).__name__))
    assert nameless == []
