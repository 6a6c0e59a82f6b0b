"""Checkpoints beside the app: a save no longer copies the WAL into the vault
file; a thread does it a moment later, and nothing committed is ever lost —
real vaults, a real second process killed mid-way."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from datetime import datetime

import pytest

from peerdesk.services import care
from peerdesk.vault import Vault
from peerdesk.vault.checkpoint import FALLBACK_PAGES
from tests.conftest import PASSPHRASE

BIG = "Vi talte længe om søvn, gæld og håb. " * 400  # ~15 KB: pages to the WAL


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_notes(vault, count: int, start: int = 0) -> None:
    person = care.add_person(vault, alias=f"P{start}")
    for i in range(start, start + count):
        care.add_conversation(
            vault,
            person_id=person.id,
            occurred_at=datetime(2026, 11, 1, 10, 0),
            own_words=f"{BIG} nr. {i} 🙂",
        )


def wal_pages(vault) -> int:
    return vault.data.vault.with_name(vault.data.vault.name + "-wal").stat().st_size // 4096


def test_saves_leave_the_vault_file_alone_and_the_thread_checkpoints_after(vault):
    vault.checkpoint_in_background(quiet_s=3.0)
    checkpointer = vault.checkpointer
    with vault.raw_connection() as conn:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == FALLBACK_PAGES
    before = digest(vault.data.vault)
    write_notes(vault, 150)  # ~3,800 pages: SQLite alone would have checkpointed in a save
    assert wal_pages(vault) > 1_000
    # The thread waits for three quiet seconds after the last save: until then
    # no save has touched the vault file itself.
    assert checkpointer.runs == 0 and digest(vault.data.vault) == before
    assert checkpointer.pending
    deadline = time.monotonic() + 30
    while (checkpointer.pending or checkpointer.runs == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not checkpointer.pending
    busy, frames, done = checkpointer.last
    assert busy == 0 and frames > 1_000 and done == frames  # all of the WAL is in the file
    assert digest(vault.data.vault) != before


def test_reading_does_not_wake_the_thread(vault):
    write_notes(vault, 2)
    vault.checkpoint_in_background()
    care.list_people(vault)
    time.sleep(1.5)
    assert vault.checkpointer.runs == 0


def test_closing_stops_the_thread_and_empties_the_wal(data_dir, vault):
    vault.checkpoint_in_background()
    checkpointer = vault.checkpointer
    write_notes(vault, 20)
    vault.close()  # right after the writes: the thread is still waiting for quiet
    assert not checkpointer.running
    wal = data_dir.vault.with_name(data_dir.vault.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with Vault.open(data_dir, PASSPHRASE) as again:
        assert len(care.list_conversations(again, person_id=1)) == 20


def test_once_per_vault_and_never_for_a_reader(data_dir, vault):
    vault.checkpoint_in_background()
    first = vault.checkpointer
    vault.checkpoint_in_background()
    assert vault.checkpointer is first
    with Vault.open(data_dir, PASSPHRASE, readonly=True) as reader:
        reader.checkpoint_in_background()
        assert reader.checkpointer is None


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_notes_saved_before_a_kill_are_there_though_no_checkpoint_ran(data_dir, vault):
    vault.close()
    code = """
import sys, time
from datetime import datetime
from peerdesk.paths import DataDir
from peerdesk.services import care
from peerdesk.vault import Vault
v = Vault.open(DataDir.resolve(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
v.checkpoint_in_background(quiet_s=3600)  # it never gets its quiet moment
p = care.add_person(v, alias="Kill")
for i in range(60):
    care.add_conversation(v, person_id=p.id, occurred_at=datetime(2026, 11, 1, 10, 0),
                          own_words="før kill æøå %d" % i)
print("saved", flush=True)
time.sleep(60)
"""
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "saved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    with Vault.open(data_dir, PASSPHRASE) as again:  # replays the WAL, checks integrity
        [person] = [p for p in care.list_people(again) if p.alias == "Kill"]
        notes = care.list_conversations(again, person_id=person.id)
        assert sorted(n.own_words for n in notes) == sorted(f"før kill æøå {i}" for i in range(60))
