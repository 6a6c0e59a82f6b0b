"""The full integrity checks running beside an open vault (Vault.open(verify="background"))."""

from __future__ import annotations

import threading

import pytest

from peerdesk.vault import Vault
from peerdesk.vault.errors import VaultDamaged
from peerdesk.vault.models import Person
from tests.conftest import PASSPHRASE
from tests.unit.test_vault import _flip_byte


def _fill(vault: Vault, people: int = 60) -> None:
    with vault.session() as s:
        s.add_all(Person(alias=f"P{i}", wishes="ønsker og håb " * 200) for i in range(people))


def test_a_healthy_vault_opens_at_once_and_is_verified_soon_after(vault, data_dir):
    _fill(vault)
    vault.close()
    opened = Vault.open(data_dir, PASSPHRASE, verify="background")
    try:
        assert opened.integrity is not None
        # The vault is usable while the check runs: reads and writes both work.
        with opened.session() as s:
            s.add(Person(alias="Ny under kontrollen"))
        assert opened.verified(timeout=60) == []
        assert opened.integrity.done
    finally:
        opened.close()


def test_damage_is_found_after_opening_instead_of_blocking_it(vault, data_dir):
    _fill(vault)
    vault.close()
    _flip_byte(data_dir.vault, data_dir.vault.stat().st_size // 2)
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)  # the default still checks before returning
    opened = Vault.open(data_dir, PASSPHRASE, verify="background")
    try:
        problems = opened.verified(timeout=60)
        assert problems, "the flipped byte must be reported"
        # The words are SQLite's findings, never page contents.
        assert not any("ønsker" in p for p in problems)
    finally:
        opened.close()


def test_a_damaged_vault_is_not_backed_up_so_good_backups_stay(vault, data_dir):
    from peerdesk.vault.backup import backup_now

    _fill(vault)
    vault.close()
    _flip_byte(data_dir.vault, data_dir.vault.stat().st_size // 2)
    opened = Vault.open(data_dir, PASSPHRASE, verify="background")
    try:
        with pytest.raises(VaultDamaged):
            backup_now(opened, keep=1)  # waits for the verdict first
        assert not list(data_dir.backups.glob("*.peerdesk"))
    finally:
        opened.close()


def test_closing_stops_a_running_check_and_leaves_no_thread(vault, data_dir):
    _fill(vault, people=200)
    vault.close()
    opened = Vault.open(data_dir, PASSPHRASE, verify="background")
    check = opened.integrity
    opened.close()
    assert check.done
    assert not any(t.name == "peerdesk-integrity" for t in threading.enumerate())
    # Cancelled means "no verdict", never "healthy" nor "damaged".
    assert check.problems is None or check.problems == []
    # The file is free again: it opens and checks clean the usual way.
    Vault.open(data_dir, PASSPHRASE).close()


def test_a_vault_verified_at_open_needs_no_background_check(vault):
    assert vault.integrity is None
    assert vault.verified() == []


def test_readonly_open_runs_no_check(vault, data_dir):
    reader = Vault.open(data_dir, PASSPHRASE, readonly=True, verify="background")
    try:
        assert reader.integrity is None
    finally:
        reader.close()


def test_a_deferred_check_starts_when_asked_or_when_its_verdict_is_needed(vault, data_dir):
    vault.close()
    opened = Vault.open(data_dir, PASSPHRASE, verify="deferred")
    try:
        assert not opened.integrity.started
        assert opened.verified(timeout=60) == []  # asking for the verdict starts it
        assert opened.integrity.started
    finally:
        opened.close()
    never = Vault.open(data_dir, PASSPHRASE, verify="deferred")
    check = never.integrity
    never.close()  # closing before it started: no thread, no verdict
    assert check.done and check.problems is None and not check.started
