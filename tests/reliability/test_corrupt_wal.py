"""A damaged WAL never crashes the app or yields silently wrong data: opening
either reports damage or gives a vault that passes both integrity checks."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from peerdesk.vault import Vault, VaultDamaged
from peerdesk.vault.models import Person
from tests.conftest import PASSPHRASE

# Leaves a WAL behind: writes, then dies before any checkpoint or close.
WRITER = textwrap.dedent(
    """
    import os, sys
    from peerdesk.paths import DataDir
    from peerdesk.vault import Vault
    from peerdesk.vault.models import Person
    vault = Vault.open(DataDir.resolve(os.environ["DATA"]), sys.stdin.readline().rstrip("\\n"))
    for i in range(40):
        with vault.session() as s:
            s.add(Person(alias=f"P{i}", wishes="ønske " * 100))
    print("DONE", flush=True)
    os.kill(os.getpid(), 9)
    """
)


def leave_a_wal(data_dir, template_vault) -> int:
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    proc = subprocess.run(
        [sys.executable, "-c", WRITER],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DATA": str(data_dir.root)},
    )
    assert "DONE" in proc.stdout and proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    wal = data_dir.root / "peerdesk.vault-wal"
    assert wal.stat().st_size > 100_000
    return wal.stat().st_size


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_a_flipped_byte_in_the_wal_is_never_read_as_data(data_dir, template_vault, where):
    size = leave_a_wal(data_dir, template_vault)
    wal = data_dir.root / "peerdesk.vault-wal"
    offset = int(size * where)
    with open(wal, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0xFF]))
    try:
        vault = Vault.open(data_dir, PASSPHRASE)
    except VaultDamaged:
        return  # reported as damage: fine
    with vault:
        # SQLite stops reading the WAL at the first frame whose checksum fails:
        # the later commits are lost, but what is read is whole and consistent.
        assert vault.check() == []
        with vault.session() as s:
            count = s.scalar(select(func.count()).select_from(Person))
            wishes = s.scalars(select(Person.wishes)).all()
    assert 0 <= count < 40
    assert all(w == "ønske " * 100 for w in wishes)
