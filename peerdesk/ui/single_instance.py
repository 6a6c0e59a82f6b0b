"""One PeerDesk per vault: a second start brings the open window forward.

The first instance listens on a local socket named after the data folder; a
second instance connects, says "raise", and exits. No data crosses the socket.
"""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from peerdesk.paths import DataDir

_RAISE = b"raise\n"


def server_name(data: DataDir) -> str:
    digest = hashlib.sha256(str(data.root).encode()).hexdigest()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    return f"peerdesk-{hashlib.sha256(user.encode()).hexdigest()[:8]}-{digest}"


def ask_running_instance_to_raise(data: DataDir, timeout_ms: int = 500) -> bool:
    """True when another PeerDesk on this data folder answered and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_RAISE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same data folder."""

    raise_requested = Signal()

    def __init__(self, data: DataDir, parent: QObject | None = None) -> None:
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

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()
