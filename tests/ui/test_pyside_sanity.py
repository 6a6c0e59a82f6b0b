"""Guards against known-bad Qt bindings: the app must survive a long working day."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_signal_emits_do_not_abort_the_interpreter():
    # PySide6 6.12.0 on Python 3.11 returned an unowned True from emit(): after a
    # few hundred emits (a form emits on every keystroke) the process aborted
    # with "bool_dealloc". pyproject.toml pins it out; this proves the pin holds.
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QObject, Signal

        class Emitter(QObject):
            ping = Signal(int)

        emitter = Emitter()
        emitter.ping.connect(lambda n: None)
        before = sys.getrefcount(True)
        for n in range(20_000):
            emitter.ping.emit(n)
        print(before - sys.getrefcount(True))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) < 100
