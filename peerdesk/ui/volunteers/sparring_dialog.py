"""The sparring form: with one host or a group, what went well, challenges,
agreements, wellbeing in a word and a follow-up date."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from peerdesk.services import sparring
from peerdesk.ui.volunteers.form_dialog import FormDialog
from peerdesk.ui.volunteers.widgets import DateField, DateTimeField, HostChecklist
from peerdesk.ui.volunteers.words import _tr
from peerdesk.vault.models import SparringSession


def split_topics(text: str) -> list[str]:
    """Topics as typed: separated by commas or semicolons."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def split_agreements(text: str) -> list[str]:
    """One agreement per line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class SparringDialog(FormDialog):
    """Log a sparring session. Opened from a host's page, the draft is that host's
    (key "volunteer:<id>:sparring"), so erasing the host erases it too."""

    def __init__(
        self,
        vault,
        hosts: list[tuple[int, str]],
        host_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        key = "sparring:new" if host_id is None else f"volunteer:{host_id}:sparring"
        super().__init__(vault, key=key, title=_tr("New sparring session"), parent=parent)
        self.held_at = DateTimeField()
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(_tr(" min"))
        self.participants = HostChecklist(_tr("Hosts taking part"))
        self.participants.set_hosts(hosts, {host_id} if host_id is not None else set())
        self.participants.setToolTip(_tr("Tick one host, or several for a group session."))
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(_tr("Separate topics with commas"))
        self.went_well = self._text_box(_tr("What the host was pleased with"))
        self.challenges = self._text_box(_tr("What was hard, in their words and yours"))
        self.agreements = self._text_box(_tr("One agreement per line"))
        self.wellbeing = QLineEdit()
        self.wellbeing.setMaxLength(60)
        self.wellbeing.setPlaceholderText(_tr("The host's own word, e.g. rested, busy, tired"))
        self.follow_up = DateField(optional=True)
        self.add_row(_tr("&When"), self.held_at, "held_at")
        self.add_row(_tr("&Minutes"), self.duration, "duration_minutes")
        self.add_row(_tr("&Hosts"), self.participants, "participant_ids")
        self.add_row(_tr("&Topics"), self.topics, "topics")
        self.add_row(_tr("What went we&ll"), self.went_well, "went_well")
        self.add_row(_tr("&Challenges"), self.challenges, "challenges")
        self.add_row(_tr("A&greements"), self.agreements, "agreements")
        self.add_row(_tr("Wellbeing in a w&ord"), self.wellbeing, "wellbeing_word")
        self.add_row(_tr("&Follow up on"), self.follow_up, "follow_up_on")
        self.resize(560, 720)
        self.start()

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setMinimumHeight(70)
        return box

    def payload(self) -> dict:
        follow_up = self.follow_up.value()
        return {
            "held_at": self.held_at.value().isoformat(),
            "duration_minutes": self.duration.value(),
            "participant_ids": self.participants.checked_ids(),
            "topics": self.topics.text(),
            "went_well": self.went_well.toPlainText(),
            "challenges": self.challenges.toPlainText(),
            "agreements": self.agreements.toPlainText(),
            "wellbeing_word": self.wellbeing.text(),
            "follow_up_on": follow_up.isoformat() if follow_up else None,
        }

    def restore(self, payload: dict) -> None:
        if payload.get("held_at"):
            self.held_at.set_value(datetime.fromisoformat(payload["held_at"]))
        self.duration.setValue(int(payload.get("duration_minutes", 60)))
        self.participants.set_checked(payload.get("participant_ids", []))
        self.topics.setText(payload.get("topics", ""))
        self.went_well.setPlainText(payload.get("went_well", ""))
        self.challenges.setPlainText(payload.get("challenges", ""))
        self.agreements.setPlainText(payload.get("agreements", ""))
        self.wellbeing.setText(payload.get("wellbeing_word", ""))
        follow_up = payload.get("follow_up_on")
        self.follow_up.set_value(date.fromisoformat(follow_up) if follow_up else None)

    def submit(self) -> SparringSession:
        return sparring.add_sparring(
            self.vault,
            held_at=self.held_at.value(),
            participant_ids=self.participants.checked_ids(),
            duration_minutes=self.duration.value(),
            topics=split_topics(self.topics.text()),
            went_well=self.went_well.toPlainText(),
            challenges=self.challenges.toPlainText(),
            agreements=split_agreements(self.agreements.toPlainText()),
            wellbeing_word=self.wellbeing.text(),
            follow_up_on=self.follow_up.value(),
        )
