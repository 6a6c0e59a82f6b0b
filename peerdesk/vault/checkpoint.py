"""Moving the WAL into the vault file beside the app, not inside a save.

SQLite's automatic checkpoint runs inside the commit that takes the WAL past
its threshold: that one save then also copies the WAL into the vault file and
waits for the file's fsync (40 ms on the benchmark machine, much more on a
laptop's disk), and the person waits with it. With background checkpoints the
writer's automatic threshold is raised (a safety net only), and a daemon
thread checkpoints a moment after the last write instead, holding the vault's
connection as every other use does. Nothing is less durable: a commit is on
disk when it returns (the WAL is fsynced), and a WAL not yet checkpointed is
replayed by the next open, as after a crash.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager

from peerdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

# Pages in the WAL after which SQLite still checkpoints inside a commit, should
# the thread not get to it (SQLite's own default is 1,000; 4 KiB pages).
FALLBACK_PAGES = 10_000
# Seconds without a write before the thread checkpoints.
QUIET_S = 1.0


class Checkpointer:
    """Checkpoints (PASSIVE) `QUIET_S` after the last write, on its own thread.

    `connection` is the vault's guarded raw connection (a context manager);
    `wrote()` is called after each commit that changed something.
    """

    def __init__(
        self,
        connection: Callable[[], AbstractContextManager],
        *,
        quiet_s: float = QUIET_S,
    ) -> None:
        self._connection = connection
        self._quiet_s = quiet_s
        self._wrote = threading.Event()
        self._stopping = threading.Event()
        self.runs = 0
        self.pending = False  # writes made since the last checkpoint began
        self.last: tuple[int, int, int] | None = None  # (busy, WAL frames, checkpointed)
        self._thread = threading.Thread(target=self._run, name="peerdesk-checkpoint", daemon=True)

    def start(self) -> Checkpointer:
        with self._connection() as conn:
            conn.execute(f"PRAGMA wal_autocheckpoint = {FALLBACK_PAGES}").fetchall()
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wrote(self) -> None:
        self.pending = True
        self._wrote.set()

    def stop(self) -> None:
        """End the thread (after a checkpoint it is in the middle of)."""
        self._stopping.set()
        self._wrote.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        while True:
            self._wrote.wait()
            # Wait for a quiet moment: every write restarts the wait.
            while self._wrote.is_set() and not self._stopping.is_set():
                self._wrote.clear()
                self._stopping.wait(self._quiet_s)
            if self._stopping.is_set():
                return
            try:
                with self._connection() as conn:
                    self.pending = False  # a write from now on comes after this one
                    row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            except VaultError as exc:  # closed meanwhile, or the disk refused
                log.warning("background checkpoint not done: %s", type(exc).__name__)
                continue
            except Exception as exc:  # noqa: BLE001 - the next write tries again
                log.warning("background checkpoint failed: %s", type(exc).__name__)
                continue
            self.last = tuple(int(x) for x in row)
            self.runs += 1
