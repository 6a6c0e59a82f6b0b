"""What leaves PeerDesk about one person: the case-system text (copied with the
do-not-keep hints) and the right-of-access PDF (everything recorded about them
except the worker's private reaction)."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import care
from peerdesk.services.errors import ValidationError
from peerdesk.ui import clipboard
from peerdesk.ui.care import words
from peerdesk.ui.care.words import care_tr as _tr
from peerdesk.ui.formatting import fmt_date, fmt_datetime
from peerdesk.ui.printing import write_pdf
from peerdesk.vault.errors import VaultError

# "Conversations since": months back, or None for all.
_SPANS = ((3, "Last 3 months"), (6, "Last 6 months"), (12, "Last 12 months"), (None, "All"))


class CaseTextDialog(QDialog):
    """A preview of the case-system text, and a button that copies it safely."""

    def __init__(self, vault, *, person_id: int, alias: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault = vault
        self.person_id = person_id
        self.setWindowTitle(self.tr("Text for the case system: %1").replace("%1", alias))
        self.span = QComboBox()
        self.span.addItem(self.tr("Last 3 months"), 3)
        self.span.addItem(self.tr("Last 6 months"), 6)
        self.span.addItem(self.tr("Last 12 months"), 12)
        self.span.addItem(self.tr("All conversations"), None)
        self.span.setAccessibleName(self.tr("Conversations to include"))
        self.span.currentIndexChanged.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("&Conversations:"), self.span)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Text to copy"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.note = QLabel(
            self.tr(
                "Goals and recent notes as plain text. Your private reactions and the "
                "experience you shared are never included."
            )
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Co&py to clipboard"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setDefault(True)
        buttons.accepted.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.refresh()

    def since(self) -> date | None:
        months = self.span.currentData()
        return None if months is None else date.today() - timedelta(days=round(months * 30.44))

    def refresh(self) -> None:
        try:
            text = care.case_system_text(
                self.vault, self.person_id, since=self.since(), labels=words.case_labels()
            )
        except (ValidationError, VaultError) as exc:
            self.preview.clear()
            self.status.setText(words.error_words(exc))
            self.copy_button.setEnabled(False)
            return
        self.preview.setPlainText(text)
        self.copy_button.setEnabled(True)

    def copy(self) -> None:
        clipboard.copy_sensitive(self.preview.toPlainText())
        self.status.setText(
            self.tr(
                "Copied. Clipboard managers are asked not to keep it, and it is cleared "
                "from the clipboard in two minutes if it is still there."
            )
        )

    def abandon(self) -> None:
        self.preview.clear()
        self.close()


# ----------------------------------------------------------- right of access


def _p(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.strip().split("\n") if line)


def _row(label: str, value: str) -> str:
    if not value:
        return ""
    return f"<tr><td valign='top'><b>{html.escape(label)}</b></td><td>{value}</td></tr>"


def _table(rows: list[str]) -> str:
    body = "".join(r for r in rows if r)
    return f"<table cellpadding='3'>{body}</table>" if body else ""


def access_html(person, *, made_on: date) -> str:
    """Everything recorded about a person, except the worker's private reaction
    (`my_reaction`), which is deliberately never read here."""
    word = words.word
    out = [
        f"<h1>{html.escape(_tr('What PeerDesk records about %1').replace('%1', person.alias))}</h1>"
    ]
    out.append(
        _p(
            _tr("Made on %1 for the person's own use (right of access).").replace(
                "%1", fmt_date(made_on)
            )
        )
    )
    out.append(f"<h2>{html.escape(_tr('About you'))}</h2>")
    consent = _tr("Yes") if person.consent_noted else _tr("Not noted")
    if person.consent_on:
        consent += " — " + fmt_date(person.consent_on)
    out.append(
        _table(
            [
                _row(_tr("Alias"), html.escape(person.alias)),
                _row(_tr("Status"), html.escape(word(words.PERSON_STATUS, person.status))),
                _row(_tr("First met"), fmt_date(person.first_met)),
                _row(_tr("Wishes"), _p(person.wishes)),
                _row(_tr("Hopes"), _p(person.hopes)),
                _row(_tr("Dreams"), _p(person.dreams)),
                _row(_tr("Strengths"), _p(person.strengths)),
                _row(_tr("Consent"), html.escape(consent)),
                _row(_tr("About the consent"), _p(person.consent_note)),
                _row(_tr("Retention review"), fmt_date(person.retention_review_on)),
            ]
        )
    )
    if person.goals:
        out.append(f"<h2>{html.escape(_tr('Goals'))}</h2>")
        for goal in person.goals:
            out.append(f"<h3>{html.escape(goal.title)}</h3>")
            out.append(
                _table(
                    [
                        _row(_tr("In your own words"), _p(goal.own_words)),
                        _row(_tr("Status"), html.escape(word(words.FOLLOW_UP_STATUS, goal.status))),
                        _row(_tr("Set on"), fmt_date(goal.set_on)),
                    ]
                )
            )
            for sub in goal.sub_goals:
                out.append(f"<p><b>– {html.escape(sub.title)}</b></p>")
                out.append(
                    _table(
                        [
                            _row(_tr("Note"), _p(sub.note)),
                            _row(
                                _tr("Status"), html.escape(word(words.FOLLOW_UP_STATUS, sub.status))
                            ),
                            _row(_tr("Follow up on"), fmt_date(sub.follow_up_on)),
                            _row(_tr("Followed up on"), fmt_date(sub.followed_up_on)),
                        ]
                    )
                )
    if person.conversations:
        out.append(f"<h2>{html.escape(_tr('Conversations'))}</h2>")
        for conv in person.conversations:
            out.append(_conversation_html(conv))
    if person.referrals:
        out.append(f"<h2>{html.escape(_tr('Referrals'))}</h2>")
        for ref in person.referrals:
            out.append(f"<h3>{html.escape(ref.destination)}</h3>")
            out.append(
                _table(
                    [
                        _row(_tr("Date"), fmt_date(ref.made_on)),
                        _row(_tr("Kind"), html.escape(word(words.REFERRAL_KIND, ref.kind))),
                        _row(_tr("Note"), _p(ref.note)),
                        _row(_tr("Follow up on"), fmt_date(ref.follow_up_on)),
                        _row(_tr("Outcome"), _p(ref.outcome)),
                    ]
                )
            )
    out.append("<hr/>")
    out.append(_p(access_footer()))
    return "".join(out)


def access_footer() -> str:
    return words.care_tr(
        "This copy holds everything PeerDesk records about you, except the peer "
        "worker's private notes on how a conversation affected them."
    )


def _conversation_html(conv) -> str:
    word = words.word
    minutes = _tr("%n minute(s)", conv.duration_minutes) if conv.duration_minutes else ""
    parts = [
        f"<h3>{html.escape(fmt_datetime(conv.occurred_at))}</h3>",
        _table(
            [
                _row(_tr("Kind"), html.escape(word(words.CONVERSATION_KIND, conv.kind))),
                _row(_tr("Duration"), html.escape(minutes)),
                _row(_tr("Place"), html.escape(conv.place)),
                _row(_tr("Themes"), html.escape(", ".join(conv.themes))),
                _row(_tr("In your own words"), _p(conv.own_words)),
                _row(_tr("Next steps"), _p(conv.next_steps)),
                _row(_tr("Follow up on"), fmt_date(conv.follow_up_on)),
                _row(_tr("Followed up on"), fmt_date(conv.followed_up_on)),
                _row(_tr("What the peer worker shared"), _p(conv.lived_experience_shared)),
            ]
        ),
    ]
    for addendum in conv.addenda:
        heading = _tr("Added on %1").replace("%1", fmt_datetime(addendum.written_at))
        parts.append(f"<p><i>{html.escape(heading)}</i></p>{_p(addendum.text)}")
    return "".join(parts)


def write_access_pdf(vault, person_id: int, path: Path) -> Path:
    """Write the right-of-access PDF for one person to `path` (atomically)."""
    person = care.get_person(vault, person_id)
    title = words.care_tr("What PeerDesk records about %1").replace("%1", person.alias)
    return write_pdf(access_html(person, made_on=date.today()), Path(path), title=title)
