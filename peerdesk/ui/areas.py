"""The area tabs of the main window, in the order a peer worker meets them."""

from __future__ import annotations

from peerdesk.ui.area_tab import AreaTab


def build_area_tabs() -> list[AreaTab]:
    """One fresh tab per area (after Overblik, which the main window makes itself)."""
    from peerdesk.ui.cafe.cafe_tab import CafeTab
    from peerdesk.ui.care.care_tab import CareTab
    from peerdesk.ui.courses.courses_tab import CoursesTab
    from peerdesk.ui.selfcare.selfcare_tab import SelfCareTab
    from peerdesk.ui.volunteers.volunteers_tab import VolunteersTab

    return [CareTab(), CafeTab(), VolunteersTab(), SelfCareTab(), CoursesTab()]
