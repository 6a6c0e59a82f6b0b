"""Changing the vault's passphrase, safe against a crash or a kill at any moment.

`PRAGMA rekey` rewrites the file in place and has been seen to answer "ok"
after rolling back, so it is not used. Instead a complete copy keyed with the
new passphrase is written beside the vault, closed, verified, and renamed over
the vault in one atomic step. Before that rename the vault is untouched and
opens with the old passphrase; after it, the vault is the verified copy and
opens with the new one. There is no moment in between.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from peerdesk.paths import DataDir, make_private_file
from peerdesk.vault import connection as raw
from peerdesk.vault.errors import (
    StorageError,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from peerdesk.vault.lock import VaultLock
from peerdesk.vault.passphrase import assess
from peerdesk.vault.snapshot import write_encrypted_copy

log = logging.getLogger(__name__)

# The re-keyed copy's name while it is written and checked. A fixed name, so
# that a copy left by a killed run is found and removed by the next one.
_NEW_SUFFIX = ".rekey-new"


def change_passphrase(data: DataDir, old: str, new: str) -> None:
    """Give the (closed) vault in `data` the passphrase `new` instead of `old`.

    Raises WeakPassphrase (nothing is touched), VaultNotFound, VaultInUse when
    the vault is open anywhere, WrongPassphrase when `old` does not open it,
    VaultDamaged when the new copy fails its checks, and StorageError when the
    disk refuses the copy. Whenever it raises, and whenever the process dies
    part-way, the vault still opens with `old` or (once done) with `new`.
    """
    verdict = assess(new)
    if not verdict.acceptable:
        raise WeakPassphrase(list(verdict.problems))
    if not data.vault.is_file():
        raise VaultNotFound()
    with VaultLock(data.lock):
        tmp = data.root / f"{data.vault.name}{_NEW_SUFFIX}"
        _remove_leftovers(tmp)
        try:
            counts = _write_rekeyed_copy(data.vault, old, new, tmp)
            _verify_copy(tmp, new, counts)
            _clear_stale_wal(data.vault)
            # The one step that switches passphrases: atomic on every platform.
            os.replace(tmp, data.vault)
        except OSError as exc:
            _remove_leftovers(tmp)
            log.warning("passphrase not changed: %s", type(exc).__name__)
            raise StorageError() from None
        except BaseException:
            _remove_leftovers(tmp)
            raise
        # From here on the new passphrase is in force: reporting a failure now
        # would tell the caller the old one still works.
        try:
            make_private_file(data.vault)
            if os.name == "posix":
                raw.fsync_path(data.root)
        except OSError as exc:
            log.warning(
                "passphrase changed, but the folder was not flushed: %s", type(exc).__name__
            )
    log.info("vault passphrase changed")


def _write_rekeyed_copy(vault: Path, old: str, new: str, tmp: Path) -> dict[str, int]:
    """Copy the vault to `tmp` under `new`; return its row counts per table."""
    conn = raw.connect(vault, old)
    try:
        # Everything committed is moved into the main file first, so that
        # nothing lives only in a WAL that will not follow the vault's new file.
        # A reader (a read-only PeerDesk) that finishes within a second is
        # waited for; one that stays means the vault is in use.
        conn.execute("PRAGMA busy_timeout = 1000")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise VaultInUse(
                "The vault is still open in another PeerDesk; the passphrase was not changed."
            )
        counts = _row_counts(conn)
        write_encrypted_copy(conn, tmp, new_passphrase=new)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except raw.DatabaseError as exc:
        if raw.is_damage(exc):
            raise VaultDamaged(f"The vault could not be copied: {_first_line(exc)}") from None
        if "locked" in str(exc).lower():
            raise VaultInUse() from None
        log.warning("re-keyed copy not written: %s", _first_line(exc))
        raise StorageError() from None
    finally:
        conn.close()
    return counts


def _verify_copy(tmp: Path, new: str, expected: dict[str, int]) -> None:
    try:
        conn = raw.connect(tmp, new, wal=False)
    except WrongPassphrase:
        raise VaultDamaged("The re-keyed copy does not open; the vault was not changed.") from None
    try:
        conn.execute("PRAGMA query_only = ON")
        problems = raw.check_integrity(conn)
        counts = {} if problems else _row_counts(conn)
    finally:
        conn.close()
    if problems:
        log.warning("re-keyed copy failed its integrity check: %d problem(s)", len(problems))
        raise VaultDamaged(
            "The re-keyed copy failed its integrity check; the vault was not changed."
        )
    if counts != expected:
        raise VaultDamaged("The re-keyed copy is incomplete; the vault was not changed.")
    # The copy was never in WAL mode, but a -journal could exist after a crash.
    for suffix in ("-wal", "-shm", "-journal"):
        _remove_if_empty(Path(f"{tmp}{suffix}"))


def _row_counts(conn) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    # Names come from the database's own catalogue; quoting keeps odd ones safe.
    return {
        name: conn.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0] for name in names
    }


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _clear_stale_wal(vault: Path) -> None:
    """Make sure no WAL of the old file can be replayed onto the new one.

    Our connection checkpointed with TRUNCATE and closed, so its WAL is gone or
    empty. A non-empty one means another connection (a read-only PeerDesk)
    still has the old file open: refuse rather than risk the new vault.
    """
    wal, shm = Path(f"{vault}-wal"), Path(f"{vault}-shm")
    if wal.exists() and wal.stat().st_size > 0:
        raise VaultInUse(
            "The vault is still open in another PeerDesk; the passphrase was not changed."
        )
    wal.unlink(missing_ok=True)
    # The index of a WAL that is empty describes nothing worth keeping.
    shm.unlink(missing_ok=True)


def _remove_if_empty(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.stat().st_size == 0:
            path.unlink()


def _remove_leftovers(tmp: Path) -> None:
    """Remove a copy (and its partial files) left by this or an earlier run."""
    candidates = [tmp, *(Path(f"{tmp}{s}") for s in ("-wal", "-shm", "-journal"))]
    candidates += tmp.parent.glob(f".{tmp.name}.*.partial*")
    for path in candidates:
        with contextlib.suppress(OSError):
            path.unlink()


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
