"""Open or create a vault off the UI thread and hand the result back on it.

Deriving the key takes a noticeable fraction of a second (by design), so doing
it on the UI thread would freeze the window and its busy indicator. The work
runs in `QThreadPool.globalInstance()`; the result comes back through a queued
signal, so the receiving slots always run on the thread that owns the opener.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance, Slot

from peerdesk.paths import DataDir
from peerdesk.vault.errors import VaultError

if TYPE_CHECKING:
    from peerdesk.vault import Vault

log = logging.getLogger(__name__)

_Action = Callable[[DataDir, str], "Vault"]


class VaultOpener(QObject):
    """Runs `Vault.open` / `Vault.create` in the global thread pool, one call at a time.

    Emits `opened(vault)` or `failed(exception)` on the opener's own thread,
    after `busy_changed(False)`. The passphrase is never kept on the opener;
    the worker drops its reference before it reports, and a reported
    exception carries no traceback (its frames would hold the passphrase).
    """

    opened = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    # Emitted from the worker thread; connected queued to `_deliver`.
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """True from a call to `open`/`create` until its result has been emitted."""
        return self._busy

    def open(self, data: DataDir, passphrase: str) -> None:
        """Start unlocking the vault in `data`; the answer comes as `opened` or `failed`."""
        self._start(_open_verifying_later, data, passphrase)

    def create(self, data: DataDir, passphrase: str) -> None:
        """Start creating a new vault in `data`; the answer comes as `opened` or `failed`."""
        self._start(_create, data, passphrase)

    def _start(self, action: _Action, data: DataDir, passphrase: str) -> None:
        if self._busy:
            # The windows disable their inputs while busy; a second call is a bug.
            raise RuntimeError("VaultOpener is already working on a vault")
        self._busy = True
        self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(_Job(action, data, passphrase, self._finished))

    @Slot(object, object)
    def _deliver(self, vault: Vault | None, error: BaseException | None) -> None:
        self._busy = False
        self.busy_changed.emit(False)
        if error is not None:
            self.failed.emit(error)
        else:
            self.opened.emit(vault)


# The vault module (SQLAlchemy, SQLCipher) is imported on the pool thread, when
# first needed: the unlock window is up before it is loaded.


def _open_verifying_later(data: DataDir, passphrase: str) -> Vault:
    from peerdesk.vault import Vault

    # The full integrity checks read every page; they run beside the open
    # vault, started by the controller once the first screen is filled, and
    # the controller reports their verdict.
    return Vault.open(data, passphrase, verify="deferred")


def _create(data: DataDir, passphrase: str) -> Vault:
    from peerdesk.vault import Vault

    return Vault.create(data, passphrase)


class _Job(QRunnable):
    """One open/create call on a pool thread."""

    def __init__(
        self, action: _Action, data: DataDir, passphrase: str, report: SignalInstance
    ) -> None:
        super().__init__()
        self._action = action
        self._data = data
        self._passphrase: str | None = passphrase
        self._report = report

    def run(self) -> None:
        passphrase, self._passphrase = self._passphrase, None
        vault: Vault | None = None
        error: BaseException | None = None
        try:
            vault = self._action(self._data, passphrase)
        except BaseException as exc:  # every failure must reach the UI, none may kill the pool
            if not isinstance(exc, VaultError):
                log.error("opening the vault failed unexpectedly", exc_info=exc)
            error = _without_frames(exc)
        finally:
            passphrase = None
        try:
            self._report.emit(vault, error)
        except RuntimeError:
            # The opener was deleted while we worked: nobody will take the vault,
            # so close it rather than hold its lock until the process ends.
            if vault is not None:
                vault.close()


def _without_frames(exc: BaseException) -> BaseException:
    """Drop the tracebacks of `exc` and of the exceptions chained to it.

    Their frames hold the local variables of the calls that failed, among
    them the passphrase; the UI only needs the exception's type and facts.
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if current.__traceback__ is not None:
            traceback.clear_frames(current.__traceback__)
            current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
    return exc
