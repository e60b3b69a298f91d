# SPDX-License-Identifier: GPL-3.0-or-later
"""The Trials tab: the list of trials and a trial's page (bench, defendants, outcome, sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPushButton

from purges_desktop.domain.links import Kind
from purges_desktop.domain.tables import csv_bytes, defendants_table
from purges_desktop.qtmodels.trials_model import TrialsTableModel
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.pages import trial_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language


class TrialsTab(ListDetailTab):
    """Trials and their defendants."""

    record_kind = Kind.TRIAL
    split = (1, 1)  # the list has six columns
    column_ems = (21, 4, 11, 8, 9)
    sort_column = 1

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(TrialsTableModel(), language, parent)
        self.export_button = QPushButton(self)
        self.export_button.setEnabled(False)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.export_button)
        self.export_button.clicked.connect(self._on_export)
        self.retranslate_ui()

    def show_record(self, record_id: str) -> bool:
        """Select and show a trial (its defendants can then be exported)."""
        shown = super().show_record(record_id)
        self.export_button.setEnabled(bool(self.current))
        return shown

    def set_data(self, data: LoadedData | None) -> None:
        """Show a (re)loaded dataset."""
        super().set_data(data)
        self.export_button.setEnabled(bool(self.current))

    def reset(self) -> None:
        """Back to the list with nothing selected."""
        super().reset()
        self.export_button.setEnabled(False)

    def set_kiosk(self, on: bool) -> None:
        """The kiosk writes no files: no export."""
        self.export_button.setVisible(not on)

    def defendants_csv(self) -> bytes:
        """The defendants of the trial shown, as CSV (UTF-8 with a byte order mark); empty when none is shown."""
        if self.data is None or self.current not in self.data.dataset.trials:
            return b""
        header, rows = defendants_table(self.data.dataset, self.data.dataset.trials[self.current], self.lang)
        return csv_bytes(header, rows)

    def has_record(self, record_id: str) -> bool:
        return self.data is not None and record_id in self.data.dataset.trials

    def page(self, record_id: str) -> str:
        assert self.data is not None
        return trial_page(self.data.dataset, self.data.dataset.trials[record_id], self.lang)

    def welcome(self) -> str:
        return (f"<h2>{self.tr('Trials')}</h2><p>"
                + self.tr("The show trials and the secret trials: choose one to see its bench, its defendants "
                          "and what became of them.") + "</p>")

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Trials"))
        self.detail.setAccessibleName(self.tr("Trial details"))
        self.export_button.setText(self.tr("Export defendants (CSV)"))
        self.export_button.setAccessibleName(self.tr("Save the defendants of this trial as a CSV file"))

    @Slot()
    def _on_export(self) -> None:
        if self.current:
            self.export_requested.emit(f"{self.current}-defendants.csv", self.defendants_csv())
