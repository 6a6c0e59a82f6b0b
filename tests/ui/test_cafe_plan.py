"""The shift plan with a real vault: gaps, the untrained-alone rule, templates across
DST, cancellations, swaps, drag and drop, and the PDF for the wall."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from peerdesk.services import cafe, shifts, training, volunteers
from peerdesk.ui import dialogs
from peerdesk.ui.cafe import CafeTab
from peerdesk.ui.cafe.cafe_tab import PLAN
from peerdesk.ui.cafe.shift_cards import HOST_ROLE, host_mime
from peerdesk.ui.formatting import fmt_time
from peerdesk.ui.main_window import MainWindow
from peerdesk.vault.models import TrainingStatus

TUESDAY = datetime(2026, 5, 5, 10, 0)
TODAY = TUESDAY.date()


@pytest.fixture
def world(vault):
    module = training.add_module(vault, name="Værtsrollen")
    place = cafe.add_cafe(vault, name="Café Håb", hosts_needed=1, solo_module_id=module.id)
    åse = volunteers.add_volunteer(vault, name="Åse Trænet")
    bent = volunteers.add_volunteer(vault, name="Bent Ny")
    cai = volunteers.add_volunteer(vault, name="Cai Travl")
    for host in (åse, cai):
        training.set_training_status(
            vault,
            volunteer_id=host.id,
            module_id=module.id,
            status=TrainingStatus.TRAINED,
            on=date(2026, 1, 1),
        )
    for host in (åse, bent):  # Cai has said no day at all
        volunteers.set_availability(vault, volunteer_id=host.id, slots=[(1, "9", "15")])
    return place, åse, bent, cai


def _shift(vault, place, start: datetime = TUESDAY, needed: int = 1):
    return shifts.add_shift(
        vault, cafe_id=place.id, starts_at=start, ends_at=start + timedelta(hours=4),
        hosts_needed=needed,
    )  # fmt: skip


def _plan_tab(qtbot, vault, today: date = TODAY) -> CafeTab:
    tab = CafeTab()
    tab.today = today
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.load(vault)
    tab.pages.setCurrentIndex(PLAN)
    return tab


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _pick(detail, name: str) -> None:
    for row in range(detail.picker.count()):
        if detail.picker.item(row).text().split(" — ")[0].endswith(name):
            detail.picker.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not offered")


def test_the_grid_shows_a_gap_that_closes_when_a_trained_host_is_assigned(qtbot, vault, world):
    place, åse, bent, cai = world
    shift = _shift(vault, place)
    tab = _plan_tab(qtbot, vault)
    card = tab.plan.cards[shift.id]
    assert "1 host(s) missing" in card.status_label.text()
    assert card.status_label.text().startswith("⚠")  # a sign and words, not colour alone
    assert "with gaps" in tab.plan.summary.text()
    _click(qtbot, card)
    detail = tab.plan.detail
    offered = [detail.picker.item(i).text() for i in range(detail.picker.count())]
    assert offered[0].startswith("✓ Åse Trænet — available that day")
    assert any("Bent Ny" in t and "not trained to be alone" in t for t in offered)
    assert not any("Cai" in t for t in offered)  # not available that day
    detail.only_available.setFocus()
    qtbot.keyClick(detail.only_available, Qt.Key.Key_Space)
    assert any("Cai Travl — not available that day" in detail.picker.item(i).text()
               for i in range(detail.picker.count()))  # fmt: skip
    _pick(detail, "Åse Trænet")
    _click(qtbot, detail.assign_button)
    card = tab.plan.cards[shift.id]
    assert card.status_label.text() == "✓ Enough hosts"
    assert "Åse Trænet" in card.names_label.text()
    assert "is now on the shift" in detail.message.text()
    (row,) = shifts.coverage(vault, cafe_id=place.id, start=TUESDAY.date(), end=TUESDAY.date())
    assert row.gap == 0 and row.host_names == ("Åse Trænet",)


def test_an_untrained_host_alone_is_refused_with_the_reason(qtbot, vault, world):
    place, åse, bent, cai = world
    shift = _shift(vault, place, needed=2)
    tab = _plan_tab(qtbot, vault)
    _click(qtbot, tab.plan.cards[shift.id])
    detail = tab.plan.detail
    _pick(detail, "Bent Ny")
    qtbot.keyClick(detail.picker, Qt.Key.Key_Return)  # Enter on a host assigns too
    assert detail.error.isVisible()
    assert "Bent Ny cannot be alone" in detail.error.text()
    assert "“Værtsrollen”" in detail.error.text()
    assert shifts.shift_assignments(vault, shift_id=shift.id) == []
    assert "2 host(s) missing" in tab.plan.cards[shift.id].status_label.text()
    # With a trained host on the shift, Bent may join.
    _pick(detail, "Åse Trænet")
    _click(qtbot, detail.assign_button)
    _pick(detail, "Bent Ny")
    _click(qtbot, detail.assign_button)
    assert tab.plan.cards[shift.id].status_label.text() == "✓ Enough hosts"


def test_a_host_dropped_on_a_shift_card_is_assigned(qtbot, vault, world):
    place, åse, bent, cai = world
    shift = _shift(vault, place)
    tab = _plan_tab(qtbot, vault)
    card = tab.plan.cards[shift.id]
    data = host_mime(åse.id)
    enter = QDragEnterEvent(
        card.rect().center(), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(card, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(card.rect().center()), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(card, drop)
    assert tab.plan.cards[shift.id].status_label.text() == "✓ Enough hosts"
    assert tab.plan.selected_id == shift.id
    # The picker's own drag data carries the host the same way.
    mime = tab.plan.detail.picker.mimeData([_item_for(tab.plan.detail.picker, bent.id)])
    assert bytes(mime.data("application/x-peerdesk-host").data()) == str(bent.id).encode()


def _item_for(picker: QListWidget, volunteer_id: int):
    for row in range(picker.count()):
        if picker.item(row).data(HOST_ROLE) == volunteer_id:
            return picker.item(row)
    raise AssertionError("host not in the picker")


def test_a_template_generates_the_right_shifts_across_a_dst_change(qtbot, vault, world):
    place = world[0]
    copenhagen = ZoneInfo("Europe/Copenhagen")
    # Summer time starts in the night to Sunday 29 March 2026.
    assert (
        datetime(2026, 3, 28, 12, tzinfo=copenhagen).utcoffset()
        != datetime(2026, 3, 30, 12, tzinfo=copenhagen).utcoffset()
    )
    tab = _plan_tab(qtbot, vault, today=date(2026, 3, 16))
    _click(qtbot, tab.plan.templates_button)
    dialog = tab.plan.dialog
    assert dialog.isVisible() and dialog.empty.isVisible()
    dialog.weekday.setCurrentIndex(6)  # Sunday
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(14, 0))
    dialog.hosts_needed.setValue(2)
    _click(qtbot, dialog.add_button)
    assert dialog.list.count() == 1 and "Sunday" in dialog.list.item(0).text()
    dialog.until.setDate(dialog.until.date().fromString("2026-04-12", Qt.DateFormat.ISODate))
    _click(qtbot, dialog.generate_button)
    assert dialog.message.text() == "4 shift(s) added to the plan."
    _click(qtbot, dialog.generate_button)  # idempotent: nothing twice
    assert dialog.message.text() == "The plan already has every shift up to that day."
    dialog.reject()

    rows = shifts.coverage(vault, cafe_id=place.id, start=date(2026, 3, 1), end=date(2026, 4, 30))
    assert [r.starts_at for r in rows] == [
        datetime(2026, 3, 22, 10), datetime(2026, 3, 29, 10),
        datetime(2026, 4, 5, 10), datetime(2026, 4, 12, 10),
    ]  # fmt: skip
    assert {r.ends_at.time() for r in rows} == {time(14)}
    # The grid shows the shift on the DST Sunday at the same wall-clock hours.
    _click(qtbot, tab.plan.next_button)  # the week of 23–29 March
    (card,) = tab.plan.cards.values()
    assert card.row.starts_at.date() == date(2026, 3, 29)
    assert card.time_label.text() == f"{fmt_time(time(10))}–{fmt_time(time(14))}"
    assert "2 host(s) missing" in card.status_label.text()


def test_a_cancellation_records_who_and_why_reopens_the_gap_and_suggests_hosts(qtbot, vault, world):
    place, åse, bent, cai = world
    shift = _shift(vault, place)
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=cai.id)
    tab = _plan_tab(qtbot, vault)
    assert tab.plan.cards[shift.id].status_label.text() == "✓ Enough hosts"
    _click(qtbot, tab.plan.cards[shift.id])
    detail = tab.plan.detail
    assert detail.assigned_list.currentItem().text().startswith("Cai Travl")
    _click(qtbot, detail.cancel_button)
    dialog = detail.dialog
    assert dialog.by.text() == "Cai Travl"
    dialog.by.clear()
    qtbot.keyClicks(dialog.by, "Cai selv")
    qtbot.keyClicks(dialog.reason, "Syg")
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    card = tab.plan.cards[shift.id]
    assert "1 host(s) missing" in card.status_label.text()
    assert "Cai Travl's shift is cancelled" in detail.message.text()
    assert "The shift now misses 1 host(s)" in detail.message.text()
    assert "Available that day: Åse Trænet, Bent Ny" in detail.message.text()
    (kept,) = shifts.shift_assignments(vault, shift_id=shift.id)
    assert (kept.cancelled_by, kept.cancel_reason) == ("Cai selv", "Syg")
    assert "cancelled" in detail.assigned_list.item(0).text()
    assert "Cai selv: Syg" in detail.assigned_list.item(0).text()


def test_a_cancellation_without_who_is_refused_and_keeps_the_reason(qtbot, vault, world):
    place, åse, bent, cai = world
    shift = _shift(vault, place)
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=åse.id)
    tab = _plan_tab(qtbot, vault)
    _click(qtbot, tab.plan.cards[shift.id])
    _click(qtbot, tab.plan.detail.cancel_button)
    dialog = tab.plan.detail.dialog
    dialog.by.clear()
    qtbot.keyClicks(dialog.reason, "Syg")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert "Please fill in “Cancelled by”" in dialog.error.text()
    assert dialog.reason.toPlainText() == "Syg"
    assert shifts.shift_assignments(vault, shift_id=shift.id)[0].cancelled_at is None


def test_a_swap_hands_the_shift_over_and_is_logged(qtbot, vault, world):
    place, åse, bent, cai = world
    shift = _shift(vault, place)
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=cai.id)
    tab = _plan_tab(qtbot, vault)
    _click(qtbot, tab.plan.cards[shift.id])
    detail = tab.plan.detail
    assert detail.no_swaps.isVisible()
    _click(qtbot, detail.swap_button)
    dialog = detail.dialog
    assert dialog.to_host.itemText(0).startswith("✓ Åse Trænet")  # the best choice first
    dialog.to_host.setCurrentIndex(dialog.to_host.findData(bent.id))
    _click(qtbot, dialog.ok_button)  # Bent would be alone untrained: refused
    assert dialog.isVisible() and "Bent Ny cannot be alone" in dialog.error.text()
    dialog.to_host.setCurrentIndex(dialog.to_host.findData(åse.id))
    qtbot.keyClicks(dialog.note, "Byttet på sms")
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert "Åse Trænet took over the shift from Cai Travl" in detail.message.text()
    assert "Åse Trænet" in tab.plan.cards[shift.id].names_label.text()
    assert detail.swap_list.count() == 1
    assert "Cai Travl handed the shift to Åse Trænet (Byttet på sms)" in (
        detail.swap_list.item(0).text()
    )
    (logged,) = shifts.swap_log(vault, shift_id=shift.id)
    assert (logged.from_volunteer_id, logged.to_volunteer_id) == (cai.id, åse.id)


def test_a_single_shift_can_be_added_and_is_shown(qtbot, vault, world):
    tab = _plan_tab(qtbot, vault)
    _click(qtbot, tab.plan.add_button)
    dialog = tab.plan.dialog
    dialog.start.setTime(QTime(16, 0))
    dialog.end.setTime(QTime(15, 0))
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "“To” must come after the start" in dialog.error.text()
    dialog.end.setTime(QTime(19, 0))
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    (card,) = tab.plan.cards.values()
    assert card.time_label.text() == f"{fmt_time(time(16))}–{fmt_time(time(19))}"
    assert tab.plan.selected_id == card.row.shift_id


def test_the_pdf_has_a_page_per_week_with_the_shift_times(
    qtbot, vault, world, tmp_path, monkeypatch
):
    place, åse, *_ = world
    first = _shift(vault, place)
    _shift(vault, place, start=TUESDAY + timedelta(days=7, hours=3), needed=2)
    shifts.assign_host(vault, shift_id=first.id, volunteer_id=åse.id)
    target = tmp_path / "vagtplan"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    tab = _plan_tab(qtbot, vault)
    _click(qtbot, tab.plan.month_button)
    _click(qtbot, tab.plan.pdf_button)
    written = tmp_path / "vagtplan.pdf"
    assert tab.plan.last_pdf == written and written.exists()
    doc = QPdfDocument()
    doc.load(str(written))
    first_monday, last = tab.plan.period()
    weeks = ((last - first_monday).days + 1) // 7
    assert doc.pageCount() == weeks
    pages = [doc.getAllText(p).text() for p in range(doc.pageCount())]
    week_of_first = (TUESDAY.date() - first_monday).days // 7
    page = pages[week_of_first]
    assert f"{fmt_time(time(10))}–{fmt_time(time(14))}" in page
    assert "Café Håb" in page and "Åse Trænet" in page and "Enough hosts" in page
    assert f"{fmt_time(time(13))}–{fmt_time(time(17))}" in pages[week_of_first + 1]
    assert "MISSING 2 HOST(S)" in pages[week_of_first + 1]
    assert "No shifts this week." in pages[0]
    assert "saved the shift plan" in tab.plan.message.text().lower()


def test_open_record_shows_the_shift_and_lock_empties_every_widget(qtbot, vault, world):
    place, åse, *_ = world
    shift = _shift(vault, place, start=TUESDAY + timedelta(days=21))
    shifts.assign_host(vault, shift_id=shift.id, volunteer_id=åse.id)
    main = MainWindow()
    qtbot.addWidget(main)
    tab = CafeTab()
    tab.today = TUESDAY.date()
    main.add_area(tab)
    main.attach(vault)
    main.open_record("shift", shift.id)
    assert main.tabs.currentWidget() is tab
    assert tab.pages.currentIndex() == PLAN
    assert tab.plan.selected_id == shift.id
    assert "Åse Trænet" in tab.plan.detail.assigned_list.item(0).text()
    _click(qtbot, tab.plan.templates_button)
    main.detach()
    assert tab.plan.dialog is None
    shown = [w.text() for w in tab.findChildren(QLabel)]
    for lst in tab.findChildren(QListWidget):
        shown += [lst.item(i).text() for i in range(lst.count())]
    leaks = [t for t in shown if any(n in t for n in ("Åse", "Café Håb", "Værtsrollen"))]
    assert leaks == []
    assert tab.plan.cards == {} and tab.plan.detail.row is None
