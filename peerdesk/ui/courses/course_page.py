"""The right-hand side of the courses tab: one course, its sessions and the session form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.courses.models import SessionTableModel, date_span
from peerdesk.ui.courses.session_editor import SessionEditor
from peerdesk.ui.courses.words import kind_label, role_label
from peerdesk.ui.formatting import fmt_hours
from peerdesk.vault.models import Course


class CoursePage(QWidget):
    """Header (title, kind, dates, role, people), actions, sessions table, session form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.PlainText)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.edit_button = QPushButton(self.tr("&Edit course…"))
        self.export_button = QPushButton(self.tr("E&xport plan as PDF"))
        self.export_menu = QMenu(self.export_button)
        self.export_plain = QAction(self.tr("Plan for co-teachers…"), self)
        self.export_full = QAction(self.tr("Plan with head counts and evaluations…"), self)
        self.export_menu.addAction(self.export_plain)
        self.export_menu.addAction(self.export_full)
        self.export_button.setMenu(self.export_menu)
        self.delete_button = QPushButton(self.tr("De&lete course…"))
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.sessions_label = QLabel()
        font = self.sessions_label.font()
        font.setBold(True)
        self.sessions_label.setFont(font)
        self.new_session_button = QPushButton(self.tr("New sess&ion"))
        self.new_session_button.setToolTip(self.tr("Add a session to this course"))
        sessions_head = QHBoxLayout()
        sessions_head.addWidget(self.sessions_label, 1)
        sessions_head.addWidget(self.new_session_button)

        self.sessions_model = SessionTableModel(self)
        self.sessions = QTableView()
        self.sessions.setModel(self.sessions_model)
        self.sessions.setAccessibleName(self.tr("Sessions of the course"))
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.setTabKeyNavigation(False)
        self.sessions.verticalHeader().hide()
        self.sessions.setWordWrap(False)
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = self.sessions.verticalHeader().defaultSectionSize()
        self.sessions.setMinimumHeight(rows * 5 + header.sizeHint().height() + 4)
        self.sessions.setMaximumHeight(rows * 9 + header.sizeHint().height() + 4)

        self.editor = SessionEditor()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.people)
        layout.addWidget(self.description)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addSpacing(8)
        layout.addLayout(sessions_head)
        layout.addWidget(self.sessions)
        layout.addWidget(self.editor, 1)

    def show_course(self, course: Course, minutes: int | None) -> None:
        """Fill the header from `course` (sessions loaded); `minutes`: its hours so far."""
        self.title.setText(course.title)
        sessions = list(course.sessions)
        summary = [
            kind_label(course.kind),
            role_label(course.my_role),
            date_span(course.starts_on, course.ends_on),
        ]
        if minutes:
            summary.append(self.tr("%1 hours with preparation").replace("%1", fmt_hours(minutes)))
        self.summary.setText(" · ".join(summary))
        people = []
        if course.co_teachers.strip():
            people.append(self.tr("Co-teachers: %1").replace("%1", _one_line(course.co_teachers)))
        if course.partners.strip():
            people.append(self.tr("Partners: %1").replace("%1", _one_line(course.partners)))
        self.people.setText("\n".join(people))
        self.people.setVisible(bool(people))
        self.description.setText(course.description.strip())
        self.description.setVisible(bool(course.description.strip()))
        self.sessions_label.setText(self.tr("Sessions (%n)", "", len(sessions)))
        self.sessions.setVisible(bool(sessions))

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def clear(self) -> None:
        for label in (self.title, self.summary, self.people, self.description, self.notice):
            label.clear()
        self.notice.hide()
        self.sessions_label.clear()
        self.sessions_model.set_sessions([], now=self.sessions_model.now)
        self.editor.clear()


def _one_line(text: str) -> str:
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())
