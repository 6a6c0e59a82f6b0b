"""Getting in: first-run setup and unlock, driven from the keyboard against real vaults."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QProgressBar, QWidget

from peerdesk.paths import DataDir
from peerdesk.ui.getting_in import Notice
from peerdesk.ui.getting_in.error_words import describe, describe_problem
from peerdesk.ui.getting_in.opener import VaultOpener
from peerdesk.ui.getting_in.setup_window import SetupWindow
from peerdesk.ui.getting_in.strength_meter import StrengthBar, StrengthMeter
from peerdesk.ui.getting_in.unlock_window import Throttle, UnlockWindow
from peerdesk.vault import passphrase as rules
from peerdesk.vault.errors import (
    StorageError,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from tests.conftest import PASSPHRASE
from tests.support.keyboard import type_text

STRONG = "blue kettle quiet harbour 7"
WRONG = "not the right one at all"


@pytest.fixture
def vault_files(data_dir: DataDir, template_vault: Path) -> DataDir:
    """A closed vault (passphrase PASSPHRASE) in data_dir, without opening it."""
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    return data_dir


def shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


# --------------------------------------------------------------------- setup


def test_setup_by_keyboard_alone_creates_an_open_vault(qtbot, data_dir: DataDir) -> None:
    window = shown(qtbot, SetupWindow(data_dir))
    assert window.focusWidget() is window.passphrase

    qtbot.keyClicks(window.focusWidget(), STRONG)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is window.confirmation
    qtbot.keyClicks(window.focusWidget(), STRONG)
    assert window.create_button.isEnabled()

    with qtbot.waitSignal(window.vault_ready, timeout=10_000) as ready:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
        assert window.busy.isVisible()
        assert not window.passphrase.isEnabled()
        assert not window.create_button.isEnabled()
    vault = ready.args[0]
    try:
        assert not vault.closed
        assert vault.schema_version() >= 1
    finally:
        vault.close()
    assert data_dir.vault.is_file()
    assert window.passphrase.text() == window.confirmation.text() == ""
    assert not window.busy.isVisible()


def test_enter_in_the_first_field_moves_on_to_the_confirmation(qtbot, data_dir) -> None:
    window = shown(qtbot, SetupWindow(data_dir))
    qtbot.keyClicks(window.passphrase, STRONG)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert window.focusWidget() is window.confirmation
    assert not window.opener.busy
    assert not data_dir.vault.exists()


@pytest.mark.parametrize(
    ("typed", "code"),
    [("kaffe", rules.TOO_SHORT), ("Password1", rules.COMMON), ("aaaaaaaaaaaa", rules.REPETITIVE)],
)
def test_weak_passphrase_shows_why_and_cannot_be_created(qtbot, data_dir, typed, code) -> None:
    window = shown(qtbot, SetupWindow(data_dir))
    qtbot.keyClicks(window.passphrase, typed)
    qtbot.keyClicks(window.confirmation, typed)

    assert describe_problem(code) in window.meter.reasons.text()
    assert window.meter.reasons.isVisible()
    assert window.meter.words.text() == "Too weak"
    assert not window.create_button.isEnabled()
    qtbot.keyClick(window.confirmation, Qt.Key.Key_Return)
    assert not window.opener.busy
    assert window.focusWidget() is window.passphrase
    assert not data_dir.vault.exists()


def test_mismatched_confirmation_blocks_create(qtbot, data_dir: DataDir) -> None:
    window = shown(qtbot, SetupWindow(data_dir))
    qtbot.keyClicks(window.passphrase, STRONG)
    qtbot.keyClicks(window.confirmation, STRONG + "!")

    assert window.meter.assessment.acceptable
    assert window.match_hint.text() == "The two passphrases do not match yet."
    assert not window.create_button.isEnabled()
    qtbot.keyClick(window.confirmation, Qt.Key.Key_Return)
    assert not window.opener.busy
    assert not data_dir.vault.exists()

    qtbot.keyClick(window.confirmation, Qt.Key.Key_Backspace)
    assert window.match_hint.text() == "The two passphrases match."
    assert window.create_button.isEnabled()


def test_failed_create_says_why_inline_and_changes_nothing(qtbot, vault_files: DataDir) -> None:
    before = vault_files.vault.read_bytes()
    window = shown(qtbot, SetupWindow(vault_files))
    qtbot.keyClicks(window.passphrase, STRONG)
    qtbot.keyClicks(window.confirmation, STRONG)

    with qtbot.waitSignal(window.opener.failed, timeout=10_000):
        qtbot.keyClick(window.confirmation, Qt.Key.Key_Return)
    assert window.message.text() == describe(VaultExists())
    assert window.message.isVisible()
    assert not window.busy.isVisible()
    assert window.passphrase.isEnabled() and window.create_button.isEnabled()
    assert vault_files.vault.read_bytes() == before


@pytest.mark.parametrize(
    ("typed", "word", "filled"),
    [
        ("", "", 0),
        ("kaffe", "Too weak", 1),
        ("kettle42x!", "Weak", 2),
        ("kettle harbour42", "OK", 3),
        ("kettle harbour 4242", "Good", 4),
        (STRONG, "Strong", 5),
    ],
)
def test_strength_meter_shows_its_level_in_words(qtbot, typed, word, filled) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    verdict = meter.update(typed)
    assert verdict == rules.assess(typed)
    assert meter.words.text() == word
    assert meter.bar.filled == filled
    assert meter.bar.accessibleDescription()


# -------------------------------------------------------------------- unlock


def test_unlock_wrong_then_right_passphrase(qtbot, vault_files: DataDir) -> None:
    before = vault_files.vault.read_bytes()
    window = shown(qtbot, UnlockWindow(vault_files))
    assert window.focusWidget() is window.passphrase
    assert str(vault_files.vault) in window.footer.text()

    qtbot.keyClicks(window.passphrase, WRONG)
    with qtbot.waitSignal(window.opener.failed, timeout=10_000) as failed:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert isinstance(failed.args[0], WrongPassphrase)
    assert window.message.text() == (
        "That passphrase does not open the vault. Check Caps Lock and try again."
    )
    assert window.passphrase.text() == ""
    assert window.passphrase.isEnabled()
    assert window.focusWidget() is window.passphrase
    assert vault_files.vault.read_bytes() == before

    type_text(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.vault_ready, timeout=10_000) as ready:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Enter)
    ready.args[0].close()
    assert window.message.text() == ""
    assert window.failures == 0


def test_busy_indicator_shows_while_the_vault_opens(qtbot, vault_files: DataDir) -> None:
    window = shown(qtbot, UnlockWindow(vault_files))
    assert not window.busy.isVisible()
    type_text(window.passphrase, PASSPHRASE)

    with qtbot.waitSignal(window.vault_ready, timeout=10_000) as ready:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
        # The key derivation runs on a pool thread; the window waits, visibly.
        assert window.opener.busy
        assert window.busy.isVisible()
        assert window.busy.label.text() == "Opening your vault…"
        assert not window.passphrase.isEnabled()
        assert not window.unlock_button.isEnabled()
    ready.args[0].close()
    assert not window.busy.isVisible()
    assert window.passphrase.text() == ""


def test_repeated_failures_pause_the_field_with_a_countdown(qtbot, vault_files) -> None:
    window = shown(qtbot, UnlockWindow(vault_files, base_delay_ms=600, max_delay_ms=900))

    for attempt in (1, 2, 3):
        qtbot.keyClicks(window.passphrase, WRONG)
        with qtbot.waitSignal(window.opener.failed, timeout=10_000):
            qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
        assert window.failures == attempt
        if attempt < 3:
            assert window.passphrase.isEnabled()
            assert not window.countdown.isVisible()

    assert window.waiting
    assert not window.passphrase.isEnabled()
    assert not window.unlock_button.isEnabled()
    assert window.countdown.isVisible()
    assert "You can try again in 1 second" in window.countdown.text()

    # The pause belongs to the vault: it survives reset() and a fresh window.
    window.reset()
    assert not window.passphrase.isEnabled()
    second = shown(qtbot, UnlockWindow(vault_files, base_delay_ms=600, max_delay_ms=900))
    assert second.waiting and not second.passphrase.isEnabled()

    qtbot.waitUntil(window.passphrase.isEnabled, timeout=10_000)
    assert not window.countdown.isVisible()
    assert window.focusWidget() is window.passphrase
    qtbot.waitUntil(second.passphrase.isEnabled, timeout=10_000)
    assert window.failures == 3


def test_throttle_doubles_from_the_third_failure_up_to_the_cap() -> None:
    throttle = Throttle()
    delays = [throttle.fail(base_ms=2_000, max_ms=30_000) for _ in range(8)]
    assert delays == [0, 0, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]
    assert throttle.remaining_ms() > 0
    throttle.succeed()
    assert throttle.failures == 0 and throttle.remaining_ms() == 0


def test_vault_in_use_is_described_in_words(qtbot, vault, data_dir: DataDir) -> None:
    # The `vault` fixture holds the vault open, and with it the writer lock.
    window = shown(qtbot, UnlockWindow(data_dir))
    type_text(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.opener.failed, timeout=10_000) as failed:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert isinstance(failed.args[0], VaultInUse)
    assert window.message.text() == "PeerDesk is already open with this vault in another window."
    assert window.failures == 0
    assert window.passphrase.isEnabled()


def test_notice_and_reset(qtbot, vault_files: DataDir) -> None:
    window = shown(qtbot, UnlockWindow(vault_files))
    window.set_notice("Locked after 5 minutes without activity")
    assert window.notice.isVisible()
    qtbot.keyClicks(window.passphrase, "half typed")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.show_toggle
    qtbot.keyClick(window.show_toggle, Qt.Key.Key_Space)
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Normal

    window.reset()
    assert window.passphrase.text() == ""
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert window.focusWidget() is window.passphrase
    assert window.notice.text() == "Locked after 5 minutes without activity"
    window.set_notice("")
    assert not window.notice.isVisible()


@pytest.mark.parametrize("make", [SetupWindow, UnlockWindow])
def test_every_control_has_an_accessible_name(qtbot, data_dir, make) -> None:
    window = shown(qtbot, make(data_dir))
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QAbstractButton | QProgressBar | StrengthBar)
    ]
    assert len(controls) >= 3
    assert all(w.accessibleName() for w in controls), [type(w).__name__ for w in controls]
    assert window.styleSheet() == ""  # palette-driven: works in light and dark


# -------------------------------------------------------- opener and words


def test_opener_reports_on_the_ui_thread_and_keeps_no_passphrase(qtbot, vault_files) -> None:
    opener = VaultOpener()
    busy: list[bool] = []
    opener.busy_changed.connect(busy.append)

    with qtbot.waitSignal(opener.failed, timeout=10_000) as failed:
        opener.open(vault_files, WRONG)
        assert opener.busy
        with pytest.raises(RuntimeError):
            opener.open(vault_files, WRONG)
        assert WRONG not in [v for v in vars(opener).values() if isinstance(v, str)]
    error = failed.args[0]
    assert isinstance(error, WrongPassphrase)
    assert error.__traceback__ is None  # its frames would hold the passphrase
    assert busy == [True, False]
    assert not opener.busy

    with qtbot.waitSignal(opener.opened, timeout=10_000) as opened:
        opener.open(vault_files, PASSPHRASE)
    opened.args[0].close()


def test_vault_errors_become_calm_sentences() -> None:
    assert describe(VaultDamaged()) == (
        "The vault file is damaged. Restore a backup (File ▸ Restore) or contact your IT "
        "support. Nothing was changed."
    )
    assert describe(VaultTooNew(2, 1)) == (
        "This vault was saved by a newer PeerDesk. Update PeerDesk to open it."
    )
    assert describe(StorageError()) == (
        "Could not save: the disk may be full. Nothing was lost; free some space and try again."
    )
    weak = describe(WeakPassphrase([rules.TOO_SHORT, rules.COMMON]))
    assert weak.splitlines() == [describe_problem(rules.TOO_SHORT), describe_problem(rules.COMMON)]
    assert "10 characters" in describe_problem(rules.TOO_SHORT)
    assert describe(ValueError("internal detail")).startswith("Something unexpected went wrong")
    assert "internal detail" not in describe(ValueError("internal detail"))


def test_every_passphrase_problem_has_its_own_sentence() -> None:
    codes = [
        rules.EMPTY,
        rules.TOO_SHORT,
        rules.TOO_LONG,
        rules.TOO_FEW_KINDS,
        rules.REPETITIVE,
        rules.COMMON,
        rules.NUL,
    ]
    sentences = [describe_problem(code) for code in codes]
    assert len(set(sentences)) == len(codes)
    assert all(s.endswith(".") and s not in codes for s in sentences)
    assert describe_problem("something_new") not in sentences


def test_a_notice_draws_its_icon_when_it_first_has_words(qtbot):
    notice = Notice("SP_MessageBoxWarning", "Important")
    qtbot.addWidget(notice)
    notice.set_text("")
    assert notice.isHidden()
    assert notice.icon.pixmap().isNull()  # nothing to say yet: no icon asked for
    notice.set_text("Skriv din adgangssætning ned – æøå 🙂")
    assert not notice.isHidden()
    assert not notice.icon.pixmap().isNull()
    assert notice.text() == "Skriv din adgangssætning ned – æøå 🙂"
    drawn = notice.icon.pixmap().cacheKey()
    notice.set_text("Igen")
    assert notice.icon.pixmap().cacheKey() == drawn  # drawn once
