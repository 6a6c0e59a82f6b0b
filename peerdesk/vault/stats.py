"""Counts of what a vault holds, per area (no content, safe to print and log)."""

from __future__ import annotations

from peerdesk.vault.areas import APP, AREA_TABLES
from peerdesk.vault.vault import Vault


def record_counts(vault: Vault) -> dict[str, int]:
    """Rows per area of work (link tables and app state not counted)."""
    counts: dict[str, int] = {}
    with vault.raw_connection() as conn:
        for area, tables in AREA_TABLES.items():
            if area == APP:
                continue
            counts[area] = sum(
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
                for table in tables
                if not _is_link_table(table)
            )
    return counts


def _is_link_table(table: str) -> bool:
    return table in {"cafe_session_host", "training_attendance", "sparring_participant"}
