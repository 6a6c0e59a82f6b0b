"""The report dialog: period choice, live preview (counted off the UI thread, the
newest choice winning), self-care only when ticked, and saving PDF/CSV only after
the not-encrypted warning was accepted."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import text

from peerdesk.demo import generate_demo
from peerdesk.paths import DataDir
from peerdesk.services.reports import activity_report
from peerdesk.ui import dialogs
from peerdesk.ui.reports import report_dialog
from peerdesk.ui.reports.document import write_report_pdf
from peerdesk.ui.reports.report_dialog import CUSTOM, MONTH, YEAR, ReportDialog
from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, template_vault: Path):
    data = DataDir.resolve(tmp_path_factory.mktemp("report-dialog") / "data")
    data.ensure()
    shutil.copy2(template_vault, data.vault)
    vault = Vault.open(data, PASSPHRASE)
    generate_demo(vault, seed=1, scale=1, today=TODAY)
    yield vault
    vault.close()


def built(qtbot, dialog: ReportDialog) -> None:
    """Wait until the dialog has counted (the report is built off the UI thread)."""
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=20_000)


@pytest.fixture
def dialog(qtbot, demo):
    d = ReportDialog(demo, today=TODAY)
    qtbot.addWidget(d)
    d.show()
    built(qtbot, d)
    return d


@pytest.fixture
def held(monkeypatch):
    """Builds wait at a gate until the test opens it; returns (gate, calls).

    They also ignore their cancel token, so that an older build really does
    finish late with a result: the dialog alone must keep it from showing.
    """
    gate = threading.Event()
    calls: list[tuple[date, date]] = []
    real = report_dialog.activity_report

    def slow(vault, *, token, **kw):
        calls.append((kw["start"], kw["end"]))
        assert gate.wait(20)
        return real(vault, **kw)

    monkeypatch.setattr(report_dialog, "activity_report", slow)
    return gate, calls


@pytest.fixture
def saving(monkeypatch, tmp_path):
    """The file picker returns a path; the confirmation is recorded and answered."""
    asked: list[str] = []
    state = {"answer": True, "path": tmp_path / "rapport"}

    def confirm(parent, title, message, *, ok_text=""):
        asked.append(message)
        assert not Path(state["path"]).with_suffix(".pdf").exists()
        assert not Path(state["path"]).with_suffix(".csv").exists()
        return state["answer"]

    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(state["path"]))
    monkeypatch.setattr(dialogs, "confirm", confirm)
    return state, asked


def private_texts(vault: Vault) -> list[str]:
    with vault.session() as s:
        rows = s.execute(
            text(
                "SELECT alias FROM person UNION SELECT name FROM volunteer "
                "UNION SELECT own_words FROM care_conversation "
                "UNION SELECT what_happened FROM boundary_situation"
            )
        )
        return [r[0] for r in rows if r[0] and len(r[0].strip()) >= 4]


def squeeze(value: str) -> str:
    """Without whitespace: PDF text extraction breaks words at glyph gaps."""
    return "".join(value.split())


def pdf_text(path: Path) -> str:
    """All the PDF's text, whitespace removed (compare with `squeeze`d needles)."""
    doc = QPdfDocument()
    doc.load(str(path))
    assert doc.pageCount() >= 1
    return squeeze("".join(doc.getAllText(i).text() for i in range(doc.pageCount())))


def test_opens_on_last_month_without_selfcare(dialog, demo):
    assert dialog.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert not dialog.selfcare.isChecked()
    expected = activity_report(demo, start=date(2026, 10, 1), end=date(2026, 10, 31))
    shown = dialog.preview.toPlainText()
    assert "Activity report" in shown
    assert f"Conversations, all kinds\n{expected.conversations}" in shown
    assert "self-care" not in shown
    dialog.grab().save("/tmp/shot-reports-dialog-month.png")


def test_ticking_selfcare_adds_it_to_the_preview(qtbot, dialog):
    dialog.selfcare.setFocus()
    qtbot.keyClick(dialog.selfcare, Qt.Key.Key_Space)
    built(qtbot, dialog)
    assert dialog.selfcare.isChecked()
    assert "My self-care" in dialog.preview.toPlainText()
    assert dialog.report.selfcare is not None


def test_choosing_a_year_refreshes_the_preview(qtbot, dialog, demo):
    dialog.kind.setCurrentIndex(YEAR)
    built(qtbot, dialog)
    assert not dialog.month.isVisible() and dialog.year.isVisible()
    assert dialog.period() == (date(2026, 1, 1), date(2026, 12, 31))
    expected = activity_report(demo, start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert f"Guests in total (head count)\n{expected.cafe_head_count}" in (
        dialog.preview.toPlainText()
    )
    dialog.grab().save("/tmp/shot-reports-dialog-year.png")


def test_an_end_before_the_start_says_so_and_blocks_saving(qtbot, dialog, saving):
    dialog.kind.setCurrentIndex(CUSTOM)
    assert dialog.start.isVisible() and not dialog.year.isVisible()
    dialog.end.setDate(dialog.start.date().addDays(-1))
    built(qtbot, dialog)
    assert dialog.problem.isVisible()
    assert "before" in dialog.problem.text()
    assert not dialog.save_pdf.isEnabled() and not dialog.save_csv.isEnabled()
    assert dialog.preview.toPlainText() == ""
    dialog.grab().save("/tmp/shot-reports-dialog-problem.png")
    dialog.end.setDate(dialog.start.date().addDays(20))
    built(qtbot, dialog)
    assert not dialog.problem.isVisible() and dialog.save_pdf.isEnabled()


def test_saving_a_pdf_warns_first_and_holds_no_private_text(qtbot, dialog, saving, demo):
    state, asked = saving
    dialog.selfcare.setChecked(True)
    built(qtbot, dialog)
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)
    path = Path(state["path"]).with_suffix(".pdf")
    assert len(asked) == 1 and str(path) in asked[0] and "NOT be encrypted" in asked[0]
    assert "self-care" in asked[0]
    content = pdf_text(path)
    # A positive control: the text extraction works, so the negative check means something.
    assert squeeze("Conversations, all kinds") in content and squeeze("My self-care") in content
    leaked = [t for t in private_texts(demo) if squeeze(t) in content]
    assert leaked == []


def test_saving_a_csv(qtbot, dialog, saving):
    state, asked = saving
    qtbot.mouseClick(dialog.save_csv, Qt.MouseButton.LeftButton)
    path = Path(state["path"]).with_suffix(".csv")
    assert len(asked) == 1 and str(path) in asked[0]
    assert path.read_text(encoding="utf-8-sig").startswith("Section;Measure;Value")


def test_declining_the_warning_writes_nothing(qtbot, dialog, saving, tmp_path):
    state, asked = saving
    state["answer"] = False
    state["path"] = tmp_path / "out" / "rapport"
    (tmp_path / "out").mkdir()
    assert dialog.save_as_pdf() is None
    assert dialog.save_as_csv() is None
    assert len(asked) == 2
    assert list((tmp_path / "out").iterdir()) == []


def test_cancelling_the_file_picker_asks_nothing(dialog, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "save_file", lambda *a: "")
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: pytest.fail("asked"))
    assert dialog.save_as_pdf() is None


def test_year_pdf_has_no_alias_or_note_text(qapp, demo, tmp_path):
    report = activity_report(demo, start=date(2026, 1, 1), end=date(2026, 12, 31))
    path = write_report_pdf(report, tmp_path / "year.pdf")
    content = pdf_text(path)
    assert squeeze("Hours in total") in content and squeeze("Café: Tirsdagscaféen") in content
    assert [t for t in private_texts(demo) if squeeze(t) in content] == []


def test_clear_empties_the_preview(dialog):
    assert dialog.preview.toPlainText()
    dialog.clear()
    assert dialog.preview.toPlainText() == "" and dialog.report is None


def test_while_counting_a_busy_bar_shows_and_nothing_can_be_saved(qtbot, dialog, held):
    gate, calls = held
    dialog.kind.setCurrentIndex(YEAR)
    assert dialog.is_building() and dialog.busy.isVisible()
    assert not dialog.save_pdf.isEnabled() and not dialog.save_csv.isEnabled()
    assert dialog.report is None and not dialog.preview.isEnabled()
    dialog.grab().save("/tmp/s2/shot-report-dialog-building.png")
    gate.set()
    built(qtbot, dialog)
    assert not dialog.busy.isVisible() and dialog.save_pdf.isEnabled()
    assert dialog.report is not None and dialog.report.start == date(2026, 1, 1)
    assert calls == [(date(2026, 1, 1), date(2026, 12, 31))]


def test_a_newer_choice_supersedes_an_older_one_still_counting(qtbot, dialog, held, demo):
    gate, calls = held
    dialog.kind.setCurrentIndex(YEAR)  # held at the gate
    dialog.kind.setCurrentIndex(MONTH)  # the newer choice, also held
    qtbot.waitUntil(lambda: len(calls) == 2)  # both are counting
    gate.set()
    built(qtbot, dialog)
    # Give the older build every chance to arrive late: it must never be shown.
    qtbot.wait(300)
    assert dialog.report is not None
    assert (dialog.report.start, dialog.report.end) == (date(2026, 10, 1), date(2026, 10, 31))
    expected = activity_report(demo, start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert f"Conversations, all kinds\n{expected.conversations}" in dialog.preview.toPlainText()


def test_clearing_while_counting_never_shows_the_late_result(qtbot, dialog, held):
    gate, _calls = held
    dialog.kind.setCurrentIndex(YEAR)
    assert dialog.is_building()
    dialog.clear()  # what a lock does
    assert not dialog.is_building() and not dialog.busy.isVisible()
    gate.set()
    qtbot.wait(300)
    assert dialog.preview.toPlainText() == "" and dialog.report is None
    assert not dialog.save_pdf.isEnabled()
