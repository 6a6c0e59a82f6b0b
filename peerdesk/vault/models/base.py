"""Declarative base, shared column types and conventions for every model.

Times of day-to-day events (a conversation, a shift) are stored as naive local
wall-clock datetimes: a shift "every Tuesday 10–14" stays 10–14 across a DST
change. Bookkeeping stamps (`created_at`, `updated_at`) are UTC.
"""

from __future__ import annotations

import enum
import json
from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, Enum, MetaData, String, Text, TypeDecorator, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so Alembic can alter them on SQLite (batch mode).
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SHORT = 200  # names, places, one-line answers
LONG = 1_000_000  # free text: a note may be long, but not unbounded


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """created_at / updated_at in UTC, maintained by SQLAlchemy."""

    created_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.CURRENT_TIMESTAMP()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.CURRENT_TIMESTAMP()
    )


class TagList(TypeDecorator[list[str]]):
    """A short list of labels (themes, activities) stored as a JSON array."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(list(value or []), ensure_ascii=False)

    def process_result_value(self, value, dialect):
        return list(json.loads(value)) if value else []


def enum_column(enum_cls: type[enum.Enum]) -> Enum:
    """A string column limited to the enum's values by a CHECK constraint."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        name=enum_cls.__name__.lower(),
        validate_strings=True,
    )


def short_text() -> String:
    return String(SHORT)


def long_text() -> Text:
    return Text()


__all__ = ["Base", "Stamped", "TagList", "enum_column", "JSON", "utcnow", "SHORT", "LONG"]
