"""Export the whole vault as JSON or CSV, and import a JSON export into an empty vault.

An export is PLAINTEXT: whoever asks for one is warned by the UI or the CLI,
not here. Files are written under a temporary name beside their target and
renamed into place, so a failure leaves the previous file (or none), never a
partial one. A CSV export (of the whole vault or one area) is written into a
hidden staging folder inside its target folder and its files are renamed out
of it only once all of them are complete, so a cancelled or failed export
leaves none of its files. Both exports take a `CancelToken` (see cancel.py)
and report their progress per table.

The JSON export is the lossless one: every table of the models (not the
search index, which the triggers rebuild, nor Alembic's bookkeeping), every
column, rows in primary-key order, keys sorted. Exporting, importing into a
new vault and exporting again gives the same bytes.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import json
import logging
import math
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from peerdesk.paths import make_private_dir
from peerdesk.services import validation
from peerdesk.services.errors import ValidationError
from peerdesk.vault import areas
from peerdesk.vault.cancel import CancelToken, interruptible, token_or_default
from peerdesk.vault.connection import fsync_path
from peerdesk.vault.errors import StorageError, VaultError
from peerdesk.vault.models import Base
from peerdesk.vault.models.base import LONG, TagList
from peerdesk.vault.vault import Vault

log = logging.getLogger(__name__)

FORMAT_NAME = "peerdesk-export"
CSV_DELIMITER = ";"  # what Excel expects in a Danish locale (the decimal mark is a comma)

_INT_RANGE = (-(2**63), 2**63 - 1)
_TAG_LENGTH = 60
_MAX_TAGS = 50
# Cells Excel would run as a formula; the leading apostrophe makes them text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What _write_atomically names a file while writing it.
_PARTIAL_NAME = re.compile(r"^\.(.+)\.[0-9a-f]{8}\.partial$")
# The hidden folder a CSV export writes into before its files are renamed out.
_STAGING_NAME = re.compile(r"^\.peerdesk-csv-[0-9a-f]{8}\.exporting$")
# The areas that can be exported on their own (APP holds drafts and settings).
EXPORT_AREAS = (areas.CARE, areas.CAFE, areas.VOLUNTEERS, areas.SELFCARE, areas.COURSES)
# Rows written between two looks at the cancel token.
_ROW_BATCH = 500


class ImportRefused(VaultError):
    """The file cannot be imported; the vault was not changed.

    `reason` is one of the class constants; `table`, `column` and `row` (1-based,
    within the table) say where, when it is about one value. The value itself
    is never part of the message: it may be personal data.
    """

    code = "import_refused"

    NOT_EMPTY = "not_empty"
    FORMAT = "format"
    SCHEMA = "schema"
    UNKNOWN_TABLE = "unknown_table"
    UNKNOWN_COLUMN = "unknown_column"
    MISSING_COLUMN = "missing_column"
    INVALID_VALUE = "invalid_value"
    CONSTRAINT = "constraint"

    def __init__(
        self,
        reason: str,
        *,
        table: str | None = None,
        column: str | None = None,
        row: int | None = None,
        **facts: object,
    ) -> None:
        self.reason = reason
        self.table = table
        self.column = column
        self.row = row
        self.facts = facts
        where = [f"{k} {v}" for k, v in (("table", table), ("column", column), ("row", row)) if v]
        where += [f"{k}={v}" for k, v in facts.items()]
        suffix = f" ({', '.join(where)})" if where else ""
        super().__init__(f"Import refused: {reason.replace('_', ' ')}{suffix}.")


class ExportRefused(VaultError):
    """The export was not written; nothing outside PeerDesk's own files was touched."""

    code = "export_refused"

    FOLDER_NOT_EMPTY = "folder_not_empty"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"Export refused: {reason.replace('_', ' ')}.")


# ------------------------------------------------------------- column codecs


@dataclass(frozen=True)
class _Codec:
    """How one column's values travel: to JSON, to a CSV cell, and back from JSON."""

    to_json: Callable[[object], object]
    to_cell: Callable[[object], str]
    from_json: Callable[[object, sa.Column], object]


class _Bad(Exception):
    """A value does not fit its column (internal; becomes ImportRefused)."""


def _iso(value) -> str:
    return value.isoformat()


def _same(value):
    return value


def _as_text(value) -> str:
    return str(value)


def _as_json_text(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _text_cell(value) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _parse_int(value, column):
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad
    if not _INT_RANGE[0] <= value <= _INT_RANGE[1]:
        raise _Bad
    return value


def _parse_float(value, column):
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad
    value = float(value)
    if not math.isfinite(value):
        raise _Bad
    return value


def _parse_bool(value, column):
    if not isinstance(value, bool):
        raise _Bad
    return value


def _parser(kind: type) -> Callable[[object, sa.Column], object]:
    def parse(value, column):
        if not isinstance(value, str):
            raise _Bad
        try:
            parsed = kind.fromisoformat(value)
        except ValueError:
            raise _Bad from None
        # Every stored time is naive local wall-clock time (see models.base).
        if getattr(parsed, "tzinfo", None) is not None:
            raise _Bad
        return parsed

    return parse


def _parse_enum(value, column):
    try:
        return column.type.enum_class(value)
    except (ValueError, TypeError):
        raise _Bad from None


def _check_text(value: object, max_length: int) -> None:
    if not isinstance(value, str):
        raise _Bad
    try:
        validation.text(value, "value", max_length=max_length)
    except ValidationError:
        raise _Bad from None


def _parse_text(value, column):
    _check_text(value, column.type.length or LONG)
    # Stored as given once it passes the rules: an import restores, it does not edit.
    return value


def _parse_tags(value, column):
    if not isinstance(value, list) or len(value) > _MAX_TAGS:
        raise _Bad
    for label in value:
        _check_text(label, _TAG_LENGTH)
        if "\n" in label or "\t" in label:
            raise _Bad
    return value


def _parse_json(value, column):
    _check_json_strings(value)
    return value


def _check_json_strings(value: object) -> None:
    if isinstance(value, str):
        _check_text(value, LONG)
    elif isinstance(value, list):
        for item in value:
            _check_json_strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, LONG)
            _check_json_strings(item)


def _datetime_cell(value) -> str:
    return value.isoformat(sep=" ")


def _bool_cell(value) -> str:
    return "true" if value else "false"


def _enum_value(value):
    return value.value if isinstance(value, enum.Enum) else value


_TEXT = _Codec(_same, _text_cell, _parse_text)
_JSON = _Codec(_same, _as_json_text, _parse_json)
_CODECS: list[tuple[type, _Codec]] = [
    # Order matters: Enum is a String, TagList wraps Text.
    (TagList, _Codec(list, _as_json_text, _parse_tags)),
    (sa.JSON, _JSON),
    (sa.Enum, _Codec(_enum_value, lambda v: str(_enum_value(v)), _parse_enum)),
    (sa.Boolean, _Codec(_same, _bool_cell, _parse_bool)),
    (sa.DateTime, _Codec(_iso, _datetime_cell, _parser(datetime))),
    (sa.Date, _Codec(_iso, _iso, _parser(date))),
    (sa.Time, _Codec(_iso, _iso, _parser(time))),
    (sa.Float, _Codec(_same, _as_text, _parse_float)),
    (sa.Integer, _Codec(_same, _as_text, _parse_int)),
    (sa.String, _TEXT),
]


def _codec(column: sa.Column) -> _Codec:
    for kind, codec in _CODECS:
        if isinstance(column.type, kind):
            return codec
    # A new column type must be taught here before it can be exported safely.
    raise TypeError(f"no export codec for {column.table.name}.{column.name}")


def _tables() -> list[sa.Table]:
    """Every table of the models, parents before children."""
    return list(Base.metadata.sorted_tables)


# ------------------------------------------------------------------- export


@contextmanager
def _reading(vault: Vault, token: CancelToken | None) -> Iterator[Session]:
    """One read transaction (a consistent view) whose statements `token` can abort."""
    # The session is entered first so that its COMMIT/ROLLBACK runs after the
    # progress handler is gone: ending the transaction must never be aborted.
    with vault.session() as s, vault.raw_connection() as conn, interruptible(conn, token):
        yield s


def _ordered(table: sa.Table) -> sa.Select:
    return sa.select(table).order_by(*table.primary_key.columns)


def export_json(vault: Vault, out: Path, *, token: CancelToken | None = None) -> dict[str, int]:
    """Write the whole vault to `out` as one JSON document; return rows per table.

    The document is {"format": "peerdesk-export", "schema": n, "tables":
    {table: [row, ...]}} with dates and times as ISO text, tag lists as JSON
    lists and missing values as null. Raises StorageError if it cannot be
    written; `out` is then as it was before.

    A `token` is told the progress (one step per table, and one for writing
    the file); cancelled before the file is renamed into place it raises
    Cancelled, and `out` is then as it was before.
    """
    token = token_or_default(token)
    schema = vault.schema_version()
    all_tables = _tables()
    steps = len(all_tables) + 1
    tables: dict[str, list[dict[str, object]]] = {}
    with _reading(vault, token) as s:
        for number, table in enumerate(all_tables):
            token.check()
            token.report(number, steps)
            codecs = {c.name: _codec(c) for c in table.columns}
            tables[table.name] = [
                {name: None if v is None else codecs[name].to_json(v) for name, v in row.items()}
                for row in s.execute(_ordered(table)).mappings()
            ]
    token.check()
    token.report(len(all_tables), steps)
    document = {"format": FORMAT_NAME, "schema": schema, "tables": tables}
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    _write_atomically(out, text.encode("utf-8"), token=token)
    token.report(steps, steps)
    log.info("vault exported as JSON")
    return {name: len(table_rows) for name, table_rows in tables.items()}


def tables_of_area(area: str | None) -> list[sa.Table]:
    """The tables an export of `area` holds (None: every table), by name.

    Raises ValueError for an area that cannot be exported on its own. Self-care
    tables are only in an export of the whole vault or of "selfcare" itself.
    """
    if area is None:
        return sorted(_tables(), key=lambda t: t.name)
    if area not in EXPORT_AREAS:
        raise ValueError(f"not an area that can be exported: {area!r}")
    names = set(areas.AREA_TABLES[area])
    return sorted((t for t in _tables() if t.name in names), key=lambda t: t.name)


def export_csv(
    vault: Vault,
    out_dir: Path,
    *,
    delimiter: str = CSV_DELIMITER,
    area: str | None = None,
    token: CancelToken | None = None,
) -> list[Path]:
    """Write one CSV file per table of `area` (None: of the vault) into `out_dir`.

    Returns the files' paths. UTF-8 with a byte-order mark (so Excel reads
    æøå), a header row, and `delimiter` between cells. Text that Excel would
    run as a formula gets a leading apostrophe. Refuses (ExportRefused) a
    folder holding anything but an earlier CSV export; a missing folder is
    created, private to this user. Every table is read in one transaction.

    All files are written into a hidden folder inside `out_dir` and renamed
    out of it only when all are complete: a failure (StorageError) or a
    cancel (Cancelled, through `token`, which is also told the progress per
    table) leaves none of this export's files and removes a folder it made.
    """
    token = token_or_default(token)
    tables = tables_of_area(area)
    try:
        created = _prepare_csv_folder(out_dir)
    except OSError as exc:
        log.warning("CSV export folder not usable: %s", type(exc).__name__)
        raise StorageError("The export folder could not be written to.") from None
    staging = out_dir / f".peerdesk-csv-{uuid.uuid4().hex[:8]}.exporting"
    written: list[Path] = []
    try:
        try:
            make_private_dir(staging)
            with _reading(vault, token) as s:
                for number, table in enumerate(tables):
                    token.check()
                    token.report(number, len(tables))
                    _write_csv(s, table, staging / f"{table.name}.csv", delimiter, token)
            token.point_of_no_return()
            for table in tables:
                name = f"{table.name}.csv"
                os.replace(staging / name, out_dir / name)
                written.append(out_dir / name)
            staging.rmdir()
            if os.name == "posix":
                fsync_path(out_dir)
        except OSError as exc:
            log.warning("CSV export not written: %s", type(exc).__name__)
            raise StorageError("The export could not be written (is the disk full?).") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if created:
            # A failure among the final renames: what got out is ours to take back.
            for path in written:
                with contextlib.suppress(OSError):
                    path.unlink()
            with contextlib.suppress(OSError):
                out_dir.rmdir()  # only when empty: never a file that got there since
        raise
    token.report(len(tables), len(tables))
    log.info("vault exported as CSV")
    return written


def _prepare_csv_folder(out_dir: Path) -> bool:
    """Check `out_dir` may receive an export, clearing what an interrupted one left.

    True when the folder had to be made (and so may be removed again).
    """
    own = {f"{t.name}.csv" for t in _tables()}
    if not out_dir.exists():
        make_private_dir(out_dir)
        return True
    for entry in out_dir.iterdir():
        if entry.name in own and entry.is_file():
            continue
        if _is_partial_of(entry.name, own) and entry.is_file():
            entry.unlink()  # left by an export that was interrupted
            continue
        if _STAGING_NAME.match(entry.name) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)  # plaintext left by an export that was killed
            continue
        raise ExportRefused(ExportRefused.FOLDER_NOT_EMPTY)
    return False


def _write_csv(s: Session, table: sa.Table, path: Path, delimiter: str, token: CancelToken) -> None:
    """One table's rows as a CSV file at `path`, flushed to the disk."""
    columns = list(table.columns)
    codecs = [_codec(c) for c in columns]
    # Created private: an export holds the vault's contents in plaintext.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([c.name for c in columns])
        for batch in s.execute(_ordered(table)).mappings().partitions(_ROW_BATCH):
            token.check()
            writer.writerows(
                [
                    "" if row[c.name] is None else codec.to_cell(row[c.name])
                    for c, codec in zip(columns, codecs, strict=True)
                ]
                for row in batch
            )
        f.flush()
        os.fsync(f.fileno())


def _is_partial_of(name: str, own: set[str]) -> bool:
    match = _PARTIAL_NAME.match(name)
    return match is not None and match.group(1) in own


def _write_atomically(out: Path, data: bytes, *, token: CancelToken | None = None) -> None:
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        # Created private: an export holds the vault's contents in plaintext.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if token is not None:
            token.point_of_no_return()
        os.replace(partial, out)
        if os.name == "posix":
            fsync_path(out.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        log.warning("export not written: %s", type(exc).__name__)
        raise StorageError("The export could not be written (is the disk full?).") from None
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


# ------------------------------------------------------------------- import


# Schemas whose export documents have the same tables and columns: schema 2
# only added indexes, so an export from a schema-1 vault imports as it is.
_TABLES_OF_SCHEMA = {1: 1, 2: 1}


def _same_tables(schema: object, current: int) -> bool:
    if isinstance(schema, bool) or not isinstance(schema, int):
        return False
    return schema == current or (
        schema in _TABLES_OF_SCHEMA and _TABLES_OF_SCHEMA[schema] == _TABLES_OF_SCHEMA.get(current)
    )


def import_json(vault: Vault, src: Path) -> dict[str, int]:
    """Load a JSON export into this EMPTY vault, all or nothing; return rows per table.

    Raises ImportRefused when the vault already holds anything ("not_empty"),
    the file is not a PeerDesk export ("format") or of a schema with other
    tables ("schema"; an older schema that only differs in indexes is fine),
    names a table or column this schema lacks, lacks a column, or
    holds a value that does not fit its column or breaks a rule of the vault.
    Nothing is written then. The search index is filled by the vault's triggers.
    """
    document = _load(src)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportRefused(ImportRefused.FORMAT)
    schema = document.get("schema")
    current = vault.schema_version()
    if not _same_tables(schema, current):
        # Only a number is repeated back: the file's content could be anything.
        found = schema if isinstance(schema, int) and not isinstance(schema, bool) else None
        raise ImportRefused(ImportRefused.SCHEMA, found=found, expected=current)
    given = document.get("tables")
    if not isinstance(given, dict):
        raise ImportRefused(ImportRefused.FORMAT)
    tables = _tables()
    known = {t.name for t in tables}
    for name in sorted(given):
        if name not in known:
            raise ImportRefused(ImportRefused.UNKNOWN_TABLE, table=name)
    counts: dict[str, int] = {}
    with vault.session() as s:
        for table in tables:
            if s.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
                raise ImportRefused(ImportRefused.NOT_EMPTY, table=table.name)
        prepared = {t.name: _prepare_rows(t, given.get(t.name, [])) for t in tables}
        for table in tables:
            rows = prepared[table.name]
            counts[table.name] = len(rows)
            if not rows:
                continue
            try:
                s.execute(sa.insert(table), rows)
            except sa_exc.IntegrityError:
                # Raised inside the session: everything inserted so far rolls back.
                raise ImportRefused(ImportRefused.CONSTRAINT, table=table.name) from None
    log.info("JSON export imported")
    return counts


def _load(src: Path) -> object:
    try:
        text = src.read_bytes().decode("utf-8-sig")
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError):
        raise ImportRefused(ImportRefused.FORMAT) from None


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constants(name: str) -> object:
    raise ValueError("NaN and Infinity are not JSON")


def _prepare_rows(table: sa.Table, rows: object) -> list[dict[str, object]]:
    """Rows of one table, every value parsed and checked for its column."""
    if not isinstance(rows, list):
        raise ImportRefused(ImportRefused.FORMAT, table=table.name)
    columns = {c.name: c for c in table.columns}
    codecs = {name: _codec(c) for name, c in columns.items()}
    prepared: list[dict[str, object]] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise ImportRefused(ImportRefused.FORMAT, table=table.name, row=number)
        for name in sorted(row):
            if name not in columns:
                raise ImportRefused(
                    ImportRefused.UNKNOWN_COLUMN, table=table.name, column=name, row=number
                )
        values: dict[str, object] = {}
        for name, column in columns.items():
            if name not in row:
                raise ImportRefused(
                    ImportRefused.MISSING_COLUMN, table=table.name, column=name, row=number
                )
            values[name] = _parse_value(row[name], column, codecs[name], number)
        prepared.append(values)
    return prepared


def _parse_value(value: object, column: sa.Column, codec: _Codec, number: int) -> object:
    try:
        if value is None:
            # In a JSON column null is a value like any other (stored as 'null').
            if not column.nullable and codec is not _JSON:
                raise _Bad
            return None
        return codec.from_json(value, column)
    except _Bad:
        raise ImportRefused(
            ImportRefused.INVALID_VALUE, table=column.table.name, column=column.name, row=number
        ) from None


__all__ = [
    "CSV_DELIMITER",
    "EXPORT_AREAS",
    "FORMAT_NAME",
    "ExportRefused",
    "ImportRefused",
    "export_csv",
    "export_json",
    "import_json",
    "tables_of_area",
]
