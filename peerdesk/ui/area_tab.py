"""What every tab of the main window offers the shell."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class AreaTab(QWidget):
    """A tab of the main window. The shell calls `load` after unlocking, `clear`
    when locking (no note text may stay in any widget), and `open_record` when
    a search result or an Overblik line points into this tab."""

    #: The area key used by search results ("care", "cafe", …); None for Overblik.
    area: str | None = None

    def title(self) -> str:
        raise NotImplementedError

    def load(self, vault) -> None:
        """Fill the tab from the vault."""

    def clear(self) -> None:
        """Empty every view and field."""

    def open_record(self, table: str, record_id: int) -> bool:
        """Show one record; False when this tab cannot show it."""
        return False

    def save_drafts(self) -> None:
        """Save unsaved input as an encrypted draft (called before locking)."""

    def new_record(self) -> bool:
        """Start a new record of this area (File ▸ New); False when there is none."""
        return False
