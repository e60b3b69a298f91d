# SPDX-License-Identifier: GPL-3.0-or-later
"""Problems found in the data, for the curator's problems list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purges_desktop.qtmodels.table_base import Row, RowTableModel

if TYPE_CHECKING:
    from purges_desktop.domain.problems import Problem


class ProblemsTableModel(RowTableModel):
    """Severity, place (``file:line:column``) and message of each problem."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Severity"), self.tr("Where"), self.tr("Problem"))

    def set_problems(self, problems: tuple[Problem, ...]) -> None:
        """Show these problems."""
        labels = {"error": self.tr("Error"), "warning": self.tr("Warning")}
        rows = [Row(str(i), (labels.get(p.severity.value, p.severity.value), str(p.origin), p.message),
                    ((p.severity.value, p.sort_key()), p.sort_key(), p.message)) for i, p in enumerate(problems)]
        self.replace_rows(rows)
