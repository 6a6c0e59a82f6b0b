"""Raw SQLCipher connections: key, verify, and the pragmas every connection needs.

The vault is a standard SQLCipher 4 database in passphrase mode with the
library's defaults (PBKDF2-HMAC-SHA512, 256,000 iterations, 4 KiB pages), so
the stock `sqlcipher` shell opens it with `PRAGMA key = '<passphrase>'`.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from peerdesk.paths import make_private_file
from peerdesk.vault.errors import VaultDamaged, WrongPassphrase
from peerdesk.vault.passphrase import pragma_literal

# SQLCipher 4 defaults, checked after keying so that a library built with other
# defaults cannot silently produce a file the stock shell would not open.
KDF_ITERATIONS = 256_000
KDF_ALGORITHM = "PBKDF2_HMAC_SHA512"

# SQLite's errors for a file that is not (or no longer) a database.
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image", "hmac")

DatabaseError = dbapi2.DatabaseError


def connect(path: Path, passphrase: str, *, create: bool = False, wal: bool = True):
    """Open `path` with `passphrase` and return a ready sqlcipher3 connection.

    Raises WrongPassphrase when the key does not decrypt the first page and
    VaultDamaged when the file is not readable as a database. Only `create`
    may make a new file: SQLite would otherwise silently create one.
    """
    if not create and not path.is_file():
        raise FileNotFoundError(path)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=5.0)
    try:
        _key(conn, passphrase)
        _verify_key(conn)
        apply_pragmas(conn, wal=wal)
    except BaseException:
        conn.close()
        raise
    for suffix in ("", "-wal", "-shm"):
        make_private_file(Path(str(path) + suffix))
    return conn


def _key(conn, passphrase: str) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = " + pragma_literal(passphrase))


def _verify_key(conn) -> None:
    # A wrong key still "connects"; only a real read of page 1 tells.
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        if "not a database" in str(exc):
            raise WrongPassphrase() from None
        raise VaultDamaged(f"The vault could not be read: {exc}") from None


def apply_pragmas(conn, *, wal: bool = True) -> None:
    """Durability and privacy settings, asserted rather than assumed."""
    kdf = conn.execute("PRAGMA kdf_iter").fetchone()[0]
    if int(kdf) < KDF_ITERATIONS:
        raise VaultDamaged(f"Unexpected key derivation ({kdf} iterations).")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    # Sorts and temporary indexes would otherwise go to plaintext temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise RuntimeError("SQLite refused an in-memory temp store")
    if wal:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultDamaged(f"The vault could not switch to WAL mode ({mode}).")
    # FULL: a commit is on disk (WAL fsynced) when the call returns.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")


def check_integrity(conn, *, checkpoint: str = "TRUNCATE") -> list[str]:
    """Both SQLCipher's page HMAC check and SQLite's structural check.

    `cipher_integrity_check` reads only the main file, so the WAL is
    checkpointed into it first. Beside an open vault the checkpoint must be
    PASSIVE: TRUNCATE would hold off the vault's own writers while it waits.
    A corrupt WAL frame has been seen to surface as MemoryError rather than
    DatabaseError; both count as damage.
    """
    if checkpoint not in ("TRUNCATE", "PASSIVE"):
        raise ValueError(checkpoint)
    try:
        conn.execute(f"PRAGMA wal_checkpoint({checkpoint})").fetchall()
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        structural = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    except (dbapi2.DatabaseError, MemoryError) as exc:
        return [f"{type(exc).__name__}: {exc}"]
    problems += [p for p in structural if p != "ok"]
    return problems


def is_damage(exc: BaseException) -> bool:
    """True when an SQLite error means the file itself is damaged."""
    if isinstance(exc, MemoryError):
        return True
    text = str(exc).lower()
    return isinstance(exc, dbapi2.DatabaseError) and any(w in text for w in _DAMAGE_WORDS)


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder entry, on POSIX) to the disk."""
    flags = os.O_RDONLY
    if path.is_dir() and os.name == "nt":  # pragma: no cover
        return
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
