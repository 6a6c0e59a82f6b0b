"""Erasing a person leaves none of their text in the vault: not in tables, the
FTS index, freed pages or the WAL — checked on the decrypted pages themselves."""

from __future__ import annotations

from datetime import date, datetime

from peerdesk.services import care
from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.canaries import new_canary
from tests.support.pages import decrypt_pages, looks_like_sqlite_page1, plaintext_of


def write_person(vault: Vault, word: str, n_notes: int = 40) -> int:
    person = care.add_person(vault, alias="E.R.", wishes=f"{word} ønsker", strengths=word)
    goal = care.add_goal(vault, person_id=person.id, title=f"mål {word}", own_words=word)
    care.add_sub_goal(vault, goal_id=goal.id, title=f"delmål {word}", note=word)
    for i in range(n_notes):
        note = care.add_conversation(
            vault,
            person_id=person.id,
            occurred_at=datetime(2026, 1, 1 + i % 28, 10),
            own_words=f"{word} samtale {i} " + "lang tekst " * 40,
            next_steps=word,
            my_reaction=word,
            themes=[word],
        )
    care.add_addendum(vault, conversation_id=note.id, text=f"tilføjelse {word}")
    care.add_referral(
        vault,
        person_id=person.id,
        made_on=date(2026, 2, 1),
        kind="club",
        destination=f"klub {word}",
    )
    return person.id


def test_erase_person_leaves_no_byte_of_their_text(vault, data_dir):
    erased, kept = new_canary("erased"), new_canary("kept")
    victim = write_person(vault, erased)
    write_person(vault, kept, n_notes=3)
    plain = plaintext_of(data_dir.vault, PASSPHRASE)
    assert erased.encode() in plain  # positive control: it was there, decrypted

    care.erase_person(vault, victim)

    plain_open = plaintext_of(data_dir.vault, PASSPHRASE)
    assert erased.encode() not in plain_open
    assert erased[:-3].encode() not in plain_open  # nor its ASCII stem (FTS terms)
    assert kept.encode() in plain_open
    vault.close()
    pages = decrypt_pages(data_dir.vault, PASSPHRASE)
    assert looks_like_sqlite_page1(pages[0])  # the decryption itself is right
    plain_closed = b"".join(pages)
    assert erased[:-3].encode() not in plain_closed
    assert kept.encode() in plain_closed
    with Vault.open(data_dir, PASSPHRASE) as again:
        assert again.check() == []
