"""Backup rules: when a daily backup is due, when to warn, and the second-folder copy."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from peerdesk.vault import backup_policy as policy
from peerdesk.vault.backup import list_backups, verify_backup
from peerdesk.vault.errors import StorageError
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 3, 10, 12, 0, 0)


def test_due_and_old_rules():
    assert policy.backup_due(None, NOW)
    assert not policy.backup_due(NOW - timedelta(hours=23), NOW)
    assert policy.backup_due(NOW - timedelta(hours=24), NOW)
    assert policy.backup_is_old(None, NOW)
    assert not policy.backup_is_old(NOW - timedelta(days=7), NOW)
    assert policy.backup_is_old(NOW - timedelta(days=7, seconds=1), NOW)


def test_second_folder_gets_a_copy_that_opens_and_rotation_keeps_n(vault, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "my-notes.peerdesk").write_bytes(b"not ours")  # never rotated
    for day in range(4):
        result = policy.automatic_backup(vault, keep=2, second=usb, now=NOW + timedelta(days=day))
        assert result.copy is not None and not result.second_folder_missing
    names = sorted(b.path.name for b in list_backups(usb))
    assert names == [
        "my-notes.peerdesk",
        "peerdesk-20260312-120000.peerdesk",
        "peerdesk-20260313-120000.peerdesk",
    ]
    assert len(list_backups(vault.data.backups)) == 2
    assert verify_backup(result.copy, PASSPHRASE).ok
    assert not [p for p in usb.iterdir() if p.name.startswith(".")]


def test_missing_second_folder_is_reported_not_raised(vault, tmp_path):
    result = policy.automatic_backup(vault, keep=3, second=tmp_path / "unplugged", now=NOW)
    assert result.second_folder_missing and result.copy is None
    assert result.path.is_file()


def test_unwritable_second_folder_raises_storage_error(vault, tmp_path):
    # A "folder" that is a file cannot take a copy (chmod would not stop root).
    not_a_folder = tmp_path / "usb"
    not_a_folder.write_bytes(b"")
    path = policy.automatic_backup(vault, keep=3, second=None, now=NOW).path
    with pytest.raises(StorageError):
        policy.copy_to_folder(path, not_a_folder, keep=3)
    assert not_a_folder.read_bytes() == b""


def test_backups_in_merges_folders_newest_first_and_skips_missing(vault, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    policy.automatic_backup(vault, keep=5, second=usb, now=NOW)
    policy.automatic_backup(vault, keep=5, second=None, now=NOW + timedelta(hours=1))
    found = policy.backups_in([vault.data.backups, usb, None, tmp_path / "gone"])
    assert [b.created for b in found] == [NOW + timedelta(hours=1), NOW, NOW]
    assert policy.second_folder("  ") is None


def test_keep_must_be_positive(vault, tmp_path):
    with pytest.raises(ValueError):
        policy.copy_to_folder(tmp_path / "x.peerdesk", tmp_path, keep=0)
