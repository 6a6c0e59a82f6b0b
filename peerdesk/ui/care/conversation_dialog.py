"""Writing a care conversation note in under a minute, or correcting one that
has not settled yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from peerdesk.services import care, drafts
from peerdesk.ui.care import words
from peerdesk.ui.care.fields import OptionalDate, set_when, when_edit
from peerdesk.ui.care.form import CareForm
from peerdesk.ui.care.themes import ThemeChips
from peerdesk.ui.formatting import fmt_datetime

SNIPPET_SETTING = "care_snippets"


class NoteEdit(QPlainTextEdit):
    """A plain-text field that asks for no more height than its minimum, so a
    form fits a small screen and only spare room makes it taller."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self.minimumHeight())


def text_edit(placeholder: str, lines: int, *, grows: bool = False) -> QPlainTextEdit:
    """A text field `lines` high; a `grows` field also takes the form's spare height."""
    edit = NoteEdit()
    edit.setPlaceholderText(placeholder)
    # Tab moves on to the next field, as in every other form field.
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    if grows:
        edit.setMinimumHeight(height)
    else:
        edit.setFixedHeight(height)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def draft_key(person_id: int, conversation_id: int | None) -> str:
    """Drafts of a person's notes are keyed "person:<id>:…" so erasure finds them."""
    return f"person:{person_id}:conversation:{conversation_id or 'new'}"


class ConversationDialog(CareForm):
    """A new note for a person (when defaults to now), or a correction of an
    unsettled one. Ctrl+Enter saves; Enter in a one-line field moves on."""

    def __init__(
        self,
        vault,
        *,
        person,
        conversation=None,
        earlier: Iterable | None = None,
        settle_after: timedelta = care.SETTLE_AFTER,
        parent: QWidget | None = None,
    ) -> None:
        """`earlier`: the person's notes so far, whose places and themes are
        offered (default: `person.conversations`; the page passes its own, which
        it keeps up to date as notes are saved)."""
        super().__init__(
            vault,
            draft_key=draft_key(person.id, conversation.id if conversation else None),
            parent=parent,
        )
        self.person_id = person.id
        self.alias = person.alias
        self.conversation = conversation
        self.settle_after = settle_after
        self._last_text: QPlainTextEdit | None = None
        if conversation is None:
            self.setWindowTitle(self.tr("New conversation with %1").replace("%1", person.alias))
        else:
            self.setWindowTitle(
                self.tr("Correct the note from %1").replace(
                    "%1", fmt_datetime(conversation.occurred_at)
                )
            )
        earlier = list(person.conversations if earlier is None else earlier)
        self._build_fields(earlier)
        self._build_tools()
        hint = QLabel(self.tr("Ctrl+Enter saves. Drafts are kept safe in the vault as you type."))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout = self.finish_layout(self.tools)
        layout.insertWidget(layout.count() - 1, hint)
        # A big form: Enter in a one-line field must not save a half-written note.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+Enter)"))
        self.reset_fields()
        self.resize(720, 780)

    # fields -------------------------------------------------------------------

    def _build_fields(self, earlier) -> None:
        self.when = when_edit()
        self.add_field("occurred_at", self.tr("&When:"), self.when, guard=False)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("Not noted"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.add_field("duration_minutes", self.tr("D&uration:"), self.duration, guard=False)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. the café, a walk by the lake, by phone"))
        places = sorted({c.place for c in earlier if c.place}, key=str.casefold)
        completer = QCompleter(places, self.place)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.place.setCompleter(completer)
        self.add_field("place", self.tr("&Place:"), self.place)
        self.kind = QComboBox()
        for kind in care.ConversationKind:
            self.kind.addItem(words.word(words.CONVERSATION_KIND, kind), kind.value)
        self.add_field("kind", self.tr("&Kind:"), self.kind, guard=False)
        self.themes = ThemeChips()
        self.themes.setAccessibleName(self.tr("Themes"))
        used = Counter(t for c in earlier for t in c.themes)
        self._theme_choices = [t for t, _n in used.most_common(12)]
        for source in words.COMMON_THEMES:
            theme = words.care_tr(source)
            if theme.casefold() not in {t.casefold() for t in self._theme_choices}:
                self._theme_choices.append(theme)
        self.add_field("themes", self.tr("T&hemes:"), self.themes)
        self.own_words = text_edit(self.tr("What they said, as they said it."), 4, grows=True)
        self.add_field("own_words", self.tr("In their &own words:"), self.own_words)
        self.next_steps = text_edit(self.tr("What happens next, and who does it."), 3)
        self.add_field("next_steps", self.tr("&Next steps:"), self.next_steps)
        self.follow_up = OptionalDate()
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.add_field("follow_up_on", self.tr("&Follow up on:"), self.follow_up)
        self.lived = text_edit(self.tr("What of my own experience I shared, if anything."), 2)
        self.add_field(
            "lived_experience_shared", self.tr("&Lived experience I shared:"), self.lived
        )
        self.my_reaction = text_edit(self.tr("Only for you."), 2)
        self.my_reaction.setAccessibleName(self.tr("How it affected me (private)"))
        box = self.add_field(
            "my_reaction", self.tr("How it &affected me (private):"), self.my_reaction
        )
        private = QLabel(
            self.tr("Private: never shown in read-back, the case-system text or the person's copy.")
        )
        private.setWordWrap(True)
        private.setEnabled(False)
        box.layout().insertWidget(1, private)
        for edit in (self.own_words, self.next_steps, self.lived, self.my_reaction):
            edit.installEventFilter(self)
        self.place.installEventFilter(self)

    def _build_tools(self) -> None:
        self.tools = QWidget()
        row = QHBoxLayout(self.tools)
        row.setContentsMargins(0, 0, 0, 0)
        self.from_last_button = QPushButton(self.tr("Start from the last no&te"))
        self.from_last_button.setAutoDefault(False)
        self.from_last_button.setToolTip(
            self.tr("Copy kind, place, duration and themes from the last note")
        )
        self.from_last_button.clicked.connect(self.start_from_last)
        self.from_last_button.setVisible(self.conversation is None)
        self.snippets_button = QToolButton()
        self.snippets_button.setText(self.tr("Sn&ippets"))
        self.snippets_button.setAccessibleName(self.tr("Insert a snippet"))
        self.snippets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snippets_menu = QMenu(self.snippets_button)
        self.snippets_menu.aboutToShow.connect(self._fill_snippets)
        self.snippets_button.setMenu(self.snippets_menu)
        row.addWidget(self.from_last_button)
        row.addWidget(self.snippets_button)
        row.addStretch(1)
        self.last_hint = QLabel()
        self.last_hint.setWordWrap(True)
        self.last_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_hint.hide()

    def finish_layout(self, *extra_top: QWidget, scroll: bool = True):
        return super().finish_layout(*extra_top, self.last_hint, scroll=scroll)

    def reset_fields(self) -> None:
        self._quiet = True
        try:
            self.themes.set_choices(self._theme_choices)
            conv = self.conversation
            if conv is None:
                set_when(self.when, datetime.now())
                for box in (
                    "place",
                    "own_words",
                    "next_steps",
                    "lived_experience_shared",
                    "my_reaction",
                    "follow_up_on",
                ):
                    self.boxes[box].clear()
                self.duration.setValue(0)
                self.kind.setCurrentIndex(0)
            else:
                self.set_values(
                    {
                        "occurred_at": conv.occurred_at,
                        "duration_minutes": conv.duration_minutes,
                        "place": conv.place,
                        "kind": conv.kind,
                        "themes": list(conv.themes),
                        "own_words": conv.own_words,
                        "next_steps": conv.next_steps,
                        "follow_up_on": conv.follow_up_on,
                        "lived_experience_shared": conv.lived_experience_shared,
                        "my_reaction": conv.my_reaction,
                    }
                )
        finally:
            self._quiet = False

    # helpers ------------------------------------------------------------------

    def start_from_last(self) -> None:
        """Take kind, place, duration and themes from the person's last note, and
        show its next steps (what was agreed last time)."""
        try:
            last = care.last_conversation(self.vault, self.person_id)
        except Exception as exc:  # noqa: BLE001 - shown calmly, never raised into Qt
            self.show_error(exc)
            return
        if last is None:
            self.last_hint.setText(self.tr("There is no earlier note to start from."))
            self.last_hint.show()
            return
        self.boxes["kind"].set_value(last.kind)
        self.boxes["place"].set_value(last.place)
        self.boxes["duration_minutes"].set_value(last.duration_minutes)
        self.themes.set_value(list(last.themes))
        if last.next_steps.strip():
            self.last_hint.setText(
                self.tr("Agreed last time (%1): %2")
                .replace("%1", fmt_datetime(last.occurred_at))
                .replace("%2", last.next_steps.strip())
            )
        else:
            self.last_hint.setText(
                self.tr("Started from the note of %1.").replace(
                    "%1", fmt_datetime(last.occurred_at)
                )
            )
        self.last_hint.show()
        self.own_words.setFocus()

    def _snippets(self) -> list[str]:
        own = drafts.get_setting(self.vault, SNIPPET_SETTING, []) if self.vault else []
        mine = [s for s in own if isinstance(s, str)] if isinstance(own, list) else []
        return [words.care_tr(s) for s in words.SNIPPETS] + mine

    def _fill_snippets(self) -> None:
        self.snippets_menu.clear()
        for snippet in self._snippets():
            action = self.snippets_menu.addAction(snippet.strip().replace("&", "&&"))
            action.triggered.connect(lambda _=False, s=snippet: self.insert_snippet(s))
        self.snippets_menu.addSeparator()
        keep = self.snippets_menu.addAction(self.tr("Keep the selected text as a snippet"))
        keep.triggered.connect(self.keep_selection_as_snippet)
        target = self._last_text or self.own_words
        keep.setEnabled(target.textCursor().hasSelection())

    def insert_snippet(self, snippet: str) -> None:
        target = self._last_text or self.own_words
        target.insertPlainText(snippet)
        target.setFocus()

    def keep_selection_as_snippet(self) -> None:
        target = self._last_text or self.own_words
        text = " ".join(target.textCursor().selectedText().split())
        if text:
            drafts.remember_recent(self.vault, SNIPPET_SETTING, text, limit=30)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPlainTextEdit):
            self._last_text = watched
        if (
            watched is self.place
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    # saving -------------------------------------------------------------------

    def save(self):
        values = self.payload()
        values["follow_up_on"] = values["follow_up_on"] or None
        if self.conversation is None:
            return care.add_conversation(self.vault, person_id=self.person_id, **values)
        return care.update_conversation(
            self.vault, self.conversation.id, settle_after=self.settle_after, **values
        )
