"""Café-day mode: one screen to log a café opening, made for a busy room.

Big +1/−1 counters, hosts to tick, theme and activity chips, an incident box
and the facilitator's reflection. What is typed is autosaved as an encrypted
draft every few seconds; saving the log drops the draft in the same
transaction. There is no field for a guest's name, on purpose.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from peerdesk.services import cafe_views, drafts, shifts
from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.ui import dialogs
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.cafe_day_form import (
    DEFAULT_ACTIVITIES,
    DEFAULT_THEMES,
    TEXT_FIELDS,
    CafeDayForm,
    qdt,
    to_qdate,
)
from peerdesk.ui.cafe.widgets import show_error
from peerdesk.ui.formatting import fmt_date, fmt_datetime, fmt_time, fmt_weekday_date
from peerdesk.vault.errors import VaultError

AUTOSAVE_MS = 3000


class CafeDayPage(CafeDayForm):
    """The café-day form for one café: a new log, or a correction of a saved one."""

    saved = Signal(int)  # the session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.cafe = None
        self.session_id: int | None = None
        self.hosts: dict[int, str] = {}
        self._active_hosts: dict[int, str] = {}
        self._dirty = False
        self._filling = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft_now)
        self._connect_edits()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # building ---------------------------------------------------------------

    def _connect_edits(self) -> None:
        self.starts.dateTimeChanged.connect(self._edited)
        self.ends.timeChanged.connect(self._edited)
        self.has_end.toggled.connect(self._edited)
        self.head_count.changed.connect(self._head_changed)
        self.newcomers.changed.connect(self._part_changed)
        self.returning.changed.connect(self._part_changed)
        self.host_ticks.changed.connect(self._edited)
        self.themes.changed.connect(self._edited)
        self.activities.changed.connect(self._edited)
        self.follow_up.toggled.connect(self._edited)
        self.follow_up_on.dateChanged.connect(self._edited)
        for name in TEXT_FIELDS:
            getattr(self, name).textChanged.connect(self._edited)

    # editing ----------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._filling or self.vault is None or self.cafe is None:
            return
        self._dirty = True
        self.autosave.start()

    def _part_changed(self, *_: object) -> None:
        # A newcomer or a returning guest is also a guest: keep the total honest.
        parts = self.newcomers.value() + self.returning.value()
        if not self._filling and parts > self.head_count.value():
            self.head_count.setValue(parts)
        self._edited()

    def _head_changed(self, *_: object) -> None:
        self._edited()

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def draft_key(self) -> str | None:
        if self.cafe is None:
            return None
        if self.session_id is not None:
            return f"day:session:{self.session_id}"
        return f"day:new:{self.cafe.id}"

    # the shell's calls -------------------------------------------------------

    def set_context(self, vault, *, hosts: dict[int, str], active: dict[int, str]) -> None:
        """The open vault, every host by id (names on old logs) and the active
        hosts (the ones offered to tick)."""
        self.vault = vault
        self.hosts = dict(hosts)
        self._active_hosts = dict(active)

    def clear(self) -> None:
        """Empty every field; forget the vault and the café."""
        self.autosave.stop()
        self._filling = True
        try:
            self.vault = None
            self.cafe = None
            self.session_id = None
            self.hosts = {}
            self._active_hosts = {}
            self._reset_fields()
            self.heading.clear()
            self.status.clear()
            self.banner_text.clear()
            self.banner.setVisible(False)
        finally:
            self._filling = False
        self._dirty = False

    def save_drafts(self) -> None:
        """Keep unsaved input as an encrypted draft (before locking)."""
        self.save_draft_now()

    # opening ----------------------------------------------------------------

    def open_new(self, cafe, *, now: datetime | None = None) -> None:
        """A fresh log for `cafe`, prefilled from today's shift; a saved draft is restored."""
        self._leave_current()
        now = now or datetime.now().replace(second=0, microsecond=0)
        self.cafe = cafe
        self.session_id = None
        starts, ends = self._todays_hours(now)
        host_ids = self._call(
            lambda: cafe_views.hosts_on_shift(self.vault, cafe_id=cafe.id, day=now.date()), []
        )
        self._fill(
            {
                "starts_at": starts.isoformat(),
                "ends_at": ends.isoformat(),
                "host_ids": host_ids,
            },
            incidents=[],
        )
        self.heading.setText(self.tr("%1 — new session log").replace("%1", cafe.name))
        self._restore_draft()

    def open_session(self, session) -> None:
        """Correct a saved log (its incidents are listed; a new one may be added)."""
        self._leave_current()
        self.cafe = session.cafe
        self.session_id = session.id
        self._fill(
            {
                "starts_at": session.starts_at.isoformat(),
                "ends_at": session.ends_at.isoformat() if session.ends_at else None,
                "head_count": session.head_count,
                "newcomers": session.newcomers,
                "returning_guests": session.returning_guests,
                "host_ids": [h.id for h in session.hosts],
                "themes": list(session.themes),
                "activities": list(session.activities),
                "went_well": session.went_well,
                "do_differently": session.do_differently,
                "note": session.note,
            },
            incidents=session.incidents,
            extra_hosts={h.id: h.name for h in session.hosts},
        )
        self.heading.setText(
            self.tr("%1 — session of %2")
            .replace("%1", session.cafe.name)
            .replace("%2", fmt_datetime(session.starts_at))
        )
        self._restore_draft()

    def start_new(self) -> None:
        if self.cafe is not None:
            self.open_new(self.cafe)

    def _leave_current(self) -> None:
        # Switching forms must never lose what was typed: keep it as a draft.
        self.save_draft_now()
        self.autosave.stop()
        self.status.clear()

    def _todays_hours(self, now: datetime) -> tuple[datetime, datetime]:
        rows = self._call(
            lambda: shifts.coverage(
                self.vault, cafe_id=self.cafe.id, start=now.date(), end=now.date()
            ),
            [],
        )
        if rows:
            return rows[0].starts_at, rows[0].ends_at
        start = now.replace(minute=0)
        return start, start + timedelta(hours=3)

    def _fill(self, values: dict, *, incidents, extra_hosts: dict[int, str] | None = None) -> None:
        self._filling = True
        try:
            self._reset_fields()
            starts = datetime.fromisoformat(values["starts_at"])
            self.starts.setDateTime(qdt(starts))
            ends = values.get("ends_at")
            end_time = datetime.fromisoformat(ends).time() if ends else starts.time()
            self.ends.setTime(QTime(end_time.hour, end_time.minute))
            self.has_end.setChecked(bool(ends))
            self.ends.setEnabled(bool(ends))
            self.head_count.setValue(int(values.get("head_count", 0)))
            self.newcomers.setValue(int(values.get("newcomers", 0)))
            self.returning.setValue(int(values.get("returning_guests", 0)))
            self._fill_hosts(values.get("host_ids", []), extra_hosts or {})
            labels = self._call(
                lambda: cafe_views.recent_labels(
                    self.vault, cafe_id=self.cafe.id, since=starts.date() - timedelta(days=365)
                ),
                None,
            )
            themes = labels.themes if labels and labels.themes else self._defaults(DEFAULT_THEMES)
            activities = (
                labels.activities
                if labels and labels.activities
                else self._defaults(DEFAULT_ACTIVITIES)
            )
            self.themes.set_labels(
                [*themes, *values.get("offered_themes", [])], values.get("themes", [])
            )
            self.activities.set_labels(
                [*activities, *values.get("offered_activities", [])], values.get("activities", [])
            )
            for name in TEXT_FIELDS:
                getattr(self, name).setPlainText(str(values.get(name, "")))
            follow = values.get("incident_follow_up_on")
            default_follow = starts.date() + timedelta(days=7)
            self.follow_up_on.setDate(
                to_qdate(date.fromisoformat(follow) if follow else default_follow)
            )
            self.follow_up.setChecked(bool(follow))
            self._show_incidents(incidents)
        finally:
            self._filling = False
        self._dirty = False

    def _defaults(self, sources: tuple[str, ...]) -> list[str]:
        return [self.tr(text) for text in sources]

    def _fill_hosts(self, ticked: list[int], extra: dict[int, str]) -> None:
        shown = dict(self._active_hosts)
        for vid in ticked:
            if vid not in shown:
                shown[vid] = extra.get(vid) or self.hosts.get(vid) or ""
        shown = {vid: name for vid, name in shown.items() if name}
        items = sorted(shown.items(), key=lambda item: item[1].casefold())
        self.host_ticks.set_items(items, ticked)
        self.no_hosts.setVisible(not items)

    def _show_incidents(self, incidents) -> None:
        lines = []
        for incident in incidents:
            if incident.resolved_on is not None:
                state = self.tr("resolved %1").replace("%1", fmt_date(incident.resolved_on))
            elif incident.follow_up_on is not None:
                state = self.tr("follow up %1").replace("%1", fmt_date(incident.follow_up_on))
            else:
                state = self.tr("open")
            first_line = (
                incident.description.strip().splitlines()[0] if incident.description else ""
            )
            lines.append(f"• {first_line} ({state})")
        self.earlier_incidents.setText(
            self.tr("Already recorded:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.earlier_incidents.setVisible(bool(lines))

    # drafts -----------------------------------------------------------------

    def _payload(self) -> dict:
        return {
            "cafe_id": self.cafe.id if self.cafe else None,
            "session_id": self.session_id,
            **self.form_values(),
            "saved_local": datetime.now().replace(microsecond=0).isoformat(),
        }

    def save_draft_now(self) -> None:
        """Store the form as a draft if it holds unsaved edits."""
        self.autosave.stop()
        if not self._dirty or self.vault is None or self.draft_key is None:
            return
        try:
            drafts.save_draft(
                self.vault, area=cafe_views.DRAFT_AREA, key=self.draft_key, payload=self._payload()
            )
        except VaultError:
            # Not fatal: the text is still in the form; the next edit tries again.
            self.status.setText(
                self.tr("Could not keep a draft just now; your text is still here.")
            )
            return
        self.status.setText(
            self.tr("Draft kept at %1.").replace("%1", fmt_time(datetime.now().time()))
        )

    def _restore_draft(self) -> None:
        payload = self._call(
            lambda: drafts.load_draft(self.vault, area=cafe_views.DRAFT_AREA, key=self.draft_key),
            None,
        )
        if not payload:
            self.banner.setVisible(False)
            return
        incidents = []
        if self.session_id is not None:
            session = self._call(
                lambda: cafe_views.get_session(self.vault, session_id=self.session_id), None
            )
            incidents = session.incidents if session else []
        try:
            self._fill(payload, incidents=incidents)
        except (KeyError, TypeError, ValueError):
            # A draft from an older form: keep it in the vault, show the form as it was.
            return
        self._dirty = True
        saved = payload.get("saved_local")
        when = fmt_datetime(datetime.fromisoformat(saved)) if saved else ""
        self.banner_text.setText(
            self.tr("Restored what you had not saved yet (kept %1).").replace("%1", when)
        )
        self.banner.setVisible(True)

    def discard_draft(self) -> None:
        """Drop the restored draft and show the log as it was saved (or fresh)."""
        if self.vault is None or self.draft_key is None:
            return
        self._call(
            lambda: drafts.discard_draft(
                self.vault, area=cafe_views.DRAFT_AREA, key=self.draft_key
            ),
            None,
        )
        self._dirty = False
        self.banner.setVisible(False)
        if self.session_id is None:
            self.open_new(self.cafe)
        else:
            session = self._call(
                lambda: cafe_views.get_session(self.vault, session_id=self.session_id), None
            )
            if session is not None:
                self.open_session(session)

    # saving -----------------------------------------------------------------

    def save(self) -> bool:
        """Save the log (and a new incident) in one go; True when saved."""
        if self.vault is None or self.cafe is None:
            return False
        for label in self._error_labels():
            show_error(label, "")
        p = self._payload()
        try:
            saved = cafe_views.save_day(
                self.vault,
                session_id=self.session_id,
                cafe_id=self.cafe.id,
                starts_at=datetime.fromisoformat(p["starts_at"]),
                ends_at=datetime.fromisoformat(p["ends_at"]) if p["ends_at"] else None,
                head_count=p["head_count"],
                newcomers=p["newcomers"],
                returning_guests=p["returning_guests"],
                host_ids=p["host_ids"],
                themes=p["themes"],
                activities=p["activities"],
                went_well=p["went_well"],
                do_differently=p["do_differently"],
                note=p["note"],
                incident=p["incident"],
                incident_action=p["incident_action"],
                incident_follow_up_on=(
                    date.fromisoformat(p["incident_follow_up_on"])
                    if p["incident_follow_up_on"]
                    else None
                ),
                draft_key=self.draft_key,
            )
        except ValidationError as error:
            self.show_validation(error)
            return False
        except NotFound as error:
            show_error(self.top_error, words.describe(error))
            return False
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return False
        # The draft went with the save; show the saved log, so a correction
        # updates it rather than logging the day twice.
        self._dirty = False
        self.banner.setVisible(False)
        self.open_session(saved)
        self.status.setText(
            self.tr("Saved the session of %1.").replace(
                "%1", fmt_weekday_date(saved.starts_at.date())
            )
        )
        self.saved.emit(saved.id)
        return True

    # helpers ----------------------------------------------------------------

    def _call(self, fn, default):
        """Run a read for the form; on a vault error say so calmly and carry on."""
        if self.vault is None:
            return default
        try:
            return fn()
        except (VaultError, ValueError) as error:
            show_error(self.top_error, words.describe(error))
            return default
