"""One entry of a person's timeline, in full: a note with its addenda, a
referral, or a sub-goal's follow-up, with what can be done with it."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from peerdesk.ui.care import words
from peerdesk.ui.care.words import care_tr as _tr
from peerdesk.ui.formatting import fmt_date, fmt_datetime


def _p(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.strip().split("\n") if line)


def _section(title: str, body: str, *, note: str = "") -> str:
    if not body.strip():
        return ""
    extra = f" <i>({html.escape(note)})</i>" if note else ""
    return f"<h4>{html.escape(title)}{extra}</h4>{_p(body)}"


def utc_to_local(stamp: datetime) -> datetime:
    """A naive UTC bookkeeping stamp as local wall-clock time."""
    from datetime import UTC

    return stamp.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class NoteView(QWidget):
    """Shows the chosen entry; the buttons fit what it is and whether it settled."""

    correct_requested = Signal(object)
    addendum_requested = Signal(object)
    read_back_requested = Signal(object)
    follow_up_done_requested = Signal(object)
    outcome_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("The chosen entry"))
        self.correct_button = QPushButton(self.tr("&Correct note…"))
        self.addendum_button = QPushButton(self.tr("Add a&ddendum…"))
        self.read_back_button = QPushButton(self.tr("Read &back"))
        self.done_button = QPushButton(self.tr("Follow-up d&one"))
        self.outcome_button = QPushButton(self.tr("Record &outcome…"))
        self.read_back_button.setToolTip(
            self.tr("Show the note in large text, without your private notes")
        )
        self.done_button.setToolTip(self.tr("Mark the note's follow-up as done today"))
        pairs = (
            (self.correct_button, self.correct_requested),
            (self.addendum_button, self.addendum_requested),
            (self.read_back_button, self.read_back_requested),
            (self.done_button, self.follow_up_done_requested),
            (self.outcome_button, self.outcome_requested),
        )
        row = QHBoxLayout()
        for button, signal in pairs:
            button.clicked.connect(lambda _=False, s=signal: s.emit(self.record))
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.clear()

    def _buttons(self, *shown: QPushButton) -> None:
        for button in (
            self.correct_button,
            self.addendum_button,
            self.read_back_button,
            self.done_button,
            self.outcome_button,
        ):
            button.setVisible(button in shown)

    def clear(self, text: str = "") -> None:
        self.record = None
        self.text.clear()
        if text:
            self.text.setHtml(f"<p><i>{html.escape(text)}</i></p>")
        self._buttons()

    def show_conversation(self, conv, *, settled: bool, settle_after: timedelta) -> None:
        self.record = conv
        facts = [words.word(words.CONVERSATION_KIND, conv.kind)]
        if conv.duration_minutes:
            facts.append(_tr("%n minute(s)", conv.duration_minutes))
        if conv.place:
            facts.append(conv.place)
        parts = [
            f"<h3>{html.escape(fmt_datetime(conv.occurred_at))}</h3>",
            f"<p>{html.escape(' · '.join(facts))}</p>",
        ]
        if conv.themes:
            parts.append(
                f"<p><b>{html.escape(_tr('Themes'))}:</b> {html.escape(', '.join(conv.themes))}</p>"
            )
        parts.append(_section(_tr("In their own words"), conv.own_words))
        parts.append(_section(_tr("Next steps"), conv.next_steps))
        if conv.follow_up_on:
            line = _tr("Follow up on %1.").replace("%1", fmt_date(conv.follow_up_on))
            if conv.followed_up_on:
                line += " " + _tr("Done on %1.").replace("%1", fmt_date(conv.followed_up_on))
            parts.append(f"<p><b>{html.escape(line)}</b></p>")
        parts.append(_section(_tr("Lived experience I shared"), conv.lived_experience_shared))
        parts.append(
            _section(
                _tr("How it affected me"),
                conv.my_reaction,
                note=_tr("private: only here, never in read-back or anything shared"),
            )
        )
        for addendum in conv.addenda:
            heading = _tr("Addendum, %1").replace("%1", fmt_datetime(addendum.written_at))
            parts.append(f"<h4>{html.escape(heading)}</h4>{_p(addendum.text)}")
        if settled:
            status = _tr("Settled: this note is final. Changes are added as dated addenda.")
        else:
            until = utc_to_local(conv.created_at + settle_after)
            status = _tr("Can be corrected until %1; after that it settles.").replace(
                "%1", fmt_datetime(until)
            )
        parts.append(f"<hr/><p><i>{html.escape(status)}</i></p>")
        self.text.setHtml("".join(parts))
        open_follow_up = conv.follow_up_on is not None and conv.followed_up_on is None
        shown = [self.addendum_button, self.read_back_button]
        if not settled:
            shown.insert(0, self.correct_button)
        if open_follow_up:
            shown.append(self.done_button)
        self._buttons(*shown)

    def show_referral(self, ref) -> None:
        self.record = ref
        parts = [
            f"<h3>{html.escape(ref.destination)}</h3>",
            f"<p>{html.escape(words.word(words.REFERRAL_KIND, ref.kind))} · "
            f"{html.escape(fmt_date(ref.made_on))}</p>",
            _section(_tr("Note"), ref.note),
        ]
        if ref.follow_up_on:
            line = _tr("Follow up on %1.").replace("%1", fmt_date(ref.follow_up_on))
            parts.append(f"<p><b>{html.escape(line)}</b></p>")
        parts.append(_section(_tr("Outcome"), ref.outcome))
        self.text.setHtml("".join(parts))
        self._buttons(self.outcome_button)

    def show_sub_goal(self, sub, goal) -> None:
        self.record = sub
        parts = [
            f"<h3>{html.escape(sub.title)}</h3>",
            f"<p>{html.escape(_tr('A step towards: %1').replace('%1', goal.title))}</p>",
            f"<p>{html.escape(words.word(words.FOLLOW_UP_STATUS, sub.status))}"
            f" · {html.escape(_tr('followed up %1').replace('%1', fmt_date(sub.followed_up_on)))}"
            "</p>",
            _section(_tr("Note"), sub.note),
        ]
        self.text.setHtml("".join(parts))
        self._buttons()
