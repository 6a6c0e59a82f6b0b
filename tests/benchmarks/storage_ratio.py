"""Encrypted ÷ plain for bench_app.py: the same storage work on the vault and on its
plain SQLite twin, interleaved operation by operation so that load on a shared
machine falls on both alike. No Qt here."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from common import TERMS, PlainStore, fts_one, insert_one, max_person_id
from sqlalchemy import text

from peerdesk.paths import DataDir
from peerdesk.vault import Vault

COUNTED = ("person", "care_conversation", "cafe_session", "volunteer", "shift", "check_in")


def counts(vault) -> dict[str, int]:
    """Rows in the main tables, in the search index, and in all tables together."""
    found: dict[str, int] = {}
    with vault.session() as s:
        tables = [
            name
            for (name,) in s.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' "
                    "AND name != 'alembic_version'"
                )
            )
        ]
        total = 0
        for table in tables:
            n = s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            total += n
            if table in COUNTED:
                found[table] = n
        found["search_index"] = s.execute(text("SELECT count(*) FROM search_index")).scalar_one()
    found["all_tables"] = total
    return found


def _pair(
    work: dict[str, dict[str, list[float]]],
    name: str,
    stores: tuple,
    op: Callable[[object], object],
    flip: bool,
) -> None:
    """Time `op` once on each store (the order alternating with `flip`)."""
    slot = work.setdefault(name, {"encrypted": [], "plain": []})
    order = (("plain", stores[1]), ("encrypted", stores[0]))
    for label, store in order if flip else order[::-1]:
        start = time.perf_counter()
        op(store)
        slot[label].append(time.perf_counter() - start)


def measure(
    data: DataDir,
    passphrase: str,
    plain_path: Path,
    *,
    inserts: int,
    rounds: int,
    list_reps: int,
    builds: dict[str, list[float]],
    driver,
) -> dict:
    from peerdesk.services import cafe, care_browse, volunteers
    from peerdesk.services import search as search_service

    work: dict[str, dict[str, list[float]]] = {}
    errors: dict[str, str] = {}
    if "encrypted" in builds and "plain" in builds:
        work["demo build (once)"] = {"encrypted": builds["encrypted"], "plain": builds["plain"]}
    vault = Vault.open(data, passphrase)
    plain = PlainStore(plain_path, driver)
    stores = (vault, plain)
    try:
        people = min(max_person_id(vault), max_person_id(plain))
        for i in range(inserts):
            person = 1 + (i * 7919) % people
            _pair(
                work,
                "insert a note (ORM, own transaction)",
                stores,
                lambda st, i=i, p=person: insert_one(st, p, i),
                i % 2 == 1,
            )
        n = 0
        for _ in range(rounds):
            for term in TERMS:
                _pair(
                    work,
                    "FTS query (raw, bm25, first 20)",
                    stores,
                    lambda st, t=term: fts_one(st, t),
                    n % 2 == 1,
                )
                n += 1
        for i, term in enumerate(TERMS):
            _pair(
                work,
                "search service (every area)",
                stores,
                lambda st, t=term: search_service.search(st, t),
                i % 2 == 1,
            )
        today = date.today()
        with vault.session() as s:
            cafe_id = s.execute(
                text("SELECT cafe_id FROM cafe_session GROUP BY cafe_id ORDER BY count(*) DESC")
            ).first()[0]
        lists = {
            "people list query": lambda st: care_browse.people_list(st, today=today),
            "café history query (6 months)": lambda st: cafe.session_history(
                st, cafe_id=cafe_id, since=today - timedelta(days=183), until=today
            ),
            "host roster query": lambda st: volunteers.list_roster(st, today=today),
        }
        for name, op in lists.items():
            try:
                for i in range(list_reps):
                    _pair(work, name, stores, op, i % 2 == 1)
            except Exception as exc:  # noqa: BLE001 - a service whose signature moved on
                work.pop(name, None)
                errors[name] = f"{type(exc).__name__}: {exc}"
    finally:
        plain.close()
        vault.close()
    return {"workloads": work, "errors": errors}
