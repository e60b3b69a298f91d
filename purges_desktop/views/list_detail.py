# SPDX-License-Identifier: GPL-3.0-or-later
"""A list beside a detail page: the shape shared by the People, Trials and Timeline tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.domain.links import Kind, link_to
from purges_desktop.views.record_table import RecordTable
from purges_desktop.views.safe import LinkBrowser
from purges_desktop.views.tab import TabPage

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QTextDocument

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.domain.links import Location
    from purges_desktop.qtmodels.table_base import RowTableModel


class ListDetailTab(TabPage):
    """A sortable table of records and the page of the selected one.

    Subclasses set :attr:`record_kind`, pass their model, and implement :meth:`page`, :meth:`has_record` and
    :meth:`welcome`; they may add widgets to :attr:`toolbar` (above the table) and override :meth:`fill_model`.
    """

    #: The kind of record listed (its rows link to ``<kind>/<id>``).
    record_kind = Kind.PERSON
    #: The column sorted at start, and the share of the width for the list and the page.
    sort_column = 0
    split = (2, 3)
    #: Width of each column but the last, in multiples of the font's "M" (the last column stretches).
    column_ems: tuple[int, ...] = ()

    def __init__(self, model: RowTableModel, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.current = ""
        self.model = model
        model.setParent(self)
        self._shown = False
        self.toolbar = QHBoxLayout()
        self.table = RecordTable(self, self.column_ems)
        self.table.setModel(model)
        self.table.sortByColumn(self.sort_column, Qt.SortOrder.AscendingOrder)
        self.detail = LinkBrowser(self)
        left = QWidget(self)
        self.left_layout = QVBoxLayout(left)
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.addLayout(self.toolbar)
        self.left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        a, b = self.split
        self.splitter.setStretchFactor(0, a)
        self.splitter.setStretchFactor(1, b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_row_activated)
        self.detail.link_activated.connect(self.link_activated)

    # ---- to implement

    def page(self, record_id: str) -> str:
        """The HTML page of a record."""
        raise NotImplementedError

    def welcome(self) -> str:
        """The page shown when nothing is selected."""
        return ""

    def page_images(self, record_id: str) -> dict[str, QImage]:
        """The pictures a record's page names (``portrait:<id>``), decoded; none by default."""
        del record_id
        return {}

    def has_record(self, record_id: str) -> bool:
        """True when the dataset has this record."""
        raise NotImplementedError

    def fill_model(self) -> None:
        """Build the model's rows from :attr:`data` in :attr:`lang` (the default: the model's ``set_dataset``)."""
        self.model.set_dataset(self.data.dataset if self.data else None, self.lang)

    # ---- TabPage

    def set_data(self, data: LoadedData | None) -> None:
        """Show a (re)loaded dataset, keeping the selection if the record still exists."""
        self.data = data
        self.fill_model()
        self.table.size_columns()
        if self.current and data is not None and self.has_record(self.current):
            self.show_record(self.current)
        else:
            self.current = ""
            self.detail.set_page(self.welcome())

    def show_location(self, location: Location) -> bool:
        """A record of :attr:`record_kind` is shown; the view's own link shows the list as it is."""
        if location.kind is self.record_kind:
            return self.show_record(location.id)
        return True

    def show_record(self, record_id: str) -> bool:
        """Select and show a record; False when unknown."""
        if self.data is None or not self.has_record(record_id):
            return False
        self.current = record_id
        self.table.select_quietly(self.model.row_of(record_id))
        self.detail.set_page(self.page(record_id), self.page_images(record_id))
        return True

    def printable(self) -> QTextDocument:
        """The page beside the list (the record's page, or the welcome page)."""
        return self.detail.document()

    def reset(self) -> None:
        """Back to the start: nothing selected, the default sort, the top of the list."""
        self.current = ""
        self.table.clearSelection()
        self.table.sortByColumn(self.sort_column, Qt.SortOrder.AscendingOrder)  # a header touched sorts otherwise
        self.table.scrollToTop()
        self.detail.set_page(self.welcome())

    # ---- Qt overrides

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current:
            # Scrolling a hidden table has no effect: bring the current row into view now that it is shown.
            self.table.select_quietly(self.model.row_of(self.current))
        if not self._shown:
            self._shown = True
            self.detail.verticalScrollBar().setValue(0)
            a, b = self.split
            self.splitter.setSizes([self.width() * a // (a + b), self.width() * b // (a + b)])

    # ---- internals

    def _link_of_row(self, row: int) -> str:
        return link_to(self.record_kind, self.model.row_id(row))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.link_activated.emit(self._link_of_row(indexes[0].row()))

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.link_activated.emit(self._link_of_row(index.row()))
