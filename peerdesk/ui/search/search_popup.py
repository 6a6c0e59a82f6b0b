"""One search (Ctrl+K / Ctrl+F): results from every area at once, grouped, the
match highlighted; Enter opens the record in its tab."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services import drafts
from peerdesk.services import search as search_service
from peerdesk.ui.formatting import fmt_date
from peerdesk.ui.search.results_model import HTML, RECENT, TARGET, ResultRow, ResultsModel

# Recent searches can name people, so they live in the vault, not in settings.
RECENT_KEY = "recent_searches"
_MARK_ON, _MARK_OFF = "\x02", "\x03"


def snippet_html(snippet: str) -> str:
    """Escape the snippet, then turn the FTS markers into bold highlights."""
    escaped = html.escape(snippet)
    return escaped.replace(_MARK_ON, "<b><u>").replace(_MARK_OFF, "</u></b>")


class _RichDelegate(QStyledItemDelegate):
    """Draws an item's HTML in the palette's colours: two lines, the title and
    the highlighted snippet, each cut at the row's right edge (the whole
    snippet is the row's accessible description).

    Every row (an area's heading too) has the same height, measured once per
    font, so the tree can use uniform row heights: otherwise it asks for each
    row's size on every change, and laying out each row's text for that made
    a search take a third of a second.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heights: dict[str, int] = {}
        # One document per text colour, refilled for each row: making a
        # document and parsing its style sheet for every row painted was
        # most of the painting's time.
        self._documents: dict[str, QTextDocument] = {}

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(HTML)
        if not markup:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(markup, opt)
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        key = option.font.key()
        height = self._heights.get(key)
        if height is None:
            sample = self._document("<b>Åg</b><br>Åg", option)
            height = self._heights[key] = int(sample.size().height())
        # At size-hint time option.rect is empty: the view's width.
        view = option.widget
        width = view.viewport().width() if view is not None and hasattr(view, "viewport") else 0
        return QSize(width, height)

    def _document(self, markup: str, option: QStyleOptionViewItem) -> QTextDocument:
        selected = option.state & QStyle.StateFlag.State_Selected
        role = (
            option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        )
        color = option.palette.color(role).name()
        doc = self._documents.get(color)
        if doc is None:
            doc = self._documents[color] = QTextDocument(self)
            doc.setDefaultStyleSheet(f"body {{ color: {color}; }} .muted {{ color: {color}; }}")
            # No wrapping: a long line is cut at the edge, so every row is two lines.
            option_no_wrap = doc.defaultTextOption()
            option_no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
            doc.setDefaultTextOption(option_no_wrap)
            doc.setDocumentMargin(4)
        if doc.defaultFont().key() != option.font.key():
            doc.setDefaultFont(option.font)
        doc.setHtml(f"<body>{markup}</body>")
        return doc


class SearchPopup(QDialog):
    """A search box over a grouped result tree. Emits `open_requested(table, id)`."""

    open_requested = Signal(str, int)

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(720, 520)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search notes, people, cafés, hosts, courses…"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel()
        self.status.setEnabled(False)
        self.model = ResultsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.delegate = _RichDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setUniformRowHeights(True)
        self.tree.activated.connect(self._open_index)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._debounce.start())

    def area_titles(self) -> dict[str, str]:
        return {
            "care": self.tr("Care conversations"),
            "cafe": self.tr("Café"),
            "volunteers": self.tr("Volunteers & sparring"),
            "selfcare": self.tr("Self-care"),
            "courses": self.tr("Courses & teaching"),
        }

    def run_search(self) -> None:
        self.model.clear()
        query = self.field.text()
        if self.vault is None:
            return
        if not query.strip():
            self._show_recent()
            return
        results = search_service.search(self.vault, query)
        titles = self.area_titles()
        total = 0
        rows: list[ResultRow] = []
        for area, hits in results.by_area.items():
            if not hits:
                continue
            heading = (
                self.tr("%1 (%2)")
                .replace("%1", titles.get(area, area))
                # "20+": the search stops at its limit rather than count every match.
                .replace("%2", f"{len(hits)}+" if results.is_full(area) else str(len(hits)))
            )
            rows.append(ResultRow(heading, heading=True))
            for hit in hits:
                total += 1
                when = f" · {fmt_date(hit.on)}" if hit.on else ""
                rows.append(
                    ResultRow(
                        hit.title,
                        html=f"<b>{html.escape(hit.name or hit.title)}</b>{html.escape(when)}"
                        f"<br>{snippet_html(hit.snippet)}",
                        target=(hit.table, hit.record_id),
                        description=hit.snippet.replace(_MARK_ON, "").replace(_MARK_OFF, ""),
                    )
                )
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("%n result(s)", "", total) if total else self.tr("Nothing found.")
        )
        first = self._first_hit()
        if first is not None:
            self.tree.setCurrentIndex(first)

    def _first_hit(self) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(TARGET):
                return index
        return None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # Up/Down/Enter in the field move through and open the results.
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self._debounce.stop()
                    self.run_search()
                self._open_index(self.tree.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        row = self.tree.currentIndex().row()
        rows = self.model.rowCount()
        while 0 <= row + delta < rows:
            row += delta
            index = self.model.index(row, 0)
            if index.data(TARGET) or index.data(RECENT):
                self.tree.setCurrentIndex(index)
                return

    def _show_recent(self) -> None:
        """With an empty field: the recent searches (kept inside the vault)."""
        self.status.clear()
        recent = drafts.get_setting(self.vault, RECENT_KEY, []) or []
        if not recent:
            return
        rows = [ResultRow(self.tr("Recent searches"), heading=True)]
        rows += [ResultRow(str(query), recent=str(query)) for query in recent]
        self.model.set_rows(rows)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        recent = index.data(RECENT)
        if recent:
            self.field.setText(recent)
            self.run_search()
            return
        target = index.data(TARGET)
        if target:
            if self.field.text().strip():
                drafts.remember_recent(self.vault, RECENT_KEY, self.field.text().strip())
            self.open_requested.emit(target[0], int(target[1]))
            self.accept()

    def clear(self) -> None:
        self.vault = None  # first: clearing the field must not start a search
        self.field.clear()
        self._debounce.stop()
        self.model.clear()
        self.status.clear()
        self.vault = None
