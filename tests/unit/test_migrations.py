"""Each migration against a vault built the old way inside the test."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool
from sqlcipher3 import dbapi2

from peerdesk.services import care, care_browse
from peerdesk.vault import Vault
from peerdesk.vault import connection as raw
from peerdesk.vault.migrations import SCHEMA_VERSION, upgrade
from peerdesk.vault.models import CareConversation, Person
from tests.conftest import PASSPHRASE

OLD_INDEX = "ix_care_conversation_person_id_occurred_at"
NOTES_INDEX = "ix_care_conversation_person_id_occurred_at_follow_up_on_followed_up_on"
PEOPLE_INDEX = "ix_person_alias_status_retention_review_on_created_at"


def _build_at(data_dir, revision: str) -> None:
    """An encrypted vault migrated up to `revision` only, with a person and a note."""
    data_dir.ensure()
    conn = raw.connect(data_dir.vault, PASSPHRASE, create=True)
    engine = create_engine("sqlite://", module=dbapi2, creator=lambda: conn, poolclass=StaticPool)
    event.listen(engine, "begin", lambda c: c.exec_driver_sql("BEGIN"))
    try:
        with engine.begin() as connection:
            upgrade(connection, revision)
        with Session(engine) as s, s.begin():
            person = Person(alias="Åse")
            s.add(person)
            s.flush()
            s.add(
                CareConversation(
                    person_id=person.id,
                    occurred_at=datetime(2026, 3, 2, 10),
                    own_words="Før skema 2",
                    follow_up_on=date(2026, 3, 9),
                )
            )
    finally:
        engine.dispose()
        conn.close()


def _indexes(vault: Vault, table: str) -> set[str]:
    with vault.session() as s:
        return set(
            s.scalars(
                text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"),
                {"t": table},
            )
        )


def test_schema_2_adds_covering_indexes_for_the_people_list(data_dir) -> None:
    _build_at(data_dir, "0001")
    with Vault.open(data_dir, PASSPHRASE) as vault:
        assert vault.schema_version() == SCHEMA_VERSION == 2
        notes = _indexes(vault, "care_conversation")
        assert NOTES_INDEX in notes
        assert OLD_INDEX not in notes  # a prefix of the new one
        assert PEOPLE_INDEX in _indexes(vault, "person")
        # The note is still there, and the list reads its facts from the index.
        (person,) = care.list_people(vault)
        (line,) = care_browse.people_rows(vault, [person.id], today=date(2026, 3, 10))
        assert line.last_conversation_at == datetime(2026, 3, 2, 10)
        assert line.next_follow_up_on == date(2026, 3, 9)
        assert care.last_conversation(vault, person.id).own_words == "Før skema 2"
    # Opening migrated it, after an encrypted copy of schema 1 was taken.
    assert [p.name.startswith("before-schema-2-from-1-") for p in data_dir.backups.iterdir()] == [
        True
    ]
