"""Forløb & undervisning: courses and groups, their sessions, preparation and evaluation."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import course_edits, course_views, courses, hours
from peerdesk.services.errors import NotFound
from peerdesk.ui import dialogs
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.courses.course_dialog import CourseDialog
from peerdesk.ui.courses.course_list_pane import CourseListPane
from peerdesk.ui.courses.course_page import CoursePage
from peerdesk.ui.courses.models import ID_ROLE
from peerdesk.ui.courses.plan_pdf import export_plan, suggested_name
from peerdesk.ui.courses.words import describe_missing
from peerdesk.ui.formatting import fmt_hours
from peerdesk.vault.errors import VaultError

COMING_DAYS = 42  # the calendar looks six weeks ahead (Overblik: two)


class CoursesTab(AreaTab):
    """Left: the coming sessions and the list of courses. Right: the chosen course."""

    area = "courses"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.course_id: int | None = None
        self.dialog: CourseDialog | None = None
        # Ids only (no text), so that unlocking returns to the same course and session
        # (or to the new session's form, when that was open).
        self._return_to: tuple[int | None, int | None] = (None, None)
        self._return_to_new_session = False
        self._quiet = False

        self.list_pane = CourseListPane()
        pane = self.list_pane
        # The pane's parts, by the names the rest of the tab (and its tests) use.
        self.coming, self.week_line = pane.coming, pane.week_line
        self.filter_field, self.kind_filter = pane.filter_field, pane.kind_filter
        self.model, self.proxy, self.table = pane.model, pane.proxy, pane.table
        self.empty_list, self.new_course_button = pane.empty_list, pane.new_course_button

        self.page = CoursePage()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.page)
        self.nothing_chosen = QLabel()
        self.nothing_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_chosen.setWordWrap(True)
        self.nothing_chosen.setEnabled(False)
        self.right = QStackedWidget()
        self.right.addWidget(self.nothing_chosen)
        self.right.addWidget(scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(pane)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        pane.setMinimumWidth(340)
        splitter.setSizes([420, 860])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._course_chosen)
        self.table.activated.connect(lambda _index: self.page.sessions.setFocus())
        self.new_course_button.clicked.connect(self.new_record)
        self.coming.open_session.connect(self.show_course)
        page = self.page
        page.edit_button.clicked.connect(self.edit_course)
        page.delete_button.clicked.connect(self.delete_course)
        page.export_plain.triggered.connect(lambda: self.export_plan(with_evaluations=False))
        page.export_full.triggered.connect(lambda: self.export_plan(with_evaluations=True))
        page.new_session_button.clicked.connect(self.new_session)
        page.sessions.selectionModel().currentRowChanged.connect(self._session_chosen)
        page.sessions.activated.connect(lambda _index: page.editor.topic.setFocus())
        page.editor.changed.connect(self._session_changed)
        self.clear()

    # AreaTab -------------------------------------------------------------------

    def title(self) -> str:
        # "&&" shows one ampersand in a tab's text (a single one would be a mnemonic).
        return self.tr("Courses && teaching")

    def load(self, vault) -> None:
        """Fill the tab from the vault, back on the course and session shown before."""
        self.vault = vault
        course_id, session_id = self._return_to
        new_session, self._return_to_new_session = self._return_to_new_session, False
        if course_id is None:
            course_id = self.course_id
        self._refresh_lists()
        if course_id is None or self.model.row_of(course_id) < 0:
            course_id, session_id, new_session = self._first_to_show(), None, False
        if course_id is not None:
            self.show_course(course_id, session_id)
            if new_session:
                self.new_session()  # its draft comes back in the form
        else:
            self._show_nothing()

    def clear(self) -> None:
        """Empty every view and field (drafts were saved first by save_drafts)."""
        if self.vault is not None:
            editor = self.page.editor
            self._return_to = (self.course_id, editor.session_id)
            self._return_to_new_session = editor.is_showing() and editor.session_id is None
        if self.dialog is not None:
            self.dialog.close_for_lock()
            self.dialog = None
        self.vault = None
        self.course_id = None
        self.page.clear()
        self.list_pane.clear()
        self.nothing_chosen.clear()
        self.right.setCurrentIndex(0)

    def open_record(self, table: str, record_id: int) -> bool:
        if table not in course_views.COURSE_TABLES or self.vault is None:
            return False
        try:
            place = course_views.locate(self.vault, table, record_id)
        except NotFound as error:
            self._show_nothing(describe_missing(error))
            return True
        self.show_course(place.course_id, place.session_id)
        return True

    def save_drafts(self) -> None:
        if self.vault is None:
            return
        self.page.editor.save_draft()
        if self.dialog is not None:
            self.dialog.save_draft()

    def new_record(self) -> bool:
        if self.vault is None:
            return False
        self._open_dialog(None)
        return True

    # lists ---------------------------------------------------------------------

    def _refresh_lists(self) -> None:
        """Re-read the courses list, the coming sessions and this week's hours."""
        now = datetime.now().replace(microsecond=0)
        try:
            rows = course_views.course_rows(self.vault, now=now)
            coming = courses.upcoming_sessions(self.vault, now=now, days=COMING_DAYS)
            monday = now.date() - timedelta(days=now.weekday())
            week = hours.week_hours(self.vault, week_start=monday)
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self._quiet = True
        self.model.set_rows(rows)
        self._quiet = False
        self._select_course_row(self.course_id)
        self.coming.set_sessions(coming, today=now.date())
        self.week_line.setText(
            self.tr("This week: %1 hours of teaching and preparation, %2 hours in all.")
            .replace("%1", fmt_hours(week.by_source["teaching"]))
            .replace("%2", fmt_hours(week.total_minutes))
        )
        self.list_pane.show_list_state()

    def _first_to_show(self) -> int | None:
        """The course with the soonest coming session, else the latest course."""
        coming = [r for r in self.model.rows if r.next_session_at is not None]
        if coming:
            return min(coming, key=lambda r: r.next_session_at).id
        return self.model.rows[0].id if self.model.rows else None

    def _select_course_row(self, course_id: int | None) -> None:
        self._quiet = True
        try:
            selection = self.table.selectionModel()
            row = -1 if course_id is None else self.model.row_of(course_id)
            if row < 0:
                selection.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                # Hidden by the filter: show everything rather than hide the chosen course.
                self.filter_field.clear()
                self.kind_filter.setCurrentIndex(0)
                index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def _course_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        course_id = current.data(ID_ROLE)
        if course_id != self.course_id:
            self.show_course(int(course_id))

    # one course ----------------------------------------------------------------

    def show_course(self, course_id: int, session_id: int | None = None) -> None:
        """Show a course; with `session_id`, that session in the form."""
        if self.vault is None:
            return
        try:
            plan = courses.course_plan(self.vault, course_id)
        except NotFound as error:
            self._show_nothing(describe_missing(error))
            return
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        changing_course = course_id != self.course_id
        self.course_id = course_id
        self._return_to = (None, None)
        self._select_course_row(course_id)
        self._fill_page(plan)
        if changing_course:
            self.page.say("")
        editor = self.page.editor
        chosen = next((s for s in plan.sessions if s.id == session_id), None)
        if chosen is None and changing_course:
            chosen = _next_or_last(plan.sessions)
        if chosen is not None:
            self._select_session_row(chosen.id)
            editor.show_session(self.vault, chosen)
        elif changing_course:
            self._select_session_row(None)
            editor.save_draft()
            editor.clear(no_sessions=not plan.sessions)
        self.right.setCurrentIndex(1)

    def _fill_page(self, plan) -> None:
        row = self.model.row_of(plan.id)
        minutes = self.model.rows[row].minutes if row >= 0 else None
        self.page.show_course(plan, minutes)
        self.page.sessions_model.set_sessions(
            list(plan.sessions), now=datetime.now().replace(microsecond=0)
        )

    def _select_session_row(self, session_id: int | None) -> None:
        self._quiet = True
        try:
            view = self.page.sessions
            row = -1 if session_id is None else self.page.sessions_model.row_of(session_id)
            if row < 0:
                view.selectionModel().clearSelection()
                view.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
                )
                return
            index = self.page.sessions_model.index(row, 0)
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(index)
        finally:
            self._quiet = False

    def _session_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid() or self.vault is None:
            return
        session = self.page.sessions_model.sessions[current.row()]
        if session.id != self.page.editor.session_id:
            self.page.editor.show_session(self.vault, session)

    def _session_changed(self, course_id: int, session_id: int | None) -> None:
        """A session was saved, ticked or deleted: refresh the lists, keep the form."""
        self._refresh_lists()
        try:
            plan = courses.course_plan(self.vault, course_id)
        except NotFound as error:
            self._show_nothing(describe_missing(error))
            return
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self._fill_page(plan)
        self._select_session_row(session_id)
        if session_id is None:
            self.page.editor.clear(no_sessions=not plan.sessions)

    def _show_nothing(self, notice: str = "") -> None:
        self.page.editor.save_draft()
        self.page.clear()
        self.course_id = None
        self._select_course_row(None)
        self.nothing_chosen.setText(
            notice
            or self.tr(
                "Choose a course or group on the left, or add a new one with "
                "New course or group (Ctrl+N)."
            )
        )
        self.right.setCurrentIndex(0)

    # actions -------------------------------------------------------------------

    def new_session(self) -> None:
        """A new session in the form, at the course's next likely time."""
        if self.vault is None or self.course_id is None:
            return
        self._select_session_row(None)
        starts, ends = _suggest_time(self.page.sessions_model.sessions)
        self.page.editor.show_new(self.vault, self.course_id, starts, ends)

    def edit_course(self) -> None:
        if self.vault is None or self.course_id is None:
            return
        try:
            course = courses.course_plan(self.vault, self.course_id)
        except NotFound as error:
            self._show_nothing(describe_missing(error))
            return
        self._open_dialog(course)

    def _open_dialog(self, course) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = CourseDialog(self.vault, course, self)
        self.dialog.saved.connect(self._course_saved)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _course_saved(self, course_id: int) -> None:
        self._refresh_lists()
        if course_id == self.course_id:
            self.show_course(course_id, self.page.editor.session_id)
        else:
            self.show_course(course_id)

    def delete_course(self) -> None:
        if self.vault is None or self.course_id is None:
            return
        count = self.page.sessions_model.rowCount()
        if not dialogs.confirm(
            self,
            self.tr("Delete course?"),
            self.tr(
                "Delete “%1” with its %n session(s), their checklists and evaluations? "
                "This cannot be undone.",
                "",
                count,
            ).replace("%1", self.page.title.text()),
            ok_text=self.tr("&Delete course"),
        ):
            return
        try:
            course_edits.delete_course(self.vault, self.course_id)
        except NotFound:
            pass  # already gone
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self.page.editor.clear()  # its draft went with the course
        self.course_id = None
        self._refresh_lists()
        self._show_nothing()

    def export_plan(self, *, with_evaluations: bool) -> None:
        """Write the course plan to a PDF the worker picks (for co-teachers)."""
        if self.vault is None or self.course_id is None:
            return
        try:
            plan = courses.course_plan(self.vault, self.course_id)
        except NotFound as error:
            self._show_nothing(describe_missing(error))
            return
        path = dialogs.save_file(
            self,
            self.tr("Export the course plan"),
            str(Path.home() / suggested_name(plan)),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            written = export_plan(plan, Path(path), with_evaluations=with_evaluations)
        except OSError as error:
            dialogs.error_dialog(self, error)
            return
        self.page.say(self.tr("The plan was saved as %1.").replace("%1", str(written)))


def _next_or_last(sessions) -> object | None:
    """The first session not yet over, else the last one (None without sessions)."""
    now = datetime.now()
    for s in sessions:
        if s.ends_at > now:
            return s
    return sessions[-1] if sessions else None


def _suggest_time(sessions) -> tuple[datetime, datetime]:
    """After the last session at its rhythm (a week by default), at the same hours."""
    if not sessions:
        day = date.today() + timedelta(days=7)
        return datetime.combine(day, time(10)), datetime.combine(day, time(12))
    last = sessions[-1]
    step = timedelta(days=7)
    if len(sessions) >= 2:
        gap = last.starts_at.date() - sessions[-2].starts_at.date()
        if gap.days >= 1:
            step = gap
    length = last.ends_at - last.starts_at
    starts = datetime.combine(last.starts_at.date() + step, last.starts_at.time())
    if starts < datetime.now():
        starts = datetime.combine(date.today() + timedelta(days=7), last.starts_at.time())
    return starts, starts + length
