"""The one search across every area."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services import search as S
from peerdesk.services import search_titles
from peerdesk.services.errors import ValidationError
from peerdesk.vault import fts
from peerdesk.vault.models import (
    Cafe,
    CafeSession,
    CareConversation,
    CheckIn,
    ConversationAddendum,
    Course,
    CourseKind,
    CourseSession,
    Goal,
    Person,
    PrepItem,
    SparringAgreement,
    SparringSession,
    TrainingModule,
    TrainingSession,
    Volunteer,
    VolunteerTask,
    WellbeingPlanSection,
)

WHEN = datetime(2026, 11, 17, 10, 0)


@pytest.fixture
def ids(vault) -> dict[str, int]:
    """One record in every area, each mentioning "kaffebønner" once."""
    with vault.session() as s:
        person = Person(alias="K.B.", wishes="Drømmer om kaffebønner fra Etiopien")
        cafe = Cafe(name="Torvet")
        host = Volunteer(name="Ane Host", note="Bager kage")
        course = Course(title="Recovery-gruppe", kind=CourseKind.RECOVERY_GROUP)
        s.add_all([person, cafe, host, course])
        s.flush()
        conversation = CareConversation(
            person_id=person.id,
            occurred_at=WHEN,
            own_words="Vi talte om gåture og om\n\n   kaffebønner   igen",
            themes=["søvn", "netværk"],
        )
        cafe_session = CafeSession(
            cafe_id=cafe.id, starts_at=WHEN, went_well="Nye gæster fik kaffebønner med hjem"
        )
        task = VolunteerTask(
            volunteer_id=host.id,
            on_date=date(2026, 11, 18),
            minutes=30,
            description="Hentede kaffebønner",
        )
        check_in = CheckIn(at=WHEN, stress=4, helps="Duften af kaffebønner")
        session = CourseSession(
            course_id=course.id,
            starts_at=WHEN,
            ends_at=WHEN.replace(hour=12),
            topic="Håb",
            materials="Kaffebønner til pausen",
        )
        s.add_all([conversation, cafe_session, task, check_in, session])
        s.flush()
        return {
            "person": person.id,
            "cafe": cafe.id,
            "volunteer": host.id,
            "course": course.id,
            "care_conversation": conversation.id,
            "cafe_session": cafe_session.id,
            "volunteer_task": task.id,
            "check_in": check_in.id,
            "course_session": session.id,
        }


def hits(results, area):
    return [(h.table, h.record_id) for h in results.by_area[area]]


def test_search_finds_a_record_in_every_area(vault, ids):
    results = S.search(vault, "kaffebønner")
    assert list(results.by_area) == list(S.AREAS)
    assert results.total == 6  # the person's wishes and the conversation both in care
    assert set(hits(results, "care")) == {
        ("person", ids["person"]),
        ("care_conversation", ids["care_conversation"]),
    }
    assert hits(results, "cafe") == [("cafe_session", ids["cafe_session"])]
    assert hits(results, "volunteers") == [("volunteer_task", ids["volunteer_task"])]
    assert hits(results, "selfcare") == [("check_in", ids["check_in"])]
    assert hits(results, "courses") == [("course_session", ids["course_session"])]


def test_hits_carry_titles_and_links_to_open_the_record(vault, ids):
    found = {h.table: h for h in S.search(vault, "kaffebønner")}
    conversation = found["care_conversation"]
    assert (conversation.title, conversation.on, conversation.person_id) == (
        "K.B. – 2026-11-17",
        date(2026, 11, 17),
        ids["person"],
    )
    assert found["person"].title == "K.B."
    assert (found["cafe_session"].title, found["cafe_session"].cafe_id) == (
        "Torvet – 2026-11-17",
        ids["cafe"],
    )
    assert (found["volunteer_task"].title, found["volunteer_task"].volunteer_id) == (
        "Ane Host – Hentede kaffebønner – 2026-11-18",
        ids["volunteer"],
    )
    assert (found["check_in"].title, found["check_in"].name) == ("2026-11-17", "")
    assert (found["cafe_session"].name, found["person"].name) == ("Torvet", "K.B.")
    assert (found["course_session"].title, found["course_session"].course_id) == (
        "Recovery-gruppe – Håb – 2026-11-17",
        ids["course"],
    )
    assert found["check_in"].person_id is None
    assert all(h.area == S.AREA_OF_TABLE[h.table] for h in found.values())


def test_snippets_mark_matches_and_collapse_whitespace(vault, ids):
    (hit,) = [h for h in S.search(vault, "kaffe") if h.table == "care_conversation"]
    # The themes come first in the indexed text; line breaks became single spaces.
    assert hit.snippet == "søvn, netværk Vi talte om gåture og om \x02kaffebønner\x03 igen"


def test_a_prefix_finds_the_whole_word(vault, ids):
    assert S.search(vault, "kaf").total == 6
    assert S.search(vault, "KAFFE").total == 6
    assert S.search(vault, "affe").total == 0  # a prefix, not a substring


def test_every_word_must_match(vault, ids):
    results = S.search(vault, "kaffe gåtur")
    assert [(h.table, h.record_id) for h in results] == [
        ("care_conversation", ids["care_conversation"])
    ]
    assert S.search(vault, "kaffe zebra").total == 0


def test_letters_with_diacritics_and_æøå(vault, ids):
    assert S.search(vault, "gature").total == 1  # å is folded to a, as in the index
    assert S.search(vault, "søvn").total == 1  # a conversation's theme
    assert S.search(vault, "æble").total == 0


def test_areas_restrict_the_search(vault, ids):
    results = S.search(vault, "kaffe", areas=["courses", "care"])
    assert list(results.by_area) == ["care", "courses"]
    assert results.total == 3
    assert list(S.search(vault, "kaffe", areas="selfcare").by_area) == ["selfcare"]


def test_the_limit_applies_per_area(vault, ids):
    with vault.session() as s:
        s.add_all(CheckIn(at=WHEN, helps=f"kaffe nr. {n}") for n in range(5))
    results = S.search(vault, "kaffe", limit_per_area=2)
    assert len(results.by_area["selfcare"]) == 2
    assert len(results.by_area["care"]) == 2
    assert len(results.by_area["cafe"]) == 1


def test_hits_are_ranked_best_first(vault):
    with vault.session() as s:
        s.add(CheckIn(at=WHEN, drains="kaffe", helps="mange andre ord om alt muligt andet"))
        s.add(CheckIn(at=WHEN, drains="kaffe kaffe kaffe"))
    ranks = [h.rank for h in S.search(vault, "kaffe")]
    assert len(ranks) == 2 and ranks == sorted(ranks)


def test_a_deleted_record_is_not_found(vault, ids):
    with vault.session() as s:
        s.delete(s.get(CheckIn, ids["check_in"]))
        s.delete(s.get(Person, ids["person"]))  # cascades to the conversation
    results = S.search(vault, "kaffebønner")
    assert results.by_area["selfcare"] == ()
    assert results.by_area["care"] == ()
    assert results.total == 3


def test_a_renamed_person_shows_under_the_new_name(vault, ids):
    with vault.session() as s:
        s.get(Person, ids["person"]).alias = "Kim"
    titles = {h.table: h.title for h in S.search(vault, "kaffebønner", areas=["care"])}
    assert titles == {"person": "Kim", "care_conversation": "Kim – 2026-11-17"}


NASTY = [
    '"kaffe',
    'kaffe"',
    '""',
    "(kaffe",
    "kaffe)",
    "((()))",
    "kaffe*",
    "*",
    "**kaf**",
    "kaffe AND",
    "AND",
    "OR NOT",
    "kaffe NEAR gåtur",
    "NEAR(kaffe gåtur, 2)",
    "kaffe NOT",
    "-kaffe",
    "+kaffe",
    "^kaffe",
    "body:kaffe",
    "kind:check_in",
    "{kind body}: kaffe",
    "🙂",
    "kaffe 🙂",
    "☕️kaffe",
    "æøå ÆØÅ",
    "'; DROP TABLE person; --",
    "\x00\x02\x03",
    "kaffe\x00bønner",
    "\\",
    "…",
    "— –",
    "   ",
    "",
    "k",
    "ab" * 500,
    "ord " * 200,
]


def test_nothing_the_user_types_raises(vault, ids):
    for query in NASTY:
        results = S.search(vault, query)
        assert results.query == query
        assert all(h.title for h in results), query


def test_quotes_brackets_and_operators_are_plain_words(vault, ids):
    assert S.search(vault, '"kaffebønner"').total == 6
    assert S.search(vault, "(kaffe)").total == 6
    assert S.search(vault, "kaffe*").total == 6
    assert S.search(vault, "kaffe NEAR gåtur").total == 0  # "near" is a word to find
    assert S.search(vault, "☕kaffe 🙂").total == 6


def test_a_query_without_words_touches_no_sql(vault):
    vault.close()  # any SQL would now raise VaultClosed
    for query in ("", "   ", "***", '""', "()", "—", "\x02"):
        results = S.search(vault, query)
        assert results.total == 0 and not results
        assert list(results.by_area) == list(S.AREAS)


def test_bad_arguments_are_refused(vault):
    with pytest.raises(ValidationError) as caught:
        S.search(vault, "kaffe", areas=["care", "diary"])
    assert caught.value.field == "areas"
    for limit in (0, -1, S.MAX_LIMIT + 1, 2.5, True):
        with pytest.raises(ValidationError) as caught:
            S.search(vault, "kaffe", limit_per_area=limit)
        assert caught.value.field == "limit_per_area"
    with pytest.raises(ValidationError):
        S.search(vault, b"kaffe")


def test_match_expressions():
    assert S.match_expression("Kaffe på  torvet") == '"kaffe"* AND "på"* AND "torvet"*'
    assert S.match_expression('"kaf(fe)" NEAR*') == '"kaf"* AND "fe"* AND "near"*'
    assert S.match_expression("peer-støtte") == '"peer-støtte"*'
    assert S.match_expression("kaffe Kaffe KAFFE") == '"kaffe"*'
    assert S.match_expression("🙂 … —") is None
    words = S.match_expression("ord" + " ord".join(str(n) for n in range(100)))
    assert words.count(" AND ") == S.MAX_WORDS - 1


@given(st.text())
def test_a_match_expression_is_always_well_formed(query):
    expression = S.match_expression(query)
    if expression is not None:
        for term in expression.split(" AND "):
            # A prefix, or (a word ending in a one-character token) a whole word.
            assert term.startswith('"') and term.endswith(('"*', '"'))
            assert '"' not in term[1:].removesuffix("*")[:-1]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_text_searches_without_error(vault, query):
    S.search(vault, query)


def test_every_indexed_table_has_an_area_and_a_title():
    assert set(S.AREA_OF_TABLE) == set(fts.KIND_CODES)
    assert set(S.AREA_OF_TABLE.values()) == set(S.AREAS)
    assert set(search_titles.TITLES) == set(fts.KIND_CODES)


def test_titles_of_records_that_hang_off_others(vault):
    with vault.session() as s:
        person = Person(alias="Jo")
        host = Volunteer(name="Bo")
        cafe = Cafe(name="Havnen")
        module = TrainingModule(name="Førstehjælp")
        course = Course(title="Talk", kind=CourseKind.TALK)
        s.add_all([person, host, cafe, module, course])
        s.flush()
        conversation = CareConversation(person_id=person.id, occurred_at=WHEN)
        sparring = SparringSession(held_at=WHEN, went_well="lyttede zebra", participants=[host])
        session = CourseSession(course_id=course.id, starts_at=WHEN, ends_at=WHEN.replace(hour=11))
        s.add_all([conversation, sparring, session])
        s.flush()
        s.add_all(
            [
                Goal(person_id=person.id, title="Arbejde", own_words="zebra"),
                ConversationAddendum(
                    conversation_id=conversation.id, written_at=WHEN, text="zebra"
                ),
                SparringAgreement(sparring_id=sparring.id, text="zebra"),
                TrainingSession(
                    module_id=module.id,
                    held_on=date(2026, 11, 3),
                    topic="førstehjælp",
                    note="zebra",
                ),
                PrepItem(session_id=session.id, text="zebra"),
                WellbeingPlanSection(key="daily", title="Hver dag", body="zebra"),
                CafeSession(cafe_id=cafe.id, starts_at=WHEN, note="ingen"),
            ]
        )
    found = {(h.table, h.title): h for h in S.search(vault, "zebra")}
    titles = {table: title for table, title in found}
    assert titles == {
        "goal": "Jo – Arbejde",
        "conversation_addendum": "Jo – 2026-11-17",
        "sparring_session": "Bo – 2026-11-17",
        "sparring_agreement": "Bo – 2026-11-17",
        "training_session": "Førstehjælp – 2026-11-03",
        "prep_item": "Talk – 2026-11-17",
        "wellbeing_plan_section": "Hver dag",
    }
    assert found[("sparring_agreement", "Bo – 2026-11-17")].volunteer_id == host.id
    assert found[("goal", "Jo – Arbejde")].person_id == person.id
    assert found[("prep_item", "Talk – 2026-11-17")].course_id == course.id
