"""Child processes of bench_app.py: the real app, started as `python -m peerdesk` starts it.

    python tests/benchmarks/app_child.py start DATA_DIR        real entry until the unlock window
    python tests/benchmarks/app_child.py baseline              a bare window with four tabs
    python tests/benchmarks/app_child.py unlock DATA_DIR [MS]  type the passphrase (stdin), a key
                                                               per MS ms, press Enter, wait for
                                                               Overblik filled
    python tests/benchmarks/app_child.py memory DATA_DIR       unlock, visit and load every tab,
                                                               report peak memory
    python tests/benchmarks/app_child.py parts DATA_DIR        no Qt: what the first unlock in a
                                                               fresh process costs, part by part

Each prints one line `BENCH {json}` with `time.monotonic()` stamps (system-wide on
Linux, so the parent can subtract its own spawn stamp), then leaves at once with
os._exit: tearing Qt down is not part of any figure. Nothing here is imported at
module level but the standard library, so the child pays only for what the app
itself imports. The only hook is a QApplication created *before* the entry
point runs (the entry reuses `QApplication.instance()`), so a zero-delay timer
can watch for the first window once the event loop turns.
"""

from __future__ import annotations

import time

T_SCRIPT = time.monotonic()

import json  # noqa: E402 - the stamp above must come first
import os  # noqa: E402
import sys  # noqa: E402

POLL_MS = 1
TIMEOUT_S = 120.0


def emit(payload: dict) -> None:
    print("BENCH " + json.dumps(payload), flush=True)


def finish(payload: dict, code: int = 0) -> None:
    emit(payload)
    sys.stderr.flush()
    os._exit(code)


def shown_window(app, kind: str | None = None):
    """The first visible, exposed top-level window (of class `kind`, if given)."""
    for widget in app.topLevelWidgets():
        if kind is not None and type(widget).__name__ != kind:
            continue
        handle = widget.windowHandle()
        if widget.isVisible() and handle is not None and handle.isExposed():
            return widget
    return None


def when(condition, then, *, app, deadline: float, what: str) -> None:
    """Poll `condition()` from the event loop every POLL_MS; call `then(result)` once truthy."""
    from PySide6.QtCore import QTimer

    def poll() -> None:
        try:
            result = condition()
            if result:
                then(result)
                return
        except Exception as exc:  # noqa: BLE001 - reported to the parent, not raised into Qt
            finish({"error": f"{what}: {type(exc).__name__}: {exc}"}, 1)
            return
        if time.monotonic() > deadline:
            finish({"error": f"timed out waiting for {what}"}, 1)
        else:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)


def fail_fast() -> None:
    """An error in a slot ends the child with a report, instead of the app's crash
    dialog waiting for a click that never comes offscreen."""

    def report(kind, value, tb) -> None:
        import traceback

        where = traceback.extract_tb(tb)[-1] if tb else None
        at = f" at {where.filename}:{where.lineno}" if where else ""
        finish({"error": f"{kind.__name__}: {value}{at}"}, 1)

    sys.excepthook = report


def run_entry(data_dir: str) -> int:
    """What `python -m peerdesk --data-dir DATA_DIR` runs (in the settings' language)."""
    from peerdesk.__main__ import main

    return main(["--data-dir", data_dir])


# ---------------------------------------------------------------- start time


def child_start(data_dir: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    t_app = time.monotonic()

    def ready(window) -> None:
        finish(
            {
                "ready": time.monotonic(),
                "script": T_SCRIPT,
                "qapplication": t_app,
                "window": type(window).__name__,
                "modules": len(sys.modules),
                "loaded": sorted(m for m in HEAVY if m in sys.modules),
            }
        )

    when(lambda: shown_window(app), ready, app=app, deadline=T_SCRIPT + TIMEOUT_S, what="window")
    run_entry(data_dir)
    finish({"error": "the app left its event loop before a window was shown"}, 1)


# Packages worth knowing about when they are imported before the first window.
HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "alembic",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "PySide6.QtNetwork",
    "peerdesk.vault.models",
    "peerdesk.services.search",
    "peerdesk.services.care",
    "peerdesk.services.cafe",
    "peerdesk.services.reports",
    "peerdesk.demo",
    "peerdesk.ui.care.care_tab",
    "peerdesk.ui.cafe.cafe_tab",
    "peerdesk.ui.volunteers.volunteers_tab",
    "peerdesk.ui.selfcare.selfcare_tab",
    "peerdesk.ui.courses.courses_tab",
    "peerdesk.ui.overview.overview_tab",
    "peerdesk.ui.main_window",
)


def child_baseline() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

    app = QApplication(sys.argv[:1])
    t_app = time.monotonic()
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Overblik", "Omsorg", "Café", "Værter"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.resize(860, 560)
    window.show()

    def ready(_window) -> None:
        finish({"ready": time.monotonic(), "script": T_SCRIPT, "qapplication": t_app})

    when(lambda: shown_window(app), ready, app=app, deadline=T_SCRIPT + TIMEOUT_S, what="window")
    app.exec()


# ---------------------------------------------------------------- unlock


def overview_filled(app):
    """The main window is shown on Overblik and Overblik shows this vault's data.

    "Filled": its heading names today's date (an emptied Overblik's heading is
    just the tab's name, without a digit) and at least one of its lists holds a
    line. Returns the main window, or None while not yet.
    """
    from PySide6.QtWidgets import QListWidget

    main = shown_window(app, "MainWindow")
    if main is None or main.tabs.currentWidget() is not main.overview:
        return None
    if not any(ch.isdigit() for ch in main.overview.heading.text()):
        return None
    if not any(lst.count() for lst in main.overview.findChildren(QListWidget)):
        return None
    return main


# A fast typist: the app gets no more time to get ready while the user types than this.
TYPING_MS_PER_KEY = 100


def child_unlock(data_dir: str, *, visit: bool, typing_ms: int = TYPING_MS_PER_KEY) -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    stamps: dict = {"script": T_SCRIPT, "typing_ms_per_key": typing_ms}

    def unlock_shown(window) -> None:
        fail_fast()  # the app's crash handler is installed by now
        stamps["unlock_window"] = time.monotonic()
        type_next(window, 0)

    def type_next(window, typed: int) -> None:
        # One key at a time with the event loop running in between, as a person types.
        if typed < len(passphrase):
            window.passphrase.insert(passphrase[typed])
            QTimer.singleShot(typing_ms, lambda: type_next(window, typed + 1))
            return
        stamps["main_window_built_before_enter"] = any(
            type(w).__name__ == "MainWindow" for w in app.topLevelWidgets()
        )
        stamps["enter"] = time.monotonic()
        QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
        when(
            lambda: overview_filled(app),
            filled,
            app=app,
            deadline=time.monotonic() + TIMEOUT_S,
            what="Overblik filled",
        )

    def filled(main) -> None:
        app.processEvents()  # the paint that shows it
        stamps["filled"] = time.monotonic()
        stamps["rss_after_unlock_mb"] = rss_mb()
        if visit:
            visit_everything(app, main)
            stamps["visited"] = time.monotonic()
        stamps["maxrss_mb"] = maxrss_mb()
        stamps["rss_mb"] = rss_mb()
        stamps["hwm_mb"] = rss_mb("VmHWM")
        vault = main.vault
        main.detach()
        if vault is not None:
            vault.close()
        finish(stamps)

    when(
        lambda: shown_window(app, "UnlockWindow"),
        unlock_shown,
        app=app,
        deadline=T_SCRIPT + TIMEOUT_S,
        what="the unlock window",
    )
    run_entry(data_dir)
    finish({"error": "the app left its event loop before Overblik was filled"}, 1)


def settle(app, ms: int = 40) -> None:
    """Let queued work (and any loading off the UI thread) land and paint."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)


def visit_everything(app, main) -> None:
    """Every area tab, every page inside it, and the first row of each list shown
    (which opens a person's page, a host, a session): what a working day touches."""
    from PySide6.QtWidgets import QAbstractItemView, QTabWidget

    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        settle(app)
        area = main.tabs.widget(index)
        for pages in area.findChildren(QTabWidget):
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                settle(app)
                for view in pages.widget(page).findChildren(QAbstractItemView):
                    model = view.model()
                    if view.isVisible() and model is not None and model.rowCount() > 0:
                        view.setCurrentIndex(model.index(0, 0))
                        settle(app, 10)
    # And one search, as a worker would.
    main.search_requested.emit()
    settle(app)
    for widget in app.topLevelWidgets():
        if type(widget).__name__ == "SearchPopup" and widget.isVisible():
            widget.field.setText("bolig")
            widget.run_search()
            settle(app)
            widget.hide()
    main.tabs.setCurrentIndex(0)
    settle(app)


def maxrss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform.startswith("linux") else peak / 1024 / 1024


def rss_mb(field: str = "VmRSS") -> float | None:
    """Resident memory now (VmRSS) or at its peak (VmHWM), from /proc; None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# ---------------------------------------------------------------- unlock, part by part


def child_parts(data_dir: str) -> None:
    """Costs paid once per process on the way to a filled Overblik, without Qt: the
    storage imports, Vault.open as the unlock window's worker calls it, SQLAlchemy's
    mapper set-up, and the Overblik query cold (first in the process) and warm."""
    passphrase = sys.stdin.readline().rstrip("\n")
    stamps: dict = {"script": T_SCRIPT}
    t = time.monotonic()
    from sqlalchemy.orm import configure_mappers

    from peerdesk.paths import DataDir
    from peerdesk.services.overview import today_overview
    from peerdesk.vault import Vault

    stamps["imports"] = time.monotonic() - t
    data = DataDir.resolve(data_dir)
    t = time.monotonic()
    try:
        vault = Vault.open(data, passphrase, verify="background")
    except TypeError:  # a Vault without background checks
        vault = Vault.open(data, passphrase)
    stamps["vault_open"] = time.monotonic() - t
    t = time.monotonic()
    configure_mappers()
    stamps["configure_mappers"] = time.monotonic() - t
    t = time.monotonic()
    today_overview(vault)
    stamps["overview_cold"] = time.monotonic() - t
    t = time.monotonic()
    today_overview(vault)
    stamps["overview_warm"] = time.monotonic() - t
    if getattr(vault, "integrity", None) is not None:
        t = time.monotonic()
        vault.verified(timeout=TIMEOUT_S)
        stamps["integrity_left_after_overview"] = time.monotonic() - t
    vault.close()
    finish(stamps)


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = argv[0] if argv else ""
    if mode == "start":
        child_start(argv[1])
    elif mode == "baseline":
        child_baseline()
    elif mode in ("unlock", "memory"):
        typing_ms = int(argv[2]) if len(argv) > 2 else TYPING_MS_PER_KEY
        child_unlock(argv[1], visit=mode == "memory", typing_ms=typing_ms)
    elif mode == "parts":
        child_parts(argv[1])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
