# SPDX-License-Identifier: GPL-3.0-or-later
"""The People table: one row per person (sorted and filtered by :class:`RowTableModel`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from purges_desktop.domain.queries import highest_post
from purges_desktop.domain.roles import perpetrator_index
from purges_desktop.qtmodels.fates import fate_colour
from purges_desktop.qtmodels.labels import PERPETRATOR_MARK, fate_label, perpetrator_summary, role_label
from purges_desktop.qtmodels.roles import FateRole
from purges_desktop.qtmodels.table_base import Row, RowTableModel

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Membership, Person
    from purges_desktop.domain.roles import RepressionRole

NAME, BORN, DIED, FATE, PART, POST = range(6)


class PeopleTableModel(RowTableModel):
    """People of a dataset: name, born, died, fate (with its colour), their part in carrying out the repression
    beside it (:func:`~purges_desktop.domain.roles.perpetrator_roles`, marked
    :data:`~purges_desktop.qtmodels.labels.PERPETRATOR_MARK`; empty for everyone else), and highest post."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: dict[str, Membership] | None = None

    def set_dataset(self, ds: Dataset | None, lang: str | None = None,
                    posts: dict[str, Membership] | None = None) -> None:
        """Show a (new) dataset; ``posts``: each person's highest post, if already worked out
        (:func:`~purges_desktop.domain.queries.highest_posts`)."""
        self._posts = posts
        super().set_dataset(ds, lang)

    def person_id(self, row: int) -> str:
        """The id of the person on a visible row."""
        return self.row_id(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Born"), self.tr("Died"), self.tr("Fate"), self.tr("Part in the repression"),
                self.tr("Highest post"))

    def build_rows(self, ds: Dataset, lang: str) -> list[Row]:
        parts = perpetrator_index(ds)
        return [self._make_row(ds, p, lang, parts.get(p.id, ())) for p in ds.records.people]

    def role_data(self, row: Row, column: int, role: int) -> Any:
        ds = self.dataset
        if ds is None:
            return None
        if role == FateRole:
            return ds.people[row.id].fate.value
        if role == Qt.ItemDataRole.DecorationRole and column == FATE:
            return fate_colour(ds.people[row.id].fate)
        return None

    def _make_row(self, ds: Dataset, p: Person, lang: str, parts: tuple[RepressionRole, ...]) -> Row:
        post = self._posts.get(p.id) if self._posts is not None else highest_post(ds, p.id)
        post_text = ""
        if post is not None:
            body = ds.bodies.get(post.body)
            post_text = post.title.get(lang) or (
                f"{role_label(post.role)}, {body.label(lang)}" if body else role_label(post.role))
        born, died = p.born.date, p.died.date
        missing = (9999, 99, 99)
        part = f"{PERPETRATOR_MARK} {perpetrator_summary(ds, parts, lang, with_years=False)}" if parts else ""
        return Row(
            id=p.id,
            cells=(p.name.get(lang), born.format(lang) if born else "", died.format(lang) if died else "",
                   fate_label(p.fate), part, post_text),
            keys=(p.sort_name(lang), born.sort_key() if born else missing, died.sort_key() if died else missing,
                  p.fate.value, part.casefold() or "\uffff", post_text.casefold() or "\uffff"),
        )


def tr_count(shown: int, total: int) -> str:
    """ "54 of 312 people" in the interface language."""
    locale = QLocale()
    return QCoreApplication.translate("PeopleTab", "%1 of %2 people").replace(
        "%1", locale.toString(shown)).replace("%2", locale.toString(total))
