"""A person's page: who they are in their own words, their goals with sub-goals
and follow-up status, and a timeline of conversations and referrals."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import care
from peerdesk.ui.care import words
from peerdesk.ui.care.models import OVERDUE_MARK
from peerdesk.ui.care.note_view import NoteView
from peerdesk.ui.care.person_actions import PersonActions
from peerdesk.ui.formatting import fmt_date, fmt_datetime

TARGET = Qt.ItemDataRole.UserRole
ORDER = Qt.ItemDataRole.UserRole + 1  # a timeline item's care.timeline_key
# A timeline entry's kind → the table its record_id belongs to.
ENTRY_TABLES = {
    "conversation": "care_conversation",
    "referral": "referral",
    "sub_goal_follow_up": "sub_goal",
}


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    return tree


class PersonPage(PersonActions, QWidget):
    """Shows one person; every change goes through a form or a service call."""

    changed = Signal(int)  # the person's line in the list should be re-read
    erased = Signal(int)
    follow_ups_changed = Signal()
    message = Signal(str)  # a short line for the tab's status
    drafts_changed = Signal()  # a form closed: its draft was saved away or discarded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.person = None
        self.settle_after = care.SETTLE_AFTER
        self.forms: list[QWidget] = []
        self._conversations: dict[int, object] = {}
        self._referrals: dict[int, object] = {}
        self._sub_goals: dict[int, tuple[object, object]] = {}
        self.empty = QLabel(self.tr("Choose a person on the left, or add someone by alias."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        content = QWidget()
        self._build_header()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_timeline(), self.tr("&Timeline"))
        self.tabs.addTab(self._build_goals(), self.tr("&Goals"))
        self.tabs.addTab(self._build_about(), self.tr("Wi&shes and strengths"))
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # building -----------------------------------------------------------------

    def _build_header(self) -> None:
        self.header = QWidget()
        self.alias_label = QLabel()
        font = self.alias_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.alias_label.setFont(font)
        self.alias_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New conversation"))
        self.new_button.setToolTip(self.tr("Write a note of a conversation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_conversation)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("&More"))
        self.more_button.setAccessibleName(self.tr("More about this person"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        menu.addAction(self.tr("New &referral…"), self.new_referral)
        menu.addAction(self.tr("&Edit wishes, strengths and consent…"), self.edit_profile)
        menu.addSeparator()
        menu.addAction(self.tr("&Text for the case system…"), self.case_text)
        menu.addAction(self.tr("Right-of-access &PDF…"), self.access_pdf)
        menu.addSeparator()
        menu.addAction(self.tr("E&rase this person…"), self.erase)
        self.more_button.setMenu(menu)
        self.more_menu = menu
        titles = QVBoxLayout()
        titles.addWidget(self.alias_label)
        titles.addWidget(self.facts_label)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(0, 0, 0, 6)
        row.addLayout(titles, 1)
        row.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)

    def _build_timeline(self) -> QWidget:
        self.timeline = _tree(
            [words.care_tr("When"), words.care_tr("Kind"), words.care_tr("About")],
            self.tr("Timeline"),
        )
        self.timeline.currentItemChanged.connect(self._entry_chosen)
        self.timeline.header().resizeSection(0, 130)
        self.timeline.header().resizeSection(1, 130)
        self.note_view = NoteView()
        self.note_view.correct_requested.connect(self.correct_conversation)
        self.note_view.addendum_requested.connect(self.add_addendum)
        self.note_view.read_back_requested.connect(self.read_back)
        self.note_view.follow_up_done_requested.connect(self.follow_up_done)
        self.note_view.outcome_requested.connect(self.record_outcome)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.timeline)
        split.addWidget(self.note_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        return split

    def _build_goals(self) -> QWidget:
        page = QWidget()
        self.goals = _tree(
            [words.care_tr("Goal or step"), words.care_tr("Status"), words.care_tr("Dates")],
            self.tr("Goals and steps"),
        )
        self.goals.setRootIsDecorated(True)
        self.goals.header().setStretchLastSection(False)
        self.goals.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.goals.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.goals.currentItemChanged.connect(self._update_goal_buttons)
        self.goals.itemActivated.connect(lambda *_: self.change_goal_or_step())
        self.goals_empty = QLabel(
            self.tr("No goals yet. Goals are the person's own, in their own words.")
        )
        self.goals_empty.setWordWrap(True)
        self.goals_empty.setEnabled(False)
        self.add_goal_button = QPushButton(self.tr("Add g&oal…"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_step_button = QPushButton(self.tr("Add a ste&p…"))
        self.add_step_button.clicked.connect(self.add_sub_goal)
        self.change_button = QPushButton(self.tr("&Change…"))
        self.change_button.clicked.connect(self.change_goal_or_step)
        self.follow_up_button = QPushButton(self.tr("&Record follow-up…"))
        self.follow_up_button.clicked.connect(self.record_sub_goal_follow_up)
        buttons = QHBoxLayout()
        for button in (
            self.add_goal_button,
            self.add_step_button,
            self.change_button,
            self.follow_up_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.goals, 1)
        layout.addWidget(self.goals_empty)
        layout.addLayout(buttons)
        return page

    def _build_about(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.about_labels: dict[str, QLabel] = {}
        for key, title in (
            ("wishes", words.care_tr("Wishes")),
            ("hopes", words.care_tr("Hopes")),
            ("dreams", words.care_tr("Dreams")),
            ("strengths", words.care_tr("Strengths")),
            ("consent", words.care_tr("Consent")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            caption = QLabel(title)
            bold = QFont(caption.font())
            bold.setBold(True)
            caption.setFont(bold)
            form.addRow(caption, label)
            self.about_labels[key] = label
        edit = QPushButton(self.tr("&Change…"))
        edit.clicked.connect(self.edit_profile)
        form.addRow(edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # showing ------------------------------------------------------------------

    def load(self, vault, settle_after: timedelta) -> None:
        self.vault = vault
        self.settle_after = settle_after

    def show_person(self, person_id: int, *, select: tuple[str, int] | None = None) -> None:
        """Read the person and their timeline (raises NotFound if erased)."""
        person = care.get_person(self.vault, person_id)
        timeline = care.person_timeline(self.vault, person_id)
        same = self.person is not None and self.person.id == person_id
        if select is None and same:
            select = self._current_target()
        self.person = person
        self._conversations = {c.id: c for c in person.conversations}
        self._referrals = {r.id: r for r in person.referrals}
        self._sub_goals = {s.id: (s, g) for g in person.goals for s in g.sub_goals}
        self._show_header(person)
        self._show_about(person)
        self._show_goals(person)
        self._show_timeline(timeline)
        self.stack.setCurrentIndex(1)
        if select is not None:
            self.select_record(*select)
        elif not same:
            self.tabs.setCurrentIndex(0)

    def _show_header(self, person) -> None:
        self.alias_label.setText(person.alias)
        facts = [words.word(words.PERSON_STATUS, person.status)]
        if person.first_met:
            facts.append(self.tr("first met %1").replace("%1", fmt_date(person.first_met)))
        if person.consent_noted:
            consent = self.tr("✓ consent noted")
            if person.consent_on:
                consent += " " + fmt_date(person.consent_on)
        else:
            consent = self.tr("⚠ consent not noted")
        facts.append(consent)
        self.facts_label.setText(" · ".join(facts))

    def _show_about(self, person) -> None:
        none = self.tr("Not written yet.")
        for key in ("wishes", "hopes", "dreams", "strengths"):
            self.about_labels[key].setText(getattr(person, key).strip() or none)
        if person.consent_noted:
            consent = self.tr("Noted")
            if person.consent_on:
                consent += " " + fmt_date(person.consent_on)
            if person.consent_note.strip():
                consent += "\n" + person.consent_note.strip()
        else:
            consent = self.tr("Not noted yet.")
        self.about_labels["consent"].setText(consent)

    def _show_goals(self, person) -> None:
        today = date.today()
        self.goals.clear()
        for goal in person.goals:
            set_on = self.tr("set %1").replace("%1", fmt_date(goal.set_on)) if goal.set_on else ""
            item = QTreeWidgetItem(
                [goal.title, words.word(words.FOLLOW_UP_STATUS, goal.status), set_on]
            )
            bold = QFont(item.font(0))
            bold.setBold(True)
            item.setFont(0, bold)
            item.setData(0, TARGET, ("goal", goal.id))
            item.setToolTip(0, goal.own_words)
            for sub in goal.sub_goals:
                child = QTreeWidgetItem(
                    [
                        sub.title,
                        words.word(words.FOLLOW_UP_STATUS, sub.status),
                        self._sub_goal_follow_up(sub, today),
                    ]
                )
                child.setData(0, TARGET, ("sub_goal", sub.id))
                child.setToolTip(0, sub.note)
                item.addChild(child)
            self.goals.addTopLevelItem(item)
        self.goals.expandAll()
        self.goals_empty.setVisible(not person.goals)
        self._update_goal_buttons()

    def _sub_goal_follow_up(self, sub, today: date) -> str:
        open_ = (
            sub.status != care.FollowUpStatus.END
            and sub.follow_up_on is not None
            and (sub.followed_up_on is None or sub.followed_up_on < sub.follow_up_on)
        )
        if open_ and sub.follow_up_on < today:
            return OVERDUE_MARK + self.tr("%1, overdue").replace("%1", fmt_date(sub.follow_up_on))
        if open_:
            return fmt_date(sub.follow_up_on)
        if sub.followed_up_on:
            return self.tr("done %1").replace("%1", fmt_date(sub.followed_up_on))
        return ""

    def show_note(self, conv) -> None:
        """Put a saved note of the person shown (new, corrected, with a new
        addendum or its follow-up done; with its addenda) in its place on the
        timeline and show it.

        Only that note changes on the page, instead of the person's whole
        history being read again: saving stays as quick for someone with years
        of notes as for someone new.
        """
        self._conversations[conv.id] = conv
        old = self._find(self.timeline, ("care_conversation", conv.id))
        if old is not None:
            self.timeline.takeTopLevelItem(self.timeline.indexOfTopLevelItem(old))
        item = self._timeline_item(care.conversation_entry(conv))
        key = item.data(0, ORDER)
        count = self.timeline.topLevelItemCount()
        at = next(
            (i for i in range(count) if self.timeline.topLevelItem(i).data(0, ORDER) < key),
            count,
        )
        self.timeline.insertTopLevelItem(at, item)
        self.tabs.setCurrentIndex(0)
        self.timeline.setCurrentItem(item)
        self.timeline.scrollToItem(item)

    def _show_timeline(self, timeline) -> None:
        self.timeline.clear()
        self.timeline.addTopLevelItems([self._timeline_item(entry) for entry in timeline])
        if self.timeline.topLevelItemCount():
            self.timeline.setCurrentItem(self.timeline.topLevelItem(0))
        else:
            self.note_view.clear(
                self.tr(
                    "No conversations or referrals yet. Press “New conversation” to write "
                    "the first note."
                )
            )

    def _timeline_item(self, entry) -> QTreeWidgetItem:
        when = fmt_datetime(entry.at) if entry.at else fmt_date(entry.on)
        if entry.kind == "conversation":
            kind = words.word(words.CONVERSATION_KIND, entry.detail)
            conv = self._conversations.get(entry.record_id)
            about = entry.title
            if conv is not None and conv.addenda:
                about += "  " + self.tr("(+%n addendum(s))", "", len(conv.addenda))
        elif entry.kind == "referral":
            kind = self.tr("Referral: %1").replace(
                "%1", words.word(words.REFERRAL_KIND, entry.detail)
            )
            about = entry.title
        else:
            kind = self.tr("Step followed up")
            about = f"{entry.title} — {words.word(words.FOLLOW_UP_STATUS, entry.detail)}"
        item = QTreeWidgetItem([when, kind, about])
        item.setData(0, TARGET, (ENTRY_TABLES[entry.kind], entry.record_id))
        item.setData(0, ORDER, care.timeline_key(entry))
        return item

    def _current_target(self) -> tuple[str, int] | None:
        if self.tabs.currentIndex() == 1 and self.goals.currentItem() is not None:
            return self.goals.currentItem().data(0, TARGET)
        if self.tabs.currentIndex() == 0 and self.timeline.currentItem() is not None:
            return self.timeline.currentItem().data(0, TARGET)
        return None

    def select_record(self, table: str, record_id: int) -> None:
        """Show a record of this person: a note (or its addendum) or referral in
        the timeline, a goal or step among the goals."""
        if table == "conversation_addendum":
            for conv in self._conversations.values():
                if any(a.id == record_id for a in conv.addenda):
                    table, record_id = "care_conversation", conv.id
                    break
        if table in ("goal", "sub_goal"):
            self.tabs.setCurrentIndex(1)
            found = self._find(self.goals, (table, record_id))
            if found is not None:
                self.goals.setCurrentItem(found)
            return
        if table in ("care_conversation", "referral"):
            self.tabs.setCurrentIndex(0)
            found = self._find(self.timeline, (table, record_id))
            if found is not None:
                self.timeline.setCurrentItem(found)
                self.timeline.scrollToItem(found)

    @staticmethod
    def _find(tree: QTreeWidget, target: tuple[str, int]) -> QTreeWidgetItem | None:
        pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            if tuple(item.data(0, TARGET) or ()) == target:
                return item
            pending.extend(item.child(i) for i in range(item.childCount()))
        return None

    def _entry_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.note_view.clear()
            return
        table, record_id = item.data(0, TARGET)
        if table == "care_conversation":
            conv = self._conversations[record_id]
            settled = care.is_settled(conv, settle_after=self.settle_after)
            self.note_view.show_conversation(conv, settled=settled, settle_after=self.settle_after)
        elif table == "referral":
            self.note_view.show_referral(self._referrals[record_id])
        else:
            sub, goal = self._sub_goals[record_id]
            self.note_view.show_sub_goal(sub, goal)

    def _update_goal_buttons(self, *_args) -> None:
        item = self.goals.currentItem()
        target = item.data(0, TARGET) if item is not None else None
        self.add_step_button.setEnabled(target is not None)
        self.change_button.setEnabled(target is not None)
        self.follow_up_button.setEnabled(target is not None and target[0] == "sub_goal")

    def chosen_goal(self):
        """The goal chosen in the goals tree (or the goal of the chosen step)."""
        item = self.goals.currentItem()
        if item is None:
            return None
        table, record_id = item.data(0, TARGET)
        if table == "sub_goal":
            return self._sub_goals[record_id][1]
        return next((g for g in self.person.goals if g.id == record_id), None)

    def chosen_sub_goal(self):
        item = self.goals.currentItem()
        if item is None or item.data(0, TARGET)[0] != "sub_goal":
            return None
        return self._sub_goals[item.data(0, TARGET)[1]][0]

    # clearing -----------------------------------------------------------------

    def clear(self) -> None:
        """Close every form (drafts stay in the vault) and empty every widget."""
        for form in list(self.forms):
            form.abandon()
        self.forms.clear()
        self.vault = None
        self.person = None
        self.alias_label.clear()
        self.facts_label.clear()
        for label in self.about_labels.values():
            label.clear()
        # Emptying a tree makes the next item current on the way: the records
        # behind the items are forgotten only once the trees are empty.
        self.goals.clear()
        self.timeline.clear()
        self._conversations, self._referrals, self._sub_goals = {}, {}, {}
        self.note_view.clear()
        self.stack.setCurrentIndex(0)

    def show_nobody(self) -> None:
        self.person = None
        self.alias_label.clear()
        self.timeline.clear()
        self.goals.clear()
        self.note_view.clear()
        for label in self.about_labels.values():
            label.clear()
        self.stack.setCurrentIndex(0)
