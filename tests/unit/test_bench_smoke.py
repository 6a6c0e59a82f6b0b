"""The app benchmark still runs end to end (tiny vault, few repetitions), so that it
does not rot between the times someone wants its figures. Its figures are not
judged here: on a shared test machine they mean little."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_app.py"

pytestmark = pytest.mark.slow


def test_bench_app_quick_run_measures_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--scale", "1", "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["errors"] == {}, result["errors"]
    figures = result["figures"]
    for key in (
        "start_app",
        "start_baseline",
        "start_ratio",
        "unlock",
        "search",
        "save_service",
        "save_dialog",
        "memory",
        "storage_overall",
    ):
        assert key in figures, key
        assert figures[key]["median"] is not None and math.isfinite(figures[key]["median"]), key
        assert figures[key]["verdict"] in ("", "PASS", "MISS"), key
    assert len([k for k in figures if k.startswith("list: ")]) == 4
    assert "verdict" in proc.stdout  # the table was printed
