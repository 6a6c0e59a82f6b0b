"""ui.printing.write_pdf: text sized in points comes out at that size on paper."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument

from peerdesk.ui.printing import write_pdf


def _text_height_points(path) -> float:
    doc = QPdfDocument()
    doc.load(str(path))
    selection = doc.getAllText(0)
    assert "Hej æøå" in selection.text()
    return selection.boundingRectangle().height()


def test_twelve_point_text_is_twelve_points_high_on_paper(qtbot, tmp_path):
    path = write_pdf("<p style='font-size: 12pt'>Hej æøå</p>", tmp_path / "a.pdf", title="Prøve")
    # A line of 12 pt text is about 12–17 pt high (ascent + descent), never a
    # third of that, as when the page is laid out for a screen.
    assert 10 <= _text_height_points(path) <= 20
    assert not list(tmp_path.glob("*.partial"))
