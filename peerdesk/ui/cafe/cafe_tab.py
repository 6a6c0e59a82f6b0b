"""The Café tab: pick a café, then log a café day, look back, or plan shifts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import cafe as cafe_service
from peerdesk.services import cafe_views, training, volunteers
from peerdesk.services.errors import NotFound
from peerdesk.ui import dialogs
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.cafe import words
from peerdesk.ui.cafe.cafe_day import CafeDayPage
from peerdesk.ui.cafe.cafe_dialogs import CafeDialog
from peerdesk.ui.cafe.history import HistoryPage
from peerdesk.ui.cafe.shift_plan import ShiftPlanPage
from peerdesk.vault.errors import VaultError
from peerdesk.vault.models import VolunteerStatus

DAY, HISTORY, PLAN = 0, 1, 2


class CafeTab(AreaTab):
    """Cafés: café-day logging, session history with a chart, and the shift plan."""

    area = "cafe"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        #: The day the tab treats as today (None: the computer's date); tests pin it.
        self.today: date | None = None
        self.cafes: list = []
        self.host_names: dict[int, str] = {}
        self.active_hosts: dict[int, str] = {}
        self.dialog: CafeDialog | None = None
        self._loaded: set[int] = set()
        self._last_cafe_id: int | None = None
        # The log open in café-day mode when the tab was emptied (an id, no text),
        # so unlocking returns to it and its draft.
        self._resume_session_id: int | None = None
        self._building = False

        self.cafe_combo = QComboBox()
        self.cafe_combo.setAccessibleName(self.tr("Café"))
        self.cafe_combo.setMinimumContentsLength(24)
        self.cafe_combo.currentIndexChanged.connect(self._cafe_changed)
        cafe_label = QLabel(self.tr("&Café"))
        cafe_label.setBuddy(self.cafe_combo)
        self.new_button = QPushButton(self.tr("New ca&fé…"))
        self.new_button.clicked.connect(self.add_cafe)
        self.edit_button = QPushButton(self.tr("Café detai&ls…"))
        self.edit_button.clicked.connect(self.edit_cafe)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setEnabled(False)  # muted
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        bar.addWidget(cafe_label)
        bar.addWidget(self.cafe_combo)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.new_button)
        bar.addStretch(1)

        self.day = CafeDayPage()
        self.history = HistoryPage()
        self.plan = ShiftPlanPage()
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Café pages"))
        self.pages.addTab(self.day, self.tr("Café &day"))
        self.pages.addTab(self.history, self.tr("&History"))
        self.pages.addTab(self.plan, self.tr("Shift &plan"))
        self.pages.currentChanged.connect(lambda _i: self._load_page())
        self.day.saved.connect(self._session_saved)
        self.history.open_session.connect(self.show_session)

        self.empty = QWidget()
        self.empty_text = QLabel(
            self.tr("No cafés yet. Add the first café to log café days and plan the hosts' shifts.")
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("&Add a café…"))
        self.empty_button.clicked.connect(self.add_cafe)
        empty_box = QVBoxLayout(self.empty)
        empty_box.addStretch(1)
        empty_box.addWidget(self.empty_text)
        empty_box.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_box.addStretch(2)

        self.content = QWidget()
        content_box = QVBoxLayout(self.content)
        content_box.setContentsMargins(0, 0, 0, 0)
        content_box.addLayout(bar)
        content_box.addWidget(self.info)
        content_box.addWidget(self.pages, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.clear()

    def title(self) -> str:
        return self.tr("Café")

    def _today(self) -> date:
        return self.today or date.today()

    # the shell's calls -------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        try:
            roster = volunteers.list_roster(vault, today=self._today())
            self.cafes = cafe_service.list_cafes(vault, include_inactive=True)
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self.host_names = {r.id: r.name for r in roster}
        self.active_hosts = {r.id: r.name for r in roster if r.status == VolunteerStatus.ACTIVE}
        self._fill_combo(self._last_cafe_id)

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        if self.vault is not None:
            self._resume_session_id = self.day.session_id
        self.day.clear()
        self.history.clear()
        self.plan.clear()
        self._building = True
        self.cafe_combo.clear()
        self._building = False
        self.info.clear()
        self.cafes = []
        self.host_names = {}
        self.active_hosts = {}
        self._loaded = set()
        self.vault = None
        self.stack.setCurrentWidget(self.empty)
        self.empty_button.setEnabled(False)

    def save_drafts(self) -> None:
        self.day.save_drafts()

    def new_record(self) -> bool:
        """File ▸ New: a new café-day log for the chosen café (or a first café)."""
        if self.vault is None:
            return False
        if not self.cafes:
            self.add_cafe()
            return True
        self.pages.setCurrentIndex(DAY)
        self._day_context()
        self.day.open_new(self.current_cafe())
        self._loaded.add(DAY)
        self.day.starts.setFocus()
        return True

    def open_record(self, table: str, record_id: int) -> bool:
        if table not in ("cafe", "cafe_session", "incident", "shift") or self.vault is None:
            return False
        try:
            if table == "cafe":
                self._select_cafe(record_id)
                self.pages.setCurrentIndex(HISTORY)
            elif table == "cafe_session":
                self.show_session(record_id)
            elif table == "incident":
                incident = cafe_views.get_incident(self.vault, incident_id=record_id)
                if incident.resolved_on is None:
                    self._select_cafe(incident.session.cafe_id)
                    self.pages.setCurrentIndex(HISTORY)
                    self.history.select_incident(incident.id)
                else:
                    self.show_session(incident.session_id)
            else:
                shift = cafe_views.get_shift(self.vault, shift_id=record_id)
                self._select_cafe(shift.cafe_id)
                self.pages.setCurrentIndex(PLAN)
                self.plan.show_shift(shift)
        except (NotFound, VaultError) as error:
            dialogs.info(self, self.tr("Café"), words.describe(error))
        return True

    # cafés ------------------------------------------------------------------

    def current_cafe(self):
        cafe_id = self.cafe_combo.currentData()
        return next((c for c in self.cafes if c.id == cafe_id), None)

    def _fill_combo(self, wanted_id: int | None) -> None:
        self._building = True
        self.cafe_combo.clear()
        for cafe in self.cafes:
            text = cafe.name if cafe.active else self.tr("%1 (closed)").replace("%1", cafe.name)
            self.cafe_combo.addItem(text, cafe.id)
        index = self.cafe_combo.findData(wanted_id) if wanted_id is not None else -1
        if index < 0:
            index = next((i for i, c in enumerate(self.cafes) if c.active), 0)
        self.cafe_combo.setCurrentIndex(index if self.cafes else -1)
        self._building = False
        self.empty_button.setEnabled(True)
        self.stack.setCurrentWidget(self.content if self.cafes else self.empty)
        self._cafe_changed()

    def _select_cafe(self, cafe_id: int) -> None:
        if self.cafe_combo.currentData() == cafe_id:
            return
        if self.cafe_combo.findData(cafe_id) < 0:
            raise NotFound("cafe", cafe_id)
        self.cafe_combo.setCurrentIndex(self.cafe_combo.findData(cafe_id))

    def _cafe_changed(self, *_: object) -> None:
        if self._building:
            return
        cafe = self.current_cafe()
        self._loaded = set()
        if cafe is None:
            self.info.clear()
            return
        self._last_cafe_id = cafe.id
        self.info.setText(self._info_text(cafe))
        self.info.setToolTip(cafe.address_note)
        self._load_page()

    def _info_text(self, cafe) -> str:
        parts = [p for p in (cafe.usual_days, cafe.usual_hours) if p]
        parts.append(self.tr("%n host(s) per shift", "", cafe.hosts_needed))
        if cafe.solo_module is not None:
            parts.append(self.tr("alone only with “%1”").replace("%1", cafe.solo_module.name))
        first_line = cafe.address_note.strip().splitlines()[0] if cafe.address_note.strip() else ""
        if first_line:
            parts.append(first_line)
        return " · ".join(parts)

    def _load_page(self) -> None:
        """Fill the visible page for the chosen café (the others when they are shown)."""
        cafe = self.current_cafe()
        index = self.pages.currentIndex()
        if self.vault is None or cafe is None or index in self._loaded:
            return
        self._loaded.add(index)
        today = self._today()
        if index == DAY:
            self._day_context()
            resume, self._resume_session_id = self._resume_session_id, None
            if self.day.session_id is not None and self.day.cafe.id == cafe.id:
                resume = self.day.session_id  # a refresh: stay on the log being read
            if resume is not None:
                try:
                    session = cafe_views.get_session(self.vault, session_id=resume)
                except (NotFound, VaultError):
                    session = None
                if session is not None and session.cafe_id == cafe.id:
                    self.day.open_session(session)
                    return
            self.day.open_new(cafe)
        elif index == HISTORY:
            self.history.show_cafe(self.vault, cafe, today=today)
        else:
            self.plan.show_cafe(self.vault, cafe, self.host_names, today=today)

    def show_session(self, session_id: int) -> None:
        """Open a saved log in café-day mode, to read or correct it."""
        session = cafe_views.get_session(self.vault, session_id=session_id)
        self._select_cafe(session.cafe_id)
        self._loaded.add(DAY)
        self._day_context()
        self.pages.setCurrentIndex(DAY)
        self.day.open_session(session)

    def _day_context(self) -> None:
        self.day.set_context(self.vault, hosts=self.host_names, active=self.active_hosts)

    def _session_saved(self, _session_id: int) -> None:
        # The history and the plan read again when they are next shown.
        self._loaded.discard(HISTORY)
        self._loaded.discard(PLAN)

    def add_cafe(self) -> None:
        self._open_cafe_dialog(None)

    def edit_cafe(self) -> None:
        cafe = self.current_cafe()
        if cafe is not None:
            self._open_cafe_dialog(cafe)

    def _open_cafe_dialog(self, cafe) -> None:
        if self.vault is None:
            return
        try:
            modules = training.list_modules(self.vault)
        except VaultError as error:
            dialogs.error_dialog(self, error)
            return
        self.dialog = CafeDialog(self.vault, modules, cafe, self)
        self.dialog.on_done = self._cafe_saved
        self.dialog.open()

    def _cafe_saved(self, cafe) -> None:
        self.dialog = None
        self._last_cafe_id = cafe.id
        if self.vault is not None:
            self.load(self.vault)
