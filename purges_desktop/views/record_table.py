# SPDX-License-Identifier: GPL-3.0-or-later
"""The table used for every list of records: rows selected whole, sorted in the model, fixed row heights."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

#: Room kept for the last column, which stretches; and the narrowest a column is made to fit.
LAST_COLUMN_EMS = 7
MIN_COLUMN_EMS = 3


class RecordTable(QTableView):
    """A read-only, sortable list of records.

    Rows have a fixed height and columns widths in multiples of the font's "M": measuring 100,000 rows to fit
    them would stall the window (docs/reliability.md, "Sorting large lists"). Both follow the font when a style
    sheet changes it.
    """

    def __init__(self, parent: QWidget | None = None, column_ems: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.column_ems = column_ems
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(True)
        # A header narrower than its title (large kiosk type) ends in "…" instead of losing both ends.
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        # A cell too narrow keeps both ends: a Russian name its surname, a date its year (the tooltip has it all).
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def size_columns(self) -> None:
        """Column widths and row height from the current font, narrowed in proportion when they would not fit
        (large kiosk type in half a screen), so that no list needs scrolling sideways."""
        em = self.fontMetrics().horizontalAdvance("M")
        wanted = sum(self.column_ems) + LAST_COLUMN_EMS
        available = self.viewport().width()
        scale = min(1.0, available / (wanted * em)) if available > 0 and wanted else 1.0
        for column, ems in enumerate(self.column_ems):
            self.setColumnWidth(column, max(MIN_COLUMN_EMS * em, int(ems * em * scale)))
        self.verticalHeader().setDefaultSectionSize(max(28, int(self.fontMetrics().height() * 1.8)))

    def select_quietly(self, row: int) -> None:
        """Select a row without announcing it (the selection follows navigation, it does not cause it)."""
        if row < 0:
            return
        self.selectionModel().blockSignals(True)
        self.selectRow(row)
        self.selectionModel().blockSignals(False)
        self.scrollTo(self.model().index(row, 0))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self.size_columns()
        super().changeEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.size_columns()

    @override
    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.size_columns()

