# SPDX-License-Identifier: GPL-3.0-or-later
"""The People tab: search that forgives spelling, filters, a sortable list and a detail page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from purges_desktop.domain.model import BodyKind, Fate
from purges_desktop.domain.queries import PeopleFilter, effective_search, filter_people
from purges_desktop.qtmodels.labels import fate_label
from purges_desktop.qtmodels.people_model import PeopleTableModel, tr_count
from purges_desktop.views.pages import person_page, portrait_box, portrait_uri
from purges_desktop.views.record_table import RecordTable
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.safe import LinkBrowser, plain_label

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData

SEARCH_DEBOUNCE_MS = 80


class PeopleTab(Retranslatable, QWidget):
    """Search, filter and read about people.

    Signals:
        link_activated(str): a deep link was clicked or a person was chosen in the list.
    """

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: LoadedData | None = None
        self._lang = "en"
        self._current = ""
        self.model = PeopleTableModel(self)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.texts_check = QCheckBox(self)  # the search also looks in biographies, notes and places
        self.fate_box = QComboBox(self)
        self.organ_box = QComboBox(self)
        self.trial_box = QComboBox(self)
        self.date_check = QCheckBox(self)
        self.date_edit = QDateEdit(QDate(1937, 1, 1), self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(QDate(1917, 1, 1), QDate(1953, 12, 31))
        self.date_edit.setEnabled(False)
        self.clear_button = QPushButton(self)
        self.count_label = plain_label("", self)

        self.table = RecordTable(self, (16, 11, 11, 12))  # "27 January 1940", "Natural death" fit
        self.table.setModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.detail = LinkBrowser(self)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.texts_check)
        search_row.addWidget(self.count_label)
        search_row.addWidget(self.clear_button)  # here, not after the filters: at kiosk size that row is full
        filters = QHBoxLayout()
        for w in (self.fate_box, self.organ_box, self.trial_box, self.date_check, self.date_edit):
            filters.addWidget(w)
        filters.addStretch(1)
        for box in (self.fate_box, self.organ_box, self.trial_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._shown = False
        main_layout = QVBoxLayout(self)
        main_layout.addWidget(self.splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._on_search_return)
        for box in (self.fate_box, self.organ_box, self.trial_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.date_check.toggled.connect(self.apply_filter)
        self.texts_check.toggled.connect(self.apply_filter)
        self.date_edit.dateChanged.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_row_activated)
        self.detail.link_activated.connect(self.link_activated)
        self.retranslate_ui()

    # ---- public API

    def set_data(self, data: LoadedData | None, lang: str) -> None:
        """Show a (re)loaded dataset; the current person stays selected if they still exist."""
        self._data = data
        self._lang = lang
        self.model.set_dataset(data.dataset if data else None, lang, data.highest_posts if data else None)
        self._fill_filter_boxes()
        self.apply_filter()
        if self._current and data and self._current in data.dataset.people:
            self.show_person(self._current)
        else:
            self._current = ""
            self.detail.set_page(self._welcome())

    def set_language(self, lang: str) -> None:
        """Show data in another language (the interface follows QEvent.LanguageChange)."""
        self._lang = lang
        self.model.set_language(lang)
        self._fill_filter_boxes()
        self.apply_filter()
        if self._current:
            self.show_person(self._current)

    def show_person(self, person_id: str) -> bool:
        """Select a person and show their page; False when the id is unknown."""
        if self._data is None or person_id not in self._data.dataset.people:
            return False
        self._current = person_id
        row = self.model.row_of(person_id)
        if row < 0 and not self._filter().is_empty:
            self.clear_filters()
            row = self.model.row_of(person_id)
        self.table.select_quietly(row)
        person = self._data.dataset.people[person_id]
        image = self._data.portraits.portrait(person)
        box = portrait_box(self.detail.fontMetrics().height())
        if image is None:
            self.detail.set_page(person_page(self._data.dataset, person, self._lang, box=box))
        else:
            self.detail.set_page(person_page(self._data.dataset, person, self._lang, (image.width(), image.height()),
                                             box), {portrait_uri(person): image})
        return True

    def current_person(self) -> str:
        """The id of the person shown ("" when none)."""
        return self._current

    @Slot()
    def clear_filters(self) -> None:
        """Empty the search and every filter in one action."""
        for w in (self.search, self.texts_check, self.fate_box, self.organ_box, self.trial_box, self.date_check):
            w.blockSignals(True)
        self.search.clear()
        self.texts_check.setChecked(False)
        self.fate_box.setCurrentIndex(0)
        self.organ_box.setCurrentIndex(0)
        self.trial_box.setCurrentIndex(0)
        self.date_check.setChecked(False)
        self.date_edit.setEnabled(False)
        for w in (self.search, self.texts_check, self.fate_box, self.organ_box, self.trial_box, self.date_check):
            w.blockSignals(False)
        self.apply_filter()

    def reset(self) -> None:
        """Back to the start: no search, no filter, nobody selected."""
        self.clear_filters()
        self._current = ""
        self.table.clearSelection()
        self.table.scrollToTop()
        self.detail.set_page(self._welcome())

    @Slot()
    def apply_filter(self) -> None:
        """Run the search and filters now (the search box calls this after a short pause)."""
        self._debounce.stop()
        if self._data is None:
            self.count_label.setText("")
            return
        ids = filter_people(self._data.dataset, self._data.people_index, self._filter(), self._data.person_text)
        self.model.set_filter(ids)
        self.count_label.setText(tr_count(self.model.rowCount(), self.model.total()))
        if self._current:
            self.table.select_quietly(self.model.row_of(self._current))

    # ---- Qt overrides

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.splitter.setSizes([self.width() // 2, self.width() // 2])

    @override
    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        if key == Qt.Key.Key_Escape and (self.search.text() or not self._filter().is_empty):
            self.clear_filters()
            self.search.setFocus()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def retranslate_ui(self) -> None:
        """Set every visible string (called again on a language change)."""
        self.search.setPlaceholderText(self.tr("Search names in any spelling: Yezhov, Ezhov, Ежов…"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.fate_box.setAccessibleName(self.tr("Filter by fate"))
        self.organ_box.setAccessibleName(self.tr("Filter by organ"))
        self.trial_box.setAccessibleName(self.tr("Filter by trial"))
        self.texts_check.setText(self.tr("Also in biographies"))
        self.texts_check.setAccessibleName(self.tr("Search biographies, notes and places too"))
        self.date_check.setText(self.tr("In post on"))
        self.date_check.setAccessibleName(self.tr("Only people in post on a date"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.table.setAccessibleName(self.tr("People"))
        self.detail.setAccessibleName(self.tr("Person details"))
        self._fill_filter_boxes()
        if self._data is not None:
            self.count_label.setText(tr_count(self.model.rowCount(), self.model.total()))

    # ---- internals

    def _filter(self) -> PeopleFilter:
        fate = self.fate_box.currentData()
        in_post = None
        if self.date_check.isChecked():
            d = self.date_edit.date()
            in_post = (d.year(), d.month(), d.day())
        text = effective_search(self.search.text(), self.model.total())
        return PeopleFilter(text=text, fates=frozenset({Fate(fate)}) if fate else frozenset(),
                            organ=self.organ_box.currentData() or "", trial=self.trial_box.currentData() or "",
                            in_post_on=in_post, in_texts=self.texts_check.isChecked())

    def _fill_filter_boxes(self) -> None:
        lang = self._lang
        ds = self._data.dataset if self._data else None
        fates = [(fate_label(f), f.value) for f in Fate]
        organs: list[tuple[str, str]] = []
        trials: list[tuple[str, str]] = []
        if ds is not None:
            for body_id in ("politburo", "orgburo", "secretariat", "central-committee", "central-control-commission",
                            "sovnarkom"):
                if body_id in ds.bodies:
                    organs.append((ds.bodies[body_id].label(lang), body_id))
            kinds = {b.kind for b in ds.records.bodies}
            names = {BodyKind.POLICE: self.tr("Secret police (all)"), BodyKind.MILITARY: self.tr("Military"),
                     BodyKind.JUDICIAL: self.tr("Courts and procuracy")}
            organs += [(label, f"kind:{kind.value}") for kind, label in names.items() if kind in kinds]
            trials = [(t.common_name.get(lang) or t.name.get(lang), t.id)
                      for t in sorted(ds.records.trials, key=lambda t: t.start.sort_key() if t.start else (0, 0, 0))]
        self._refill(self.fate_box, self.tr("Any fate"), fates)
        self._refill(self.organ_box, self.tr("Any organ"), organs)
        self._refill(self.trial_box, self.tr("Any trial"), trials)

    @staticmethod
    def _refill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for label, value in items:
            box.addItem(label, value)
        index = box.findData(current) if current else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _welcome(self) -> str:
        if self._data is None:
            return f"<p>{self.tr('Loading…')}</p>"
        return (f"<h2>{self.tr('People')}</h2><p>"
                + self.tr("Choose a person in the list, or type a name in any spelling.") + "</p>")

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.link_activated.emit(f"person/{self.model.person_id(indexes[0].row())}")

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.link_activated.emit(f"person/{self.model.person_id(index.row())}")

    @Slot()
    def _on_search_return(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
