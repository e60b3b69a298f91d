# SPDX-License-Identifier: GPL-3.0-or-later
"""A chart's numbers as a table (the Numbers view's accessible "Table" switch)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

from purges_desktop.qtmodels.table_base import Row, RowTableModel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from purges_desktop.domain.dataset import Dataset


class ChartRowsModel(RowTableModel):
    """Headers and rows given by a chart (numbers formatted for the language, sorted by value)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def build_rows(self, ds: Dataset, lang: str) -> list[Row]:
        del ds, lang
        return []

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """Show these rows under these headers (``None`` cells read "no data")."""
        self._headers = tuple(headers)
        self.replace_rows([Row(str(i), tuple(_cell(v) for v in row), tuple(_key(v) for v in row))
                           for i, row in enumerate(rows)])


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        locale = QLocale()
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English)
        # Years are numbers too: never "1,937".
        if isinstance(value, int) and 1000 <= value <= 2100:
            return str(value)
        return locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "f", 1)
    return str(value)


def _key(value: object) -> tuple[int, Any]:
    # Numbers before text, "no data" last, so a column sorts the way a reader expects.
    if value is None:
        return (2, 0)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    return (1, str(value).casefold())
