"""The self-care area tab: the worker's own check-ins, trends, boundaries, plan,
hours, supervision and the close of the working day."""

from peerdesk.ui.selfcare.selfcare_tab import SelfCareTab

__all__ = ["SelfCareTab"]
