"""Read-back mode: a note in large, calm text to agree its wording with the person.

Only what services.care.read_back allows is shown: never the worker's private
reaction.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import care
from peerdesk.ui.care import words
from peerdesk.ui.care.words import care_tr as _tr
from peerdesk.ui.formatting import fmt_date, fmt_datetime

_ZOOM_STEP = 2


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.strip().split("\n") if p.strip())


def read_back_html(conv) -> str:
    """The note as HTML fit to show the person (from care.read_back only)."""
    shown = care.read_back(conv)
    facts = [fmt_datetime(shown["occurred_at"]), words.word(words.CONVERSATION_KIND, shown["kind"])]
    if shown["duration_minutes"]:
        facts.append(_tr("%n minute(s)", shown["duration_minutes"]))
    if shown["place"]:
        facts.append(shown["place"])
    parts = [f"<p>{html.escape(' · '.join(facts))}</p>"]
    if shown["themes"]:
        parts.append(
            f"<p>{html.escape(_tr('Themes'))}: {html.escape(', '.join(shown['themes']))}</p>"
        )
    sections = (
        (_tr("In your own words"), shown["own_words"]),
        (_tr("Next steps"), shown["next_steps"]),
        (_tr("What I shared from my own experience"), shown["lived_experience_shared"]),
    )
    for heading, body in sections:
        if body.strip():
            parts.append(f"<h3>{html.escape(heading)}</h3>{_paragraphs(body)}")
    if shown["follow_up_on"]:
        line = _tr("We follow up on %1.").replace("%1", fmt_date(shown["follow_up_on"]))
        if shown["followed_up_on"]:
            line += " " + _tr("Done on %1.").replace("%1", fmt_date(shown["followed_up_on"]))
        parts.append(f"<p>{html.escape(line)}</p>")
    for addendum in shown["addenda"]:
        heading = _tr("Added on %1").replace("%1", fmt_datetime(addendum["written_at"]))
        parts.append(f"<h3>{html.escape(heading)}</h3>{_paragraphs(addendum['text'])}")
    # Generous line spacing and quiet headings: easy to follow when read aloud.
    style = "<style>p { line-height: 150%; } h3 { font-weight: 600; }</style>"
    return style + "".join(parts)


class ReadBackDialog(QDialog):
    """The note, large and calm; Ctrl++ and Ctrl+- change the size, Esc closes."""

    def __init__(self, conv, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.person_id = conv.person_id
        self.setWindowTitle(self.tr("Read back with %1").replace("%1", alias))
        intro = QLabel(
            self.tr("Read the note together and agree on the wording. Private notes are hidden.")
        )
        intro.setWordWrap(True)
        intro.setEnabled(False)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("The note, for reading back"))
        self.text.setOpenLinks(False)
        font = self.text.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        self.text.setFont(font)
        self.text.document().setDocumentMargin(24)
        self.text.setHtml(read_back_html(conv))
        smaller = QPushButton(self.tr("Smaller text"))
        smaller.setAccessibleName(self.tr("Smaller text (Ctrl+minus)"))
        smaller.clicked.connect(lambda: self.text.zoomOut(_ZOOM_STEP))
        larger = QPushButton(self.tr("Larger text"))
        larger.setAccessibleName(self.tr("Larger text (Ctrl+plus)"))
        larger.clicked.connect(lambda: self.text.zoomIn(_ZOOM_STEP))
        for button in (smaller, larger):
            button.setAutoDefault(False)
        for keys in (QKeySequence.StandardKey.ZoomIn, "Ctrl+="):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.text.zoomIn(_ZOOM_STEP))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.ZoomOut),
            self,
            activated=lambda: self.text.zoomOut(_ZOOM_STEP),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(smaller)
        row.addWidget(larger)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.resize(900, 700)

    def shown_text(self) -> str:
        return self.text.toPlainText()

    def abandon(self) -> None:
        self.text.clear()
        self.close()
