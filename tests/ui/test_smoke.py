"""`peerdesk --smoke`, unfrozen, in a subprocess as the build script runs it frozen;
and the PyInstaller spec's promises that a frozen build cannot show without building."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "peerdesk.spec"


def run_peerdesk(tmp: Path, code: str) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python whose temporary folder is `tmp`."""
    env = dict(os.environ, TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )


@pytest.mark.slow
def test_smoke_mode_passes_and_leaves_nothing_behind(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    result = run_peerdesk(
        tmp, "import sys; from peerdesk.__main__ import main; sys.exit(main(['--smoke']))"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("PeerDesk smoke test passed")
    assert "Omsorgssamtaler" in lines[0]  # the Danish .qm was loaded
    assert list(tmp.iterdir()) == []


@pytest.mark.slow
def test_a_failing_step_is_named_in_one_line_and_still_cleaned_up(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    code = (
        "import sys\n"
        "from peerdesk.services import care\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('disk on fire\\nsecond line')\n"
        "care.add_person = broken\n"
        "from peerdesk.__main__ import main\n"
        "sys.exit(main(['--smoke']))\n"
    )
    result = run_peerdesk(tmp, code)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "PeerDesk smoke test FAILED at writing a person and a note: RuntimeError: disk on fire"
    ]
    assert list(tmp.iterdir()) == []


def test_smoke_is_offered_in_the_help():
    from peerdesk.cli import build_parser

    assert "--smoke" in build_parser().format_help()
    assert build_parser().parse_args(["--smoke"]).smoke


# ------------------------------------------------------------------ the spec


def _spec_names(name: str) -> list[str]:
    """The string constants assigned to `name` in peerdesk.spec (a list, or a
    comprehension over a tuple of names)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return [
                    c.value
                    for c in ast.walk(node.value)
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)
                ]
    raise AssertionError(f"peerdesk.spec assigns no {name}")


def qt_modules_the_app_imports() -> set[str]:
    found = set()
    for path in (ROOT / "peerdesk").rglob("*.py"):
        found |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return {f"PySide6.{name}" for name in found}


def test_the_spec_bundles_every_qt_module_the_app_imports_and_excludes_none():
    used = qt_modules_the_app_imports()
    assert "PySide6.QtWidgets" in used
    listed = set(_spec_names("QT_USED"))
    excluded = {f"PySide6.{name}" for name in _spec_names("QT_EXCLUDES") if name.startswith("Qt")}
    assert used <= listed, f"add to QT_USED in peerdesk.spec: {sorted(used - listed)}"
    assert not used & excluded, f"used but excluded: {sorted(used & excluded)}"


def test_the_spec_bundles_the_files_peerdesk_finds_by_path():
    spec = SPEC.read_text(encoding="utf-8")
    # Alembic reads these by path from the package folder.
    for needed in ('"env.py"', '"script.py.mako"', '"versions" / "*.py"'):
        assert needed in spec
    for folder in ("resources/translations", "resources/icons", "resources/licences"):
        assert f'"{folder}"' in spec
    # The version comes from the package, never typed into the spec.
    assert not re.search(r"\d+\.\d+\.\d+", spec.split("def package_version")[0])
