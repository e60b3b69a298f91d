# SPDX-License-Identifier: GPL-3.0-or-later
"""The Timeline tab (first version): events in date order, filtered by lane and text, with each event's page."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from purges_desktop.domain.model import Category
from purges_desktop.domain.search import fold
from purges_desktop.qtmodels.events_model import EventsTableModel
from purges_desktop.qtmodels.labels import category_label
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.pages import event_page


class TimelineTab(ListDetailTab):
    """Events by date, lane and text."""

    uri_kind = "event"
    column_ems = (10, 9)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._folded: dict[str, str] = {}
        super().__init__(EventsTableModel(), parent)
        self.model.setParent(self)
        self.category_box = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.toolbar.addWidget(self.category_box)
        self.toolbar.addWidget(self.search, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(80)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.category_box.currentIndexChanged.connect(self.apply_filter)
        self.retranslate_ui()

    def fill_model(self) -> None:
        self.model.set_dataset(self.data.dataset if self.data else None, self.lang)  # type: ignore[attr-defined]
        # Fold each event's text once per load, not once per keystroke.
        self._folded = {e.id: fold(" ".join((*e.title.all_text(), *e.summary.all_text())))
                        for e in self.data.dataset.records.events} if self.data else {}
        self.apply_filter()

    def has_record(self, record_id: str) -> bool:
        return self.data is not None and record_id in self.data.dataset.events

    def page(self, record_id: str) -> str:
        assert self.data is not None
        return event_page(self.data.dataset, record_id, self.lang)

    def welcome(self) -> str:
        return (f"<h2>{self.tr('Timeline')}</h2><p>"
                + self.tr("Events from 1917 to 1953 and the rehabilitations that followed.") + "</p>")

    def reset(self) -> None:
        self.search.clear()
        self.category_box.setCurrentIndex(0)
        self.apply_filter()
        super().reset()

    @Slot()
    def apply_filter(self) -> None:
        """Filter events by lane and by words of their title or summary."""
        self._debounce.stop()
        if self.data is None:
            return
        category = self.category_box.currentData()
        words = fold(self.search.text()).split()
        keep = None
        if category or words:
            keep = set()
            for e in self.data.dataset.records.events:
                if category and e.category.value != category:
                    continue
                text = self._folded.get(e.id, "")
                if all(w in text for w in words):
                    keep.add(e.id)
        self.model.set_filter(keep)

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Events"))
        self.detail.setAccessibleName(self.tr("Event details"))
        self.search.setPlaceholderText(self.tr("Search events…"))
        self.search.setAccessibleName(self.tr("Search events"))
        self.category_box.setAccessibleName(self.tr("Filter by category"))
        current = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(self.tr("All categories"), "")
        for c in Category:
            self.category_box.addItem(category_label(c), c.value)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(current)) if current else 0)
        self.category_box.blockSignals(False)
        self.model.set_dataset(self.data.dataset if self.data else None, self.lang)  # type: ignore[attr-defined]
