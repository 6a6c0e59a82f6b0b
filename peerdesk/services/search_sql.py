"""The SQL of a search: score a bounded set of candidates, then snippet the rows shown.

Why the statements look as they do (measured on a scale-100 demo vault, ~105k
indexed rows; tests/unit/test_search_bounded.py checks the query plans):

* `ORDER BY rank` makes FTS5 score every match with bm25 before it can sort;
  a common word ("jeg", 39k matches) costs ~100 ms that way. Scoring a
  bounded candidate set costs a few milliseconds.
* The candidates are, per indexed table, its newest matches (highest id).
  Two ways to find them, each the cheaper in its own case:
  - by table: for each table one FTS5 query with the table's rowid range and
    `ORDER BY rowid DESC LIMIT n`; FTS5 walks that part of the index backwards
    and stops at the limit (~0.05 ms a table, however common the word) when
    every word is a term the index holds: a whole word, or a prefix of 2–3
    characters (the prefix indexes). A longer prefix makes FTS5 merge every
    term with that prefix into one list first, once per query: 25 merges.
  - in one walk: one FTS5 query over all matches (one merge), numbered per
    table with a window function; the numbering costs ~0.5 µs a match, less
    than 25 merges of the same lists, more than 25 short walks.
* bm25 runs over the candidates only, in one query for every area. Its
  `+rowid IN (…)` keeps SQLite from handing the list to FTS5 as rowid
  look-ups: each look-up restarts the query, recounts bm25's document
  frequencies and rebuilds any prefix list (100 look-ups: 70–100 ms).
* Snippets are made for the rows shown only, with the same `+rowid`, the
  walk cut to each table's range of those rows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from sqlalchemy import TextClause, text

from peerdesk.vault import fts

INDEX = fts.INDEX
# The longest prefix the index holds a prefix index for ("2 3" → 3).
LONGEST_INDEXED_PREFIX = max(int(n) for n in fts.PREFIXES.split())


def _bounds(table: str) -> tuple[int, int]:
    code = fts.KIND_CODES[table]
    return code << fts.KIND_SHIFT, (code << fts.KIND_SHIFT) | fts.ID_MASK


def _span(tables: Sequence[str]) -> tuple[int, int]:
    bounds = [_bounds(table) for table in tables]
    return min(low for low, _ in bounds), max(high for _, high in bounds)


def _kind_filter(tables: Sequence[str]) -> str:
    """A test that the row belongs to one of `tables` (needed when they are not all)."""
    if set(tables) == set(fts.KIND_CODES):
        return ""
    codes = ", ".join(str(fts.KIND_CODES[table]) for table in tables)
    return f" AND (rowid >> {fts.KIND_SHIFT}) IN ({codes})"


def _by_table(tables: Sequence[str]) -> str:
    return " UNION ALL ".join(
        f"SELECT rowid FROM (SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH :match "
        f"AND rowid BETWEEN {low} AND {high} ORDER BY rowid DESC LIMIT :candidates)"
        for low, high in map(_bounds, tables)
    )


def _by_one_walk(tables: Sequence[str]) -> str:
    low, high = _span(tables)
    return (
        "SELECT hit FROM (SELECT rowid AS hit, row_number() OVER "
        f"(PARTITION BY rowid >> {fts.KIND_SHIFT} ORDER BY rowid DESC) AS newest "
        f"FROM {INDEX} WHERE {INDEX} MATCH :match AND rowid BETWEEN {low} AND {high}"
        f"{_kind_filter(tables)}) WHERE newest <= :candidates"
    )


@functools.cache
def rank_sql(area_of_table: tuple[tuple[str, int], ...], one_walk: bool) -> TextClause:
    """(rowid, bm25) of the hits to show: each area's best, areas in the order given.

    `area_of_table` pairs each table searched with its area's position. Binds
    :match (finds the rows), :ranked_match (scores them; must match the same
    rows), :candidates (how many of each table's newest are scored) and :limit
    (hits per area). Lowest bm25 first; among equal scores the newest row. The
    cut to :limit is made here so that only the rows shown reach Python.
    """
    tables = [table for table, _ in area_of_table]
    area = " ".join(f"WHEN {fts.KIND_CODES[table]} THEN {n}" for table, n in area_of_table)
    candidates = _by_one_walk(tables) if one_walk else _by_table(tables)
    low, high = _span(tables)
    return text(
        "SELECT hit, score FROM (SELECT hit, score, area, row_number() OVER "
        "(PARTITION BY area ORDER BY score, hit DESC) AS place FROM ("
        f"SELECT rowid AS hit, bm25({INDEX}) AS score, "
        f"CASE rowid >> {fts.KIND_SHIFT} {area} END AS area "
        f"FROM {INDEX} WHERE {INDEX} MATCH :ranked_match "
        f"AND rowid BETWEEN {low} AND {high} AND +rowid IN ({candidates}))"
        ") WHERE place <= :limit ORDER BY area, place"
    )


def snippet_sql(rowids: Iterable[int], one_walk: bool) -> str:
    """(rowid, snippet) of `rowids`; binds :match, :start, :end and :tokens.

    The walk for `+rowid IN` is cut to the rowid range of the rows wanted,
    one range per table: the rows shown are among each table's newest
    matches, so each walk is short. With `one_walk` (a query whose prefix list
    FTS5 must merge per query) one walk over the whole range is cheaper.
    Plain SQL for the driver (the ids are written in, as integers): a text
    unique to each search would only churn SQLAlchemy's statement cache.
    """
    rowids = sorted({int(rowid) for rowid in rowids})
    groups: dict[int, list[int]] = {}
    for rowid in rowids:
        groups.setdefault(0 if one_walk else rowid >> fts.KIND_SHIFT, []).append(rowid)
    return " UNION ALL ".join(
        f"SELECT rowid, snippet({INDEX}, 1, :start, :end, '…', :tokens) FROM {INDEX} "
        f"WHERE {INDEX} MATCH :match AND rowid BETWEEN {group[0]} AND {group[-1]} "
        f"AND +rowid IN ({', '.join(map(str, group))})"
        for group in groups.values()
    )
