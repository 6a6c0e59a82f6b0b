"""Restore from a backup made while writing gives a consistent vault.

A writer keeps adding care conversations (with their notes) through the same
Vault while backups are taken, in this process and from a second one (the
CLI). Each backup, restored into a fresh data folder, opens, passes both
integrity checks, holds a prefix of what the writer wrote with every note
whole, and has every conversation in its search index.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from peerdesk.paths import DataDir
from peerdesk.services import care
from peerdesk.services.search import search
from peerdesk.vault import Vault, fts
from peerdesk.vault.backup import backup_now, restore_backup
from peerdesk.vault.models import CareConversation
from tests.conftest import PASSPHRASE

NOON = datetime(2026, 11, 22, 12, 0, 0)
# Long enough to span several pages, so that a torn copy would show.
BODY = "Vi talte om søvn, håb og hverdagen på caféen. " * 40


def unique_word(i: int) -> str:
    """A word in note `i` only: "kvzq" and the number spelt in letters (a=0 … j=9)."""
    return "kvzq" + "".join(chr(ord("a") + int(d)) for d in f"{i:05d}")


def note(i: int) -> str:
    return f"{unique_word(i)} {BODY}{i}"


class Writer(threading.Thread):
    """Adds conversations 0, 1, 2, … until stopped; `written` counts the committed ones."""

    def __init__(self, vault: Vault, person_id: int) -> None:
        super().__init__(daemon=True)
        self.vault = vault
        self.person_id = person_id
        self.written = 0
        self.stop = threading.Event()
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                care.add_conversation(
                    self.vault,
                    person_id=self.person_id,
                    occurred_at=NOON - timedelta(days=1),
                    own_words=note(self.written),
                    next_steps=f"step {self.written}",
                    now=NOON,
                )
                self.written += 1
        except BaseException as exc:  # surfaced in the test below
            self.failure = exc

    def wait_for(self, n: int, timeout: float = 30.0) -> None:
        deadline = datetime.now() + timedelta(seconds=timeout)
        while self.written < n and datetime.now() < deadline and self.failure is None:
            threading.Event().wait(0.01)
        assert self.failure is None and self.written >= n


def check_restored(backup: Path, root: Path, *, at_least: int, at_most: int) -> int:
    """Restore `backup` into a fresh data folder under `root`; check it; return its count."""
    data = DataDir.resolve(root)
    assert restore_backup(data, backup, PASSPHRASE) is None  # there was no vault there
    with Vault.open(data, PASSPHRASE) as vault:
        assert vault.check() == []
        with vault.session() as s:
            rows = s.execute(
                select(
                    CareConversation.id, CareConversation.own_words, CareConversation.next_steps
                ).order_by(CareConversation.id)
            ).all()
            # Each conversation's index row has the rowid kind << 40 | id.
            indexed = s.scalar(
                text(f"SELECT count(*) FROM {fts.INDEX} WHERE rowid BETWEEN :low AND :high"),
                {
                    "low": fts.rowid_for("care_conversation", 0),
                    "high": fts.rowid_for("care_conversation", fts.ID_MASK),
                },
            )
        n = len(rows)
        assert at_least <= n <= at_most
        # A prefix of what the writer wrote, each note whole.
        assert [(own, steps) for _id, own, steps in rows] == [
            (note(i), f"step {i}") for i in range(n)
        ]
        assert indexed == n
        found = search(vault, unique_word(n - 1), areas=["care"])
        assert [h.record_id for h in found.by_area["care"]] == [rows[-1][0]]
    return n


@pytest.fixture
def writing(vault: Vault):
    person = care.add_person(vault, alias="K.J.")
    writer = Writer(vault, person.id)
    writer.start()
    yield writer
    writer.stop.set()
    writer.join(30)


def test_backups_taken_while_writing_restore_to_consistent_vaults(
    vault: Vault, writing: Writer, tmp_path: Path
) -> None:
    writing.wait_for(20)
    taken: list[tuple[Path, int, int]] = []
    for i in range(5):
        before = writing.written
        path = backup_now(vault, now=NOON + timedelta(seconds=i), keep=10)
        taken.append((path, before, writing.written))
        writing.wait_for(before + 10)
    writing.stop.set()
    writing.join(30)
    assert writing.failure is None

    counts = [
        check_restored(path, tmp_path / f"restored-{i}", at_least=low, at_most=high)
        for i, (path, low, high) in enumerate(taken)
    ]
    assert counts == sorted(counts) and counts[-1] > counts[0]


def test_a_backup_from_a_second_process_while_writing_restores_consistently(
    vault: Vault, writing: Writer, tmp_path: Path
) -> None:
    writing.wait_for(20)
    before = writing.written
    target = tmp_path / "from-the-cli.peerdesk"
    # The CLI finds the vault in use and falls back to a read-only, shared open.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "peerdesk",
            "backup",
            "--to",
            str(target),
            "--data-dir",
            str(vault.data.root),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    after = writing.written
    writing.stop.set()
    writing.join(30)
    assert done.returncode == 0, done.stderr
    assert writing.failure is None and after > before
    check_restored(target, tmp_path / "restored", at_least=before, at_most=after)
