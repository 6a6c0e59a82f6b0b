"""The first-run window: explain PeerDesk, choose a passphrase, create the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from peerdesk.paths import DataDir
from peerdesk.ui.getting_in import (
    GettingInWindow,
    Notice,
    ShowPassphrase,
    primary_button,
    scaled_font,
    secret_field,
)
from peerdesk.ui.getting_in.strength_meter import StrengthMeter


class SetupWindow(GettingInWindow):
    """Shown when there is no vault yet; emits `vault_ready(vault)` once it is created.

    Create is enabled only when the passphrase is acceptable and the
    confirmation matches it; the window says inline which of the two is
    missing. The receiver of `vault_ready` owns the vault and closes the window.
    """

    def __init__(self, data: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(data, parent)
        self.setWindowTitle(self.tr("Set up PeerDesk"))
        self.title.setText(self.tr("Welcome to PeerDesk"))
        self.intro.setText(
            self.tr(
                "PeerDesk is a private notebook for your work as a peer worker. Everything "
                "you write stays on this computer, encrypted with a passphrase only you know."
            )
        )
        self.warning = Notice("SP_MessageBoxWarning", self.tr("Important"), self)
        self.warning.label.setFont(scaled_font(self, 1.0, bold=True))
        self.warning.set_text(
            self.tr(
                "Nobody can recover this passphrase: not your IT support and not the makers "
                "of PeerDesk. Write it down and keep it somewhere safe, away from this computer."
            )
        )

        self.passphrase = secret_field(self.tr("Passphrase"), self)
        passphrase_label = QLabel(self.tr("&Passphrase"), self)
        passphrase_label.setBuddy(self.passphrase)
        self.meter = StrengthMeter(self)
        self.confirmation = secret_field(self.tr("Repeat the passphrase"), self)
        confirmation_label = QLabel(self.tr("&Repeat the passphrase"), self)
        confirmation_label.setBuddy(self.confirmation)
        self.match_hint = QLabel(self)
        self.match_hint.setWordWrap(True)
        self.match_hint.setAccessibleName(self.tr("Whether the passphrases match"))
        self.show_toggle = ShowPassphrase([self.passphrase, self.confirmation], self)
        self.create_button = primary_button(self.tr("&Create vault"), self.tr("Create vault"), self)
        self.footer.setText(
            self.tr("Your vault will be saved as %1").replace("%1", str(data.vault))
        )

        self.form.addWidget(self.warning)
        self.form.addSpacing(18)
        self.form.addWidget(passphrase_label)
        self.form.addWidget(self.passphrase)
        self.form.addSpacing(2)
        self.form.addWidget(self.meter)
        self.form.addSpacing(14)
        self.form.addWidget(confirmation_label)
        self.form.addWidget(self.confirmation)
        self.form.addWidget(self.match_hint)
        self.form.addSpacing(10)
        self.form.addWidget(self.show_toggle)
        self.buttons.addWidget(self.create_button)
        self.setTabOrder(self.passphrase, self.confirmation)
        self.setTabOrder(self.confirmation, self.show_toggle)
        self.setTabOrder(self.show_toggle, self.create_button)

        self.passphrase.textChanged.connect(self._on_passphrase_edited)
        self.confirmation.textChanged.connect(self._on_confirmation_edited)
        self.passphrase.returnPressed.connect(self._on_enter_in_passphrase)
        self.confirmation.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.warning.setVisible(True)
        self._refresh()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def can_create(self) -> bool:
        """True when Create would be accepted right now."""
        return (
            not self.opener.busy
            and self.meter.assessment.acceptable
            and self.confirmation.text() == self.passphrase.text()
        )

    # ------------------------------------------------------------------ slots

    @Slot(str)
    def _on_passphrase_edited(self, text: str) -> None:
        self.meter.update(text)
        self._refresh()

    @Slot(str)
    def _on_confirmation_edited(self, _text: str) -> None:
        self._refresh()

    @Slot()
    def _on_enter_in_passphrase(self) -> None:
        # Enter after the first field moves on to the confirmation until it is typed.
        if not self.confirmation.text():
            self.confirmation.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self._submit()

    @Slot()
    def _submit(self) -> None:
        if self.opener.busy:
            return
        if not self.can_create:
            needs = self.passphrase if not self.meter.assessment.acceptable else self.confirmation
            needs.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.opener.create(self.data, self.passphrase.text())

    def _refresh(self) -> None:
        busy = self.opener.busy
        for widget in (self.passphrase, self.confirmation, self.show_toggle):
            widget.setEnabled(not busy)
        self.create_button.setEnabled(self.can_create)
        self.match_hint.setText(self._match_words())

    def _match_words(self) -> str:
        if not self.confirmation.text():
            return self.tr("Type the passphrase again to confirm it.")
        if self.confirmation.text() != self.passphrase.text():
            return self.tr("The two passphrases do not match yet.")
        return self.tr("The two passphrases match.")

    # ------------------------------------------------------- GettingInWindow

    def _first_field(self) -> QLineEdit:
        return self.passphrase

    def _secret_fields(self) -> list[QLineEdit]:
        return [self.passphrase, self.confirmation]

    def _busy_text(self) -> str:
        return self.tr("Creating your vault…")
