"""Cooperative cancellation and progress for long vault work (no Qt).

A `CancelToken` is handed to a long operation (a backup, an export, a
restore, the activity report). The operation calls `check()` between steps
and `report(done, total)` as it goes; another thread calls `cancel()`. A long
single SQL statement (`sqlcipher_export`, an integrity check) cannot call
`check()` itself, so `interruptible(conn, token)` installs SQLite's progress
handler, which aborts the running statement once the token is cancelled; the
"interrupted" error that SQLite raises then surfaces as `Cancelled`.

Some operations have a last step that must not be half done (renaming a
finished file into place). They call `point_of_no_return()` just before it:
that raises `Cancelled` if a cancel came in time, and otherwise refuses every
later cancel, so "cancelled" always means "nothing was written".
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

from sqlalchemy import exc as sa_exc
from sqlcipher3 import dbapi2

from peerdesk.vault.errors import VaultError

# SQLite calls the progress handler every this many virtual-machine steps. A
# step is well under a microsecond, so a cancel takes effect within a
# millisecond or so, while the Python call it costs is lost in the noise.
PROGRESS_STEPS = 1000

Progress = Callable[[int, int], None]


class Cancelled(VaultError):
    """The work was cancelled; nothing it was writing was left behind."""

    code = "cancelled"


class CancelToken:
    """A thread-safe "please stop" flag, with an optional progress callback.

    `progress(done, total)` is called from whatever thread does the work;
    `total == 0` means "busy, amount unknown". `on_final` is called (from the
    working thread) once the work has passed its point of no return.
    """

    def __init__(
        self, progress: Progress | None = None, *, on_final: Callable[[], None] | None = None
    ) -> None:
        self._progress = progress
        self._on_final = on_final
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._final = False

    @property
    def cancelled(self) -> bool:
        """True once `cancel()` was accepted."""
        return self._event.is_set()

    @property
    def final(self) -> bool:
        """True once the work passed its point of no return (cancel is refused)."""
        return self._final

    def cancel(self) -> bool:
        """Ask the work to stop; False when it is past its point of no return."""
        with self._lock:
            if self._final:
                return False
            self._event.set()
            return True

    def check(self) -> None:
        """Raise Cancelled when a cancel was asked for."""
        if self._event.is_set():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """Tell the progress callback (if any) how far the work has come."""
        if self._progress is not None:
            self._progress(done, total)

    def point_of_no_return(self) -> None:
        """Raise Cancelled if cancelled; otherwise refuse every later cancel.

        Called just before a step that must not be left half done; after it,
        the work runs to its end (or fails) and `cancel()` returns False.
        Calling it again is harmless; `on_final` runs the first time only.
        """
        with self._lock:
            if self._event.is_set():
                raise Cancelled()
            first = not self._final
            self._final = True
        if first and self._on_final is not None:
            self._on_final()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until cancelled or `timeout` seconds passed; True when cancelled."""
        return self._event.wait(timeout)


def token_or_default(token: CancelToken | None) -> CancelToken:
    """`token`, or a fresh one that is never cancelled and reports to no one."""
    return token if token is not None else CancelToken()


def is_interrupt(exc: BaseException) -> bool:
    """True for SQLite's "interrupted" error, raw or wrapped by SQLAlchemy."""
    orig = getattr(exc, "orig", exc) if isinstance(exc, sa_exc.DBAPIError) else exc
    return isinstance(orig, dbapi2.OperationalError) and "interrupt" in str(orig).lower()


@contextlib.contextmanager
def interruptible(
    conn, token: CancelToken | None, *, on_step: Callable[[], None] | None = None
) -> Iterator[None]:
    """Let `token` abort SQL statements on `conn` while the block runs.

    Installs SQLite's progress handler (every PROGRESS_STEPS steps it asks
    the token, and calls `on_step` if given, e.g. to report progress). An
    aborted statement's "interrupted" error is raised as Cancelled. The
    handler is removed on leaving, so statements after the block (a DETACH, a
    ROLLBACK) always run. Not reentrant: one block per connection at a time,
    which the vault's lock guarantees.
    """
    if token is None:
        yield
        return

    def handler() -> int:
        # Never raise here: SQLite would only print the error. A non-zero
        # answer aborts the statement.
        if token.cancelled:
            return 1
        if on_step is not None:
            # Progress must never stop the work.
            with contextlib.suppress(Exception):
                on_step()
        return 0

    conn.set_progress_handler(handler, PROGRESS_STEPS)
    try:
        yield
    except Exception as exc:
        if token.cancelled and is_interrupt(exc):
            raise Cancelled() from None
        raise
    finally:
        conn.set_progress_handler(None, PROGRESS_STEPS)


__all__ = [
    "PROGRESS_STEPS",
    "CancelToken",
    "Cancelled",
    "interruptible",
    "is_interrupt",
    "token_or_default",
]
