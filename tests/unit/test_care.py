"""The care area's services, on real encrypted vaults."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, func, select, text

from peerdesk.services import care
from peerdesk.services.care import (
    ConversationKind,
    FollowUpStatus,
    PersonStatus,
    ReferralKind,
)
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import (
    CareConversation,
    ConversationAddendum,
    Draft,
    Goal,
    Person,
    Referral,
    SubGoal,
    VaultSetting,
)

TODAY = date(2026, 3, 10)
NOON = datetime(2026, 3, 10, 12, 0)
# A `now` for the services: the instant half an hour after NOON on this machine's clock
# (occurred_at is local wall-clock time), so NOON is not in the future in any time zone.
NOW = (NOON + timedelta(minutes=30)).astimezone()
LATER = NOW + timedelta(days=30)


def count_rows(vault: Vault, model: type) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def fts_hits(vault: Vault, word: str) -> int:
    with vault.session() as s:
        return s.scalar(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
            {"q": f'"{word}"'},
        )


@contextlib.contextmanager
def counted_statements(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)


def error_of(exc_info: pytest.ExceptionInfo) -> tuple[str, str]:
    return exc_info.value.field, exc_info.value.code


def conversation(vault: Vault, person_id: int, **fields) -> CareConversation:
    fields.setdefault("occurred_at", NOON)
    fields.setdefault("now", NOW)
    return care.add_conversation(vault, person_id=person_id, **fields)


# ------------------------------------------------------------------- imports


def test_care_services_do_not_import_qt() -> None:
    # A fresh interpreter: other tests in this process may have loaded Qt.
    probe = (
        "import sys, peerdesk.services.care, peerdesk.services.cpr; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", probe], check=False).returncode == 0


# -------------------------------------------------------------------- people


def test_person_round_trip_with_emoji_and_danish_letters(vault: Vault) -> None:
    added = care.add_person(
        vault,
        alias="  Åse Ø. 🌻 ",
        status="paused",
        first_met="22.11.2025",
        wishes="At få ro 😌\npå Nørrebro",
        hopes="Æbler",
        dreams="Søen",
        strengths="Humor",
        consent_noted=True,
        consent_note="Mundtligt samtykke",
        consent_on=date(2025, 11, 22),
        retention_review_on="2027-11-22",
    )
    got = care.get_person(vault, added.id)
    assert got.alias == "Åse Ø. 🌻"
    assert got.status is PersonStatus.PAUSED
    assert got.first_met == date(2025, 11, 22)
    assert got.wishes == "At få ro 😌\npå Nørrebro"
    assert (got.hopes, got.dreams, got.strengths) == ("Æbler", "Søen", "Humor")
    assert got.consent_noted is True and got.consent_note == "Mundtligt samtykke"
    assert got.consent_on == date(2025, 11, 22)
    assert got.retention_review_on == date(2027, 11, 22)
    assert got.goals == [] and got.conversations == [] and got.referrals == []


def test_update_person_changes_only_what_is_passed(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL", wishes="ro", first_met=TODAY)
    updated = care.update_person(vault, person.id, hopes="mere", first_met=None)
    assert updated.goals == []  # loaded like get_person
    got = care.get_person(vault, person.id)
    assert (got.alias, got.wishes, got.hopes, got.first_met) == ("KL", "ro", "mere", None)


@pytest.mark.parametrize("alias", ["", "   ", None])
def test_alias_is_required(vault: Vault, alias) -> None:
    with pytest.raises(ValidationError) as caught:
        care.add_person(vault, alias=alias)
    assert error_of(caught) == ("alias", ValidationError.REQUIRED)
    assert count_rows(vault, Person) == 0


@pytest.mark.parametrize("alias", ["010190-1234", "Åse 0101901234", "KL 290200 1234"])
def test_alias_with_a_cpr_number_is_refused_without_echoing_it(vault: Vault, alias) -> None:
    with pytest.raises(ValidationError) as caught:
        care.add_person(vault, alias=alias)
    assert error_of(caught) == ("alias", ValidationError.CPR_NUMBER)
    assert "1234" not in str(caught.value) and "1234" not in repr(caught.value.facts)
    assert count_rows(vault, Person) == 0


def test_update_to_a_cpr_alias_is_refused_and_nothing_changes(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    with pytest.raises(ValidationError) as caught:
        care.update_person(vault, person.id, wishes="ny", alias="010190-1234")
    assert error_of(caught) == ("alias", ValidationError.CPR_NUMBER)
    got = care.get_person(vault, person.id)
    assert (got.alias, got.wishes) == ("KL", "")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"alias": "K\x00L"}, ("alias", ValidationError.CONTROL_CHARS)),
        ({"alias": "K\nL"}, ("alias", ValidationError.CONTROL_CHARS)),
        ({"alias": "x" * 201}, ("alias", ValidationError.TOO_LONG)),
        ({"wishes": "bell\x07"}, ("wishes", ValidationError.CONTROL_CHARS)),
        ({"first_met": "31.02.2026"}, ("first_met", ValidationError.BAD_DATE)),
        ({"consent_on": "i går"}, ("consent_on", ValidationError.BAD_DATE)),
        ({"status": "gone"}, ("status", ValidationError.BAD_CHOICE)),
        ({"consent_noted": "no"}, ("consent_noted", ValidationError.BAD_CHOICE)),
    ],
)
def test_bad_person_fields_are_refused(vault: Vault, fields, expected) -> None:
    fields = {"alias": "KL", **fields}
    with pytest.raises(ValidationError) as caught:
        care.add_person(vault, **fields)
    assert error_of(caught) == expected
    assert count_rows(vault, Person) == 0


@pytest.mark.parametrize("bad_id", [999, "1", None, True])
def test_unknown_person_is_not_found(vault: Vault, bad_id) -> None:
    for call in (
        lambda: care.get_person(vault, bad_id),
        lambda: care.update_person(vault, bad_id, alias="x"),
        lambda: care.erase_person(vault, bad_id),
        lambda: care.last_conversation(vault, bad_id),
        lambda: care.list_conversations(vault, person_id=bad_id),
        lambda: care.person_timeline(vault, bad_id),
        lambda: care.case_system_text(vault, bad_id),
        lambda: care.add_goal(vault, person_id=bad_id, title="x"),
        lambda: conversation(vault, bad_id),
        lambda: care.add_referral(
            vault, person_id=bad_id, made_on=TODAY, kind="club", destination="x"
        ),
    ):
        with pytest.raises(NotFound) as caught:
            call()
        assert caught.value.kind == "person"


# ------------------------------------------------------------------ the list


def test_list_people_aggregates_and_filters(vault: Vault) -> None:
    ase = care.add_person(vault, alias="Åse")
    bo = care.add_person(vault, alias="bo")
    cai = care.add_person(vault, alias="Cai", status=PersonStatus.ENDED)
    conversation(vault, ase.id, occurred_at=NOON - timedelta(days=3), follow_up_on=TODAY)
    conversation(vault, ase.id, occurred_at=NOON - timedelta(days=1))
    goal = care.add_goal(vault, person_id=ase.id, title="Job")
    care.add_sub_goal(vault, goal_id=goal.id, title="CV", follow_up_on=TODAY - timedelta(days=2))
    care.add_referral(
        vault,
        person_id=ase.id,
        made_on=TODAY,
        kind="club",
        destination="Klubben",
        follow_up_on=TODAY + timedelta(days=5),
    )
    conversation(vault, bo.id, occurred_at=NOON)

    rows = {r.alias: r for r in care.list_people(vault)}
    assert rows["Åse"].last_conversation_at == NOON - timedelta(days=1)
    assert rows["Åse"].next_follow_up_on == TODAY - timedelta(days=2)
    assert rows["Åse"].open_follow_ups == 3
    assert rows["Åse"].status is PersonStatus.ACTIVE
    assert (rows["bo"].last_conversation_at, rows["bo"].open_follow_ups) == (NOON, 0)
    assert rows["bo"].next_follow_up_on is None
    assert (rows["Cai"].last_conversation_at, rows["Cai"].open_follow_ups) == (None, 0)

    assert [r.id for r in care.list_people(vault, status="ended")] == [cai.id]
    assert [r.id for r in care.list_people(vault, needs_follow_up=True)] == [ase.id]
    assert {r.id for r in care.list_people(vault, needs_follow_up=False)} == {bo.id, cai.id}
    assert [r.id for r in care.list_people(vault, text="åS")] == [ase.id]
    assert [r.id for r in care.list_people(vault, text="B")] == [bo.id]
    assert care.list_people(vault, text="zz") == []
    assert [r.id for r in care.list_people(vault, status="active", needs_follow_up=False)] == [
        bo.id
    ]


def test_list_people_is_sorted_by_alias_ignoring_case(vault: Vault) -> None:
    for alias in ("bo", "Anna", "carl", "Bent"):
        care.add_person(vault, alias=alias)
    assert [r.alias for r in care.list_people(vault)] == ["Anna", "Bent", "bo", "carl"]


def test_list_people_runs_a_fixed_number_of_queries(vault: Vault) -> None:
    def queries_for_list() -> int:
        with counted_statements(vault) as seen:
            care.list_people(vault)
        return len(seen)

    person = care.add_person(vault, alias="A")
    conversation(vault, person.id, follow_up_on=TODAY)
    few = queries_for_list()
    for i in range(20):
        other = care.add_person(vault, alias=f"P{i}")
        conversation(vault, other.id, follow_up_on=TODAY)
        care.add_referral(vault, person_id=other.id, made_on=TODAY, kind="other", destination="x")
    assert queries_for_list() == few == 1
    assert len(care.list_people(vault, needs_follow_up=True)) == 21


def test_list_people_refuses_bad_filters(vault: Vault) -> None:
    with pytest.raises(ValidationError) as caught:
        care.list_people(vault, status="sleeping")
    assert error_of(caught) == ("status", ValidationError.BAD_CHOICE)
    with pytest.raises(ValidationError) as caught:
        care.list_people(vault, text="a\x00")
    assert error_of(caught) == ("text", ValidationError.CONTROL_CHARS)


# --------------------------------------------------------------------- goals


def test_goals_and_sub_goals_round_trip_in_order(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    first = care.add_goal(
        vault, person_id=person.id, title="Arbejde 💼", own_words="Jeg vil ud", set_on=TODAY
    )
    second = care.add_goal(vault, person_id=person.id, title="Søvn", status="reassess")
    sub = care.add_sub_goal(
        vault, goal_id=first.id, title="Ring til jobcentret", note="æøå", follow_up_on=TODAY
    )
    care.add_sub_goal(vault, goal_id=first.id, title="CV")
    got = care.get_person(vault, person.id)
    assert [g.title for g in got.goals] == ["Arbejde 💼", "Søvn"]
    assert [g.position for g in got.goals] == [0, 1]
    assert got.goals[1].status is FollowUpStatus.REASSESS
    assert [s.title for s in got.goals[0].sub_goals] == ["Ring til jobcentret", "CV"]
    assert got.goals[0].sub_goals[0].follow_up_on == TODAY

    updated = care.update_goal(vault, second.id, title="God søvn", status=FollowUpStatus.CHANGE)
    assert (updated.title, updated.status, updated.sub_goals) == (
        "God søvn",
        FollowUpStatus.CHANGE,
        [],
    )
    changed = care.update_sub_goal(vault, sub.id, note="ny note", follow_up_on=None)
    assert (changed.title, changed.note, changed.follow_up_on) == (
        "Ring til jobcentret",
        "ny note",
        None,
    )


def test_goal_errors(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    goal = care.add_goal(vault, person_id=person.id, title="Job", set_on=TODAY)
    cases = [
        (lambda: care.add_goal(vault, person_id=person.id, title=" "), "title", "required"),
        (
            lambda: care.add_goal(vault, person_id=person.id, title="x", status="maybe"),
            "status",
            "bad_choice",
        ),
        (
            lambda: care.add_goal(vault, person_id=person.id, title="x", set_on="31.02.2026"),
            "set_on",
            "bad_date",
        ),
        (
            lambda: care.add_sub_goal(
                vault, goal_id=goal.id, title="x", follow_up_on=TODAY - timedelta(days=1)
            ),
            "follow_up_on",
            "end_before_start",
        ),
        (
            lambda: care.add_sub_goal(vault, goal_id=goal.id, title="x", note="\x1b[31m"),
            "note",
            "control_chars",
        ),
    ]
    for call, field, code in cases:
        with pytest.raises(ValidationError) as caught:
            call()
        assert error_of(caught) == (field, code)
    assert count_rows(vault, Goal) == 1 and count_rows(vault, SubGoal) == 0
    with pytest.raises(NotFound):
        care.update_goal(vault, 999, title="x")
    with pytest.raises(NotFound):
        care.add_sub_goal(vault, goal_id=999, title="x")
    with pytest.raises(NotFound):
        care.update_sub_goal(vault, 999, title="x")
    with pytest.raises(NotFound):
        care.record_sub_goal_follow_up(vault, 999, status="end", on=TODAY)


def test_a_goal_may_be_reset_after_its_old_follow_ups(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    goal = care.add_goal(vault, person_id=person.id, title="Job", set_on=TODAY)
    care.add_sub_goal(vault, goal_id=goal.id, title="CV", follow_up_on=TODAY)
    later = TODAY + timedelta(days=30)
    assert care.update_goal(vault, goal.id, set_on=later, status="change").set_on == later
    assert care.update_goal(vault, goal.id, set_on=None).set_on is None
    with pytest.raises(ValidationError) as caught:
        care.update_goal(vault, goal.id, title="", own_words="ny")
    assert error_of(caught) == ("title", ValidationError.REQUIRED)
    assert care.get_person(vault, person.id).goals[0].own_words == ""


def test_record_sub_goal_follow_up(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    goal = care.add_goal(vault, person_id=person.id, title="Job")
    sub = care.add_sub_goal(vault, goal_id=goal.id, title="CV", note="Start", follow_up_on=TODAY)
    assert [f.record_id for f in care.follow_ups_due(vault, on=TODAY)] == [sub.id]

    nxt = TODAY + timedelta(days=14)
    done = care.record_sub_goal_follow_up(
        vault, sub.id, status="continue", on=TODAY, note="Godt i gang", follow_up_on=nxt
    )
    assert (done.status, done.followed_up_on, done.follow_up_on) == (
        FollowUpStatus.CONTINUE,
        TODAY,
        nxt,
    )
    assert done.note == "Start\n10.03.2026: Godt i gang"
    assert care.follow_ups_due(vault, on=TODAY) == []
    assert [f.due_on for f in care.follow_ups_due(vault, on=nxt)] == [nxt]

    ended = care.record_sub_goal_follow_up(vault, sub.id, status=FollowUpStatus.END, on=nxt)
    assert ended.status is FollowUpStatus.END and ended.note.endswith("Godt i gang")
    assert care.follow_ups_due(vault, on=nxt + timedelta(days=365)) == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "end", "follow_up_on": TODAY + timedelta(days=1)}, "not_allowed"),
        ({"status": "continue", "follow_up_on": TODAY}, "end_before_start"),
        ({"status": "change", "follow_up_on": TODAY - timedelta(days=1)}, "end_before_start"),
        ({"status": "later"}, "bad_choice"),
        ({"status": "continue", "on": "31.02.2026"}, "bad_date"),
        ({"status": "continue", "on": None}, "required"),
    ],
)
def test_sub_goal_follow_up_errors_write_nothing(vault: Vault, fields, expected) -> None:
    person = care.add_person(vault, alias="KL")
    goal = care.add_goal(vault, person_id=person.id, title="Job")
    sub = care.add_sub_goal(vault, goal_id=goal.id, title="CV", follow_up_on=TODAY)
    fields = {"on": TODAY, **fields}
    with pytest.raises(ValidationError) as caught:
        care.record_sub_goal_follow_up(vault, sub.id, **fields)
    assert caught.value.code == expected
    again = care.get_person(vault, person.id).goals[0].sub_goals[0]
    assert (again.status, again.followed_up_on) == (FollowUpStatus.CONTINUE, None)


# ------------------------------------------------------------- conversations


def test_conversation_round_trip(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    conv = conversation(
        vault,
        person.id,
        duration_minutes=45,
        place="Caféen på Vesterbro",
        kind="walk",
        themes=["Søvn", " søvn ", "Arbejde 💼"],
        own_words="Jeg har det bedre 🙂\r\nmen er træt",
        next_steps="Ring til lægen",
        follow_up_on="17.03.2026",
        lived_experience_shared="Min egen søvn",
        my_reaction="Jeg blev bekymret",
    )
    got = care.list_conversations(vault, person_id=person.id)[0]
    assert got.id == conv.id
    assert got.occurred_at == NOON
    assert (got.duration_minutes, got.place, got.kind) == (
        45,
        "Caféen på Vesterbro",
        ConversationKind.WALK,
    )
    assert got.themes == ["Søvn", "Arbejde 💼"]
    assert got.own_words == "Jeg har det bedre 🙂\nmen er træt"
    assert (got.next_steps, got.follow_up_on) == ("Ring til lægen", date(2026, 3, 17))
    assert (got.lived_experience_shared, got.my_reaction) == ("Min egen søvn", "Jeg blev bekymret")
    assert got.addenda == []


def test_a_million_characters_is_the_limit(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    note = ("æøå 🙂 " * 200_000)[:1_000_000]
    assert len(note) == 1_000_000
    conv = conversation(vault, person.id, own_words=note)
    assert care.last_conversation(vault, person.id).own_words == note
    with pytest.raises(ValidationError) as caught:
        conversation(vault, person.id, own_words=note + "x")
    assert error_of(caught) == ("own_words", ValidationError.TOO_LONG)
    assert caught.value.facts == {"limit": 1_000_000}
    assert [c.id for c in care.list_conversations(vault, person_id=person.id)] == [conv.id]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"duration_minutes": -5}, ("duration_minutes", ValidationError.NEGATIVE)),
        ({"duration_minutes": 24 * 60 + 1}, ("duration_minutes", ValidationError.OUT_OF_RANGE)),
        ({"duration_minutes": "45"}, ("duration_minutes", ValidationError.BAD_CHOICE)),
        ({"occurred_at": None}, ("occurred_at", ValidationError.REQUIRED)),
        ({"occurred_at": "31.02.2026 10:00"}, ("occurred_at", ValidationError.BAD_DATE)),
        (
            {"occurred_at": NOON + timedelta(days=1, hours=1)},
            ("occurred_at", ValidationError.OUT_OF_RANGE),
        ),
        ({"follow_up_on": "31.02.2026"}, ("follow_up_on", ValidationError.BAD_DATE)),
        (
            {"follow_up_on": TODAY - timedelta(days=1)},
            ("follow_up_on", ValidationError.END_BEFORE_START),
        ),
        ({"kind": "letter"}, ("kind", ValidationError.BAD_CHOICE)),
        ({"place": "a\nb"}, ("place", ValidationError.CONTROL_CHARS)),
        ({"themes": ["ok", "bad\x00"]}, ("themes", ValidationError.CONTROL_CHARS)),
        ({"my_reaction": "\x0c"}, ("my_reaction", ValidationError.CONTROL_CHARS)),
    ],
)
def test_bad_conversation_fields_are_refused(vault: Vault, fields, expected) -> None:
    person = care.add_person(vault, alias="KL")
    with pytest.raises(ValidationError) as caught:
        conversation(vault, person.id, **fields)
    assert error_of(caught) == expected
    assert count_rows(vault, CareConversation) == 0


def test_a_conversation_up_to_a_day_ahead_is_accepted(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    conversation(vault, person.id, occurred_at=NOON + timedelta(hours=23))
    assert count_rows(vault, CareConversation) == 1


def test_update_before_settling_and_refusal_after(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    conv = care.add_conversation(
        vault, person_id=person.id, occurred_at=datetime.now().replace(microsecond=0)
    )
    fixed = care.update_conversation(vault, conv.id, own_words="Rettet", themes=("Bolig",))
    assert (fixed.own_words, fixed.themes) == ("Rettet", ["Bolig"])
    assert not care.is_settled(fixed)

    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert care.is_settled(fixed, now=later)
    assert not care.is_settled(fixed, now=later, settle_after=timedelta(days=2))
    with pytest.raises(ValidationError) as caught:
        care.update_conversation(vault, conv.id, now=later, own_words="Ændret")
    assert error_of(caught) == ("conversation", ValidationError.NOT_ALLOWED)
    assert caught.value.facts == {"reason": "settled"}
    assert care.last_conversation(vault, person.id).own_words == "Rettet"

    # A longer settling time still allows it.
    care.update_conversation(
        vault, conv.id, now=later, settle_after=timedelta(days=2), own_words="Sent"
    )
    assert care.last_conversation(vault, person.id).own_words == "Sent"


def test_update_conversation_errors(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    conv = conversation(vault, person.id, follow_up_on=TODAY)
    with pytest.raises(NotFound):
        care.update_conversation(vault, 999, own_words="x")
    with pytest.raises(ValidationError) as caught:
        care.update_conversation(vault, conv.id, now=NOW, duration_minutes=-1)
    assert error_of(caught) == ("duration_minutes", ValidationError.NEGATIVE)
    with pytest.raises(ValidationError) as caught:
        # Moving the conversation after its follow-up date.
        care.update_conversation(vault, conv.id, now=NOW, occurred_at=NOON + timedelta(hours=12))
    assert error_of(caught) == ("follow_up_on", ValidationError.END_BEFORE_START)
    with pytest.raises(ValidationError) as caught:
        care.update_conversation(vault, conv.id, settle_after=timedelta(days=-1))
    assert error_of(caught) == ("settle_after", ValidationError.OUT_OF_RANGE)
    assert care.last_conversation(vault, person.id).occurred_at == NOON


def test_addendum_on_a_settled_note(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    conv = conversation(vault, person.id)
    assert care.is_settled(conv, now=datetime.now(UTC) + timedelta(days=2))
    added = care.add_addendum(
        vault, conversation_id=conv.id, text="Tilføjet 🙂 æøå", written_at=NOON
    )
    auto = care.add_addendum(vault, conversation_id=conv.id, text="Senere")
    got = care.last_conversation(vault, person.id)
    assert [(a.id, a.text) for a in got.addenda] == [
        (added.id, "Tilføjet 🙂 æøå"),
        (auto.id, "Senere"),
    ]
    assert got.addenda[0].written_at == NOON
    assert auto.written_at.microsecond == 0

    for fields, expected in [
        ({"text": " "}, ("text", ValidationError.REQUIRED)),
        ({"text": "x\x00"}, ("text", ValidationError.CONTROL_CHARS)),
        ({"text": "x", "written_at": "igår"}, ("written_at", ValidationError.BAD_DATE)),
    ]:
        with pytest.raises(ValidationError) as caught:
            care.add_addendum(vault, conversation_id=conv.id, **fields)
        assert error_of(caught) == expected
    with pytest.raises(NotFound):
        care.add_addendum(vault, conversation_id=999, text="x")
    assert count_rows(vault, ConversationAddendum) == 2


def test_follow_up_done_on_a_settled_note(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    conv = conversation(vault, person.id, follow_up_on=TODAY + timedelta(days=7))
    plain = conversation(vault, person.id)
    assert [f.record_id for f in care.follow_ups_due(vault, on=LATER.date())] == [conv.id]
    with pytest.raises(ValidationError) as caught:
        care.mark_follow_up_done(vault, conv.id, on=TODAY - timedelta(days=1))
    assert error_of(caught) == ("on", ValidationError.END_BEFORE_START)
    with pytest.raises(ValidationError) as caught:
        care.mark_follow_up_done(vault, plain.id, on=TODAY)
    assert caught.value.facts == {"reason": "no_follow_up"}
    with pytest.raises(NotFound):
        care.mark_follow_up_done(vault, 999, on=TODAY)

    done = care.mark_follow_up_done(vault, conv.id, on="12.03.2026")
    assert done.followed_up_on == date(2026, 3, 12)
    assert care.follow_ups_due(vault, on=LATER.date()) == []


def test_last_and_list_conversations_newest_first(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    assert care.last_conversation(vault, person.id) is None
    assert care.list_conversations(vault, person_id=person.id) == []
    old = conversation(vault, person.id, occurred_at=NOON - timedelta(days=7))
    new = conversation(vault, person.id, occurred_at=NOON)
    mid = conversation(vault, person.id, occurred_at=NOON - timedelta(days=1))
    assert care.last_conversation(vault, person.id).id == new.id
    listed = care.list_conversations(vault, person_id=person.id)
    assert [c.id for c in listed] == [new.id, mid.id, old.id]


def test_read_back_leaves_out_my_reaction(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    conv = conversation(
        vault,
        person.id,
        own_words="Jeg vil gerne",
        lived_experience_shared="Jeg har selv prøvet",
        my_reaction="PRIVATREAKTION",
    )
    care.add_addendum(vault, conversation_id=conv.id, text="Tilføjelse", written_at=NOON)
    shown = care.read_back(care.last_conversation(vault, person.id))
    assert "my_reaction" not in shown
    assert "PRIVATREAKTION" not in repr(shown)
    assert shown["own_words"] == "Jeg vil gerne"
    assert shown["occurred_at"] == NOON
    assert shown["addenda"] == [{"written_at": NOON, "text": "Tilføjelse"}]


# ----------------------------------------------------------------- referrals


def test_referral_round_trip_and_outcome(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    ref = care.add_referral(
        vault,
        person_id=person.id,
        made_on="10.03.2026",
        kind=ReferralKind.JOB_CENTRE,
        destination="Jobcenter Nørrebro",
        note="Møde kl. 10",
        follow_up_on=TODAY + timedelta(days=7),
    )
    assert [f.title for f in care.follow_ups_due(vault, on=LATER.date())] == ["Jobcenter Nørrebro"]
    done = care.record_referral_outcome(vault, ref.id, outcome="Startet i praktik 🎉")
    assert done.outcome == "Startet i praktik 🎉"
    got = care.get_person(vault, person.id).referrals[0]
    assert (got.made_on, got.kind, got.destination, got.note) == (
        TODAY,
        ReferralKind.JOB_CENTRE,
        "Jobcenter Nørrebro",
        "Møde kl. 10",
    )
    assert care.follow_ups_due(vault, on=LATER.date()) == []


def test_referral_errors(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    base = {"person_id": person.id, "made_on": TODAY, "kind": "club", "destination": "Klub"}
    for fields, expected in [
        ({"destination": ""}, ("destination", ValidationError.REQUIRED)),
        ({"made_on": None}, ("made_on", ValidationError.REQUIRED)),
        ({"made_on": "31.02.2026"}, ("made_on", ValidationError.BAD_DATE)),
        ({"kind": "pub"}, ("kind", ValidationError.BAD_CHOICE)),
        (
            {"follow_up_on": TODAY - timedelta(days=1)},
            ("follow_up_on", ValidationError.END_BEFORE_START),
        ),
    ]:
        with pytest.raises(ValidationError) as caught:
            care.add_referral(vault, **{**base, **fields})
        assert error_of(caught) == expected
    assert count_rows(vault, Referral) == 0
    ref = care.add_referral(vault, **base)
    with pytest.raises(ValidationError) as caught:
        care.record_referral_outcome(vault, ref.id, outcome="  ")
    assert error_of(caught) == ("outcome", ValidationError.REQUIRED)
    with pytest.raises(NotFound):
        care.record_referral_outcome(vault, 999, outcome="x")


# ------------------------------------------------------------ the follow-ups


def test_follow_up_queue(vault: Vault) -> None:
    ase = care.add_person(vault, alias="Åse")
    bo = care.add_person(vault, alias="Bo")
    gone = care.add_person(vault, alias="Gone", status="ended")
    early = conversation(
        vault,
        ase.id,
        occurred_at=NOON - timedelta(days=5),
        next_steps="\nRing til Åse om boligen\nog mere",
        follow_up_on=TODAY - timedelta(days=1),
    )
    goal = care.add_goal(vault, person_id=bo.id, title="Bolig")
    sub = care.add_sub_goal(vault, goal_id=goal.id, title="Søg lejlighed", follow_up_on=TODAY)
    ref = care.add_referral(
        vault,
        person_id=bo.id,
        made_on=TODAY,
        kind="club",
        destination="Klubhuset",
        follow_up_on=TODAY + timedelta(days=3),
    )
    conversation(vault, gone.id, follow_up_on=TODAY)

    due = care.follow_ups_due(vault, on=TODAY)
    assert [(f.kind, f.record_id) for f in due] == [
        ("conversation", early.id),
        ("sub_goal", sub.id),
    ]
    first = due[0]
    assert (first.person_id, first.person_alias, first.due_on, first.overdue) == (
        ase.id,
        "Åse",
        TODAY - timedelta(days=1),
        True,
    )
    assert first.title == "Ring til Åse om boligen"
    assert (due[1].title, due[1].overdue) == ("Søg lejlighed", False)

    ahead = care.follow_ups_due(vault, on=TODAY, horizon_days=3)
    assert [(f.kind, f.record_id) for f in ahead][-1] == ("referral", ref.id)

    care.mark_follow_up_done(vault, early.id, on=TODAY)
    assert [f.kind for f in care.follow_ups_due(vault, on=TODAY, horizon_days=3)] == [
        "sub_goal",
        "referral",
    ]
    with pytest.raises(ValidationError) as caught:
        care.follow_ups_due(vault, on="31.02.2026")
    assert error_of(caught) == ("on", ValidationError.BAD_DATE)
    with pytest.raises(ValidationError) as caught:
        care.follow_ups_due(vault, on=TODAY, horizon_days=-1)
    assert error_of(caught) == ("horizon_days", ValidationError.NEGATIVE)


# ------------------------------------------------------------------ timeline


def test_timeline_merges_newest_first(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    c1 = conversation(
        vault, person.id, occurred_at=NOON - timedelta(days=10), own_words="Første\nmøde"
    )
    c2 = conversation(vault, person.id, occurred_at=NOON, themes=["Søvn", "Job"])
    ref = care.add_referral(
        vault,
        person_id=person.id,
        made_on=TODAY - timedelta(days=5),
        kind="activity",
        destination="Løbeklub",
    )
    goal = care.add_goal(vault, person_id=person.id, title="Job")
    sub = care.add_sub_goal(vault, goal_id=goal.id, title="CV", follow_up_on=TODAY)
    care.add_sub_goal(vault, goal_id=goal.id, title="Not followed up yet", follow_up_on=TODAY)
    care.record_sub_goal_follow_up(
        vault, sub.id, status="change", on=TODAY - timedelta(days=2), note="x"
    )

    timeline = care.person_timeline(vault, person.id)
    assert [(e.kind, e.record_id) for e in timeline] == [
        ("conversation", c2.id),
        ("sub_goal_follow_up", sub.id),
        ("referral", ref.id),
        ("conversation", c1.id),
    ]
    assert timeline[0].title == "Søvn, Job" and timeline[0].at == NOON
    assert timeline[0].detail == "care_conversation"
    assert timeline[1].on == TODAY - timedelta(days=2) and timeline[1].detail == "change"
    assert (timeline[2].title, timeline[2].detail, timeline[2].at) == (
        "Løbeklub",
        "activity",
        None,
    )
    assert timeline[3].title == "Første"


# ------------------------------------------------------- case-system text


def _person_with_history(vault: Vault) -> tuple[Person, CareConversation]:
    person = care.add_person(
        vault,
        alias="Åse",
        wishes="Et arbejde 💼\nmed mennesker",
        strengths="Humor",
    )
    goal = care.add_goal(
        vault, person_id=person.id, title="Job", own_words="Jeg vil ud", set_on=TODAY
    )
    care.add_sub_goal(
        vault, goal_id=goal.id, title="CV", note="Skriv det", follow_up_on="20.03.2026"
    )
    conversation(
        vault,
        person.id,
        occurred_at=NOON - timedelta(days=30),
        own_words="GAMMELSAMTALE",
    )
    recent = conversation(
        vault,
        person.id,
        occurred_at=NOON,
        duration_minutes=45,
        themes=["Søvn"],
        own_words="Jeg sover dårligt",
        next_steps="Tal med lægen",
        follow_up_on=TODAY + timedelta(days=7),
        lived_experience_shared="LEVETERFARINGKANARIE",
        my_reaction="REAKTIONKANARIE",
    )
    return person, recent


def test_case_system_text(vault: Vault) -> None:
    person, recent = _person_with_history(vault)
    care.mark_follow_up_done(vault, recent.id, on="18.03.2026")
    got = care.case_system_text(vault, person.id, since=TODAY)
    assert got == (
        "Person: Åse\n"
        "\n"
        "Wishes\n"
        "Et arbejde 💼\n"
        "med mennesker\n"
        "\n"
        "Strengths\n"
        "Humor\n"
        "\n"
        "Goals\n"
        "- Job (continue, set 10.03.2026)\n"
        "  Jeg vil ud\n"
        "  - CV (continue, follow-up 20.03.2026)\n"
        "    Skriv det\n"
        "\n"
        "Conversations since 10.03.2026\n"
        "- 10.03.2026 12:00, Care conversation, 45 min\n"
        "  Themes: Søvn\n"
        "  In their own words:\n"
        "    Jeg sover dårligt\n"
        "  Next steps:\n"
        "    Tal med lægen\n"
        "  Follow-up: 17.03.2026 (done 18.03.2026)\n"
    )


def test_case_system_text_never_holds_private_fields(vault: Vault) -> None:
    person, _ = _person_with_history(vault)
    everything = care.case_system_text(vault, person.id)
    assert "GAMMELSAMTALE" in everything and "Conversations\n" in everything
    assert "REAKTIONKANARIE" not in everything
    assert "LEVETERFARINGKANARIE" not in everything


def test_case_system_text_takes_translated_labels(vault: Vault) -> None:
    person, _ = _person_with_history(vault)
    got = care.case_system_text(
        vault,
        person.id,
        since="10.03.2026",
        labels={
            "person": "Borger",
            "conversations_since": "Samtaler siden {date}",
            "kind.care_conversation": "Omsorgssamtale",
            "status.continue": "fortsæt",
        },
    )
    assert got.startswith("Borger: Åse\n")
    assert "Samtaler siden 10.03.2026\n- 10.03.2026 12:00, Omsorgssamtale, 45 min" in got
    assert "- Job (fortsæt, set 10.03.2026)" in got
    with pytest.raises(ValidationError) as caught:
        care.case_system_text(vault, person.id, since="31.02.2026")
    assert error_of(caught) == ("since", ValidationError.BAD_DATE)


# ------------------------------------------------------------------- privacy


def test_erase_person_removes_every_trace(vault: Vault) -> None:
    canary = "zebrakanariefugl"
    person = care.add_person(vault, alias="Åse", wishes=f"Ønske {canary}")
    keep = care.add_person(vault, alias="Bo")
    goal = care.add_goal(vault, person_id=person.id, title=f"Mål {canary}")
    care.add_sub_goal(vault, goal_id=goal.id, title="CV", note=canary)
    conv = conversation(vault, person.id, themes=[canary], my_reaction=canary, own_words=canary)
    care.add_addendum(vault, conversation_id=conv.id, text=canary)
    care.add_referral(vault, person_id=person.id, made_on=TODAY, kind="club", destination=canary)
    kept_conv = conversation(vault, keep.id, own_words="bevares")
    pid = person.id
    with vault.session() as s:
        s.add_all(
            [
                Draft(area="care_conversation", key=f"person:{pid}", payload=canary),
                Draft(area="goal", key=f"person:{pid}:goal:3", payload=canary),
                Draft(area="care_conversation", key=f"person:{pid}1", payload="other"),
                Draft(area="care_conversation", key=f"person:{keep.id}", payload="other"),
                VaultSetting(key="recent_people", value=[keep.id, pid]),
                VaultSetting(key="recent_searches", value=["Åse", "kaffe"]),
            ]
        )
    assert fts_hits(vault, canary) == 6  # one index row per record

    care.erase_person(vault, pid)

    for model in (Person, Goal, SubGoal, CareConversation, ConversationAddendum, Referral):
        with vault.session() as s:
            assert s.scalar(select(func.count()).select_from(model)) == (
                1 if model in (Person, CareConversation) else 0
            ), model
    assert fts_hits(vault, canary) == 0
    assert fts_hits(vault, "bevares") == 1
    with vault.session() as s:
        drafts = sorted(d.key for d in s.scalars(select(Draft)))
        recent = s.get(VaultSetting, "recent_people").value
    assert drafts == sorted([f"person:{pid}1", f"person:{keep.id}"])
    assert recent == [keep.id]
    with vault.session() as s:
        assert s.get(VaultSetting, "recent_searches") is None
    assert care.list_conversations(vault, person_id=keep.id)[0].id == kept_conv.id
    with pytest.raises(NotFound):
        care.get_person(vault, pid)
    assert vault.check() == []


def test_erase_person_without_settings_or_drafts(vault: Vault) -> None:
    person = care.add_person(vault, alias="KL")
    care.erase_person(vault, person.id)
    assert count_rows(vault, Person) == 0


def test_people_due_for_retention_review(vault: Vault) -> None:
    today = datetime.now(UTC).date()
    fresh = care.add_person(vault, alias="Ny")  # created today: not due
    review = care.add_person(vault, alias="Review", retention_review_on=today)
    not_yet = care.add_person(vault, alias="Senere", retention_review_on=today + timedelta(days=1))
    quiet = care.add_person(vault, alias="Stille")
    conversation(vault, quiet.id, occurred_at=datetime(2020, 1, 1, 10, 0))
    referred = care.add_person(vault, alias="Henvist")
    conversation(vault, referred.id, occurred_at=datetime(2020, 1, 1, 10, 0))
    care.add_referral(
        vault,
        person_id=referred.id,
        made_on=today - timedelta(days=10),
        kind="club",
        destination="x",
    )
    due = care.people_due_for_retention_review(vault, today=today)
    assert [r.id for r in due] == [review.id, quiet.id]
    assert fresh.id not in {r.id for r in due} and not_yet.id not in {r.id for r in due}

    # Looked at from far enough ahead, everyone has been inactive too long.
    ahead = care.people_due_for_retention_review(
        vault, today=today + timedelta(days=31), inactive_days=30
    )
    assert {r.id for r in ahead} == {fresh.id, review.id, not_yet.id, quiet.id, referred.id}
    # Reviewed and kept: a future review date ends the flag though the person is quiet.
    care.update_person(vault, quiet.id, retention_review_on=today + timedelta(days=365))
    due = care.people_due_for_retention_review(vault, today=today)
    assert [r.id for r in due] == [review.id]
    with pytest.raises(ValidationError) as caught:
        care.people_due_for_retention_review(vault, today=today, inactive_days=-1)
    assert error_of(caught) == ("inactive_days", ValidationError.NEGATIVE)
