"""What can be done from a person's page: the forms it opens, quick bookkeeping,
sharing and erasure. Mixed into PersonPage; every change is one service call.

Strings here use the "Care" context (care_tr): a mixin has no class of its own
for Qt's translation lookup.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from peerdesk.services import care
from peerdesk.services.errors import ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.care import words
from peerdesk.ui.care.conversation_dialog import ConversationDialog
from peerdesk.ui.care.goal_dialogs import GoalDialog, SubGoalDialog, SubGoalFollowUpDialog
from peerdesk.ui.care.profile_dialog import ProfileDialog
from peerdesk.ui.care.read_back import ReadBackDialog
from peerdesk.ui.care.record_dialogs import AddendumDialog, OutcomeDialog, ReferralDialog
from peerdesk.ui.care.sharing import CaseTextDialog, write_access_pdf
from peerdesk.ui.care.words import care_tr as _tr
from peerdesk.vault.errors import VaultError

log = logging.getLogger(__name__)


class PersonActions:
    """Actions of PersonPage (which provides vault, person, forms and the signals)."""

    # forms ----------------------------------------------------------------------

    def open_form(self, form: QWidget, *, offer_draft: bool = True) -> QWidget:
        """Show a form beside the page; it is closed (draft kept) when the vault locks."""
        self.forms.append(form)
        form.destroyed.connect(lambda *_: self._forget(form))
        form.finished.connect(lambda *_: self._forget(form))
        form.finished.connect(self._form_closed)
        if hasattr(form, "saved"):
            form.saved.connect(lambda result, pid=form.person_id: self._after_save(result, pid))
        if offer_draft and hasattr(form, "offer_draft"):
            form.offer_draft()
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _form_closed(self, result: int) -> None:
        # A form closed without saving may leave its draft behind, to offer
        # again; a saved one has discarded its own and changed no other.
        if result != QDialog.DialogCode.Accepted:
            self.drafts_changed.emit()

    def _forget(self, form: QWidget) -> None:
        if form in self.forms:
            self.forms.remove(form)

    def open_forms(self) -> list[QWidget]:
        return list(self.forms)

    def _existing(self, kind: type, key: str | None = None):
        for form in self.forms:
            if isinstance(form, kind) and (key is None or getattr(form, "draft_key", None) == key):
                return form
        return None

    def _raise(self, form) -> bool:
        if form is None:
            return False
        form.show()
        form.raise_()
        form.activateWindow()
        return True

    def _after_save(self, result, person_id: int) -> None:
        """After a change to `person_id`: re-read their list line, and their page
        if it is the one shown (a form may outlive a switch to someone else).
        A note is put in place on its own; other changes re-read the page."""
        shown = self.person is not None and self.person.id == person_id
        if shown and isinstance(result, care.CareConversation):
            self.show_note(result)  # as saved, with its addenda: the service's answer
        elif shown and isinstance(result, care.ConversationAddendum):
            self._put_note(result.conversation_id)
        elif shown:
            self.refresh(select=self._target_of(result))
        self.changed.emit(person_id)
        self.follow_ups_changed.emit()

    def _put_note(self, conversation_id: int) -> None:
        """Read one note again (it has a new addendum) and put it in place."""
        try:
            self.show_note(care.get_conversation(self.vault, conversation_id))
        except VaultError as exc:  # erased meanwhile, say: the whole page says so
            log.info("note not put in place: %s", type(exc).__name__)
            self.refresh(select=("care_conversation", conversation_id))

    @staticmethod
    def _target_of(result) -> tuple[str, int] | None:
        select = None
        if isinstance(result, care.Referral):
            select = ("referral", result.id)
        elif isinstance(result, care.Goal):
            select = ("goal", result.id)
        elif isinstance(result, care.SubGoal):
            select = ("sub_goal", result.id)
        return select

    def refresh(self, *, select: tuple[str, int] | None = None) -> None:
        """Re-read the person shown (after a change); an erased person empties the page."""
        if self.person is None or self.vault is None:
            return
        try:
            self.show_person(self.person.id, select=select)
        except VaultError as exc:
            self.show_nobody()
            self.message.emit(words.error_words(exc))

    def _failed(self, exc: BaseException) -> None:
        # A refused value gets the care tab's own words; vault trouble the shared ones.
        if isinstance(exc, ValidationError):
            dialogs.info(self, _tr("Not saved"), words.error_words(exc))
        else:
            dialogs.error_dialog(self, exc)

    # notes ----------------------------------------------------------------------

    def new_conversation(self) -> None:
        if self.person is None:
            return
        from peerdesk.ui.care.conversation_dialog import draft_key

        if self._raise(self._existing(ConversationDialog, draft_key(self.person.id, None))):
            return
        self.open_form(
            ConversationDialog(
                self.vault,
                person=self.person,
                earlier=self._conversations.values(),
                settle_after=self.settle_after,
                parent=self,
            )
        )

    def correct_conversation(self, conv, *, from_draft: bool = False) -> None:
        if conv is None or self.person is None:
            return
        # A draft of a correction is opened even if the note settled meanwhile:
        # the text must not be lost; saving then says why it cannot be applied.
        if not from_draft and care.is_settled(conv, settle_after=self.settle_after):
            dialogs.info(
                self,
                _tr("This note has settled"),
                _tr("A settled note does not change. Add an addendum instead."),
            )
            return
        from peerdesk.ui.care.conversation_dialog import draft_key

        if self._raise(self._existing(ConversationDialog, draft_key(self.person.id, conv.id))):
            return
        self.open_form(
            ConversationDialog(
                self.vault,
                person=self.person,
                conversation=conv,
                earlier=self._conversations.values(),
                settle_after=self.settle_after,
                parent=self,
            )
        )

    def add_addendum(self, conv) -> None:
        if conv is None or self.person is None:
            return
        self.open_form(
            AddendumDialog(self.vault, person_id=self.person.id, conversation=conv, parent=self)
        )

    def read_back(self, conv) -> None:
        if conv is None or self.person is None:
            return
        self.open_form(ReadBackDialog(conv, self.person.alias, parent=self), offer_draft=False)

    def follow_up_done(self, conv) -> None:
        if conv is None:
            return
        try:
            done = care.mark_follow_up_done(self.vault, conv.id, on=date.today())
        except (ValidationError, VaultError) as exc:
            self._failed(exc)
            return
        self.message.emit(_tr("Follow-up marked as done."))
        self._after_save(done, done.person_id)

    def open_draft(self, key: str) -> None:
        """Open the form a draft belongs to ("person:<id>:<form>:…"); it restores the draft."""
        parts = key.split(":")
        form, rest = (parts[2], parts[3:]) if len(parts) > 2 else ("", [])

        def number(i: int) -> int | None:
            return int(rest[i]) if len(rest) > i and rest[i].isdigit() else None

        goals = {g.id: g for g in self.person.goals}
        if form == "conversation":
            conv = self._conversations.get(number(0))
            if conv is None:
                self.new_conversation()
            else:
                self.correct_conversation(conv, from_draft=True)
        elif form == "profile":
            self.edit_profile()
        elif form == "addendum" and number(0) in self._conversations:
            self.add_addendum(self._conversations[number(0)])
        elif form == "goal":
            goal = goals.get(number(0))
            self.open_form(GoalDialog(self.vault, person_id=self.person.id, goal=goal, parent=self))
        elif form == "sub_goal" and rest[:1] == ["new"] and number(1) in goals:
            self.open_form(
                SubGoalDialog(
                    self.vault, person_id=self.person.id, goal=goals[number(1)], parent=self
                )
            )
        elif form == "sub_goal" and number(0) in self._sub_goals:
            sub, goal = self._sub_goals[number(0)]
            self.open_form(
                SubGoalDialog(
                    self.vault, person_id=self.person.id, goal=goal, sub_goal=sub, parent=self
                )
            )
        elif form == "sub_goal_follow_up" and number(0) in self._sub_goals:
            self.record_sub_goal_follow_up(self._sub_goals[number(0)][0])
        elif form == "referral":
            self.new_referral()
        elif form == "referral_outcome" and number(0) in self._referrals:
            self.record_outcome(self._referrals[number(0)])

    # referrals ------------------------------------------------------------------

    def new_referral(self) -> None:
        if self.person is None:
            return
        self.open_form(ReferralDialog(self.vault, person_id=self.person.id, parent=self))

    def record_outcome(self, referral) -> None:
        if referral is None or self.person is None:
            return
        self.open_form(
            OutcomeDialog(self.vault, person_id=self.person.id, referral=referral, parent=self)
        )

    # profile and goals ------------------------------------------------------------

    def edit_profile(self) -> None:
        if self.person is None:
            return
        if self._raise(self._existing(ProfileDialog)):
            return
        self.open_form(ProfileDialog(self.vault, person=self.person, parent=self))

    def add_goal(self) -> None:
        if self.person is None:
            return
        self.open_form(GoalDialog(self.vault, person_id=self.person.id, parent=self))

    def add_sub_goal(self) -> None:
        goal = self.chosen_goal()
        if goal is None:
            return
        self.open_form(SubGoalDialog(self.vault, person_id=self.person.id, goal=goal, parent=self))

    def change_goal_or_step(self) -> None:
        sub = self.chosen_sub_goal()
        goal = self.chosen_goal()
        if sub is not None:
            form = SubGoalDialog(
                self.vault, person_id=self.person.id, goal=goal, sub_goal=sub, parent=self
            )
        elif goal is not None:
            form = GoalDialog(self.vault, person_id=self.person.id, goal=goal, parent=self)
        else:
            return
        self.open_form(form)

    def record_sub_goal_follow_up(self, sub=None) -> None:
        sub = sub or self.chosen_sub_goal()
        if sub is None or self.person is None:
            return
        self.open_form(
            SubGoalFollowUpDialog(self.vault, person_id=self.person.id, sub_goal=sub, parent=self)
        )

    # sharing ----------------------------------------------------------------------

    def case_text(self) -> None:
        if self.person is None:
            return
        dialog = CaseTextDialog(
            self.vault, person_id=self.person.id, alias=self.person.alias, parent=self
        )
        self.open_form(dialog, offer_draft=False)

    def access_pdf(self) -> None:
        if self.person is None:
            return
        safe = re.sub(r"[^\w.-]+", "-", self.person.alias).strip("-.") or "person"
        start = str(Path.home() / f"{safe}-right-of-access.pdf")
        path = dialogs.save_file(
            self,
            _tr("Save the person's copy as PDF"),
            start,
            _tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_access_pdf(self.vault, self.person.id, Path(path))
        except (VaultError, OSError) as exc:
            log.warning("right-of-access PDF failed: %s", type(exc).__name__)
            dialogs.error_dialog(self, exc)
            return
        self.message.emit(
            _tr(
                "Saved the person's copy to %1. It is not encrypted: hand it over and delete it."
            ).replace("%1", path),
        )

    # erasure ----------------------------------------------------------------------

    def erase(self) -> None:
        person = self.person
        if person is None:
            return
        text = (
            _tr(
                "Erase %1 and everything about them for good: %2 notes, %3 goals and "
                "%4 referrals, and any unsaved drafts.\n\nThis cannot be undone. Backups "
                "made before now still hold the notes until they are replaced."
            )
            .replace("%1", person.alias)
            .replace("%2", str(len(person.conversations)))
            .replace("%3", str(len(person.goals)))
            .replace("%4", str(len(person.referrals)))
        )
        if not dialogs.confirm(
            self, _tr("Erase %1?").replace("%1", person.alias), text, ok_text=_tr("Erase for good")
        ):
            return
        for form in list(self.forms):
            # Their drafts are erased with the person; nothing may stay on screen.
            if getattr(form, "person_id", None) == person.id:
                form.abandon()
        try:
            care.erase_person(self.vault, person.id)
        except VaultError as exc:
            dialogs.error_dialog(self, exc)
            return
        self.show_nobody()
        self.erased.emit(person.id)
        self.follow_ups_changed.emit()
        self.message.emit(
            _tr("%1 and everything about them was erased.").replace("%1", person.alias),
        )
