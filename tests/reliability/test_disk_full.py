"""A full disk: the write fails with a clear StorageError, and nothing committed is lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select

from peerdesk.vault import Vault
from peerdesk.vault.models import Person
from tests.conftest import PASSPHRASE

# The child limits its own file size (RLIMIT_FSIZE) to just above the vault's,
# which makes writes past it fail exactly as they would on a full disk.
CHILD = textwrap.dedent(
    """
    import os, resource, signal, sys
    from peerdesk.paths import DataDir
    from peerdesk.vault import Vault, StorageError
    from peerdesk.vault.models import Person
    data = DataDir.resolve(os.environ["DATA"])
    vault = Vault.open(data, sys.stdin.readline().rstrip("\\n"))
    with vault.session() as s:
        s.add(Person(alias="før"))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = data.vault.stat().st_size + 64 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        with vault.session() as s:
            s.add(Person(alias="for stor", wishes="x" * 900_000))
        print("SAVED")
    except StorageError as exc:
        print("STORAGE_ERROR", exc)
    try:
        vault.close()
    except Exception as exc:
        print("CLOSE_FAILED", type(exc).__name__)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE")
def test_full_disk_gives_a_clear_error_and_loses_nothing(data_dir, template_vault):
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DATA": str(data_dir.root)},
    )
    assert "STORAGE_ERROR" in result.stdout, (result.stdout, result.stderr[-2000:])
    assert "disk" in result.stdout.lower()  # the message says what to look at
    assert "x" * 50 not in result.stdout + result.stderr  # and carries no note text
    with Vault.open(data_dir, PASSPHRASE) as vault:
        with vault.session() as s:
            assert s.scalars(select(Person.alias)).all() == ["før"]
        assert vault.check() == []
