"""Arbitrary Unicode text survives the vault unchanged (after normalisation)."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from peerdesk.services import validation
from peerdesk.services.errors import ValidationError
from peerdesk.vault.models import Person

# Everything but surrogates (not encodable) — control characters included, so
# that the validator's refusals are exercised too.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=ANY_TEXT)
def test_any_text_round_trips_or_is_refused_cleanly(vault, value):
    try:
        clean = validation.text(value, "wishes")
    except ValidationError as exc:
        assert exc.code == ValidationError.CONTROL_CHARS
        return
    assert clean == unicodedata.normalize("NFC", clean)
    with vault.session() as s:
        person = Person(alias="H.Y.", wishes=clean)
        s.add(person)
    with vault.session() as s:
        assert s.scalar(select(Person.wishes).where(Person.id == person.id)) == clean
        # The search index holds the same text, in step with the row.
        body = s.execute(
            text("SELECT body FROM search_index WHERE rowid = :r"), {"r": (1 << 40) | person.id}
        ).scalar_one()
        assert clean in body
