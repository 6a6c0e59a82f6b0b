"""Export to JSON and CSV, import JSON into an empty vault: lossless, all or nothing,
and never an error message that repeats the data."""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from peerdesk.paths import DataDir
from peerdesk.vault import StorageError, Vault
from peerdesk.vault.migrations import SCHEMA_VERSION
from peerdesk.vault.models import (
    Availability,
    Base,
    Cafe,
    CafeSession,
    CareConversation,
    CheckIn,
    ConversationAddendum,
    Course,
    CourseKind,
    CourseSession,
    Draft,
    Goal,
    Person,
    PersonStatus,
    PrepItem,
    Shift,
    ShiftSwap,
    ShiftTemplate,
    SubGoal,
    VaultSetting,
    Volunteer,
    WorkContract,
)
from peerdesk.vault.transfer import (
    ExportRefused,
    ImportRefused,
    export_csv,
    export_json,
    import_json,
)
from tests.conftest import PASSPHRASE

TRICKY = 'Åse 🙂 siger "hej" \\ og\nså videre – æøå ÆØÅ'
SECRET = "Hemmelig-Værdi-42"  # must never show up in an error message


@pytest.fixture
def empty_vault(tmp_path: Path, template_vault: Path) -> Iterator[Vault]:
    """A second, empty vault to import into."""
    data = DataDir.resolve(tmp_path / "other").ensure()
    shutil.copy2(template_vault, data.vault)
    v = Vault.open(data, PASSPHRASE)
    yield v
    v.close()


def fill(vault: Vault) -> None:
    """Rows in several areas, with the characters that break naive exports."""
    with vault.session() as s:
        person = Person(
            alias=TRICKY.split("\n")[0],
            status=PersonStatus.PAUSED,
            first_met=date(2026, 1, 31),
            wishes=TRICKY,
            consent_noted=True,
        )
        s.add(person)
        s.flush()
        goal = Goal(person_id=person.id, title="Gå en tur", own_words="'selv' \"sagt\"")
        s.add(goal)
        s.flush()
        s.add(SubGoal(goal_id=goal.id, title="Første skridt", follow_up_on=date(2026, 2, 1)))
        talk = CareConversation(
            person_id=person.id,
            occurred_at=datetime(2026, 11, 20, 9, 30),
            duration_minutes=45,
            themes=["søvn", "håb 🙂"],
            own_words="=SUM(A1:A2) is just words",
            my_reaction="tab\there",
        )
        s.add(talk)
        s.flush()
        s.add(ConversationAddendum(conversation_id=talk.id, written_at=datetime.now(), text="✓"))
        volunteer = Volunteer(name="Jens Ø.", phone="+45 12 34 56 78")
        cafe = Cafe(name="Café Håbet", hosts_needed=3)
        s.add_all([volunteer, cafe])
        s.flush()
        session = CafeSession(
            cafe_id=cafe.id,
            starts_at=datetime(2026, 11, 19, 14),
            head_count=12,
            themes=["fællesskab"],
        )
        session.hosts.append(volunteer)
        s.add(session)
        template = ShiftTemplate(
            cafe_id=cafe.id,
            weekday=1,
            start_time=time(10, 0),
            end_time=time(14, 30),
            valid_from=date(2026, 1, 1),
        )
        s.add(template)
        s.flush()
        shift = Shift(
            cafe_id=cafe.id,
            template_id=template.id,
            starts_at=datetime(2026, 11, 24, 10),
            ends_at=datetime(2026, 11, 24, 14, 30),
        )
        s.add(shift)
        s.flush()
        s.add(
            ShiftSwap(
                shift_id=shift.id,
                from_volunteer_id=volunteer.id,
                to_volunteer_id=None,
                swapped_at=datetime(2026, 11, 22, 8, 15, 30),
            )
        )
        s.add(Availability(volunteer_id=volunteer.id, weekday=4, from_time=time(9, 0)))
        s.add(CheckIn(at=datetime(2026, 11, 22, 16, 0), energy=2, mood=4, wants_supervision=True))
        s.add(WorkContract(valid_from=date(2026, 1, 1), weekly_hours=18.5, flex_job=True))
        course = Course(title="Recovery-kursus", kind=CourseKind.RECOVERY_GROUP)
        s.add(course)
        s.flush()
        course_session = CourseSession(
            course_id=course.id,
            starts_at=datetime(2026, 12, 1, 13),
            ends_at=datetime(2026, 12, 1, 15),
            head_count=None,
        )
        s.add(course_session)
        s.flush()
        s.add(PrepItem(session_id=course_session.id, text="Kaffe", done=True))
        s.add(VaultSetting(key="recent", value={"søg": ["Åse", 1, 2.5, True, None]}))
        s.add(VaultSetting(key="nothing", value=None))
        s.add(Draft(area="person", key="person:1", payload='{"alias": "Å"}'))


def row_count(vault: Vault) -> int:
    with vault.session() as s:
        total = sum(
            s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables
        )
        return total + s.scalar(text("SELECT count(*) FROM search_index"))


# --------------------------------------------------------------------- JSON


def test_export_import_export_is_byte_identical(
    vault: Vault, empty_vault: Vault, tmp_path: Path
) -> None:
    fill(vault)
    first, second = tmp_path / "first.json", tmp_path / "second.json"

    exported = export_json(vault, first)
    imported = import_json(empty_vault, first)
    export_json(empty_vault, second)

    assert second.read_bytes() == first.read_bytes()
    assert imported == exported
    assert exported["person"] == 1 and exported["cafe_session_host"] == 1
    # The triggers filled the search index of the new vault.
    with empty_vault.session() as s:
        hits = s.execute(text("SELECT kind FROM search_index WHERE search_index MATCH 'håb*'"))
        assert sorted(hits.scalars()) == ["cafe", "care_conversation"]
    assert empty_vault.check() == []


def test_json_document_shape_and_value_forms(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "export.json"

    export_json(vault, out)

    raw_text = out.read_text(encoding="utf-8")
    assert "Åse 🙂" in raw_text  # not \\u-escaped
    doc = json.loads(raw_text)
    assert list(doc) == ["format", "schema", "tables"]
    assert doc["format"] == "peerdesk-export" and doc["schema"] == SCHEMA_VERSION
    assert set(doc["tables"]) == {t.name for t in Base.metadata.sorted_tables}
    person = doc["tables"]["person"][0]
    assert person["wishes"] == TRICKY
    assert person["status"] == "paused"
    assert person["first_met"] == "2026-01-31"
    assert person["consent_noted"] is True and person["consent_on"] is None
    assert list(person) == sorted(person)
    talk = doc["tables"]["care_conversation"][0]
    assert talk["themes"] == ["søvn", "håb 🙂"]
    assert talk["occurred_at"] == "2026-11-20T09:30:00"
    template = doc["tables"]["shift_template"][0]
    assert template["start_time"] == "10:00:00" and template["end_time"] == "14:30:00"
    assert doc["tables"]["work_contract"][0]["weekly_hours"] == 18.5
    settings = {r["key"]: r["value"] for r in doc["tables"]["vault_setting"]}
    assert settings == {"recent": {"søg": ["Åse", 1, 2.5, True, None]}, "nothing": None}


def test_export_rows_are_in_primary_key_order(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        s.add_all([Person(id=i, alias=f"p{i}") for i in (5, 2, 9, 1)])
    out = tmp_path / "export.json"

    export_json(vault, out)

    ids = [r["id"] for r in json.loads(out.read_text("utf-8"))["tables"]["person"]]
    assert ids == [1, 2, 5, 9]


def test_a_failed_export_leaves_no_file_and_no_partial(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "taken"
    out.mkdir()  # a folder where the file should go: the final rename fails

    with pytest.raises(StorageError):
        export_json(vault, out)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "taken"]
    assert list(out.iterdir()) == []


@pytest.fixture(scope="module")
def exported_source(tmp_path_factory: pytest.TempPathFactory, template_vault: Path) -> str:
    """The JSON text of an export of a vault with rows in several areas (made once)."""
    data = DataDir.resolve(tmp_path_factory.mktemp("source")).ensure()
    shutil.copy2(template_vault, data.vault)
    out = data.root / "small.json"
    with Vault.open(data, PASSPHRASE) as source:
        fill(source)
        export_json(source, out)
    return out.read_text("utf-8")


@pytest.fixture
def small_export(exported_source: str) -> dict:
    """A fresh, valid export document to spoil."""
    return json.loads(exported_source)


def write(doc: object, path: Path) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_into_a_vault_that_holds_anything_is_refused(
    vault: Vault, small_export: dict, tmp_path: Path
) -> None:
    with vault.session() as s:
        s.add(VaultSetting(key="language", value="da"))
    before = row_count(vault)

    with pytest.raises(ImportRefused) as caught:
        import_json(vault, write(small_export, tmp_path / "in.json"))

    assert caught.value.reason == "not_empty"
    assert row_count(vault) == before


def test_a_bad_date_in_the_last_table_leaves_the_vault_empty(
    vault: Vault, small_export: dict, tmp_path: Path
) -> None:
    last = Base.metadata.sorted_tables[-1].name
    assert small_export["tables"][last], "the fixture must have rows in the last table"
    small_export["tables"][last][0]["swapped_at"] = SECRET

    with pytest.raises(ImportRefused) as caught:
        import_json(vault, write(small_export, tmp_path / "in.json"))

    refused = caught.value
    assert (refused.reason, refused.table, refused.column, refused.row) == (
        "invalid_value",
        last,
        "swapped_at",
        1,
    )
    assert SECRET not in str(refused)
    assert row_count(vault) == 0


def test_a_broken_rule_in_the_last_table_rolls_back_every_earlier_table(
    vault: Vault, small_export: dict, tmp_path: Path
) -> None:
    # Parses fine, but points at a shift that does not exist: only the
    # database notices, after every earlier table was inserted.
    last = Base.metadata.sorted_tables[-1].name
    small_export["tables"][last][0]["shift_id"] = 999

    with pytest.raises(ImportRefused) as caught:
        import_json(vault, write(small_export, tmp_path / "in.json"))

    assert (caught.value.reason, caught.value.table) == ("constraint", last)
    assert row_count(vault) == 0


def _set(table: str, column: str, value: object) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        doc["tables"][table][0][column] = value

    return change


def _drop(table: str, column: str) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        del doc["tables"][table][0][column]

    return change


REFUSALS: list[tuple[str, Callable[[dict], None], tuple]] = [
    ("format name", lambda d: d.update(format="something-else"), ("format", None, None)),
    ("no tables", lambda d: d.update(tables=[]), ("format", None, None)),
    ("unknown older schema", lambda d: d.update(schema=0), ("schema", None, None)),
    ("newer schema", lambda d: d.update(schema=SCHEMA_VERSION + 1), ("schema", None, None)),
    ("schema as text", lambda d: d.update(schema=str(SCHEMA_VERSION)), ("schema", None, None)),
    (
        "unknown table",
        lambda d: d["tables"].update(alembic_version=[{"version_num": "0001"}]),
        ("unknown_table", "alembic_version", None),
    ),
    ("unknown column", _set("person", "cpr", SECRET), ("unknown_column", "person", "cpr")),
    ("missing column", _drop("person", "alias"), ("missing_column", "person", "alias")),
    ("rows not a list", lambda d: d["tables"].update(person={}), ("format", "person", None)),
    (
        "row not an object",
        lambda d: d["tables"]["person"].append([SECRET]),
        ("format", "person", None),
    ),
    (
        "control char",
        _set("person", "wishes", SECRET + "\x07"),
        ("invalid_value", "person", "wishes"),
    ),
    ("too long", _set("person", "alias", SECRET * 20), ("invalid_value", "person", "alias")),
    ("text as number", _set("person", "alias", 42), ("invalid_value", "person", "alias")),
    ("null not allowed", _set("person", "alias", None), ("invalid_value", "person", "alias")),
    ("bool as int", _set("person", "id", True), ("invalid_value", "person", "id")),
    ("int as text", _set("person", "id", "1"), ("invalid_value", "person", "id")),
    ("huge int", _set("person", "id", 2**70), ("invalid_value", "person", "id")),
    ("bad enum", _set("person", "status", SECRET), ("invalid_value", "person", "status")),
    (
        "int as bool",
        _set("person", "consent_noted", 1),
        ("invalid_value", "person", "consent_noted"),
    ),
    (
        "danish date",
        _set("person", "first_met", "31.01.2026"),
        ("invalid_value", "person", "first_met"),
    ),
    (
        "aware time",
        _set("care_conversation", "occurred_at", "2026-11-20T09:30:00+01:00"),
        ("invalid_value", "care_conversation", "occurred_at"),
    ),
    (
        "bad time",
        _set("shift_template", "start_time", "25:00"),
        ("invalid_value", "shift_template", "start_time"),
    ),
    (
        "tags not a list",
        _set("care_conversation", "themes", SECRET),
        ("invalid_value", "care_conversation", "themes"),
    ),
    (
        "tag with newline",
        _set("care_conversation", "themes", ["a\nb"]),
        ("invalid_value", "care_conversation", "themes"),
    ),
    (
        "float as text",
        _set("work_contract", "weekly_hours", "18,5"),
        ("invalid_value", "work_contract", "weekly_hours"),
    ),
    (
        "control char inside a setting",
        _set("vault_setting", "value", {"k": [SECRET + "\x1b"]}),
        ("invalid_value", "vault_setting", "value"),
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_refused_imports_change_nothing_and_never_repeat_the_value(
    vault: Vault, small_export: dict, tmp_path: Path, change, expected
) -> None:
    doc = copy.deepcopy(small_export)
    change(doc)

    with pytest.raises(ImportRefused) as caught:
        import_json(vault, write(doc, tmp_path / "in.json"))

    refused = caught.value
    assert (refused.reason, refused.table, refused.column) == expected
    assert SECRET not in str(refused) and SECRET not in repr(refused.facts)
    assert row_count(vault) == 0


@pytest.mark.parametrize(
    "content",
    [b"not json at all", b"\xff\xfe garbage", b'{"format": NaN}', b'{"a": 1, "a": 2}', b"[]"],
    ids=["not json", "not utf-8", "nan", "duplicate key", "not an object"],
)
def test_a_file_that_is_not_an_export_is_refused(
    vault: Vault, tmp_path: Path, content: bytes
) -> None:
    src = tmp_path / "in.json"
    src.write_bytes(content)

    with pytest.raises(ImportRefused) as caught:
        import_json(vault, src)

    assert caught.value.reason == "format"


def test_an_export_of_an_empty_vault_imports_as_nothing(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    export_json(vault, out)

    counts = import_json(vault, out)

    assert set(counts.values()) == {0}
    assert row_count(vault) == 0


# ---------------------------------------------------------------------- CSV


def read_csv(path: Path) -> list[dict[str, str]]:
    raw_bytes = path.read_bytes()
    assert raw_bytes.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for æøå
    return list(
        csv.DictReader(io.StringIO(raw_bytes.decode("utf-8-sig"), newline=""), delimiter=";")
    )


def test_csv_export_writes_one_file_per_table(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "csv"

    paths = export_csv(vault, out)

    assert sorted(p.name for p in paths) == sorted(
        f"{t.name}.csv" for t in Base.metadata.sorted_tables
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    (person,) = read_csv(out / "person.csv")
    assert person["wishes"] == TRICKY
    assert person["consent_noted"] == "true" and person["consent_on"] == ""
    assert person["first_met"] == "2026-01-31"
    (talk,) = read_csv(out / "care_conversation.csv")
    assert json.loads(talk["themes"]) == ["søvn", "håb 🙂"]
    assert talk["occurred_at"] == "2026-11-20 09:30:00"
    # Text Excel would run as a formula is kept as text.
    assert talk["own_words"] == "'=SUM(A1:A2) is just words"
    assert talk["duration_minutes"] == "45"
    assert read_csv(out / "draft.csv")[0]["payload"] == '{"alias": "Å"}'
    assert read_csv(out / "incident.csv") == []
    header = (out / "incident.csv").read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[0] == "id"


def test_csv_export_may_replace_its_own_earlier_export(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_csv(vault, out)
    leftover = out / ".person.csv.0badc0de.partial"
    leftover.write_bytes(b"interrupted")
    fill(vault)

    export_csv(vault, out)

    assert not leftover.exists()
    assert len(read_csv(out / "person.csv")) == 1


def test_csv_export_refuses_a_folder_with_other_files(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "letter.docx").write_bytes(b"mine")

    with pytest.raises(ExportRefused) as caught:
        export_csv(vault, out)

    assert caught.value.reason == "folder_not_empty"
    assert sorted(p.name for p in out.iterdir()) == ["letter.docx"]


def test_an_export_from_a_schema_1_vault_imports_into_schema_2(vault, tmp_path, data_dir):
    """Schema 2 only added indexes: the export format did not change."""
    from peerdesk.services import care

    care.add_person(vault, alias="Æ.Ø.")
    out = tmp_path / "old.json"
    export_json(vault, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["schema"] = 1
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    fresh = DataDir.resolve(tmp_path / "fresh")
    with Vault.create(fresh, PASSPHRASE) as other:
        assert import_json(other, out)["person"] == 1
