"""The volunteers area: café hosts, their training, sparring with them, their hours."""

from peerdesk.ui.volunteers.volunteers_tab import VolunteersTab

__all__ = ["VolunteersTab"]
