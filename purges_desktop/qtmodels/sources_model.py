# SPDX-License-Identifier: GPL-3.0-or-later
"""The list of the bibliography's sources: title, author, year, kind and how many records cite each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from purges_desktop.domain.bibliography import citation_counts
from purges_desktop.qtmodels.table_base import Row, RowTableModel

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset

_KINDS = {
    "archive": QT_TRANSLATE_NOOP("SourcesTableModel", "archive document"),
    "scholarly": QT_TRANSLATE_NOOP("SourcesTableModel", "scholarly work"),
    "encyclopedia": QT_TRANSLATE_NOOP("SourcesTableModel", "encyclopedia"),
    "press": QT_TRANSLATE_NOOP("SourcesTableModel", "press"),
    "memoir": QT_TRANSLATE_NOOP("SourcesTableModel", "memoir"),
    "web": QT_TRANSLATE_NOOP("SourcesTableModel", "web page"),
}


def source_kind_label(kind: str | None) -> str:
    """A source's kind (a :class:`~purges_desktop.domain.model.SourceKind`) in the interface language; "" for none."""
    if not kind:
        return ""
    return QCoreApplication.translate("SourcesTableModel", _KINDS[kind]) if kind in _KINDS else str(kind)


class SourcesTableModel(RowTableModel):
    """Sources: title, author, year, kind, the number of records citing it."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Author"), self.tr("Year"), self.tr("Kind"), self.tr("Cited by"))

    def build_rows(self, ds: Dataset, lang: str) -> list[Row]:
        del lang  # the bibliography is written once, in the language of each work
        counts = citation_counts(ds.cited_by)
        rows = []
        for s in ds.records.sources:
            cited = counts.get(s.id, 0)
            kind = source_kind_label(s.kind)
            rows.append(Row(s.id, (s.title, s.author, str(s.year) if s.year is not None else "", kind, str(cited)),
                            ((s.title.casefold(), s.id), s.author.casefold(), s.year or 0, kind, cited)))
        return rows
