"""Core benchmark: the encrypted vault against plain SQLite on the same workload.

    python tests/benchmarks/bench_core.py [--scale 100] [--json out.json]

Builds a demo vault at the given scale in a temporary folder, then measures
unlock time, single-row insert rate and full-text query latency, and does the
same on a plain (unencrypted) SQLite file with the identical schema, made by
the same migrations and filled by the same demo generator. Prints a table (and
writes JSON with --json); asserts nothing. Not a test: pytest collects only
test_*.py, so it never runs this file.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

import sqlcipher3
from common import (
    DEMO_DAY,
    PASSPHRASE,
    SEED,
    PlainStore,
    file_size,
    fts_latencies,
    insert_latencies,
    percentile,
    timed,
)

from peerdesk.demo import generate_demo
from peerdesk.paths import DataDir
from peerdesk.vault import Vault

UNLOCKS = 5
INSERTS = 500
QUERIES = 200


def insert_rate(store) -> float:
    """Care conversations per second, each added through the ORM in its own transaction."""
    return INSERTS / sum(insert_latencies(store, INSERTS))


def fts_p50_p95(store) -> tuple[float, float]:
    """p50 and p95 in milliseconds over QUERIES searches, each in its own transaction."""
    latencies = [seconds * 1000 for seconds in fts_latencies(store, QUERIES)]
    return statistics.median(latencies), percentile(latencies, 95)


def bench_vault(folder: Path, scale: int) -> dict[str, float]:
    data = DataDir.resolve(folder / "encrypted")
    vault = Vault.create(data, PASSPHRASE)
    build, written = timed(lambda: generate_demo(vault, seed=SEED, scale=scale, today=DEMO_DAY))
    vault.close()
    size = file_size(data.vault)

    unlocks = []
    for _ in range(UNLOCKS):
        seconds, opened = timed(lambda: Vault.open(data, PASSPHRASE))
        opened.close()
        unlocks.append(seconds)

    vault = Vault.open(data, PASSPHRASE)
    try:
        rate = insert_rate(vault)
        p50, p95 = fts_p50_p95(vault)
    finally:
        vault.close()
    return {
        "rows": sum(written.values()),
        "build_s": build,
        "open_s": statistics.median(unlocks),
        "insert_per_s": rate,
        "fts_p50_ms": p50,
        "fts_p95_ms": p95,
        "file_bytes": size,
    }


def bench_plain(folder: Path, scale: int) -> dict[str, float]:
    path = folder / "plain.sqlite"
    store = PlainStore(path)
    store.migrate()
    build, written = timed(lambda: generate_demo(store, seed=SEED, scale=scale, today=DEMO_DAY))
    store.close()
    size = file_size(path)

    def open_plain() -> PlainStore:
        # What the vault does on unlock, minus the key: pragmas, integrity check, schema.
        opened = PlainStore(path)
        opened.check()
        opened.conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return opened

    opens = []
    for _ in range(UNLOCKS):
        seconds, opened = timed(open_plain)
        opened.close()
        opens.append(seconds)

    store = PlainStore(path)
    try:
        rate = insert_rate(store)
        p50, p95 = fts_p50_p95(store)
    finally:
        store.close()
    return {
        "rows": sum(written.values()),
        "build_s": build,
        "open_s": statistics.median(opens),
        "insert_per_s": rate,
        "fts_p50_ms": p50,
        "fts_p95_ms": p95,
        "file_bytes": size,
    }


# ------------------------------------------------------------------ report

LABELS = {
    "build_s": ("demo build (s)", "{:.2f}"),
    "open_s": (f"unlock / open, median of {UNLOCKS} (s)", "{:.3f}"),
    "insert_per_s": (f"single-row ORM inserts ({INSERTS}), rows/s", "{:.0f}"),
    "fts_p50_ms": (f"FTS query p50 ({QUERIES}), ms", "{:.2f}"),
    "fts_p95_ms": (f"FTS query p95 ({QUERIES}), ms", "{:.2f}"),
    "file_bytes": ("file size (MB)", "{:.1f}"),
}


def report(scale: int, encrypted: dict, plain: dict) -> dict:
    ratio = {k: encrypted[k] / plain[k] for k in LABELS if plain[k]}
    return {
        "scale": scale,
        "rows": encrypted["rows"],
        "encrypted": encrypted,
        "plain": plain,
        "encrypted_over_plain": ratio,
        "versions": {
            "python": sys.version.split()[0],
            "sqlcipher_sqlite": sqlcipher3.sqlite_version,
            "plain_sqlite": sqlite3.sqlite_version,
        },
        "notes": "unlock includes the key derivation and both integrity checks; "
        "plain 'open' is connect + pragmas + integrity_check. Inserts commit with "
        "synchronous=FULL in WAL mode, so they measure the disk's fsync too.",
    }


def print_table(result: dict) -> None:
    enc, plain, ratio = result["encrypted"], result["plain"], result["encrypted_over_plain"]
    print(f"PeerDesk core benchmark: scale {result['scale']}, {result['rows']:,} demo rows")
    print(f"{'':44} {'encrypted':>12} {'plain':>12} {'enc/plain':>10}")
    for key, (label, fmt) in LABELS.items():
        scale = 1e6 if key == "file_bytes" else 1
        cells = [fmt.format(enc[key] / scale), fmt.format(plain[key] / scale)]
        print(f"{label:44} {cells[0]:>12} {cells[1]:>12} {ratio.get(key, 0):>10.2f}")
    versions = result["versions"]
    print(
        f"SQLite {versions['sqlcipher_sqlite']} (SQLCipher) vs {versions['plain_sqlite']} (plain),"
        f" Python {versions['python']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100, help="demo scale (default 100)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as tmp:
        folder = Path(tmp)
        encrypted = bench_vault(folder, args.scale)
        plain = bench_plain(folder, args.scale)
    result = report(args.scale, encrypted, plain)
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
