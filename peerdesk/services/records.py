"""Any record as readable fields, for a generic read-only view (no Qt).

Used where no area screen claims a record yet (e.g. a search result in an area
whose tab has not been built), so that a result always opens to something.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Boolean, inspect, select

from peerdesk.services.errors import NotFound
from peerdesk.vault import Vault
from peerdesk.vault.models import Base

_HIDDEN = {"id", "created_at", "updated_at", "position"}


@dataclass(frozen=True)
class RecordView:
    table: str
    record_id: int
    fields: tuple[tuple[str, object], ...]  # (column name, value), in table order


def _model_for(table: str):
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise NotFound(table, "-")


def record_view(vault: Vault, table: str, record_id: int) -> RecordView:
    """The record's own fields (no foreign keys, no bookkeeping), empty ones left out."""
    model = _model_for(table)
    with vault.session() as s:
        row = s.scalar(select(model).where(model.id == record_id))
        if row is None:
            raise NotFound(table, record_id)
        fields = []
        for column in inspect(model).columns:
            if column.key in _HIDDEN or column.foreign_keys:
                continue
            value = getattr(row, column.key)
            if value in (None, "", []) or (isinstance(column.type, Boolean) and not value):
                continue
            fields.append((column.key, _plain(value)))
    return RecordView(table, record_id, tuple(fields))


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, (date, datetime, time, bool, int, float, str)):
        return value
    return str(value)
