"""The desktop shell with real vaults: setup, unlock, idle lock, search, settings,
and the error dialog's log line (a second instance: test_single_instance.py)."""

from __future__ import annotations

import gc
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout

from peerdesk.logsetup import setup_logging
from peerdesk.services import care
from peerdesk.ui import crash, dialogs
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.controller import AppController
from peerdesk.ui.plain_settings import PlainSettings
from peerdesk.ui.record_dialog import RecordDialog
from peerdesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.keyboard import type_text

STRONG = "blå kande stille havn 7"


class NoteTab(AreaTab):
    """A stand-in area tab holding note text, to prove locking empties it."""

    area = "test"

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        QVBoxLayout(self).addWidget(self.field)
        self.drafts_saved = 0

    def title(self) -> str:
        return "Noter"

    def load(self, vault) -> None:
        self.field.setText("note text from the vault")

    def clear(self) -> None:
        self.field.clear()

    def save_drafts(self) -> None:
        self.drafts_saved += 1


@pytest.fixture
def controller(qtbot, data_dir):
    data_dir.ensure()
    app = QApplication.instance()
    ctl = AppController(app, data_dir, PlainSettings(data_dir))
    yield ctl
    if ctl.search_popup is not None:
        ctl.search_popup.clear()
    for tab in ctl.main.area_tabs():
        tab.clear()  # stops the tabs' autosave and reminder timers
    if ctl.vault is not None:
        ctl.vault.close()
    for window in (ctl.unlock_window, ctl.setup_window, ctl.search_popup, ctl.main):
        if window is not None:
            window.close()
    # Tear the whole tree down now, inside this test, rather than whenever the
    # garbage collector happens to reach the controller's reference cycles.
    del window
    ctl.deleteLater()
    del ctl
    gc.collect()
    QApplication.processEvents()


@pytest.fixture
def closed_vault(data_dir, template_vault):
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    return data_dir


def unlock(qtbot, ctl, passphrase: str = PASSPHRASE) -> None:
    window = ctl.unlock_window
    assert window.isVisible()
    window.passphrase.setFocus()
    type_text(window.passphrase, passphrase)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)


def test_first_run_setup_creates_the_vault_and_opens_the_main_window(qtbot, controller, data_dir):
    controller.start()
    setup = controller.setup_window
    assert setup is not None and setup.isVisible()
    assert not controller.main.isVisible()
    type_text(setup.passphrase, STRONG)
    qtbot.keyClick(setup.passphrase, Qt.Key.Key_Tab)
    type_text(setup.confirmation, STRONG)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.keyClick(setup.confirmation, Qt.Key.Key_Return)
    assert controller.main.isVisible()
    assert controller.main.tabs.currentWidget() is controller.main.overview
    assert data_dir.vault.exists()
    assert controller.vault is not None


def test_wrong_then_right_passphrase(qtbot, controller, closed_vault):
    controller.start()
    window = controller.unlock_window
    before = closed_vault.vault.read_bytes()
    type_text(window.passphrase, "forkert adgangssætning")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=10_000)
    assert window.passphrase.text() == ""
    assert not controller.main.isVisible()
    assert closed_vault.vault.read_bytes() == before
    unlock(qtbot, controller)
    assert controller.main.isVisible()


def test_idle_lock_empties_every_view_and_unlock_returns_to_the_tab(
    qtbot, controller, closed_vault
):
    tab = NoteTab()
    controller.main.add_area(tab)
    controller.start()
    unlock(qtbot, controller)
    person = care.add_person(controller.vault, alias="K.J.")
    care.add_conversation(
        controller.vault,
        person_id=person.id,
        occurred_at="2026-11-01T10:00",
        own_words="x",
        follow_up_on="2026-11-02",
    )
    controller.main.overview.load(controller.vault)
    assert controller.main.overview.follow_ups.list.count() == 1
    controller.main.tabs.setCurrentWidget(tab)
    assert tab.field.text() == "note text from the vault"
    QGuiApplication.clipboard().setText("copied note text")

    controller.idle.set_timeout(150)
    controller.idle.start()
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass
    assert controller.vault is None
    assert not controller.main.isVisible()
    assert tab.field.text() == ""
    assert tab.drafts_saved == 1
    assert controller.main.overview.follow_ups.list.count() == 0
    assert QGuiApplication.clipboard().text() == ""
    assert "without activity" in controller.unlock_window.notice.text()

    unlock(qtbot, controller)
    assert controller.main.tabs.currentWidget() is tab
    assert tab.field.text() == "note text from the vault"


def test_ctrl_l_locks(qtbot, controller, closed_vault):
    controller.start()
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        controller.main.lock_action.trigger()
    assert controller.unlock_window.isVisible()
    assert controller.main.lock_action.shortcut().toString() == "Ctrl+L"


def test_search_finds_a_record_written_through_the_core_and_opens_it(
    qtbot, controller, closed_vault
):
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        person = care.add_person(vault, alias="M.S.", wishes="vil gerne lære at strikke")
    controller.start()
    unlock(qtbot, controller)
    controller.main.search_action.trigger()
    popup = controller.search_popup
    assert popup.isVisible()
    type_text(popup.field, "strik")
    qtbot.waitUntil(lambda: popup.model.rowCount() >= 2, timeout=3_000)
    assert "1" in popup.status.text()
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    # The person opens in the care tab.
    from peerdesk.ui.care.care_tab import CareTab

    care_tab = controller.main.tabs.currentWidget()
    assert isinstance(care_tab, CareTab)
    assert care_tab.page.person is not None and care_tab.page.person.id == person.id


def test_a_record_no_tab_shows_opens_read_only(qtbot, vault):
    from peerdesk.ui.main_window import MainWindow

    person = care.add_person(vault, alias="M.S.", wishes="vil gerne lære at strikke")
    window = MainWindow()  # Overblik only: no area tab claims a person
    qtbot.addWidget(window)
    window.attach(vault)
    window.open_record("person", person.id)
    dialog = window.record_dialog
    assert isinstance(dialog, RecordDialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "vil gerne lære at strikke" in texts and "M.S." in texts
    window.detach()
    assert window.record_dialog is None
    assert person.id


def test_settings_persist_outside_the_vault_only_what_is_not_personal(
    qtbot, controller, closed_vault
):
    from peerdesk.ui.settings_dialog import SettingsDialog

    controller.start()
    unlock(qtbot, controller)
    dialog = SettingsDialog(controller.settings, controller.vault, controller.main)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.autolock.setValue(12)
    dialog.contract.setValue(25.0)
    dialog.retention.setValue(365)
    dialog.settle.setValue(48)
    dialog.accept()
    again = PlainSettings(closed_vault)
    assert again.language == "en"
    assert again.autolock_minutes == 12
    from datetime import date

    from peerdesk.services import drafts, selfcare

    assert selfcare.contract_on(controller.vault, date.today()).weekly_hours == 25.0
    assert drafts.get_setting(controller.vault, "retention_review_days") == 365
    from peerdesk.services.care_browse import settle_after

    assert settle_after(controller.vault).total_seconds() == 48 * 3600
    text = closed_vault.settings.read_text()
    assert "autolock_minutes=12" in text
    assert "contract" not in text and "retention" not in text


def test_unexpected_error_shows_a_dialog_and_logs_no_note_text(qtbot, data_dir, monkeypatch):
    data_dir.ensure()
    log_path = setup_logging(data_dir)
    shown = []
    monkeypatch.setattr(dialogs, "error_dialog", lambda parent, exc: shown.append(exc))
    secret = "Mette fortalte om sin bror og gælden 4711"
    try:
        raise ValueError(secret)
    except ValueError as exc:
        crash.handle(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    for handler in __import__("logging").getLogger("peerdesk").handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "ValueError" in logged
    assert "test_shell.py" in logged
    assert secret not in logged
    assert "4711" not in logged


def test_sleep_or_screen_lock_locks(qtbot, controller, closed_vault):
    controller.start()
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        controller.session_events.on_screen(True)
    assert "screen" in controller.unlock_window.notice.text()


def test_recent_searches_are_kept_in_the_vault_not_in_settings(qtbot, controller, closed_vault):
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        care.add_person(vault, alias="Z.Q.", wishes="drømmer om en kolonihave")
    controller.start()
    unlock(qtbot, controller)
    controller.show_search()
    popup = controller.search_popup
    type_text(popup.field, "kolonihave")
    qtbot.waitUntil(lambda: popup.model.rowCount() >= 2, timeout=3_000)
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    from peerdesk.services import drafts

    assert drafts.get_setting(controller.vault, "recent_searches") == ["kolonihave"]
    controller.settings.language = "da"  # the settings file now exists
    assert "kolonihave" not in closed_vault.settings.read_text()
    popup.field.clear()
    controller.show_search()
    shown_texts = [popup.model.row(r).text for r in range(popup.model.rowCount())]
    assert "kolonihave" in shown_texts


def test_backup_now_runs_off_the_ui_thread_once(qtbot, controller, closed_vault):
    controller.start()
    unlock(qtbot, controller)
    assert "No backup yet" in controller.main.backup_label.text()
    controller.main.backup_action.trigger()
    assert controller.files.jobs.is_running("backup")
    controller.main.backup_action.trigger()  # a second start while running is refused
    with qtbot.waitSignal(controller.files.jobs.finished, timeout=20_000):
        pass
    assert not controller.files.jobs.is_running("backup")
    assert len(list(closed_vault.backups.glob("peerdesk-*.peerdesk"))) == 1
    assert "Last backup" in controller.main.backup_label.text()


def test_change_passphrase_from_the_menu(qtbot, controller, closed_vault, monkeypatch):
    from peerdesk.ui import file_actions

    new = "ny og lang adgangssætning 2026"

    def fill_and_accept(dialog):
        dialog.old.setText(PASSPHRASE)
        dialog.new.setText(new)
        dialog.again.setText(new)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return file_actions.QDialog.DialogCode.Accepted

    monkeypatch.setattr(file_actions.PassphraseChangeDialog, "exec", fill_and_accept)
    controller.start()
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.unlocked, timeout=30_000):
        controller.main.passwd_action.trigger()
    assert controller.main.isVisible()
    controller.vault.close()
    controller.vault = None
    Vault.open(closed_vault, new).close()


def test_activity_report_from_the_menu_and_emptied_on_lock(qtbot, controller, closed_vault):
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        person = care.add_person(vault, alias="R.P.")
        care.add_conversation(vault, person_id=person.id, occurred_at="2026-11-02T10:00")
    controller.start()
    unlock(qtbot, controller)
    controller.main.report_action.trigger()
    dialog = controller.report_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=20_000)
    assert dialog.preview.toPlainText()
    assert "R.P." not in dialog.preview.toPlainText()  # counts only
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        controller.main.lock_action.trigger()
    assert not dialog.isVisible()
    assert dialog.preview.toPlainText() == ""


def test_only_the_tab_on_show_is_filled_at_unlock_the_rest_when_shown(
    qtbot, controller, closed_vault
):
    tab = NoteTab()
    controller.main.add_area(tab)
    controller.start()
    unlock(qtbot, controller)
    assert controller.main.tabs.currentWidget() is controller.main.overview
    assert controller.main.is_loaded(controller.main.overview)
    assert not controller.main.is_loaded(tab)
    assert tab.field.text() == ""
    controller.main.tabs.setCurrentWidget(tab)
    assert tab.field.text() == "note text from the vault"
    # Back on Overblik, it shows what is due now: a follow-up added meanwhile.
    person = care.add_person(controller.vault, alias="L.M.")
    care.add_conversation(
        controller.vault,
        person_id=person.id,
        occurred_at="2026-11-01T10:00",
        own_words="x",
        follow_up_on="2026-11-02",
    )
    controller.main.tabs.setCurrentWidget(controller.main.overview)
    assert controller.main.overview.follow_ups.list.count() == 1


def test_a_search_result_fills_its_tab_before_opening_the_record(qtbot, controller, closed_vault):
    controller.start()
    unlock(qtbot, controller)
    person = care.add_person(controller.vault, alias="Ø.Å.")
    care_tab = next(t for t in controller.main.area_tabs() if t.area == "care")
    assert not controller.main.is_loaded(care_tab)
    controller.main.open_record("person", person.id)
    assert controller.main.tabs.currentWidget() is care_tab
    assert controller.main.is_loaded(care_tab)


def test_damage_found_after_unlock_is_reported_and_shown(
    qtbot, controller, closed_vault, monkeypatch
):
    from peerdesk.vault.models import Person
    from tests.unit.test_vault import _flip_byte

    with Vault.open(closed_vault, PASSPHRASE) as v, v.session() as s:
        s.add_all(Person(alias=f"P{i}", wishes="ønsker " * 300) for i in range(60))
    _flip_byte(closed_vault.vault, closed_vault.vault.stat().st_size // 2)
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    controller.start()
    unlock(qtbot, controller)  # the window opens at once; the check runs beside it
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "restore" in warnings[0].lower()
    assert controller.main.integrity_label.isVisible()
    controller.lock()
    assert not controller.main.integrity_label.isVisible()


def test_the_unlocked_vault_checkpoints_beside_the_app_until_it_is_locked(
    qtbot, controller, closed_vault
):
    controller.start()
    unlock(qtbot, controller)
    checkpointer = controller.vault.checkpointer
    assert checkpointer is not None and checkpointer.running
    person = care.add_person(controller.vault, alias="K.J.")
    assert checkpointer.pending
    qtbot.waitUntil(lambda: checkpointer.runs >= 1 and not checkpointer.pending, timeout=10_000)
    controller.lock()
    assert not checkpointer.running  # stopped with the vault it belonged to
    unlock(qtbot, controller)
    assert controller.vault.checkpointer is not checkpointer
    assert controller.vault.checkpointer.running
    assert care.get_person(controller.vault, person.id).alias == "K.J."
