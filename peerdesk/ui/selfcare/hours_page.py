"""Hours: each week's hours from logged activities plus hand-entered ones, against
the contract; days since a day off; a calm word when a week runs over."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import hours, selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_date, fmt_hours
from peerdesk.ui.selfcare.hours_tables import ENTRY_COLUMNS, WEEK_COLUMNS, WeekRow
from peerdesk.ui.selfcare.table_model import (
    RecordTableModel,
    make_table,
    select_id,
    selected_id,
)
from peerdesk.ui.selfcare.widgets import NoticeLine, attempt, heading, muted
from peerdesk.ui.selfcare.words import HOUR_SOURCES, _tr

RECENT_WEEKS = 12
LONG_RUN_DAYS = 6  # days in a row after which a day off is gently suggested


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class HoursPage(QWidget):
    """One week at a time, with the contract above and the recent weeks beside it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.week_start = monday_of(date.today())

        # the contract
        self.contract_text = QLabel()
        self.contract_text.setWordWrap(True)
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setAccessibleName(self.tr("Contract from"))
        self.weekly_hours = QDoubleSpinBox()
        self.weekly_hours.setRange(1, 60)
        self.weekly_hours.setDecimals(1)
        self.weekly_hours.setSingleStep(0.5)
        self.weekly_hours.setSuffix(self.tr(" h/week"))
        self.weekly_hours.setAccessibleName(self.tr("Contract hours a week"))
        self.flex_job = QCheckBox(self.tr("Flex &job"))
        self.contract_button = QPushButton(self.tr("Save &contract"))
        self.contract_button.clicked.connect(self.save_contract)
        self.contract_notice = NoticeLine()
        contract_box = QGroupBox(self.tr("My contract"))
        grid = QGridLayout(contract_box)
        grid.addWidget(self.contract_text, 0, 0, 1, 5)
        from_label = QLabel(self.tr("Fro&m"))
        from_label.setBuddy(self.valid_from)
        hours_label = QLabel(self.tr("Hours a &week"))
        hours_label.setBuddy(self.weekly_hours)
        grid.addWidget(from_label, 1, 0)
        grid.addWidget(self.valid_from, 1, 1)
        grid.addWidget(hours_label, 1, 2)
        grid.addWidget(self.weekly_hours, 1, 3)
        grid.addWidget(self.flex_job, 2, 1)
        grid.addWidget(self.contract_button, 2, 3)
        grid.addWidget(self.contract_notice, 3, 0, 1, 5)
        grid.setColumnStretch(4, 1)

        # the week
        self.week_label = heading("", 1.1)
        self.previous_button = QPushButton(self.tr("◀ Previou&s week"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.week_start - timedelta(7)))
        self.next_button = QPushButton(self.tr("Ne&xt week ▶"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.show_week(self.week_start + timedelta(7)))
        self.this_week_button = QPushButton(self.tr("&This week"))
        self.this_week_button.clicked.connect(lambda: self.show_week(monday_of(date.today())))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        self.source_labels: dict[str, QLabel] = {}
        sources = QGridLayout()
        for row, name in enumerate((*hours.SOURCES, "total")):
            text = self.tr("Total") if name == "total" else _tr(HOUR_SOURCES[name])
            label = QLabel(text)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(text)
            if name == "total":
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                value.setFont(font)
            sources.addWidget(label, row, 0)
            sources.addWidget(value, row, 1)
            self.source_labels[name] = value
        sources.setColumnStretch(2, 1)
        self.week_notice = NoticeLine()
        self.day_off_notice = NoticeLine()
        week_box = QGroupBox(self.tr("The week"))
        week_layout = QVBoxLayout(week_box)
        week_layout.addWidget(self.week_label)
        week_layout.addLayout(nav)
        week_layout.addLayout(sources)
        week_layout.addWidget(self.week_notice)
        week_layout.addWidget(self.day_off_notice)
        week_layout.addWidget(
            muted(
                self.tr(
                    "Counted from your conversations, café sessions, sparring, host training "
                    "and teaching, plus the hours you enter by hand."
                )
            )
        )

        # hand-entered hours
        self.entry_model = RecordTableModel(ENTRY_COLUMNS, self)
        self.entries, _ = make_table(self.entry_model, self.tr("Hours entered by hand"))
        self.entries.setMinimumHeight(120)
        self.entry_date = QDateEdit()
        self.entry_date.setCalendarPopup(True)
        self.entry_date.setAccessibleName(self.tr("Date of the hours"))
        self.entry_hours = QDoubleSpinBox()
        self.entry_hours.setRange(0.25, 24)
        self.entry_hours.setDecimals(2)
        self.entry_hours.setSingleStep(0.25)
        self.entry_hours.setValue(1)
        self.entry_hours.setSuffix(self.tr(" h"))
        self.entry_hours.setAccessibleName(self.tr("Hours"))
        self.entry_activity = QLineEdit()
        self.entry_activity.setPlaceholderText(self.tr("Activity"))
        self.entry_activity.setToolTip(self.tr("For example admin, travel or a meeting"))
        self.entry_activity.setAccessibleName(self.tr("Activity"))
        self.entry_note = QLineEdit()
        self.entry_note.setPlaceholderText(self.tr("Note (optional)"))
        self.entry_note.setAccessibleName(self.tr("Note"))
        self.entry_note.returnPressed.connect(self.add_entry)
        self.entry_activity.returnPressed.connect(self.add_entry)
        self.add_entry_button = QPushButton(self.tr("&Add hours"))
        self.add_entry_button.clicked.connect(self.add_entry)
        self.remove_entry_button = QPushButton(self.tr("Remove selected…"))
        self.remove_entry_button.setAccessibleName(self.tr("Remove the selected hours"))
        self.remove_entry_button.clicked.connect(self.remove_entry)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.entries)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_entry)
        self.entry_notice = NoticeLine()
        entry_row = QGridLayout()
        entry_row.addWidget(self.entry_date, 0, 0)
        entry_row.addWidget(self.entry_hours, 0, 1)
        entry_row.addWidget(self.entry_activity, 0, 2)
        entry_row.addWidget(self.entry_note, 1, 0, 1, 3)
        entry_row.addWidget(self.add_entry_button, 1, 3)
        entry_row.setColumnStretch(2, 1)
        entries_box = QGroupBox(self.tr("Hours entered by hand this week"))
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.addWidget(self.entries, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_entry_button)
        entries_layout.addLayout(remove_row)
        entries_layout.addLayout(entry_row)
        entries_layout.addWidget(self.entry_notice)

        # recent weeks
        self.week_model = RecordTableModel(WEEK_COLUMNS, self)
        self.weeks, _ = make_table(self.week_model, self.tr("Recent weeks"))
        self.weeks.setMinimumHeight(160)
        self.weeks.doubleClicked.connect(self._week_chosen)
        self.weeks.activated.connect(self._week_chosen)
        recent_box = QGroupBox(self.tr("Recent weeks"))
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.weeks)

        left = QVBoxLayout()
        left.addWidget(contract_box)
        left.addWidget(week_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(entries_box, 1)
        right.addWidget(recent_box, 1)
        inner = QWidget()
        columns = QHBoxLayout(inner)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # life -----------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self.week_start = monday_of(date.today())
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None:
            return
        self._show_contract()
        self.show_week(self.week_start)
        self._show_recent_weeks()
        self._show_day_off()

    def clear(self) -> None:
        self.vault = None
        self.contract_text.clear()
        self.week_label.clear()
        for label in self.source_labels.values():
            label.clear()
        for notice in (
            self.week_notice,
            self.day_off_notice,
            self.entry_notice,
            self.contract_notice,
        ):
            notice.clear()
        self.entry_model.clear()
        self.week_model.clear()
        self.entry_activity.clear()
        self.entry_note.clear()
        self.flex_job.setChecked(False)

    def save_drafts(self) -> None:
        """The hours form holds one line at most; nothing worth a draft."""

    def show_record(self, entry_id: int) -> bool:
        if self.vault is None:
            return False
        ok, entry = attempt(
            self,
            self.entry_notice,
            lambda: records.get_record(self.vault, table="work_entry", record_id=entry_id),
        )
        if not ok:
            return False
        self.show_week(monday_of(entry.on_date))
        self.entries.setFocus()
        return select_id(self.entries, self.entry_model, entry_id)

    # parts ----------------------------------------------------------------

    def _show_contract(self) -> None:
        today = date.today()
        contract = selfcare.contract_on(self.vault, today)
        if contract is None:
            self.contract_text.setText(
                self.tr("No contract yet. Enter your weekly hours to compare each week with them.")
            )
            self.weekly_hours.setValue(37)
            self.flex_job.setChecked(False)
            self.valid_from.setDate(_qdate(today))
            return
        text = (
            self.tr("%1 hours a week (flex job) since %2.")
            if contract.flex_job
            else self.tr("%1 hours a week since %2.")
        )
        self.contract_text.setText(
            text.replace("%1", fmt_hours(round(contract.weekly_hours * 60))).replace(
                "%2", fmt_date(contract.valid_from)
            )
        )
        self.weekly_hours.setValue(contract.weekly_hours)
        self.flex_job.setChecked(contract.flex_job)
        self.valid_from.setDate(_qdate(today))

    def show_week(self, monday: date) -> None:
        if self.vault is None:
            return
        self.week_start = monday
        sunday = monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week %1: %2 – %3")
            .replace("%1", str(monday.isocalendar().week))
            .replace("%2", fmt_date(monday))
            .replace("%3", fmt_date(sunday))
        )
        week = selfcare.week_hours(self.vault, week_start=monday)
        for name, minutes in week.by_source.items():
            self.source_labels[name].setText(fmt_hours(minutes))
        self.source_labels["total"].setText(fmt_hours(week.total_minutes))
        self._show_week_words(week)
        self.entry_model.set_rows(selfcare.work_entries(self.vault, since=monday, until=sunday))
        today = date.today()
        self.entry_date.setDate(_qdate(today if monday <= today <= sunday else monday))

    def _show_week_words(self, week: hours.WeekHours) -> None:
        total = fmt_hours(week.total_minutes)
        if week.contract_minutes is None:
            self.week_notice.show_info(
                self.tr("%1 hours. Set your contract to compare.").replace("%1", total)
            )
        elif week.over_by_minutes:
            self.week_notice.show_error(
                self.tr(
                    "This week runs %1 hours over your contract (%2 of %3 hours). "
                    "Be kind to yourself: perhaps a shorter day soon, or a word with "
                    "your manager if it keeps happening."
                )
                .replace("%1", fmt_hours(week.over_by_minutes))
                .replace("%2", total)
                .replace("%3", fmt_hours(week.contract_minutes))
            )
        else:
            self.week_notice.show_info(
                self.tr("%1 of %2 hours: within your contract.")
                .replace("%1", total)
                .replace("%2", fmt_hours(week.contract_minutes))
            )

    def _show_day_off(self) -> None:
        days = selfcare.days_since_day_off(self.vault, today=date.today())
        if days is None:
            self.day_off_notice.show_info(self.tr("No work logged yet."))
        elif days == 0:
            self.day_off_notice.show_info(self.tr("Today is a day off so far."))
        elif days >= LONG_RUN_DAYS:
            self.day_off_notice.show_error(
                self.tr(
                    "You have worked %n day(s) in a row, today included. A day off soon "
                    "would do you good.",
                    "",
                    days,
                )
            )
        else:
            self.day_off_notice.show_info(
                self.tr("%n day(s) in a row with work, today included.", "", days)
            )

    def _show_recent_weeks(self) -> None:
        this_monday = monday_of(date.today())
        rows = []
        for n in range(RECENT_WEEKS):
            monday = this_monday - timedelta(weeks=n)
            rows.append(
                WeekRow(monday.toordinal(), selfcare.week_hours(self.vault, week_start=monday))
            )
        self.week_model.set_rows(rows)

    def _week_chosen(self, index) -> None:
        if index.isValid():
            self.show_week(date.fromordinal(selected_id(self.weeks) or self.week_start.toordinal()))

    # changes --------------------------------------------------------------

    def save_contract(self) -> None:
        if self.vault is None:
            return
        ok, _ = attempt(
            self,
            self.contract_notice,
            lambda: selfcare.set_contract(
                self.vault,
                valid_from=self.valid_from.date().toPython(),
                weekly_hours=self.weekly_hours.value(),
                flex_job=self.flex_job.isChecked(),
            ),
            {"valid_from": self.valid_from, "weekly_hours": self.weekly_hours},
        )
        if ok:
            self.refresh()
            self.contract_notice.show_info(self.tr("Contract saved."))
            self.changed.emit()

    def add_entry(self) -> None:
        if self.vault is None:
            return
        on = self.entry_date.date().toPython()
        ok, entry = attempt(
            self,
            self.entry_notice,
            lambda: selfcare.add_work_entry(
                self.vault,
                on_date=on,
                minutes=round(self.entry_hours.value() * 60),
                activity=self.entry_activity.text(),
                note=self.entry_note.text(),
            ),
            {
                "on_date": self.entry_date,
                "minutes": self.entry_hours,
                "activity": self.entry_activity,
                "note": self.entry_note,
            },
        )
        if not ok:
            return
        self.entry_activity.clear()
        self.entry_note.clear()
        self.week_start = monday_of(on)
        self.refresh()
        select_id(self.entries, self.entry_model, entry.id)
        self.entry_notice.show_info(self.tr("Hours added."))
        self.changed.emit()

    def remove_entry(self) -> None:
        entry_id = selected_id(self.entries)
        if self.vault is None or entry_id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Remove hours"),
            self.tr("Remove these hours entered by hand?"),
            ok_text=self.tr("Remove"),
        ):
            return
        ok, _ = attempt(
            self,
            self.entry_notice,
            lambda: records.delete_work_entry(self.vault, entry_id=entry_id),
        )
        self.refresh()
        if ok:
            self.entry_notice.show_info(self.tr("The hours were removed."))
            self.changed.emit()
