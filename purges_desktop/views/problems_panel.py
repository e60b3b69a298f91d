# SPDX-License-Identifier: GPL-3.0-or-later
"""The curator's problems panel (study mode): every problem with severity and file:line:column, filterable.

Activating a problem emits :attr:`ProblemsPanel.problem_activated`; the application opens the file at that line
in the curator's editor, or copies the location when no editor is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from purges_desktop.qtmodels.problems_model import ProblemsTableModel
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from purges_desktop.domain.problems import Problem


class ProblemsPanel(Retranslatable, QWidget):
    """A filterable list of problems.

    Signals:
        problem_activated(object): the :class:`Problem` the curator double-clicked or pressed Enter on.
    """

    problem_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = ()
        self.model = ProblemsTableModel(self)
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        self.severity_box = QComboBox(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # errors first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        bar = QHBoxLayout()
        bar.addWidget(self.severity_box)
        bar.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.severity_box.currentIndexChanged.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.table.activated.connect(self._on_activated)
        self.retranslate_ui()

    def set_problems(self, problems: tuple[Problem, ...], *, stale: bool = False) -> None:
        """Show a load's problems; ``stale`` says the window still shows the last good data."""
        self._problems = problems
        self.model.set_problems(problems)
        errors = sum(1 for p in problems if p.severity == "error")
        text = self.tr("%1 error(s), %2 warning(s).").replace("%1", str(errors)).replace(
            "%2", str(len(problems) - errors))
        if stale:
            text += " " + self.tr("The files have errors, so the window still shows the last data that loaded "
                                  "without errors. Fix them and save: the data reloads by itself.")
        elif errors:
            text += " " + self.tr("Records with errors are left out; everything else is shown.")
        self.summary.setText(text)
        self.apply_filter()

    def problems(self) -> tuple[Problem, ...]:
        """The problems shown."""
        return self._problems

    @Slot()
    def apply_filter(self) -> None:
        """Keep the problems of the chosen severity whose place or message contains the filter text."""
        severity = self.severity_box.currentData() or ""
        words = self.filter_edit.text().casefold().split()
        keep = {str(i) for i, p in enumerate(self._problems)
                if (not severity or p.severity.value == severity)
                and all(w in f"{p.origin} {p.message} {p.code}".casefold() for w in words)}
        self.model.set_filter(None if not severity and not words else keep)

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        current = self.severity_box.currentIndex()
        self.severity_box.blockSignals(True)
        self.severity_box.clear()
        self.severity_box.addItem(self.tr("Errors and warnings"), "")
        self.severity_box.addItem(self.tr("Errors only"), "error")
        self.severity_box.addItem(self.tr("Warnings only"), "warning")
        self.severity_box.setCurrentIndex(max(0, current))
        self.severity_box.blockSignals(False)
        self.severity_box.setAccessibleName(self.tr("Filter problems by severity"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by file, message or code…"))
        self.filter_edit.setAccessibleName(self.tr("Filter problems"))
        self.table.setAccessibleName(self.tr("Problems in the data; Enter opens the file at the line"))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = int(self.model.row_id(index.row()))
        self.problem_activated.emit(self._problems[row])
