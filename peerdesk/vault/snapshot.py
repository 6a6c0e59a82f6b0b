"""Consistent, encrypted copies of an open vault.

`sqlcipher_export` copies every table (the FTS index included) inside one read
transaction, so a copy taken while the app writes is consistent. The copy is
written under a temporary name beside its target, flushed, then renamed into
place: a crash or a full disk leaves either no file or a complete one. A
cancelled copy (see `cancel.py`) is aborted mid-statement and leaves no file.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from peerdesk.paths import make_private_dir, make_private_file
from peerdesk.vault.cancel import CancelToken, interruptible
from peerdesk.vault.connection import fsync_path

_ALIAS = "peerdesk_copy"


def _partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")


def write_encrypted_copy(
    conn,
    target: Path,
    *,
    new_passphrase: str | None = None,
    token: CancelToken | None = None,
) -> Path:
    """Write a copy of the database behind `conn` to `target`, atomically.

    With no `new_passphrase` the copy has the vault's own passphrase (SQLCipher
    reuses the open key); with one, the copy is keyed with it. Either way the
    passphrase travels as a bound parameter, never inside SQL text.

    With a `token`, progress is reported as bytes of the copy written so far
    out of the database's size, and a cancel before the final rename raises
    Cancelled: the half-written copy is deleted, nothing is left attached, and
    `conn` stays open and usable. The rename is the token's point of no return.
    """
    make_private_dir(target.parent)
    partial = _partial_name(target)
    total = _size_of(conn) if token is not None else 0
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
            if token is not None:
                token.check()
                token.report(0, total)

            def step() -> None:
                # The copy's file grows as SQLite spills its pages: a fair,
                # cheap measure of how far the export has come.
                with contextlib.suppress(OSError):
                    token.report(min(partial.stat().st_size, total), total)

            with interruptible(conn, token, on_step=step):
                conn.execute(f"SELECT sqlcipher_export('{_ALIAS}')").fetchall()
        finally:
            # Outside the interruptible block: the DETACH itself must never be aborted.
            conn.execute(f"DETACH DATABASE {_ALIAS}")
        make_private_file(partial)
        fsync_path(partial)
        if token is not None:
            token.point_of_no_return()
        os.replace(partial, target)
        if os.name == "posix":
            fsync_path(target.parent)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    if token is not None:
        token.report(total, total)
    return target


def _size_of(conn) -> int:
    """The main database's size in bytes (what a full copy will roughly take)."""
    pages = conn.execute("PRAGMA main.page_count").fetchone()[0]
    size = conn.execute("PRAGMA main.page_size").fetchone()[0]
    return max(int(pages) * int(size), 1)
