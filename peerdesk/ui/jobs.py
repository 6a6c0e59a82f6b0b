"""Long operations (backup, export, restore, passphrase change) off the UI thread.

A job runs `work(token)` in the thread pool and shows a small window-modal
dialog: what runs, a bar (busy until the work reports progress through its
`CancelToken`, then determinate) and, unless the job cannot be cancelled, a
Cancel button. Cancel asks the token; the work stops at its next check (or
SQLite aborts its running statement) and raises Cancelled, and the job then
ends through `on_cancel`. Work that has passed its point of no return refuses
the cancel: the button is disabled from then on, and the job ends as done.

A job cannot be started twice; its result or error is handed back on the UI
thread. `LatestTask` is the lighter sibling for work that a newer request
makes obsolete (the activity report's preview).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.vault.cancel import Cancelled, CancelToken

log = logging.getLogger(__name__)

Work = Callable[[CancelToken], object]

# The bar's resolution: progress is shown in tenths of a percent.
_STEPS = 1000


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int)  # tenths of a percent; -1 while the amount is unknown
    final = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Work, token: CancelToken, signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.token = token
        # Held here so the signals outlive the job's bookkeeping until they are emitted.
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.token)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread as is
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def _progress_emitter(signals: _Signals) -> Callable[[int, int], None]:
    """A token callback that emits only when the shown value changes (it runs often)."""
    last = [None]

    def report(done: int, total: int) -> None:
        value = -1 if total <= 0 else max(0, min(_STEPS, done * _STEPS // total))
        if value != last[0]:
            last[0] = value
            signals.progress.emit(value)

    return report


class JobDialog(QDialog):
    """What a job does, its progress bar and (when it can be cancelled) a Cancel button.

    It cannot be closed while the job runs: closing or Escape means Cancel
    when there is one, and nothing otherwise.
    """

    cancel_requested = Signal()

    def __init__(self, label: str, parent: QWidget | None, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PeerDesk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = QPushButton(self.tr("&Cancel"))
            self.cancel_button.setAccessibleName(self.tr("Cancel"))
            self.cancel_button.clicked.connect(self.cancel_requested)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.cancel_button)
            layout.addLayout(row)

    def set_progress(self, value: int) -> None:
        """Tenths of a percent, or -1 for "busy, amount unknown"."""
        if value < 0:
            self.bar.setRange(0, 0)
        else:
            if self.bar.maximum() != _STEPS:
                self.bar.setRange(0, _STEPS)
            self.bar.setValue(value)

    def show_cancelling(self) -> None:
        self.label.setText(self.tr("Cancelling…"))
        self.bar.setRange(0, 0)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)

    def show_final(self) -> None:
        """The work is past its point of no return: it can only finish now."""
        if self.cancel_button is not None and self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.note.setText(self.tr("Finishing — this last step cannot be cancelled."))
            self.note.show()

    def can_cancel(self) -> bool:
        return self.cancel_button is not None and self.cancel_button.isEnabled()

    def reject(self) -> None:
        # Escape and the window's close button: Cancel if there is one, never "hide".
        if self.can_cancel():
            self.cancel_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        event.ignore()
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)


class _Job:
    def __init__(self, token: CancelToken, signals: _Signals, dialog: JobDialog) -> None:
        self.token = token
        self.signals = signals
        self.dialog = dialog


class JobRunner(QObject):
    """Runs one job at a time per name, each with its own window-modal progress dialog."""

    finished = Signal(str)

    #: A job that ends sooner than this never shows its dialog (no flashing).
    show_after_ms = 300

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._running: dict[str, _Job] = {}

    def is_running(self, name: str) -> bool:
        return name in self._running

    def any_running(self, *names: str) -> bool:
        """True when any of `names` (or, with none given, any job) is running."""
        return any(n in self._running for n in (names or tuple(self._running)))

    def dialog(self, name: str) -> JobDialog | None:
        """The progress dialog of the running job `name` (None when it does not run)."""
        job = self._running.get(name)
        return job.dialog if job is not None else None

    def start(
        self,
        name: str,
        label: str,
        work: Work,
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
        *,
        on_cancel: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> bool:
        """Run `work(token)` in the thread pool; False when a job of that name already runs.

        `on_done(result)` when it returns, `on_error(exc)` when it raises, and
        `on_cancel(exc)` when it raised after a cancel was accepted (Cancelled,
        or whatever the interrupted work raised); without `on_cancel` the
        status bar says the job was cancelled. With `cancellable=False` the
        dialog has no Cancel button.
        """
        if name in self._running:
            return False
        dialog = JobDialog(label, self._parent, cancellable=cancellable)
        signals = _Signals()
        token = CancelToken(_progress_emitter(signals), on_final=signals.final.emit)
        job = _Job(token, signals, dialog)

        def finish() -> None:
            self._running.pop(name, None)
            dialog.hide()
            dialog.deleteLater()

        def done(result: object) -> None:
            finish()
            on_done(result)
            self.finished.emit(name)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled) or token.cancelled:
                log.info("%s cancelled", name)
                if on_cancel is not None:
                    on_cancel(exc)
                else:
                    self._say_cancelled()
            else:
                log.warning("%s failed: %s", name, type(exc).__name__)
                on_error(exc)
            self.finished.emit(name)

        def show() -> None:
            if self._running.get(name) is job:
                dialog.show()

        queued = Qt.ConnectionType.QueuedConnection
        signals.done.connect(done, queued)
        signals.failed.connect(failed, queued)
        signals.progress.connect(dialog.set_progress, queued)
        signals.final.connect(dialog.show_final, queued)
        dialog.cancel_requested.connect(lambda: self.cancel(name))
        self._running[name] = job
        QTimer.singleShot(self.show_after_ms, dialog, show)
        QThreadPool.globalInstance().start(_Runnable(work, token, signals))
        return True

    def cancel(self, name: str) -> bool:
        """Ask the running job `name` to stop.

        False when no such job runs, it cannot be cancelled, or it is past its
        point of no return (it then finishes as done).
        """
        job = self._running.get(name)
        if job is None or job.dialog.cancel_button is None:
            return False
        if not job.token.cancel():
            job.dialog.show_final()
            return False
        job.dialog.show_cancelling()
        return True

    def cancel_all(self) -> None:
        """Ask every running job that can be cancelled to stop (on lock and quit)."""
        for name in list(self._running):
            self.cancel(name)

    def _say_cancelled(self) -> None:
        if isinstance(self._parent, QMainWindow):
            self._parent.statusBar().showMessage(self.tr("Cancelled: nothing was written."), 8000)


class _TaskSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class LatestTask(QObject):
    """Background work where only the newest request counts.

    `run(work)` cancels the previous request's token and starts the new one;
    a result (or error) of any but the newest request is dropped, so an older
    request that happens to finish last can never show stale data. `drop()`
    cancels and forgets the current request (on lock or close).
    """

    done = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._token: CancelToken | None = None
        self._signals = _TaskSignals()
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.done.connect(self._done, queued)
        self._signals.failed.connect(self._failed, queued)

    @property
    def busy(self) -> bool:
        return self._token is not None

    def run(self, work: Work) -> None:
        """Start `work(token)`; any older request is cancelled and its result ignored."""
        was_busy = self.busy
        if self._token is not None:
            self._token.cancel()
        self._generation += 1
        generation = self._generation
        token = CancelToken()
        self._token = token
        signals = self._signals

        class Task(QRunnable):
            def run(self) -> None:  # the worker thread
                try:
                    result = work(token)
                except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
                    signals.failed.emit(generation, exc)
                else:
                    signals.done.emit(generation, result)

        QThreadPool.globalInstance().start(Task())
        if not was_busy:
            self.busy_changed.emit(True)

    def drop(self) -> None:
        """Cancel the current request; nothing it produces will be delivered."""
        if self._token is not None:
            self._token.cancel()
            self._token = None
            self._generation += 1
            self.busy_changed.emit(False)

    def _settle(self, generation: int) -> bool:
        if generation != self._generation:
            return False
        self._token = None
        self.busy_changed.emit(False)
        return True

    def _done(self, generation: int, result: object) -> None:
        if self._settle(generation):
            self.done.emit(result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if self._settle(generation) and not isinstance(exc, Cancelled):
            self.failed.emit(exc)
