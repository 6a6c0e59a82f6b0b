"""When to take an automatic backup, and the copy to a second folder (a USB stick).

Qt-free rules the desktop shell follows: a backup at most daily while the app
is open, a warning when the newest backup is older than a week, and an
optional second folder that receives a copy of each automatic backup with the
same keep-last-N rotation. Rotation there, as in the backups folder, only ever
deletes files with PeerDesk's automatic backup name.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from peerdesk.paths import make_private_file
from peerdesk.vault.backup import BackupInfo, backup_now, list_backups
from peerdesk.vault.cancel import CancelToken
from peerdesk.vault.connection import fsync_path
from peerdesk.vault.errors import StorageError
from peerdesk.vault.vault import Vault

log = logging.getLogger(__name__)

BACKUP_INTERVAL = timedelta(hours=24)
STALE_AFTER = timedelta(days=7)


@dataclass(frozen=True)
class AutomaticBackup:
    """What an automatic backup wrote.

    `copy` is the copy in the second folder (None when there is none);
    `second_folder_missing` is True when a second folder is set but not
    present (a USB stick that is not plugged in) — not an error.
    """

    path: Path
    copy: Path | None
    second_folder_missing: bool


def backup_due(last: datetime | None, now: datetime) -> bool:
    """True when there is no backup or the newest is at least 24 hours old."""
    return last is None or now - last >= BACKUP_INTERVAL


def backup_is_old(last: datetime | None, now: datetime) -> bool:
    """True when there is no backup or the newest is more than 7 days old."""
    return last is None or now - last > STALE_AFTER


def backups_in(folders: Iterable[Path | None]) -> list[BackupInfo]:
    """Every backup in `folders` (None and missing folders skipped), newest first, no repeats."""
    seen: set[Path] = set()
    found: list[BackupInfo] = []
    for folder in folders:
        if folder is None:
            continue
        for info in list_backups(folder):
            key = info.path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(info)
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def second_folder(setting: str) -> Path | None:
    """The second backup folder named by the plain setting, or None when unset."""
    return Path(setting).expanduser() if setting.strip() else None


# Copied in pieces of this size, so that a cancel is seen within a few milliseconds.
_CHUNK = 1024 * 1024


def copy_to_folder(
    backup: Path, folder: Path, *, keep: int, token: CancelToken | None = None
) -> Path:
    """Copy `backup` into `folder` under the same name, atomically, then rotate there.

    The copy is written under a hidden temporary name, flushed and renamed, so
    a pulled USB stick leaves either no file or a complete one. Afterwards the
    oldest automatic backups in `folder` beyond `keep` are deleted (never the
    new copy, never a file with another name). Raises StorageError when the
    copy cannot be written. A `token` gets the copy's progress in bytes; a
    cancel before the rename raises Cancelled and leaves no file.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    target = folder / backup.name
    partial = folder / f".{backup.name}.{uuid.uuid4().hex[:8]}.partial"
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            if token is None:
                shutil.copyfileobj(src, out, _CHUNK)
            else:
                _copy_reporting(src, out, token)
            out.flush()
            os.fsync(out.fileno())
        if token is not None:
            token.point_of_no_return()
        os.replace(partial, target)
        make_private_file(target)
        if os.name == "posix":
            fsync_path(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        log.warning("backup copy not written: %s", type(exc).__name__)
        raise StorageError(
            "The copy in the second backup folder could not be written (is it full or read-only?)."
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    rotate(folder, keep=keep, spare=target)
    return target


def _copy_reporting(src, out, token: CancelToken) -> None:
    total = max(os.fstat(src.fileno()).st_size, 1)
    done = 0
    token.report(0, total)
    while chunk := src.read(_CHUNK):
        token.check()
        out.write(chunk)
        done += len(chunk)
        token.report(min(done, total), total)


def rotate(folder: Path, *, keep: int, spare: Path) -> list[Path]:
    """Delete the oldest automatic backups in `folder` beyond `keep`; return what went.

    `spare` (the newest backup) always counts as one of the `keep`.
    """
    automatic = [b for b in list_backups(folder) if b.automatic and b.path.name != spare.name]
    removed: list[Path] = []
    for old in automatic[keep - 1 :]:
        try:
            old.path.unlink()
        except OSError as exc:
            # A backup we cannot delete is only wasted space: never fail for it.
            log.warning("old backup not rotated: %s", type(exc).__name__)
            continue
        removed.append(old.path)
    return removed


def automatic_backup(
    vault: Vault,
    *,
    keep: int,
    second: Path | None,
    now: datetime | None = None,
    token: CancelToken | None = None,
) -> AutomaticBackup:
    """Back up the open vault into its backups folder, and copy it to `second` if present.

    Rotation keeps `keep` automatic backups in each folder. A `second` folder
    that does not exist is reported (second_folder_missing), not raised.
    StorageError when either copy cannot be written; the main backup is then
    still in place if it was written.

    A `token` gets the progress of each copy in turn. It can cancel only until
    the main backup is renamed into place (Cancelled: no file anywhere); the
    copy to `second` then always runs to its end, so that a finished backup
    is never thrown away and "cancelled" always means "nothing written".
    """
    path = backup_now(vault, keep=keep, now=now, token=token)
    if second is None:
        return AutomaticBackup(path, None, False)
    if not second.is_dir():
        return AutomaticBackup(path, None, True)
    return AutomaticBackup(path, copy_to_folder(path, second, keep=keep, token=token), False)


__all__ = [
    "BACKUP_INTERVAL",
    "STALE_AFTER",
    "AutomaticBackup",
    "automatic_backup",
    "backup_due",
    "backup_is_old",
    "backups_in",
    "copy_to_folder",
    "rotate",
    "second_folder",
]
