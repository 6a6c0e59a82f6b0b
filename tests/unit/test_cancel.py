"""Cooperative cancellation: a cancelled backup, export or restore leaves nothing behind,
the vault stays open and writable, and progress runs forward to its total."""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from peerdesk.demo import generate_demo
from peerdesk.paths import DataDir
from peerdesk.services import care
from peerdesk.services.reports import activity_report
from peerdesk.vault import StorageError, Vault, backup_policy, transfer
from peerdesk.vault import backup as backups
from peerdesk.vault.cancel import Cancelled, CancelToken, interruptible
from tests.conftest import PASSPHRASE

# A recursive count SQLite needs a few seconds for: long enough to be cancelled.
LONG_QUERY = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
    "SELECT count(*) FROM n"
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, template_vault: Path) -> Path:
    """A vault file with demo data at scale 3 (a few MB), made once for this module."""
    data = DataDir.resolve(tmp_path_factory.mktemp("cancel-demo") / "data")
    data.ensure()
    shutil.copy2(template_vault, data.vault)
    with Vault.open(data, PASSPHRASE) as vault:
        generate_demo(vault, seed=3, scale=3)
    return data.vault


@pytest.fixture
def big(tmp_path: Path, demo_file: Path) -> Iterator[Vault]:
    data = DataDir.resolve(tmp_path / "big")
    data.ensure()
    shutil.copy2(demo_file, data.vault)
    vault = Vault.open(data, PASSPHRASE)
    yield vault
    vault.close()


def cancel_midway(*, after: int = 1) -> tuple[CancelToken, list[tuple[int, int]]]:
    """A token that cancels itself at the `after`-th report with 0 < done < total."""
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if 0 < done < total and sum(1 for d, t in seen if 0 < d < t) == after:
            assert token.cancel()

    token = CancelToken(progress)
    return token, seen


def files_in(folder: Path) -> list[str]:
    """Every name under `folder`, hidden ones and those in subfolders included."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def still_writable(vault: Vault) -> None:
    person = care.add_person(vault, alias="Efter annulleringen")
    assert care.get_person(vault, person.id).alias == "Efter annulleringen"
    with vault.raw_connection() as conn:
        attached = [row[1] for row in conn.execute("PRAGMA database_list")]
    assert attached == ["main", "temp"]  # the copy was DETACHed


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------- the token


def test_token_cancel_check_report_and_point_of_no_return() -> None:
    reports: list[tuple[int, int]] = []
    finals: list[int] = []
    token = CancelToken(lambda d, t: reports.append((d, t)), on_final=lambda: finals.append(1))
    token.check()  # not cancelled: nothing happens
    token.report(1, 4)
    token.point_of_no_return()
    token.point_of_no_return()
    assert token.final and finals == [1]  # the callback runs once
    assert token.cancel() is False and not token.cancelled
    token.check()
    assert reports == [(1, 4)]

    other = CancelToken()
    assert other.cancel() and other.cancelled
    with pytest.raises(Cancelled):
        other.check()
    with pytest.raises(Cancelled):
        other.point_of_no_return()
    assert not other.final


def test_interruptible_aborts_a_long_statement_and_the_connection_lives_on(
    vault: Vault,
) -> None:
    token = CancelToken()
    timer = threading.Timer(0.2, token.cancel)
    timer.start()
    with vault.raw_connection() as conn:
        with pytest.raises(Cancelled), interruptible(conn, token):
            conn.execute(LONG_QUERY).fetchone()
        # The handler is gone: the same statement, shortened, runs to its end.
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
    timer.join()
    still_writable(vault)


def test_a_cancel_aborts_a_statement_inside_a_session_which_then_rolls_back(
    vault: Vault,
) -> None:
    token = CancelToken()
    timer = threading.Timer(0.2, token.cancel)
    timer.start()
    with (
        pytest.raises(Cancelled),
        vault.session() as s,
        vault.raw_connection() as conn,
        interruptible(conn, token),
    ):
        inserted = s.execute(
            text("INSERT INTO vault_setting(key, value) VALUES ('k', :v)"), {"v": '"v"'}
        )
        assert inserted.rowcount == 1
        s.execute(text(LONG_QUERY)).one()
    timer.join()
    with vault.session() as s:  # the insert before the cancel was rolled back
        assert s.execute(text("SELECT count(*) FROM vault_setting WHERE key = 'k'")).one() == (0,)
    still_writable(vault)


def test_the_activity_report_stops_between_sections(big: Vault) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 5:
            token.cancel()

    token = CancelToken(progress)
    with pytest.raises(Cancelled):
        activity_report(big, start="2025-01-01", end="2025-12-31", token=token)
    assert seen[-1][0] == 5 and seen[-1][1] > 5  # it stopped at the next look
    done = CancelToken()
    done.cancel()
    with pytest.raises(Cancelled):
        activity_report(big, start="2025-01-01", end="2025-01-31", token=done)


def test_an_interrupt_without_a_cancel_is_not_called_a_cancel(vault: Vault) -> None:
    token = CancelToken()
    with vault.raw_connection() as conn:
        threading.Timer(0.2, conn.interrupt).start()
        with pytest.raises(sqlcipher3.dbapi2.OperationalError), interruptible(conn, token):
            conn.execute(LONG_QUERY).fetchone()


# --------------------------------------------------------------------- backup


def test_backup_cancelled_mid_export_leaves_no_file_and_the_vault_writable(big: Vault) -> None:
    token, seen = cancel_midway()

    with pytest.raises(Cancelled):
        backups.backup_now(big, token=token)

    assert any(0 < done < total for done, total in seen)  # it was cancelled mid-copy
    assert files_in(big.data.backups) == []
    still_writable(big)
    # And the next backup works as if nothing happened.
    path = backups.backup_now(big)
    assert backups.verify_backup(path, PASSPHRASE).ok


def test_backup_cancelled_from_another_thread(big: Vault) -> None:
    started = threading.Event()

    def progress(done: int, total: int) -> None:
        if 0 < done < total and not started.is_set():
            started.set()
            # Hold the export here until the other thread has cancelled.
            assert token.wait(10)

    token = CancelToken(progress)
    canceller = threading.Thread(target=lambda: started.wait(10) and token.cancel())
    canceller.start()
    with pytest.raises(Cancelled):
        backups.backup_now(big, token=token)
    canceller.join()
    assert files_in(big.data.backups) == []
    still_writable(big)


def test_backup_progress_rises_to_the_total_and_then_cancel_is_refused(big: Vault) -> None:
    seen: list[tuple[int, int]] = []
    token = CancelToken(lambda d, t: seen.append((d, t)))

    path = backups.backup_now(big, token=token)

    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and len(seen) > 2
    assert seen[-1][0] == seen[-1][1] > 0
    assert token.final and not token.cancel()
    assert backups.verify_backup(path, PASSPHRASE).ok


def test_automatic_backup_cancelled_leaves_no_file_in_either_folder(
    big: Vault, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    token, _seen = cancel_midway()
    with pytest.raises(Cancelled):
        backup_policy.automatic_backup(big, keep=3, second=usb, token=token)
    assert files_in(big.data.backups) == [] and files_in(usb) == []


def test_copy_to_a_second_folder_cancelled_leaves_no_file(big: Vault, tmp_path: Path) -> None:
    path = backups.backup_now(big)
    usb = tmp_path / "usb"
    usb.mkdir()
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        backup_policy.copy_to_folder(path, usb, keep=3, token=token)
    assert files_in(usb) == []


# --------------------------------------------------------------------- export


def test_json_export_cancelled_leaves_no_file_and_keeps_an_older_one(
    big: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.json"
    token, _seen = cancel_midway(after=5)
    with pytest.raises(Cancelled):
        transfer.export_json(big, target, token=token)
    assert files_in(out) == []

    target.write_text("an older export", encoding="utf-8")
    token, _seen = cancel_midway(after=5)
    with pytest.raises(Cancelled):
        transfer.export_json(big, target, token=token)
    assert files_in(out) == ["export.json"]
    assert target.read_text(encoding="utf-8") == "an older export"
    still_writable(big)


def test_json_export_progress_rises_to_the_total(big: Vault, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    counts = transfer.export_json(
        big, tmp_path / "all.json", token=CancelToken(lambda d, t: seen.append((d, t)))
    )
    dones = [d for d, _ in seen]
    totals = {t for _, t in seen}
    assert dones == sorted(dones) and dones[0] == 0
    assert totals == {len(counts) + 1} and dones[-1] == len(counts) + 1


def test_csv_export_cancelled_leaves_no_file_and_no_folder_it_made(
    big: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    token, _seen = cancel_midway(after=3)
    with pytest.raises(Cancelled):
        transfer.export_csv(big, out, token=token)
    assert not out.exists()
    still_writable(big)


def test_csv_export_cancelled_into_an_earlier_export_leaves_it_as_it_was(
    big: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "csv"
    transfer.export_csv(big, out, area="care")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    care.add_person(big, alias="Ny efter den første eksport")
    token, _seen = cancel_midway(after=2)
    with pytest.raises(Cancelled):
        transfer.export_csv(big, out, area="care", token=token)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_failing_csv_export_leaves_no_file(
    big: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = transfer._write_csv
    calls: list[str] = []

    def fail_on_the_fourth(s, table, path, delimiter, token) -> None:
        calls.append(table.name)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        real(s, table, path, delimiter, token)

    monkeypatch.setattr(transfer, "_write_csv", fail_on_the_fourth)
    out = tmp_path / "csv"
    with pytest.raises(StorageError):
        transfer.export_csv(big, out)
    assert not out.exists()


def test_csv_export_of_one_area_holds_only_its_tables(big: Vault, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    written = transfer.export_csv(
        big, tmp_path / "care", area="care", token=CancelToken(lambda d, t: seen.append((d, t)))
    )
    names = sorted(p.name for p in written)
    assert names == sorted(
        f"{t}.csv"
        for t in ("person", "goal", "sub_goal", "care_conversation", "conversation_addendum")
        + ("referral",)
    )
    assert files_in(tmp_path / "care") == names
    assert [d for d, _ in seen] == list(range(len(names) + 1))
    assert {t for _, t in seen} == {len(names)}
    with (tmp_path / "care" / "person.csv").open(encoding="utf-8-sig") as f:
        assert len(f.readlines()) > 10  # the demo's people are there


def test_selfcare_is_exported_only_when_chosen(big: Vault, tmp_path: Path) -> None:
    selfcare_tables = {"check_in", "boundary_situation", "work_contract", "day_closing"}
    for area in ("care", "cafe", "volunteers", "courses"):
        names = {t.name for t in transfer.tables_of_area(area)}
        assert not names & selfcare_tables, area
    written = transfer.export_csv(big, tmp_path / "mine", area="selfcare")
    assert selfcare_tables <= {p.stem for p in written}
    with pytest.raises(ValueError):
        transfer.tables_of_area("app")  # drafts and settings are not an area of work


def test_an_export_killed_midway_is_cleaned_up_by_the_next(big: Vault, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.mkdir()
    left = out / ".peerdesk-csv-0badc0de.exporting"
    left.mkdir()
    (left / "person.csv").write_text("plaintext left by a killed export", encoding="utf-8")
    transfer.export_csv(big, out, area="courses")
    assert not left.exists()
    assert files_in(out) == ["course.csv", "course_session.csv", "prep_item.csv"]


# -------------------------------------------------------------------- restore


@pytest.fixture
def restorable(big: Vault, tmp_path: Path) -> tuple[DataDir, Path]:
    """A closed vault (with a marker person) and a backup of it taken before the marker."""
    path = backups.backup_now(big, to=tmp_path / "backup.peerdesk")
    care.add_person(big, alias="Only in the current vault")
    data = big.data
    big.close()
    return data, path


def test_restore_cancelled_while_copying_leaves_the_vault_untouched(
    restorable: tuple[DataDir, Path],
) -> None:
    data, path = restorable
    before = files_in(data.root), digest(data.vault)
    token, seen = cancel_midway()
    # Copy in small pieces, so that there is a "midway" to cancel at.
    backups._CHUNK, chunk = 64 * 1024, backups._CHUNK
    try:
        with pytest.raises(Cancelled):
            backups.restore_backup(data, path, PASSPHRASE, token=token)
    finally:
        backups._CHUNK = chunk
    assert any(0 < d < t for d, t in seen)
    assert (files_in(data.root), digest(data.vault)) == before
    with Vault.open(data, PASSPHRASE) as vault:
        assert "Only in the current vault" in {p.alias for p in care.list_people(vault)}


def test_restore_cancelled_while_verifying_leaves_the_vault_untouched(
    restorable: tuple[DataDir, Path],
) -> None:
    data, path = restorable
    before = files_in(data.root), digest(data.vault)

    def progress(done: int, total: int) -> None:
        if total == 0:  # the copy is complete, the integrity checks begin
            assert token.cancel()

    token = CancelToken(progress)
    with pytest.raises(Cancelled):
        backups.restore_backup(data, path, PASSPHRASE, token=token)
    assert (files_in(data.root), digest(data.vault)) == before


def test_restore_past_its_point_of_no_return_refuses_a_cancel(
    restorable: tuple[DataDir, Path],
) -> None:
    data, path = restorable
    refused: list[bool] = []
    token = CancelToken(on_final=lambda: refused.append(token.cancel()))
    kept = backups.restore_backup(data, path, PASSPHRASE, token=token)
    assert refused == [False] and kept is not None
    with Vault.open(data, PASSPHRASE) as vault:
        assert "Only in the current vault" not in {p.alias for p in care.list_people(vault)}


def test_restore_in_two_steps_checks_while_the_vault_is_open(big: Vault, tmp_path: Path) -> None:
    path = backups.backup_now(big, to=tmp_path / "backup.peerdesk")
    care.add_person(big, alias="Only in the current vault")
    data = big.data
    staged = backups.prepare_restore(data, path, PASSPHRASE)  # the vault is still open
    assert staged.is_file() and staged.parent == data.root
    still_writable(big)
    big.close()
    kept = backups.finish_restore(data, staged)
    assert kept is not None and not staged.exists()
    with Vault.open(data, PASSPHRASE) as vault:
        assert "Only in the current vault" not in {p.alias for p in care.list_people(vault)}


def test_a_prepared_restore_can_be_discarded_or_cancelled(big: Vault, tmp_path: Path) -> None:
    path = backups.backup_now(big, to=tmp_path / "backup.peerdesk")
    data = big.data
    before = files_in(data.root)
    staged = backups.prepare_restore(data, path, PASSPHRASE)
    backups.discard_restore(staged)
    assert files_in(data.root) == before
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        backups.prepare_restore(data, path, PASSPHRASE, token=token)
    assert files_in(data.root) == before
