# SPDX-License-Identifier: GPL-3.0-or-later
"""A window listing the problems found in the data (curators), each with its file:line:column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QVBoxLayout, QWidget

from purges_desktop.qtmodels.problems_model import ProblemsTableModel
from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from purges_desktop.domain.problems import Problem


class ProblemsDialog(QDialog):
    """Every problem of the current data, sortable."""

    def __init__(self, problems: tuple[Problem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems in the data"))
        self.model = ProblemsTableModel(self)
        self.model.set_problems(problems)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Problems"))
        errors = sum(1 for p in problems if p.severity == "error")
        info = plain_label(self.tr("%1 error(s), %2 warning(s). The records with errors are left out; "
                                   "everything else is shown. Run 'validate' for the same list.")
                           .replace("%1", str(errors)).replace("%2", str(len(problems) - errors)), self)
        info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table)
        self.resize(900, 500)
