"""The left side of the courses tab: the calendar of coming sessions and the course list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.courses.coming_list import ComingList
from peerdesk.ui.courses.models import CourseFilter, CourseTableModel
from peerdesk.ui.courses.words import kind_label
from peerdesk.vault.models import CourseKind


class CourseListPane(QSplitter):
    """Coming sessions (with this week's hours) above; courses, a filter and "New" below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.coming = ComingList()
        self.coming.setAccessibleName(self.tr("Coming sessions"))
        coming_label = self._caption(self.tr("Comin&g sessions"), self.coming)
        self.week_line = QLabel()
        self.week_line.setWordWrap(True)

        self.filter_field = QLineEdit()
        self.filter_field.setAccessibleName(self.tr("Find a course"))
        self.filter_field.setPlaceholderText(self.tr("Title, co-teacher or partner"))
        self.filter_field.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show courses of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in CourseKind:
            self.kind_filter.addItem(kind_label(kind), kind.value)
        self.model = CourseTableModel(self)
        self.proxy = CourseFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Courses and groups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        courses_label = self._caption(self.tr("Co&urses and groups"), self.table)
        self.empty_list = QLabel()
        self.empty_list.setWordWrap(True)
        self.empty_list.setEnabled(False)
        self.empty_list.hide()
        self.new_course_button = QPushButton(self.tr("New c&ourse or group…"))
        self.new_course_button.setToolTip(self.tr("Add a course or group (Ctrl+N)"))

        find_row = QHBoxLayout()
        find_label = self._caption(self.tr("&Find:"), self.filter_field)
        kind_label_widget = self._caption(self.tr("&Kind:"), self.kind_filter)
        find_row.addWidget(find_label)
        find_row.addWidget(self.filter_field, 1)
        find_row.addWidget(kind_label_widget)
        find_row.addWidget(self.kind_filter)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(coming_label)
        top_layout.addWidget(self.coming, 1)
        top_layout.addWidget(self.week_line)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(courses_label)
        bottom_layout.addLayout(find_row)
        bottom_layout.addWidget(self.table, 1)
        bottom_layout.addWidget(self.empty_list)
        bottom_layout.addWidget(self.new_course_button)
        self.addWidget(top)
        self.addWidget(bottom)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)

        self.filter_field.textChanged.connect(self._filter)
        self.kind_filter.currentIndexChanged.connect(self._filter)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def show_list_state(self) -> None:
        """Say so when there are no courses, or none matches the filter."""
        if self.model.rowCount() == 0:
            self.empty_list.setText(
                self.tr("No courses or groups yet. Add the first one with New course or group.")
            )
        elif self.proxy.rowCount() == 0:
            self.empty_list.setText(self.tr("No course matches the search."))
        else:
            self.empty_list.clear()
        self.empty_list.setVisible(bool(self.empty_list.text()))

    def _filter(self) -> None:
        self.proxy.set_text(self.filter_field.text())
        self.proxy.set_kind(self.kind_filter.currentData())
        self.show_list_state()

    def clear(self) -> None:
        self.model.set_rows([])
        self.coming.clear()
        self.week_line.clear()
        self.filter_field.clear()
        self.empty_list.clear()
