"""The idle lock's watcher: it looks at events only while the vault is open,
activity postpones it, and quiet ends it — real events, offscreen."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from peerdesk.ui.idle import IdleWatcher


class CountingWatcher(IdleWatcher):
    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        self.seen.append(event.type())
        return super().eventFilter(watched, event)


def test_events_are_looked_at_only_while_started(qtbot):
    watcher = CountingWatcher(QApplication.instance(), 60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "abc")
    assert watcher.seen == []  # at the unlock window nothing is watched
    watcher.start()
    qtbot.keyClicks(field, "d")
    assert QEvent.Type.KeyPress in watcher.seen
    watcher.stop()
    watcher.seen.clear()
    qtbot.keyClicks(field, "e")
    assert watcher.seen == []
    watcher.start()
    watcher.start()  # twice is once: one filter, not two
    qtbot.keyClicks(field, "f")
    assert watcher.seen.count(QEvent.Type.KeyPress) == 1
    watcher.stop()


def test_typing_postpones_the_lock_and_quiet_brings_it(qtbot):
    watcher = IdleWatcher(QApplication.instance(), 400)
    fired = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher.start()
    began = time.monotonic()
    while time.monotonic() - began < 1.0:  # 2½ timeouts of typing
        qtbot.keyClicks(field, "x")
        qtbot.wait(40)
    assert fired == []
    with qtbot.waitSignal(watcher.idle, timeout=5_000):
        pass
    assert len(fired) == 1
    assert not watcher.running
    qtbot.keyClicks(field, "y")  # stopped after firing: typing now starts nothing
    qtbot.wait(600)
    assert len(fired) == 1
