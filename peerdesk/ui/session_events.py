"""Lock when the machine suspends or the screen locks, where the platform says so.

Qt reports suspension as an application state on some platforms; on Linux
desktops logind (PrepareForSleep) and the freedesktop screensaver
(ActiveChanged) announce it over D-Bus. Where neither exists, idle locking
still applies.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class SessionEvents(QObject):
    """Emits `lock_now` when the session is about to sleep or its screen locks."""

    lock_now = Signal(str)  # the reason: "sleep" or "screen"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6 on Linux
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            "on_sleep(bool)",
        ):
            self.listening.append("sleep")
        if session.isConnected() and session.connect(
            "",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            self,
            "on_screen(bool)",
        ):
            self.listening.append("screen")
        log.info("session events: %s", ", ".join(self.listening) or "none")

    @Slot(bool)
    def on_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_now.emit("sleep")

    @Slot(bool)
    def on_screen(self, active: bool) -> None:
        if active:
            self.lock_now.emit("screen")
