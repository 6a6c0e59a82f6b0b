"""Long operations (backup, export, passphrase change) off the UI thread.

A job shows a progress dialog, cannot be started twice, and reports its
result or error back on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread as is
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class JobRunner(QObject):
    """Runs one named job at a time per name, with a modal progress dialog."""

    finished = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._running: dict[str, tuple[_Signals, QProgressDialog]] = {}

    def is_running(self, name: str) -> bool:
        return name in self._running

    def start(
        self,
        name: str,
        label: str,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> bool:
        """Start `work` in the thread pool; False when a job of that name already runs."""
        if name in self._running:
            return False
        progress = QProgressDialog(label, "", 0, 0, self._parent)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        signals = _Signals()

        def finish() -> None:
            self._running.pop(name, None)
            progress.reset()
            progress.deleteLater()
            self.finished.emit(name)

        def done(result: object) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            log.warning("%s failed: %s", name, type(exc).__name__)
            on_error(exc)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._running[name] = (signals, progress)
        QThreadPool.globalInstance().start(_Runnable(work, signals))
        return True
