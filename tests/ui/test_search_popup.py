"""The search window draws each hit's two lines in the palette's colours,
selected or not, with one row height — a real vault, real painting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from peerdesk.services import care
from peerdesk.ui.search.search_popup import HTML, SearchPopup


def colours_in(image, rect) -> set[str]:
    found = set()
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            found.add(QColor(image.pixel(x, y)).name())
    return found


def test_hits_are_drawn_in_text_colour_and_the_chosen_one_in_highlighted_text(qtbot, vault):
    for alias in ("Åse", "Bo"):
        person = care.add_person(vault, alias=alias)
        care.add_conversation(
            vault,
            person_id=person.id,
            occurred_at="2026-11-02T10:00",
            own_words=f"{alias} vil gerne strikke igen 🧶",
        )
    popup = SearchPopup(vault)
    qtbot.addWidget(popup)
    palette = popup.tree.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#123456"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#fedcba"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#204080"))
    popup.tree.setPalette(palette)
    popup.show()
    popup.field.setText("strikke")
    popup.run_search()
    model = popup.model
    hits = [model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(HTML)]
    assert len(hits) == 2
    # A screen reader hears the whole snippet, without the highlight markers.
    spoken = hits[0].data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "vil gerne strikke igen 🧶" in spoken and "\x02" not in spoken
    popup.tree.setCurrentIndex(hits[1])
    image = popup.tree.viewport().grab().toImage()
    first, second = (popup.tree.visualRect(i) for i in hits)
    assert first.height() == second.height() > popup.fontMetrics().height()  # two lines
    assert "#123456" in colours_in(image, first) and "#fedcba" not in colours_in(image, first)
    assert "#fedcba" in colours_in(image, second) and "#123456" not in colours_in(image, second)
    popup.clear()


def test_arrow_keys_step_over_headings_and_enter_opens_the_hit(qtbot, vault):
    from peerdesk.services import volunteers
    from peerdesk.ui.search.results_model import TARGET

    person = care.add_person(vault, alias="Åse", wishes="strikke i caféen")
    host = volunteers.add_volunteer(vault, name="Karen", note="lærer andre at strikke")
    popup = SearchPopup(vault)
    qtbot.addWidget(popup)
    popup.show()
    popup.field.setText("strikke")  # the search runs after the typing pause
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0, timeout=3_000)
    model = popup.model
    kinds = ["heading" if model.row(r).heading else "hit" for r in range(model.rowCount())]
    assert kinds == ["heading", "hit", "heading", "hit"]  # care, then volunteers
    assert popup.tree.currentIndex().data(TARGET) == ("person", person.id)  # first hit chosen
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)  # nothing to choose above: stays
    assert popup.tree.currentIndex().data(TARGET) == ("person", person.id)
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)  # over the volunteers' heading
    assert popup.tree.currentIndex().row() == 3
    with qtbot.waitSignal(popup.open_requested, timeout=2_000) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened.args == ["volunteer", host.id]
