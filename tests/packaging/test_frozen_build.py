"""The installable app: PyInstaller builds peerdesk.spec, and the frozen app answers
--version and passes --smoke (a throwaway vault, the window off-screen, a record
written and read back). Slow (a minute or two), and the only proof that the spec
still matches the code, so it runs with the rest of the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_spec_builds_an_app_that_starts_and_works(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_frozen.py"),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "build"),
            "--no-timing",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "--smoke" in result.stdout
    assert (tmp_path / "dist" / "PeerDesk").is_dir()
