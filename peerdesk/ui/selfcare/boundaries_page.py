"""Boundary situations: what happened, which boundary, how I handled it, what I learned."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui import dialogs
from peerdesk.ui.formatting import fmt_date
from peerdesk.ui.selfcare.draft_keeper import DraftKeeper
from peerdesk.ui.selfcare.table_model import (
    Column,
    RecordTableModel,
    make_table,
    select_id,
    selected_id,
)
from peerdesk.ui.selfcare.widgets import NoticeLine, attempt, first_line, muted

COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("SelfCare", "Date"),
        lambda b: fmt_date(b.occurred_on),
        lambda b: b.occurred_on.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("SelfCare", "Boundary"), lambda b: b.boundary),
    Column(QT_TRANSLATE_NOOP("SelfCare", "What happened"), lambda b: first_line(b.what_happened)),
]
TEXT_FIELDS = ("what_happened", "how_handled", "learned")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class BoundariesPage(QWidget):
    """A searchable list beside one form; the form edits the selected situation or a new one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.current_id: int | None = None
        self.keeper = DraftKeeper(records.draft_key("boundary"), self._collect, self)

        self.model = RecordTableModel(COLUMNS, self)
        self.table, self.proxy = make_table(self.model, self.tr("Boundary situations"))
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the list"))
        self.filter.setAccessibleName(self.tr("Filter boundary situations"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = muted()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.occurred_on = QDateEdit()
        self.occurred_on.setCalendarPopup(True)
        self.occurred_on.setAccessibleName(self.tr("Date"))
        self.boundary = QLineEdit()
        self.boundary.setAccessibleName(self.tr("Which boundary"))
        self.boundary.setPlaceholderText(self.tr("e.g. my free time, my own story"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.boundary.setCompleter(self.completer)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, accessible in (
            ("what_happened", self.tr("What happened")),
            ("how_handled", self.tr("How I handled it")),
            ("learned", self.tr("What I learned")),
        ):
            edit = QPlainTextEdit()
            edit.setAccessibleName(accessible)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
            edit.textChanged.connect(self.keeper.touched)
            self.texts[name] = edit
        self.occurred_on.dateChanged.connect(self.keeper.touched)
        self.boundary.textEdited.connect(self.keeper.touched)
        form = QFormLayout()
        for text, widget in (
            (self.tr("D&ate"), self.occurred_on),
            (self.tr("&What happened"), self.texts["what_happened"]),
            (self.tr("Which &boundary"), self.boundary),
            (self.tr("How I handled &it"), self.texts["how_handled"]),
            (self.tr("What I &learned"), self.texts["learned"]),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.form_title = QLabel()
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New si&tuation"))
        self.new_button.clicked.connect(self.new_situation)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.setAccessibleName(self.tr("Remove this boundary situation"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.notice = NoticeLine()
        box = QGroupBox()
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.form_title)
        box_layout.addLayout(form, 1)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.notice)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        self._set_form(None)

    # life -----------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self.keeper.attach(vault)
        self.refresh()
        self._set_form(None)
        self._restore_draft()

    def refresh(self) -> None:
        if self.vault is None:
            return
        rows = selfcare.boundary_situations(self.vault)
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.count_label.setText(self.tr("%n situation(s)", "", len(rows)))
        self.completer.model().setStringList(records.boundaries_named(self.vault))

    def clear(self) -> None:
        self.keeper.detach()
        self.vault = None
        self.model.clear()
        self.filter.clear()
        self.count_label.clear()
        self.completer.model().setStringList([])
        self._set_form(None)
        self.notice.clear()

    def save_drafts(self) -> None:
        self.keeper.save_now()

    def show_record(self, situation_id: int) -> bool:
        self.filter.clear()
        if select_id(self.table, self.model, situation_id):
            return True
        self.notice.show_error(self.tr("That boundary situation is no longer here."))
        return False

    # the form -------------------------------------------------------------

    def _set_form(self, situation) -> None:
        """Show a saved situation (or an empty new one) in the form."""
        self.current_id = None if situation is None else situation.id
        self.keeper.set_key(records.draft_key("boundary", self.current_id))
        day = date.today() if situation is None else situation.occurred_on
        self.occurred_on.setDate(_qdate(day))
        self.boundary.setText("" if situation is None else situation.boundary)
        for name, edit in self.texts.items():
            edit.setPlainText("" if situation is None else getattr(situation, name))
        self.form_title.setText(
            self.tr("A new boundary situation")
            if situation is None
            else self.tr("Boundary situation of %1").replace("%1", fmt_date(situation.occurred_on))
        )
        self.remove_button.setEnabled(situation is not None)
        self.keeper.mark_clean()

    def _restore_draft(self) -> None:
        draft = self.keeper.restore()
        if not draft:
            return
        self._fill(draft)
        self.keeper.mark_clean()
        self.notice.show_info(self.tr("Your unsaved text was restored."))

    def _fill(self, payload: dict) -> None:
        day = payload.get("occurred_on")
        if isinstance(day, str):
            parsed = QDate.fromString(day, Qt.DateFormat.ISODate)
            if parsed.isValid():
                self.occurred_on.setDate(parsed)
        self.boundary.setText(str(payload.get("boundary") or ""))
        for name, edit in self.texts.items():
            edit.setPlainText(str(payload.get(name) or ""))

    def _values(self) -> dict:
        return {
            "occurred_on": self.occurred_on.date().toPython(),
            "boundary": self.boundary.text(),
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
        }

    def _collect(self) -> dict | None:
        values = self._values()
        if not any(values[k].strip() for k in ("boundary", *TEXT_FIELDS)):
            return None
        values["occurred_on"] = values["occurred_on"].isoformat()
        return values

    def _row_chosen(self, *_selection) -> None:
        if self.vault is None:
            return
        record_id = selected_id(self.table)
        if record_id is None or record_id == self.current_id:
            return
        self.keeper.save_now()
        row = self.model.row_of_id(record_id)
        self._set_form(self.model.row_at(row))
        self.notice.clear()
        draft = self.keeper.restore()
        if draft:
            self._fill(draft)
            self.keeper.mark_clean()
            self.notice.show_info(self.tr("Your unsaved changes were restored."))

    def new_situation(self) -> None:
        self.keeper.save_now()
        self.table.clearSelection()
        self._set_form(None)
        self.notice.clear()
        self._restore_draft()
        self.texts["what_happened"].setFocus()

    def save(self) -> None:
        if self.vault is None:
            return
        values = self._values()
        fields = {"occurred_on": self.occurred_on, "boundary": self.boundary, **self.texts}
        if self.current_id is None:
            ok, saved = attempt(
                self,
                self.notice,
                lambda: selfcare.add_boundary_situation(self.vault, **values),
                fields,
            )
        else:
            situation_id = self.current_id
            ok, saved = attempt(
                self,
                self.notice,
                lambda: records.update_boundary_situation(
                    self.vault, situation_id=situation_id, **values
                ),
                fields,
            )
        if not ok:
            return
        self.keeper.discard()
        self.refresh()
        self._set_form(saved)
        select_id(self.table, self.model, saved.id)
        self.notice.show_info(self.tr("Saved."))
        self.changed.emit()

    def remove(self) -> None:
        if self.vault is None or self.current_id is None:
            return
        situation_id = self.current_id
        if not dialogs.confirm(
            self,
            self.tr("Remove boundary situation"),
            self.tr("Remove this boundary situation and what you wrote about it for good?"),
            ok_text=self.tr("Remove"),
        ):
            return
        ok, _ = attempt(
            self,
            self.notice,
            lambda: records.delete_boundary_situation(self.vault, situation_id=situation_id),
        )
        self.refresh()
        if ok:
            self.keeper.mark_clean()
            self._set_form(None)
            self.notice.show_info(self.tr("The boundary situation was removed."))
            self.changed.emit()
