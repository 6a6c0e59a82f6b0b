"""The unlock window: one passphrase field, calm answers, and a growing pause after failures.

Guessing is slowed down on top of the key derivation's own cost: after the
third wrong passphrase the field is disabled for `base_delay_ms`, doubling with
each further failure up to `max_delay_ms`, with a visible countdown. The count
belongs to the vault file, not to a window, so it survives `reset()` and a
new window for the same vault within the process.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from peerdesk.paths import DataDir
from peerdesk.ui.getting_in import (
    GettingInWindow,
    Notice,
    ShowPassphrase,
    primary_button,
    secret_field,
)
from peerdesk.ui.getting_in.error_words import describe
from peerdesk.vault.errors import WrongPassphrase

FREE_ATTEMPTS = 3
BASE_DELAY_MS = 2_000
MAX_DELAY_MS = 30_000
_TICK_MS = 200


@dataclass
class Throttle:
    """Wrong passphrases so far and the moment (time.monotonic) the next try is allowed."""

    failures: int = 0
    until: float = 0.0

    def remaining_ms(self) -> int:
        return max(0, math.ceil((self.until - time.monotonic()) * 1000))

    def fail(self, *, base_ms: int, max_ms: int, free: int = FREE_ATTEMPTS) -> int:
        """Count one wrong passphrase; return how long to wait before the next (ms)."""
        self.failures += 1
        if self.failures < free:
            return 0
        doublings = min(self.failures - free, 16)  # 2**16 × any sane base exceeds the cap
        delay = min(max_ms, base_ms * 2**doublings)
        self.until = time.monotonic() + delay / 1000
        return delay

    def succeed(self) -> None:
        self.failures = 0
        self.until = 0.0


_THROTTLES: dict[Path, Throttle] = {}


def throttle_for(vault_path: Path) -> Throttle:
    """The one throttle for this vault file in this process."""
    return _THROTTLES.setdefault(vault_path.absolute(), Throttle())


class UnlockWindow(GettingInWindow):
    """Shown when a vault exists; emits `vault_ready(vault)` once it is unlocked.

    A wrong passphrase gives a calm message and an empty field; the file is
    never changed. `reset()` makes the window ready for the next unlock
    (after the app locks itself) and `set_notice(text)` says why it is shown.
    """

    def __init__(
        self,
        data: DataDir,
        parent: QWidget | None = None,
        *,
        base_delay_ms: int = BASE_DELAY_MS,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(data, parent)
        self.base_delay_ms = base_delay_ms
        self.max_delay_ms = max_delay_ms
        self._throttle = throttle_for(data.vault)

        self.setWindowTitle(self.tr("Unlock PeerDesk"))
        self.title.setText(self.tr("Unlock your vault"))
        self.intro.setText(self.tr("Enter your passphrase to open your notes."))
        self.notice = Notice("SP_MessageBoxInformation", self.tr("Why PeerDesk is locked"), self)
        self.passphrase = secret_field(self.tr("Passphrase"), self)
        passphrase_label = QLabel(self.tr("&Passphrase"), self)
        passphrase_label.setBuddy(self.passphrase)
        self.show_toggle = ShowPassphrase([self.passphrase], self)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.countdown.setAccessibleName(self.tr("Time until you can try again"))
        self.countdown.setVisible(False)
        self.countdown.setContentsMargins(0, 8, 0, 0)
        self.unlock_button = primary_button(self.tr("&Unlock"), self.tr("Unlock"), self)
        self.footer.setText(self.tr("Vault: %1").replace("%1", str(data.vault)))

        # Margins rather than spacers: they vanish with the notice when it is hidden.
        self.notice.layout().setContentsMargins(0, 0, 0, 14)
        self.form.addWidget(self.notice)
        self.form.addWidget(passphrase_label)
        self.form.addWidget(self.passphrase)
        self.form.addSpacing(8)
        self.form.addWidget(self.show_toggle)
        self.form.addWidget(self.countdown)
        self.buttons.addWidget(self.unlock_button)
        self.setTabOrder(self.passphrase, self.show_toggle)
        self.setTabOrder(self.show_toggle, self.unlock_button)

        # A display tick for the countdown, and a precise timer that ends the pause.
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._show_countdown)
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setTimerType(Qt.TimerType.PreciseTimer)
        self._release.timeout.connect(self._on_release)

        self.passphrase.textChanged.connect(self._on_edited)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        if self.waiting:
            self._start_pause()
        self._refresh()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ public

    @property
    def waiting(self) -> bool:
        """True while a pause after repeated wrong passphrases is running."""
        return self._throttle.remaining_ms() > 0

    @property
    def failures(self) -> int:
        """Wrong passphrases in a row for this vault, in this process."""
        return self._throttle.failures

    def reset(self) -> None:
        """Clear the field and the last message, ready to unlock again.

        A running pause keeps running, and the notice stays until
        `set_notice("")`, so callers may set it before or after a reset.
        """
        self.passphrase.clear()
        self.show_toggle.setChecked(False)
        self.message.set_text("")
        self._refresh()
        if self.passphrase.isEnabled():
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_notice(self, text: str | None) -> None:
        """Show why the window is shown (e.g. locked after inactivity); empty hides it."""
        self.notice.set_text(text or "")

    # ------------------------------------------------------------------- slots

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        self._refresh()

    @Slot()
    def _submit(self) -> None:
        if self.opener.busy or self.waiting or not self.passphrase.text():
            return
        passphrase = self.passphrase.text()
        # The field is emptied at once: the typed passphrase then lives only in the worker.
        self.passphrase.clear()
        self.opener.open(self.data, passphrase)
        del passphrase

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphrase):
            self._throttle.fail(base_ms=self.base_delay_ms, max_ms=self.max_delay_ms)
        self.message.set_text(describe(error))
        if self.waiting:
            self._start_pause()
        else:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, vault) -> None:
        self._throttle.succeed()
        self.message.set_text("")
        super()._on_opened(vault)

    def _start_pause(self) -> None:
        self._release.start(max(1, self._throttle.remaining_ms()))
        self._tick.start()
        self._show_countdown()
        self._refresh()

    @Slot()
    def _show_countdown(self) -> None:
        seconds = math.ceil(self._throttle.remaining_ms() / 1000)
        if seconds <= 0:
            return
        self.countdown.setText(
            self.tr("Too many tries in a row. You can try again in %n second(s).", "", seconds)
        )
        self.countdown.setVisible(True)

    @Slot()
    def _on_release(self) -> None:
        remaining = self._throttle.remaining_ms()
        if remaining > 0:
            # A timer may fire a moment early; wait out the rest.
            self._release.start(remaining)
            return
        self._tick.stop()
        self.countdown.setVisible(False)
        self.countdown.setContentsMargins(0, 8, 0, 0)
        self._refresh()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        busy = self.opener.busy
        open_for_input = not busy and not self.waiting
        self.passphrase.setEnabled(open_for_input)
        self.show_toggle.setEnabled(not busy)
        self.unlock_button.setEnabled(open_for_input and bool(self.passphrase.text()))

    # ------------------------------------------------------- GettingInWindow

    def _first_field(self) -> QLineEdit:
        return self.passphrase

    def _secret_fields(self) -> list[QLineEdit]:
        return [self.passphrase]

    def _busy_text(self) -> str:
        return self.tr("Opening your vault…")
