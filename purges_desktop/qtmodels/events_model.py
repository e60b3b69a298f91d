# SPDX-License-Identifier: GPL-3.0-or-later
"""Events as a table (date, category, title), for the timeline's list and search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purges_desktop.qtmodels.labels import category_label
from purges_desktop.qtmodels.table_base import RowTableModel

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset


class EventsTableModel(RowTableModel):
    """Events in date order."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Category"), self.tr("Event"))

    def set_dataset(self, ds: Dataset | None, lang: str) -> None:
        """Build the rows from a dataset, in ``lang``."""
        rows = []
        if ds is not None:
            for e in ds.events_sorted():
                rows.append((e.id, (e.date.format(lang), category_label(e.category), e.title.get(lang)),
                             ((e.date.sort_key(), e.id), e.category.value, e.title.get(lang).casefold())))
        self.replace_rows(rows)
