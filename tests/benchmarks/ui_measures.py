"""The in-process part of bench_app.py: the real AppController on an unlocked vault,
offscreen, timing what a peer worker waits for.

Each figure runs from the request (a pane's `load`, the search window's query, a
click on Save) until the view has *painted* its result: an event filter on the
view's viewport waits for a Paint event after the rows are there. So the time
includes the service call, filling the model, layout and painting, and also
holds if a view fills itself off the UI thread (the wait polls the event loop).
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

from common import max_person_id
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget

from peerdesk.paths import DataDir

WAIT_S = 30.0
PAINT_GRACE_S = 0.5


class PaintWatch(QObject):
    """Notes when its widget has painted since the last `arm()`."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.painted = False

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_shown(app, view, ready, *, start: float) -> float:
    """Seconds from `start` until `ready()` holds and `view` has painted since.

    If the view does not paint within PAINT_GRACE_S after the data is there (it
    was painted in the same turn of the event loop, or nothing on it changed),
    the moment the data was there counts.
    """
    watch = PaintWatch(view)
    try:
        seen_at = None
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if seen_at is None and ready():
                seen_at = time.perf_counter()
                watch.arm()
                if not view.isVisible():
                    return seen_at - start  # nothing will paint; the data is there
            if seen_at is not None:
                if watch.painted:
                    return time.perf_counter() - start
                if time.perf_counter() - seen_at > PAINT_GRACE_S:
                    return seen_at - start
            app.processEvents()
            if seen_at is None:
                time.sleep(0.0002)  # leave the CPU to a loader thread, if any
        raise TimeoutError("the view did not show its rows")
    finally:
        view.removeEventFilter(watch)
        watch.deleteLater()


def settle(app, ms: int = 30) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)


def rows(view) -> int:
    model = view.model()
    return model.rowCount() if model is not None else 0


# ------------------------------------------------------------------ the session


class Session:
    """The app as run_gui builds it, unlocked through the unlock window."""

    def __init__(self, data: DataDir, passphrase: str, typing_ms: int) -> None:
        from peerdesk.ui import i18n
        from peerdesk.ui.controller import AppController
        from peerdesk.ui.plain_settings import PlainSettings

        self.app = QApplication.instance() or QApplication(["bench"])
        settings = PlainSettings(data)
        i18n.install(self.app, settings.language)
        self.ctl = AppController(self.app, data, settings)
        self.ctl.freeze_after_prepare = True  # as run_gui sets it
        self.ctl.start()
        window = self.ctl.unlock_window
        for key in passphrase:  # typed, with the event loop running, as in app_child.py
            window.passphrase.insert(key)
            settle(self.app, typing_ms)
        start = time.perf_counter()
        QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
        heading = self.main.overview.heading
        self.unlock_s = wait_shown(self.app, heading, self._filled, start=start)
        self.ctl.idle.stop()  # programmatic clicks are no activity; no auto-lock mid-run
        self.vault = self.ctl.vault
        # Integrity checks running beside the open vault would share the CPU with
        # every figure below: wait for their verdict first (and note how long).
        start = time.perf_counter()
        if hasattr(self.vault, "verified"):
            self.vault.verified(timeout=300)
        self.verdict_s = time.perf_counter() - start

    @property
    def main(self):
        return self.ctl.main

    def _filled(self) -> bool:
        overview = self.main.overview
        return (
            self.ctl.vault is not None
            and self.main.isVisible()
            and any(ch.isdigit() for ch in overview.heading.text())  # names today
            and any(lst.count() for lst in overview.findChildren(QListWidget))
        )

    def tab(self, area: str):
        for tab in self.main.area_tabs():
            if getattr(tab, "area", None) == area:
                return tab
        raise LookupError(f"no {area} tab")

    def show_tab(self, tab) -> None:
        self.main.tabs.setCurrentWidget(tab)
        settle(self.app)

    def close(self) -> None:
        vault, self.ctl.vault = self.ctl.vault, None
        if self.ctl.search_popup is not None:
            self.ctl.search_popup.clear()
            self.ctl.search_popup.close()
        self.main.detach()
        self.main.hide()
        if self.ctl.unlock_window is not None:
            self.ctl.unlock_window.close()
        if vault is not None:
            vault.close()
        settle(self.app)


# ------------------------------------------------------------------ attach


def tab_loads(s: Session, reps: int) -> dict[str, list[float]]:
    """Each tab's `load(vault)`: what MainWindow.attach runs for every tab on unlock."""
    from peerdesk.services.overview import today_overview

    found: dict[str, list[float]] = {"overview service (today_overview)": []}
    for _ in range(reps):
        start = time.perf_counter()
        today_overview(s.vault)
        found["overview service (today_overview)"].append(time.perf_counter() - start)
        for tab in s.main.area_tabs():
            name = f"{type(tab).__name__}.load"
            start = time.perf_counter()
            tab.load(s.vault)
            found.setdefault(name, []).append(time.perf_counter() - start)
    s.main.tabs.setCurrentIndex(0)
    settle(s.app)
    return found


# ------------------------------------------------------------------ lists


def busiest_cafe(vault) -> int:
    from sqlalchemy import text

    with vault.session() as s:
        return s.execute(
            text("SELECT cafe_id FROM cafe_session GROUP BY cafe_id ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()


def lists(s: Session, reps: int) -> dict[str, list[float]]:
    """People list, the busiest café's history (default and longest period), host roster:
    from the pane's load to the first screenful painted. Round robin, `reps` each."""
    app, vault = s.app, s.vault
    care, cafe, hosts_tab = s.tab("care"), s.tab("cafe"), s.tab("volunteers")
    history = cafe.history
    cafe_id = busiest_cafe(vault)
    s.show_tab(cafe)
    index = cafe.cafe_combo.findData(cafe_id)
    cafe.cafe_combo.setCurrentIndex(index)
    cafe.pages.setCurrentWidget(history)
    settle(app)
    the_cafe = cafe.current_cafe()
    periods = history.months
    default_period = periods.currentIndex()

    def people() -> float:
        s.show_tab(care)
        care.left.setCurrentWidget(care.people)
        care.people.clear()
        settle(app, 5)
        start = time.perf_counter()
        care.people.load(vault)
        return wait_shown(
            app, care.people.view.viewport(), lambda: rows(care.people.view), start=start
        )

    def cafe_history(period: int):
        def run() -> float:
            s.show_tab(cafe)
            history.clear()
            periods.blockSignals(True)
            periods.setCurrentIndex(period)
            periods.blockSignals(False)
            settle(app, 5)
            start = time.perf_counter()
            history.show_cafe(vault, the_cafe, today=date.today())
            return wait_shown(
                app, history.table.viewport(), lambda: rows(history.table), start=start
            )

        return run

    def roster() -> float:
        s.show_tab(hosts_tab)
        hosts_tab.pages.setCurrentWidget(hosts_tab.hosts)
        hosts_tab.hosts.clear()
        settle(app, 5)
        start = time.perf_counter()
        hosts_tab.load(vault)
        view = hosts_tab.hosts.view
        return wait_shown(app, view.viewport(), lambda: rows(view), start=start)

    longest = periods.count() - 1
    runs = {
        "people list": people,
        f"café history, {periods.itemData(default_period)} months": cafe_history(default_period),
        f"café history, {periods.itemData(longest)} months": cafe_history(longest),
        "host roster": roster,
    }
    found: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(reps):
        for name, run in runs.items():
            found[name].append(run())
    periods.blockSignals(True)
    periods.setCurrentIndex(default_period)
    periods.blockSignals(False)
    found["_rows"] = {  # how many rows each list held (not a timing)
        "people list": rows(care.people.view),
        "host roster": rows(hosts_tab.hosts.view),
    }
    return found


# ------------------------------------------------------------------ search


def search_queries(vault, terms) -> list[str]:
    """The core benchmark's terms, what typing them looks like, and a few more."""
    from sqlalchemy import text

    with vault.session() as s:
        alias = s.execute(text("SELECT alias FROM person ORDER BY id LIMIT 1")).scalar_one()
    typing = [w[:n] for w in ("bolig", "søvn", "jobcentret", "kaffe") for n in (1, 2, 3, 4)]
    more = ["kaffe gåtur", "bolig økonomi", "søvn angst", alias, alias[:2], "xyzzyq"]
    return list(dict.fromkeys([*terms, *typing, *more]))


def search(s: Session, queries: list[str], rounds: int) -> dict[str, object]:
    """The search window's run_search (after its 120 ms typing pause) until the
    results are painted; and the service call alone, for comparison."""
    from peerdesk.services import search as search_service

    app = s.app
    s.ctl.show_search()
    popup = s.ctl.search_popup
    settle(app)
    view = popup.tree.viewport()
    ui: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    for _ in range(rounds):
        for query in queries:
            popup.field.blockSignals(True)  # no typing pause: run_search is called below
            popup.field.setText(query)
            popup.field.blockSignals(False)
            popup.status.clear()
            start = time.perf_counter()
            popup.run_search()
            took = wait_shown(app, view, lambda: popup.status.text(), start=start)
            ui.append(took)
            per_query[query].append(took)
    service: list[float] = []
    for query in queries:
        start = time.perf_counter()
        search_service.search(s.vault, query)
        service.append(time.perf_counter() - start)
    popup.clear()
    popup.hide()
    settle(app)
    slowest = sorted(per_query.items(), key=lambda kv: -max(kv[1]))[:8]
    return {
        "ui": ui,
        "service": service,
        "slowest_ms": {q: round(max(t) * 1000, 1) for q, t in slowest},
    }


# ------------------------------------------------------------------ saving a note


def busiest_person(vault) -> int:
    from sqlalchemy import text

    with vault.session() as s:
        return s.execute(
            text(
                "SELECT person_id FROM care_conversation GROUP BY person_id "
                "ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()


NOTE = (
    "Vi gik en tur ved søen. Han fortalte, at han sover bedre, og at han har ringet "
    "til sin søster. Han vil gerne prøve caféen på torsdag."
)


def save_service(s: Session, count: int) -> list[float]:
    """care.add_conversation, one note each, for random people."""
    from peerdesk.services import care

    rng = random.Random(7)
    people = max_person_id(s.vault)
    now = datetime.now().replace(microsecond=0)
    found = []
    for i in range(count):
        start = time.perf_counter()
        care.add_conversation(
            s.vault,
            person_id=rng.randint(1, people),
            occurred_at=now - timedelta(minutes=count - i),
            duration_minutes=30,
            place="Café Lyset",
            themes=["søvn", "netværk"],
            own_words=NOTE,
            next_steps="Vi ses i caféen torsdag.",
        )
        found.append(time.perf_counter() - start)
    return found


def save_dialog(s: Session, count: int) -> list[float]:
    """A new note in the conversation dialog for the person with most notes: a click
    on Save until the dialog has closed and the care tab has repainted its refresh."""
    app, care = s.app, s.tab("care")
    person_id = busiest_person(s.vault)
    s.show_tab(care)
    care.left.setCurrentWidget(care.people)
    care.show_person(person_id)
    settle(app)
    # The service figure's fifty saves in a row are checkpointed a second after
    # the last one: let that happen first, as it would before a person's next
    # note (while it runs, a save waits for the vault's connection).
    checkpointer = getattr(s.vault, "checkpointer", None)
    deadline = time.monotonic() + 30
    while checkpointer is not None and checkpointer.pending and time.monotonic() < deadline:
        settle(app, 50)
    settle(app, 100)
    view = care.people.view.viewport()  # the person's line shows the new note's date
    found = []
    for i in range(count):
        care.page.new_conversation()
        settle(app)
        form = care.page.open_forms()[-1]
        form.own_words.setPlainText(f"{NOTE} ({i})")
        form.next_steps.setPlainText("Vi ses i caféen torsdag.")
        settle(app, 5)
        start = time.perf_counter()
        form.save_button.click()
        found.append(wait_shown(app, view, lambda f=form: not f.isVisible(), start=start))
    return found
