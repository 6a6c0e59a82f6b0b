"""Long operations (backup, export, passphrase change) off the UI thread.

A job shows a progress dialog, cannot be started twice, and reports its
result or error back on the UI thread. A job started with `on_cancel` gets a
Cancel button: the work itself is not interrupted (the services have no cancel
hook), but when it ends its result goes to `on_cancel` instead of `on_done`,
so the caller can throw the result away (e.g. delete an export's file).
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
        self._cancelled: set[str] = set()

    def is_running(self, name: str) -> bool:
        return name in self._running

    def start(
        self,
        name: str,
        label: str,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
        *,
        on_cancel: Callable[[object | BaseException], None] | None = None,
    ) -> bool:
        """Start `work` in the thread pool; False when a job of that name already runs.

        With `on_cancel` the progress dialog has a Cancel button; after a cancel
        the job still counts as running until `work` returns, and then only
        `on_cancel` is called (with the result, or the error it raised).
        """
        if name in self._running:
            return False
        progress = QProgressDialog(label, "", 0, 0, self._parent)
        if on_cancel is None:
            progress.setCancelButton(None)
        else:
            progress.setCancelButtonText(self.tr("&Cancel"))
            progress.setAutoReset(False)
            progress.canceled.connect(lambda: self.cancel(name))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        signals = _Signals()

        def finish() -> bool:
            self._running.pop(name, None)
            cancelled = name in self._cancelled
            self._cancelled.discard(name)
            progress.reset()
            progress.deleteLater()
            return cancelled

        def done(result: object) -> None:
            if finish() and on_cancel is not None:
                on_cancel(result)
            else:
                on_done(result)
            self.finished.emit(name)

        def failed(exc: BaseException) -> None:
            cancelled = finish()
            log.warning("%s failed: %s", name, type(exc).__name__)
            if cancelled and on_cancel is not None:
                on_cancel(exc)
            else:
                on_error(exc)
            self.finished.emit(name)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._running[name] = (signals, progress)
        QThreadPool.globalInstance().start(_Runnable(work, signals))
        return True

    def cancel(self, name: str) -> bool:
        """Ask a running job to end as cancelled; False when no such job runs."""
        if name not in self._running:
            return False
        self._cancelled.add(name)
        _signals, progress = self._running[name]
        progress.setLabelText(self.tr("Cancelling…"))
        progress.hide()
        return True

    def any_running(self, *names: str) -> bool:
        """True when any of `names` (or, with none given, any job) is running."""
        return any(n in self._running for n in (names or tuple(self._running)))
