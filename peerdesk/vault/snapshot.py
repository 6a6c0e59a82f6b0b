"""Consistent, encrypted copies of an open vault.

`sqlcipher_export` copies every table (the FTS index included) inside one read
transaction, so a copy taken while the app writes is consistent. The copy is
written under a temporary name beside its target, flushed, then renamed into
place: a crash or a full disk leaves either no file or a complete one.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from peerdesk.paths import make_private_dir, make_private_file
from peerdesk.vault.connection import fsync_path

_ALIAS = "peerdesk_copy"


def _partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")


def write_encrypted_copy(conn, target: Path, *, new_passphrase: str | None = None) -> Path:
    """Write a copy of the database behind `conn` to `target`, atomically.

    With no `new_passphrase` the copy has the vault's own passphrase (SQLCipher
    reuses the open key); with one, the copy is keyed with it. Either way the
    passphrase travels as a bound parameter, never inside SQL text.
    """
    make_private_dir(target.parent)
    partial = _partial_name(target)
    try:
        if new_passphrase is None:
            conn.execute(f"ATTACH DATABASE ? AS {_ALIAS}", (str(partial),))
        else:
            conn.execute(f"ATTACH DATABASE ? AS {_ALIAS} KEY ?", (str(partial), new_passphrase))
        try:
            # The copy is flushed once, before its rename; journalling and
            # syncing each of its schema statements would only make it slow.
            conn.execute(f"PRAGMA {_ALIAS}.journal_mode = OFF").fetchall()
            conn.execute(f"PRAGMA {_ALIAS}.synchronous = OFF")
            conn.execute(f"SELECT sqlcipher_export('{_ALIAS}')").fetchall()
        finally:
            conn.execute(f"DETACH DATABASE {_ALIAS}")
        make_private_file(partial)
        fsync_path(partial)
        os.replace(partial, target)
        if os.name == "posix":
            fsync_path(target.parent)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return target
