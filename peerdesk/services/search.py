"""One search across every area, over the FTS5 index `search_index`.

The user's text never reaches FTS5 as syntax: it is cut into words, each word
is quoted and made a prefix ("kaf" finds "kaffe"), and the words are AND-ed.
A word of one letter or digit is the exception: it must match a whole word
("Niels K." finds the alias with the initial K), because a one-letter prefix
would match nearly every record and say nothing.

The cost of a search is bounded, not the number of matches: for each indexed
table only its newest CANDIDATES matches are ranked (FTS5 finds them by
walking the table's part of the index backwards, without scoring), then bm25
orders that set and each area keeps its best. A common word in a large vault
therefore shows the best of what was written lately, not the best of ten years.
Snippets are made for the rows shown only, and titles are looked up from the
source rows (one query) rather than stored in the index, so a renamed person
never shows under an old name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from peerdesk.services import search_sql as sql
from peerdesk.services.errors import ValidationError
from peerdesk.services.search_titles import look_up
from peerdesk.vault import Vault, fts
from peerdesk.vault import areas as vault_areas

# The areas a search covers, in the order results are shown (the worker's own
# self-care area included: this is the worker's own search).
AREAS = (
    vault_areas.CARE,
    vault_areas.CAFE,
    vault_areas.VOLUNTEERS,
    vault_areas.SELFCARE,
    vault_areas.COURSES,
)

# The area of every table in the index (a test checks that none is left out).
AREA_OF_TABLE: Mapping[str, str] = MappingProxyType(
    {table: area for table, area in vault_areas.AREA_OF_TABLE.items() if table in fts.KIND_CODES}
)

MATCH_START, MATCH_END = "\x02", "\x03"  # around each match in a snippet
SNIPPET_TOKENS = 16
MAX_WORDS = 16
MAX_LIMIT = 200
# How many of each table's newest matches are ranked (never fewer than the limit
# asked for, so an area with more matches than its limit always fills it).
CANDIDATES = 100

# Characters with a meaning in FTS5 query syntax, and control characters.
_SYNTAX = re.compile(r'["*():^+{}\[\]\\]|[\x00-\x1f\x7f-\x9f]')
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SearchHit:
    """One found record.

    `name` names it from its source row (a person's alias, a café's name, a
    course's title; "" for a check-in and the like), `on` is its date if it has
    one, and `title` is both in one plain line ("K. – 2026-11-17"). A UI that
    formats dates itself shows `name` and `on`, and a label for `table`.
    `person_id`, `cafe_id`, `volunteer_id` and `course_id` say which record to
    open in its tab (None where not relevant).
    `snippet` marks each match with MATCH_START … MATCH_END. A lower `rank` is
    a better match (bm25).
    """

    area: str
    table: str
    record_id: int
    title: str
    snippet: str
    rank: float
    name: str = ""
    on: date | None = None
    person_id: int | None = None
    cafe_id: int | None = None
    volunteer_id: int | None = None
    course_id: int | None = None


@dataclass(frozen=True)
class SearchResults:
    """The hits of one search, best first, per area searched (in AREAS order).

    An area holds at most `limit` hits; `total` counts what is shown, not
    every record that matches (which is never counted: see `search`). An area
    that `is_full` may have more matches: show its count as "20+".
    """

    query: str
    by_area: Mapping[str, tuple[SearchHit, ...]]
    limit: int = 0

    def is_full(self, area: str) -> bool:
        """Whether `area` holds as many hits as the limit, so more may match."""
        return self.limit > 0 and len(self.by_area.get(area, ())) >= self.limit

    @property
    def total(self) -> int:
        return sum(len(hits) for hits in self.by_area.values())

    def __iter__(self):
        for hits in self.by_area.values():
            yield from hits

    def __bool__(self) -> bool:
        return self.total > 0


def _words(query: str) -> list[str]:
    """The distinct words of the user's text, lower-cased, at most MAX_WORDS."""
    cleaned = _SYNTAX.sub(" ", unicodedata.normalize("NFC", query))
    words: dict[str, None] = {}
    for word in cleaned.split():
        # A "word" without a letter or digit would make an empty phrase, which
        # matches nothing, so it is dropped.
        if any(_is_word_char(ch) for ch in word):
            # lower(), not casefold(): "ß" must stay "ß", as the tokenizer keeps it.
            words.setdefault(word.lower(), None)
    return list(words)[:MAX_WORDS]


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def _last_token(word: str) -> int:
    """The length of the last token the tokenizer cuts from `word` ("k.b." → "b" → 1).

    FTS5 makes only the last token of a quoted phrase a prefix, so that token
    decides whether the word is one.
    """
    length = 0
    for ch in reversed(word):
        if _is_word_char(ch):
            length += 1
        elif length:
            break
    return length


def _is_prefix(word: str) -> bool:
    return _last_token(word) >= 2


def _term(word: str) -> str:
    return f'"{word}"*' if _is_prefix(word) else f'"{word}"'


def _ranked_term(word: str) -> str:
    # The whole word as a phrase of its own, beside the prefix: a record with
    # the word itself ("Ane") scores on both, one with only a longer word
    # ("Anette") on the prefix alone. The rows matched are the same.
    return f'("{word}" OR "{word}"*)' if _is_prefix(word) else f'"{word}"'


def match_expression(query: str) -> str | None:
    """The FTS5 expression for the user's text, or None when it holds no word.

    Each word is quoted (so AND, NEAR, quotes and brackets are plain text) and
    made a prefix query; words are AND-ed. A word whose last letter run is one
    character long ("k", "5", "k.b.") is matched whole, not as a prefix. A
    "word" without a letter or digit is dropped.
    """
    words = _words(query)
    if not words:
        return None
    return " AND ".join(_term(word) for word in words)


def search(
    vault: Vault,
    query: str,
    *,
    limit_per_area: int = 20,
    areas: Iterable[str] | None = None,
) -> SearchResults:
    """Find records in every area (or the `areas` given) whose text matches `query`.

    Any text is accepted as a query: nothing the user types is FTS syntax. A
    query without words returns empty results without touching the vault.

    Each area holds its best `limit_per_area` hits, ranked by bm25 among the
    newest CANDIDATES matches of each of its tables; among equally good hits
    the newest comes first. For a query of one word, a record holding the word
    itself scores on the word as well as on the prefix, so it ranks above an
    otherwise alike record that only has a longer word ("Ane" before
    "Anette"). Matches beyond those shown are not counted: an area holding its
    full limit may have more ("20+").

    A one-character word matches only that word, never as a prefix: typing
    "b" alone finds the records with the word "b" (usually none), "bo" then
    finds every word that starts with "bo".
    """
    if not isinstance(query, str):
        raise ValidationError("query", ValidationError.BAD_CHOICE, expected="text")
    wanted = _areas(areas)
    limit = _limit(limit_per_area)
    words = _words(query)
    if not words or not wanted:
        return SearchResults(query, MappingProxyType({area: () for area in wanted}), limit)
    match = " AND ".join(_term(word) for word in words)
    # A prefix longer than the index's prefix indexes is merged once per FTS5
    # query: then find the candidates in one walk rather than one per table.
    one_walk = any(
        _last_token(word) > sql.LONGEST_INDEXED_PREFIX for word in words if _is_prefix(word)
    )
    searched = tuple(
        (table, AREAS.index(area)) for table, area in AREA_OF_TABLE.items() if area in wanted
    )
    params = {
        "match": match,
        # Scoring the whole word beside its prefix costs a second pass over every
        # match of the word (~20% of a common word's search): worth it for a name
        # typed alone, not for several words, which already narrow the hits.
        "ranked_match": _ranked_term(words[0]) if len(words) == 1 else match,
        "candidates": max(CANDIDATES, limit),
        "limit": limit,
    }
    with vault.session() as s:
        ranked = s.execute(sql.rank_sql(searched, one_walk), params).all()
        rowids = [rowid for rowid, _score in ranked]
        snippets = {}
        if rowids:
            marks = {"match": match, "start": MATCH_START, "end": MATCH_END}
            snippets = dict(
                s.connection()
                .exec_driver_sql(
                    sql.snippet_sql(rowids, one_walk), {**marks, "tokens": SNIPPET_TOKENS}
                )
                .all()
            )
        ids: dict[str, set[int]] = {}
        for rowid in rowids:
            table, record_id = fts.split_rowid(rowid)
            ids.setdefault(table, set()).add(record_id)
        sources = look_up(s, ids)
    by_area: dict[str, list[SearchHit]] = {area: [] for area in wanted}
    for rowid, score in ranked:
        table, record_id = fts.split_rowid(rowid)
        source = sources.get((table, record_id))
        if source is None:  # the index ran ahead of its source; never show a ghost
            continue
        by_area[AREA_OF_TABLE[table]].append(
            SearchHit(
                area=AREA_OF_TABLE[table],
                table=table,
                record_id=record_id,
                snippet=_SPACE.sub(" ", snippets.get(rowid) or "").strip(),
                rank=float(score),
                **source,
            )
        )
    return SearchResults(
        query, MappingProxyType({area: tuple(hits) for area, hits in by_area.items()}), limit
    )


def _areas(areas: Iterable[str] | None) -> list[str]:
    if areas is None:
        return list(AREAS)
    if isinstance(areas, str):
        areas = [areas]
    chosen = set(areas)
    if not chosen <= set(AREAS):
        raise ValidationError("areas", ValidationError.BAD_CHOICE, allowed="/".join(AREAS))
    return [area for area in AREAS if area in chosen]


def _limit(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("limit_per_area", ValidationError.BAD_CHOICE, expected="number")
    if not 1 <= value <= MAX_LIMIT:
        raise ValidationError(
            "limit_per_area", ValidationError.OUT_OF_RANGE, minimum=1, maximum=MAX_LIMIT
        )
    return value
