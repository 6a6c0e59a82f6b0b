"""Omsorgssamtaler: people supported and care-conversation notes.

The tab draws and edits only; every read and write is a service call. Left:
the people list and the follow-up queue. Right: the chosen person's page.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import care, care_browse, drafts
from peerdesk.ui import dialogs
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.care import words
from peerdesk.ui.care.form import AREA
from peerdesk.ui.care.panes import FollowUpPane, PeoplePane
from peerdesk.ui.care.person_page import PersonPage
from peerdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

# care.FollowUp.kind → the table its record_id belongs to.
FOLLOW_UP_TABLES = {
    "conversation": "care_conversation",
    "sub_goal": "sub_goal",
    "referral": "referral",
}
# Draft keys name the form after "person:<id>:" (see the forms' draft keys).
DRAFT_FORMS = {
    "conversation": QT_TRANSLATE_NOOP("Care", "a note"),
    "profile": QT_TRANSLATE_NOOP("Care", "wishes and strengths"),
    "addendum": QT_TRANSLATE_NOOP("Care", "an addendum"),
    "goal": QT_TRANSLATE_NOOP("Care", "a goal"),
    "sub_goal": QT_TRANSLATE_NOOP("Care", "a step"),
    "sub_goal_follow_up": QT_TRANSLATE_NOOP("Care", "a follow-up"),
    "referral": QT_TRANSLATE_NOOP("Care", "a referral"),
    "referral_outcome": QT_TRANSLATE_NOOP("Care", "a referral's outcome"),
}
MAX_DRAFT_BUTTONS = 3


def _draft_key_parts(key: str) -> list[str] | None:
    """ "person:<id>:<form>…" split at the colons, or None for another key."""
    parts = key.split(":")
    if len(parts) < 3 or parts[0] != "person" or not parts[1].isdigit():
        return None
    return parts


def _draft_people(found) -> set[int]:
    return {int(parts[1]) for d in found if (parts := _draft_key_parts(d.key)) is not None}


class CareTab(AreaTab):
    """People supported, their goals, their notes; the follow-up queue."""

    area = "care"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self._last_person: int | None = None
        self.people = PeoplePane()
        self.follow_ups = FollowUpPane()
        self.left = QTabWidget()
        self.left.setDocumentMode(True)
        self.left.addTab(self.people, self.tr("Peop&le"))
        self.left.addTab(self.follow_ups, self.tr("Follow-&ups"))
        self.left.currentChanged.connect(self._left_changed)
        self.page = PersonPage()
        split = QSplitter()
        split.addWidget(self.left)
        split.addWidget(self.page)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 640])
        self._build_drafts_bar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Care status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.drafts_bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.people.person_chosen.connect(self._show_person)
        self.people.person_added.connect(self._person_added)
        self.page.changed.connect(self._person_changed)
        self.page.erased.connect(self._person_erased)
        self.page.follow_ups_changed.connect(self._reload_follow_ups)
        self.page.drafts_changed.connect(self._show_drafts)
        self.page.message.connect(self.status.setText)
        self.follow_ups.open_requested.connect(self._open_follow_up)
        self.follow_ups.done_requested.connect(self._follow_up_done)
        self.follow_ups.count_changed.connect(self._follow_up_count)

    def _build_drafts_bar(self) -> None:
        self.drafts_bar = QFrame()
        self.drafts_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.drafts_label = QLabel()
        self.drafts_label.setWordWrap(True)
        self.draft_buttons: list[QPushButton] = []
        row = QHBoxLayout(self.drafts_bar)
        row.addWidget(self.drafts_label, 1)
        for _ in range(MAX_DRAFT_BUTTONS):
            button = QPushButton()
            button.clicked.connect(lambda _=False, b=button: self.open_draft(b.property("key")))
            button.hide()
            row.addWidget(button)
            self.draft_buttons.append(button)
        self.drafts_bar.hide()

    # AreaTab ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Care conversations")

    def load(self, vault) -> None:
        self.vault = vault
        self.page.load(vault, care_browse.settle_after(vault))
        self.people.load(vault)
        self.follow_ups.vault = vault
        if self.left.currentWidget() is self.follow_ups or self.follow_ups.loaded:
            self.follow_ups.reload()
        self._show_drafts()
        # Back to the person shown before a lock or a refresh (re-read: the list
        # was reset, so choosing them again shows their page afresh).
        shown = self.page.person.id if self.page.person is not None else self._last_person
        if shown is not None and not self.people.select_person(shown):
            self.page.show_nobody()

    def clear(self) -> None:
        if self.page.person is not None:
            self._last_person = self.page.person.id
        self.vault = None
        self.page.clear()
        self.people.clear()
        self.follow_ups.clear()
        self.left.setTabText(1, self.tr("Follow-&ups"))
        self.drafts_label.clear()
        for button in self.draft_buttons:
            button.setText("")
            button.setProperty("key", None)
            button.hide()
        self.drafts_bar.hide()
        self.status.clear()

    def save_drafts(self) -> None:
        for form in self.page.open_forms():
            if hasattr(form, "save_draft"):
                form.save_draft()

    def open_record(self, table: str, record_id: int) -> bool:
        if table not in care_browse.CARE_TABLES:
            return False
        if self.vault is None:
            return False
        try:
            person_id = care_browse.person_of(self.vault, table=table, record_id=record_id)
        except VaultError as exc:
            self.status.setText(words.error_words(exc))
            return True
        self.show_person(person_id, select=(table, record_id))
        return True

    def new_record(self) -> bool:
        if self.vault is None:
            return False
        if self.page.person is not None:
            self.page.new_conversation()
        else:
            self.left.setCurrentWidget(self.people)
            self.people.quick_alias.setFocus()
        return True

    # people -------------------------------------------------------------------------

    def show_person(self, person_id: int, *, select: tuple[str, int] | None = None) -> None:
        """Make the person current in the list and show their page."""
        if self.people.current_person() != person_id:
            self.people.select_person(person_id)  # shows the page via person_chosen
        if self.page.person is None or self.page.person.id != person_id:
            self._show_person(person_id)
        if select is not None:
            self.page.select_record(*select)

    def _show_person(self, person_id: int) -> None:
        try:
            self.page.show_person(person_id)
        except VaultError as exc:
            self.page.show_nobody()
            self.status.setText(words.error_words(exc))

    def _person_added(self, person_id: int) -> None:
        self._show_person(person_id)
        self.status.setText(self.tr("Added. Press “New conversation” to write the first note."))

    def _person_changed(self, person_id: int) -> None:
        try:
            self.people.refresh_person(person_id)
        except VaultError as exc:
            log.warning("list row not refreshed: %s", type(exc).__name__)

    def _person_erased(self, person_id: int) -> None:
        self.people.remove_person(person_id)
        self._last_person = None
        self._show_drafts()

    # follow-ups ---------------------------------------------------------------------

    def _left_changed(self, index: int) -> None:
        if self.left.widget(index) is self.follow_ups and not self.follow_ups.loaded:
            self.follow_ups.reload()

    def _reload_follow_ups(self) -> None:
        if self.follow_ups.loaded:
            self.follow_ups.reload()

    def _follow_up_count(self, n: int) -> None:
        self.left.setTabText(1, self.tr("Follow-&ups (%1)").replace("%1", str(n)))

    def _open_follow_up(self, item) -> None:
        self.show_person(item.person_id, select=(FOLLOW_UP_TABLES[item.kind], item.record_id))

    def _follow_up_done(self, item) -> None:
        """Close a follow-up from the queue: a note's at once, a step's or a
        referral's through its small form (a verdict or an outcome is needed)."""
        if item.kind == "conversation":
            try:
                care.mark_follow_up_done(self.vault, item.record_id, on=date.today())
            except VaultError as exc:
                dialogs.info(self, self.tr("Not marked as done"), words.error_words(exc))
                return
            self.follow_ups.remove(item)
            self._person_changed(item.person_id)
            if self.page.person is not None and self.page.person.id == item.person_id:
                self.page.refresh()
            self.status.setText(
                self.tr("Follow-up with %1 marked as done.").replace("%1", item.person_alias)
            )
            return
        self.show_person(item.person_id, select=(FOLLOW_UP_TABLES[item.kind], item.record_id))
        if self.page.person is None:
            return
        if item.kind == "sub_goal":
            sub = self.page.chosen_sub_goal()
            if sub is not None:
                self.page.record_sub_goal_follow_up(sub)
        else:
            referral = self.page.note_view.record
            if isinstance(referral, care.Referral):
                self.page.record_outcome(referral)

    # drafts -------------------------------------------------------------------------

    def _show_drafts(self) -> None:
        """Offer drafts left by a lock or a crash whose form is not open now."""
        if self.vault is None:
            return
        open_keys = {getattr(f, "draft_key", None) for f in self.page.open_forms()}
        try:
            found = [d for d in drafts.list_drafts(self.vault, area=AREA) if d.key not in open_keys]
            # Not from the list's lines: those are read a page at a time.
            aliases = care_browse.aliases_of(self.vault, _draft_people(found))
        except VaultError:
            found, aliases = [], {}
        shown = 0
        for button in self.draft_buttons:
            button.hide()
        for info in found:
            parts = _draft_key_parts(info.key)
            if parts is None:
                continue
            alias = aliases.get(int(parts[1]))
            if alias is None or shown >= MAX_DRAFT_BUTTONS:
                continue
            button = self.draft_buttons[shown]
            what = words.care_tr(DRAFT_FORMS.get(parts[2], DRAFT_FORMS["conversation"]))
            label = self.tr("%1: %2").replace("%1", alias).replace("%2", what)
            button.setText(label.replace("&", "&&"))  # an alias is data, not a shortcut key
            button.setAccessibleName(
                self.tr("Open the unsaved draft of %1 for %2")
                .replace("%1", what)
                .replace("%2", alias)
            )
            button.setProperty("key", info.key)
            button.show()
            shown += 1
        self.drafts_label.setText(
            self.tr("Unsaved text was kept safe in the vault. Open it to finish or discard it:")
        )
        self.drafts_bar.setVisible(shown > 0)

    def open_draft(self, key: str | None) -> None:
        if not key or self.vault is None:
            return
        person_id = int(key.split(":")[1])
        self.show_person(person_id)
        if self.page.person is not None:
            self.page.open_draft(key)
        self._show_drafts()
