"""A passphrase change killed with SIGKILL at any moment leaves a vault that opens
with the old or the new passphrase, holds every row, and passes both integrity
checks; the next change cleans up whatever the killed one left behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.paths import DataDir
from peerdesk.vault import Vault, WrongPassphrase
from peerdesk.vault.models import CareConversation, Person
from peerdesk.vault.rekey import change_passphrase
from tests.conftest import PASSPHRASE

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

NEW = "en helt ny nøgle 🔑 'onsdag' \\ 2026"
PEOPLE = 300
KILLS = 10

# Passphrases travel on stdin, never in argv (visible to every user in `ps`).
CHANGER = textwrap.dedent(
    """
    import os, sys
    from peerdesk.paths import DataDir
    from peerdesk.vault.rekey import change_passphrase
    old = sys.stdin.readline().rstrip("\\n")
    new = sys.stdin.readline().rstrip("\\n")
    data = DataDir.resolve(os.environ["PEERDESK_TEST_DATA"])
    print("go", flush=True)
    change_passphrase(data, old, new)
    print("done", flush=True)
    """
)


def start_change(data: DataDir) -> tuple[subprocess.Popen[bytes], float]:
    """Start a passphrase change in a child; return it and when it began the change."""
    env = dict(os.environ, PEERDESK_TEST_DATA=str(data.root), PYTHONIOENCODING="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", CHANGER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(f"{PASSPHRASE}\n{NEW}\n".encode())
    child.stdin.close()
    # Imports are done when it says "go": the delays below cover the change itself.
    assert child.stdout.readline() == b"go\n"
    return child, time.monotonic()


def open_with_either(data: DataDir) -> tuple[str, Vault]:
    for passphrase in (PASSPHRASE, NEW):
        try:
            return passphrase, Vault.open(data, passphrase)
        except WrongPassphrase:
            continue
    pytest.fail("the vault opens with neither the old nor the new passphrase")


def reset(data: DataDir, pristine: Path) -> None:
    for path in data.root.iterdir():
        if path.is_file():
            path.unlink()
    shutil.copyfile(pristine, data.vault)


def test_a_killed_passphrase_change_leaves_a_vault_that_opens(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        for i in range(PEOPLE):
            person = Person(alias=f"P{i}", wishes="ønsker " * 20)
            s.add(person)
            s.flush()
            s.add(CareConversation(person_id=person.id, occurred_at=func.now()))
    data = vault.data
    vault.close()
    pristine = tmp_path / "pristine.vault"
    shutil.copyfile(data.vault, pristine)

    # Unkilled changes set the spread of the kill delays. Their runtime varies a
    # lot with the disk's flushes, so the delays reach a little past the mean.
    runtimes = []
    for _ in range(2):
        reset(data, pristine)
        child, began = start_change(data)
        assert child.wait(timeout=120) == 0
        runtimes.append(time.monotonic() - began)
        Vault.open(data, NEW).close()
    spread = 1.25 * sum(runtimes) / len(runtimes)

    outcomes = []
    for n in range(KILLS):
        reset(data, pristine)
        child, began = start_change(data)
        time.sleep(max(0.0, began + spread * (n + 0.5) / KILLS - time.monotonic()))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)

        passphrase, reopened = open_with_either(data)
        with reopened:
            assert reopened.check() == []
            with reopened.session() as s:
                assert s.scalar(select(func.count()).select_from(Person)) == PEOPLE
                assert s.scalar(select(func.count()).select_from(CareConversation)) == PEOPLE
        outcomes.append(passphrase == NEW)

        if list(data.root.glob("*rekey*")):
            # What the killed run left is removed by the next change.
            other = PASSPHRASE if passphrase == NEW else NEW
            change_passphrase(data, passphrase, other)
            assert not list(data.root.glob("*rekey*"))
            Vault.open(data, other).close()

    # Which kills landed before the switch depends on timing; each is fine.
    assert len(outcomes) == KILLS
