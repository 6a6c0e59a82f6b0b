"""Changing the passphrase: the new one opens, the old one no longer does, and a
refused change leaves the vault byte for byte as it was."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from peerdesk.paths import DataDir
from peerdesk.vault import (
    StorageError,
    Vault,
    VaultInUse,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from peerdesk.vault import connection as raw
from peerdesk.vault.models import CareConversation, Person
from peerdesk.vault.rekey import change_passphrase
from tests.conftest import PASSPHRASE

NEW = "ny nøgle til kaffen ☕ \"anden\" 'tirsdag' \\ 2026"


@pytest.fixture
def closed(vault: Vault) -> DataDir:
    """A closed vault holding one person with one conversation."""
    with vault.session() as s:
        person = Person(alias="Birk", wishes="at gå en tur hver dag")
        s.add(person)
        s.flush()
        s.add(
            CareConversation(
                person_id=person.id,
                occurred_at=datetime(2026, 11, 20, 10, 0),
                themes=["søvn"],
            )
        )
    vault.close()
    return vault.data


def files_of(data: DataDir) -> dict[str, bytes]:
    # The lock file holds the last holder's process id: it may be rewritten.
    return {
        p.name: p.read_bytes()
        for p in sorted(data.root.iterdir())
        if p.is_file() and p != data.lock
    }


def test_after_a_change_the_new_passphrase_opens_and_the_old_does_not(closed: DataDir) -> None:
    change_passphrase(closed, PASSPHRASE, NEW)

    with pytest.raises(WrongPassphrase):
        Vault.open(closed, PASSPHRASE)
    with Vault.open(closed, NEW) as v:
        assert v.check() == []
        with v.session() as s:
            assert s.scalars(select(Person.alias)).all() == ["Birk"]
            # The search index came along too.
            hits = s.execute(text("SELECT kind FROM search_index WHERE search_index MATCH 'søvn'"))
            assert hits.scalars().all() == ["care_conversation"]
    assert sorted(p.name for p in closed.root.iterdir()) == sorted(
        ["backups", "logs", "peerdesk.lock", "peerdesk.vault"]
    )
    # A standard SQLCipher 4 file still: the stock `PRAGMA key` opens it.
    conn = raw.connect(closed.vault, NEW)
    try:
        assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == str(raw.KDF_ITERATIONS)
    finally:
        conn.close()


@pytest.mark.parametrize("weak", ["", "kort", "password1", "aaaaaaaaaaaaaa"])
def test_a_weak_new_passphrase_is_refused_and_nothing_changes(closed: DataDir, weak: str) -> None:
    before = files_of(closed)

    with pytest.raises(WeakPassphrase) as caught:
        change_passphrase(closed, PASSPHRASE, weak)

    assert caught.value.problems
    assert files_of(closed) == before


def test_a_wrong_old_passphrase_is_refused_and_nothing_changes(closed: DataDir) -> None:
    before = files_of(closed)

    with pytest.raises(WrongPassphrase):
        change_passphrase(closed, "not the passphrase at all", NEW)

    assert files_of(closed) == before
    Vault.open(closed, PASSPHRASE).close()


def test_refused_while_the_vault_is_open(vault: Vault) -> None:
    before = vault.data.vault.read_bytes()

    with pytest.raises(VaultInUse):
        change_passphrase(vault.data, PASSPHRASE, NEW)

    assert vault.data.vault.read_bytes() == before
    assert vault.check() == []


def test_refused_while_a_reader_holds_the_vault_open(closed: DataDir) -> None:
    # A read-only PeerDesk takes no lock, but its open read transaction keeps
    # the WAL alive: replacing the file under it is refused.
    reader = raw.connect(closed.vault, PASSPHRASE)
    try:
        reader.execute("INSERT INTO vault_setting (key, value) VALUES ('k', '1')")
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM person").fetchone()

        with pytest.raises(VaultInUse):
            change_passphrase(closed, PASSPHRASE, NEW)

        reader.execute("COMMIT")
    finally:
        reader.close()
    assert not list(closed.root.glob("*rekey*"))
    with Vault.open(closed, PASSPHRASE) as v:
        assert v.check() == []


def test_a_copy_that_cannot_be_written_raises_storage_error(closed: DataDir) -> None:
    # A folder where the copy's name should go makes the final rename fail.
    blocker = closed.root / "peerdesk.vault.rekey-new"
    blocker.mkdir()
    (blocker / "something").write_bytes(b"")
    before = files_of(closed)

    with pytest.raises(StorageError):
        change_passphrase(closed, PASSPHRASE, NEW)

    assert files_of(closed) == before
    assert not list(closed.root.glob(".peerdesk.vault.rekey-new.*"))
    Vault.open(closed, PASSPHRASE).close()


def test_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        change_passphrase(DataDir.resolve(tmp_path), PASSPHRASE, NEW)


def test_a_copy_left_by_a_killed_run_is_removed_by_the_next(closed: DataDir) -> None:
    leftovers = [
        closed.root / "peerdesk.vault.rekey-new",
        closed.root / ".peerdesk.vault.rekey-new.0badc0de.partial",
        closed.root / ".peerdesk.vault.rekey-new.0badc0de.partial-journal",
    ]
    for path in leftovers:
        path.write_bytes(b"left by a killed run")

    change_passphrase(closed, PASSPHRASE, NEW)

    assert not any(p.exists() for p in leftovers)
    Vault.open(closed, NEW).close()


def test_changing_back_and_forth(closed: DataDir) -> None:
    change_passphrase(closed, PASSPHRASE, NEW)
    change_passphrase(closed, NEW, PASSPHRASE)

    with Vault.open(closed, PASSPHRASE) as v, v.session() as s:
        assert s.scalars(select(Person.wishes)).all() == ["at gå en tur hver dag"]
