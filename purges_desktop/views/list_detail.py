# SPDX-License-Identifier: GPL-3.0-or-later
"""A list beside a detail page: the shape shared by the Trials tab and the Timeline's event list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.views.record_table import RecordTable
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.safe import LinkBrowser

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.qtmodels.table_base import RowTableModel


class ListDetailTab(Retranslatable, QWidget):
    """A sortable table of records and the page of the selected one.

    Subclasses set :attr:`uri_kind`, build :attr:`model`, and implement :meth:`page` and
    :meth:`fill_model`; they may add widgets to :attr:`toolbar`.

    Signals:
        link_activated(str): a deep link was clicked, or a row chosen.
    """

    link_activated = Signal(str)
    uri_kind = ""
    #: The column sorted at start, and the share of the width for the list and the page.
    sort_column = 0
    split = (2, 3)

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: LoadedData | None = None
        self.lang = "en"
        self.current = ""
        self.model = model
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
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail.link_activated.connect(self.link_activated)

    #: Width of each column but the last, in multiples of the font's "M" (the last column stretches).
    column_ems: tuple[int, ...] = ()

    # ---- to implement

    def fill_model(self) -> None:
        """Build the model's rows from :attr:`data` in :attr:`lang`."""
        raise NotImplementedError

    def page(self, record_id: str) -> str:
        """The HTML page of a record."""
        raise NotImplementedError

    def welcome(self) -> str:
        """The page shown when nothing is selected."""
        return ""

    def has_record(self, record_id: str) -> bool:
        """True when the dataset has this record."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every visible string."""

    # ---- public API

    def set_data(self, data: LoadedData | None, lang: str) -> None:
        """Show a (re)loaded dataset, keeping the selection if the record still exists."""
        self.data = data
        self.lang = lang
        self.fill_model()
        self.table.size_columns()
        if self.current and data is not None and self.has_record(self.current):
            self.show_record(self.current)
        else:
            self.current = ""
            self.detail.set_page(self.welcome())

    def set_language(self, lang: str) -> None:
        """Show data in another language."""
        self.set_data(self.data, lang)

    def show_record(self, record_id: str) -> bool:
        """Select and show a record; False when unknown."""
        if self.data is None or not self.has_record(record_id):
            return False
        self.current = record_id
        self.table.select_quietly(self.model.row_of(record_id))
        self.detail.set_page(self.page(record_id))
        return True

    def reset(self) -> None:
        """Back to the start."""
        self.current = ""
        self.table.clearSelection()
        self.table.scrollToTop()
        self.detail.set_page(self.welcome())

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

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.link_activated.emit(f"{self.uri_kind}/{self.model.row_id(indexes[0].row())}")
