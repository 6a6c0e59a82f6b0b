"""Small forms: an addendum under a note, a referral, and how a referral went."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from peerdesk.services import care
from peerdesk.ui.care import words
from peerdesk.ui.care.conversation_dialog import text_edit
from peerdesk.ui.care.fields import OptionalDate
from peerdesk.ui.care.form import CareForm
from peerdesk.ui.formatting import fmt_datetime


class AddendumDialog(CareForm):
    """A dated addition under a note; the note itself stays as it was written."""

    def __init__(self, vault, *, person_id: int, conversation, parent: QWidget | None = None):
        key = f"person:{person_id}:addendum:{conversation.id}"
        super().__init__(vault, draft_key=key, parent=parent)
        self.conversation = conversation
        self.setWindowTitle(
            self.tr("Addendum to the note from %1").replace(
                "%1", fmt_datetime(conversation.occurred_at)
            )
        )
        self.text_edit = text_edit(self.tr("What to add or correct, dated today."), 6, grows=True)
        self.text_edit.setTabChangesFocus(True)
        self.add_field("text", self.tr("&Addendum:"), self.text_edit)
        explain = QLabel(
            self.tr(
                "A settled note does not change. An addendum is shown under it with "
                "today's date, so the record stays trustworthy."
            )
        )
        explain.setWordWrap(True)
        explain.setEnabled(False)
        self.finish_layout(explain)
        self.resize(560, self.sizeHint().height())

    def save(self):
        return care.add_addendum(
            self.vault, conversation_id=self.conversation.id, text=self.payload()["text"]
        )


class ReferralDialog(CareForm):
    """Bridge-building: a referral to a club, an activity, the job centre, …"""

    def __init__(self, vault, *, person_id: int, parent: QWidget | None = None):
        super().__init__(vault, draft_key=f"person:{person_id}:referral:new", parent=parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("New referral"))
        self.made_on = OptionalDate(quick=())
        self.add_field("made_on", self.tr("&Date:"), self.made_on, guard=False)
        self.kind = QComboBox()
        for kind in care.ReferralKind:
            self.kind.addItem(words.word(words.REFERRAL_KIND, kind), kind.value)
        self.add_field("kind", self.tr("&Kind:"), self.kind, guard=False)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("e.g. the chess club at the library"))
        self.add_field("destination", self.tr("Referred &to:"), self.destination)
        self.note = text_edit(self.tr("Why, and what was agreed."), 3)
        self.add_field("note", self.tr("&Note:"), self.note)
        self.follow_up = OptionalDate()
        self.add_field("follow_up_on", self.tr("&Follow up on:"), self.follow_up, guard=False)
        self.finish_layout()
        self.reset_fields()
        self.resize(560, self.sizeHint().height())

    def reset_fields(self) -> None:
        self.set_values(
            {"made_on": date.today(), "destination": "", "note": "", "follow_up_on": None}
        )

    def save(self):
        values = self.payload()
        values["follow_up_on"] = values["follow_up_on"] or None
        return care.add_referral(self.vault, person_id=self.person_id, **values)


class OutcomeDialog(CareForm):
    """How a referral went; writing it closes the referral's follow-up."""

    def __init__(self, vault, *, person_id: int, referral, parent: QWidget | None = None):
        key = f"person:{person_id}:referral_outcome:{referral.id}"
        super().__init__(vault, draft_key=key, parent=parent)
        self.referral = referral
        self.setWindowTitle(self.tr("How did it go: %1").replace("%1", referral.destination))
        self.outcome = text_edit(self.tr("What happened, in a line or two."), 4, grows=True)
        self.add_field("outcome", self.tr("&Outcome:"), self.outcome)
        self.finish_layout()
        self.set_values({"outcome": referral.outcome})
        self.resize(520, self.sizeHint().height())

    def reset_fields(self) -> None:
        self.set_values({"outcome": self.referral.outcome})

    def save(self):
        return care.record_referral_outcome(
            self.vault, self.referral.id, outcome=self.payload()["outcome"]
        )
