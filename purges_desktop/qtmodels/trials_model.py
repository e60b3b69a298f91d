# SPDX-License-Identifier: GPL-3.0-or-later
"""The list of trials."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purges_desktop.domain.model import SentenceKind
from purges_desktop.qtmodels.table_base import Row, RowTableModel

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset


class TrialsTableModel(RowTableModel):
    """Trials: name, year, court, held in public or in secret, defendants, death sentences."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Trial"), self.tr("Year"), self.tr("Court"), self.tr("Held"),
                self.tr("Defendants"), self.tr("Death sentences"))

    def build_rows(self, ds: Dataset, lang: str) -> list[Row]:
        rows = []
        for t in ds.records.trials:
            court = ds.bodies.get(t.court)
            public = "" if t.public is None else (self.tr("in public") if t.public else self.tr("in secret"))
            name = t.short_name(lang)
            deaths = t.count_sentences(SentenceKind.DEATH)
            start = t.start.sort_key() if t.start else (9999, 0, 0)
            rows.append(Row(t.id, (name, str(t.start.year) if t.start else "",
                                   court.label(lang) if court else "", public, str(len(t.defendants)),
                                   str(deaths)),
                            ((start, t.id), start, court.label(lang) if court else "", public, len(t.defendants),
                             deaths)))
        return rows
