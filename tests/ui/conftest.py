"""Fixtures of the desktop tests that several test files share."""

from __future__ import annotations

import pytest

from peerdesk.ui.care import CareTab


@pytest.fixture
def care_tab(qtbot, vault):
    """The care tab, shown at a roomy size beside an open vault (loaded by the test)."""
    widget = CareTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    yield widget
    widget.clear()
