"""Alembic migrations of the vault schema. Revisions are numbered "0001", "0002", …

The number is the vault's schema version: exports carry it, and a vault whose
number is higher than `SCHEMA_VERSION` was written by a newer PeerDesk.
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent
# Kept in step with the newest file in versions/ (a test checks it); known here
# so that opening a current vault never has to load Alembic at all.
SCHEMA_VERSION = 2
HEAD_REVISION = f"{SCHEMA_VERSION:04d}"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(connection, revision: str = "head") -> None:
    """Run the migrations up to `revision` on an open SQLAlchemy connection."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
