"""The volunteers tab, driven like a user on real vaults: hosts trained module by
module until they may be alone on a shift, expiring training, sparring
agreements kept, and a host erased without a trace."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from peerdesk.services import cafe, shifts, sparring, training, volunteers
from peerdesk.services.errors import ValidationError
from peerdesk.services.training import add_months
from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_date
from peerdesk.ui.volunteers import VolunteersTab
from tests.support.keyboard import type_text

TODAY = date.today()


class Boxes:
    """Stand-ins for the message boxes: they record what they were asked."""

    def __init__(self) -> None:
        self.infos: list[tuple[str, str]] = []
        self.confirms: list[tuple[str, str]] = []
        self.errors: list[BaseException] = []
        self.answer = True
        self.save_path = ""

    def info(self, _parent, title, text) -> None:
        self.infos.append((title, text))

    def confirm(self, _parent, title, text, *, ok_text="") -> bool:
        self.confirms.append((title, text))
        return self.answer

    def error_dialog(self, _parent, error) -> None:
        self.errors.append(error)

    def save_file(self, _parent, _title, start, _filters) -> str:
        self.start = start
        return self.save_path


def patch_boxes(monkeypatch) -> Boxes:
    """Replace the dialogs facade's message boxes and file picker with a recorder."""
    recorder = Boxes()
    for name in ("info", "confirm", "error_dialog", "save_file"):
        monkeypatch.setattr(dialogs, name, getattr(recorder, name))
    return recorder


def open_tab(qtbot, vault) -> VolunteersTab:
    widget = VolunteersTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.load(vault)
    widget.show()
    return widget


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    return patch_boxes(monkeypatch)


@pytest.fixture
def tab(qtbot, vault, boxes):
    widget = open_tab(qtbot, vault)
    yield widget
    widget.clear()


def click(qtbot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_host_through_the_form(qtbot, tab, name: str, phone: str = "") -> int:
    click(qtbot, tab.hosts.new_button)
    form = tab.forms["volunteer:new"]
    type_text(form.name, name)
    if phone:
        qtbot.keyClicks(form.phone, phone)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert "volunteer:new" not in tab.forms
    page = tab.hosts.host_page
    assert tab.hosts.currentWidget() is page
    return page.host.id


def set_training(qtbot, page, row: int, status: str, on: date | None = None) -> None:
    box = page.training
    choose_row(qtbot, box.table, row)
    box.status.setCurrentIndex(box.status.findData(status))
    if on is not None:
        box.on.set_value(on)  # as picked in the calendar popup
    click(qtbot, box.set_button)


# ------------------------------------------------------------------ training


def test_add_a_host_and_train_them_module_by_module_until_they_may_take_a_shift_alone(
    qtbot, tab, vault
):
    modules = training.ensure_default_modules(vault)
    host_role = modules[1]
    place = cafe.add_cafe(vault, name="Café Lyset", solo_module_id=host_role.id)
    tab.load(vault)

    host_id = add_host_through_the_form(qtbot, tab, "Åse Ørnbøl", "+45 12 34 56 78")
    page = tab.hosts.host_page
    assert page.name.text() == "Åse Ørnbøl"
    assert "+45 12 34 56 78" in page.details.text()
    assert page.training.table.rowCount() == 5
    assert "Not yet alone on a shift at Café Lyset" in page.training.readiness.text()
    assert "Værtsrollen" in page.training.readiness.text()
    shift = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=datetime.combine(TODAY + timedelta(days=3), datetime.min.time()).replace(hour=10),
        ends_at=datetime.combine(TODAY + timedelta(days=3), datetime.min.time()).replace(hour=14),
        hosts_needed=2,
    )
    with pytest.raises(ValidationError) as refused:
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=host_id)
    assert refused.value.facts["reason"] == "untrained_alone"

    set_training(qtbot, page, 0, "in_training")
    assert page.training.table.item(0, 1).text() == "In training"
    set_training(qtbot, page, 0, "trained")
    assert page.training.table.item(0, 1).text() == "Trained"
    assert page.training.table.item(0, 2).text() == fmt_date(TODAY)
    assert "Not yet alone" in page.training.readiness.text()

    set_training(qtbot, page, 1, "trained")
    assert page.training.readiness.text() == "✓ May take a shift alone at Café Lyset."
    assert training.is_trained_for(vault, volunteer_id=host_id, module_id=host_role.id, on=TODAY)
    assert (
        shifts.assign_host(vault, shift_id=shift.id, volunteer_id=host_id).volunteer_id == host_id
    )

    click(qtbot, page.back_button)
    assert tab.hosts.currentWidget() is tab.hosts.roster
    row = tab.hosts.model.rows[tab.hosts.model.row_of(host_id)]
    assert (row.trained_modules, row.modules_total) == (2, 5)
    assert tab.hosts.model.index(0, 3).data() == "2 of 5 modules"


def test_an_expiring_module_appears_in_the_60_day_list(qtbot, tab, vault):
    modules = training.ensure_default_modules(vault)
    soon = volunteers.add_volunteer(vault, name="Bent Ø.")
    later = volunteers.add_volunteer(vault, name="Cille")
    # First aid holds 24 months: taken 23 months ago it runs out within 60 days.
    taken = add_months(TODAY, -23)
    training.set_training_status(
        vault, volunteer_id=later.id, module_id=modules[4].id, status="trained", on=TODAY
    )
    tab.open_host(soon.id)
    page = tab.hosts.host_page
    set_training(qtbot, page, 4, "trained", on=taken)
    expires = add_months(taken, 24)
    assert page.training.table.item(4, 3).text() == f"{fmt_date(expires)} (renew soon)"

    tab.pages.setCurrentWidget(tab.training)
    listed = [tab.training.expiring.item(i).text() for i in range(tab.training.expiring.count())]
    assert listed == [f"{fmt_date(expires)} — Bent Ø.: Førstehjælp"]
    assert tab.training.expiring_empty.isHidden()

    # Enter on the line opens the host who needs to renew.
    tab.training.expiring.setCurrentRow(0)
    tab.training.expiring.setFocus()
    qtbot.keyClick(tab.training.expiring, Qt.Key.Key_Return)
    assert tab.pages.currentWidget() is tab.hosts
    assert page.host.id == soon.id


def test_training_sessions_record_who_attended_and_modules_can_be_edited(qtbot, tab, vault):
    anne = volunteers.add_volunteer(vault, name="Anne")
    volunteers.add_volunteer(vault, name="Bo")
    tab.pages.setCurrentWidget(tab.training)
    assert tab.training.defaults_button.isVisible()
    click(qtbot, tab.training.defaults_button)
    assert tab.training.module_table.rowCount() == 5

    click(qtbot, tab.training.new_session_button)
    form = tab.forms["training_session:new"]
    form.module.setCurrentIndex(2)
    qtbot.keyClicks(form.topic, "Rollespil")
    form.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, form.save_button)
    session = training.training_sessions(vault)[0]
    assert [a.id for a in session.attendees] == [anne.id]
    assert (session.module.name, session.topic) == ("Værtsrollen", "Rollespil")
    assert "Anne" in tab.training.session_detail.toPlainText()

    choose_row(qtbot, tab.training.module_table, 4)
    click(qtbot, tab.training.up_button)
    names = [m.name for m in training.list_modules(vault)]
    assert names[3] == "Førstehjælp" and names[4] == "Konflikthåndtering"
    assert tab.training.module_table.item(3, 0).text() == "Førstehjælp"

    click(qtbot, tab.training.add_button)
    form = tab.forms["training_module:new"]
    type_text(form.name, "førstehjælp")  # a clash, whatever the case
    click(qtbot, form.save_button)
    line, _ = form.errors["name"]
    assert line.isVisible() and "already a module" in line.text()
    assert form.isVisible() and form.name.text() == "førstehjælp"
    form.name.clear()
    type_text(form.name, "Psykisk førstehjælp")
    form.valid_months.setValue(36)
    click(qtbot, form.save_button)
    added = training.list_modules(vault)[-1]
    assert (added.name, added.valid_months) == ("Psykisk førstehjælp", 36)


# ------------------------------------------------------------------ sparring


def test_a_sparring_session_with_an_agreement_stays_open_until_marked_kept(qtbot, tab, vault):
    host = volunteers.add_volunteer(vault, name="Dorte Å.")
    tab.open_host(host.id)
    page = tab.hosts.host_page
    assert page.agreements_empty.isVisible()
    click(qtbot, page.sparring_button)
    form = tab.forms[f"volunteer:{host.id}:sparring"]
    assert form.participants.checked_ids() == [host.id]
    type_text(form.topics, "grænser, pauser")
    type_text(form.went_well, "Tog godt imod en ny gæst")
    type_text(form.challenges, "Svært at sige fra")
    type_text(form.agreements, "Holder pause hver time")
    type_text(form.wellbeing, "træt")
    form.follow_up.set_value(TODAY + timedelta(days=14))
    click(qtbot, form.save_button)

    opened = sparring.open_agreements(vault, volunteer_id=host.id)
    assert [a.text for a in opened] == ["Holder pause hver time"]
    assert opened[0].sparring.topics == ["grænser", "pauser"]
    assert page.agreements.count() == 1
    assert page.agreements.item(0).text().startswith("Holder pause hver time")
    assert page.timeline.count() == 1
    assert "træt" in page.timeline.item(0).text()

    tab.pages.setCurrentWidget(tab.sparring)
    assert tab.sparring.agreements.count() == 1
    assert tab.sparring.agreements.item(0).text().startswith("Dorte Å.: Holder pause")
    assert tab.sparring.model.rowCount() == 1
    tab.sparring.agreements.setCurrentRow(0)
    assert "Svært at sige fra" in tab.sparring.detail.toPlainText()
    assert "○ open" in tab.sparring.detail.toPlainText()
    click(qtbot, tab.sparring.kept_button)

    assert sparring.open_agreements(vault) == []
    assert tab.sparring.agreements_empty.isVisible()
    assert "✓ kept" in tab.sparring.detail.toPlainText()
    tab.pages.setCurrentWidget(tab.hosts)
    assert page.agreements.count() == 0 and page.agreements_empty.isVisible()


def test_a_group_session_from_the_sparring_page_and_its_follow_up(qtbot, tab, vault):
    anne = volunteers.add_volunteer(vault, name="Anne")
    bo = volunteers.add_volunteer(vault, name="Bo")
    tab.pages.setCurrentWidget(tab.sparring)
    assert tab.new_record()
    form = tab.forms["sparring:new"]
    click(qtbot, form.save_button)  # nobody ticked
    line, _ = form.errors["participant_ids"]
    assert line.isVisible() and "at least one host" in line.text()
    form.participants.set_checked([anne.id, bo.id])
    form.held_at.set_value(datetime.combine(TODAY - timedelta(days=20), datetime.min.time()))
    form.follow_up.set_value(TODAY - timedelta(days=1))
    click(qtbot, form.save_button)

    assert tab.sparring.model.rowCount() == 1
    assert tab.sparring.model.index(0, 1).data() == "Anne, Bo"
    assert tab.sparring.detail.toPlainText().count("Group · Anne, Bo") == 1
    assert tab.sparring.due.count() == 1
    click(qtbot, tab.sparring.followed_button)
    assert sparring.sparring_follow_ups_due(vault, on=TODAY) == []
    assert tab.sparring.due_empty.isVisible()


# ------------------------------------------------------------- roster, keyboard


def test_the_roster_filters_by_name_and_status_and_enter_opens_a_host(qtbot, tab, vault):
    anne = volunteers.add_volunteer(vault, name="Anne")
    volunteers.add_volunteer(vault, name="Bo", status="paused")
    volunteers.add_volunteer(vault, name="Carl", status="stopped")
    tab.load(vault)
    roster = tab.hosts
    assert roster.proxy.rowCount() == 3
    assert roster.model.index(2, 1).data() == "Stopped"
    roster.status_filter.setCurrentIndex(1)  # active and paused
    assert roster.proxy.rowCount() == 2
    qtbot.keyClicks(roster.filter, "ann")
    assert roster.proxy.rowCount() == 1
    qtbot.keyClick(roster.filter, Qt.Key.Key_Return)  # on to the table
    assert roster.view.hasFocus()
    roster.view.setCurrentIndex(roster.proxy.index(0, 0))
    qtbot.keyClick(roster.view, Qt.Key.Key_Return)
    assert roster.currentWidget() is roster.host_page
    assert roster.host_page.host.id == anne.id
    assert roster.host_page.back_button.shortcut().toString() == "Alt+Left"
    click(qtbot, roster.host_page.back_button)
    assert roster.currentWidget() is roster.roster
    assert roster.view.hasFocus() and roster.view.currentIndex().row() == 0


def test_editing_a_hosts_details_updates_their_page_and_the_roster(qtbot, tab, vault):
    host = volunteers.add_volunteer(vault, name="Anne", email="anne@example.dk")
    tab.open_host(host.id)
    page = tab.hosts.host_page
    click(qtbot, page.edit_button)
    form = tab.forms[f"volunteer:{host.id}"]
    assert form.email.text() == "anne@example.dk"
    form.status.setCurrentIndex(form.status.findData("paused"))
    type_text(form.note, "Holder pause til foråret")
    qtbot.keyClick(form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    saved = volunteers.get_volunteer(vault, host.id)
    assert (saved.status.value, saved.note) == ("paused", "Holder pause til foråret")
    assert page.status.text() == "(Paused)"
    assert "Holder pause til foråret" in page.details.text()
    click(qtbot, page.back_button)
    assert tab.hosts.model.index(0, 1).data() == "Paused"


def inside_a_control(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QComboBox

    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QCalendarWidget):
            return True
        parent = parent.parent()
    return False


def test_every_control_has_a_name_for_screen_readers(qtbot, tab, vault):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    host_id = volunteers.add_volunteer(vault, name="Anne").id
    training.ensure_default_modules(vault)
    tab.open_host(host_id)
    for page in (tab.sparring, tab.training, tab.hours):
        tab.pages.setCurrentWidget(page)
    tab.new_sparring(host_id)
    tab.new_task(host_id)
    tab.new_training_session()
    tab.new_host()
    tab.edit_module(training.list_modules(vault)[0])
    kinds = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )
    roots = [tab, *tab.forms.values()]
    unnamed = []
    for root in roots:
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, kinds) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if inside_a_control(widget):
                continue  # a spin box's editor, a combo box's popup: the control is named
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not name.strip():
                unnamed.append(
                    f"{type(widget).__name__} in {type(root).__name__} "
                    f"({type(widget.parent()).__name__}/{type(widget.parent().parent()).__name__})"
                )
    assert unnamed == []


def test_a_sparring_follow_up_due_shows_on_the_overview_and_opens_here(qtbot, tab, vault):
    from peerdesk.ui.overview.overview_tab import OverviewTab

    host = volunteers.add_volunteer(vault, name="Anne")
    made = sparring.add_sparring(
        vault,
        held_at=datetime.combine(TODAY - timedelta(days=14), datetime.min.time()),
        participant_ids=[host.id],
        challenges="Travlt i caféen",
        follow_up_on=TODAY,
    )
    overview = OverviewTab()
    qtbot.addWidget(overview)
    overview.load(vault)
    assert overview.sparring.list.count() == 1
    with qtbot.waitSignal(overview.open_requested) as opened:
        overview.sparring.list.itemActivated.emit(overview.sparring.list.item(0))
    assert tab.open_record(*opened.args)
    assert tab.sparring.session.id == made.id
    assert tab.sparring.due.count() == 1
