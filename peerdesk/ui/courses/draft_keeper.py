"""Autosaving a form's unsaved input as an encrypted draft in the vault."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from peerdesk.services import drafts
from peerdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

AREA = "courses"
AUTOSAVE_MS = 3000


class DraftKeeper(QObject):
    """Keeps one form's draft: saved a few seconds after the last edit, when
    asked (before locking), and discarded once the form is saved.

    `payload()` returns the form's current input; the form is "dirty" while it
    differs from the baseline taken when the record was shown or saved.
    """

    def __init__(self, payload: Callable[[], dict], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._payload = payload
        self.vault = None
        self.key: str | None = None
        self.baseline: dict = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)

    def start(self, vault, key: str, baseline: dict) -> dict | None:
        """Follow the form of `key`; return its saved draft if it differs from `baseline`."""
        self.timer.stop()
        self.vault, self.key, self.baseline = vault, key, dict(baseline)
        draft = drafts.load_draft(vault, area=AREA, key=key)
        if draft is None or draft == self.baseline:
            return None
        return draft

    def stop(self) -> None:
        """Forget the form without saving (the caller saved or discarded first)."""
        self.timer.stop()
        self.vault, self.key, self.baseline = None, None, {}

    def dirty(self) -> bool:
        return self.key is not None and self._payload() != self.baseline

    def edited(self) -> None:
        """The form changed: (re)start the countdown to the next autosave."""
        if self.key is not None:
            self.timer.start()

    def save(self) -> bool:
        """Save the draft now if the form holds unsaved input; drop it if not."""
        self.timer.stop()
        if self.vault is None or self.key is None:
            return False
        try:
            if self.dirty():
                drafts.save_draft(self.vault, area=AREA, key=self.key, payload=self._payload())
                return True
            drafts.discard_draft(self.vault, area=AREA, key=self.key)
        except VaultError:
            # The form keeps its text; the next edit or save tries again.
            log.warning("could not save a courses draft")
        return False

    def saved(self, baseline: dict, key: str | None = None) -> None:
        """The form was saved: its draft goes, and what was saved is the new baseline."""
        self.timer.stop()
        if self.vault is not None and self.key is not None:
            try:
                drafts.discard_draft(self.vault, area=AREA, key=self.key)
            except VaultError:
                log.warning("could not discard a courses draft")
        if key is not None:
            self.key = key
        self.baseline = dict(baseline)

    def discard(self) -> None:
        """Throw the draft away (the form goes back to the baseline)."""
        self.saved(self.baseline)
