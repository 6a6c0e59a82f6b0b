"""Schema 2: covering indexes for the people list, a partial index for open follow-ups.

The people list needs, per person, the last conversation and the open
follow-ups of their notes. With an index on (person_id, occurred_at) only,
SQLite reads every note row to learn `follow_up_on` and `followed_up_on`, and
SQLCipher decrypts every 4 KB page of note text on the way. Adding the two
dates to the index lets those questions be answered from index pages alone
(EXPLAIN QUERY PLAN: "USING COVERING INDEX"); the old two-column index is a
prefix of the new one, so it goes.

Likewise the list's pass over everyone needs only a person's alias, status
and two dates, but "SCAN person" decrypts every page of their wishes, hopes,
dreams and strengths too; an index holding just those columns is a few pages.

Overblik and the follow-up queue ask for the open follow-ups of notes: a
partial index holding only those (a few hundred of tens of thousands) halves
that query at scale 100 (98 → 45 ms).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 19:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD = "ix_care_conversation_person_id_occurred_at"
NOTES = "ix_care_conversation_person_id_occurred_at_follow_up_on_followed_up_on"
PEOPLE = "ix_person_alias_status_retention_review_on_created_at"
OPEN_FOLLOW_UPS = "ix_care_conversation_open_follow_up"


def upgrade() -> None:
    op.drop_index(OLD, table_name="care_conversation")
    op.create_index(
        NOTES,
        "care_conversation",
        ["person_id", "occurred_at", "follow_up_on", "followed_up_on"],
        unique=False,
    )
    op.create_index(
        PEOPLE,
        "person",
        ["alias", "status", "retention_review_on", "created_at"],
        unique=False,
    )
    op.create_index(
        OPEN_FOLLOW_UPS,
        "care_conversation",
        ["follow_up_on"],
        unique=False,
        sqlite_where=sa.text("follow_up_on IS NOT NULL AND followed_up_on IS NULL"),
    )


def downgrade() -> None:
    raise NotImplementedError("PeerDesk migrates forward only; restore a backup instead.")
