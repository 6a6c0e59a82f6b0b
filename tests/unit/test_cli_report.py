"""`peerdesk report`: CSV and PDF files, the plaintext warning first, and exit codes."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from peerdesk.cli import OK, USAGE, WRONG_PASSPHRASE, build_parser, run_command
from peerdesk.demo import generate_demo
from peerdesk.paths import DataDir
from peerdesk.services import report_render
from peerdesk.services.reports import activity_report
from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def demo_data(data_dir: DataDir, template_vault: Path) -> DataDir:
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        generate_demo(vault, seed=1, scale=1, today=date(2026, 11, 22))
    return data_dir


def cli(data: DataDir, *args: str, stdin: str = PASSPHRASE + "\n") -> int:
    parsed = build_parser().parse_args([*args, "--data-dir", str(data.root), "--passphrase-stdin"])
    return run_command(parsed, stdin=io.StringIO(stdin))


def test_report_csv_with_danish_dates(demo_data, tmp_path, capsys):
    out = tmp_path / "rapport.csv"
    code = cli(
        demo_data, "report", "--from", "01.07.2026", "--to", "30.09.2026",
        "--format", "csv", "--out", str(out),
    )  # fmt: skip
    assert code == OK
    err = capsys.readouterr().err
    assert "NOT encrypted" in err and str(out) in err
    assert "self-care" not in err
    with Vault.open(demo_data, PASSPHRASE) as vault:
        expected = activity_report(vault, start=date(2026, 7, 1), end=date(2026, 9, 30))
    content = out.read_text(encoding="utf-8-sig")
    assert f";Conversations, all kinds;{expected.conversations}\n" in content
    assert "Check-ins" not in content


def test_include_selfcare_adds_it_and_says_so(demo_data, tmp_path, capsys):
    out = tmp_path / "r.csv"
    assert cli(
        demo_data, "report", "--from", "2026-01-01", "--to", "2026-12-31",
        "--format", "csv", "--out", str(out), "--include-selfcare",
    ) == OK  # fmt: skip
    assert "self-care" in capsys.readouterr().err
    assert ";Check-ins;" in out.read_text(encoding="utf-8-sig")


def test_the_warning_comes_before_the_file_is_written(demo_data, tmp_path, capsys, monkeypatch):
    seen: list[str] = []
    real = report_render.report_csv

    def spy(report, path, labels=None):
        seen.append(capsys.readouterr().err)  # what was said before writing
        assert not Path(path).exists()
        return real(report, path, labels)

    monkeypatch.setattr(report_render, "report_csv", spy)
    out = tmp_path / "r.csv"
    assert cli(
        demo_data, "report", "--from", "2026-01-01", "--to", "2026-01-31",
        "--format", "csv", "--out", str(out),
    ) == OK  # fmt: skip
    assert len(seen) == 1 and "NOT encrypted" in seen[0]
    assert out.exists()


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2026-13-01", "2026-12-31", "--from: not a date"),
        ("2026-01-01", "1/2/3/4", "--to: not a date"),
        ("2026-12-01", "2026-11-30", "--to is before --from"),
    ],
)
def test_bad_dates_exit_2_and_write_nothing(demo_data, tmp_path, capsys, start, end, words):
    out = tmp_path / "r.csv"
    code = cli(
        demo_data, "report", "--from", start, "--to", end, "--format", "csv", "--out", str(out)
    )
    assert code == USAGE
    err = capsys.readouterr().err
    assert words in err and "NOT encrypted" not in err
    assert list(tmp_path.glob("r.csv*")) == []


def test_missing_folder_and_wrong_passphrase(demo_data, tmp_path, capsys):
    args = ("report", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv")
    assert cli(demo_data, *args, "--out", str(tmp_path / "nowhere" / "r.csv")) == USAGE
    out = tmp_path / "r.csv"
    assert cli(demo_data, *args, "--out", str(out), stdin="wrong\n") == WRONG_PASSPHRASE
    assert not out.exists()


def test_report_pdf_from_the_command_line(demo_data, tmp_path):
    """PDF needs Qt: run it as the user would, in its own process, without a display."""
    out = tmp_path / "rapport.pdf"
    result = subprocess.run(
        [
            sys.executable, "-m", "peerdesk", "report", "--from", "2026-10-01",
            "--to", "2026-10-31", "--format", "pdf", "--out", str(out),
            "--data-dir", str(demo_data.root), "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "DISPLAY"},
    )  # fmt: skip
    assert result.returncode == OK, result.stderr[-2000:]
    assert "NOT encrypted" in result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
