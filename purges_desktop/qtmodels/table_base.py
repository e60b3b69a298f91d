# SPDX-License-Identifier: GPL-3.0-or-later
"""The one table model of the app: precomputed rows, sorted and filtered in Python.

Sorting and filtering happen in Python lists, not in a ``QSortFilterProxyModel``: a proxy over a Python model calls
``data()`` about two million times to sort 100,000 rows (12 s); ``list.sort`` takes 12 ms (docs/reliability.md,
"Sorting large lists").
Subclasses only say how a record becomes a row (:meth:`RowTableModel.build_rows`) and name the columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from purges_desktop.qtmodels.roles import IdRole, SortRole

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset

_Index = QModelIndex | QPersistentModelIndex

#: A filter result this many times smaller than the table is ordered by rank instead of by a pass over all rows.
SMALL_RESULT_FACTOR = 4


@dataclass(slots=True)
class Row:
    """One row: the record's id, the text of each cell, and each column's sort key."""

    id: str
    cells: tuple[str, ...]
    keys: tuple[Any, ...]


class RowTableModel(QAbstractTableModel):
    """A read-only, sortable, filterable table of :class:`Row` s built from a dataset.

    Subclasses implement :meth:`headers` and :meth:`build_rows`; :meth:`role_data` adds roles beyond display, id
    and sort key. Ties in the sorted column fall back to the first column.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._lang = "en"
        self._all: list[Row] = []
        self._visible: list[Row] = []
        self._filter: set[str] | None = None
        self._rank: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # ---- to implement

    def headers(self) -> tuple[str, ...]:
        """Column titles, translated."""
        raise NotImplementedError

    def build_rows(self, ds: Dataset, lang: str) -> list[Row]:
        """One row per record of ``ds``, in ``lang``."""
        raise NotImplementedError

    def role_data(self, row: Row, column: int, role: int) -> Any:
        """Data for other roles (decoration, colours …); ``None`` by default."""
        del row, column, role

    # ---- public API

    @property
    def dataset(self) -> Dataset | None:
        """The dataset shown."""
        return self._dataset

    def set_dataset(self, ds: Dataset | None, lang: str | None = None) -> None:
        """Show a (new) dataset; the filter is dropped, the sort kept."""
        self._dataset = ds
        if lang:
            self._lang = lang
        self._filter = None
        self.replace_rows(self.build_rows(ds, self._lang) if ds is not None else [])

    def set_language(self, lang: str) -> None:
        """Show the same dataset in another language (the filter is kept)."""
        self._lang = lang
        keep = self._filter
        self.replace_rows(self.build_rows(self._dataset, lang) if self._dataset is not None else [], keep)

    def replace_rows(self, rows: list[Row], keep: set[str] | None = None) -> None:
        """Show these rows (rows not built from a dataset, e.g. problems), filtered to ``keep``."""
        self.beginResetModel()
        self._all = rows
        self._filter = keep
        self._sort_all()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.headers()) - 1))

    def set_filter(self, ids: set[str] | None) -> None:
        """Show only these ids (``None``: all)."""
        self.beginResetModel()
        self._filter = ids
        self._apply()
        self.endResetModel()

    def total(self) -> int:
        """Rows before filtering."""
        return len(self._all)

    def row_id(self, row: int) -> str:
        """The id on a visible row."""
        return self._visible[row].id

    def row_of(self, rid: str) -> int:
        """The visible row of an id, or -1."""
        if self._filter is None:
            return self._rank.get(rid, -1)
        return next((i for i, r in enumerate(self._visible) if r.id == rid), -1)

    # ---- Qt overrides

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == IdRole:
            return row.id
        if role == SortRole:
            return row.keys[index.column()]
        value = self.role_data(row, index.column(), role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            return row.cells[index.column()] or None  # a cell too narrow for its text shows it whole on hover
        return value

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
        self._sort_all()
        self.layoutChanged.emit()

    # ---- internals

    def _sort_all(self) -> None:
        column, order = self._sort
        if self._all and column < len(self._all[0].keys):
            self._all.sort(key=lambda r: (r.keys[column], r.keys[0]), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rank = {r.id: i for i, r in enumerate(self._all)}
        self._apply()

    def _apply(self) -> None:
        # _all is kept in the current sort order, so a filter never compares rows: a large result is one pass over
        # _all; a small one (most keystrokes of a search) is its own rows ordered by their rank in _all, so its
        # cost follows the hits, not the size of the table (benchmarks/README.md).
        keep = self._filter
        if keep is None:
            self._visible = self._all
        elif len(keep) * SMALL_RESULT_FACTOR < len(self._all):
            rank = self._rank
            self._visible = [self._all[i] for i in sorted(rank[rid] for rid in keep if rid in rank)]
        else:
            self._visible = [r for r in self._all if r.id in keep]
