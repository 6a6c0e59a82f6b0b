"""What the benchmarks share: the plain SQLite twin of the vault, the storage
workloads run on both, the query terms, statistics and the machine's description.

Imported by bench_core.py and bench_app.py as a sibling module (they are run as
scripts, so their own folder is on sys.path). No Qt here.
"""

from __future__ import annotations

import contextlib
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from peerdesk.vault.fts import INDEX
from peerdesk.vault.migrations import upgrade
from peerdesk.vault.models import CareConversation

PASSPHRASE = "benchmark kaffe på torvet 🙂 æøå"
# A fixed day and seed: every run builds the same rows, so runs compare.
DEMO_DAY = date(2026, 11, 22)
SEED = 1
# Common words and prefixes a peer worker would search for.
TERMS = (
    "bolig", "søvn", "netværk", "arbejde", "økonomi", "ensomhed", "fritid", "familie",
    "angst", "kaffe", "gåtur", "caféen", "håb", "jobcentret", "medicin", "grænser",
    "bolig*", "søv*", "netv*", "arb*", "øko*", "ensom*", "fami*", "gæst*", "vært*",
    "sam*", "tal*", "jeg", "vi", "hjælp*", "gå*", "kaf*", "trivsel*", "supervision",
)  # fmt: skip
FTS_SQL = f"SELECT rowid, bm25({INDEX}) FROM {INDEX} WHERE {INDEX} MATCH :q ORDER BY rank LIMIT 20"


class PlainStore:
    """A plain SQLite file behind the same `session()` as the vault: same schema,
    same pragmas (WAL, synchronous FULL, foreign keys, secure delete), no encryption.

    `module` is the DB-API driver: the standard library's sqlite3 (its own SQLite
    version), or sqlcipher3's dbapi2 without a key, which is the vault's very SQLite
    build, so that encrypted ÷ plain measures the encryption and nothing else.
    """

    def __init__(self, path: Path, module=sqlite3) -> None:
        self.path = path
        self.module = module
        self.conn = module.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in (
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA busy_timeout = 5000",
        ):
            self.conn.execute(pragma).fetchall()
        conn = self.conn
        self.engine = create_engine(
            "sqlite://", module=module, creator=lambda: conn, poolclass=StaticPool
        )
        # As in the vault: the driver's own transactions are off, SQLAlchemy emits BEGIN.
        event.listen(self.engine, "begin", lambda c: c.exec_driver_sql("BEGIN"))

    def migrate(self) -> None:
        with self.engine.begin() as connection:
            upgrade(connection)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def check(self) -> list[str]:
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        return [r[0] for r in rows if r[0] != "ok"]

    def close(self) -> None:
        # Checkpoint first: disposing a StaticPool engine closes the connection.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self.engine.dispose()
        self.conn.close()


def export_plain(vault, path: Path) -> None:
    """Write a plain (unencrypted) copy of an open vault to `path` with SQLCipher's
    own sqlcipher_export: the same schema and rows, compacted as by VACUUM."""
    path.unlink(missing_ok=True)
    with vault.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(path),))
        try:
            conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        finally:
            conn.execute("DETACH DATABASE plain")


# ------------------------------------------------------------------ statistics


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100), linear between the closest ranks."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(samples: Sequence[float]) -> dict[str, float]:
    """n, median, p95, min and max of `samples` (NaN when there are none)."""
    if not samples:
        return {"n": 0, "median": math.nan, "p95": math.nan, "min": math.nan, "max": math.nan}
    return {
        "n": len(samples),
        "median": statistics.median(samples),
        "p95": percentile(samples, 95),
        "min": min(samples),
        "max": max(samples),
    }


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def file_size(path: Path) -> int:
    return sum(
        p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


# ------------------------------------------------------------------ storage workloads
# Each returns one latency per operation, in seconds, so callers can take the
# median and p95 and compare the vault with its plain twin operation by operation.


def max_person_id(store) -> int:
    with store.session() as s:
        return s.execute(text("SELECT max(id) FROM person")).scalar_one()


def insert_one(store, person_id: int, i: int) -> float:
    """One care conversation added through the ORM in its own transaction."""
    start = time.perf_counter()
    with store.session() as s:
        s.add(
            CareConversation(
                person_id=person_id,
                occurred_at=datetime(2026, 11, 23, 10) + timedelta(minutes=i),
                duration_minutes=45,
                place="Café Lyset",
                kind="peer_support",
                themes=["søvn", "netværk"],
                own_words=f"Samtale {i}: jeg sover bedre og ses med min søster igen.",
                next_steps="Vi følger op om to uger.",
            )
        )
    return time.perf_counter() - start


def insert_latencies(store, count: int) -> list[float]:
    rng = random.Random(SEED)
    people = max_person_id(store)
    return [insert_one(store, rng.randint(1, people), i) for i in range(count)]


def fts_one(store, term: str) -> float:
    """One raw FTS5 query (bm25-ranked, first 20) in its own transaction."""
    start = time.perf_counter()
    with store.session() as s:
        s.execute(text(FTS_SQL), {"q": term}).all()
    return time.perf_counter() - start


def fts_latencies(store, count: int) -> list[float]:
    rng = random.Random(SEED)
    return [fts_one(store, rng.choice(TERMS)) for _ in range(count)]


# ------------------------------------------------------------------ the machine


def machine() -> dict[str, object]:
    """What the figures were measured on, so runs on different machines compare."""
    import sqlalchemy
    import sqlcipher3

    info: dict[str, object] = {
        "cpus": os.cpu_count(),
        "cpu": _cpu_name(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "sqlalchemy": sqlalchemy.__version__,
        "sqlcipher_sqlite": sqlcipher3.sqlite_version,
        "plain_sqlite": sqlite3.sqlite_version,
    }
    with contextlib.suppress(Exception):
        conn = sqlcipher3.connect(":memory:")
        info["sqlcipher"] = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.close()
    with contextlib.suppress(ImportError):
        import PySide6

        info["pyside6"] = PySide6.__version__
    with contextlib.suppress(OSError, ValueError):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return info


def _cpu_name() -> str:
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"
