"""The search window draws each hit's two lines in the palette's colours,
selected or not, with one row height — a real vault, real painting."""

from __future__ import annotations

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
    popup.tree.setCurrentIndex(hits[1])
    image = popup.tree.viewport().grab().toImage()
    first, second = (popup.tree.visualRect(i) for i in hits)
    assert first.height() == second.height() > popup.fontMetrics().height()  # two lines
    assert "#123456" in colours_in(image, first) and "#fedcba" not in colours_in(image, first)
    assert "#fedcba" in colours_in(image, second) and "#123456" not in colours_in(image, second)
    popup.clear()
