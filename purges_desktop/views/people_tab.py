# SPDX-License-Identifier: GPL-3.0-or-later
"""The People tab: search that forgives spelling, filters, a sortable list and a detail page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)
from typing_extensions import override

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.links import Kind, link_to
from purges_desktop.domain.model import BodyKind, Fate
from purges_desktop.domain.queries import PeopleFilter, chart_bodies, effective_search, filter_people
from purges_desktop.domain.tables import csv_bytes, people_table
from purges_desktop.qtmodels.labels import PERPETRATOR_MARK, fate_label
from purges_desktop.qtmodels.people_model import PeopleTableModel, tr_count
from purges_desktop.views.compare_pages import people_comparison_page
from purges_desktop.views.date_field import DateField
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.number_pages import person_lists_html
from purges_desktop.views.pages import esc, marks_legend, person_page, portrait_box, portrait_uri, record_link
from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language

SEARCH_DEBOUNCE_MS = 80
#: The day the "In post on" filter shows until another is typed.
IN_POST_START = PartialDate(1937, 1, 1)
#: People suggested on the tab's empty page.
FEATURED = 6


class PeopleTab(ListDetailTab):
    """Search, filter and read about people."""

    record_kind = Kind.PERSON
    column_ems = (17, 12, 12, 14, 12)  # "11 September 1941", «Естественная смерть», "⚑ NKVD chief" fit
    split = (1, 1)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(PeopleTableModel(), language, parent)
        self.model: PeopleTableModel
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.texts_check = QCheckBox(self)  # the search also looks in biographies, notes and places
        self.fate_box = QComboBox(self)
        self.organ_box = QComboBox(self)
        self.trial_box = QComboBox(self)
        self.date_check = QCheckBox(self)
        self.date_edit = DateField(self, day_only=True)
        self.date_edit.set_date(IN_POST_START)
        self.clear_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.count_label = plain_label("", self)
        self.compare_hint = plain_label("", self)
        self.compare_hint.setWordWrap(True)
        #: The two people compared side by side (Ctrl+click a second person), or ().
        self.comparing: tuple[str, ...] = ()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.toolbar.addWidget(self.search, 1)
        self.toolbar.addWidget(self.texts_check)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addWidget(self.clear_button)  # here, not after the filters: at kiosk size that row is full
        filters = QHBoxLayout()
        for w in (self.fate_box, self.organ_box, self.trial_box, self.date_check, self.date_edit):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        for box in (self.fate_box, self.organ_box, self.trial_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        self.left_layout.insertLayout(1, filters)
        self.left_layout.insertWidget(2, self.date_edit.message)
        self.legend = plain_label("", self)
        self.legend.setObjectName("peopleLegend")
        self.legend.setWordWrap(True)
        self.left_layout.addWidget(self.legend)
        self.left_layout.addWidget(self.compare_hint)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._on_search_return)
        for box in (self.fate_box, self.organ_box, self.trial_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.date_check.toggled.connect(self.apply_filter)
        self.texts_check.toggled.connect(self.apply_filter)
        self.date_edit.date_entered.connect(self._on_date_entered)
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(self._on_export)
        self.retranslate_ui()

    # ---- ListDetailTab

    def fill_model(self) -> None:
        data = self.data
        self.model.set_dataset(data.dataset if data else None, self.lang, data.highest_posts if data else None)
        self._fill_filter_boxes()
        self.apply_filter()

    def has_record(self, record_id: str) -> bool:
        return self.data is not None and record_id in self.data.dataset.people

    def show_record(self, record_id: str) -> bool:
        """Select a person and show their page (clearing filters that hide them); False when unknown."""
        if self.has_record(record_id) and self.model.row_of(record_id) < 0 and not self._filter().is_empty:
            self.clear_filters()
        self.comparing = ()
        return super().show_record(record_id)

    def set_data(self, data: LoadedData | None) -> None:
        """Show a (re)loaded dataset, keeping a comparison whose two people still exist."""
        comparing = self.comparing
        super().set_data(data)
        if len(comparing) == 2 and all(self.has_record(pid) for pid in comparing):
            self.compare(*comparing)

    def page(self, record_id: str) -> str:
        assert self.data is not None
        person = self.data.dataset.people[record_id]
        image = self.data.portraits.portrait(person)
        box = portrait_box(self.detail.fontMetrics().height())
        size = (image.width(), image.height()) if image is not None else None
        return person_page(self.data.dataset, person, self.lang, size, box,
                           person_lists_html(self.data.dataset, record_id, self.lang))

    def page_images(self, record_id: str) -> dict[str, QImage]:
        assert self.data is not None
        person = self.data.dataset.people[record_id]
        image = self.data.portraits.portrait(person)
        return {portrait_uri(person): image} if image is not None else {}

    def welcome(self) -> str:
        if self.data is None:
            return f"<p>{self.tr('Loading…')}</p>"
        ds = self.data.dataset
        # A few people to start with: those the timeline mentions most (the data decides, not a list in the code).
        featured = sorted(ds.people.values(), key=lambda p: (-len(ds.events_of(p.id)), p.id))[:FEATURED]
        items = "".join(f"<li>{record_link(Kind.PERSON, p.id, p.name.get(self.lang))} — {esc(fate_label(p.fate))}"
                        "</li>" for p in featured if ds.events_of(p.id))
        offers = (self.tr("Choose a person in the list, or type a name in any spelling."),
                  self.tr("Narrow the list by fate, by organ, by trial or by a date on which a post was held."))
        out = [f"<h2>{esc(self.tr('People'))}</h2>", *(f"<p>{esc(t)}</p>" for t in offers)]
        if items:
            out.append(f"<h3>{esc(self.tr('Start with'))}</h3><ul>{items}</ul>")
        out.append(f"<p>{esc(marks_legend())}</p>")
        return "".join(out)

    # ---- public API

    def compare(self, first: str, second: str) -> bool:
        """Show two people side by side (both selected in the list); False when either is unknown."""
        if self.data is None or not (self.has_record(first) and self.has_record(second)) or first == second:
            return False
        self.comparing = (first, second)
        self.current = ""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.clearSelection()
        for pid in (first, second):
            row = self.model.row_of(pid)
            if row >= 0:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select |
                                 selection.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.table.viewport().update()
        self.detail.set_page(people_comparison_page(self.data.dataset, first, second, self.lang))
        return True

    def visible_ids(self) -> list[str]:
        """The people of the list as it is shown: filtered, in the current sort order."""
        return [self.model.row_id(row) for row in range(self.model.rowCount())]

    def people_csv(self) -> bytes:
        """The list as it is shown (filtered and sorted) as CSV, UTF-8 with a byte order mark."""
        if self.data is None:
            return b""
        header, rows = people_table(self.data.dataset, self.visible_ids(), self.lang, self.data.highest_posts)
        return csv_bytes(header, rows)

    def set_kiosk(self, on: bool) -> None:
        """Kiosk: one person at a time (no comparison), no export."""
        mode = QAbstractItemView.SelectionMode
        self.table.setSelectionMode(mode.SingleSelection if on else mode.ExtendedSelection)
        self.export_button.setVisible(not on)
        self.compare_hint.setVisible(not on)

    def show_person(self, person_id: str) -> bool:
        """Select a person and show their page; False when the id is unknown."""
        return self.show_record(person_id)

    def current_person(self) -> str:
        """The id of the person shown ("" when none)."""
        return self.current

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
        self.date_edit.set_date(IN_POST_START)
        for w in (self.search, self.texts_check, self.fate_box, self.organ_box, self.trial_box, self.date_check):
            w.blockSignals(False)
        self.apply_filter()

    def reset(self) -> None:
        """Back to the start: no search, no filter, nobody selected."""
        self.comparing = ()
        self.clear_filters()
        super().reset()

    @Slot()
    def apply_filter(self) -> None:
        """Run the search and filters now (the search box calls this after a short pause)."""
        self._debounce.stop()
        if self.data is None:
            self.count_label.setText("")
            return
        ids = filter_people(self.data.dataset, self.data.people_index, self._filter(), self.data.person_text)
        self.model.set_filter(ids)
        self.count_label.setText(tr_count(self.model.rowCount(), self.model.total()))
        if self.current:
            self.table.select_quietly(self.model.row_of(self.current))

    # ---- Qt overrides

    @override
    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        if key == Qt.Key.Key_Escape and (self.search.text() or not self._filter().is_empty):
            self.clear_filters()
            self.search.setFocus()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def language_changed(self) -> None:
        """The date field writes its date in the new language too (at the retranslation the code is still the old
        one), then the data is shown again."""
        self.date_edit.set_language(self.lang)
        super().language_changed()

    def retranslate_ui(self) -> None:
        """Set every visible string (called again on a language change)."""
        self.search.setPlaceholderText(self.tr("Search names in any spelling: Yezhov, Ezhov, Ежов…"))
        self.search.setToolTip(self.search.placeholderText())  # cut short in a narrow field (large kiosk type)
        self.search.setAccessibleName(self.tr("Search people"))
        self.fate_box.setAccessibleName(self.tr("Filter by fate"))
        self.organ_box.setAccessibleName(self.tr("Filter by organ"))
        self.trial_box.setAccessibleName(self.tr("Filter by trial"))
        self.texts_check.setText(self.tr("Also in biographies"))
        self.texts_check.setAccessibleName(self.tr("Search biographies, notes and places too"))
        self.date_check.setText(self.tr("In post on"))
        self.date_check.setAccessibleName(self.tr("Only people in post on a date"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.export_button.setText(self.tr("Export CSV"))
        self.export_button.setAccessibleName(self.tr("Save the list as shown (filtered and sorted) as a CSV file"))
        self.compare_hint.setText(self.tr("To compare two people side by side, Ctrl+click a second name."))
        self.date_edit.set_language(self.lang)
        self.legend.setText(PERPETRATOR_MARK + " " + self.tr(
            "Part in the repression: held a post in the secret police (Cheka to MVD), judged or prosecuted, or signed "
            "or submitted Stalin's shooting lists, as recorded here. The fate beside it is what happened to them."))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.table.setAccessibleName(self.tr("People"))
        self.detail.setAccessibleName(self.tr("Person details"))
        self._fill_filter_boxes()
        if self.data is not None:
            self.count_label.setText(tr_count(self.model.rowCount(), self.model.total()))

    # ---- internals

    def _filter(self) -> PeopleFilter:
        fate = self.fate_box.currentData()
        in_post = None
        day = self.date_edit.date()
        if self.date_check.isChecked() and day is not None:
            in_post = day.earliest()
        text = effective_search(self.search.text(), self.model.total())
        return PeopleFilter(text=text, fates=frozenset({Fate(fate)}) if fate else frozenset(),
                            organ=self.organ_box.currentData() or "", trial=self.trial_box.currentData() or "",
                            in_post_on=in_post, in_texts=self.texts_check.isChecked())

    def _fill_filter_boxes(self) -> None:
        lang = self.lang
        ds = self.data.dataset if self.data else None
        fates = [(fate_label(f), f.value) for f in Fate]
        organs: list[tuple[str, str]] = []
        trials: list[tuple[str, str]] = []
        if ds is not None:
            organs = [(body.label(lang), body.id) for body in chart_bodies(ds)]
            kinds = {b.kind for b in ds.records.bodies}
            names = {BodyKind.POLICE: self.tr("Secret police (all)"), BodyKind.MILITARY: self.tr("Military"),
                     BodyKind.JUDICIAL: self.tr("Courts and procuracy")}
            organs += [(label, f"kind:{kind.value}") for kind, label in names.items() if kind in kinds]
            trials = [(t.short_name(lang), t.id)
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

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if len(rows) == 2:
            ids = [self.model.row_id(row) for row in rows]
            if self.current in ids:  # the person already shown comes first
                ids.sort(key=lambda pid: pid != self.current)
            self.compare(ids[0], ids[1])
            return
        if len(rows) == 1 and (self.comparing or selected.indexes()):
            self.link_activated.emit(link_to(Kind.PERSON, self.model.row_id(rows[0])))
        # Three or more (Ctrl+click once more), or none: the page stays as it is.
        del deselected

    @Slot()
    def _on_export(self) -> None:
        self.export_requested.emit("people.csv", self.people_csv())

    @Slot(object)
    def _on_date_entered(self, _date: PartialDate) -> None:
        """A date typed into "In post on" turns that filter on."""
        if self.date_check.isChecked():
            self.apply_filter()
        else:
            self.date_check.setChecked(True)

    @Slot()
    def _on_search_return(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
