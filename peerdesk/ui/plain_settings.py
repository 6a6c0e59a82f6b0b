"""The plain settings file under the data folder: nothing personal in it.

Only window geometry, language, auto-lock minutes, the backup folder and how
many backups to keep. Anything that could name a person lives in the vault
(`services.drafts.get_setting`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from peerdesk.paths import DataDir, make_private_file

DEFAULT_LANGUAGE = "da"
DEFAULT_AUTOLOCK_MINUTES = 5
DEFAULT_BACKUPS_KEPT = 10


class PlainSettings:
    """Typed access to the settings file (an INI file, private to the user)."""

    def __init__(self, data: DataDir) -> None:
        data.ensure()
        self._path = data.settings
        self._qs = QSettings(str(data.settings), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()
        make_private_file(self._path)

    # language -------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in ("da", "en") else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)
        self.sync()

    # locking --------------------------------------------------------------
    @property
    def autolock_minutes(self) -> int:
        try:
            return max(
                1,
                min(
                    240, int(self._qs.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))
                ),
            )
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, value: int) -> None:
        self._qs.setValue("security/autolock_minutes", int(value))
        self.sync()

    # backups ----------------------------------------------------------------
    @property
    def extra_backup_folder(self) -> str:
        return str(self._qs.value("backup/extra_folder", ""))

    @extra_backup_folder.setter
    def extra_backup_folder(self, value: str) -> None:
        self._qs.setValue("backup/extra_folder", value)
        self.sync()

    @property
    def backups_kept(self) -> int:
        try:
            return max(1, min(100, int(self._qs.value("backup/keep", DEFAULT_BACKUPS_KEPT))))
        except (TypeError, ValueError):
            return DEFAULT_BACKUPS_KEPT

    @backups_kept.setter
    def backups_kept(self, value: int) -> None:
        self._qs.setValue("backup/keep", int(value))
        self.sync()

    # window -----------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self.sync()
