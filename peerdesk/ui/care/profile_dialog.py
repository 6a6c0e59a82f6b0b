"""A person's own page, edited: alias, status, wishes, hopes, dreams, strengths, consent."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from peerdesk.services import care
from peerdesk.ui.care import words
from peerdesk.ui.care.conversation_dialog import text_edit
from peerdesk.ui.care.fields import OptionalDate
from peerdesk.ui.care.form import CareForm


class ProfileDialog(CareForm):
    """Edit what the person has told about themselves, in their own words.

    There is deliberately no field for a full name, an address or a CPR
    number: a person is known here by an alias or initials.
    """

    def __init__(self, vault, *, person, parent: QWidget | None = None) -> None:
        super().__init__(vault, draft_key=f"person:{person.id}:profile", parent=parent)
        self.person = person
        self.setWindowTitle(self.tr("About %1").replace("%1", person.alias))
        self.alias = QLineEdit()
        self.alias.setPlaceholderText(self.tr("Alias or initials, e.g. K.J."))
        self.add_field("alias", self.tr("&Alias:"), self.alias)
        self.status = QComboBox()
        for status in care.PersonStatus:
            self.status.addItem(words.word(words.PERSON_STATUS, status), status.value)
        self.add_field("status", self.tr("&Status:"), self.status, guard=False)
        self.first_met = OptionalDate(quick=())
        self.add_field("first_met", self.tr("&First met:"), self.first_met, guard=False)
        self.wishes = text_edit(self.tr("What they wish for, in their words."), 3)
        self.add_field("wishes", self.tr("&Wishes:"), self.wishes)
        self.hopes = text_edit(self.tr("What they hope for."), 3)
        self.add_field("hopes", self.tr("&Hopes:"), self.hopes)
        self.dreams = text_edit(self.tr("Their dreams, big or small."), 3)
        self.add_field("dreams", self.tr("&Dreams:"), self.dreams)
        self.strengths = text_edit(self.tr("What they are good at, what carries them."), 3)
        self.add_field("strengths", self.tr("S&trengths:"), self.strengths)
        self.consent = QCheckBox(self.tr("The person has agreed to these notes"))
        self.add_field("consent_noted", self.tr("&Consent:"), self.consent, guard=False)
        self.consent_on = OptionalDate(quick=())
        self.add_field("consent_on", self.tr("Consent &given on:"), self.consent_on, guard=False)
        self.consent_note = text_edit(self.tr("What they agreed to, and how."), 2)
        self.add_field("consent_note", self.tr("Consent &note:"), self.consent_note)
        self.retention_review_on = OptionalDate(quick=())
        self.retention_review_on.setToolTip(
            self.tr(
                "When to look at these notes again and decide whether to keep them. "
                "A date in the future ends the review flag."
            )
        )
        self.add_field(
            "retention_review_on", self.tr("Ne&xt review:"), self.retention_review_on, guard=False
        )
        intro = QLabel(
            self.tr("Write in everyday language and in the person's own words; no diagnoses.")
        )
        intro.setWordWrap(True)
        intro.setEnabled(False)
        self.finish_layout(intro, scroll=True)
        self.reset_fields()
        self.resize(620, 640)

    def reset_fields(self) -> None:
        p = self.person
        self.set_values(
            {
                "alias": p.alias,
                "status": p.status,
                "first_met": p.first_met,
                "wishes": p.wishes,
                "hopes": p.hopes,
                "dreams": p.dreams,
                "strengths": p.strengths,
                "consent_noted": p.consent_noted,
                "consent_on": p.consent_on,
                "consent_note": p.consent_note,
                "retention_review_on": p.retention_review_on,
            }
        )

    def save(self):
        values = self.payload()
        for name in ("first_met", "consent_on", "retention_review_on"):
            values[name] = values[name] or None
        return care.update_person(self.vault, self.person.id, **values)
