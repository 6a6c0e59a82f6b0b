"""The care area tab (Omsorgssamtaler): people supported and their notes."""

from peerdesk.ui.care.care_tab import CareTab

__all__ = ["CareTab"]
