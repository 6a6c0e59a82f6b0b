"""Autosave of one form's unsaved text, as an encrypted draft in the vault."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from peerdesk.services import drafts
from peerdesk.services.selfcare_records import AREA
from peerdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000


class DraftKeeper(QObject):
    """Saves `collect()` a few seconds after the last edit, and when asked.

    `collect` returns the form's fields as a dict, or None when there is
    nothing worth keeping (then any earlier draft is dropped). The key may
    change as the form switches between records (`set_key`).
    """

    def __init__(self, key: str, collect: Callable[[], dict | None], parent: QObject) -> None:
        super().__init__(parent)
        self.key = key
        self._collect = collect
        self._vault = None
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

    def attach(self, vault) -> None:
        self._vault = vault
        self._dirty = False

    def detach(self) -> None:
        self.timer.stop()
        self._vault = None
        self._dirty = False

    def set_key(self, key: str) -> None:
        """Save what is pending under the old key, then follow the new one."""
        if key != self.key:
            self.save_now()
            self.key = key

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touched(self, *_args: object) -> None:
        """An edit: (re)start the countdown to the next autosave."""
        if self._vault is None:
            return
        self._dirty = True
        self.timer.start()

    def mark_clean(self) -> None:
        """The form now shows saved (or freshly loaded) content."""
        self.timer.stop()
        self._dirty = False

    def save_now(self) -> None:
        self.timer.stop()
        if self._vault is None or not self._dirty:
            return
        payload = self._collect()
        try:
            if payload:
                drafts.save_draft(self._vault, area=AREA, key=self.key, payload=payload)
            else:
                drafts.discard_draft(self._vault, area=AREA, key=self.key)
        except VaultError:
            # An autosave must never interrupt typing; the form still holds the text.
            log.warning("could not autosave a self-care draft")
            return
        self._dirty = False

    def restore(self) -> dict | None:
        """The saved draft of the current key, if there is one."""
        if self._vault is None:
            return None
        try:
            return drafts.load_draft(self._vault, area=AREA, key=self.key)
        except VaultError:
            log.warning("could not read a self-care draft")
            return None

    def discard(self) -> None:
        """Drop the draft (the form was saved or its text deliberately thrown away)."""
        self.mark_clean()
        if self._vault is None:
            return
        try:
            drafts.discard_draft(self._vault, area=AREA, key=self.key)
        except VaultError:
            log.warning("could not drop a self-care draft")
