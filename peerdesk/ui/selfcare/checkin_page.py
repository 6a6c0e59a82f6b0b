"""The 20-second check-in: five small scales, a line each of what drains and
what helps, a tick for supervision; the earlier check-ins; the daily reminder."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_datetime, fmt_time
from peerdesk.ui.selfcare.draft_keeper import DraftKeeper
from peerdesk.ui.selfcare.table_model import (
    Column,
    RecordTableModel,
    make_table,
    select_id,
    selected_id,
)
from peerdesk.ui.selfcare.widgets import NoticeLine, ScaleInput, attempt, heading, muted
from peerdesk.ui.selfcare.words import MEASURES, _tr, scale_text

# Labels with mnemonics, chosen not to clash with the menus or the area's own tabs.
SCALE_LABELS = {
    "energy": QT_TRANSLATE_NOOP("SelfCare", "Ener&gy"),
    "stress": QT_TRANSLATE_NOOP("SelfCare", "S&tress"),
    "mood": QT_TRANSLATE_NOOP("SelfCare", "&Mood"),
    "boundaries_kept": QT_TRANSLATE_NOOP("SelfCare", "&Boundaries kept"),
    "sleep": QT_TRANSLATE_NOOP("SelfCare", "S&leep"),
}


def _yes(value: bool) -> str:
    return QCoreApplication.translate("SelfCare", "Yes") if value else ""


def _columns() -> list[Column]:
    def scale(name):
        return Column(
            MEASURES[name],
            lambda c, n=name: scale_text(getattr(c, n)),
            lambda c, n=name: -1 if getattr(c, n) is None else getattr(c, n),
            numeric=True,
        )

    return [
        Column(
            QT_TRANSLATE_NOOP("SelfCare", "When"),
            lambda c: fmt_datetime(c.at),
            lambda c: c.at.isoformat(),
        ),
        *(scale(name) for name in selfcare.SCALES),
        Column(
            QT_TRANSLATE_NOOP("SelfCare", "Supervision"),
            lambda c: _yes(c.wants_supervision),
            lambda c: c.wants_supervision,
        ),
        Column(QT_TRANSLATE_NOOP("SelfCare", "What drains me"), lambda c: c.drains),
        Column(QT_TRANSLATE_NOOP("SelfCare", "What helps"), lambda c: c.helps),
    ]


class CheckInPage(QWidget):
    """Check in by keyboard alone: Tab between the scales, type 1–5, Ctrl+Enter saves."""

    saved = Signal(int)  # the new check-in's id
    reminder_changed = Signal(object)  # selfcare_records.Reminder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.keeper = DraftKeeper(records.draft_key("check_in"), self._collect, self)

        self.scales: dict[str, ScaleInput] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in selfcare.SCALES:
            scale = ScaleInput(_tr(MEASURES[name]))
            scale.value_changed.connect(self.keeper.touched)
            label = QLabel(_tr(SCALE_LABELS[name]))
            label.setBuddy(scale)
            form.addRow(label, scale)
            self.scales[name] = scale
        self.drains = QLineEdit()
        self.drains.setAccessibleName(self.tr("What drains me"))
        self.drains.setPlaceholderText(self.tr("One line is enough"))
        self.helps = QLineEdit()
        self.helps.setAccessibleName(self.tr("What helps"))
        self.helps.setPlaceholderText(self.tr("One line is enough"))
        for field in (self.drains, self.helps):
            field.textEdited.connect(self.keeper.touched)
        drains_label = QLabel(self.tr("What dr&ains me"))
        drains_label.setBuddy(self.drains)
        helps_label = QLabel(self.tr("&What helps"))
        helps_label.setBuddy(self.helps)
        form.addRow(drains_label, self.drains)
        form.addRow(helps_label, self.helps)
        self.supervision = QCheckBox(self.tr("&I want supervision"))
        self.supervision.setAccessibleName(self.tr("I want supervision"))
        self.supervision.toggled.connect(self.keeper.touched)
        form.addRow("", self.supervision)

        self.save_button = QPushButton(self.tr("&Save check-in"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.clicked.connect(self.save)
        self.empty_button = QPushButton(self.tr("Empt&y the form"))
        self.empty_button.setAccessibleName(self.tr("Empty the form"))
        self.empty_button.clicked.connect(self.empty_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        self.notice = NoticeLine()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        box = QGroupBox(self.tr("How are you right now?"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(muted(self.tr("1 is low, 5 is high. Skip what does not fit today.")))
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.notice)

        self.reminder_on = QCheckBox(self.tr("Remind me at this time ea&ch day"))
        self.reminder_on.setAccessibleName(self.tr("Daily check-in reminder"))
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_on.toggled.connect(self._save_reminder)
        self.reminder_time.editingFinished.connect(self._save_reminder)
        reminder = QGroupBox(self.tr("Reminder"))
        reminder_layout = QVBoxLayout(reminder)
        row = QHBoxLayout()
        row.addWidget(self.reminder_on)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        reminder_layout.addLayout(row)
        reminder_layout.addWidget(
            muted(self.tr("Shown while PeerDesk is open; skipped if you already checked in."))
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(box)
        left_layout.addWidget(reminder)
        left_layout.addStretch(1)

        self.model = RecordTableModel(_columns(), self)
        self.table, self.proxy = make_table(self.model, self.tr("Earlier check-ins"))
        self.remove_button = QPushButton(self.tr("Remove selected…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected check-in"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.count_label = muted()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(heading(self.tr("Earlier check-ins"), 1.1))
        right_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.remove_button)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.supervision, self.save_button)

    # life -----------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self.keeper.attach(vault)
        self.refresh()
        reminder = records.check_in_reminder(vault)
        self._show_reminder(reminder)
        draft = self.keeper.restore()
        if draft:
            self._fill(draft)
            self.keeper.mark_clean()
            self.notice.show_info(self.tr("Your unsaved check-in was restored."))

    def refresh(self) -> None:
        if self.vault is None:
            return
        rows = selfcare.check_ins(self.vault)
        rows.reverse()  # the newest first
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.count_label.setText(self.tr("%n check-in(s)", "", len(rows)))

    def clear(self) -> None:
        self.keeper.detach()
        self.vault = None
        self._fill({})
        self.notice.clear()
        self.model.clear()
        self.count_label.clear()
        self.reminder_on.blockSignals(True)
        self.reminder_on.setChecked(False)
        self.reminder_on.blockSignals(False)

    def save_drafts(self) -> None:
        self.keeper.save_now()

    def focus_first(self) -> None:
        self.scales["energy"].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_record(self, check_in_id: int) -> bool:
        self.table.setFocus()
        if select_id(self.table, self.model, check_in_id):
            return True
        self.notice.show_error(self.tr("That check-in is no longer here."))
        return False

    # the form -------------------------------------------------------------

    def _collect(self) -> dict | None:
        payload = {name: scale.value() for name, scale in self.scales.items()}
        payload.update(
            drains=self.drains.text(),
            helps=self.helps.text(),
            wants_supervision=self.supervision.isChecked(),
        )
        said = (
            any(v for k, v in payload.items() if k != "wants_supervision")
            or payload["wants_supervision"]
        )
        return payload if said else None

    def _fill(self, payload: dict) -> None:
        for name, scale in self.scales.items():
            value = payload.get(name)
            scale.set_value(value if isinstance(value, int) else None)
        self.drains.setText(str(payload.get("drains") or ""))
        self.helps.setText(str(payload.get("helps") or ""))
        self.supervision.setChecked(payload.get("wants_supervision") is True)

    def save(self) -> None:
        if self.vault is None:
            return
        values = {name: scale.value() for name, scale in self.scales.items()}
        fields: dict[str, QWidget] = dict(self.scales)
        fields.update(drains=self.drains, helps=self.helps, check_in=self.scales["energy"])
        ok, made = attempt(
            self,
            self.notice,
            lambda: selfcare.add_check_in(
                self.vault,
                drains=self.drains.text(),
                helps=self.helps.text(),
                wants_supervision=self.supervision.isChecked(),
                **values,
            ),
            fields,
        )
        if not ok:
            return
        self.keeper.discard()
        self._fill({})
        self.keeper.mark_clean()
        self.notice.show_info(
            self.tr("Saved at %1. Thank you for checking in.").replace("%1", fmt_time(made.at))
        )
        self.refresh()
        select_id(self.table, self.model, made.id)
        self.focus_first()
        self.saved.emit(made.id)

    def empty_form(self) -> None:
        self._fill({})
        self.keeper.discard()
        self.notice.clear()
        self.focus_first()

    def remove_selected(self) -> None:
        check_in_id = selected_id(self.table)
        if self.vault is None or check_in_id is None:
            return
        row = self.model.row_at(self.model.row_of_id(check_in_id))
        if not dialogs.confirm(
            self,
            self.tr("Remove check-in"),
            self.tr("Remove the check-in from %1 for good?").replace("%1", fmt_datetime(row.at)),
            ok_text=self.tr("Remove"),
        ):
            return
        ok, _ = attempt(
            self,
            self.notice,
            lambda: records.delete_check_in(self.vault, check_in_id=check_in_id),
        )
        self.refresh()
        if ok:
            self.notice.show_info(self.tr("The check-in was removed."))

    # the reminder ---------------------------------------------------------

    def _show_reminder(self, reminder: records.Reminder) -> None:
        for widget in (self.reminder_on, self.reminder_time):
            widget.blockSignals(True)
        self.reminder_on.setChecked(reminder.enabled)
        self.reminder_time.setTime(QTime(reminder.at.hour, reminder.at.minute))
        for widget in (self.reminder_on, self.reminder_time):
            widget.blockSignals(False)
        self.reminder_changed.emit(reminder)

    def _save_reminder(self) -> None:
        if self.vault is None:
            return
        chosen = self.reminder_time.time()
        ok, reminder = attempt(
            self,
            self.notice,
            lambda: records.set_check_in_reminder(
                self.vault,
                enabled=self.reminder_on.isChecked(),
                at=time(chosen.hour(), chosen.minute()),
            ),
        )
        if ok:
            self.reminder_changed.emit(reminder)
