# SPDX-License-Identifier: GPL-3.0-or-later
"""The Trials tab: the list of trials and a trial's page (bench, defendants, outcome, sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from purges_desktop.domain.links import Kind
from purges_desktop.qtmodels.trials_model import TrialsTableModel
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.pages import trial_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from purges_desktop.application.language import Language


class TrialsTab(ListDetailTab):
    """Trials and their defendants."""

    record_kind = Kind.TRIAL
    split = (1, 1)  # the list has six columns
    column_ems = (21, 4, 11, 8, 9)
    sort_column = 1

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(TrialsTableModel(), language, parent)
        self.retranslate_ui()

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
