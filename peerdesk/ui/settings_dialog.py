"""Settings: language, auto-lock, contract hours, backups, retention review.

Plain preferences go to the settings file; the contract and the retention
period describe the worker's own work, so they live in the vault.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import drafts, selfcare
from peerdesk.services.care_browse import (
    RETENTION_SETTING,
    SETTLE_SETTING,
    retention_review_days,
    settle_after,
)
from peerdesk.ui import dialogs
from peerdesk.ui.plain_settings import PlainSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: PlainSettings, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault = vault
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if settings.language == "da" else 1)
        self.language.setAccessibleName(self.tr("Language"))
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(settings.autolock_minutes)
        self.autolock.setAccessibleName(self.tr("Lock after minutes without activity"))
        self.contract = QDoubleSpinBox()
        self.contract.setRange(0, 60)
        self.contract.setDecimals(1)
        self.contract.setSingleStep(0.5)
        self.contract.setSuffix(self.tr(" hours/week"))
        self.contract.setSpecialValueText(self.tr("Not set"))
        self.contract.setAccessibleName(self.tr("Weekly contract hours"))
        current = selfcare.contract_on(vault, date.today()) if vault is not None else None
        self.contract.setValue(current.weekly_hours if current else 0)
        self.backup_folder = QLineEdit(settings.extra_backup_folder)
        self.backup_folder.setPlaceholderText(self.tr("Optional, e.g. a USB stick"))
        self.backup_folder.setAccessibleName(self.tr("Second backup folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(settings.backups_kept)
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        self.retention = QSpinBox()
        self.retention.setRange(30, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setAccessibleName(self.tr("Review people without activity after"))
        days = retention_review_days(vault) if vault is not None else 730
        self.retention.setValue(int(days))
        self.settle = QSpinBox()
        self.settle.setRange(1, 24 * 14)
        self.settle.setSuffix(self.tr(" hours"))
        self.settle.setAccessibleName(self.tr("Notes become final after"))
        self.settle.setToolTip(
            self.tr("Until then a note can be corrected; afterwards changes become dated addenda.")
        )
        hours = settle_after(vault).total_seconds() // 3600 if vault is not None else 24
        self.settle.setValue(int(hours))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Lock after:"), self.autolock)
        form.addRow(self.tr("&Contract:"), self.contract)
        form.addRow(self.tr("Second &backup folder:"), folder_row)
        form.addRow(self.tr("Backups to &keep:"), self.keep)
        form.addRow(self.tr("&Review people inactive for:"), self.retention)
        form.addRow(self.tr("Notes become &final after:"), self.settle)
        self.note = QLabel(self.tr("A new language is used the next time PeerDesk starts."))
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = dialogs.choose_folder(
            self, self.tr("Second backup folder"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.autolock_minutes = self.autolock.value()
        self.settings.extra_backup_folder = self.backup_folder.text().strip()
        self.settings.backups_kept = self.keep.value()
        if self.vault is not None:
            drafts.set_setting(self.vault, RETENTION_SETTING, self.retention.value())
            drafts.set_setting(self.vault, SETTLE_SETTING, self.settle.value())
            hours = self.contract.value()
            current = selfcare.contract_on(self.vault, date.today())
            if hours > 0 and (current is None or current.weekly_hours != hours):
                selfcare.set_contract(
                    self.vault,
                    valid_from=date.today(),
                    weekly_hours=hours,
                    flex_job=current.flex_job if current else False,
                )
        super().accept()
