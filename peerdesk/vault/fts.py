"""One FTS5 index over the text of every area, kept in step by triggers.

Each indexed row gets the FTS rowid `kind << 40 | id`, so a record is found,
replaced or removed by rowid in O(log n), inside the same transaction as the
write that changed it. Only text is indexed; titles for results are looked up
from the source rows at query time so that renaming a person never leaves a
stale name behind in the index.

The trigger definitions are generated from a `sources` mapping that each
migration passes in as a frozen literal: a later change to the live models
never rewrites what an old migration did.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

INDEX = "search_index"
KIND_SHIFT = 40
ID_MASK = (1 << KIND_SHIFT) - 1
TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "2 3"

# Kind codes are stored in the index: never renumber one, only add.
KIND_CODES: dict[str, int] = {
    "person": 1,
    "goal": 2,
    "sub_goal": 3,
    "care_conversation": 4,
    "conversation_addendum": 5,
    "referral": 6,
    "cafe": 7,
    "cafe_session": 8,
    "incident": 9,
    "shift": 10,
    "volunteer": 11,
    "training_module": 12,
    "training_session": 13,
    "sparring_session": 14,
    "sparring_agreement": 15,
    "volunteer_task": 16,
    "check_in": 17,
    "boundary_situation": 18,
    "work_entry": 19,
    "supervision_meeting": 20,
    "wellbeing_plan_section": 21,
    "day_closing": 22,
    "course": 23,
    "course_session": 24,
    "prep_item": 25,
}
KIND_BY_CODE = {code: table for table, code in KIND_CODES.items()}


def rowid_for(table: str, record_id: int) -> int:
    return (KIND_CODES[table] << KIND_SHIFT) | record_id


def split_rowid(rowid: int) -> tuple[str, int]:
    """(table, id) of an index row."""
    return KIND_BY_CODE[rowid >> KIND_SHIFT], rowid & ID_MASK


def create_index_sql() -> str:
    return (
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5("
        f"kind UNINDEXED, body, tokenize = '{TOKENIZER}', prefix = '{PREFIXES}')"
    )


def _column_text(prefix: str, column: str) -> str:
    # "themes[]" names a JSON list of labels: index them as "a, b", not as JSON.
    if column.endswith("[]"):
        name = column[:-2]
        return f"coalesce((SELECT group_concat(value, ', ') FROM json_each({prefix}.{name})), '')"
    return f"coalesce({prefix}.{column}, '')"


def _body(prefix: str, columns: Iterable[str]) -> str:
    return " || char(10) || ".join(_column_text(prefix, c) for c in columns)


def trigger_sql(table: str, columns: Iterable[str]) -> list[str]:
    """CREATE TRIGGER statements that keep `table`'s text in the index."""
    columns = list(columns)
    code = KIND_CODES[table]
    rowid_new = f"(({code} << {KIND_SHIFT}) | new.id)"
    rowid_old = f"(({code} << {KIND_SHIFT}) | old.id)"
    insert = (
        f"INSERT INTO {INDEX}(rowid, kind, body) "
        f"VALUES ({rowid_new}, '{table}', {_body('new', columns)});"
    )
    delete = f"DELETE FROM {INDEX} WHERE rowid = {rowid_old};"
    cols = ", ".join(c.removesuffix("[]") for c in columns)
    return [
        f"CREATE TRIGGER fts_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER fts_{table}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"{delete} {insert} END",
        f"CREATE TRIGGER fts_{table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
    ]


def drop_trigger_sql(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS fts_{table}_{s}" for s in ("ai", "au", "ad")]


def install(execute, sources: Mapping[str, Iterable[str]]) -> None:
    """Create the index and its triggers with `execute(sql)` (a migration's op.execute)."""
    execute(create_index_sql())
    for table, columns in sources.items():
        for sql in trigger_sql(table, columns):
            execute(sql)


def rebuild_sql(sources: Mapping[str, Iterable[str]]) -> list[str]:
    """Statements that refill the index from the source tables."""
    statements = [f"DELETE FROM {INDEX}"]
    for table, columns in sources.items():
        code = KIND_CODES[table]
        statements.append(
            f"INSERT INTO {INDEX}(rowid, kind, body) SELECT (({code} << {KIND_SHIFT}) | id), "
            f"'{table}', {_body(table, columns)} FROM {table}"
        )
    return statements


# Merges every segment: afterwards no deleted term survives in the index's pages.
OPTIMIZE_SQL = f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')"
