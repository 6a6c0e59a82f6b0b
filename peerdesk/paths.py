"""Where PeerDesk keeps its files.

Everything the program writes lives under one data folder: the vault, its
backups, the plain settings file, logs and the locks. `--data-dir` moves all of
it. Folders are created 0700 and files 0600, whatever the process umask.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from peerdesk import APP_NAME

VAULT_FILE = "peerdesk.vault"
LOCK_FILE = "peerdesk.lock"
INSTANCE_FILE = "peerdesk.instance"  # held by the running app (not by the CLI)
SETTINGS_FILE = "settings.ini"
BACKUP_DIR = "backups"
LOG_DIR = "logs"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's per-user data folder for PeerDesk."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataDir:
    """The one folder PeerDesk writes to, and the names of what is in it."""

    root: Path

    @classmethod
    def resolve(cls, override: str | os.PathLike[str] | None = None) -> DataDir:
        root = Path(override).expanduser() if override else default_data_dir()
        return cls(root.absolute())

    @property
    def vault(self) -> Path:
        return self.root / VAULT_FILE

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILE

    @property
    def instance(self) -> Path:
        return self.root / INSTANCE_FILE

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS_FILE

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR

    @property
    def logs(self) -> Path:
        return self.root / LOG_DIR

    def ensure(self) -> DataDir:
        """Create the data folder and its sub-folders, private to this user."""
        for folder in (self.root, self.backups, self.logs):
            make_private_dir(folder)
        return self


def make_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable by this user only."""
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR_MODE)


def make_private_file(path: Path) -> None:
    """Restrict an existing file to this user (no-op where modes do not apply)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, PRIVATE_FILE_MODE)
