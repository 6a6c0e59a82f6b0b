"""File ▸ Export: the whole vault as JSON, or one area of work as CSV files.

Both are PLAINTEXT, so each asks where, then says in plain words that the
files will not be encrypted and where they go — before anything is written —
and runs off the UI thread with a progress bar and Cancel. The core writes
under hidden names and renames only a complete export into place (see
vault/transfer.py), so a cancelled or failed export leaves no file.

An area's CSV files go into a new folder inside the chosen one, named after
the area and the day ("peerdesk-care-2026-03-10"): the user may well choose a
folder full of other things (Documents), the new folder keeps the files
together, and it appears only once every file in it is complete.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject

from peerdesk.ui import dialogs
from peerdesk.ui.jobs import JobRunner
from peerdesk.vault import areas


class Exports(QObject):
    """The export actions for the controller's vault, run on a shared JobRunner."""

    def __init__(self, controller, jobs: JobRunner) -> None:
        super().__init__(controller)
        self.controller = controller
        self.jobs = jobs

    @property
    def main(self):
        return self.controller.main

    def area_name(self, area: str) -> str:
        """The area as the menu names it."""
        names = {
            areas.CARE: self.tr("Care conversations"),
            areas.CAFE: self.tr("Café"),
            areas.VOLUNTEERS: self.tr("Volunteers"),
            areas.SELFCARE: self.tr("Self-care"),
            areas.COURSES: self.tr("Courses"),
        }
        return names[area]

    # JSON ---------------------------------------------------------------------

    def export_json(self) -> None:
        """Ask where, warn that the file is not encrypted, then export with a Cancel button.

        A cancelled or failed export leaves no file (and an older file of that
        name untouched): the core renames its finished file into place last.
        """
        vault = self.controller.vault
        if vault is None or self.jobs.is_running("export"):
            return
        path = dialogs.save_file(
            self.main,
            self.tr("Export everything"),
            str(Path.home() / "peerdesk-export.json"),
            "JSON (*.json)",
        )
        if not path:
            return
        if not dialogs.confirm(
            self.main,
            self.tr("Export is not encrypted"),
            self.tr(
                "The file %1 will NOT be encrypted: anyone who can open it can read "
                "everything in it. Export anyway?"
            ).replace("%1", path),
            ok_text=self.tr("Export"),
        ):
            return
        from peerdesk.vault import transfer

        target = Path(path)

        def done(_rows) -> None:
            self.main.statusBar().showMessage(
                self.tr("Exported to %1.").replace("%1", str(target)), 8000
            )

        def cancelled(_exc: BaseException) -> None:
            self.main.statusBar().showMessage(
                self.tr("Export cancelled: no file was written."), 8000
            )

        self.jobs.start(
            "export",
            self.tr("Exporting…"),
            lambda token: transfer.export_json(vault, target, token=token),
            done,
            lambda exc: dialogs.error_dialog(self.main, exc),
            on_cancel=cancelled,
        )

    # CSV ----------------------------------------------------------------------

    def export_area_csv(self, area: str) -> None:
        """Ask for a folder, warn, then write `area`'s tables as CSV into a new folder there."""
        vault = self.controller.vault
        if vault is None or self.jobs.is_running("export-csv"):
            return
        name = self.area_name(area)
        chosen = dialogs.choose_folder(
            self.main,
            self.tr("Export %1 as CSV: choose a folder").replace("%1", name),
            str(Path.home()),
        )
        if not chosen:
            return
        target = unused_folder(Path(chosen), f"peerdesk-{area}-{date.today().isoformat()}")
        warning = self.tr(
            "The CSV files of %1 will be written to a new folder, %2. They will NOT be "
            "encrypted: anyone who can open them can read everything in them."
        )
        warning = warning.replace("%1", name).replace("%2", str(target))
        if area == areas.SELFCARE:
            warning += " " + self.tr("They hold your own self-care notes.")
        warning += " " + self.tr("Export anyway?")
        if not dialogs.confirm(
            self.main, self.tr("Export is not encrypted"), warning, ok_text=self.tr("Export")
        ):
            return
        from peerdesk.vault import transfer

        def done(files) -> None:
            self.main.statusBar().showMessage(
                self.tr("Exported %n CSV file(s) to %1.", "", len(files)).replace(
                    "%1", str(target)
                ),
                8000,
            )

        def cancelled(_exc: BaseException) -> None:
            self.main.statusBar().showMessage(
                self.tr("Export cancelled: no file was written."), 8000
            )

        self.jobs.start(
            "export-csv",
            self.tr("Exporting %1 as CSV…").replace("%1", name),
            lambda token: transfer.export_csv(vault, target, area=area, token=token),
            done,
            lambda exc: dialogs.error_dialog(self.main, exc),
            on_cancel=cancelled,
        )


def unused_folder(parent: Path, base: str) -> Path:
    """`parent / base`, or with "-2", "-3", … added when that name is taken."""
    candidate = parent / base
    n = 2
    while candidate.exists():
        candidate = parent / f"{base}-{n}"
        n += 1
    return candidate
