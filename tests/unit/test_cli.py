"""The command line: every command, its exit codes, and its plain-words messages."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from peerdesk.cli import FAILED, IN_USE, OK, USAGE, WRONG_PASSPHRASE, build_parser, run_command
from peerdesk.paths import DataDir
from peerdesk.services import care
from peerdesk.vault import Vault
from peerdesk.vault.migrations import SCHEMA_VERSION
from tests.conftest import PASSPHRASE

NEW = "ny lang adgangssætning med æøå 🙂"


def cli(data: DataDir, *args: str, stdin: str = PASSPHRASE + "\n") -> int:
    """Run a command in-process, the passphrase(s) on standard input."""
    parsed = build_parser().parse_args([*args, "--data-dir", str(data.root), "--passphrase-stdin"])
    return run_command(parsed, stdin=io.StringIO(stdin))


def cli_process(data: DataDir, *args: str, stdin: str = PASSPHRASE + "\n"):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "peerdesk",
            *args,
            "--data-dir",
            str(data.root),
            "--passphrase-stdin",
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_init_then_check(data_dir, capsys):
    assert cli(data_dir, "init") == OK
    assert data_dir.vault.exists()
    assert cli(data_dir, "check") == OK
    out = capsys.readouterr()
    assert "Integrity: ok" in out.out
    assert "Schema:" in out.out


def test_init_refuses_a_weak_passphrase_and_an_existing_vault(data_dir, capsys):
    assert cli(data_dir, "init", stdin="kort\n") == USAGE
    assert "too weak" in capsys.readouterr().err.lower()
    assert not data_dir.vault.exists()
    assert cli(data_dir, "init") == OK
    assert cli(data_dir, "init") == FAILED
    assert "already exists" in capsys.readouterr().err


def test_wrong_passphrase_exits_3_and_changes_nothing(vault, data_dir, capsys):
    vault.close()
    before = data_dir.vault.read_bytes()
    assert cli(data_dir, "check", stdin="forkert adgangssætning\n") == WRONG_PASSPHRASE
    assert "Nothing was changed" in capsys.readouterr().err
    assert data_dir.vault.read_bytes() == before


def test_vault_in_use_exits_4(vault, data_dir, capsys):
    assert cli(data_dir, "check") == IN_USE
    assert "open in another PeerDesk window" in capsys.readouterr().err


def test_missing_vault_is_a_clear_failure(data_dir, capsys):
    assert cli(data_dir, "check") == FAILED
    assert "no vault here" in capsys.readouterr().err.lower()
    assert not data_dir.vault.exists()


def test_no_passphrase_on_stdin_is_a_usage_error(vault, data_dir):
    vault.close()
    assert cli(data_dir, "check", stdin="") == USAGE


def test_unknown_command_and_bad_flags_exit_2(data_dir):
    for args in (["frobnicate"], ["demo", "--scale", "0"], ["export"]):
        result = subprocess.run(
            [sys.executable, "-m", "peerdesk", *args], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 2, args


def test_export_import_export_gives_the_same_json(vault, data_dir, tmp_path, capsys):
    person = care.add_person(vault, alias="Å.Ø.", wishes='citat "her" og \\ og 🙂\nlinje to')
    care.add_conversation(
        vault,
        person_id=person.id,
        occurred_at="2026-11-20T10:00",
        own_words="æøå",
        themes=["bolig"],
    )
    vault.close()
    first = tmp_path / "first.json"
    assert cli(data_dir, "export", "--format", "json", "--out", str(first)) == OK
    assert "NOT encrypted" in capsys.readouterr().err  # said before writing
    other = DataDir.resolve(tmp_path / "other")
    assert cli(other, "init") == OK
    assert cli(other, "import", str(first)) == OK
    second = tmp_path / "second.json"
    assert cli(other, "export", "--format", "json", "--out", str(second)) == OK
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["format"] == "peerdesk-export" and document["schema"] == SCHEMA_VERSION


def test_csv_export_writes_one_file_per_kind(vault, data_dir, tmp_path):
    care.add_person(vault, alias="K.J.")
    vault.close()
    out = tmp_path / "csv"
    assert cli(data_dir, "export", "--format", "csv", "--out", str(out)) == OK
    assert (out / "person.csv").exists()
    assert len(list(out.glob("*.csv"))) >= 30


def test_import_refuses_a_vault_that_is_not_empty(vault, data_dir, tmp_path, capsys):
    care.add_person(vault, alias="K.J.")
    vault.close()
    export = tmp_path / "e.json"
    assert cli(data_dir, "export", "--out", str(export)) == OK
    assert cli(data_dir, "import", str(export)) == FAILED
    assert cli(data_dir, "import", str(tmp_path / "missing.json")) == USAGE


def test_backup_and_restore(vault, data_dir, tmp_path, capsys):
    care.add_person(vault, alias="før backup")
    vault.close()
    target = tmp_path / "copy.peerdesk"
    assert cli(data_dir, "backup", "--to", str(target)) == OK
    with Vault.open(data_dir, PASSPHRASE) as v:
        care.add_person(v, alias="efter backup")
    assert cli(data_dir, "restore", str(target)) == OK
    assert "kept as" in capsys.readouterr().err
    with Vault.open(data_dir, PASSPHRASE) as v:
        assert [r.alias for r in care.list_people(v)] == ["før backup"]
    assert list(data_dir.root.glob("peerdesk.vault.replaced-*"))


def test_backup_works_while_the_app_has_the_vault_open(vault, data_dir, tmp_path):
    care.add_person(vault, alias="K.J.")
    result = cli_process(data_dir, "backup", "--to", str(tmp_path / "live.peerdesk"))
    assert result.returncode == 0, result.stderr
    from peerdesk.vault.backup import verify_backup

    assert verify_backup(tmp_path / "live.peerdesk", PASSPHRASE).ok


def test_passwd_reads_old_then_new(vault, data_dir):
    vault.close()
    assert cli(data_dir, "passwd", stdin=f"{PASSPHRASE}\n{NEW}\n") == OK
    Vault.open(data_dir, NEW).close()
    assert cli(data_dir, "passwd", stdin=f"wrong old one\n{PASSPHRASE}\n") == WRONG_PASSPHRASE
    assert cli(data_dir, "passwd", stdin=f"{NEW}\nkort\n") == USAGE
    Vault.open(data_dir, NEW).close()


def test_demo_creates_and_fills_a_vault(data_dir, capsys):
    assert cli(data_dir, "demo", "--seed", "3") == OK
    assert "demo records" in capsys.readouterr().err
    assert cli(data_dir, "check") == OK
    out = capsys.readouterr().out
    assert "Records:" in out
    assert cli(data_dir, "demo") == FAILED  # not into a vault that has data


def test_data_dir_works_before_and_after_the_command(tmp_path):
    parser = build_parser()
    a = parser.parse_args(["--data-dir", "X", "check"])
    b = parser.parse_args(["check", "--data-dir", "X"])
    c = parser.parse_args(["check"])
    assert a.data_dir == b.data_dir == "X"
    assert c.data_dir is None and c.passphrase_stdin is False


def test_real_process_exit_codes_and_no_plaintext_output(vault, data_dir):
    care.add_person(vault, alias="K.J.", wishes="hemmeligt-ønske-42")
    vault.close()
    ok = cli_process(data_dir, "check")
    assert ok.returncode == 0
    assert "hemmeligt-ønske-42" not in ok.stdout + ok.stderr
    wrong = cli_process(data_dir, "check", stdin="forkert\n")
    assert wrong.returncode == 3
    version = subprocess.run(
        [sys.executable, "-m", "peerdesk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.returncode == 0 and "PeerDesk" in version.stdout


@pytest.mark.skipif(os.name != "posix", reason="core dump limits are POSIX")
def test_the_cli_process_disables_core_dumps(data_dir):
    code = (
        "import resource; from peerdesk.hardening import harden_process; harden_process(); "
        "print(resource.getrlimit(resource.RLIMIT_CORE)[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "0"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_process_is_not_dumpable_so_no_one_reads_its_memory():
    # PR_GET_DUMPABLE (3) is 1 for a plain process; 0 also bars ptrace by
    # other processes of the same user.
    code = (
        "import ctypes; from peerdesk.hardening import harden_process; "
        "libc = ctypes.CDLL(None); before = libc.prctl(3, 0, 0, 0, 0); harden_process(); "
        "print(before, libc.prctl(3, 0, 0, 0, 0))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["1", "0"]


def test_data_dir_moves_everything_the_program_writes(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    data = tmp_path / "elsewhere"
    for args in (["init"], ["backup"], ["check"], ["demo"]):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "peerdesk",
                *args,
                "--data-dir",
                str(data),
                "--passphrase-stdin",
            ],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode == 0, (args, result.stderr)
    assert [p for p in home.rglob("*")] == []
    names = {p.name for p in data.iterdir()}
    assert {"peerdesk.vault", "backups", "logs", "peerdesk.lock"} <= names
