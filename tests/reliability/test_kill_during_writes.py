"""A process killed with SIGKILL in the middle of 1,000 separate writes loses
none that it reported committed, and the vault passes both integrity checks."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select

from peerdesk.vault import Vault
from peerdesk.vault.models import CareConversation, Person
from tests.conftest import PASSPHRASE

WRITER = textwrap.dedent(
    """
    import os, sys
    from datetime import datetime
    from peerdesk.paths import DataDir
    from peerdesk.vault import Vault
    from peerdesk.vault.models import CareConversation, Person
    vault = Vault.open(DataDir.resolve(os.environ["DATA"]), sys.stdin.readline().rstrip("\\n"))
    with vault.session() as s:
        person = Person(alias="K.J.")
        s.add(person)
    for i in range(1000):
        with vault.session() as s:
            note = CareConversation(person_id=person.id, occurred_at=datetime(2026, 1, 1),
                                    own_words=f"note {i} " + "æøå " * 50)
            s.add(note)
        # Reported only after the commit has returned.
        print(i, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("kill_after", [1, 137, 450])
def test_sigkill_mid_writes_loses_nothing_reported(data_dir, template_vault, kill_after):
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "DATA": str(data_dir.root)},
    )
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    reported = []
    try:
        for line in proc.stdout:
            reported.append(int(line))
            if len(reported) >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    # Whatever was still in the pipe was also committed before it was printed.
    reported += [int(x) for x in proc.stdout.read().split()]
    assert len(reported) >= kill_after

    with Vault.open(data_dir, PASSPHRASE) as vault:  # open runs both integrity checks
        assert vault.check() == []
        with vault.session() as s:
            notes = s.scalars(select(CareConversation.own_words)).all()
            assert s.scalar(select(Person.alias)) == "K.J."
    stored = {int(text.split()[1]) for text in notes}
    assert set(reported) <= stored
    # Nothing half-written: every stored note is whole.
    assert all(text.endswith("æøå ") and text.count("æøå") == 50 for text in notes)
