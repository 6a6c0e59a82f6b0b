"""The Café tab: café-day logging, session history and the shift plan."""

from peerdesk.ui.cafe.cafe_tab import CafeTab

__all__ = ["CafeTab"]
