"""One session of a course: when, topic, my part, preparation, head count, evaluation."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import course_edits, courses
from peerdesk.services.course_edits import session_draft_key
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.courses.draft_keeper import DraftKeeper
from peerdesk.ui.courses.form_bits import (
    ErrorLine,
    FieldErrors,
    from_qdate,
    note_field,
    to_qdate,
    with_error_line,
)
from peerdesk.ui.courses.prep_checklist import PrepChecklist
from peerdesk.ui.courses.words import describe_missing
from peerdesk.ui.formatting import fmt_datetime, fmt_hours
from peerdesk.vault.errors import VaultError
from peerdesk.vault.models import CourseSession

NOT_COUNTED = -1  # the head count spin box's "not counted" value


class SessionEditor(QWidget):
    """Shows one session (or a new one) for editing; Ctrl+S saves.

    `changed(course_id, session_id)` fires after anything of a session was
    saved or deleted (session_id is None after a deletion), so lists can refresh.
    """

    changed = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.course_id: int | None = None
        self.session_id: int | None = None

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(0, 24, 0, 0)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.restored = QLabel(self.tr("Your unsaved changes from earlier were restored."))
        self.restored.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Go &back to the saved version"))
        self.discard_button.setAccessibleName(self.tr("Discard the restored changes"))
        self.discard_button.clicked.connect(self._discard_draft)
        self.banner = QWidget()
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.restored, 1)
        banner.addWidget(self.discard_button)
        self.banner.hide()

        self.general_error = ErrorLine()
        self.errors = FieldErrors(self.general_error)
        self._build_fields()

        self.save_button = QPushButton(self.tr("&Save session"))
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete sessio&n…"))
        self.delete_button.clicked.connect(self.delete)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hours_line, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.banner)
        column.addLayout(self._grid)
        column.addWidget(self.general_error)
        column.addLayout(buttons)
        column.addStretch(1)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(form)

        self.drafts = DraftKeeper(self.payload, self)
        for signal in (
            self.day.dateChanged,
            self.from_time.timeChanged,
            self.to_time.timeChanged,
            self.topic.textChanged,
            self.my_part.textChanged,
            self.materials.textChanged,
            self.prep_minutes.valueChanged,
            self.head_count.valueChanged,
            self.worked.textChanged,
            self.change.textChanged,
            self.checklist.lines_edited,
        ):
            signal.connect(self.drafts.edited)
        for signal in (
            self.day.dateChanged,
            self.from_time.timeChanged,
            self.to_time.timeChanged,
            self.prep_minutes.valueChanged,
        ):
            signal.connect(self._show_hours)
        # Tab follows the screen: the session, its checklist, then afterwards and the buttons.
        chain = [
            self.discard_button,
            self.day,
            self.from_time,
            self.to_time,
            self.topic,
            self.my_part,
            self.materials,
            self.checklist.list,
            self.checklist.new_line,
            self.checklist.add_button,
            self.checklist.remove_button,
            self.prep_minutes,
            self.head_count,
            self.worked,
            self.change,
            self.delete_button,
            self.save_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.checklist.changed.connect(lambda: self.changed.emit(self.course_id, self.session_id))
        self.clear()

    def _build_fields(self) -> None:
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date"))
        self.from_time = QTimeEdit()
        self.from_time.setAccessibleName(self.tr("From"))
        self.to_time = QTimeEdit()
        self.to_time.setAccessibleName(self.tr("To"))
        self.topic = QLineEdit()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.my_part = note_field(self.tr("My part"))
        self.materials = note_field(self.tr("Materials"), lines=2)
        self.prep_minutes = QSpinBox()
        self.prep_minutes.setAccessibleName(self.tr("Preparation time in minutes"))
        self.prep_minutes.setRange(0, courses.MAX_PREP_MINUTES)
        self.prep_minutes.setSingleStep(15)
        self.prep_minutes.setSuffix(self.tr(" min"))
        self.prep_minutes.setMaximumWidth(
            self.prep_minutes.fontMetrics().horizontalAdvance("M") * 12
        )
        self.checklist = PrepChecklist()
        self.head_count = QSpinBox()
        self.head_count.setAccessibleName(self.tr("Head count"))
        self.head_count.setRange(NOT_COUNTED, courses.MAX_HEAD_COUNT)
        self.head_count.setSpecialValueText(self.tr("Not counted"))
        self.head_count.setMaximumWidth(self.head_count.fontMetrics().horizontalAdvance("M") * 14)
        self.head_count.setMinimumWidth(self.head_count.fontMetrics().horizontalAdvance("M") * 10)
        self.worked = note_field(self.tr("What worked"))
        self.change = note_field(self.tr("What to change"))
        self.hours_line = QLabel()
        self.hours_line.setWordWrap(True)

        when = QHBoxLayout()
        when.addWidget(self.day, 2)
        dash = QLabel(self.tr("from"))
        when.addWidget(dash)
        when.addWidget(self.from_time, 1)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.to_time, 1)
        session_box = QGroupBox(self.tr("The session"))
        session_form = QFormLayout(session_box)
        when_line = self._row(session_form, self.tr("&Date:"), self.day, "starts_at", layout=when)
        # The end time's words go under the same row as the date and start time.
        self.errors.add("ends_at", when_line, self.to_time)
        self._row(session_form, self.tr("&Topic:"), self.topic, "topic")
        self._row(session_form, self.tr("My &part:"), self.my_part, "my_part")
        self._row(session_form, self.tr("&Materials:"), self.materials, "materials")

        prep_box = QGroupBox(self.tr("Preparation"))
        prep_form = QFormLayout(prep_box)
        prep_form.addRow(self.checklist)
        self._row(prep_form, self.tr("P&reparation time:"), self.prep_minutes, "prep_minutes")
        # The checklist shows its own refusals; the whole list's limit goes under it too.
        self.errors.add("prep_items", self.checklist.error, self.checklist.new_line)

        self.after_box = QGroupBox(self.tr("Afterwards"))
        after_form = QFormLayout(self.after_box)
        self.after_note = QLabel()
        self.after_note.setWordWrap(True)
        self.after_note.setEnabled(False)
        after_form.addRow(self.after_note)
        self._row(after_form, self.tr("&Head count:"), self.head_count, "head_count")
        self._row(after_form, self.tr("What &worked:"), self.worked, "evaluation_worked")
        self._row(after_form, self.tr("What to &change:"), self.change, "evaluation_change")

        self._grid = QGridLayout()
        self._grid.addWidget(session_box, 0, 0)
        self._grid.addWidget(prep_box, 0, 1)
        self._grid.addWidget(self.after_box, 1, 0, 1, 2)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str, *, layout=None):
        caption = QLabel(label)
        caption.setBuddy(widget)
        cell, line = with_error_line(widget if layout is None else layout)
        form.addRow(caption, cell)
        self.errors.add(field, line, widget)
        return line

    # the form's contents -------------------------------------------------------

    def payload(self) -> dict:
        values = {
            "date": from_qdate(self.day.date()).isoformat(),
            "from": self.from_time.time().toString("HH:mm"),
            "to": self.to_time.time().toString("HH:mm"),
            "topic": self.topic.text(),
            "my_part": self.my_part.toPlainText(),
            "materials": self.materials.toPlainText(),
            "prep_minutes": self.prep_minutes.value(),
            "head_count": self.head_count.value(),
            "evaluation_worked": self.worked.toPlainText(),
            "evaluation_change": self.change.toPlainText(),
        }
        if self.session_id is None:
            values["prep_items"] = self.checklist.lines()
        return values

    def _apply(self, values: dict) -> None:
        day = _parse(date.fromisoformat, values.get("date")) or date.today()
        self.day.setDate(to_qdate(day))
        self.from_time.setTime(_qtime(values.get("from"), time(10)))
        self.to_time.setTime(_qtime(values.get("to"), time(12)))
        self.topic.setText(str(values.get("topic", "")))
        self.my_part.setPlainText(str(values.get("my_part", "")))
        self.materials.setPlainText(str(values.get("materials", "")))
        self.prep_minutes.setValue(_whole(values.get("prep_minutes"), 0))
        self.head_count.setValue(_whole(values.get("head_count"), NOT_COUNTED))
        self.worked.setPlainText(str(values.get("evaluation_worked", "")))
        self.change.setPlainText(str(values.get("evaluation_change", "")))
        if self.session_id is None:
            lines = values.get("prep_items") or []
            self.checklist.show_lines(self.vault, [str(x) for x in lines if str(x).strip()])

    def _starts_at(self) -> datetime:
        return datetime.combine(from_qdate(self.day.date()), _pytime(self.from_time.time()))

    def _ends_at(self) -> datetime:
        return datetime.combine(from_qdate(self.day.date()), _pytime(self.to_time.time()))

    # showing -------------------------------------------------------------------

    def show_session(self, vault, session: CourseSession) -> None:
        """Show a saved session; a draft of unsaved changes to it comes back too."""
        self._leave()
        self.vault, self.course_id, self.session_id = vault, session.course_id, session.id
        self.checklist.show_items(vault, session.id, list(session.prep_items))
        self._apply(_values_of(session))
        self.heading.setText(
            self.tr("Session %1").replace("%1", fmt_datetime(session.starts_at))
            + (f" — {session.topic}" if session.topic else "")
        )
        self._start_drafts()

    def show_new(self, vault, course_id: int, starts_at: datetime, ends_at: datetime) -> None:
        """An empty form for a new session of `course_id`, at the suggested time."""
        self._leave()
        self.vault, self.course_id, self.session_id = vault, course_id, None
        self._apply(
            {
                "date": starts_at.date().isoformat(),
                "from": starts_at.strftime("%H:%M"),
                "to": ends_at.strftime("%H:%M"),
                "head_count": NOT_COUNTED,
                "prep_items": [],
            }
        )
        self.heading.setText(self.tr("New session"))
        self._start_drafts()
        self.topic.setFocus()

    def _start_drafts(self) -> None:
        draft = self.drafts.start(
            self.vault, session_draft_key(self.course_id, self.session_id), self.payload()
        )
        if draft is not None:
            self._apply(draft)
        self.banner.setVisible(draft is not None)
        saved = self.session_id is not None
        self.after_box.setEnabled(saved)
        self.after_note.setText(
            self.tr("Numbers only: there is nowhere to write participants' names.")
            if saved
            else self.tr("Save the session first; then you can log the head count and evaluation.")
        )
        self.delete_button.setEnabled(saved)
        self.errors.clear()
        self._show_hours()
        self.pages.setCurrentIndex(1)

    def _leave(self) -> None:
        """Keep what was typed in the form being left as a draft."""
        if self.drafts.key is not None:
            self.drafts.save()
        self.drafts.stop()

    def clear(self, *, no_sessions: bool = False) -> None:
        """Empty every field (the caller saved the draft first).

        `no_sessions`: the course has none yet, and the empty form says how to add one.
        """
        self.drafts.stop()
        self.empty.setText(
            self.tr("No sessions yet. Add the first one with New session.")
            if no_sessions
            else self.tr("Choose a session in the list, or add a new one.")
        )
        self.vault, self.course_id, self.session_id = None, None, None
        for edit in (self.topic, self.my_part, self.materials, self.worked, self.change):
            edit.clear()
        self.checklist.clear()
        self.heading.clear()
        self.hours_line.clear()
        self.banner.hide()
        self.errors.clear()
        self.pages.setCurrentIndex(0)

    def save_draft(self) -> None:
        self.drafts.save()

    def is_showing(self) -> bool:
        return self.course_id is not None

    def _show_hours(self) -> None:
        minutes = max(0, int((self._ends_at() - self._starts_at()) / timedelta(minutes=1)))
        prep = self.prep_minutes.value()
        self.hours_line.setText(
            self.tr("Counts %1 hours in your week: %2 teaching, %3 preparation.")
            .replace("%1", fmt_hours(minutes + prep))
            .replace("%2", fmt_hours(minutes))
            .replace("%3", fmt_hours(prep))
        )

    # actions -------------------------------------------------------------------

    def save(self) -> None:
        """Save through the courses service; on refusal explain and keep every word."""
        if self.vault is None or self.course_id is None:
            return
        values = self.payload()
        fields = {
            "starts_at": self._starts_at(),
            "ends_at": self._ends_at(),
            "topic": values["topic"],
            "my_part": values["my_part"],
            "materials": values["materials"],
            "prep_minutes": values["prep_minutes"],
        }
        try:
            if self.session_id is None:
                row = courses.add_course_session(
                    self.vault,
                    course_id=self.course_id,
                    prep_items=values["prep_items"],
                    **fields,
                )
            else:
                head = values["head_count"]
                row = courses.update_course_session(
                    self.vault,
                    self.session_id,
                    head_count=None if head == NOT_COUNTED else head,
                    evaluation_worked=values["evaluation_worked"],
                    evaluation_change=values["evaluation_change"],
                    **fields,
                )
        except ValidationError as error:
            self.errors.show(error)
            return
        except NotFound as error:
            self.errors.say(describe_missing(error))
            return
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self.drafts.saved(values)
        self.drafts.stop()
        self.show_session(self.vault, row)
        self.changed.emit(row.course_id, row.id)

    def delete(self) -> None:
        if self.vault is None or self.session_id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete session?"),
            self.tr(
                "Delete the session on %1 with its checklist and evaluation? This cannot be undone."
            ).replace("%1", fmt_datetime(self._starts_at())),
            ok_text=self.tr("&Delete session"),
        ):
            return
        course_id = self.course_id
        try:
            course_edits.delete_course_session(self.vault, self.session_id)
        except NotFound:
            pass  # already gone: the lists catch up below
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self.clear()
        self.changed.emit(course_id, None)

    def _discard_draft(self) -> None:
        self.drafts.discard()
        self._apply(self.drafts.baseline)
        self.banner.hide()
        self.topic.setFocus()


def _values_of(session: CourseSession) -> dict:
    return {
        "date": session.starts_at.date().isoformat(),
        "from": session.starts_at.strftime("%H:%M"),
        "to": session.ends_at.strftime("%H:%M"),
        "topic": session.topic,
        "my_part": session.my_part,
        "materials": session.materials,
        "prep_minutes": session.prep_minutes,
        "head_count": NOT_COUNTED if session.head_count is None else session.head_count,
        "evaluation_worked": session.evaluation_worked,
        "evaluation_change": session.evaluation_change,
    }


def _parse(parse, value):
    try:
        return parse(str(value)) if value else None
    except ValueError:
        return None


def _whole(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _qtime(value: object, default: time) -> QTime:
    parsed = _parse(time.fromisoformat, value) or default
    return QTime(parsed.hour, parsed.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())
