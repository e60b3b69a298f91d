# SPDX-License-Identifier: GPL-3.0-or-later
"""The glossary's terms as a table: the term and its definition, A-Z."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purges_desktop.qtmodels.table_base import Row, RowTableModel

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset


class GlossaryTableModel(RowTableModel):
    """Glossary terms: the term and its definition, in the language shown."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Term"), self.tr("Definition"))

    def build_rows(self, ds: Dataset, lang: str) -> list[Row]:
        rows = []
        for t in ds.terms:
            term, definition = t.term.get(lang), t.definition.get(lang)
            rows.append(Row(t.id, (term, definition), ((term.casefold(), t.id), definition.casefold())))
        return rows
