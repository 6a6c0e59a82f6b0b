"""How search ranks a bounded set: newest candidates per table, bm25 within,
whole words before prefixes, one-character words whole, and the plans that keep
a search's cost independent of how many records match."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from peerdesk.services import search as S
from peerdesk.services import search_sql
from peerdesk.vault.models import CareConversation, CheckIn, Person, Volunteer

WHEN = datetime(2026, 11, 17, 10, 0)


def add_check_ins(vault, *helps: str) -> list[int]:
    """One check-in per text, in order (so the last is the newest); their ids."""
    with vault.session() as s:
        rows = [CheckIn(at=WHEN + timedelta(minutes=n), helps=h) for n, h in enumerate(helps)]
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows]


def found(results, area="selfcare") -> list[int]:
    return [hit.record_id for hit in results.by_area[area]]


@pytest.fixture(params=["by table", "one walk"])
def strategy(request, monkeypatch):
    """Run a test with each way of finding the candidates: both must agree."""
    if request.param == "one walk":
        monkeypatch.setattr(search_sql, "LONGEST_INDEXED_PREFIX", 0)
    else:
        monkeypatch.setattr(search_sql, "LONGEST_INDEXED_PREFIX", 1000)
    return request.param


def test_the_newest_comes_first_among_equally_good_hits(vault, strategy):
    ids = add_check_ins(vault, *["kaffe med mælk"] * 4)
    results = S.search(vault, "kaffe")
    assert found(results) == ids[::-1]
    assert len({hit.rank for hit in results}) == 1


def test_an_area_with_more_matches_than_its_limit_fills_it_with_its_best(
    vault, strategy, monkeypatch
):
    monkeypatch.setattr(S, "CANDIDATES", 4)
    ids = add_check_ins(
        vault,
        *["kaffe og en hel masse andre ord om dagen"] * 3,
        "kaffe kaffe",
        *["kaffe og en hel masse andre ord om dagen"] * 3,
    )
    # 7 matches, 4 candidates (the newest): the best of them first, then the rest.
    assert found(S.search(vault, "kaffe", limit_per_area=3)) == [ids[3], ids[6], ids[5]]
    # A limit above the candidates per table ranks as many as the limit.
    assert len(found(S.search(vault, "kaffe", limit_per_area=6))) == 6
    # Nothing counts the matches beyond the limit: a full area says "maybe more".
    results = S.search(vault, "kaffe", limit_per_area=7)
    assert results.is_full("selfcare") and not results.is_full("care")
    assert not S.search(vault, "kaffe", limit_per_area=8).is_full("selfcare")


def test_only_the_newest_candidates_of_a_table_are_ranked(vault, strategy, monkeypatch):
    monkeypatch.setattr(S, "CANDIDATES", 3)
    old_best, *newer = add_check_ins(
        vault, "kaffe kaffe kaffe", *["kaffe og en hel masse andre ord om dagen"] * 3
    )
    # Documented: an old, better match beyond a table's newest candidates is not shown.
    assert found(S.search(vault, "kaffe", limit_per_area=1)) == [newer[-1]]
    assert old_best in found(S.search(vault, "kaffe", limit_per_area=4))


def test_candidates_are_counted_per_table_not_per_area(vault, strategy, monkeypatch):
    monkeypatch.setattr(S, "CANDIDATES", 2)
    with vault.session() as s:
        person = Person(alias="Jo", wishes="zebra zebra zebra")
        s.add(person)
        s.flush()
        s.add_all(
            CareConversation(person_id=person.id, occurred_at=WHEN, own_words="zebra")
            for _ in range(5)
        )
    # The conversations' rowids all lie above the person's (a higher kind
    # code): newest-first across the whole area would leave the best match out.
    tables = [hit.table for hit in S.search(vault, "zebra", limit_per_area=2).by_area["care"]]
    assert tables == ["person", "care_conversation"]


def test_a_one_word_query_ranks_the_whole_word_above_a_longer_word(vault, strategy):
    with vault.session() as s:
        ane = Volunteer(name="Ane", note="Hjælper med kaffen")
        s.add(ane)
        s.flush()
        anette = Volunteer(name="Anette", note="Hjælper med kaffen")
        s.add(anette)
        # Other records, so that the words' document frequencies mean something.
        s.add_all(CheckIn(at=WHEN, helps=f"en gåtur nummer {n}") for n in range(20))
        s.flush()
        ids = [ane.id, anette.id]
    # Alike otherwise, and Anette is newer: the whole word must still win.
    for query in ("ane", "Ane", "ANE."):
        assert [h.record_id for h in S.search(vault, query).by_area["volunteers"]] == ids
    assert [h.record_id for h in S.search(vault, "anette").by_area["volunteers"]] == ids[1:]


def test_a_one_character_word_matches_only_that_word(vault, strategy):
    with vault.session() as s:
        s.add_all(
            [
                Person(alias="Niels K."),
                Person(alias="Niels Kofoed"),
                Person(alias="K.B.", wishes="kaffe"),
            ]
        )
    aliases = lambda q: sorted(h.name for h in S.search(vault, q))  # noqa: E731
    assert aliases("k") == ["K.B.", "Niels K."]  # not "Kofoed", not "kaffe"
    assert aliases("niels k") == ["Niels K."]
    assert aliases("niels ko") == ["Niels Kofoed"]
    assert aliases("k.b.") == ["K.B."]
    assert aliases("k.b") == ["K.B."]
    assert S.match_expression("b") == '"b"'
    assert S.match_expression("niels k.") == '"niels"* AND "k."'
    assert S.match_expression("bo") == '"bo"*'


def test_snippets_mark_every_hit_whichever_way_it_was_found(vault, strategy):
    with vault.session() as s:
        s.add_all(
            [
                Person(alias="A", wishes="kaffebønner fra Etiopien"),
                Volunteer(name="B", note="Hentede kaffe"),
                CheckIn(at=WHEN, helps="Duften af kaffe"),
            ]
        )
    for query in ("kaf", "kaffe", "kaffebønner", "etiopien kaf"):
        hits = list(S.search(vault, query))
        assert hits, query
        assert all(S.MATCH_START in h.snippet and S.MATCH_END in h.snippet for h in hits), query


def test_areas_restrict_the_search_either_way(vault, strategy):
    with vault.session() as s:
        s.add_all([Person(alias="A", wishes="kaffe"), CheckIn(at=WHEN, helps="kaffe")])
    results = S.search(vault, "kaffe", areas=["selfcare"])
    assert list(results.by_area) == ["selfcare"]
    assert [h.table for h in results] == ["check_in"]


def _plan(vault, statement, params) -> list[str]:
    with vault.session() as s:
        sql = str(statement)
        return [row[3] for row in s.execute(text("EXPLAIN QUERY PLAN " + sql), params)]


FTS_SCAN = re.compile(r"VIRTUAL TABLE INDEX (\d+):(\S*)")


def test_the_plans_bound_the_work(vault):
    tables = tuple((table, S.AREAS.index(area)) for table, area in S.AREA_OF_TABLE.items())
    params = {"match": '"kaffe"*', "ranked_match": '"kaffe"*', "candidates": 10, "limit": 5}
    by_table = _plan(vault, search_sql.rank_sql(tables, False), params)
    scans = [FTS_SCAN.search(line).groups() for line in by_table if FTS_SCAN.search(line)]
    # One scan per table, each ordered by rowid descending inside FTS5 (no sort,
    # so the LIMIT stops the walk), and one unordered scan that scores them.
    ordered = [idx for num, idx in scans if int(num) & 0x80]
    assert len(ordered) == len(tables)
    # Two sorts, of the candidates only (ranking per area, then areas in order);
    # none of them in a table's walk.
    assert sum("USE TEMP B-TREE" in line for line in by_table) == 2
    one_walk = _plan(vault, search_sql.rank_sql(tables, True), params)
    snippets = _plan(
        vault,
        text(search_sql.snippet_sql([(4 << 40) | 1, (17 << 40) | 1], False)),
        {"match": '"kaffe"*', "start": "", "end": "", "tokens": 8},
    )
    for line in by_table + one_walk + snippets:
        scan = FTS_SCAN.search(line)
        if scan:
            # Never a rowid look-up (=): each would restart the query, recount
            # bm25's statistics and rebuild a prefix list.
            assert "=" not in scan.group(2), line
            # Never bm25 over every match (ORDER BY rank).
            assert not int(scan.group(1)) & 0x20, line
