"""Backups in the shell: on quit, daily, a second folder, restore from a list, the
old-backup warning, and exports that are cancelled or refused leaving no file."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace

from PySide6.QtCore import Qt

from peerdesk.services import drafts
from peerdesk.ui import dialogs
from peerdesk.vault.backup import list_backups, verify_backup
from peerdesk.vault.snapshot import write_encrypted_copy
from tests.conftest import PASSPHRASE
from tests.support.keyboard import type_text
from tests.ui.test_shell import closed_vault, controller, unlock  # noqa: F401 - fixtures

NOW = datetime(2026, 3, 10, 12, 0, 0)


def _open(qtbot, ctl) -> None:
    ctl.start()
    unlock(qtbot, ctl)


def _wait_job(qtbot, ctl) -> None:
    with qtbot.waitSignal(ctl.files.jobs.finished, timeout=30_000):
        pass


def test_quitting_writes_a_backup_that_opens(qtbot, controller, closed_vault):  # noqa: F811
    _open(qtbot, controller)
    quits = []
    controller.app = SimpleNamespace(quit=lambda: quits.append(1))
    controller.quit()
    assert controller.vault is not None  # the backup runs before the vault is closed
    controller.quit()  # a second quit while it runs is ignored
    _wait_job(qtbot, controller)
    assert quits == [1] and controller.vault is None
    (backup,) = list_backups(closed_vault.backups)
    assert backup.automatic and verify_backup(backup.path, PASSPHRASE).ok


def test_a_failed_backup_on_quit_still_quits_after_the_words(
    qtbot,
    controller,  # noqa: F811
    closed_vault,  # noqa: F811
    monkeypatch,
):
    _open(qtbot, controller)
    seen = []
    monkeypatch.setattr(dialogs, "error_dialog", lambda parent, exc: seen.append(exc))
    quits = []
    controller.app = SimpleNamespace(quit=lambda: quits.append(len(seen)))
    closed_vault.backups.mkdir(parents=True, exist_ok=True)
    closed_vault.backups.chmod(0o700)
    # A file where the backups folder should be: the backup cannot be written.
    closed_vault.backups.rmdir()
    closed_vault.backups.write_bytes(b"")
    controller.quit()
    _wait_job(qtbot, controller)
    assert len(seen) == 1 and quits == [1]  # the words first, then the quit
    assert controller.vault is None


def test_daily_check_backs_up_only_when_24_hours_passed(qtbot, controller, closed_vault):  # noqa: F811
    _open(qtbot, controller)
    files = controller.files
    assert files.daily_timer.isActive()
    files.clock = lambda: NOW
    assert files.check_daily_backup()  # none yet
    _wait_job(qtbot, controller)
    files.clock = lambda: NOW + timedelta(hours=23)
    assert not files.check_daily_backup()
    files.clock = lambda: NOW + timedelta(hours=24)
    assert files.check_daily_backup()
    _wait_job(qtbot, controller)
    assert [b.created for b in list_backups(closed_vault.backups)] == [
        NOW + timedelta(hours=24),
        NOW,
    ]
    controller.lock()
    assert not files.daily_timer.isActive()


def test_second_folder_gets_copies_and_keeps_n(qtbot, controller, closed_vault, tmp_path):  # noqa: F811
    usb = tmp_path / "usb"
    usb.mkdir()
    controller.settings.extra_backup_folder = str(usb)
    controller.settings.backups_kept = 2
    _open(qtbot, controller)
    for hour in range(3):
        controller.files.clock = lambda hour=hour: NOW + timedelta(hours=hour)
        controller.main.backup_action.trigger()
        _wait_job(qtbot, controller)
    assert [b.path.name for b in list_backups(usb)] == [
        "peerdesk-20260310-140000.peerdesk",
        "peerdesk-20260310-130000.peerdesk",
    ]
    assert "second folder" in controller.main.statusBar().currentMessage()


def test_a_missing_usb_stick_is_a_calm_note(qtbot, controller, closed_vault, tmp_path):  # noqa: F811
    controller.settings.extra_backup_folder = str(tmp_path / "unplugged")
    _open(qtbot, controller)
    controller.main.backup_action.trigger()
    _wait_job(qtbot, controller)
    assert "USB stick" in controller.main.statusBar().currentMessage()
    assert len(list_backups(closed_vault.backups)) == 1


def test_warning_shows_with_no_backup_and_goes_after_back_up_now(
    qtbot,
    controller,  # noqa: F811
    closed_vault,  # noqa: F811
):
    _open(qtbot, controller)
    main = controller.main
    assert not controller.files.backup_button.isHidden()
    assert not main.overview.backup_card.isHidden()
    assert "no backup" in main.overview.backup_text.text()
    main.overview.grab().save("/tmp/shot-backups-overview-warning.png")
    main.grab().save("/tmp/shot-backups-window-warning.png")
    qtbot.mouseClick(main.overview.backup_button, Qt.MouseButton.LeftButton)
    _wait_job(qtbot, controller)
    assert controller.files.backup_button.isHidden()
    assert main.overview.backup_card.isHidden()
    assert "Last backup" in main.backup_label.text()


def test_an_old_backup_warns(qtbot, controller, closed_vault):  # noqa: F811
    _open(qtbot, controller)
    controller.files.clock = lambda: NOW - timedelta(days=8)
    controller.main.backup_action.trigger()
    _wait_job(qtbot, controller)
    controller.files.clock = lambda: NOW
    controller.files.update_backup_status()
    assert "more than a week ago" in controller.main.backup_label.text()
    assert not controller.main.overview.backup_card.isHidden()


def test_restore_from_the_list(qtbot, controller, closed_vault, tmp_path, monkeypatch):  # noqa: F811
    usb = tmp_path / "usb"
    usb.mkdir()
    controller.settings.extra_backup_folder = str(usb)
    _open(qtbot, controller)
    vault = controller.vault
    drafts.set_setting(vault, "marker", "before")
    controller.files.clock = lambda: NOW
    controller.main.backup_action.trigger()
    _wait_job(qtbot, controller)
    with vault.raw_connection() as conn:  # a backup with another passphrase
        write_encrypted_copy(
            conn, usb / "peerdesk-20260311-090000.peerdesk", new_passphrase="en anden sætning"
        )
    drafts.set_setting(vault, "marker", "after")

    controller.main.restore_action.trigger()
    dialog = controller.files.restore_dialog
    assert dialog is not None and len(dialog.row_texts()) == 3  # two copies, one foreign
    dialog.passphrase.setFocus()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=30_000)
    verdicts = [row[3] for row in dialog.row_texts()]
    assert verdicts == [
        "✗ does not open with this passphrase",
        "✓ opens",
        "✓ opens",
    ]
    dialog.grab().save("/tmp/shot-backups-restore-dialog.png")
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a) or True)
    with qtbot.waitSignal(controller.unlocked, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and controller.files.restore_dialog is None
    assert drafts.get_setting(controller.vault, "marker") == "before"
    (aside,) = closed_vault.root.glob("peerdesk.vault.replaced-*")
    assert verify_backup(aside, PASSPHRASE).ok  # the old vault, kept aside, still opens


def test_cancelled_export_leaves_no_file(qtbot, controller, closed_vault, tmp_path, monkeypatch):  # noqa: F811
    _open(qtbot, controller)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with controller.vault.raw_connection():  # the export waits for the vault until we let go
        controller.main.export_action.trigger()
        assert controller.files.jobs.is_running("export")
        assert controller.files.jobs.cancel("export")
    _wait_job(qtbot, controller)
    assert list(out.iterdir()) == []
    assert "cancelled" in controller.main.statusBar().currentMessage()
    # Not cancelled: the file arrives under its own name only.
    controller.main.export_action.trigger()
    _wait_job(qtbot, controller)
    assert [p.name for p in out.iterdir()] == ["export.json"]


def test_plaintext_warning_comes_before_any_file(
    qtbot,
    controller,  # noqa: F811
    closed_vault,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    _open(qtbot, controller)
    target = tmp_path / "export.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target))
    warnings = []

    def refuse(parent, title, text, **kw):
        warnings.append(text)
        assert not any(tmp_path.glob("*export.json*"))
        return False

    monkeypatch.setattr(dialogs, "confirm", refuse)
    controller.main.export_action.trigger()
    assert warnings and "NOT be encrypted" in warnings[0] and str(target) in warnings[0]
    assert not controller.files.jobs.is_running("export")
    assert list(tmp_path.glob("*export.json*")) == []
