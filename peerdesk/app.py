"""Composition root: the one place that wires paths, settings, vault and windows."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from peerdesk import APP_NAME, __version__
from peerdesk.paths import DataDir

log = logging.getLogger(__name__)

# The throwaway demo vault's passphrase, shown on its unlock window after a lock.
DEMO_PASSPHRASE = "demo kaffe kage 2026"
# A second start is answered from this long after the first window is shown
# (listening loads QtNetwork; the second start keeps asking meanwhile).
LISTEN_AFTER_MS = 100


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app; returns the process exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from peerdesk.logsetup import setup_logging
    from peerdesk.ui import crash, i18n
    from peerdesk.ui.controller import AppController
    from peerdesk.ui.plain_settings import PlainSettings
    from peerdesk.ui.resources import app_icon
    from peerdesk.ui.single_instance import InstanceServer, first_or_forward

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())

    demo_dir: Path | None = None
    instance = None
    if args.demo:  # a fresh folder of its own: no one else to ask
        demo_dir = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
        data = DataDir.resolve(demo_dir).ensure()
    else:
        data = DataDir.resolve(args.data_dir).ensure()
        instance = first_or_forward(data)
        if instance is None:
            return 0
    setup_logging(data)
    crash.install(data)
    settings = PlainSettings(data)
    i18n.install(app, args.lang or settings.language)

    servers: list[InstanceServer] = []
    try:
        vault, notice = _make_demo_vault(data) if demo_dir else (None, "")
        controller = AppController(app, data, settings, demo_notice=notice)
        controller.freeze_after_prepare = True

        def listen() -> None:
            server = InstanceServer(data)
            server.raise_requested.connect(controller.bring_forward)
            servers.append(server)

        controller.start(vault)
        if instance is not None:  # later starts are answered once the first window is up
            QTimer.singleShot(LISTEN_AFTER_MS, listen)
        return app.exec()
    finally:
        for server in servers:
            server.close()
        if instance is not None:
            instance.release()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _make_demo_vault(data: DataDir):
    from PySide6.QtCore import QCoreApplication

    from peerdesk.demo import generate_demo
    from peerdesk.vault import Vault

    vault = Vault.create(data, DEMO_PASSPHRASE)
    generate_demo(vault, seed=1, scale=1)
    notice = QCoreApplication.translate(
        "Demo", "This is a throwaway demo vault. Its passphrase is: %1"
    ).replace("%1", DEMO_PASSPHRASE)
    return vault, notice
