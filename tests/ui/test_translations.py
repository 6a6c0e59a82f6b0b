"""Translations: every string in Danish, Danish dates, English plurals, and a checker that bites.

The other UI tests read the English source strings, so every test here that
installs a language puts the English default and the earlier locale back.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from peerdesk.ui import i18n, i18n_tool
from peerdesk.ui.formatting import fmt_date, fmt_time
from peerdesk.ui.i18n_tool import CheckReport, Message, TsEntry

DANISH_TS = i18n_tool.TS_DIR / "peerdesk_da.ts"
ENGLISH_TS = i18n_tool.TS_DIR / "peerdesk_en.ts"
PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")


@pytest.fixture(scope="module")
def report() -> CheckReport:
    """One run of the checker over the real code and the committed .ts files."""
    return i18n_tool.check()


@pytest.fixture
def language(qapp) -> Iterator[Callable[[str], str]]:
    """`language("da")` installs a language; afterwards the English default is back."""
    before = QLocale()
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def ts_copy(tmp_path: Path) -> Path:
    """The committed .ts files, copied into a folder the test may change."""
    for ts in (DANISH_TS, ENGLISH_TS):
        shutil.copy2(ts, tmp_path / ts.name)
    return tmp_path


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a label ("&Filer" → "f"), None without one."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def assert_unique_mnemonics(texts: list[str]) -> None:
    letters = [m for m in (mnemonic(t) for t in texts) if m]
    doubled = [letter for letter, count in Counter(letters).items() if count > 1]
    assert not doubled, f"accelerators used twice: {doubled} in {texts}"


def visible_texts(widget: QWidget) -> list[str]:
    """The texts of the labels and buttons inside `widget`."""
    kinds = (QLabel, QAbstractButton)
    return [w.text() for kind in kinds for w in widget.findChildren(kind) if w.text()]


# (a) every string has a Danish translation ------------------------------------


def test_every_source_string_is_in_the_danish_file(report: CheckReport) -> None:
    assert report.missing == (), "\n".join(
        ["Run `python -m peerdesk.ui.i18n_tool update`, then translate:"]
        + [str(m) for m in report.missing]
    )
    assert report.contextless == (), "\n".join(str(m) for m in report.contextless)


def test_every_danish_message_has_a_finished_translation(report: CheckReport) -> None:
    assert report.untranslated == (), "\n".join(str(m) for m in report.untranslated)
    assert report.english_plurals == (), "\n".join(str(m) for m in report.english_plurals)


def test_the_danish_file_covers_every_area_of_the_ui() -> None:
    contexts = {e.message.context for e in i18n_tool.read_ts(DANISH_TS)}
    # Strings behind translate-wrappers (_tr) as well as self.tr() in widgets.
    assert {"MainWindow", "OverviewTab", "Errors", "GettingIn", "Dialogs", "Help"} <= contexts


# (b) Danish on screen -----------------------------------------------------------


def test_main_window_speaks_danish(qtbot, language) -> None:
    from peerdesk.ui.main_window import MainWindow

    assert language("da") == "da"
    window = MainWindow()
    qtbot.addWidget(window)

    menus = window.menuBar().actions()
    assert [a.text() for a in menus] == ["&Filer", "&Rediger", "&Vis", "&Hjælp"]
    assert window.tabs.tabText(0) == "Overblik"
    assert window.backup_action.text() == "&Sikkerhedskopiér nu"
    assert window.lock_action.text() == "&Lås"
    assert_unique_mnemonics([a.text() for a in menus])
    for menu in menus:
        assert_unique_mnemonics([a.text() for a in menu.menu().actions() if a.isVisible()])


def test_dates_and_times_are_danish(language) -> None:
    language("da")
    assert QLocale().toString(QDate(2026, 11, 22), QLocale.FormatType.ShortFormat) == "22.11.2026"
    assert QLocale().toString(QTime(14, 30), QLocale.FormatType.ShortFormat) == "14.30"
    assert fmt_date(date(2026, 11, 22)) == "22.11.2026"
    assert fmt_time(time(14, 30)) == "14.30"


def test_danish_plurals_and_placeholders_at_runtime(language) -> None:
    language("da")
    result = "%n result(s)"
    assert QCoreApplication.translate("SearchPopup", result, "", 1) == "1 resultat"
    assert QCoreApplication.translate("SearchPopup", result, "", 2) == "2 resultater"
    gap = QCoreApplication.translate("OverviewTab", "%1, %2: %n host(s) missing", "", 2)
    assert gap == "%1, %2: der mangler 2 værter"


def test_dialog_forms_have_unique_danish_accelerators(qtbot, language, data_dir) -> None:
    from peerdesk.ui.file_actions import PassphraseChangeDialog
    from peerdesk.ui.getting_in.setup_window import SetupWindow
    from peerdesk.ui.getting_in.unlock_window import UnlockWindow
    from peerdesk.ui.plain_settings import PlainSettings
    from peerdesk.ui.settings_dialog import SettingsDialog

    language("da")
    settings = SettingsDialog(PlainSettings(data_dir), None)
    windows = [
        settings,
        PassphraseChangeDialog(),
        SetupWindow(data_dir),
        UnlockWindow(data_dir),
    ]
    for window in windows:
        qtbot.addWidget(window)
        assert_unique_mnemonics(visible_texts(window))
    assert settings.windowTitle() == "Indstillinger"
    assert "&Sprog:" in visible_texts(settings)
    assert windows[2].create_button.text() == "&Opret datafil"
    assert windows[3].unlock_button.text() == "&Lås op"


# (c) English ------------------------------------------------------------------


def test_english_shows_the_source_strings(qtbot, language) -> None:
    from peerdesk.ui.main_window import MainWindow

    assert language("en") == "en"
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.tabs.tabText(0) == "Overview"


def test_english_plurals_after_install(language) -> None:
    language("en")
    assert QCoreApplication.translate("SearchPopup", "%n result(s)", "", 1) == "1 result"
    assert QCoreApplication.translate("SearchPopup", "%n result(s)", "", 2) == "2 results"


def test_english_file_gives_singular_and_plural(qapp, language, tmp_path: Path) -> None:
    language("en")
    ts = tmp_path / ENGLISH_TS.name
    shutil.copy2(ENGLISH_TS, ts)
    qm = i18n.build_qm(ts)
    assert qm is not None and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        result = "%n result(s)"
        assert QCoreApplication.translate("SearchPopup", result, "", 1) == "1 result"
        assert QCoreApplication.translate("SearchPopup", result, "", 2) == "2 results"
        wait = "Too many tries in a row. You can try again in %n second(s)."
        assert QCoreApplication.translate("UnlockWindow", wait, "", 1).endswith("in 1 second.")
    finally:
        qapp.removeTranslator(translator)


# (d) placeholders survive ---------------------------------------------------------


def test_placeholders_survive_in_every_danish_translation() -> None:
    checked = 0
    for entry in i18n_tool.read_ts(DANISH_TS):
        wanted = sorted(PLACEHOLDER.findall(entry.message.source))
        if not wanted:
            continue
        for form in entry.translations:
            assert sorted(PLACEHOLDER.findall(form)) == wanted, entry.message
            checked += 1
        if entry.message.numerus:
            assert len(entry.translations) == 2, entry.message  # Danish: singular, plural
    assert checked > 20


def test_translations_fit_their_sources(report: CheckReport) -> None:
    assert report.problems == (), "\n".join(str(p) for p in report.problems)


def test_fit_problems_catch_a_lost_placeholder_and_a_lost_accelerator() -> None:
    def entry(source: str, *translations: str) -> TsEntry:
        return TsEntry(Message("Ctx", source, numerus=len(translations) > 1), translations, True)

    problems = i18n_tool.fit_problems(
        [
            entry("Vault: %1", "Datafil:"),
            entry("%n result(s)", "ét resultat", "%n resultater"),
            entry("&Lock", "Lås"),
            entry("Locked.", "&Låst."),
            entry("%1 of %2", "%2 af %1"),  # reordered placeholders are fine
            entry("&Quit", "&Afslut"),
        ]
    )
    assert [(p.message.source, "accelerator" in p.reason) for p in problems] == [
        ("Vault: %1", False),
        ("%n result(s)", False),
        ("&Lock", True),
        ("Locked.", True),
    ]


# the checker and the updater, on a small project of their own --------------------------

PANEL_SOURCE = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _say(text, n=-1):
    return QCoreApplication.translate("Extra", text, None, n)


class ExtraPanel(QWidget):
    def words(self):
        return self.tr("&Save %1"), _say("%n new thing(s)", 2), _say("A wrapped sentence")
"""


def finish_translations(ts: Path) -> None:
    """Give every message a finished 'translation' (its source, so it fits)."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = message.findtext("source")
        if not forms:
            translation.text = message.findtext("source")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def blank_translation(ts: Path, context: str, source: str) -> None:
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        for message in ctx.iter("message"):
            if ctx.findtext("name") == context and message.findtext("source") == source:
                translation = message.find("translation")
                translation.text = ""
                translation.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """(a source file, a folder of finished .ts files for it)."""
    source = tmp_path / "panel.py"
    source.write_text(PANEL_SOURCE, encoding="utf-8")
    ts_dir = tmp_path / "translations"
    i18n_tool.update(ts_dir, [source])
    for ts in ts_dir.glob("*.ts"):
        finish_translations(ts)
    i18n_tool.update(ts_dir, [source])  # back in lupdate's own layout
    return source, ts_dir


def test_a_finished_project_checks_clean(project) -> None:
    source, ts_dir = project
    found = i18n_tool.check(ts_dir, [source])
    assert found.ok, found.lines()
    assert found.lines() == []
    entries = {e.message for e in i18n_tool.read_ts(ts_dir / "peerdesk_da.ts")}
    assert entries == {
        Message("ExtraPanel", "&Save %1"),
        Message("Extra", "%n new thing(s)", numerus=True),
        Message("Extra", "A wrapped sentence"),
    }


def test_check_lists_new_strings_and_missing_translations(project) -> None:
    source, ts_dir = project
    source.write_text(
        PANEL_SOURCE.replace('_say("A wrapped sentence")', '_say("Another", 1), self.tr("New")'),
        encoding="utf-8",
    )
    blank_translation(ts_dir / "peerdesk_da.ts", "ExtraPanel", "&Save %1")
    before = (ts_dir / "peerdesk_da.ts").read_bytes()

    found = i18n_tool.check(ts_dir, [source])

    assert not found.ok
    assert found.untranslated == (Message("ExtraPanel", "&Save %1"),)
    assert set(found.missing) == {
        Message("ExtraPanel", "New"),
        Message("Extra", "Another", numerus=True),
    }
    assert found.stale == (Message("Extra", "A wrapped sentence"),)
    assert found.english_plurals == ()  # a plural not in the .ts files yet is "missing"
    assert any("&Save %1" in line for line in found.lines())
    assert (ts_dir / "peerdesk_da.ts").read_bytes() == before  # checking changes nothing


def test_check_lists_an_english_plural_without_its_forms(project) -> None:
    source, ts_dir = project
    blank_translation(ts_dir / "peerdesk_en.ts", "Extra", "%n new thing(s)")
    found = i18n_tool.check(ts_dir, [source])
    assert found.english_plurals == (Message("Extra", "%n new thing(s)", numerus=True),)
    assert found.untranslated == ()
    assert not found.ok


def test_strings_gone_from_the_code_are_listed_without_failing(project) -> None:
    source, ts_dir = project
    source.write_text(PANEL_SOURCE.replace('self.tr("&Save %1")', '"-"'), encoding="utf-8")
    found = i18n_tool.check(ts_dir, [source])
    assert found.stale == (Message("ExtraPanel", "&Save %1"),)
    assert found.ok
    assert any("no longer in the code" in line for line in found.lines())


def test_check_refuses_a_wrapper_named_tr(project) -> None:
    source, ts_dir = project
    module_tr = source.parent / "module_tr.py"
    module_tr.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        'CONTEXT = "Loose"\n\n\n'
        "def tr(text):\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n\n\n"
        'LABEL = tr("Filed under no class")\n',
        encoding="utf-8",
    )
    found = i18n_tool.check(ts_dir, [source, module_tr])
    # lupdate reads tr() outside a class as context ""; Qt looks under "Loose".
    assert found.contextless == (Message("", "Filed under no class"),)
    assert Message("Loose", "Filed under no class") in found.missing
    assert [line.split(" ")[0] for line in found.misread] == [f"{module_tr}:6"]
    assert not found.ok


def test_update_keeps_every_translation(project) -> None:
    source, ts_dir = project
    before = i18n_tool.read_ts(ts_dir / "peerdesk_da.ts")
    source.write_text(PANEL_SOURCE.replace('self.tr("&Save %1")', 'self.tr("New")'), "utf-8")
    i18n_tool.update(ts_dir, [source])
    after = {e.message: e for e in i18n_tool.read_ts(ts_dir / "peerdesk_da.ts")}
    assert Message("ExtraPanel", "&Save %1") not in after  # -no-obsolete
    assert not after[Message("ExtraPanel", "New")].translated
    kept = [e for e in before if e.message in after]
    assert len(kept) == 2 and all(after[e.message] == e and e.translated for e in kept)


def test_update_keeps_the_committed_translations(ts_copy: Path) -> None:
    before = {e.message: e for e in i18n_tool.read_ts(ts_copy / DANISH_TS.name)}
    i18n_tool.update(ts_copy)
    after = {e.message: e for e in i18n_tool.read_ts(ts_copy / DANISH_TS.name)}
    kept = before.keys() & after.keys()
    assert kept, "update dropped every message"
    assert all(after[m] == before[m] for m in kept)


def test_moving_code_does_not_churn_the_ts_file(project) -> None:
    source, ts_dir = project
    first = (ts_dir / "peerdesk_da.ts").read_bytes()
    # The same strings, further down and in the other order.
    wrapper, panel = PANEL_SOURCE.split("class ExtraPanel")
    source.write_text("\n\n# moved\n" + "class ExtraPanel" + panel + wrapper, encoding="utf-8")
    i18n_tool.update(ts_dir, [source])
    assert (ts_dir / "peerdesk_da.ts").read_bytes() == first


def test_wrapped_messages_see_through_translate_wrappers() -> None:
    error_words = Path(i18n_tool.ROOT, "peerdesk", "ui", "getting_in", "error_words.py")
    found = i18n_tool.wrapped_messages([error_words])
    assert Message("Errors", "Use at most %n characters.", numerus=True) in found
    assert Message("Errors", "Enter a passphrase.") in found
    assert all(m.context == "Errors" for m in found)


def test_wrapped_messages_follow_imported_wrappers(tmp_path: Path) -> None:
    words = tmp_path / "words_mod.py"
    words.write_text(PANEL_SOURCE, encoding="utf-8")
    user = tmp_path / "user_mod.py"
    user.write_text(
        "import words_mod as w\n"
        "from words_mod import _say\n"
        "from words_mod import _say as say_it\n\n\n"
        "class Panel:\n"
        "    def texts(self):\n"
        '        return _say("By name"), say_it("By other name"), w._say("By module", 3)\n',
        encoding="utf-8",
    )
    found = i18n_tool.wrapped_messages([words, user])
    assert Message("Extra", "By name") in found
    assert Message("Extra", "By other name") in found
    assert Message("Extra", "By module", numerus=True) in found


def test_command_line_check_and_update(project, monkeypatch, capsys) -> None:
    source, ts_dir = project
    monkeypatch.setattr(i18n_tool, "source_files", lambda root=i18n_tool.ROOT: [source])
    assert i18n_tool.main(["update", "--ts-dir", str(ts_dir)]) == 0
    assert i18n_tool.main(["check", "--ts-dir", str(ts_dir)]) == 0
    assert "translations complete" in capsys.readouterr().out
    blank_translation(ts_dir / "peerdesk_da.ts", "Extra", "A wrapped sentence")
    assert i18n_tool.main(["check", "--ts-dir", str(ts_dir)]) == 1
    err = capsys.readouterr().err
    assert "no Danish translation: 1" in err
    assert "[Extra] 'A wrapped sentence'" in err


def test_check_runs_as_a_module_without_a_qapplication(report: CheckReport) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "peerdesk.ui.i18n_tool", "check"],
        cwd=i18n_tool.ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == (0 if report.ok else 1), done.stderr
    assert ("translations complete" in done.stdout) == report.ok
