"""Backups: taking one (also while another thread writes), rotation, listing,
verifying without touching the file, and restoring without losing the vault it replaces."""

from __future__ import annotations

import os
import shutil
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.paths import DataDir
from peerdesk.vault import (
    StorageError,
    Vault,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from peerdesk.vault import connection as raw
from peerdesk.vault.backup import (
    BackupInfo,
    backup_now,
    last_backup_time,
    list_backups,
    restore_backup,
    verify_backup,
)
from peerdesk.vault.migrations import SCHEMA_VERSION
from peerdesk.vault.models import Goal, Person
from tests.conftest import PASSPHRASE

NOON = datetime(2026, 11, 22, 12, 0, 0)


def add_person(vault: Vault, alias: str) -> None:
    """One person and one goal, in one transaction (so their counts always match)."""
    with vault.session() as s:
        person = Person(alias=alias)
        s.add(person)
        s.flush()
        s.add(Goal(person_id=person.id, title=f"goal of {alias}"))


def aliases_in(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    conn = raw.connect(path, passphrase, wal=False)
    try:
        return [row[0] for row in conn.execute("SELECT alias FROM person ORDER BY id")]
    finally:
        conn.close()


def snapshot_folder(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def fake_automatic(folder: Path, when: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"peerdesk-{when:%Y%m%d-%H%M%S}.peerdesk"
    path.write_bytes(b"an older automatic backup")
    return path


# ------------------------------------------------------------------ backup_now


def test_backup_is_named_by_time_and_opens_with_the_vaults_passphrase(vault: Vault) -> None:
    add_person(vault, "Åse 🙂")

    path = backup_now(vault, now=NOON)

    assert path == vault.data.backups / "peerdesk-20261122-120000.peerdesk"
    check = verify_backup(path, PASSPHRASE)
    assert check.ok and check.opens and check.problems == []
    assert check.schema == SCHEMA_VERSION
    assert aliases_in(path) == ["Åse 🙂"]


def test_backup_to_an_explicit_path_goes_exactly_there_and_rotates_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    older = [fake_automatic(vault.data.backups, NOON - timedelta(days=d)) for d in (1, 2)]
    target = tmp_path / "usb" / "my copy.peerdesk"

    path = backup_now(vault, to=target, keep=1, now=NOON)

    assert path == target and target.is_file()
    assert all(p.exists() for p in older)
    assert verify_backup(target, PASSPHRASE).ok


def test_backup_taken_while_another_thread_writes_is_consistent(vault: Vault) -> None:
    halfway = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(200):
                add_person(vault, f"p{i}")
                if i == 50:
                    halfway.set()
        except BaseException as exc:  # surfaced in the main thread below
            failures.append(exc)
            halfway.set()

    thread = threading.Thread(target=writer)
    thread.start()
    halfway.wait()
    backups = [backup_now(vault, now=NOON + timedelta(seconds=i)) for i in range(3)]
    thread.join()

    assert failures == []
    for path in backups:
        assert verify_backup(path, PASSPHRASE).ok
        conn = raw.connect(path, PASSPHRASE, wal=False)
        try:
            people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
            goals = conn.execute("SELECT count(*) FROM goal").fetchone()[0]
            indexed = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
        finally:
            conn.close()
        # Each write adds a person and a goal together: a torn copy would differ.
        assert 51 <= people <= 200
        assert goals == people and indexed == 2 * people
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 200


def test_rotation_keeps_the_newest_n_and_never_touches_other_files(vault: Vault) -> None:
    folder = vault.data.backups
    automatic = [fake_automatic(folder, NOON - timedelta(hours=h)) for h in range(1, 7)]
    others = {
        "before-schema-2-from-1-20200101-000000.peerdesk": b"pre-migration",
        "notes.txt": b"mine",
        "peerdesk-20200101-000000.peerdesk.bak": b"renamed by hand",
        "my-peerdesk-20200101-000000.peerdesk": b"a copy of mine",
        ".peerdesk-20200101-000000.peerdesk.1234abcd.partial": b"half written",
    }
    for name, content in others.items():
        (folder / name).write_bytes(content)

    new = backup_now(vault, keep=3, now=NOON)

    left = sorted(p.name for p in folder.glob("peerdesk-*.peerdesk"))
    assert left == sorted([new.name, automatic[0].name, automatic[1].name])
    for name, content in others.items():
        assert (folder / name).read_bytes() == content


def test_rotation_never_deletes_the_backup_just_taken(vault: Vault) -> None:
    # The clock was set back: the new backup's name is older than an existing one.
    newer = fake_automatic(vault.data.backups, NOON + timedelta(days=1))

    new = backup_now(vault, keep=1, now=NOON)

    assert new.exists() and not newer.exists()


def test_a_backup_that_cannot_be_written_raises_storage_error(vault: Vault, tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_bytes(b"a file where the folder should be")

    with pytest.raises(StorageError):
        backup_now(vault, to=blocker / "copy.peerdesk")

    assert blocker.read_bytes() == b"a file where the folder should be"


def test_keep_below_one_is_refused(vault: Vault) -> None:
    with pytest.raises(ValueError):
        backup_now(vault, keep=0)
    assert list_backups(vault.data.backups) == []


# ------------------------------------------------------------------- listing


def test_list_backups_newest_first_with_time_from_name_else_mtime(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    old = fake_automatic(folder, datetime(2025, 1, 2, 3, 4, 5))
    new = fake_automatic(folder, datetime(2026, 6, 7, 8, 9, 10))
    pre = folder / "before-schema-2-from-1-20260101-101010.peerdesk"
    pre.write_bytes(b"12345")
    unnamed = folder / "copied by hand.peerdesk"
    unnamed.write_bytes(b"x")
    stamp = datetime(2024, 5, 5, 5, 5, 5).timestamp()
    os.utime(unnamed, (stamp, stamp))
    (folder / ".peerdesk-20270101-000000.peerdesk.abcd1234.partial").write_bytes(b"")
    (folder / "notes.txt").write_bytes(b"")

    found = list_backups(folder)

    assert [b.path for b in found] == [new, pre, old, unnamed]
    assert found[1] == BackupInfo(pre, datetime(2026, 1, 1, 10, 10, 10), 5)
    assert found[3].created == datetime(2024, 5, 5, 5, 5, 5)
    assert [b.automatic for b in found] == [True, False, True, False]
    assert last_backup_time(folder) == datetime(2026, 6, 7, 8, 9, 10)


def test_no_folder_means_no_backups(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "missing") == []
    assert last_backup_time(tmp_path / "missing") is None


# ----------------------------------------------------------------- verifying


def test_verify_never_modifies_the_backup(vault: Vault) -> None:
    path = backup_now(vault, now=NOON)
    before = snapshot_folder(path.parent)
    mtime = path.stat().st_mtime_ns

    assert verify_backup(path, PASSPHRASE).ok
    assert not verify_backup(path, "not the passphrase at all").opens

    assert snapshot_folder(path.parent) == before
    assert path.stat().st_mtime_ns == mtime


def test_verify_with_a_wrong_passphrase_does_not_open(vault: Vault) -> None:
    path = backup_now(vault, now=NOON)

    check = verify_backup(path, "not the passphrase at all")

    assert not check.opens and not check.ok
    assert check.problems == ["wrong_passphrase"] and check.schema is None


def test_verify_reports_a_damaged_backup(vault: Vault) -> None:
    path = backup_now(vault, now=NOON)
    damage(path)

    check = verify_backup(path, PASSPHRASE)

    assert not check.ok and check.problems


def test_verify_a_missing_file(tmp_path: Path) -> None:
    check = verify_backup(tmp_path / "gone.peerdesk", PASSPHRASE)
    assert not check.opens and check.problems == ["not_found"]


def damage(path: Path) -> None:
    """Flip bytes in the middle of a page past the first (the key still opens the file)."""
    with path.open("r+b") as f:
        f.seek(4096 * 5 + 1000)
        chunk = f.read(16)
        f.seek(4096 * 5 + 1000)
        f.write(bytes(b ^ 0xFF for b in chunk))


# ----------------------------------------------------------------- restoring


def test_restore_keeps_the_replaced_vault_aside_and_the_restored_one_opens(
    vault: Vault,
) -> None:
    add_person(vault, "before the backup")
    backup = backup_now(vault, now=NOON)
    add_person(vault, "after the backup")
    data = vault.data
    vault.close()

    kept = restore_backup(data, backup, PASSPHRASE, now=NOON + timedelta(hours=1))

    assert kept == data.root / "peerdesk.vault.replaced-20261122-130000"
    assert aliases_in(kept) == ["before the backup", "after the backup"]
    with Vault.open(data, PASSPHRASE) as restored:
        assert restored.check() == []
        with restored.session() as s:
            assert s.scalars(select(Person.alias)).all() == ["before the backup"]
    assert backup.is_file() and verify_backup(backup, PASSPHRASE).ok


def test_restore_keeps_what_only_the_replaced_vaults_wal_held(vault: Vault, tmp_path: Path) -> None:
    backup = backup_now(vault, now=NOON)
    add_person(vault, "only in the WAL")
    # A crash now would leave the vault with its WAL unmerged: copy that state.
    crashed = DataDir.resolve(tmp_path / "crashed").ensure()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{vault.data.vault}{suffix}", f"{crashed.vault}{suffix}")
    assert Path(f"{crashed.vault}-wal").stat().st_size > 0

    kept = restore_backup(crashed, backup, PASSPHRASE, now=NOON)

    assert kept is not None
    assert aliases_in(kept) == ["only in the WAL"]
    with Vault.open(crashed, PASSPHRASE) as restored:
        assert restored.check() == []
        with restored.session() as s:
            assert s.scalars(select(Person.alias)).all() == []


def test_restore_twice_in_one_second_keeps_both_replaced_vaults(vault: Vault) -> None:
    backup = backup_now(vault, now=NOON)
    data = vault.data
    vault.close()

    first = restore_backup(data, backup, PASSPHRASE, now=NOON)
    second = restore_backup(data, backup, PASSPHRASE, now=NOON)

    assert first != second and first.exists() and second.exists()


def test_restore_into_a_folder_without_a_vault(vault: Vault, tmp_path: Path) -> None:
    add_person(vault, "on the old laptop")
    backup = backup_now(vault, to=tmp_path / "usb" / "copy.peerdesk")
    fresh = DataDir.resolve(tmp_path / "new laptop")

    assert restore_backup(fresh, backup, PASSPHRASE) is None

    with Vault.open(fresh, PASSPHRASE) as restored, restored.session() as s:
        assert s.scalars(select(Person.alias)).all() == ["on the old laptop"]


def test_restore_moves_an_orphaned_wal_out_of_the_new_vaults_way(
    vault: Vault, tmp_path: Path
) -> None:
    backup = backup_now(vault, now=NOON)
    fresh = DataDir.resolve(tmp_path / "fresh").ensure()
    orphan = Path(f"{fresh.vault}-wal")
    orphan.write_bytes(b"a WAL whose vault is gone")

    assert restore_backup(fresh, backup, PASSPHRASE) is None

    assert not orphan.exists()
    (kept,) = fresh.root.glob("peerdesk.vault-wal.orphan-*")
    assert kept.read_bytes() == b"a WAL whose vault is gone"
    with Vault.open(fresh, PASSPHRASE) as restored:
        assert restored.check() == []


def assert_restore_refused(data: DataDir, backup: Path, passphrase: str, error: type) -> None:
    before = snapshot_folder(data.root)
    with pytest.raises(error):
        restore_backup(data, backup, passphrase, now=NOON)
    after = snapshot_folder(data.root)
    # The lock file's content (a process id) may be rewritten; nothing else may change.
    before.pop("peerdesk.lock", None)
    after.pop("peerdesk.lock", None)
    assert after == before


def test_restore_with_a_wrong_passphrase_changes_nothing(vault: Vault) -> None:
    add_person(vault, "current")
    backup = backup_now(vault, now=NOON)
    data = vault.data
    vault.close()

    assert_restore_refused(data, backup, "not the passphrase at all", WrongPassphrase)

    with Vault.open(data, PASSPHRASE) as v, v.session() as s:
        assert s.scalars(select(Person.alias)).all() == ["current"]


def test_restore_of_a_damaged_backup_changes_nothing(vault: Vault) -> None:
    backup = backup_now(vault, now=NOON)
    damage(backup)
    data = vault.data
    vault.close()

    assert_restore_refused(data, backup, PASSPHRASE, VaultDamaged)


def test_restore_of_a_database_that_is_not_a_vault_changes_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    other = tmp_path / "other.db"
    conn = raw.connect(other, PASSPHRASE, create=True, wal=False)
    conn.execute("CREATE TABLE something_else (x)")
    conn.close()
    data = vault.data
    vault.close()

    assert_restore_refused(data, other, PASSPHRASE, VaultDamaged)


def test_restore_of_a_backup_from_a_newer_peerdesk_changes_nothing(vault: Vault) -> None:
    backup = backup_now(vault, now=NOON)
    conn = raw.connect(backup, PASSPHRASE, wal=False)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    data = vault.data
    vault.close()

    assert_restore_refused(data, backup, PASSPHRASE, VaultTooNew)


def test_restore_of_a_missing_backup(vault: Vault, tmp_path: Path) -> None:
    data = vault.data
    vault.close()

    assert_restore_refused(data, tmp_path / "gone.peerdesk", PASSPHRASE, VaultNotFound)


def test_restore_is_refused_while_the_vault_is_open(vault: Vault) -> None:
    backup = backup_now(vault, now=NOON)
    before = vault.data.vault.read_bytes()

    with pytest.raises(VaultInUse):
        restore_backup(vault.data, backup, PASSPHRASE, now=NOON)

    assert vault.data.vault.read_bytes() == before
    assert not list(vault.data.root.glob("*replaced*"))
    assert vault.check() == []


def test_restore_removes_a_copy_left_by_an_interrupted_restore(vault: Vault) -> None:
    backup = backup_now(vault, now=NOON)
    data = vault.data
    vault.close()
    leftover = data.root / ".peerdesk.vault.restoring-deadbeef"
    leftover.write_bytes(b"half a copy")

    restore_backup(data, backup, PASSPHRASE, now=NOON)

    assert not leftover.exists()
