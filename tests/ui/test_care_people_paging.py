"""The people list reads its lines a page at a time: a list longer than a page
still shows everyone when scrolled, and filters, sorting, choosing, adding and
erasing work on every person, not only the lines read so far — real vaults."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from peerdesk.services import care, care_browse, drafts
from peerdesk.ui.care import CareTab
from peerdesk.ui.care.people_model import PeopleModel
from tests.support.keyboard import type_text

TODAY = date.today()
PAGE = 4
# Danish letters, mixed case: the list folds case the way Python's casefold does.
ALIASES = [
    "Åse", "anna", "Bo", "bente", "Carl", "Dorte", "Emil", "ærlige Æbbe", "Frida", "Gorm",
    "Hans", "Ida", "Jens", "Karen", "Lis", "Mads", "Nina", "Ole", "Øjvind", "Pia", "Rasmus",
    "Sofie", "Tove", "Ulla", "Vagn", "Yrsa", "Zenia", "Ærø-Per",
]  # fmt: skip


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(PeopleModel, "PAGE", PAGE)


@pytest.fixture
def tab(qtbot, vault, small_pages):
    widget = CareTab()
    qtbot.addWidget(widget)
    # Short, so that a screenful is a few pages, not the whole list.
    widget.resize(1100, 320)
    widget.show()
    yield widget
    widget.clear()


@pytest.fixture
def crowd(vault) -> dict[str, int]:
    """Many people; every third has a note, every fifth an open follow-up."""
    ids = {}
    for n, alias in enumerate(ALIASES):
        person = care.add_person(vault, alias=alias, status="paused" if n % 7 == 3 else "active")
        ids[alias] = person.id
        if n % 3 == 0:
            care.add_conversation(
                vault,
                person_id=person.id,
                occurred_at=datetime.combine(TODAY, datetime.min.time()) - timedelta(days=n),
                follow_up_on=TODAY + timedelta(days=n) if n % 5 == 0 else None,
            )
    return ids


def by_alias(aliases) -> list[str]:
    return sorted(aliases, key=str.casefold)


def scroll_to_the_end(qtbot, tab) -> None:
    """What a user does: scroll down until nothing more comes."""
    view, model = tab.people.view, tab.people.model
    for _ in range(100):
        if not model.canFetchMore():
            break
        view.scrollToBottom()
        qtbot.wait(1)
    assert not model.canFetchMore()


def shown_aliases(tab) -> list[str]:
    proxy = tab.people.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_a_list_longer_than_a_page_shows_everyone_when_scrolled(qtbot, tab, vault, crowd):
    tab.load(vault)
    model = tab.people.model
    assert model.rowCount() < len(ALIASES)  # not every line was read
    assert f"{len(ALIASES)} person(s)" in tab.people.count.text()
    # The first screenful is there.
    view = tab.people.view
    assert view.indexAt(view.viewport().rect().topLeft()).data() == by_alias(ALIASES)[0]
    scroll_to_the_end(qtbot, tab)
    assert shown_aliases(tab) == by_alias(ALIASES)
    assert len({r.id for r in model.rows}) == len(ALIASES)


def test_filters_look_at_people_not_read_yet(qtbot, tab, vault, crowd):
    tab.load(vault)
    type_text(tab.people.filter_text, "æ")  # "ærlige Æbbe", "Ærø-Per"
    assert shown_aliases(tab) == ["ærlige Æbbe", "Ærø-Per"]
    assert f"2 of {len(ALIASES)} people shown" in tab.people.count.text()
    tab.people.filter_text.clear()
    tab.people.status.setCurrentIndex(tab.people.status.findData("paused"))
    scroll_to_the_end(qtbot, tab)
    paused = [a for n, a in enumerate(ALIASES) if n % 7 == 3]
    assert shown_aliases(tab) == by_alias(paused)
    tab.people.status.setCurrentIndex(0)
    qtbot.mouseClick(tab.people.needs_follow_up, Qt.MouseButton.LeftButton)
    scroll_to_the_end(qtbot, tab)
    followed = [a for n, a in enumerate(ALIASES) if n % 15 == 0]
    assert shown_aliases(tab) == by_alias(followed)
    qtbot.mouseClick(tab.people.needs_follow_up, Qt.MouseButton.LeftButton)
    scroll_to_the_end(qtbot, tab)
    assert shown_aliases(tab) == by_alias(ALIASES)


def test_sorting_orders_everyone_and_keeps_the_current_person(qtbot, tab, vault, crowd):
    tab.load(vault)
    tab.show_person(crowd["Bo"])
    header = tab.people.view.horizontalHeader()
    x = header.sectionViewportPosition(PeopleModel.LAST) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert tab.people.current_person() == crowd["Bo"]
    assert tab.page.person.id == crowd["Bo"]
    scroll_to_the_end(qtbot, tab)
    # People without a note first (ascending), then the oldest note first.
    lines = care_browse.people_list(vault, today=TODAY)
    expected = sorted(
        lines, key=lambda r: (r.last_conversation_at or datetime.min, r.alias.casefold(), r.id)
    )
    assert shown_aliases(tab) == [r.alias for r in expected]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    scroll_to_the_end(qtbot, tab)
    assert shown_aliases(tab) == [r.alias for r in reversed(expected)]
    assert tab.people.current_person() == crowd["Bo"]


def test_choosing_someone_far_down_reads_the_lines_up_to_them(qtbot, tab, vault, crowd):
    tab.load(vault)
    last = by_alias(ALIASES)[-1]
    assert tab.people.model.row_of(crowd[last]) < 0  # not read yet
    tab.show_person(crowd[last])
    assert tab.people.current_person() == crowd[last]
    assert tab.page.alias_label.text() == last
    # Hidden by a filter: the filters step aside, as before.
    type_text(tab.people.filter_text, "zzz")
    assert tab.open_record("person", crowd["Nina"])
    assert tab.people.filter_text.text() == ""
    assert tab.people.current_person() == crowd["Nina"]


def test_someone_added_lands_in_order_and_is_chosen(qtbot, tab, vault, crowd):
    tab.load(vault)
    for alias in ("Aage", "Ørn"):  # near the top; at the very end, not read yet
        type_text(tab.people.quick_alias, alias)
        qtbot.keyClick(tab.people.quick_alias, Qt.Key.Key_Return)
        assert tab.page.alias_label.text() == alias
        assert tab.people.proxy.index(tab.people.view.currentIndex().row(), 0).data() == alias
    assert f"{len(ALIASES) + 2} person(s)" in tab.people.count.text()
    scroll_to_the_end(qtbot, tab)
    assert shown_aliases(tab) == by_alias([*ALIASES, "Aage", "Ørn"])


def test_a_change_far_down_the_list_is_not_shown_twice(qtbot, tab, vault, crowd):
    tab.load(vault)
    far = crowd["Zenia"]
    care.add_conversation(
        vault,
        person_id=far,
        occurred_at=datetime.combine(TODAY, datetime.min.time()) - timedelta(days=3),
        follow_up_on=TODAY - timedelta(days=1),
    )
    tab.people.refresh_person(far)  # what the tab does after the page saved a note
    scroll_to_the_end(qtbot, tab)
    assert shown_aliases(tab) == by_alias(ALIASES)
    model = tab.people.model
    cell = model.index(model.row_of(far), PeopleModel.NEXT).data()
    assert cell.startswith("⚠ ")


def test_an_erased_person_leaves_the_list_and_the_counts(qtbot, tab, vault, crowd):
    tab.load(vault)
    first = by_alias(ALIASES)[0]
    tab.people.remove_person(crowd[first])
    assert f"{len(ALIASES) - 1} person(s)" in tab.people.count.text()
    # Erased elsewhere while the list was open: left out when its page is read.
    care.erase_person(vault, crowd["Zenia"])
    scroll_to_the_end(qtbot, tab)
    assert shown_aliases(tab) == by_alias(set(ALIASES) - {first, "Zenia"})


def test_drafts_of_people_not_read_yet_are_offered(qtbot, tab, vault, crowd):
    far = crowd["Øjvind"]
    drafts.save_draft(vault, area="care", key=f"person:{far}:conversation", payload={})
    tab.load(vault)
    assert tab.people.model.row_of(far) < 0
    assert tab.drafts_bar.isVisibleTo(tab)
    assert tab.draft_buttons[0].text().startswith("Øjvind")
