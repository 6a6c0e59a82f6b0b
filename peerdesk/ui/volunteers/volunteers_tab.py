"""Volunteers & sparring: café hosts, their training, sparring with them, their hours.

The tab holds four pages (hosts, sparring, training, hours) and owns every
form window it opens, so that it can save their drafts and empty them when
the app locks. Pages draw and ask; the tab opens forms and refreshes after a
change (the page on screen now, the others when they are next shown).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from peerdesk.services import training, volunteers
from peerdesk.services import volunteer_views as views
from peerdesk.ui import dialogs
from peerdesk.ui.area_tab import AreaTab
from peerdesk.ui.volunteers.form_dialog import FormDialog
from peerdesk.ui.volunteers.host_dialogs import HostDialog, TaskDialog
from peerdesk.ui.volunteers.hours_page import HoursPage
from peerdesk.ui.volunteers.roster_page import RosterPage
from peerdesk.ui.volunteers.sparring_dialog import SparringDialog
from peerdesk.ui.volunteers.sparring_page import SparringPage
from peerdesk.ui.volunteers.training_dialogs import ModuleDialog, TrainingSessionDialog
from peerdesk.ui.volunteers.training_page import TrainingPage
from peerdesk.ui.volunteers.widgets import report_error
from peerdesk.vault.models import VolunteerStatus


class VolunteersTab(AreaTab):
    area = "volunteers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.forms: dict[str, FormDialog] = {}
        self._stale: set[QWidget] = set()
        self.hosts = RosterPage()
        self.sparring = SparringPage()
        self.training = TrainingPage()
        self.hours = HoursPage()
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Parts of the volunteers area"))
        for number, (page, text) in enumerate(
            (
                (self.hosts, self.tr("Hosts")),
                (self.sparring, self.tr("Sparring")),
                (self.training, self.tr("Training")),
                (self.hours, self.tr("Hours")),
            ),
            start=1,
        ):
            index = self.pages.addTab(page, text)
            self.pages.setTabToolTip(index, self.tr("Alt+%1").replace("%1", str(number)))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda p=page: self.pages.setCurrentWidget(p))
        self.pages.currentChanged.connect(self._page_shown)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.pages)

        self.hosts.new_requested.connect(self.new_host)
        self.hosts.host_opened.connect(self.open_host)
        page = self.hosts.host_page
        page.changed.connect(self.refresh)
        page.open_sparring.connect(self.show_sparring)
        page.edit_requested.connect(self.edit_host)
        page.sparring_requested.connect(lambda host_id: self.new_sparring(host_id))
        page.task_requested.connect(lambda host_id: self.new_task(host_id))
        page.erase_requested.connect(self.erase_host)
        self.sparring.changed.connect(self.refresh)
        self.sparring.new_requested.connect(lambda: self.new_sparring(None))
        self.sparring.host_requested.connect(self.open_host)
        self.training.changed.connect(self.refresh)
        self.training.module_requested.connect(self.edit_module)
        self.training.session_requested.connect(self.new_training_session)
        self.training.host_requested.connect(self.open_host)
        self.hours.task_requested.connect(lambda: self.new_task(None))
        self.hours.host_requested.connect(self.open_host)

    def title(self) -> str:
        # Doubled, so that the tab bar shows the "&" instead of making a mnemonic of it.
        return self.tr("Volunteers & sparring").replace("&", "&&")

    # the shell ------------------------------------------------------------------------

    def load(self, vault) -> None:
        self.vault = vault
        self._stale = {self.hosts, self.sparring, self.training, self.hours}
        self._load_page(self.pages.currentWidget())

    def clear(self) -> None:
        for form in list(self.forms.values()):
            form.wipe()
        self.forms.clear()
        self.hosts.clear()
        self.sparring.clear()
        self.training.clear()
        self.hours.clear()
        self._stale.clear()
        self.vault = None

    def save_drafts(self) -> None:
        for form in list(self.forms.values()):
            form.save_draft()

    def new_record(self) -> bool:
        if self.vault is None:
            return False
        current = self.pages.currentWidget()
        if current is self.sparring:
            self.new_sparring(None)
        elif current is self.training:
            self.new_training_session()
        elif current is self.hours:
            self.new_task(None)
        else:
            self.new_host()
        return True

    def open_record(self, table: str, record_id: int) -> bool:
        if self.vault is None or table not in _TABLES:
            return False
        try:
            if table == "volunteer":
                self.open_host(record_id)
            elif table == "volunteer_task":
                task = views.get_task(self.vault, record_id)
                self.open_host(task.volunteer_id)
                self.hosts.host_page.choose_task(record_id)
            elif table == "sparring_session":
                self.show_sparring(record_id)
            elif table == "sparring_agreement":
                self.show_sparring(views.sparring_of_agreement(self.vault, record_id), record_id)
            elif table == "training_module":
                self._show_page(self.training)
                self.training.show_module(record_id)
            elif table == "training_session":
                self._show_page(self.training)
                self.training.show_session(record_id)
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
        return True

    # pages ----------------------------------------------------------------------------

    def _load_page(self, page: QWidget) -> None:
        if self.vault is None:
            return
        self._stale.discard(page)
        try:
            if page is self.hosts:
                self.hosts.set_rows(volunteers.list_roster(self.vault, today=date.today()))
                host_id = self.hosts.showing_host()
                if host_id is not None:
                    self.hosts.host_page.show_host(self.vault, host_id)
            else:
                page.load(self.vault)
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)

    def _page_shown(self, _index: int) -> None:
        page = self.pages.currentWidget()
        if page in self._stale:
            self._load_page(page)

    def _show_page(self, page: QWidget) -> None:
        if page in self._stale:
            self._load_page(page)
        self.pages.setCurrentWidget(page)

    def refresh(self) -> None:
        """After a change: reload the page on screen; the others when next shown."""
        self._stale = {self.hosts, self.sparring, self.training, self.hours}
        self._load_page(self.pages.currentWidget())

    def open_host(self, host_id: int) -> None:
        self._show_page(self.hosts)
        try:
            self.hosts.host_page.show_host(self.vault, host_id)
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self.hosts.setCurrentWidget(self.hosts.host_page)
        self.hosts.host_page.back_button.setFocus()

    def show_sparring(self, sparring_id: int, agreement_id: int | None = None) -> None:
        self._show_page(self.sparring)
        self.sparring.show_session(sparring_id, agreement_id)

    # forms ------------------------------------------------------------------------------

    def _open_form(self, form: FormDialog, on_saved) -> FormDialog:
        """Show `form`, or bring forward the one already open for the same draft."""
        open_form = self.forms.get(form.draft_key)
        if open_form is not None:
            form.dirty = False
            form.deleteLater()
            open_form.show()
            open_form.raise_()
            open_form.activateWindow()
            return open_form
        key = form.draft_key
        self.forms[key] = form
        form.saved.connect(on_saved)
        form.finished.connect(lambda _result, k=key, f=form: self._forget(k, f))
        form.show()
        return form

    def _forget(self, key: str, form: FormDialog) -> None:
        if self.forms.get(key) is form:
            del self.forms[key]

    def _host_choices(self, keep: int | None = None) -> list[tuple[int, str]]:
        rows = volunteers.list_roster(self.vault, today=date.today())
        return [(r.id, r.name) for r in rows if r.status != VolunteerStatus.STOPPED or r.id == keep]

    def new_host(self) -> None:
        if self.vault is None:
            return

        def saved(host) -> None:
            # A first host needs modules to be trained in.
            training.ensure_default_modules(self.vault)
            self.refresh()
            self.open_host(host.id)

        self._open_form(HostDialog(self.vault, parent=self), saved)

    def edit_host(self, host_id: int) -> None:
        try:
            host = volunteers.get_volunteer(self.vault, host_id)
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        self._open_form(HostDialog(self.vault, host, parent=self), lambda _h: self.refresh())

    def new_sparring(self, host_id: int | None) -> None:
        if self.vault is None:
            return
        hosts = self._host_choices(host_id)
        if not hosts:
            dialogs.info(self, self.tr("No hosts yet"), self.tr("Add a café host first."))
            return

        def saved(session) -> None:
            self.refresh()
            if host_id is None:
                self.show_sparring(session.id)

        self._open_form(SparringDialog(self.vault, hosts, host_id, parent=self), saved)

    def new_task(self, host_id: int | None) -> None:
        if self.vault is None:
            return
        hosts = self._host_choices(host_id)
        if not hosts:
            dialogs.info(self, self.tr("No hosts yet"), self.tr("Add a café host first."))
            return
        self._open_form(
            TaskDialog(self.vault, hosts, host_id, parent=self), lambda _t: self.refresh()
        )

    def edit_module(self, module) -> None:
        if self.vault is not None:
            self._open_form(
                ModuleDialog(self.vault, module, parent=self), lambda _m: self.refresh()
            )

    def new_training_session(self) -> None:
        if self.vault is None:
            return
        modules = training.list_modules(self.vault)
        form = TrainingSessionDialog(self.vault, modules, self._host_choices(), parent=self)

        def saved(session) -> None:
            self.refresh()
            self._show_page(self.training)
            self.training.show_session(session.id)

        self._open_form(form, saved)

    # erasing ------------------------------------------------------------------------------

    def erase_host(self, host_id: int) -> None:
        page = self.hosts.host_page
        name = page.host.name if page.host is not None else ""
        if not dialogs.confirm(
            self,
            self.tr("Erase this host for good?"),
            self.tr(
                "%1 and everything only about them will be erased from the vault: "
                "contact details, training, availability, extra tasks, shifts, sparring "
                "sessions with them alone (with their agreements) and unsaved drafts.\n\n"
                "Group sparring sessions stay, without them. This cannot be undone."
            ).replace("%1", name),
            ok_text=self.tr("&Erase for good"),
        ):
            return
        prefix = f"volunteer:{host_id}"
        # Close this host's open forms first: a later autosave must not bring back a draft.
        for key, form in list(self.forms.items()):
            if key == prefix or key.startswith(prefix + ":"):
                form.wipe()
                self.forms.pop(key, None)
        try:
            volunteers.erase_volunteer(self.vault, host_id)
        except Exception as error:  # noqa: BLE001 - report_error re-raises the unexpected
            report_error(self, error)
            return
        page.clear()
        self.hosts.setCurrentWidget(self.hosts.roster)
        self.refresh()
        dialogs.info(self, self.tr("Host erased"), self.tr("The host was erased from the vault."))


_TABLES = frozenset(
    {
        "volunteer",
        "training_module",
        "training_session",
        "sparring_session",
        "sparring_agreement",
        "volunteer_task",
    }
)
