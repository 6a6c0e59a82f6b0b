"""Overblik with real vaults: a long backlog is shown as its first lines and a count."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from peerdesk.services import care
from peerdesk.ui.overview.overview_tab import OverviewTab, _Card


@pytest.fixture
def tab(qtbot):
    widget = OverviewTab()
    qtbot.addWidget(widget)
    yield widget
    widget.clear()


def _overdue_follow_ups(vault, count: int) -> None:
    person = care.add_person(vault, alias="Å.Ø.")
    start = date.today() - timedelta(days=count + 10)
    for n in range(count):
        day = start + timedelta(days=n)
        care.add_conversation(
            vault,
            person_id=person.id,
            occurred_at=f"{day.isoformat()}T10:00",
            own_words=f"samtale {n}",
            next_steps=f"ring om bolig {n}",
            follow_up_on=(day + timedelta(days=1)).isoformat(),
        )


def test_a_long_backlog_shows_the_oldest_lines_then_how_many_more(qtbot, tab, vault):
    extra = 7
    _overdue_follow_ups(vault, _Card.MAX_LINES + extra)
    tab.load(vault)
    lines = [tab.follow_ups.list.item(i) for i in range(tab.follow_ups.list.count())]
    assert len(lines) == _Card.MAX_LINES + 1
    # The earliest due come first, each pointing at its conversation.
    assert "ring om bolig 0" in lines[0].text()
    assert all(item.data(0x0100) for item in lines[:-1])
    assert f"{extra} more" in lines[-1].text()
    assert lines[-1].data(0x0100) is None  # the count line opens nothing


def test_a_short_list_has_no_count_line(qtbot, tab, vault):
    _overdue_follow_ups(vault, 3)
    tab.load(vault)
    texts = [tab.follow_ups.list.item(i).text() for i in range(tab.follow_ups.list.count())]
    assert len(texts) == 3
    assert not any("more" in t for t in texts)
