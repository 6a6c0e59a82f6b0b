"""`peerdesk --smoke`: prove that this installation of PeerDesk works, end to end.

In a fresh temporary folder (deleted afterwards) it creates a vault with a
throwaway passphrase, loads the Danish translation, opens the real main window
off-screen, writes a person and a conversation note through the services, reads
them back through the services and sees the person in the care tab's list,
checks the About box's licence texts, then quits the way the user does (which
writes the automatic backup and closes the vault).

It prints exactly one line, and exits 0 when everything worked or 1 naming the
step that failed. Nothing of the user's own data folder or settings is touched.
Built for the frozen (PyInstaller) app, where a missing DLL, plugin, data file
or hidden import shows up here rather than on a worker's laptop.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

OK, FAILED = 0, 1
ALIAS = "Smoke test person"
OWN_WORDS = "Vil gerne drikke kaffe på torvet — æøå."
#: How long quitting (automatic backup, closing the vault) may take.
QUIT_TIMEOUT_MS = 60_000


class SmokeFailed(Exception):
    """A check of the smoke test did not hold."""


class _Progress:
    """Remembers which step runs, so a failure can name it."""

    def __init__(self) -> None:
        self.step = "starting"

    def __call__(self, step: str) -> None:
        self.step = step


def run_smoke() -> int:
    """Run the smoke test; print one line; return 0 on success, 1 on any failure."""
    # Never show a window on a real desktop: an IT department may run this
    # over a remote session or from a deployment script.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    progress = _Progress()
    workdir = Path(tempfile.mkdtemp(prefix="peerdesk-smoke-"))
    try:
        summary = _run(workdir, progress)
    except Exception as exc:  # every failure, whatever it is, becomes the one line
        first = str(exc).splitlines()[0] if str(exc) else ""
        return _result(FAILED, f"FAILED at {progress.step}: {type(exc).__name__}: {first}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if workdir.exists():
        return _result(FAILED, f"FAILED at cleaning up: {workdir} is still there")
    return _result(OK, f"passed in {time.perf_counter() - started:.1f} s: {summary}")


def _result(code: int, text: str) -> int:
    # The one line this mode prints (the brief's only print outside tools/).
    print(f"PeerDesk smoke test {text}", flush=True)
    return code


def _run(workdir: Path, progress: _Progress) -> str:
    progress("starting Qt")
    from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from peerdesk import APP_NAME, __version__
    from peerdesk.paths import DataDir
    from peerdesk.services import care
    from peerdesk.ui import i18n
    from peerdesk.ui.care import CareTab
    from peerdesk.ui.controller import AppController
    from peerdesk.ui.plain_settings import PlainSettings
    from peerdesk.ui.resources import app_icon
    from peerdesk.vault import Vault

    def quiet(kind: QtMsgType, _context, message: str) -> None:
        # The off-screen platform warns about what it cannot do (raise(),
        # window activation); only Qt's criticals are worth a line.
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    progress("loading the app icon")
    icon = app_icon()
    if icon.isNull():
        raise SmokeFailed("the icon files are missing")
    app.setWindowIcon(icon)

    progress("loading the Danish translation")
    i18n.install(app, "da")
    source = "Care conversations"
    danish = QCoreApplication.translate("CareTab", source)
    if danish == source:
        raise SmokeFailed(f"{source!r} is not translated: no .qm in {i18n.translations_dir()}")

    progress("creating a vault")
    data = DataDir.resolve(workdir / "data").ensure()
    vault = Vault.create(data, "smoke " + secrets.token_urlsafe(24))

    progress("opening the main window")
    controller = AppController(app, data, PlainSettings(data))
    controller.start(vault)
    main = controller.main
    if not main.isVisible() or controller.vault is not vault:
        raise SmokeFailed("the main window did not open")
    care_tab = next((t for t in main.area_tabs() if isinstance(t, CareTab)), None)
    if care_tab is None:
        raise SmokeFailed("the main window has no care tab")
    tab_title = main.tabs.tabText(main.tabs.indexOf(care_tab))
    if tab_title != danish:
        raise SmokeFailed(f"the care tab is called {tab_title!r}, not {danish!r}")

    progress("writing a person and a note")
    person = care.add_person(vault, alias=ALIAS)
    care.add_conversation(
        vault,
        person_id=person.id,
        occurred_at=datetime.now().replace(microsecond=0) - timedelta(hours=1),
        own_words=OWN_WORDS,
    )

    progress("reading them back")
    if care.get_person(vault, person.id).alias != ALIAS:
        raise SmokeFailed("the person read back differs")
    notes = care.list_conversations(vault, person_id=person.id)
    if [note.own_words for note in notes] != [OWN_WORDS]:
        raise SmokeFailed("the note read back differs")

    progress("showing the person in the care tab")
    main.tabs.setCurrentWidget(care_tab)
    main.refresh()
    app.processEvents()
    model = care_tab.people.model
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    if ALIAS not in shown:
        raise SmokeFailed(f"the people list shows {shown!r}")

    progress("reading the licence texts")
    _check_licences()

    progress("quitting (automatic backup, closing the vault)")
    timed_out: list[str] = []

    def give_up() -> None:
        modal = QApplication.activeModalWidget()
        timed_out.append(modal.windowTitle() if modal is not None else "")
        app.exit(FAILED)

    QTimer.singleShot(0, controller.quit)
    QTimer.singleShot(QUIT_TIMEOUT_MS, give_up)
    code = app.exec()
    if timed_out:
        waiting = f" (a dialog {timed_out[0]!r} was open)" if timed_out[0] else ""
        raise SmokeFailed(f"quitting took over {QUIT_TIMEOUT_MS // 1000} s{waiting}")
    if code != 0 or controller.vault is not None or not vault.closed:
        raise SmokeFailed(f"the app quit with code {code} and the vault open")
    backups = list(data.backups.iterdir())
    if not backups:
        raise SmokeFailed("no automatic backup was written on quitting")
    return (
        f"vault, main window, Danish ({danish!r}), a person and a note written and read "
        f"back, the care tab lists them, {len(backups)} backup on quitting"
    )


def _check_licences() -> None:
    from peerdesk.ui.licences import bundled_parts, licence_text

    for part in bundled_parts():
        if not part.version and part.name != "PyInstaller":
            raise SmokeFailed(f"no version known for {part.name}")
        for name in part.files:
            if not licence_text(name):
                raise SmokeFailed(f"the licence text {name} is missing")
