"""The volunteers tab keeps data safe: erasure leaves no trace, locking empties
every widget, drafts survive, errors keep what was typed, the CSV export warns
before it writes an unencrypted file (and writes it whole)."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from peerdesk.services import cafe, drafts, shifts, sparring, training, volunteers
from peerdesk.services import volunteer_views as views
from peerdesk.ui.volunteers import VolunteersTab
from peerdesk.ui.volunteers.hours_csv import write_csv
from tests.conftest import PASSPHRASE
from tests.support.canaries import new_canary
from tests.support.keyboard import type_text
from tests.support.pages import plaintext_of
from tests.ui.test_volunteers import click, open_tab, patch_boxes

TODAY = date.today()


@pytest.fixture
def boxes(monkeypatch):
    return patch_boxes(monkeypatch)


@pytest.fixture
def tab(qtbot, vault, boxes):
    widget = open_tab(qtbot, vault)
    yield widget
    widget.clear()


def visible_texts(root: QWidget) -> str:
    """Every piece of text any widget under `root` holds, models included."""
    parts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        parts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit | QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            parts += model_texts(widget.model())
    return "\n".join(parts)


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    for r in range(model.rowCount(QModelIndex())):
        c = 0
        while model.hasIndex(r, c):  # list models keep columnCount private
            texts.append(str(model.index(r, c).data() or ""))
            c += 1
    return texts


def rich_host(vault, word: str) -> int:
    """A host with text about them in every part of the area."""
    modules = training.ensure_default_modules(vault)
    host = volunteers.add_volunteer(
        vault, name=f"Karen {word}", phone="+45 11 22 33 44", email="k@example.dk", note=word
    )
    training.set_training_status(
        vault, volunteer_id=host.id, module_id=modules[0].id, status="trained", on=TODAY
    )
    volunteers.set_availability(vault, volunteer_id=host.id, slots=[(1, "10", "14")])
    volunteers.add_task(
        vault, volunteer_id=host.id, on_date=TODAY, minutes=90, description=f"plakater {word}"
    )
    sparring.add_sparring(
        vault,
        held_at=datetime.combine(TODAY - timedelta(days=3), time(10)),
        participant_ids=[host.id],
        topics=[f"emne {word}"],
        challenges=f"svært {word}",
        agreements=[f"aftale {word}"],
        follow_up_on=TODAY - timedelta(days=1),
    )
    training.add_training_session(
        vault, held_on=TODAY, module_id=modules[0].id, attendee_ids=[host.id], note="aften"
    )
    return host.id


# ------------------------------------------------------------------- erasure


def test_erasing_a_host_removes_their_text_from_the_vault(qtbot, tab, vault, data_dir, boxes):
    erased, kept = new_canary("erased"), new_canary("kept")
    host_id = rich_host(vault, erased)
    other = volunteers.add_volunteer(vault, name=f"Bo {kept}")
    tab.open_host(host_id)
    page = tab.hosts.host_page
    click(qtbot, page.edit_button)  # an open form about the host, with a draft
    form = tab.forms[f"volunteer:{host_id}"]
    type_text(form.note, f" mere {erased}")
    tab.save_drafts()
    assert erased.encode() in plaintext_of(data_dir.vault, PASSPHRASE)

    boxes.answer = False
    click(qtbot, page.erase_button)
    assert volunteers.get_volunteer(vault, host_id).id == host_id  # cancelled: nothing gone
    boxes.answer = True
    click(qtbot, page.erase_button)

    assert f"Karen {erased}" in boxes.confirms[-1][1]
    assert "cannot be undone" in boxes.confirms[-1][1]
    assert not form.isVisible() and tab.forms == {}
    assert tab.hosts.currentWidget() is tab.hosts.roster
    assert [r.id for r in tab.hosts.model.rows] == [other.id]
    assert drafts.list_drafts(vault) == []
    plain = plaintext_of(data_dir.vault, PASSPHRASE)
    assert erased[:-3].encode() not in plain
    assert kept.encode() in plain
    assert erased not in visible_texts(tab)


# ------------------------------------------------------------- lock and drafts


def test_locking_empties_every_widget_and_unlocking_brings_the_draft_back(qtbot, vault, boxes):
    from peerdesk.ui.main_window import MainWindow

    word = new_canary("lock")
    host_id = rich_host(vault, word)
    main = MainWindow()
    qtbot.addWidget(main)
    tab = VolunteersTab()
    main.add_area(tab)
    main.attach(vault)
    main.tabs.setCurrentWidget(tab)
    tab.open_host(host_id)
    page = tab.hosts.host_page
    click(qtbot, page.sparring_button)
    form = tab.forms[f"volunteer:{host_id}:sparring"]
    type_text(form.challenges, f"ikke gemt {word}")
    for page_widget in (tab.sparring, tab.training, tab.hours, tab.hosts):
        tab.pages.setCurrentWidget(page_widget)
    tab.sparring.show_session(sparring.sparring_timeline(vault, volunteer_id=host_id)[0].id)
    tab.pages.setCurrentWidget(tab.hosts)
    assert word in visible_texts(tab)

    main.detach()  # what locking does: drafts saved, then every tab cleared
    assert word not in visible_texts(tab)
    assert "Karen" not in visible_texts(tab)
    assert tab.forms == {} and not form.isVisible()

    main.attach(vault)
    tab.open_host(host_id)
    click(qtbot, page.sparring_button)
    again = tab.forms[f"volunteer:{host_id}:sparring"]
    assert again.challenges.toPlainText() == f"ikke gemt {word}"
    assert again.notice.isVisible()
    click(qtbot, again.save_button)
    assert drafts.list_drafts(vault) == []
    assert sparring.sparring_timeline(vault, volunteer_id=host_id)[0].challenges == (
        f"ikke gemt {word}"
    )
    main.detach()


def test_a_draft_can_be_started_afresh_and_cancel_asks_before_discarding(qtbot, tab, vault, boxes):
    volunteers.add_volunteer(vault, name="Anne")
    drafts.save_draft(vault, area="volunteers", key="volunteer:new", payload={"name": "Halv"})
    click(qtbot, tab.hosts.new_button)
    form = tab.forms["volunteer:new"]
    assert form.name.text() == "Halv" and form.notice.isVisible()
    click(qtbot, form.afresh_button)
    assert form.name.text() == "" and not form.notice.isVisible()
    assert drafts.load_draft(vault, area="volunteers", key="volunteer:new") is None

    type_text(form.name, "Ny vært")
    boxes.answer = False
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and form.name.text() == "Ny vært"  # kept: the user said no
    boxes.answer = True
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert [r.name for r in volunteers.list_roster(vault, today=TODAY)] == ["Anne"]


# ------------------------------------------------------------------- errors


def test_a_refused_value_is_explained_next_to_its_field_and_nothing_typed_is_lost(
    qtbot, tab, vault
):
    click(qtbot, tab.hosts.new_button)
    form = tab.forms["volunteer:new"]
    type_text(form.name, "Søren")
    qtbot.keyClicks(form.email, "not an address")
    type_text(form.note, "Kan lide kage")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)

    line, widget = form.errors["email"]
    assert line.isVisible() and "e-mail address" in line.text() and line.text().startswith("⚠")
    assert form.isVisible() and form.focusWidget() is form.email
    assert (form.name.text(), form.note.toPlainText()) == ("Søren", "Kan lide kage")
    assert volunteers.list_roster(vault, today=TODAY) == []

    form.email.clear()
    qtbot.keyClicks(form.email, "soren@example.dk")
    qtbot.keyClick(form.email, Qt.Key.Key_Return)
    assert not line.isVisible()
    assert [r.name for r in volunteers.list_roster(vault, today=TODAY)] == ["Søren"]


def test_availability_is_saved_for_the_shift_picker_and_a_wrong_slot_is_explained(
    qtbot, tab, vault
):
    host = volunteers.add_volunteer(vault, name="Anne")
    place = cafe.add_cafe(vault, name="Café Lyset")
    tab.open_host(host.id)
    editor = tab.hosts.host_page.availability
    tuesday = editor.slots[1]
    click(qtbot, tuesday.ticked)
    tuesday.from_time.set_value(time(14))
    tuesday.to_time.set_value(time(10))
    click(qtbot, editor.save_button)
    assert editor.error.isVisible() and "end after it starts" in editor.error.text()
    assert volunteers.get_volunteer(vault, host.id).availability == []

    tuesday.from_time.set_value(time(9, 30))
    tuesday.to_time.set_value(time(15))
    click(qtbot, editor.slots[4].ticked)  # Friday, any time
    click(qtbot, editor.save_button)
    saved = volunteers.get_volunteer(vault, host.id).availability
    assert sorted((a.weekday, a.from_time, a.to_time) for a in saved) == [
        (1, time(9, 30), time(15)),
        (4, None, None),
    ]
    assert not editor.save_button.isEnabled()
    next_tuesday = TODAY + timedelta(days=(1 - TODAY.weekday()) % 7 or 7)
    shift = shifts.add_shift(
        vault,
        cafe_id=place.id,
        starts_at=datetime.combine(next_tuesday, time(10)),
        ends_at=datetime.combine(next_tuesday, time(14)),
        hosts_needed=1,
    )
    assert shifts.available_hosts(vault, shift_id=shift.id)[0].available_that_day


# -------------------------------------------------------------- tasks, hours


def test_a_task_counts_in_the_months_hours_and_can_be_deleted(qtbot, tab, vault, boxes):
    host = volunteers.add_volunteer(vault, name="Anne")
    tab.open_host(host.id)
    page = tab.hosts.host_page
    click(qtbot, page.task_button)
    form = tab.forms[f"volunteer:{host.id}:task"]
    assert not form.host.isEnabled()
    form.minutes.setValue(90)
    type_text(form.description, "Flyer-runde på biblioteket")
    click(qtbot, form.save_button)
    assert page.tasks.count() == 1 and "Flyer-runde" in page.tasks.item(0).text()

    tab.pages.setCurrentWidget(tab.hours)
    assert tab.hours.model.rows[0].task_minutes == 90
    assert tab.hours.model.index(0, 2).data() == tab.hours.model.index(0, 3).data()

    tab.pages.setCurrentWidget(tab.hosts)
    page.tasks.setCurrentRow(0)
    click(qtbot, page.delete_task_button)
    assert "Flyer-runde" in boxes.confirms[-1][1]
    assert views.host_tasks(vault, volunteer_id=host.id) == []
    assert page.tasks_empty.isVisible()


def test_the_csv_export_warns_then_writes_the_whole_file_for_danish_excel(
    qtbot, tab, vault, boxes, tmp_path
):
    anne = volunteers.add_volunteer(vault, name="Åse Ærø")
    volunteers.add_volunteer(vault, name="=SUM(A1)")  # must stay text in Excel
    volunteers.add_task(vault, volunteer_id=anne.id, on_date=TODAY, minutes=45)
    tab.pages.setCurrentWidget(tab.hours)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "timer.csv"
    boxes.save_path = str(target)

    boxes.answer = False
    click(qtbot, tab.hours.export_button)
    title, text = boxes.confirms[-1]
    assert "NOT encrypted" in text and str(target) in text
    assert not target.exists()

    boxes.answer = True
    click(qtbot, tab.hours.export_button)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Host;Shift hours;Task hours;Total hours"
    assert lines[1] == "'=SUM(A1);0.00;0.00;0.00".replace(".", tab_decimal())
    assert lines[2] == "Åse Ærø;0.00;0.75;0.75".replace(".", tab_decimal())
    assert lines[3].startswith("In all;")
    assert "not encrypted" in boxes.infos[-1][1]
    assert list(out.iterdir()) == [target]  # no temporary file left behind


def tab_decimal() -> str:
    from PySide6.QtCore import QLocale

    return QLocale().decimalPoint()


def test_the_csv_file_is_left_untouched_when_writing_fails(tmp_path):
    target = tmp_path / "timer.csv"
    target.write_text("old", encoding="utf-8")

    def rows():
        yield ("Anne", "1,00")
        raise OSError("disk full")

    with contextlib.suppress(OSError):
        write_csv(target, ["Host", "Hours"], rows())
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


# -------------------------------------------------------------- opening records


def test_open_record_shows_each_kind_of_record_of_the_area(qtbot, tab, vault):
    host_id = rich_host(vault, "åben")
    task = views.host_tasks(vault, volunteer_id=host_id)[0]
    session = sparring.sparring_timeline(vault, volunteer_id=host_id)[0]
    lesson = training.training_sessions(vault)[0]
    module = training.list_modules(vault)[3]

    assert tab.open_record("sparring_agreement", session.agreements[0].id)
    assert tab.pages.currentWidget() is tab.sparring
    assert "svært åben" in tab.sparring.detail.toPlainText()
    assert tab.sparring.agreements.currentItem().text().startswith("Karen åben: aftale åben")
    assert tab.open_record("volunteer_task", task.id)
    assert tab.hosts.host_page.tasks.currentItem().text().endswith("plakater åben")
    assert tab.open_record("training_module", module.id)
    assert tab.training.module_table.currentRow() == 3
    assert tab.open_record("training_session", lesson.id)
    assert "Karen åben" in tab.training.session_detail.toPlainText()
    assert tab.open_record("sparring_session", session.id)
    assert tab.sparring.session.id == session.id
    assert tab.open_record("volunteer", host_id)
    assert tab.pages.currentWidget() is tab.hosts
    assert tab.hosts.host_page.name.text() == "Karen åben"
    assert not tab.open_record("person", 1)
    assert not tab.open_record("shift", 1)


def test_open_record_of_an_erased_host_says_so_calmly(qtbot, tab, vault, boxes):
    assert tab.open_record("volunteer", 999)
    assert boxes.infos and "no longer in the vault" in boxes.infos[-1][1]
    assert boxes.errors == []


def test_file_new_starts_the_record_of_the_page_on_screen(qtbot, tab, vault):
    volunteers.add_volunteer(vault, name="Anne")
    expected = {
        tab.hosts: "volunteer:new",
        tab.sparring: "sparring:new",
        tab.training: "training_session:new",
        tab.hours: "volunteer_task:new",
    }
    for page, key in expected.items():
        tab.pages.setCurrentWidget(page)
        assert tab.new_record()
        assert key in tab.forms
    assert tab.title().replace("&&", "&") == "Volunteers & sparring"
