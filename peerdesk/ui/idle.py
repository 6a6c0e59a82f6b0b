"""Lock after N minutes without keyboard or mouse activity."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """While started, watches every event of the application; emits `idle`
    after `timeout_ms` of quiet.

    Stopped (at the unlock window, say) it does not look at events at all: a
    Python filter on every event costs each event a call into Python, and
    makes PySide build a Python type for every kind of object that gets one.
    """

    idle = Signal()

    def __init__(self, app, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._quiet)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        if not self._watching:
            self._app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            self._app.removeEventFilter(self)
            self._watching = False

    def _quiet(self) -> None:
        self.stop()
        self.idle.emit()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
