"""The File menu's long jobs with a real Cancel: backup, quit-time backup, JSON and CSV
export, restore. A cancelled job ends with the "cancelled" words and leaves no file.

To click Cancel while a job is surely still running, a test holds the job back:
either it holds the vault's own lock on the UI thread (the job then waits at its
first read of the vault), or it pauses the work at a gate it opens after the click.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from peerdesk.services import care
from peerdesk.ui import dialogs
from peerdesk.vault import backup as backups
from peerdesk.vault import transfer
from peerdesk.vault.backup import list_backups
from tests.conftest import PASSPHRASE
from tests.support.keyboard import type_text
from tests.ui.test_shell import closed_vault, controller, unlock  # noqa: F401 - fixtures


@pytest.fixture
def ctl(qtbot, controller, closed_vault):  # noqa: F811
    """An unlocked controller whose job dialogs show at once."""
    controller.files.jobs.show_after_ms = 0
    controller.start()
    unlock(qtbot, controller)
    return controller


def wait_job(qtbot, ctl) -> None:
    with qtbot.waitSignal(ctl.files.jobs.finished, timeout=30_000):
        pass


def click_cancel(qtbot, ctl, name: str) -> None:
    """Click the Cancel button of job `name`'s progress dialog, once it shows."""
    jobs = ctl.files.jobs
    qtbot.waitUntil(lambda: jobs.dialog(name) is not None and jobs.dialog(name).isVisible())
    dialog = jobs.dialog(name)
    assert dialog.cancel_button is not None and dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    assert dialog.label.text() == "Cancelling…"


def everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def render_confirm(parent, title: str, text: str, ok_text: str, path: str) -> None:
    """Draw the box `dialogs.confirm` would show, for a screenshot."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.show()  # lays the text out as exec() would
    box.grab().save(path)
    box.hide()
    box.deleteLater()


# --------------------------------------------------------------------- backup


def test_cancel_in_the_backup_dialog_leaves_no_file(qtbot, ctl):
    with ctl.vault.raw_connection():  # the backup waits for the vault until we let go
        ctl.main.backup_action.trigger()
        click_cancel(qtbot, ctl, "backup")
    wait_job(qtbot, ctl)
    assert "cancelled" in ctl.main.statusBar().currentMessage()
    assert not ctl.data.backups.exists() or everything_in(ctl.data.backups) == []
    assert list_backups(ctl.data.backups) == []
    care.add_person(ctl.vault, alias="Skrevet efter annulleringen")  # still writable
    assert "No backup yet" in ctl.main.backup_label.text()


def test_cancelling_the_quit_backup_still_quits_and_says_nothing_was_written(
    qtbot, ctl, monkeypatch
):
    told: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: told.append(text))
    quits: list[int] = []
    ctl.app = SimpleNamespace(quit=lambda: quits.append(len(told)))
    with ctl.vault.raw_connection():
        ctl.quit()
        click_cancel(qtbot, ctl, "backup")
    wait_job(qtbot, ctl)
    assert quits == [1]  # the words first, then the quit
    assert "no backup was written" in told[0]
    assert ctl.vault is None
    assert list_backups(ctl.data.backups) == []


def test_locking_stops_a_running_backup(qtbot, ctl):
    with ctl.vault.raw_connection():
        ctl.main.backup_action.trigger()
        assert ctl.files.jobs.is_running("backup")
        with qtbot.waitSignal(ctl.locked, timeout=10_000):
            ctl.lock()
    wait_job(qtbot, ctl)
    assert list_backups(ctl.data.backups) == []
    assert not ctl.files.jobs.any_running()


# --------------------------------------------------------------------- export


def test_cancel_in_the_json_export_dialog_leaves_no_file(qtbot, ctl, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(out / "export.json"))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with ctl.vault.raw_connection():
        ctl.main.export_action.trigger()
        click_cancel(qtbot, ctl, "export")
    wait_job(qtbot, ctl)
    assert everything_in(out) == []
    assert "cancelled" in ctl.main.statusBar().currentMessage()


@pytest.fixture
def halfway(monkeypatch):
    """CSV exports pause after their second table until the test sets the event."""
    reached, release = threading.Event(), threading.Event()
    real = transfer._write_csv
    written: list[str] = []

    def pausing(s, table, path, delimiter, token) -> None:
        if len(written) == 2:
            reached.set()
            assert release.wait(20)
        real(s, table, path, delimiter, token)
        written.append(table.name)

    monkeypatch.setattr(transfer, "_write_csv", pausing)
    return reached, release


def test_area_csv_export_warns_before_any_file_then_cancel_leaves_none(
    qtbot, ctl, tmp_path, monkeypatch, halfway
):
    reached, release = halfway
    out = tmp_path / "documents"
    out.mkdir()
    (out / "letter.docx").write_bytes(b"mine")  # a folder with other things in it
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: str(out))
    warnings: list[str] = []

    def confirm(parent, title, text, *, ok_text=""):
        # Nothing may be written before the user has read this.
        assert everything_in(out) == ["letter.docx"]
        warnings.append(text)
        render_confirm(parent, title, text, ok_text, "/tmp/s2/shot-csv-export-warning.png")
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    ctl.main.export_csv_actions["care"].trigger()
    (warning,) = warnings
    assert "NOT be" in warning and "encrypted" in warning and str(out) in warning
    assert "Care conversations" in warning

    assert reached.wait(20)
    dialog = ctl.files.jobs.dialog("export-csv")
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.bar.value() > 0)
    assert dialog.bar.maximum() > 0  # determinate: the export reports per table
    dialog.grab().save("/tmp/s2/shot-progress-dialog.png")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    wait_job(qtbot, ctl)
    assert everything_in(out) == ["letter.docx"]  # no folder, no file, no staging
    assert "cancelled" in ctl.main.statusBar().currentMessage()


def test_area_csv_export_writes_only_that_areas_files_in_a_new_folder(
    qtbot, ctl, tmp_path, monkeypatch
):
    care.add_person(ctl.vault, alias="Å.B.")
    out = tmp_path / "documents"
    out.mkdir()
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: str(out))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    ctl.main.export_csv_actions["care"].trigger()
    wait_job(qtbot, ctl)
    (folder,) = out.iterdir()
    assert folder.name.startswith("peerdesk-care-")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{t.name}.csv" for t in transfer.tables_of_area("care")
    )
    assert "Å.B." in (folder / "person.csv").read_text(encoding="utf-8-sig")
    assert str(folder) in ctl.main.statusBar().currentMessage()
    # A second export the same day goes into a folder of its own.
    ctl.main.export_csv_actions["care"].trigger()
    wait_job(qtbot, ctl)
    assert sorted(p.name for p in out.iterdir()) == [folder.name, f"{folder.name}-2"]


def test_declining_the_csv_warning_writes_nothing(qtbot, ctl, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: str(tmp_path))
    before = everything_in(tmp_path)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    ctl.main.export_csv_actions["selfcare"].trigger()
    assert not ctl.files.jobs.any_running()
    assert everything_in(tmp_path) == before


def test_the_selfcare_export_says_it_holds_your_own_notes(qtbot, ctl, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: str(tmp_path))
    said: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, text, **k: said.append(text) and False)
    ctl.main.export_csv_actions["selfcare"].trigger()
    ctl.main.export_csv_actions["cafe"].trigger()
    assert "self-care" in said[0] and "self-care" not in said[1]


# -------------------------------------------------------------------- restore


def test_cancelled_restore_check_keeps_the_open_vault_and_leaves_no_copy(qtbot, ctl, monkeypatch):
    backups.backup_now(ctl.vault)
    care.add_person(ctl.vault, alias="Efter backuppen")
    real = backups.prepare_restore
    started = threading.Event()

    def held(data, path, passphrase, *, token):
        started.set()
        assert token.wait(20)  # until Cancel is clicked
        return real(data, path, passphrase, token=token)

    monkeypatch.setattr(backups, "prepare_restore", held)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    ctl.main.restore_action.trigger()
    dialog = ctl.files.restore_dialog
    dialog.passphrase.setFocus()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=30_000)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert started.wait(20)
    click_cancel(qtbot, ctl, "restore-check")
    wait_job(qtbot, ctl)
    assert "Restore cancelled" in ctl.main.statusBar().currentMessage()
    assert ctl.vault is not None  # never closed: the user goes on working
    assert "Efter backuppen" in {p.alias for p in care.list_people(ctl.vault)}
    leftovers = [p.name for p in ctl.data.root.iterdir() if "restoring" in p.name]
    assert leftovers == [] and not list(ctl.data.root.glob("*.replaced-*"))


def test_a_restore_past_its_check_cannot_be_cancelled(qtbot, ctl, monkeypatch):
    backups.backup_now(ctl.vault)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    ctl.main.restore_action.trigger()
    dialog = ctl.files.restore_dialog
    dialog.passphrase.setFocus()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=30_000)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.files.jobs.is_running("restore"), timeout=30_000)
    assert ctl.files.jobs.dialog("restore").cancel_button is None
    assert not ctl.files.jobs.cancel("restore")
    with qtbot.waitSignal(ctl.unlocked, timeout=30_000):
        pass
    assert list(ctl.data.root.glob("*.replaced-*"))


def test_the_passphrase_change_has_no_cancel_and_escape_does_not_hide_it(qtbot, ctl):
    gate = threading.Event()
    jobs = ctl.files.jobs
    jobs.start(
        "passwd-like", "…", lambda _t: gate.wait(20), lambda r: None, pytest.fail, cancellable=False
    )
    qtbot.waitUntil(lambda: jobs.dialog("passwd-like").isVisible())
    dialog = jobs.dialog("passwd-like")
    assert dialog.cancel_button is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and not jobs.cancel("passwd-like")
    gate.set()
    wait_job(qtbot, ctl)


def test_escape_in_a_job_dialog_means_cancel(qtbot, ctl):
    jobs = ctl.files.jobs
    ended: list[str] = []

    def work(token):
        assert token.wait(20)
        token.check()

    jobs.start(
        "waiting",
        "…",
        work,
        lambda r: ended.append("done"),
        lambda e: ended.append("error"),
        on_cancel=lambda e: ended.append(type(e).__name__),
    )
    qtbot.waitUntil(lambda: jobs.dialog("waiting").isVisible())
    qtbot.keyClick(jobs.dialog("waiting"), Qt.Key.Key_Escape)
    wait_job(qtbot, ctl)
    assert ended == ["Cancelled"]
