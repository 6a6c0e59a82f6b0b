"""The full integrity checks of an open vault, run beside it on a second connection.

Both checks read every page of the file: about a second for a vault of many
years. Unlocking must not wait for that, so `Vault.open(verify="background")`
hands them to a `BackgroundCheck`: its own keyed connection on a daemon
thread, while the vault's connection serves the app. SQLite's WAL lets the
reader and the writer work at the same time; the check sees one consistent
snapshot. Until the check has passed, the vault is "not yet verified":
backups wait for the verdict, so a damaged vault never pushes a good backup
out of the rotation.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from peerdesk.vault import connection as raw

log = logging.getLogger(__name__)

# SQLite calls the progress handler every this many virtual-machine steps;
# small enough that a cancel lands within milliseconds.
_PROGRESS_STEPS = 20_000


class BackgroundCheck:
    """`cipher_integrity_check` + `integrity_check` of one vault file, on a thread.

    `problems` is None until the check has finished (or when it was
    cancelled), then the list of what it found: empty means healthy. The
    passphrase is held only by the thread, until its connection is keyed.
    """

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = path
        self.problems: list[str] | None = None
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._starting = threading.Lock()
        self._started = False
        self._thread = threading.Thread(
            target=self._run, args=(passphrase,), name="peerdesk-integrity", daemon=True
        )

    def start(self) -> BackgroundCheck:
        """Start the check (once; later calls do nothing)."""
        with self._starting:
            if not self._started and not self._done.is_set():
                self._started = True
                self._thread.start()
        return self

    @property
    def started(self) -> bool:
        return self._started

    @property
    def done(self) -> bool:
        """True once the check has finished or was cancelled."""
        return self._done.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> list[str] | None:
        """Start the check if need be, then block until the verdict (or `timeout`
        seconds); the problems, None if not known."""
        if not self._cancel.is_set():
            self.start()
        self._done.wait(timeout)
        return self.problems

    def cancel(self, timeout: float = 10.0) -> None:
        """Stop the check (its connection aborts its statement) and wait for the thread."""
        self._cancel.set()
        with self._starting:  # not while `start` is starting it
            if not self._started:
                self._done.set()  # never started: nothing to stop, no verdict
                return
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _run(self, passphrase: str) -> None:
        result: list[str] | None
        try:
            conn = raw.connect(self.path, passphrase)
        except Exception as exc:  # noqa: BLE001 - any failure to open again is a finding
            # Never the message: it could quote the file's bytes.
            result = [f"could not open a second connection: {type(exc).__name__}"]
        else:
            del passphrase
            try:
                # A non-zero answer makes SQLite abort the running statement.
                conn.set_progress_handler(lambda: int(self._cancel.is_set()), _PROGRESS_STEPS)
                result = raw.check_integrity(conn, checkpoint="PASSIVE")
            finally:
                conn.close()
        if self._cancel.is_set():
            result = None
        elif result:
            log.warning("background integrity check failed: %d problem(s)", len(result))
        else:
            log.info("background integrity check passed")
        self.problems = result
        self._done.set()
