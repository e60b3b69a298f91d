# SPDX-License-Identifier: GPL-3.0-or-later
"""Events as a table (date, category, title), for the timeline's list and search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purges_desktop.qtmodels.labels import category_label
from purges_desktop.qtmodels.table_base import Row, RowTableModel

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset


class EventsTableModel(RowTableModel):
    """Events in date order."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Category"), self.tr("Event"))

    def build_rows(self, ds: Dataset, lang: str) -> list[Row]:
        return [Row(e.id, (e.date.format(lang), category_label(e.category), e.title.get(lang)),
                    ((e.date.sort_key(), e.id), e.category.value, e.title.get(lang).casefold()))
                for e in ds.events_sorted()]
