"""One PeerDesk per data folder: a second start brings the open window forward.

The first instance holds a lock file in the data folder (`QLockFile`, which
knows a lock left by a crashed process for what it is) and, once its first
window is up, listens on a local socket named after the folder. A later start
that finds the lock taken connects, says "raise", and exits. No data crosses
the socket.

The lock is the cheap first question. QtNetwork (about 11 ms to load here, on
the way to the first window) is loaded only to listen, once the window is
shown, or to ask, when someone holds the lock.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QLockFile, QObject, Signal

from peerdesk.paths import DataDir

_RAISE = b"raise\n"


def server_name(data: DataDir) -> str:
    import hashlib  # only to listen or to ask, not on every start's first question

    digest = hashlib.sha256(str(data.root).encode()).hexdigest()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    return f"peerdesk-{hashlib.sha256(user.encode()).hexdigest()[:8]}-{digest}"


class InstanceLock:
    """Held by the PeerDesk that runs on a data folder, for as long as it runs."""

    def __init__(self, data: DataDir) -> None:
        self._lock = QLockFile(str(data.instance))
        self._lock.setStaleLockTime(0)  # held for hours; stale only if its process is gone

    def acquire(self) -> bool:
        """True when this is the first PeerDesk on the folder (the lock is now ours)."""
        return self._lock.tryLock(0)

    def release(self) -> None:
        self._lock.unlock()


def ask_running_instance_to_raise(data: DataDir, timeout_ms: int = 500) -> bool:
    """True when another PeerDesk on this data folder answered and was asked to come forward.

    The other one may have started a moment ago and not listen yet, so this
    keeps trying for `timeout_ms`.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_ms / 1000
    socket = QLocalSocket()
    while True:
        socket.connectToServer(server_name(data))
        left_ms = int((deadline - time.monotonic()) * 1000)
        if socket.waitForConnected(max(left_ms, 0)):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    socket.write(_RAISE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


def first_or_forward(data: DataDir, *, timeout_ms: int = 2_000) -> InstanceLock | None:
    """The lock when this is the first PeerDesk on `data`; None when another
    one holds it and was asked to come forward (this start should then end).

    A holder that does not answer (hung, or on another machine sharing the
    folder) does not keep this start out: the vault's own lock still allows
    one writer only.
    """
    lock = InstanceLock(data)
    if lock.acquire():
        return lock
    if ask_running_instance_to_raise(data, timeout_ms):
        return None
    return lock  # not ours; released as a no-op


class InstanceServer(QObject):
    """Listens for later starts on the same data folder."""

    raise_requested = Signal()

    def __init__(self, data: DataDir, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data)
        if not self._server.listen(name):
            # A socket file left by a crash: remove it and listen again.
            QLocalServer.removeServer(name)
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()
