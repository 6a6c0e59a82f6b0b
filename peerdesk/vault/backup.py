"""Backups of the vault: take one now (with rotation), list, verify and restore.

A backup is an encrypted SQLCipher file with the vault's own passphrase, made
by `sqlcipher_export` inside one read transaction (so it is consistent while the
app writes) and renamed into place only when complete. Automatic backups are
named "peerdesk-YYYYMMDD-HHMMSS.peerdesk"; rotation only ever deletes files with
exactly that name, never the pre-migration "before-schema-*" backups nor
anything a user put in the folder.

Restoring never destroys the vault it replaces: that vault is kept beside the
new one as "peerdesk.vault.replaced-YYYYMMDD-HHMMSS" (with its -wal, if any).

Taking a backup and restoring one accept a `CancelToken` (see cancel.py): a
cancel before the final rename leaves no file behind and the vault as it was.
A restore can also be done in two steps, so that the slow part (copying and
checking the backup) runs while the vault is still open: `prepare_restore`,
then, once the vault is closed, `finish_restore` (or `discard_restore`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerdesk.paths import DataDir, make_private_file
from peerdesk.vault import connection as raw
from peerdesk.vault.cancel import CancelToken, interruptible
from peerdesk.vault.errors import (
    StorageError,
    VaultDamaged,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from peerdesk.vault.lock import VaultLock
from peerdesk.vault.migrations import SCHEMA_VERSION
from peerdesk.vault.snapshot import write_encrypted_copy
from peerdesk.vault.vault import Vault

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".peerdesk"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_AUTOMATIC_NAME = re.compile(r"^peerdesk-(\d{8}-\d{6})\.peerdesk$")
# Any backup whose name ends in a stamp (automatic and pre-migration ones alike).
_STAMPED_NAME = re.compile(r"(\d{8}-\d{6})\.peerdesk$")
_RESTORE_PARTIAL = ".peerdesk.vault.restoring-"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made and how big it is."""

    path: Path
    created: datetime
    size: int

    @property
    def automatic(self) -> bool:
        """True for a backup that rotation may delete one day."""
        return _AUTOMATIC_NAME.match(self.path.name) is not None


@dataclass(frozen=True)
class BackupCheck:
    """What verifying a backup found.

    `opens` is False when the passphrase does not open the file (or it is not
    a vault at all); `problems` then holds one error code ("wrong_passphrase",
    "damaged", "not_found"). Otherwise `problems` lists what the integrity
    checks reported; empty means healthy. `schema` is the backup's schema
    number when it could be read.
    """

    opens: bool
    problems: list[str]
    schema: int | None

    @property
    def ok(self) -> bool:
        return self.opens and not self.problems


def automatic_backup_name(when: datetime) -> str:
    """The file name of an automatic backup taken at `when`."""
    return f"peerdesk-{when.strftime(_STAMP_FORMAT)}{BACKUP_SUFFIX}"


# ------------------------------------------------------------------ taking one


def backup_now(
    vault: Vault,
    *,
    to: Path | None = None,
    keep: int = 10,
    now: datetime | None = None,
    token: CancelToken | None = None,
) -> Path:
    """Write an encrypted, consistent copy of the open vault and return its path.

    Without `to` the copy goes to the vault's backup folder under the automatic
    name for `now` (local time), replacing only a backup made in the same
    second, and then the oldest automatic backups beyond `keep` are deleted
    (never the one just written). With `to` the copy is written exactly there
    and nothing is rotated. The copy has the vault's passphrase.

    A `token` gets the copy's progress; cancelled before the copy is renamed
    into place it raises Cancelled, leaving no file and rotating nothing.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    when = now or datetime.now()
    target = to if to is not None else vault.data.backups / automatic_backup_name(when)
    _refuse_a_damaged_vault(vault, token)
    try:
        # The vault's guard keeps this process's writers out for the few
        # moments of the export; sqlcipher_export reads in one transaction.
        with vault.raw_connection() as conn:
            write_encrypted_copy(conn, target, token=token)
    except OSError as exc:
        log.warning("backup could not be written: %s", type(exc).__name__)
        raise StorageError(
            "The backup could not be written (is the disk full, or the folder read-only?)."
        ) from None
    log.info("backup written")
    if to is None:
        _rotate(target.parent, keep=keep, spare=target)
    return target


def _refuse_a_damaged_vault(vault: Vault, token: CancelToken | None) -> None:
    """Wait for the integrity verdict of a just-opened vault; refuse a damaged one.

    A copy of a damaged vault would push a good backup out of the rotation.
    """
    while vault.integrity is not None and not vault.integrity.done:
        vault.integrity.wait(0.1)
        if token is not None:
            token.check()
    if vault.verified(timeout=0):
        raise VaultDamaged("The vault failed its integrity check; no backup was written.")


def _rotate(folder: Path, *, keep: int, spare: Path) -> None:
    automatic = [b for b in list_backups(folder) if b.automatic and b.path.name != spare.name]
    # `spare` (the new backup) always counts as one of the `keep`.
    for old in automatic[keep - 1 :]:
        try:
            old.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            # A backup we cannot delete is only wasted space: never fail for it.
            log.warning("old backup not rotated: %s", type(exc).__name__)


# ------------------------------------------------------------------- listing


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every "*.peerdesk" file in `folder`, newest first.

    `created` comes from the stamp in the name when there is one, else from the
    file's modification time. A missing folder has no backups.
    """
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for path in entries:
        # Hidden names are half-written copies (see snapshot.py).
        if path.name.startswith(".") or not path.name.endswith(BACKUP_SUFFIX):
            continue
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        if not path.is_file():
            continue
        found.append(BackupInfo(path, _created(path, stat.st_mtime), stat.st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _created(path: Path, mtime: float) -> datetime:
    match = _STAMPED_NAME.search(path.name)
    if match:
        try:
            return datetime.strptime(match.group(1), _STAMP_FORMAT)
        except ValueError:
            pass
    return datetime.fromtimestamp(mtime)


def last_backup_time(folder: Path) -> datetime | None:
    """When the newest backup in `folder` was made, or None if there is none."""
    backups = list_backups(folder)
    return backups[0].created if backups else None


# ----------------------------------------------------------------- verifying


def verify_backup(path: Path, passphrase: str) -> BackupCheck:
    """Open a backup with `passphrase` and run both integrity checks.

    Never modifies the file: the connection is made query-only before anything
    but the key and per-connection settings is run.
    """
    try:
        problems, schema = _inspect(path, passphrase)
    except FileNotFoundError:
        return BackupCheck(False, [VaultNotFound.code], None)
    except (WrongPassphrase, VaultDamaged) as exc:
        return BackupCheck(False, [exc.code], None)
    return BackupCheck(True, problems, schema)


def _inspect(
    path: Path, passphrase: str, *, token: CancelToken | None = None
) -> tuple[list[str], int | None]:
    """(integrity problems, schema) of the database at `path`.

    Raises FileNotFoundError, WrongPassphrase or VaultDamaged when it does not
    open, and Cancelled when `token` is cancelled while the checks run.
    """
    conn = raw.connect(path, passphrase, wal=False)
    try:
        conn.execute("PRAGMA query_only = ON")
        with interruptible(conn, token):
            problems = raw.check_integrity(conn)
        if token is not None:
            # check_integrity reports an aborted check as a problem: a
            # cancel, not damage, is what happened then.
            token.check()
        schema = None if problems else _schema_of(conn)
    except raw.DatabaseError as exc:
        raise VaultDamaged(f"The backup could not be read: {exc}") from None
    finally:
        conn.close()
    return problems, schema


def _schema_of(conn) -> int:
    """The schema number, as `Vault.schema_version` reads it (0: not a PeerDesk vault)."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return SCHEMA_VERSION + 1


# ----------------------------------------------------------------- restoring


def restore_backup(
    data: DataDir,
    backup: Path,
    passphrase: str,
    *,
    now: datetime | None = None,
    token: CancelToken | None = None,
) -> Path | None:
    """Replace the (closed) vault in `data` with `backup`; return where the old one was kept.

    The vault must not be open anywhere (VaultInUse otherwise). The backup is
    first copied into the data folder and that copy is verified with
    `passphrase`: WrongPassphrase, VaultDamaged, VaultTooNew or VaultNotFound
    then leave everything as it was. Only then is the current vault kept aside
    as "peerdesk.vault.replaced-YYYYMMDD-HHMMSS" (None is returned when there
    was no vault) and the copy renamed into place. Afterwards the vault opens
    with `Vault.open(data, passphrase)`.

    A `token` gets the copy's progress and may cancel until the copy is
    verified (Cancelled: the vault is untouched and no copy is left); from
    keeping the current vault aside on, cancel is refused.
    """
    if not backup.is_file():
        raise VaultNotFound("The backup file was not found.")
    data.ensure()
    with VaultLock(data.lock):
        _remove_restore_leftovers(data)
        staged = _stage_and_verify(data, backup, passphrase, token)
        if token is not None:
            try:
                token.point_of_no_return()
            except BaseException:
                _remove_staged(staged)
                raise
        kept = _swap_in(data, staged, now or datetime.now())
    log.info("vault restored from a backup")
    return kept


def prepare_restore(
    data: DataDir, backup: Path, passphrase: str, *, token: CancelToken | None = None
) -> Path:
    """Copy `backup` into the data folder and verify the copy; return the copy's path.

    The vault may stay open meanwhile: nothing but the new copy is written.
    Raises what `restore_backup` raises before its swap (then no copy is
    left), Cancelled included. Hand the path to `finish_restore` once the
    vault is closed, or to `discard_restore`.
    """
    if not backup.is_file():
        raise VaultNotFound("The backup file was not found.")
    data.ensure()
    return _stage_and_verify(data, backup, passphrase, token)


def finish_restore(data: DataDir, staged: Path, *, now: datetime | None = None) -> Path | None:
    """Put a copy from `prepare_restore` in the (closed) vault's place; return the kept one.

    Keeps the current vault aside exactly as `restore_backup` does. VaultInUse
    when the vault is open anywhere, VaultNotFound when the copy is gone;
    either way nothing changed and the copy is removed.
    """
    if staged.parent != data.root or not staged.name.startswith(_RESTORE_PARTIAL):
        raise ValueError("not a copy made by prepare_restore for this data folder")
    try:
        with VaultLock(data.lock):
            if not staged.is_file():
                raise VaultNotFound("The checked copy of the backup is gone; nothing was changed.")
            _remove_restore_leftovers(data, spare=staged)
            kept = _swap_in(data, staged, now or datetime.now())
    except BaseException:
        _remove_staged(staged)
        raise
    log.info("vault restored from a backup")
    return kept


def discard_restore(staged: Path) -> None:
    """Delete a copy made by `prepare_restore` that will not be used."""
    _remove_staged(staged)


def _stage_and_verify(
    data: DataDir, backup: Path, passphrase: str, token: CancelToken | None
) -> Path:
    staged = data.root / f"{_RESTORE_PARTIAL}{uuid.uuid4().hex[:8]}"
    try:
        _stage_copy(backup, staged, token)
        _verify_staged(staged, passphrase, token)
    except BaseException:
        _remove_staged(staged)
        raise
    return staged


def _swap_in(data: DataDir, staged: Path, when: datetime) -> Path | None:
    """Keep the current vault aside and rename the verified copy into its place."""
    try:
        kept = _keep_current_aside(data, when)
        os.replace(staged, data.vault)
        make_private_file(data.vault)
        if os.name == "posix":
            raw.fsync_path(data.root)
    except BaseException:
        _remove_staged(staged)
        raise
    return kept


def _remove_staged(staged: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        _remove_quietly(Path(f"{staged}{suffix}"))


# Copied in pieces of this size, so that a cancel is seen within a few milliseconds.
_CHUNK = 1024 * 1024


def _stage_copy(backup: Path, staged: Path, token: CancelToken | None) -> None:
    try:
        fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            total = max(os.fstat(src.fileno()).st_size, 1)
            done = 0
            while chunk := src.read(_CHUNK):
                if token is not None:
                    token.check()
                out.write(chunk)
                done += len(chunk)
                if token is not None:
                    token.report(min(done, total), total)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        log.warning("backup could not be copied for restore: %s", type(exc).__name__)
        raise StorageError() from None


def _verify_staged(staged: Path, passphrase: str, token: CancelToken | None = None) -> None:
    # The very bytes that will become the vault are the ones checked.
    if token is not None:
        token.check()
        token.report(0, 0)  # the integrity checks' length cannot be told in advance
    problems, schema = _inspect(staged, passphrase, token=token)
    for suffix in ("-wal", "-shm", "-journal"):
        _remove_quietly(Path(f"{staged}{suffix}"))
    if problems:
        log.warning("backup failed its integrity check: %d problem(s)", len(problems))
        raise VaultDamaged("The backup failed its integrity check; nothing was changed.")
    if not schema:
        raise VaultDamaged("The file is not a PeerDesk vault; nothing was changed.")
    if schema > SCHEMA_VERSION:
        raise VaultTooNew(schema, SCHEMA_VERSION)


def _keep_current_aside(data: DataDir, when: datetime) -> Path | None:
    """Keep the current vault (and its WAL) under a "replaced-" name.

    Hard links are made first, so the vault never lacks a name: a crash here
    leaves the old vault in place and merely an extra name for it. The live
    -wal/-shm names go last, just before the new file takes the vault's name,
    because a WAL left beside the new file would be replayed onto it.
    """
    if not data.vault.exists():
        for suffix in ("-wal", "-shm"):
            _discard_orphan(Path(f"{data.vault}{suffix}"))
        return None
    aside = _unused_aside_name(data, when)
    wal, shm = Path(f"{data.vault}-wal"), Path(f"{data.vault}-shm")
    try:
        _link_or_copy(data.vault, aside)
        if wal.exists():
            _link_or_copy(wal, Path(f"{aside}-wal"))
        if os.name == "posix":
            raw.fsync_path(data.root)
        wal.unlink(missing_ok=True)
        shm.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("current vault could not be kept aside: %s", type(exc).__name__)
        raise StorageError() from None
    return aside


def _discard_orphan(path: Path) -> None:
    # A -wal without its vault belongs to nothing we could open; keep it out of
    # the new vault's way without deleting what might still matter.
    if path.exists():
        os.replace(path, path.with_name(f"{path.name}.orphan-{uuid.uuid4().hex[:8]}"))


def _unused_aside_name(data: DataDir, when: datetime) -> Path:
    base = f"{data.vault.name}.replaced-{when.strftime(_STAMP_FORMAT)}"
    candidate = data.root / base
    n = 2
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        candidate = data.root / f"{base}-{n}"
        n += 1
    return candidate


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        # File systems without hard links: a full, flushed copy instead.
        shutil.copyfile(src, dst)
        raw.fsync_path(dst)
    make_private_file(dst)


def _remove_restore_leftovers(data: DataDir, *, spare: Path | None = None) -> None:
    for leftover in data.root.glob(f"{_RESTORE_PARTIAL}*"):
        if spare is None or not leftover.name.startswith(spare.name):
            _remove_quietly(leftover)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


__all__ = [
    "BackupCheck",
    "BackupInfo",
    "automatic_backup_name",
    "backup_now",
    "discard_restore",
    "finish_restore",
    "last_backup_time",
    "list_backups",
    "prepare_restore",
    "restore_backup",
    "verify_backup",
]
