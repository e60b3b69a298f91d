# SPDX-License-Identifier: GPL-3.0-or-later
"""The Numbers tab: the scale of the terror, from the dataset's published tables, figures and Stalin's lists.

Sections (deep links ``numbers/<section>``): 1937–1938, by year, the mass operations, Stalin's lists, the 1934
Central Committee and the Red Army; a shooting list's page is ``list/<id>``. Each section shows a chart (with a
"Table" switch giving the same numbers as an accessible table, and CSV/PNG/SVG export in study mode) above a page of
headline figures, each with what it counts and its sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from purges_desktop.domain.colours import MUTED
from purges_desktop.domain.links import Kind, link_to
from purges_desktop.domain.lists import category_totals, list_days, signature_totals
from purges_desktop.domain.model import Topic
from purges_desktop.domain.numbers import cohort_seats, figures_on, military_people, yearly_tables
from purges_desktop.domain.queries import later_fate, later_fate_counts
from purges_desktop.qtmodels.chart_rows import ChartRowsModel
from purges_desktop.qtmodels.labels import later_fate_label
from purges_desktop.views.charts import (
    Bar,
    BubbleCategory,
    BubbleItem,
    ChartWidget,
    DateBubbleChart,
    HBarChart,
    Mark,
    MarkCategory,
    MarkGrid,
    Series,
    YearBarChart,
    fate_category,
)
from purges_desktop.views.number_pages import (
    figure_cards,
    figure_notes,
    list_page,
    number,
    yearly_table_text,
)
from purges_desktop.views.pages import TermLinks, esc, sources_html
from purges_desktop.views.record_table import RecordTable
from purges_desktop.views.safe import LinkBrowser
from purges_desktop.views.tab import TabPage

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.links import Location
    from purges_desktop.domain.numbers import YearlyTable

#: The sections, in order (their ids are the deep links' sections).
SECTIONS = ("great-terror", "by-year", "operations", "lists", "congress-1934", "military", "more")
#: The years the yearly chart highlights.
TERROR_BAND = (1937, 1938)
UNRECORDED = "unrecorded"


@dataclass(slots=True)
class _Section:
    """One section: its button, its chart (if any) with the table switch, and its page of figures."""

    id: str
    button: QPushButton
    widget: QWidget
    page: LinkBrowser
    charts: list[ChartWidget]
    table_box: QWidget | None = None
    tables: tuple[RecordTable, ...] = ()
    table_models: tuple[ChartRowsModel, ...] = ()
    chart_stack: QStackedWidget | None = None
    table_button: QPushButton | None = None
    exports: tuple[QPushButton, ...] = ()
    tools: QWidget | None = None


class NumbersTab(TabPage):
    """The scale of the terror in numbers (exports go out through :attr:`TabPage.export_requested`)."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.kiosk = False
        self.current_section = SECTIONS[0]
        self.current_list = ""
        self._year_tables: list[YearlyTable] = []
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        bar = QHBoxLayout()
        self.stack = QStackedWidget(self)
        # The Table switch and the exports of the section shown sit at the end of the section bar (one row less
        # above the charts: at kiosk size every row counts).
        self.tools = QStackedWidget(self)
        self.sections: dict[str, _Section] = {}
        self.year_chart = YearBarChart(self)
        self.series_box = QComboBox(self)
        self.operations_chart = HBarChart(self)
        self.calendar = DateBubbleChart(self)
        self.signatures = HBarChart(self)
        self.seats = MarkGrid(self)
        self.army = MarkGrid(self)
        charts = {"great-terror": [], "by-year": [self.year_chart], "operations": [self.operations_chart],
                  "lists": [self.calendar, self.signatures], "congress-1934": [self.seats], "military": [self.army],
                  "more": []}
        for section_id in SECTIONS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setObjectName("numbersSection")
            button.setProperty("section", section_id)
            self.buttons.addButton(button)
            bar.addWidget(button)
            section = self._make_section(section_id, button, charts[section_id])
            self.sections[section_id] = section
            self.stack.addWidget(section.widget)
            self.tools.addWidget(section.tools)
        bar.addStretch(1)
        bar.addWidget(self.tools)
        self.list_page = LinkBrowser(self)
        self.list_page.link_activated.connect(self.link_activated)
        self.stack.addWidget(self.list_page)
        self.no_tools = QWidget(self)  # a list page has no chart to switch or export
        self.tools.addWidget(self.no_tools)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.buttons.buttonClicked.connect(self._on_section_clicked)
        self.series_box.currentIndexChanged.connect(self._fill_years)
        self.calendar.item_activated.connect(self._on_list_activated)
        self.signatures.bar_activated.connect(self._on_person_activated)
        self.seats.mark_activated.connect(self._on_person_activated)
        self.army.mark_activated.connect(self._on_person_activated)
        self.operations_chart.bar_activated.connect(self._on_figure_activated)
        self.retranslate_ui()
        self._show_section(SECTIONS[0])

    # ---- TabPage

    def set_data(self, data: LoadedData | None) -> None:
        """Fill every section from the data."""
        self.data = data
        self._fill()
        if self.current_list and not self._has_list(self.current_list):
            self.current_list = ""
            self._show_section(self.current_section)
        elif self.current_list:
            self.show_list(self.current_list)

    def show_location(self, location: Location) -> bool:
        """``numbers``, ``numbers/<section>`` or ``list/<id>``."""
        if location.kind is Kind.LIST:
            return self.show_list(location.id)
        if location.id and location.id not in self.sections:
            return False
        self.current_list = ""
        self._show_section(location.id or self.current_section)
        return True

    def reset(self) -> None:
        """The first section, charts unselected, tables hidden."""
        self.current_list = ""
        for section in self.sections.values():
            if section.chart_stack is not None and section.table_button is not None:
                section.table_button.setChecked(False)
                section.chart_stack.setCurrentIndex(0)
            section.page.verticalScrollBar().setValue(0)
        self.series_box.setCurrentIndex(0)
        self._show_section(SECTIONS[0])

    def set_kiosk(self, on: bool) -> None:
        """Large type and touch targets; no export (the kiosk writes no files)."""
        self.kiosk = on
        for chart in self._charts():
            chart.set_kiosk(on)
        self.seats.set_touch(on)
        self.army.set_touch(on)
        for section in self.sections.values():
            for button in section.exports:
                button.setVisible(not on)

    def printable(self) -> QTextDocument:
        """The page of the list on screen, or of the section on screen (its figures and their sources)."""
        return (self.list_page if self.current_list else self.sections[self.current_section].page).document()

    # ---- public API

    def show_list(self, list_id: str) -> bool:
        """The page of one shooting list; False when the data has no such list."""
        if not self._has_list(list_id):
            return False
        assert self.data is not None
        ds = self.data.dataset
        self.current_list = list_id
        self.list_page.set_page(list_page(ds, ds.shooting_lists[list_id], self.lang))
        self.stack.setCurrentWidget(self.list_page)
        self.tools.setCurrentWidget(self.no_tools)
        self.calendar.select_item(list_id)
        for button in self.buttons.buttons():
            button.setChecked(button.property("section") == "lists")
        return True

    def section(self, section_id: str) -> _Section:
        """A section's parts (tests)."""
        return self.sections[section_id]

    def chart_bytes(self, chart: ChartWidget, kind: str) -> bytes:
        """A chart as CSV (UTF-8), PNG or SVG bytes."""
        if kind == "csv":
            return chart.csv_text().encode("utf-8")
        if kind == "svg":
            return chart.svg_bytes()
        return chart.png_bytes()

    # ---- building

    def _make_section(self, section_id: str, button: QPushButton, charts: list[ChartWidget]) -> _Section:
        widget = QWidget(self)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        page = LinkBrowser(widget)
        page.link_activated.connect(self.link_activated)
        section = _Section(section_id, button, widget, page, charts)
        section.tools = QWidget(self)
        tools = QHBoxLayout(section.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        if not charts:
            layout.addWidget(page)
            return section
        section.table_button = QPushButton(widget)
        section.table_button.setCheckable(True)
        section.table_button.toggled.connect(lambda on, s=section: self._on_table_toggled(s, on))
        tools.addWidget(section.table_button)
        exports = []
        for kind in ("csv", "png", "svg"):
            export = QPushButton(kind.upper(), widget)
            export.setProperty("kind", kind)
            export.clicked.connect(lambda _=False, s=section, k=kind: self._export(s, k))
            tools.addWidget(export)
            exports.append(export)
        section.exports = tuple(exports)
        charts_box = QWidget(widget)
        charts_layout = QVBoxLayout(charts_box)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        for n, chart in enumerate(charts):
            chart.setParent(charts_box)
            charts_layout.addWidget(chart, 3 if n == 0 and len(charts) > 1 else 2)
        # One table per chart: the "Table" switch shows the numbers of every chart of the section.
        section.table_box = QWidget(widget)
        tables_layout = QVBoxLayout(section.table_box)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        section.table_models = tuple(ChartRowsModel(widget) for _chart in charts)
        section.tables = tuple(RecordTable(section.table_box) for _chart in charts)
        for table, model in zip(section.tables, section.table_models, strict=True):
            table.setModel(model)
            tables_layout.addWidget(table, 1)
        section.chart_stack = QStackedWidget(widget)
        section.chart_stack.addWidget(charts_box)
        section.chart_stack.addWidget(section.table_box)
        splitter = QSplitter(Qt.Orientation.Vertical, widget)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        if section_id == "by-year":
            top_layout.addWidget(self.series_box)
        top_layout.addWidget(section.chart_stack, 1)
        splitter.addWidget(top)
        splitter.addWidget(page)
        # Two charts (the lists) need most of the height; one chart shares it with its page.
        splitter.setStretchFactor(0, 4 if len(charts) > 1 else 3)
        splitter.setStretchFactor(1, 1 if len(charts) > 1 else 2)
        layout.addWidget(splitter)
        return section

    def _charts(self) -> list[ChartWidget]:
        return [chart for section in self.sections.values() for chart in section.charts]

    # ---- filling

    def _fill(self) -> None:
        ds = self.data.dataset if self.data is not None else None
        if ds is None:
            loading = f"<p>{esc(self.tr('Loading…'))}</p>"
            for section in self.sections.values():
                section.page.set_page(loading)
            return
        lang = self.lang
        self._year_tables = yearly_tables(ds)
        current = self.series_box.currentIndex()
        self.series_box.blockSignals(True)
        self.series_box.clear()
        for table in self._year_tables:
            self.series_box.addItem(table.statistic.title.get(lang), table.statistic.id)
        self.series_box.setCurrentIndex(max(0, min(current, self.series_box.count() - 1)))
        self.series_box.blockSignals(False)
        self._fill_years()
        self._fill_terror(ds)
        self._fill_operations(ds)
        self._fill_lists(ds)
        self._fill_congress(ds)
        self._fill_military(ds)
        self.sections["more"].page.set_page(
            f"<h1>{esc(self.tr('Before, after and beyond the Great Terror'))}</h1>" + self._figures_page(
                ds, (Topic.AFTERMATH, Topic.OTHER),
                self.tr("Other published numbers of the period: earlier and later operations, releases and "
                        "rehabilitations.")))
        for section in self.sections.values():
            self._fill_table(section)

    def _figures_page(self, ds: Dataset, topics: tuple[Topic, ...], intro: str, before: str = "",
                      columns: int = 2, terms: TermLinks | None = None) -> str:
        figures = [f for topic in topics for f in figures_on(ds, topic)]
        columns = max(1, columns - 1) if self.kiosk else columns
        terms = terms if terms is not None else TermLinks(ds, self.lang)  # one per page: the first mention links
        return (f"<p>{esc(intro)}</p>{before}{figure_cards(figures, self.lang, columns, terms)}"
                f"<h3>{esc(self.tr('What each number counts, and its sources'))}</h3>"
                f"{figure_notes(ds, figures, self.lang, terms)}")

    @Slot()
    def _fill_years(self) -> None:
        section = self.sections["by-year"]
        if not self._year_tables or self.data is None:
            self.year_chart.set_data([], [])
            return
        table = self._year_tables[max(0, self.series_box.currentIndex())]
        lang = self.lang
        labels = {c.key: c.label.get(lang) for c in table.statistic.columns}
        self.year_chart.set_data(table.years, [Series(s.key, labels.get(s.key, s.key), s.values)
                                               for s in table.series])
        self.year_chart.set_texts(title=table.statistic.title.get(lang), year_header=labels.get("year", ""))
        self.year_chart.set_band(*TERROR_BAND, self.tr("Great Terror"))
        ds = self.data.dataset
        terms = TermLinks(ds, lang)
        section.page.set_page(yearly_table_text(ds, table, lang, terms) + self._figures_page(
            ds, (Topic.OVERALL,), self.tr("Totals for the whole period, from other reports (never added to the "
                                          "yearly table: each counts differently)."), terms=terms))
        self._fill_table(section)

    def _fill_terror(self, ds: Dataset) -> None:
        self.sections["great-terror"].page.set_page(
            f"<h1>{esc(self.tr('The Great Terror, 1937–1938'))}</h1>" + self._figures_page(
                ds, (Topic.GREAT_TERROR,),
                self.tr("In 1937 and 1938 the security police convicted and sentenced to death more people than in "
                        "any other years from 1921 to 1952 (see \"By year\"). Each number below says exactly what "
                        "it counts and who counted it; touch \"sources\" to see where it comes from.")))

    def _fill_operations(self, ds: Dataset) -> None:
        figures = figures_on(ds, Topic.MASS_OPERATIONS)
        self.operations_chart.set_data([Bar(f.id, f.title.get(self.lang), f.value) for f in figures])
        self.operations_chart.set_texts(title=self.tr("Order No. 00447 and the national operations"),
                                        headers=("id", self.tr("Figure"), self.tr("People")))
        self.sections["operations"].page.set_page(self._figures_page(
            ds, (Topic.MASS_OPERATIONS,),
            self.tr("From August 1937 the NKVD worked to quotas: Order No. 00447 against former kulaks and "
                    "'anti-Soviet elements', and operations against whole nationalities. Limits set in Moscow "
                    "against what was done:")))

    def _fill_lists(self, ds: Dataset) -> None:
        lang = self.lang
        # One circle per day (several lists were often signed the same day): its size is the names of the day's
        # lists, a touch opens the day's first list, whose page links to the others of that day.
        items = []
        for day in list_days(ds):
            tip = self.tr("%1: %2 list(s), %3 names, %4 of them to be shot").replace("%1", day.date.format(lang)) \
                .replace("%2", number(len(day.lists))).replace("%3", number(day.counts.total)) \
                .replace("%4", number(day.counts.first))
            items.append(BubbleItem(day.lists[0].id, day.date.earliest(), day.counts.total,
                                    "first" if day.mostly_shooting else "other", tip))
        self.calendar.set_data(items, [BubbleCategory("first", self.tr("Mostly 1st category (shooting)")),
                                       BubbleCategory("other", self.tr("Mostly 2nd and 3rd categories (prison)"))])
        self.calendar.set_texts(title=self.tr("Stalin's lists by day (circle size: names on the day's lists)"),
                                headers=("id", self.tr("Date"), self.tr("Names"), self.tr("Category")))
        bars = [Bar(pid, ds.people[pid].name.get(lang) if pid in ds.people else pid, n)
                for pid, n in signature_totals(ds)]
        self.signatures.set_data(bars)
        self.signatures.set_texts(title=self.tr("Lists signed, by member of the Politburo"),
                                  headers=("id", self.tr("Signed by"), self.tr("Lists")))
        totals = category_totals(ds)
        dated = sum(1 for sl in ds.shooting_lists.values() if sl.date is not None)
        summary = self.tr("%1 lists, %2 names: %3 in the 1st category (shooting), %4 in the 2nd (10 years), %5 in "
                          "the 3rd (8 years). A person may stand on more than one list.")
        summary = (summary.replace("%1", number(len(ds.shooting_lists))).replace("%2", number(totals.total))
                   .replace("%3", number(totals.first)).replace("%4", number(totals.second))
                   .replace("%5", number(totals.third)))
        intro = self.tr("In 1937–1938 the NKVD sent the Politburo lists of people whose sentence — mostly death — "
                        "was decided before the Military Collegium met. Stalin and his closest colleagues signed "
                        "them. Touch a circle to open a list, a name to open the person.")
        sources = {ref for sl in ds.shooting_lists.values() for ref in sl.sources[:1]}
        page = (f"<h1>{esc(self.tr('Stalin’s shooting lists'))}</h1><p>{esc(intro)}</p>"
                f"<p style='font-size:large'><b>{esc(summary)}</b></p>"
                f"<p style='color:{MUTED}'>{esc(self.tr('%1 lists are dated.').replace('%1', number(dated)))}</p>"
                + self._figures_page(ds, (Topic.LISTS,), self.tr("Memorial's published counts:"), columns=3)
                + sources_html(ds, tuple(sorted(sources, key=lambda r: (r.source, r.detail)))[:3]))
        self.sections["lists"].page.set_page(page)

    def _fill_congress(self, ds: Dataset) -> None:
        cohort, seats = cohort_seats(ds)
        keys = [key for key, _n in later_fate_counts(ds, [s.person for s in seats if s.person])]
        categories = [fate_category(key, later_fate_label(key)) for key in keys]
        categories.append(MarkCategory(UNRECORDED, self.tr("Not yet recorded in this collection"), "#BBBBBB",
                                       "ring"))
        marks = [Mark(s.person or f"{UNRECORDED}-{i}", self._seat_label(ds, s.person, s.candidate),
                      s.fate or UNRECORDED) for i, s in enumerate(seats)]
        self.seats.set_data(marks, categories)
        name = cohort.label.get(self.lang) if cohort is not None else ""
        self.seats.set_texts(title=self.tr("%1: %2 seats, members and candidates").replace("%1", name)
                             .replace("%2", number(len(seats))))
        recorded = sum(1 for s in seats if s.person)
        text = self.tr("%1 of the %2 seats are recorded here, each coloured by what became of the person. Touch a "
                       "mark to open the person.").replace("%1", number(recorded)).replace("%2", number(len(seats)))
        self.sections["congress-1934"].page.set_page(
            self._figures_page(ds, (Topic.CONGRESS_1934,), text))

    def _fill_military(self, ds: Dataset) -> None:
        people = military_people(ds)
        keys = [key for key, _n in later_fate_counts(ds, people)]
        self.army.set_data([Mark(pid, ds.people[pid].name.get(self.lang), later_fate(ds.people[pid]))
                            for pid in people],
                           [fate_category(key, later_fate_label(key)) for key in keys])
        self.army.set_texts(title=self.tr("Commanders in this collection, by what became of them"))
        self.sections["military"].page.set_page(self._figures_page(
            ds, (Topic.MILITARY,), self.tr("In June 1937 Marshal Tukhachevsky and seven commanders were tried in "
                                           "secret and shot the same day; the purge of the Red Army followed.")))

    def _seat_label(self, ds: Dataset, person_id: str, candidate: bool) -> str:
        if not person_id:
            return self.tr("A seat not yet recorded in this collection")
        name = ds.people[person_id].name.get(self.lang)
        role = self.tr("candidate member") if candidate else self.tr("member")
        return f"{name} ({role})"

    def _fill_table(self, section: _Section) -> None:
        for chart, table, model in zip(section.charts, section.tables, section.table_models, strict=True):
            headers, rows = chart.rows()
            model.set_rows(headers, rows)
            table.size_columns()

    # ---- language

    def language_changed(self) -> None:
        self._fill()
        if self.current_list:
            self.show_list(self.current_list)

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        titles = {"great-terror": self.tr("1937–1938"), "by-year": self.tr("By year"),
                  "operations": self.tr("Mass operations"), "lists": self.tr("Stalin's lists"),
                  "congress-1934": self.tr("The 1934 Central Committee"), "military": self.tr("The Red Army"),
                  "more": self.tr("More figures")}
        for section_id, section in self.sections.items():
            section.button.setText(titles[section_id])
            section.button.setAccessibleName(titles[section_id])
            section.page.setAccessibleName(self.tr("Figures and their sources"))
            if section.table_button is not None:
                section.table_button.setText(self.tr("Table"))
                section.table_button.setAccessibleName(self.tr("Show the chart's numbers as a table"))
            for button in section.exports:
                button.setAccessibleName(self.tr("Save the chart as %1").replace("%1", button.text()))
            for table, chart in zip(section.tables, section.charts, strict=True):
                table.setAccessibleName(self.tr("The numbers of: %1").replace("%1", chart.title))
        self.series_box.setAccessibleName(self.tr("Which yearly table"))
        self.list_page.setAccessibleName(self.tr("A shooting list"))

    # ---- internals

    def _has_list(self, list_id: str) -> bool:
        return self.data is not None and list_id in self.data.dataset.shooting_lists

    def _show_section(self, section_id: str) -> None:
        self.current_section = section_id
        section = self.sections[section_id]
        section.button.setChecked(True)
        self.stack.setCurrentWidget(section.widget)
        if section.tools is not None:
            self.tools.setCurrentWidget(section.tools)

    @Slot(object)
    def _on_section_clicked(self, button: QPushButton) -> None:
        self.link_activated.emit(link_to(Kind.NUMBERS, str(button.property("section"))))

    def _on_table_toggled(self, section: _Section, on: bool) -> None:
        if section.chart_stack is not None:
            section.chart_stack.setCurrentIndex(1 if on else 0)

    def _export(self, section: _Section, kind: str) -> None:
        for n, chart in enumerate(section.charts):
            suffix = f"-{n + 1}" if len(section.charts) > 1 else ""
            self.export_requested.emit(f"{section.id}{suffix}.{kind}", self.chart_bytes(chart, kind))

    @Slot(str)
    def _on_list_activated(self, list_id: str) -> None:
        self.link_activated.emit(link_to(Kind.LIST, list_id))

    @Slot(str)
    def _on_person_activated(self, person_id: str) -> None:
        if self.data is not None and person_id in self.data.dataset.people:
            self.link_activated.emit(link_to(Kind.PERSON, person_id))

    @Slot(str)
    def _on_figure_activated(self, figure_id: str) -> None:
        self.sections["operations"].page.scrollToAnchor(f"fig-{figure_id}")

