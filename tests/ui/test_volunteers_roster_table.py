"""The host roster's table: sorted by the model (one key per host; equal keys keep
the order by name), filters and the chosen host kept across a sort, columns
fitted without measuring every host — real vaults."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from peerdesk.services import volunteers
from peerdesk.ui.volunteers.table_model import FIT_ROWS, ID_ROLE
from peerdesk.ui.volunteers.volunteers_tab import VolunteersTab

STATUSES = ("active", "paused", "stopped")


def _names(roster) -> list[str]:
    proxy = roster.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_sorting_the_roster_keeps_name_order_among_equals_and_the_chosen_host(qtbot, vault):
    hosts = {}
    for n in range(FIT_ROWS + 20):  # more hosts than a column fit measures
        name = f"{'Åse' if n % 4 == 0 else 'bo'} {n:03d}"
        hosts[name] = volunteers.add_volunteer(
            vault, name=name, status=STATUSES[n % 3], started_on=date(2020, 1, 1 + n % 28)
        ).id
    tab = VolunteersTab()
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    tab.load(vault)
    roster = tab.hosts
    by_name = sorted(hosts, key=str.casefold)
    assert _names(roster) == by_name
    chosen = by_name[5]
    roster.reveal(hosts[chosen])
    header = roster.view.horizontalHeader()
    x = header.sectionViewportPosition(1) + 5  # Status
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    rank = {status: n for n, status in enumerate(STATUSES)}
    order = sorted(
        by_name, key=lambda name: rank[STATUSES[int(name.split()[1]) % 3]]
    )  # stable: by name among equals
    assert _names(roster) == order
    assert roster.view.currentIndex().data(ID_ROLE) == hosts[chosen]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    descending = sorted(by_name, key=lambda name: -rank[STATUSES[int(name.split()[1]) % 3]])
    assert _names(roster) == descending
    # The filter still works on the sorted roster, and reading again keeps the sort.
    roster.filter.setText("åse")
    assert _names(roster) == [n for n in descending if n.startswith("Åse")]
    roster.filter.clear()
    tab.refresh()
    assert _names(roster) == descending
    # Columns were fitted to what they show.
    status_width = header.sectionSize(1)
    assert status_width >= roster.view.fontMetrics().horizontalAdvance("Stopped")
