# SPDX-License-Identifier: GPL-3.0-or-later
"""The People table: one row per person, filtered and sorted inside the model.

Sorting and filtering happen in Python lists, not in a QSortFilterProxyModel: a proxy over a Python model calls
``data()`` about two million times to sort 100,000 rows (12 s); ``list.sort`` takes 12 ms (docs/reliability.md,
"Sorting large lists").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from purges_desktop.domain.queries import highest_post
from purges_desktop.qtmodels.fates import fate_colour
from purges_desktop.qtmodels.labels import fate_label, role_label
from purges_desktop.qtmodels.roles import FateRole, IdRole, SortRole

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Membership, Person

_Index = QModelIndex | QPersistentModelIndex
NAME, BORN, DIED, FATE, POST = range(5)


#: A filter result this many times smaller than the dataset is ordered by rank instead of by a pass over all rows.
SMALL_RESULT_FACTOR = 4


@dataclass(slots=True)
class _Row:
    id: str
    cells: tuple[str, str, str, str, str]
    keys: tuple[Any, Any, Any, Any, Any]
    fate: str


class PeopleTableModel(QAbstractTableModel):
    """People of a dataset as a sortable, filterable table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._lang = "en"
        self._all: list[_Row] = []
        self._visible: list[_Row] = []
        self._filter: set[str] | None = None
        self._rank: dict[str, int] = {}
        self._posts: dict[str, Membership] | None = None
        self._sort: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)

    # ---- public API

    def set_dataset(self, dataset: Dataset | None, lang: str | None = None,
                    posts: dict[str, Membership] | None = None) -> None:
        """Show a (new) dataset; the current filter is dropped. ``posts``: each person's highest post, if already
        worked out (:func:`~purges_desktop.domain.queries.highest_posts`)."""
        self.beginResetModel()
        self._dataset = dataset
        self._posts = posts
        if lang:
            self._lang = lang
        self._filter = None
        self._rebuild()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Show names and labels in another language."""
        self.beginResetModel()
        self._lang = lang
        self._rebuild()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_filter(self, ids: set[str] | None) -> None:
        """Show only these ids (``None``: everyone)."""
        self.beginResetModel()
        self._filter = ids
        self._apply()
        self.endResetModel()

    def total(self) -> int:
        """How many people the dataset has."""
        return len(self._all)

    def person_id(self, row: int) -> str:
        """The id shown on a row."""
        return self._visible[row].id

    def row_of(self, person_id: str) -> int:
        """The visible row of a person, or -1."""
        if self._filter is None:
            return self._rank.get(person_id, -1)
        return next((i for i, r in enumerate(self._visible) if r.id == person_id), -1)

    # ---- Qt overrides

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

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
        if role == FateRole:
            return row.fate
        if role == Qt.ItemDataRole.DecorationRole and index.column() == FATE and self._dataset is not None:
            return fate_colour(self._dataset.people[row.id].fate)
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The tooltip repeats the title: at kiosk size a narrow column's title is elided.
        if orientation != Qt.Orientation.Horizontal or role not in {Qt.ItemDataRole.DisplayRole,
                                                                    Qt.ItemDataRole.ToolTipRole}:
            return None
        titles = (self.tr("Name"), self.tr("Born"), self.tr("Died"), self.tr("Fate"), self.tr("Highest post"))
        return titles[section] if 0 <= section < len(titles) else None

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_visible()
        self.layoutChanged.emit()

    # ---- internals

    def _rebuild(self) -> None:
        ds = self._dataset
        self._all = [self._make_row(ds, p) for p in ds.records.people] if ds is not None else []
        self._sort_visible()

    def _make_row(self, ds: Dataset, p: Person) -> _Row:
        lang = self._lang
        post = self._posts.get(p.id) if self._posts is not None else highest_post(ds, p.id)
        post_text = ""
        if post is not None:
            body = ds.bodies.get(post.body)
            post_text = post.title.get(lang) or (
                f"{role_label(post.role)}, {body.label(lang)}" if body else role_label(post.role))
        born, died = p.born.date, p.died.date
        missing = (9999, 99, 99)
        return _Row(
            id=p.id,
            cells=(p.name.get(lang), born.format(lang) if born else "", died.format(lang) if died else "",
                   fate_label(p.fate), post_text),
            keys=(p.sort_name(lang), born.sort_key() if born else missing, died.sort_key() if died else missing,
                  p.fate.value, post_text.casefold() or "\uffff"),
            fate=p.fate.value,
        )

    def _apply(self) -> None:
        # _all is kept in the current sort order, so a filter never compares rows: a large result is one pass over
        # _all; a small one (most keystrokes of a search) is its own rows ordered by their rank in _all, so its
        # cost follows the hits, not the size of the dataset (benchmarks/README.md).
        keep = self._filter
        if keep is None:
            self._visible = self._all
        elif len(keep) * SMALL_RESULT_FACTOR < len(self._all):
            rank = self._rank
            self._visible = [self._all[i] for i in sorted(rank[pid] for pid in keep if pid in rank)]
        else:
            self._visible = [r for r in self._all if r.id in keep]

    def _sort_visible(self) -> None:
        column, order = self._sort
        self._all.sort(key=lambda r: (r.keys[column], r.keys[NAME]), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rank = {r.id: i for i, r in enumerate(self._all)}
        self._apply()


def tr_count(shown: int, total: int) -> str:
    """ "54 of 312 people" in the interface language."""
    locale = QLocale()
    return QCoreApplication.translate("PeopleTab", "%1 of %2 people").replace(
        "%1", locale.toString(shown)).replace("%2", locale.toString(total))
