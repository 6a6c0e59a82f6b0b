"""The vault: create, open, passphrases, pragmas, locking, schema versions, damage."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import textwrap

import pytest
import sqlcipher3
from sqlalchemy import select, text

from peerdesk.vault import (
    Vault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from peerdesk.vault.migrations import HEAD_REVISION, SCHEMA_VERSION
from peerdesk.vault.models import Person
from peerdesk.vault.passphrase import COMMON, EMPTY, TOO_SHORT, assess, pragma_literal
from tests.conftest import PASSPHRASE


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


HARD_PASSPHRASES = [
    "it's a 'quoted' one, isn't it",
    'double "quotes" and back\\slashes \\\\ end\\',
    "æøå ÆØÅ — blåbærgrød på Østerbro",
    "emoji 🙂🔐👩🏽‍⚕️ in the middle",
    "x" * 150 + " lang sætning med ord " + "y" * 29,  # 200 characters
    "'; DROP TABLE person; --",
]


@pytest.mark.parametrize("passphrase", HARD_PASSPHRASES)
def test_hard_passphrases_create_reopen_and_open_in_stock_sqlcipher(data_dir, passphrase):
    with Vault.create(data_dir, passphrase) as vault, vault.session() as s:
        s.add(Person(alias="K.J."))
    with Vault.open(data_dir, passphrase) as vault, vault.session() as s:
        assert s.scalars(select(Person.alias)).all() == ["K.J."]
    # What a user would type in the stock sqlcipher shell: only PRAGMA key, no settings.
    conn = sqlcipher3.connect(str(data_dir.vault))
    conn.execute("PRAGMA key = " + pragma_literal(passphrase))
    assert conn.execute("SELECT alias FROM person").fetchall() == [("K.J.",)]
    conn.close()


def test_two_hundred_character_passphrase_is_kept_whole(data_dir):
    passphrase = "ord " * 50
    assert len(passphrase) == 200
    Vault.create(data_dir, passphrase).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, passphrase[:-1])
    Vault.open(data_dir, passphrase).close()


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [("", EMPTY), ("kort", TOO_SHORT), ("password1", COMMON), ("adgangskode", COMMON)],
)
def test_weak_passphrases_are_refused_with_the_reason(data_dir, passphrase, problem):
    with pytest.raises(WeakPassphrase) as caught:
        Vault.create(data_dir, passphrase)
    assert problem in caught.value.problems
    assert str(caught.value)  # plain words for the CLI
    assert not data_dir.vault.exists()


def test_assess_scores_grow_with_strength():
    assert assess("").score == 0
    assert not assess("aaaaaaaaaaaa").acceptable
    assert assess("tre små ord").acceptable
    assert assess("korrekt hest batteri hæfteklamme 42!").score == 4


def test_pragma_literal_refuses_nul():
    with pytest.raises(ValueError):
        pragma_literal("abc\x00def")


def test_wrong_passphrase_is_refused_and_leaves_the_file_unchanged(data_dir, template_vault):
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    before = digest(data_dir.vault)
    for attempt in ("forkert kodeord 1", "Kaffe på torvet", PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase):
            Vault.open(data_dir, attempt)
    assert digest(data_dir.vault) == before
    assert not os.path.exists(str(data_dir.vault) + "-wal")
    Vault.open(data_dir, PASSPHRASE).close()  # and the right one still works


def test_open_never_creates_a_vault(data_dir):
    with pytest.raises(VaultNotFound):
        Vault.open(data_dir, PASSPHRASE)
    assert not data_dir.vault.exists()


def test_create_refuses_an_existing_vault(vault, data_dir):
    vault.close()
    before = digest(data_dir.vault)
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE)
    assert digest(data_dir.vault) == before


def test_connection_pragmas_are_the_safe_ones(vault):
    with vault.raw_connection() as conn:

        def value(name):
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert value("journal_mode") == "wal"
        assert value("synchronous") == 2  # FULL: a commit is on disk when it returns
        assert value("secure_delete") == 1
        assert value("temp_store") == 2  # MEMORY: no plaintext temp files
        assert value("foreign_keys") == 1
        assert int(value("kdf_iter")) == 256_000
        assert value("cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_files_and_folders_are_private(vault, data_dir):
    with vault.session() as s:
        s.add(Person(alias="A.B."))
    for folder in (data_dir.root, data_dir.backups, data_dir.logs):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in data_dir.root.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_second_open_in_the_same_process_is_refused(vault, data_dir):
    with pytest.raises(VaultInUse):
        Vault.open(data_dir, PASSPHRASE)


def test_a_second_process_is_refused_with_in_use(vault, data_dir):
    result = run_python(
        """
        import os
        from peerdesk.paths import DataDir
        from peerdesk.vault import Vault, VaultInUse
        try:
            Vault.open(DataDir.resolve(os.environ["DATA"]), os.environ["PASS"])
        except VaultInUse:
            print("IN_USE")
        """,
        DATA=str(data_dir.root),
        PASS=PASSPHRASE,
    )
    assert result.stdout.strip() == "IN_USE", result.stderr


def test_a_stale_lock_from_a_killed_process_does_not_block(data_dir, template_vault):
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
            import os, sys, time
            from peerdesk.paths import DataDir
            from peerdesk.vault import Vault
            v = Vault.open(DataDir.resolve(os.environ["DATA"]), os.environ["PASS"])
            print("OPEN", flush=True)
            time.sleep(60)
            """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "DATA": str(data_dir.root), "PASS": PASSPHRASE},
    )
    try:
        assert proc.stdout.readline().strip() == "OPEN"
        with pytest.raises(VaultInUse):
            Vault.open(data_dir, PASSPHRASE)
        proc.kill()
        proc.wait(10)
    finally:
        proc.kill()
    assert data_dir.lock.exists()  # the file is still there; the lock is not
    Vault.open(data_dir, PASSPHRASE).close()


def test_schema_version_is_the_alembic_head(vault):
    from alembic.script import ScriptDirectory

    from peerdesk.vault.migrations import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head == HEAD_REVISION
    assert vault.schema_version() == SCHEMA_VERSION


def test_models_and_migrations_agree(vault):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from peerdesk.vault.models import Base

    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    # The FTS5 index and its shadow tables are not models, by design.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("search_"))]
    assert diff == []


def test_a_vault_from_a_newer_peerdesk_is_refused_unchanged(vault, data_dir):
    with vault.session() as s:
        s.execute(
            text("UPDATE alembic_version SET version_num = :v"), {"v": f"{SCHEMA_VERSION + 1:04d}"}
        )
    vault.close()
    before = digest(data_dir.vault)
    with pytest.raises(VaultTooNew) as caught:
        Vault.open(data_dir, PASSPHRASE)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert digest(data_dir.vault) == before


def test_an_old_vault_is_backed_up_then_migrated(data_dir):
    # Schema 0: an encrypted file as the first PeerDesk build left it, before any migration.
    data_dir.ensure()
    conn = sqlcipher3.connect(str(data_dir.vault))
    conn.execute("PRAGMA key = " + pragma_literal(PASSPHRASE))
    conn.execute("CREATE TABLE keepme (x)")
    conn.execute("INSERT INTO keepme VALUES ('before')")
    conn.commit()
    conn.close()
    with Vault.open(data_dir, PASSPHRASE) as vault:
        assert vault.schema_version() == SCHEMA_VERSION
        with vault.session() as s:
            s.add(Person(alias="efter"))
    backups = list(data_dir.backups.glob("before-schema-*"))
    assert len(backups) == 1
    copy = sqlcipher3.connect(str(backups[0]))
    copy.execute("PRAGMA key = " + pragma_literal(PASSPHRASE))
    assert copy.execute("SELECT x FROM keepme").fetchall() == [("before",)]
    assert not copy.execute("SELECT 1 FROM sqlite_master WHERE name='person'").fetchall()
    copy.close()


def _flip_byte(path, offset: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0x01]))


def test_a_flipped_byte_is_reported_as_damage_never_read(vault, data_dir):
    with vault.session() as s:
        s.add_all(Person(alias=f"P{i}", wishes="ønsker " * 200) for i in range(50))
    vault.close()
    size = data_dir.vault.stat().st_size
    _flip_byte(data_dir.vault, size // 2)  # the middle of some page other than the first
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)
    # The lock was released: the next attempt reports the same damage, not "in use".
    with pytest.raises(VaultDamaged):
        Vault.open(data_dir, PASSPHRASE)


def test_a_file_that_is_not_a_vault_gives_a_clear_error(data_dir):
    data_dir.ensure()
    data_dir.vault.write_bytes(os.urandom(8192))
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    data_dir.vault.write_bytes(b"")
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        Vault.open(data_dir, PASSPHRASE)


def test_errors_never_carry_the_values_written(vault):
    from peerdesk.vault import ConstraintError

    secret = "hemmelig-note-tekst-4711"
    with pytest.raises(ConstraintError) as caught, vault.session() as s:
        s.execute(
            text(
                "INSERT INTO person (id, alias, status, wishes, hopes, dreams, strengths,"
                " consent_noted, consent_note) VALUES (1, :a, 'nope', '', '', '', '', 0, '')"
            ),
            {"a": secret},
        )
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


def test_closed_vault_refuses_work(vault):
    from peerdesk.vault import VaultClosed

    vault.close()
    with pytest.raises(VaultClosed), vault.session():
        pass
