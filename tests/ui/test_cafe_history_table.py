"""The café history's log table: read as lines, sorted by the model (equal values
stay newest first), long host lists whole in a tooltip — real vaults."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt

from peerdesk.services import cafe, volunteers
from peerdesk.ui.cafe import CafeTab
from peerdesk.ui.cafe.cafe_tab import HISTORY
from peerdesk.ui.cafe.session_model import ID_ROLE

TODAY = date(2026, 5, 20)
GUESTS = (8, 11, 8, 3, 11)  # ties on purpose


def _history(qtbot, vault):
    tab = CafeTab()
    tab.today = TODAY
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    tab.load(vault)
    tab.pages.setCurrentIndex(HISTORY)
    return tab.history


def _ids(history) -> list[int]:
    proxy = history.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_sorting_the_logs_by_a_column_keeps_equal_ones_newest_first(qtbot, vault):
    place = cafe.add_cafe(vault, name="Café Håb")
    names = ["Åse", "bo", "Anna Marie Kristensen-Østergaard"]
    hosts = [volunteers.add_volunteer(vault, name=n).id for n in names]
    sessions = [
        cafe.log_session(
            vault,
            cafe_id=place.id,
            starts_at=datetime(2026, 4, 7, 10) + timedelta(weeks=n),
            head_count=guests,
            host_ids=hosts,
        )
        for n, guests in enumerate(GUESTS)
    ]
    history = _history(qtbot, vault)
    newest_first = [s.id for s in reversed(sessions)]
    assert _ids(history) == newest_first
    header = history.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + 5  # Guests
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    by_guests = sorted(reversed(sessions), key=lambda s: s.head_count)
    assert _ids(history) == [s.id for s in by_guests]
    # The chosen log stays chosen across a sort.
    history.table.setCurrentIndex(history.proxy.index(0, 0))
    chosen = history.proxy.index(0, 0).data(ID_ROLE)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    descending = sorted(reversed(sessions), key=lambda s: s.head_count, reverse=True)
    assert _ids(history) == [s.id for s in descending]
    assert history.table.currentIndex().data(ID_ROLE) == chosen
    # Reading again keeps the sort.
    history.refresh()
    assert _ids(history) == [s.id for s in descending]
    hosts_cell = history.proxy.index(0, 5)
    assert hosts_cell.data() == "Anna Marie Kristensen-Østergaard, bo, Åse"
    assert hosts_cell.data(Qt.ItemDataRole.ToolTipRole) == hosts_cell.data()
