"""Goals in the person's own words, their sub-goals, and the follow-up of a
sub-goal (continue / change / end / reassess)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from peerdesk.services import care
from peerdesk.ui.care import words
from peerdesk.ui.care.conversation_dialog import text_edit
from peerdesk.ui.care.fields import OptionalDate
from peerdesk.ui.care.form import CareForm


def _status_combo() -> QComboBox:
    combo = QComboBox()
    for status in care.FollowUpStatus:
        combo.addItem(words.word(words.FOLLOW_UP_STATUS, status), status.value)
    return combo


class GoalDialog(CareForm):
    """Add a goal for a person, or change one."""

    def __init__(self, vault, *, person_id: int, goal=None, parent: QWidget | None = None):
        key = f"person:{person_id}:goal:{goal.id if goal else 'new'}"
        super().__init__(vault, draft_key=key, parent=parent)
        self.person_id = person_id
        self.goal = goal
        self.setWindowTitle(self.tr("New goal") if goal is None else self.tr("Change goal"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("The goal, briefly"))
        self.add_field("title", self.tr("&Goal:"), self.title_edit)
        self.own_words = text_edit(self.tr("The goal as the person put it."), 3)
        self.add_field("own_words", self.tr("In their &own words:"), self.own_words)
        self.status = _status_combo()
        self.add_field("status", self.tr("&Status:"), self.status, guard=False)
        self.set_on = OptionalDate(quick=())
        self.add_field("set_on", self.tr("Set o&n:"), self.set_on, guard=False)
        self.finish_layout()
        self.reset_fields()
        self.resize(520, self.sizeHint().height())

    def reset_fields(self) -> None:
        g = self.goal
        self.set_values(
            {
                "title": g.title if g else "",
                "own_words": g.own_words if g else "",
                "status": g.status if g else care.FollowUpStatus.CONTINUE,
                "set_on": g.set_on if g else date.today(),
            }
        )

    def save(self):
        values = self.payload()
        values["set_on"] = values["set_on"] or None
        if self.goal is None:
            return care.add_goal(self.vault, person_id=self.person_id, **values)
        return care.update_goal(self.vault, self.goal.id, **values)


class SubGoalDialog(CareForm):
    """Add a step towards a goal, or correct one."""

    def __init__(
        self, vault, *, person_id: int, goal, sub_goal=None, parent: QWidget | None = None
    ):
        key = f"person:{person_id}:sub_goal:{sub_goal.id if sub_goal else f'new:{goal.id}'}"
        super().__init__(vault, draft_key=key, parent=parent)
        self.goal = goal
        self.sub_goal = sub_goal
        self.setWindowTitle(
            self.tr("New step towards “%1”").replace("%1", goal.title)
            if sub_goal is None
            else self.tr("Change step")
        )
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("A small, concrete step"))
        self.add_field("title", self.tr("&Step:"), self.title_edit)
        self.note = text_edit(self.tr("Anything worth remembering about it."), 3)
        self.add_field("note", self.tr("&Note:"), self.note)
        self.follow_up = OptionalDate()
        self.add_field("follow_up_on", self.tr("&Follow up on:"), self.follow_up, guard=False)
        self.finish_layout()
        self.reset_fields()
        self.resize(560, self.sizeHint().height())

    def reset_fields(self) -> None:
        s = self.sub_goal
        self.set_values(
            {
                "title": s.title if s else "",
                "note": s.note if s else "",
                "follow_up_on": s.follow_up_on if s else None,
            }
        )

    def save(self):
        values = self.payload()
        values["follow_up_on"] = values["follow_up_on"] or None
        if self.sub_goal is None:
            return care.add_sub_goal(self.vault, goal_id=self.goal.id, **values)
        return care.update_sub_goal(self.vault, self.sub_goal.id, **values)


class SubGoalFollowUpDialog(CareForm):
    """Record that a sub-goal was followed up, with the verdict and the next date."""

    def __init__(self, vault, *, person_id: int, sub_goal, parent: QWidget | None = None):
        key = f"person:{person_id}:sub_goal_follow_up:{sub_goal.id}"
        super().__init__(vault, draft_key=key, parent=parent)
        self.sub_goal = sub_goal
        self.setWindowTitle(self.tr("Follow up: %1").replace("%1", sub_goal.title))
        self.status = _status_combo()
        self.add_field("status", self.tr("&Verdict:"), self.status, guard=False)
        self.on = OptionalDate(quick=())
        self.add_field("on", self.tr("Followed up &on:"), self.on, guard=False)
        self.note = text_edit(self.tr("How it went, briefly (added to the step's note)."), 3)
        self.add_field("note", self.tr("&Note:"), self.note)
        self.next_date = OptionalDate()
        self.add_field("follow_up_on", self.tr("Ne&xt follow-up:"), self.next_date, guard=False)
        explain = QLabel(
            self.tr("Continue, change or reassess may set a next follow-up; end closes the step.")
        )
        explain.setWordWrap(True)
        explain.setEnabled(False)
        self.finish_layout(explain)
        self.reset_fields()
        self.resize(560, self.sizeHint().height())

    def reset_fields(self) -> None:
        self.set_values(
            {
                "status": self.sub_goal.status,
                "on": date.today(),
                "note": "",
                "follow_up_on": None,
            }
        )

    def save(self):
        values = self.payload()
        values["follow_up_on"] = values["follow_up_on"] or None
        return care.record_sub_goal_follow_up(self.vault, self.sub_goal.id, **values)
