"""The core (vault, services, CLI) never imports Qt: only ui/ and app.py may."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import peerdesk


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(peerdesk.__path__, "peerdesk."):
        name = info.name
        if name.startswith(("peerdesk.ui", "peerdesk.app")) or ".migrations.versions" in name:
            continue
        if name.endswith("migrations.env"):
            continue  # runs only inside Alembic
        names.append(name)
    return names


def test_importing_every_core_module_loads_no_pyside6():
    modules = core_modules()
    assert "peerdesk.vault.vault" in modules and "peerdesk.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "[]"
