# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only table over precomputed rows, sorted in Python (see people_model for why not a proxy)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from purges_desktop.qtmodels.roles import IdRole, SortRole

_Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows of ``(id, cells, sort keys)``; subclasses build them in :meth:`build_rows` and name the columns.

    Attributes:
        rows: visible rows, each ``(id, tuple of display strings, tuple of sort keys)``.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, tuple[str, ...], tuple[Any, ...]]] = []
        self._all: list[tuple[str, tuple[str, ...], tuple[Any, ...]]] = []
        self._keep: set[str] | None = None
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def headers(self) -> tuple[str, ...]:
        """Column titles, translated."""
        raise NotImplementedError

    def replace_rows(self, rows: list[tuple[str, tuple[str, ...], tuple[Any, ...]]]) -> None:
        """Show new rows (keeps the filter and sort)."""
        self.beginResetModel()
        self._all = rows
        self._apply()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.headers()) - 1))

    def set_filter(self, keep: set[str] | None) -> None:
        """Show only these ids (``None``: all)."""
        self.beginResetModel()
        self._keep = keep
        self._apply()
        self.endResetModel()

    def total(self) -> int:
        """Rows before filtering."""
        return len(self._all)

    def row_id(self, row: int) -> str:
        """The id on a visible row."""
        return self.rows[row][0]

    def row_of(self, rid: str) -> int:
        """The visible row of an id, or -1."""
        return next((i for i, r in enumerate(self.rows) if r[0] == rid), -1)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        rid, cells, keys = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == IdRole:
            return rid
        if role == SortRole:
            return keys[index.column()]
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The tooltip repeats the title: at kiosk size a narrow column's title is elided.
        if orientation != Qt.Orientation.Horizontal or role not in {Qt.ItemDataRole.DisplayRole,
                                                                    Qt.ItemDataRole.ToolTipRole}:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _apply(self) -> None:
        self.rows = [r for r in self._all if self._keep is None or r[0] in self._keep]
        self._sort_rows()

    def _sort_rows(self) -> None:
        column, order = self._sort
        if self.rows and column < len(self.rows[0][2]):
            self.rows.sort(key=lambda r: r[2][column], reverse=order == Qt.SortOrder.DescendingOrder)
