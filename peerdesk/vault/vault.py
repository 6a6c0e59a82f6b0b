"""The vault: one SQLCipher file, opened key → integrity → schema → migrations → ready.

A `Vault` owns one keyed connection (deriving the key is deliberately slow,
so it is done once) behind a lock: every unit of work runs in its own
transaction on that connection, one thread at a time. The sqlite+pysqlcipher
dialect's default SingletonThreadPool has crashed under many threads; a single
guarded connection cannot.

We use SQLAlchemy's SQLite dialect with the sqlcipher3 module and our own
connection creator rather than a `sqlite+pysqlcipher://:key@/path` URL: the
URL form keys the connection itself (and older SQLAlchemy pasted the key into
SQL unescaped); here the key is escaped once, in `passphrase.pragma_literal`,
and verified with a real read before SQLAlchemy sees the connection.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool
from sqlcipher3 import dbapi2

from peerdesk.paths import DataDir
from peerdesk.vault import connection as raw
from peerdesk.vault.checkpoint import QUIET_S, Checkpointer
from peerdesk.vault.errors import (
    StorageError,
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
)
from peerdesk.vault.integrity import BackgroundCheck
from peerdesk.vault.lock import VaultLock
from peerdesk.vault.migrations import SCHEMA_VERSION
from peerdesk.vault.passphrase import assess

log = logging.getLogger(__name__)

_STORAGE_WORDS = ("disk is full", "disk i/o error", "readonly database", "unable to open")


class ConstraintError(VaultError):
    """A change broke one of the vault's rules (a duplicate or a missing record)."""

    code = "constraint"


class Vault:
    """An open, unlocked vault. Create with `Vault.create` or `Vault.open`."""

    def __init__(self, data: DataDir, conn, lock: VaultLock | None) -> None:
        self.data = data
        self._conn = conn
        self._lock = lock
        self._guard = threading.RLock()
        # The full integrity checks when they run beside the open vault.
        self.integrity: BackgroundCheck | None = None
        # Checkpoints beside the app instead of inside a save (the GUI's choice).
        self.checkpointer: Checkpointer | None = None
        self.engine = create_engine(
            "sqlite://",
            module=dbapi2,
            creator=lambda: conn,
            poolclass=StaticPool,
            # Error messages must never carry note text into logs or dialogs.
            hide_parameters=True,
        )
        # The driver's own transaction handling is off (isolation_level=None);
        # SQLAlchemy's begin emits a real BEGIN so that every unit of work is atomic.
        event.listen(self.engine, "begin", lambda c: c.exec_driver_sql("BEGIN"))

    # ----------------------------------------------------------------- opening

    @classmethod
    def create(cls, data: DataDir, passphrase: str) -> Vault:
        """Make a new, empty vault. Only this may create the file."""
        verdict = assess(passphrase)
        if not verdict.acceptable:
            raise WeakPassphrase(list(verdict.problems))
        data.ensure()
        if data.vault.exists():
            raise VaultExists()
        lock = VaultLock(data.lock).acquire()
        try:
            conn = raw.connect(data.vault, passphrase, create=True)
        except BaseException:
            lock.release()
            raise
        vault = cls(data, conn, lock)
        try:
            vault._migrate(backup_first=False)
        except BaseException:
            vault.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(data.vault) + suffix).unlink(missing_ok=True)
            raise
        return vault

    @classmethod
    def open(
        cls,
        data: DataDir,
        passphrase: str,
        *,
        readonly: bool = False,
        verify: Literal["now", "background", "deferred"] = "now",
    ) -> Vault:
        """Unlock an existing vault.

        Raises VaultNotFound, VaultInUse, WrongPassphrase, VaultDamaged or
        VaultTooNew; none of them changes the file. `readonly` skips the
        writer lock, the integrity checks and migrations: for a consistent
        backup or export while another PeerDesk has the vault open.

        The full integrity checks read every page. With `verify="now"` they
        run before this returns (damage raises VaultDamaged); with
        `"background"` they run on a second connection while the vault is
        already in use, and `verified()` gives the verdict; `"deferred"` is the
        same, started by `start_verification()` (or the first `verified()`),
        so that they do not compete with the first screen for the disk and the
        CPU. A vault that needs migrating is always checked first.
        """
        if not data.vault.is_file():
            raise VaultNotFound()
        if data.vault.stat().st_size == 0:
            # SQLite would treat it as a new database; only `create` may make one.
            raise VaultDamaged("The vault file is empty.")
        lock = None if readonly else VaultLock(data.lock).acquire()
        try:
            conn = raw.connect(data.vault, passphrase, wal=not readonly)
        except FileNotFoundError:
            if lock:
                lock.release()
            raise VaultNotFound() from None
        except BaseException:
            if lock:
                lock.release()
            raise
        vault = cls(data, conn, lock)
        try:
            found = vault.schema_version()
            if found > SCHEMA_VERSION:
                raise VaultTooNew(found, SCHEMA_VERSION)
            migrate = found < SCHEMA_VERSION and not readonly
            if migrate or (verify == "now" and not readonly):
                problems = raw.check_integrity(conn)
                if problems:
                    log.warning("integrity check failed: %d problem(s)", len(problems))
                    raise VaultDamaged("The vault failed its integrity check.")
            elif not readonly:
                vault.integrity = BackgroundCheck(data.vault, passphrase)
                if verify == "background":
                    vault.integrity.start()
            if migrate:
                vault._migrate(backup_first=True)
        except BaseException:
            vault.close()
            raise
        return vault

    def _migrate(self, *, backup_first: bool) -> None:
        from peerdesk.vault import migrations

        if backup_first:
            from peerdesk.vault.snapshot import write_encrypted_copy

            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = self.data.backups / (
                f"before-schema-{SCHEMA_VERSION}-from-{self.schema_version()}-{stamp}.peerdesk"
            )
            with self.raw_connection() as conn:
                write_encrypted_copy(conn, target)
            log.info("pre-migration backup written")
        with self._guard, self.engine.begin() as connection:
            migrations.upgrade(connection)

    # ------------------------------------------------------------------- state

    @property
    def path(self) -> Path:
        return self.data.vault

    @property
    def closed(self) -> bool:
        return self._conn is None

    def schema_version(self) -> int:
        """The vault's schema number (0 for an empty, never-migrated file)."""
        with self.raw_connection() as conn:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                return 0
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        try:
            return int(row[0]) if row else 0
        except ValueError:
            # Not one of our numbered revisions: written by something newer.
            return SCHEMA_VERSION + 1

    def start_verification(self) -> None:
        """Start the deferred integrity checks now (nothing when closed or already started)."""
        if self.integrity is not None and not self.closed:
            self.integrity.start()

    def checkpoint_in_background(self, quiet_s: float = QUIET_S) -> None:
        """From now on, move the WAL into the file on a thread, `quiet_s` seconds
        after the last write, rather than inside the commit that fills it (see
        checkpoint.py). For the app, where a person waits on each save; once per
        open vault, never for a read-only one."""
        if self.checkpointer is None and not self.closed and self._lock is not None:
            self.checkpointer = Checkpointer(self.raw_connection, quiet_s=quiet_s).start()

    def verified(self, timeout: float | None = None) -> list[str] | None:
        """The integrity verdict: [] healthy, a list of problems, or None not yet known.

        When the checks run in the background this waits up to `timeout`
        seconds (forever by default) for them to finish.
        """
        if self.integrity is None:
            return []
        return self.integrity.wait(timeout)

    def check(self) -> list[str]:
        """Run both integrity checks now; an empty list means healthy."""
        with self.raw_connection() as conn:
            return raw.check_integrity(conn)

    # ------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        Objects returned from it stay usable afterwards (no expiry on commit).
        Low-level failures surface as StorageError, VaultDamaged or
        ConstraintError.
        """
        with self._guard:
            if self._conn is None:
                raise VaultClosed()
            session = Session(self.engine, expire_on_commit=False, autoflush=True)
            changes = self._conn.total_changes
            try:
                with _translate_errors(), session.begin():
                    yield session
            finally:
                session.close()
            if self.checkpointer is not None and self._conn.total_changes != changes:
                self.checkpointer.wrote()

    @contextlib.contextmanager
    def raw_connection(self) -> Iterator[object]:
        """The keyed sqlcipher3 connection, for snapshots and maintenance."""
        with self._guard:
            if self._conn is None:
                raise VaultClosed()
            with _translate_errors():
                yield self._conn

    def execute_script(self, *statements: str) -> None:
        """Run maintenance statements (no parameters) in one transaction."""
        with self.session() as s:
            for sql in statements:
                s.execute(text(sql))

    def purge_deleted(self) -> None:
        """Make deleted text unrecoverable from the file, after an erasure.

        `secure_delete` already zeroes freed rows and pages; the FTS index
        keeps deleted terms in its segments until they are merged, and the WAL
        keeps old page images until it is checkpointed and truncated.
        """
        from peerdesk.vault.fts import OPTIMIZE_SQL

        # The background check's read snapshot would keep the old pages in
        # the WAL (the checkpoint could not truncate it): let it finish first.
        self.verified()
        self.execute_script(OPTIMIZE_SQL)
        with self.raw_connection() as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            # Another process's reader (`peerdesk backup`) still holds old pages;
            # closing the vault checkpoints and truncates again.
            log.warning("the WAL could not be truncated after an erasure")

    # ----------------------------------------------------------------- closing

    def close(self) -> None:
        """Stop a running check, checkpoint, close the connection, release the lock."""
        if self.integrity is not None and not self.integrity.done:
            # Its connection must be gone before the file may be renamed or reopened.
            self.integrity.cancel()
        if self.checkpointer is not None:
            # Before taking the guard: the thread may be waiting for it.
            self.checkpointer.stop()
        with self._guard:
            conn, self._conn = self._conn, None
            if conn is not None:
                # Checkpoint first: disposing the engine closes the connection.
                # Only the writer does: a read-only reader's TRUNCATE would hold
                # off the writer in the other process ("database is locked").
                if self._lock is not None:
                    with contextlib.suppress(dbapi2.Error, MemoryError):
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                self.engine.dispose()
                conn.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def _translate_errors() -> Iterator[None]:
    try:
        yield
    except sa_exc.IntegrityError as exc:
        raise ConstraintError(_first_line(exc.orig)) from None
    except (sa_exc.DBAPIError, dbapi2.Error, MemoryError) as exc:
        orig = getattr(exc, "orig", exc)
        if raw.is_damage(orig):
            raise VaultDamaged(f"The vault is damaged: {_first_line(orig)}") from None
        if any(w in str(orig).lower() for w in _STORAGE_WORDS):
            raise StorageError() from None
        raise


def _first_line(exc: object) -> str:
    # SQLite's own message only: never the statement or its parameters.
    return str(exc).splitlines()[0][:200]
