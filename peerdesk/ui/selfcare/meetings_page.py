"""Supervision and the peer network group (every 6 weeks): the next meeting, what
I want to bring, notes afterwards; planning one meeting or a series."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_datetime, fmt_time, fmt_weekday_date, to_qdatetime
from peerdesk.ui.selfcare.draft_keeper import DraftKeeper
from peerdesk.ui.selfcare.table_model import (
    Column,
    RecordTableModel,
    make_table,
    select_id,
    selected_id,
)
from peerdesk.ui.selfcare.widgets import NoticeLine, attempt, first_line, muted
from peerdesk.ui.selfcare.words import MEETING_KINDS, _tr


def _kind(meeting) -> str:
    return _tr(MEETING_KINDS.get(str(meeting.kind.value), str(meeting.kind.value)))


def _held(meeting) -> str:
    if meeting.held:
        return QCoreApplication.translate("SelfCare", "Held")
    if meeting.scheduled_at >= datetime.now():
        return QCoreApplication.translate("SelfCare", "Coming")
    return ""


COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "When"),
        lambda m: fmt_datetime(m.scheduled_at),
        lambda m: m.scheduled_at.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("SelfCare", "Kind"), _kind),
    Column(QT_TRANSLATE_NOOP("SelfCare", "Status"), _held),
    Column(QT_TRANSLATE_NOOP("SelfCare", "What I want to bring"), lambda m: first_line(m.to_bring)),
]


def _when_text(moment: datetime) -> str:
    return f"{fmt_weekday_date(moment.date())} {fmt_time(moment.time())}"


class MeetingsPage(QWidget):
    """Meetings in a list, the selected one's notes beside it, and planning below."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.current = None
        self.keeper = DraftKeeper(records.draft_key("meeting"), self._collect, self)

        self.next_supervision = QLabel()
        self.next_network = QLabel()
        for label in (self.next_supervision, self.next_network):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setWordWrap(True)
        next_box = QHBoxLayout()
        next_box.addWidget(self.next_supervision, 1)
        next_box.addWidget(self.next_network, 1)

        self.model = RecordTableModel(COLUMNS, self)
        self.table, self.proxy = make_table(self.model, self.tr("Meetings"))
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)

        # planning
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of meeting"))
        for key, label in MEETING_KINDS.items():
            self.kind.addItem(_tr(label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time of the meeting"))
        self.series = QSpinBox()
        self.series.setRange(1, selfcare.MAX_SERIES)
        self.series.setAccessibleName(self.tr("Number of meetings, six weeks apart"))
        self.add_button = QPushButton(self.tr("&Add meeting"))
        self.add_button.clicked.connect(self.add_meeting)
        self.plan_notice = NoticeLine()
        plan_form = QFormLayout()
        for text, widget in (
            (self.tr("K&ind"), self.kind),
            (self.tr("Da&te and time"), self.when),
            (self.tr("Number of meetin&gs (6 weeks apart)"), self.series),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            plan_form.addRow(label, widget)
        plan_box = QGroupBox(self.tr("Plan a meeting"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addLayout(plan_form)
        plan_row = QHBoxLayout()
        plan_row.addStretch(1)
        plan_row.addWidget(self.add_button)
        plan_layout.addLayout(plan_row)
        plan_layout.addWidget(self.plan_notice)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(plan_box)

        # the selected meeting
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.to_bring = QPlainTextEdit()
        self.to_bring.setAccessibleName(self.tr("What I want to bring"))
        self.notes_after = QPlainTextEdit()
        self.notes_after.setAccessibleName(self.tr("Notes afterwards"))
        for edit in (self.to_bring, self.notes_after):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self.keeper.touched)
        self.held = QCheckBox(self.tr("It was he&ld"))
        self.held.toggled.connect(self.keeper.touched)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.setAccessibleName(self.tr("Remove this meeting"))
        self.remove_button.clicked.connect(self.remove)
        self.notice = NoticeLine()
        bring_label = QLabel(self.tr("What I want to &bring"))
        bring_label.setBuddy(self.to_bring)
        notes_label = QLabel(self.tr("Notes after&wards"))
        notes_label.setBuddy(self.notes_after)
        buttons = QHBoxLayout()
        buttons.addWidget(self.held)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        self.detail = QGroupBox()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(bring_label)
        detail_layout.addWidget(self.to_bring, 1)
        detail_layout.addWidget(notes_label)
        detail_layout.addWidget(self.notes_after, 1)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.notice)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(next_box)
        layout.addWidget(
            muted(self.tr("Supervision and the network group also show on the Overview."))
        )
        layout.addWidget(splitter, 1)
        self._set_detail(None)
        self._kind_changed()

    # life -----------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self.keeper.attach(vault)
        self.refresh()
        self._set_detail(None)
        self.when.setDateTime(to_qdatetime(self._default_when()))

    def refresh(self) -> None:
        if self.vault is None:
            return
        rows = selfcare.meetings(self.vault)
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        now = datetime.now()
        for label, kind, none_text in (
            (self.next_supervision, "supervision", self.tr("No supervision planned.")),
            (self.next_network, "network_group", self.tr("No network group planned.")),
        ):
            meeting = selfcare.next_meeting(self.vault, kind=kind, now=now)
            if meeting is None:
                label.setText(none_text)
            elif kind == "supervision":
                label.setText(
                    self.tr("Next supervision: %1").replace("%1", _when_text(meeting.scheduled_at))
                )
            else:
                label.setText(
                    self.tr("Next network group: %1").replace(
                        "%1", _when_text(meeting.scheduled_at)
                    )
                )

    def clear(self) -> None:
        self.keeper.detach()
        self.vault = None
        self.model.clear()
        self.next_supervision.clear()
        self.next_network.clear()
        self._set_detail(None)
        self.notice.clear()
        self.plan_notice.clear()

    def save_drafts(self) -> None:
        self.keeper.save_now()

    def show_record(self, meeting_id: int) -> bool:
        if select_id(self.table, self.model, meeting_id):
            self.to_bring.setFocus()
            return True
        self.notice.show_error(self.tr("That meeting is no longer here."))
        return False

    def start_new(self, kind: str) -> None:
        """Ready the planning form for a meeting of `kind` (from the early-warning note)."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.when.setDateTime(to_qdatetime(self._default_when()))
        self.when.setFocus()

    def _default_when(self) -> datetime:
        return datetime.combine(date.today() + timedelta(days=7), time(13, 0))

    # the selected meeting -------------------------------------------------

    def _set_detail(self, meeting) -> None:
        self.current = meeting
        self.keeper.set_key(records.draft_key("meeting", None if meeting is None else meeting.id))
        self.detail.setEnabled(meeting is not None)
        if meeting is None:
            self.title.setText(self.tr("Choose a meeting in the list."))
            self.to_bring.clear()
            self.notes_after.clear()
            self.held.setChecked(False)
        else:
            self.title.setText(
                self.tr("%1, %2")
                .replace("%1", _kind(meeting))
                .replace("%2", _when_text(meeting.scheduled_at))
            )
            self.to_bring.setPlainText(meeting.to_bring)
            self.notes_after.setPlainText(meeting.notes_after)
            self.held.setChecked(meeting.held)
        self.keeper.mark_clean()

    def _row_chosen(self, *_selection) -> None:
        if self.vault is None:
            return
        meeting_id = selected_id(self.table)
        if meeting_id is None or (self.current is not None and self.current.id == meeting_id):
            return
        self.keeper.save_now()
        self._set_detail(self.model.row_at(self.model.row_of_id(meeting_id)))
        self.notice.clear()
        draft = self.keeper.restore()
        if draft:
            self.to_bring.setPlainText(str(draft.get("to_bring") or ""))
            self.notes_after.setPlainText(str(draft.get("notes_after") or ""))
            self.held.setChecked(draft.get("held") is True)
            self.keeper.mark_clean()
            self.notice.show_info(self.tr("Your unsaved notes were restored."))

    def _collect(self) -> dict | None:
        if self.current is None:
            return None
        return {
            "to_bring": self.to_bring.toPlainText(),
            "notes_after": self.notes_after.toPlainText(),
            "held": self.held.isChecked(),
        }

    def save(self) -> None:
        if self.vault is None or self.current is None:
            return
        meeting_id = self.current.id
        ok, meeting = attempt(
            self,
            self.notice,
            lambda: selfcare.update_meeting(
                self.vault,
                meeting_id,
                to_bring=self.to_bring.toPlainText(),
                notes_after=self.notes_after.toPlainText(),
                held=self.held.isChecked(),
            ),
            {"to_bring": self.to_bring, "notes_after": self.notes_after},
        )
        if not ok:
            return
        self.keeper.discard()
        self.refresh()
        self._set_detail(meeting)
        select_id(self.table, self.model, meeting.id)
        self.notice.show_info(self.tr("Saved."))
        self.changed.emit()

    def remove(self) -> None:
        if self.vault is None or self.current is None:
            return
        meeting_id = self.current.id
        if not dialogs.confirm(
            self,
            self.tr("Remove meeting"),
            self.tr("Remove this meeting and its notes for good?"),
            ok_text=self.tr("Remove"),
        ):
            return
        ok, _ = attempt(
            self, self.notice, lambda: records.delete_meeting(self.vault, meeting_id=meeting_id)
        )
        self.keeper.mark_clean()
        self.refresh()
        self._set_detail(None)
        if ok:
            self.notice.show_info(self.tr("The meeting was removed."))
            self.changed.emit()

    # planning -------------------------------------------------------------

    def _kind_changed(self) -> None:
        series = self.kind.currentData() == "network_group"
        self.series.setEnabled(series)
        if not series:
            self.series.setValue(1)

    def add_meeting(self) -> None:
        if self.vault is None:
            return
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        kind = self.kind.currentData()
        count = self.series.value()
        fields = {"scheduled_at": self.when, "first_at": self.when, "count": self.series}
        if kind == "network_group" and count > 1:
            ok, made = attempt(
                self,
                self.plan_notice,
                lambda: selfcare.plan_network_group_series(self.vault, first_at=when, count=count),
                fields,
            )
            first = made[0] if ok else None
        else:
            ok, first = attempt(
                self,
                self.plan_notice,
                lambda: selfcare.add_meeting(self.vault, kind=kind, scheduled_at=when),
                fields,
            )
        if not ok:
            return
        self.refresh()
        select_id(self.table, self.model, first.id)
        if kind == "network_group" and count > 1:
            text = self.tr("%n network group meeting(s) planned, six weeks apart.", "", count)
        else:
            text = self.tr("Planned for %1.").replace("%1", _when_text(when))
        self.plan_notice.show_info(text)
        self.to_bring.setFocus()
        self.changed.emit()
