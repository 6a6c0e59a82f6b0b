"""Alembic environment: always runs on a connection handed in by the vault.

There is no URL to connect to: only the vault knows how to key the file.
"""

from __future__ import annotations

from alembic import context

from peerdesk.vault.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("PeerDesk migrations run only on a connection from the vault")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
