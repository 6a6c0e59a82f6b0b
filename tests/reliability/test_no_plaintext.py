"""No plaintext on disk: canaries written through every area appear in no byte
of any file under the data folder — yet they are there once decrypted."""

from __future__ import annotations

import subprocess
import sys

from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.canaries import encodings, write_canaries
from tests.support.pages import plaintext_of


def files_under(root):
    return [p for p in root.rglob("*") if p.is_file()]


def cli(data_dir, *args: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "peerdesk",
            *args,
            "--data-dir",
            str(data_dir.root),
            "--passphrase-stdin",
        ],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_canaries_are_in_no_file_under_the_data_folder(vault, data_dir):
    canaries = write_canaries(vault)
    # While open: the WAL holds the newest pages.
    for path in files_under(data_dir.root):
        raw = path.read_bytes()
        for word in canaries.values():
            assert not any(e in raw for e in encodings(word)), (path.name, "while open")
    vault.close()
    # Backups and logs, made by the real command line.
    assert cli(data_dir, "backup").returncode == 0
    assert cli(data_dir, "check").returncode == 0
    bad = cli(data_dir, "check", passphrase="not the passphrase")  # logs a failure too
    assert bad.returncode == 3
    names = {p.name for p in files_under(data_dir.root)}
    assert any(n.endswith(".peerdesk") for n in names), names
    assert "peerdesk.log" in names, names
    for path in files_under(data_dir.root):
        raw = path.read_bytes()
        for word in canaries.values():
            assert not any(e in raw for e in encodings(word)), path.name
    # Positive control: the same search on the decrypted pages finds every canary,
    # so the scan above could have failed.
    plain = plaintext_of(data_dir.vault, PASSPHRASE)
    for word in canaries.values():
        assert word.encode("utf-8") in plain


def test_canaries_survive_a_reopen(vault, data_dir):
    canaries = write_canaries(vault)
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as again:
        hits = again.session
        with hits() as s:
            from sqlalchemy import text

            for word in canaries.values():
                found = s.execute(
                    text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
                    {"q": f'"{word}"'},
                ).scalar_one()
                assert found >= 1, word
