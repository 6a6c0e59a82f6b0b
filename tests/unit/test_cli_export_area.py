"""`peerdesk export --format csv --area AREA`: one area's tables only."""

from __future__ import annotations

import pytest

from peerdesk.cli import OK, USAGE, build_parser
from peerdesk.services import care
from peerdesk.vault import transfer
from tests.unit.test_cli import cli


def test_every_exportable_area_and_no_other_is_accepted(capsys):
    def parse(area: str):
        return build_parser().parse_args(
            ["export", "--format", "csv", "--area", area, "--out", "x"]
        )

    assert [parse(area).area for area in transfer.EXPORT_AREAS] == list(transfer.EXPORT_AREAS)
    with pytest.raises(SystemExit):
        parse("app")  # drafts and settings are not an area of work
    assert "invalid choice" in capsys.readouterr().err


def test_csv_export_of_one_area(vault, data_dir, tmp_path, capsys):
    care.add_person(vault, alias="T.H.")
    vault.close()
    out = tmp_path / "care"
    assert cli(data_dir, "export", "--format", "csv", "--area", "care", "--out", str(out)) == OK
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{t.name}.csv" for t in transfer.tables_of_area("care")
    )
    assert "T.H." in (out / "person.csv").read_text(encoding="utf-8-sig")
    assert "NOT encrypted" in capsys.readouterr().err


def test_area_needs_csv(data_dir, tmp_path, capsys):
    out = tmp_path / "x.json"
    assert cli(data_dir, "export", "--area", "care", "--out", str(out)) == USAGE
    assert "--area needs --format csv" in capsys.readouterr().err
    assert not out.exists()
