"""My wellbeing plan: the worker's own sections in their own words, saved together,
printable; and the early-warning pattern the worker chooses."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import selfcare
from peerdesk.services import selfcare_records as records
from peerdesk.ui import dialogs
from peerdesk.ui.printing import write_pdf
from peerdesk.ui.selfcare.draft_keeper import DraftKeeper
from peerdesk.ui.selfcare.widgets import NoticeLine, attempt, heading, muted
from peerdesk.ui.selfcare.words import MEASURES, _tr, plan_title, rule_text

PLAN_DRAFT = "plan"


class SectionEditor(QWidget):
    """One section: its title (editable) and its text."""

    def __init__(self, section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = section.key
        self.section_id = section.id
        self.shown_title = plan_title(section.key, section.title)
        self.saved_body = section.body
        self.title = QLineEdit(self.shown_title)
        self.title.setAccessibleName(self.tr("Title of the section “%1”").replace("%1", self.key))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)
        self.body = QPlainTextEdit(section.body)
        self.body.setAccessibleName(self.shown_title)
        self.body.setTabChangesFocus(True)
        lines = self.body.fontMetrics().lineSpacing()
        self.body.setMinimumHeight(lines * 3 + 12)
        self.body.setMaximumHeight(lines * 6 + 12)
        self.remove_button: QPushButton | None = None
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        if not records.is_default_section(section.key):
            self.remove_button = QPushButton(self.tr("Remove section…"))
            self.remove_button.setAccessibleName(
                self.tr("Remove the section “%1”").replace("%1", self.shown_title)
            )
            top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.body)

    def changes(self) -> dict[str, str]:
        """What differs from the saved section: {"title": …, "body": …} (either may be absent)."""
        changed = {}
        if self.title.text().strip() != self.shown_title:
            changed["title"] = self.title.text()
        if self.body.toPlainText() != self.saved_body:
            changed["body"] = self.body.toPlainText()
        return changed

    def apply(self, change: dict) -> None:
        if isinstance(change.get("title"), str):
            self.title.setText(change["title"])
        if isinstance(change.get("body"), str):
            self.body.setPlainText(change["body"])


class RuleEditor(QGroupBox):
    """ "Tell me gently when my stress is at 4 or higher, 3 times in a row"."""

    saved = Signal(object)  # selfcare.EarlyWarningRule

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My early-warning pattern"), parent)
        self.vault = None
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("What to watch"))
        for key, label in MEASURES.items():
            self.measure.addItem(_tr(label), key)
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("High or low"))
        self.direction.addItem(self.tr("at or above"), "high")
        self.direction.addItem(self.tr("at or below"), "low")
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 5)
        self.threshold.setAccessibleName(self.tr("Level"))
        self.times = QSpinBox()
        self.times.setRange(1, selfcare.MAX_TIMES_IN_A_ROW)
        self.times.setAccessibleName(self.tr("Times in a row"))
        self.save_button = QPushButton(self.tr("Save pattern"))
        self.save_button.clicked.connect(self.save)
        self.current = muted()
        self.notice = NoticeLine()
        row = QHBoxLayout()
        tell = QLabel(self.tr("Tell me &when"))
        tell.setBuddy(self.measure)
        row.addWidget(tell)
        row.addWidget(self.measure)
        row.addWidget(QLabel(self.tr("is")))
        row.addWidget(self.direction)
        row.addWidget(self.threshold)
        row.addWidget(QLabel(self.tr(",")))
        row.addWidget(self.times)
        row.addWidget(QLabel(self.tr("times in a row")))
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "When your check-ins show this pattern, PeerDesk shows your plan and "
                    "suggests supervision. Once, gently; you choose what to do."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.current)
        layout.addWidget(self.notice)

    def load(self, vault) -> None:
        self.vault = vault
        self._show(selfcare.early_warning_rule(vault))

    def clear(self) -> None:
        self.vault = None
        self.current.clear()
        self.notice.clear()

    def _show(self, rule) -> None:
        self.measure.setCurrentIndex(max(0, self.measure.findData(rule.measure)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(rule.direction)))
        self.threshold.setValue(rule.threshold)
        self.times.setValue(rule.times_in_a_row)
        self.current.setText(self.tr("Now: %1.").replace("%1", rule_text(rule)))

    def save(self) -> None:
        if self.vault is None:
            return
        ok, rule = attempt(
            self,
            self.notice,
            lambda: selfcare.set_early_warning_rule(
                self.vault,
                measure=self.measure.currentData(),
                direction=self.direction.currentData(),
                threshold=self.threshold.value(),
                times_in_a_row=self.times.value(),
            ),
            {"measure": self.measure, "threshold": self.threshold, "times_in_a_row": self.times},
        )
        if ok:
            self._show(rule)
            self.notice.show_info(self.tr("Saved."))
            self.saved.emit(rule)


class PlanPage(QWidget):
    """The wellbeing plan, edited in place; Ctrl+S saves every changed section at once."""

    plan_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.editors: list[SectionEditor] = []
        self.keeper = DraftKeeper(PLAN_DRAFT, self._collect, self)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(2)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(heading(self.tr("My wellbeing plan")))
        inner_layout.addWidget(
            muted(
                self.tr(
                    "In your own words, for you alone. It is not part of any report or "
                    "export unless you include it yourself."
                )
            )
        )
        inner_layout.addLayout(self.sections)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("A section of your own, e.g. “Music”"))
        self.new_title.setAccessibleName(self.tr("Title of a new section"))
        self.new_title.returnPressed.connect(self.add_section)
        self.add_button = QPushButton(self.tr("Add a se&ction"))
        self.add_button.clicked.connect(self.add_section)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.add_button)
        inner_layout.addLayout(add_row)
        self.rule = RuleEditor()
        inner_layout.addWidget(self.rule)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.scroll = scroll

        self.save_button = QPushButton(self.tr("&Save plan"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton(self.tr("Save &as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the plan as a PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.notice = NoticeLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 4)
        buttons.addStretch(1)  # keeps the buttons their size while the notice is hidden
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.save_button)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # life -----------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self.keeper.attach(vault)
        self.rule.load(vault)
        self._build(selfcare.wellbeing_plan(vault))
        draft = self.keeper.restore()
        if draft and isinstance(draft.get("sections"), dict):
            for editor in self.editors:
                change = draft["sections"].get(editor.key)
                if isinstance(change, dict):
                    editor.apply(change)
            self.keeper.mark_clean()
            self.notice.show_info(self.tr("Your unsaved changes to the plan were restored."))

    def clear(self) -> None:
        self.keeper.detach()
        self.vault = None
        self._build([])
        self.new_title.clear()
        self.notice.clear()
        self.rule.clear()

    def save_drafts(self) -> None:
        self.keeper.save_now()

    def show_record(self, section_id: int) -> bool:
        for editor in self.editors:
            if editor.section_id == section_id:
                self.scroll.ensureWidgetVisible(editor)
                editor.body.setFocus()
                return True
        return False

    def plan(self) -> list:
        return selfcare.wellbeing_plan(self.vault) if self.vault is not None else []

    # sections -------------------------------------------------------------

    def _build(self, plan: list) -> None:
        for editor in self.editors:
            self.sections.removeWidget(editor)
            editor.deleteLater()
        self.editors = []
        for section in plan:
            editor = SectionEditor(section)
            editor.title.textEdited.connect(self.keeper.touched)
            editor.body.textChanged.connect(self._body_changed)
            if editor.remove_button is not None:
                editor.remove_button.clicked.connect(
                    lambda _=False, e=editor: self.remove_section(e)
                )
            self.sections.addWidget(editor)
            self.editors.append(editor)
        self.keeper.mark_clean()

    def _body_changed(self) -> None:
        if any(editor.changes() for editor in self.editors):
            self.keeper.touched()

    def _collect(self) -> dict | None:
        changed = {e.key: e.changes() for e in self.editors if e.changes()}
        return {"sections": changed} if changed else None

    def save(self) -> bool:
        if self.vault is None:
            return False
        changed = {e.key: e.changes() for e in self.editors if e.changes()}
        if not changed:
            self.notice.show_info(self.tr("Nothing to save; your plan is as you left it."))
            return True
        fields = {}
        for editor in self.editors:
            if editor.key in changed:
                fields = {"title": editor.title, "body": editor.body}
                break
        ok, plan = attempt(
            self, self.notice, lambda: records.save_plan(self.vault, sections=changed), fields
        )
        if not ok:
            return False
        self.keeper.discard()
        self._rebuild_keeping_focus(plan)
        self.notice.show_info(self.tr("Your plan is saved."))
        self.plan_saved.emit()
        return True

    def _rebuild_keeping_focus(self, plan: list) -> None:
        focused = next((e.key for e in self.editors if e.body.hasFocus()), None)
        self._build(plan)
        for editor in self.editors:
            if editor.key == focused:
                editor.body.setFocus()

    def add_section(self) -> None:
        if self.vault is None:
            return
        if any(e.changes() for e in self.editors) and not self.save():
            return
        ok, section = attempt(
            self,
            self.notice,
            lambda: selfcare.add_plan_section(self.vault, title=self.new_title.text()),
            {"title": self.new_title},
        )
        if not ok:
            return
        self.new_title.clear()
        self._build(selfcare.wellbeing_plan(self.vault))
        self.notice.show_info(self.tr("Section added. Write in it, then save the plan."))
        for editor in self.editors:
            if editor.key == section.key:
                self.scroll.ensureWidgetVisible(editor)
                editor.body.setFocus()

    def remove_section(self, editor: SectionEditor) -> None:
        if self.vault is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Remove section"),
            self.tr("Remove the section “%1” and its text for good?").replace(
                "%1", editor.shown_title
            ),
            ok_text=self.tr("Remove"),
        ):
            return
        pending = {e.key: e.changes() for e in self.editors if e.changes() and e is not editor}
        ok, _ = attempt(
            self, self.notice, lambda: records.delete_plan_section(self.vault, key=editor.key)
        )
        self._build(selfcare.wellbeing_plan(self.vault))
        # Unsaved text in the other sections stays on screen.
        for other in self.editors:
            if other.key in pending:
                other.apply(pending[other.key])
        if pending:
            self.keeper.touched()
        if ok:
            self.notice.show_info(self.tr("The section was removed."))

    # printing -------------------------------------------------------------

    def plan_html(self) -> str:
        """The plan as it is on screen, as a document."""
        parts = [f"<h1>{html.escape(self.tr('My wellbeing plan'))}</h1>"]
        for editor in self.editors:
            parts.append(f"<h2>{html.escape(editor.title.text())}</h2>")
            body = editor.body.toPlainText().strip()
            paragraphs = body.split("\n") if body else ["–"]
            parts.extend(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        return "\n".join(parts)

    def save_pdf(self) -> None:
        if self.vault is None:
            return
        start = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        ) / self.tr("my-wellbeing-plan.pdf")
        path = dialogs.save_file(self, self.tr("Save the plan as a PDF"), str(start), "PDF (*.pdf)")
        if not path:
            return
        try:
            write_pdf(self.plan_html(), Path(path), title=self.tr("My wellbeing plan"))
        except OSError as error:
            dialogs.error_dialog(self, error)
            return
        self.notice.show_info(self.tr("Saved as %1.").replace("%1", Path(path).name))
