# SPDX-License-Identifier: GPL-3.0-or-later
"""The Organization tab: who sat where on a chosen date, coloured by later fate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.links import Kind, link_to
from purges_desktop.domain.queries import key_dates, key_day
from purges_desktop.domain.tables import csv_bytes, members_table
from purges_desktop.views.date_field import DateField
from purges_desktop.views.org_canvas import OrgChartCanvas
from purges_desktop.views.org_compare import DateComparison
from purges_desktop.views.pages import cohort_summary, esc, marks_legend, org_page
from purges_desktop.views.safe import LinkBrowser, plain_label
from purges_desktop.views.tab import TabPage

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.domain.links import Location

FIRST = QDate(1917, 11, 7)
LAST = QDate(1953, 12, 31)
START_DATE = QDate(1934, 12, 1)


class OrgTab(TabPage):
    """The organs of party and state as of a date."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self._focus_body = ""
        self._kiosk = False
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, FIRST.daysTo(LAST))
        self.slider.setPageStep(365)
        self.slider.setSingleStep(30)
        self._date = START_DATE
        self.date_edit = DateField(self, day_only=True)
        self.jumps = QComboBox(self)
        # Event titles are long: the box keeps a modest width (the slider needs the room); its list shows them whole.
        self.jumps.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.jumps.setMinimumContentsLength(24)
        self.date_label = plain_label("", self)
        self.page = LinkBrowser(self)
        self.canvas = OrgChartCanvas(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.page)
        self.comparison = DateComparison(self)
        self.stack.addWidget(self.comparison)
        self.view_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.compare_button.setCheckable(True)
        self.compare_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.export_button = QPushButton(self)
        self.zoom_in = QPushButton("+", self)
        self.zoom_out = QPushButton("−", self)
        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.jumps, 1)
        for button in (self.zoom_out, self.zoom_in, self.view_button, self.export_button, self.compare_button):
            top.addWidget(button)
        #: What the comparison hides: the controls of the single date.
        self._one_date = (self.date_label, self.date_edit, self.jumps, self.slider, self.zoom_out, self.zoom_in,
                          self.view_button, self.export_button)
        #: How to read the chart: the marks on its dates and cards, and where a click on a card leads.
        self.legend = plain_label("", self)
        self.legend.setWordWrap(True)
        self._one_date += (self.legend,)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # The slider has a row of its own: 1917 to 1953 needs the width (a year is a few pixels at laptop size), and
        # beside the buttons it shrank to a sliver at 1024 px in the kiosk.
        layout.addWidget(self.slider)
        layout.addWidget(self.date_edit.message)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack)
        self.canvas.person_activated.connect(self._on_person_activated)
        self.view_button.clicked.connect(self._on_toggle_view)
        self.compare_button.toggled.connect(self._on_compare_toggled)
        self.export_button.clicked.connect(self._on_export)
        self.comparison.link_activated.connect(self.link_activated)
        self.comparison.export_requested.connect(self.export_requested)
        self.zoom_in.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom_factor * 1.15))
        self.zoom_out.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom_factor / 1.15))
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.date_edit.date_entered.connect(self._on_date_entered)
        self.jumps.activated.connect(self._on_jump)
        self.page.link_activated.connect(self.link_activated)
        self.retranslate_ui()
        self.set_date(START_DATE)

    def set_data(self, data: LoadedData | None) -> None:
        """Show a (re)loaded dataset."""
        self.data = data
        self.canvas.set_data(data.dataset if data else None, self.lang)
        self.comparison.set_data(data.dataset if data else None, self.lang)
        self._fill_jumps()
        self._refresh()

    def show_location(self, location: Location) -> bool:
        """``body/<id>[@date]``: the chart on that body (and date); ``organization``: the chart as it is;
        ``organization/compare``: the comparison of two dates (the pair the data declares first)."""
        if location.kind is Kind.BODY:
            self.compare_button.setChecked(False)
            return self.show_body(location.id, location.date)
        if location.id == "compare":
            self.compare_button.setChecked(True)
            return True
        return not location.id

    def printable(self) -> QTextDocument | None:
        """The text list of the organs on the chosen date (written out now if the chart is on screen)."""
        if self.data is None:
            return None
        if self.stack.currentWidget() is self.comparison:
            return self.comparison.document()
        if self.stack.currentWidget() is not self.page:
            d = self._date
            self._fill_page(self.data.dataset, (d.year(), d.month(), d.day()))
        return self.page.document()

    def date(self) -> QDate:
        """The chosen date."""
        return self._date

    def set_date(self, date: QDate) -> None:
        """Choose a date (clamped to 1917–1953)."""
        date = max(FIRST, min(LAST, date))
        self.date_edit.set_date(PartialDate(date.year(), date.month(), date.day()))
        changed = date != self._date
        self._date = date
        self.slider.blockSignals(True)
        self.slider.setValue(FIRST.daysTo(date))
        self.slider.blockSignals(False)
        if changed:
            self._refresh()

    def show_body(self, body_id: str, date: PartialDate | None = None) -> bool:
        """Open the chart on a body (and a date, possibly partial: its first day)."""
        if date is not None:
            self.set_date(QDate(*date.earliest()))
        self._focus_body = body_id
        self._refresh()
        return self.data is not None and body_id in self.data.dataset.bodies

    def reset(self) -> None:
        """Back to the start date."""
        self._focus_body = ""
        self.canvas.set_zoom(1.0)
        self.compare_button.setChecked(False)
        self.comparison.reset()
        self.stack.setCurrentWidget(self.scroll)
        self.set_date(START_DATE)
        self.scroll.verticalScrollBar().setValue(0)

    def language_changed(self) -> None:
        """The date field writes its date in the new language too (at the retranslation the code is still the old
        one), then the data is shown again."""
        self.date_edit.set_language(self.lang)
        super().language_changed()

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.date_label.setText(self.tr("As of"))
        self.date_edit.set_language(self.lang)
        self.slider.setAccessibleName(self.tr("Date slider, 1917 to 1953"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.jumps.setAccessibleName(self.tr("Jump to a key date"))
        self.page.setAccessibleName(self.tr("Organs and their members on the chosen date"))
        self.canvas.setAccessibleName(self.tr("Chart of the organs on the chosen date: arrows move between cards, "
                                              "Enter opens the person, + and - zoom"))
        self.zoom_in.setAccessibleName(self.tr("Larger cards"))
        self.zoom_out.setAccessibleName(self.tr("Smaller cards"))
        self.zoom_in.setToolTip(self.tr("Larger cards"))
        self.zoom_out.setToolTip(self.tr("Smaller cards"))
        self.legend.setText(" ".join((
            self.tr("Dashed border: the dates do not show whether the post was held on this very day."),
            marks_legend(), self.tr("Click a card to open the person in the People tab."))))
        self.comparison.retranslate_ui()
        self.compare_button.setText(self.tr("Compare two dates"))
        self.compare_button.setAccessibleName(self.tr("Compare two dates: who stayed, who left and who came"))
        self.export_button.setText(self.tr("Export CSV"))
        self.export_button.setAccessibleName(self.tr("Save the members of every organ on this date as a CSV file"))
        self._label_view_button()
        self._fill_jumps()
        self._refresh()

    def set_kiosk(self, on: bool) -> None:
        """The kiosk writes no files: no CSV export."""
        self._kiosk = on
        self.export_button.setVisible(not on and not self.compare_button.isChecked())
        self.comparison.export_button.setVisible(not on)

    def members_csv(self) -> bytes:
        """The members of every organ on the chosen date as CSV (UTF-8 with a byte order mark)."""
        if self.data is None:
            return b""
        header, rows = members_table(self.data.dataset, self._day(), self.lang)
        return csv_bytes(header, rows)

    def _day(self) -> tuple[int, int, int]:
        d = self._date
        return d.year(), d.month(), d.day()

    def _fill_jumps(self) -> None:
        """The key dates of the data (events flagged ``key_date``), in date order, each labelled with the event's
        title and date."""
        current = self.jumps.currentIndex()
        self.jumps.clear()
        self.jumps.addItem(self.tr("Key dates…"), None)
        for event in key_dates(self.data.dataset) if self.data is not None else []:
            when = event.date.format(self.lang)
            if event.end is not None:
                when += f" – {event.end.format(self.lang)}"
            self.jumps.addItem(f"{event.title.get(self.lang)} ({when})", QDate(*key_day(event)))
        self.jumps.setCurrentIndex(max(0, min(current, self.jumps.count() - 1)))

    def _refresh(self) -> None:
        if self.data is None:
            self.page.set_page(f"<p>{esc(self.tr('Loading…'))}</p>")
            return
        d = self._date
        ds = self.data.dataset
        day = (d.year(), d.month(), d.day())
        self.canvas.set_day(day)
        if self.stack.currentWidget() is self.page:
            self._fill_page(ds, day)
        if self._focus_body:
            self.page.scrollToAnchor(self._focus_body)
            top = self.canvas.section_top(self._focus_body)
            if top >= 0:
                self.scroll.verticalScrollBar().setValue(top)

    def _fill_page(self, ds: object, day: tuple[int, int, int]) -> None:
        """The text list: built only when it is shown (a chart of 100,000 people is long to write out)."""
        head = f"<h1>{esc(PartialDate(*day).format(self.lang))}</h1>"
        summary = cohort_summary(ds, self.lang)  # type: ignore[arg-type]
        self.page.set_page(head + summary + org_page(ds, day, self.lang))  # type: ignore[arg-type]

    def _label_view_button(self) -> None:
        chart = self.stack.currentWidget() is self.scroll
        self.view_button.setText(self.tr("Text list") if chart else self.tr("Chart"))
        self.view_button.setAccessibleName(self.tr("Switch between the chart and a text list"))

    @Slot()
    def _on_toggle_view(self) -> None:
        self.stack.setCurrentWidget(self.page if self.stack.currentWidget() is self.scroll else self.scroll)
        self._label_view_button()
        if self.stack.currentWidget() is self.page and self.data is not None:
            d = self._date
            self._fill_page(self.data.dataset, (d.year(), d.month(), d.day()))

    @Slot(bool)
    def _on_compare_toggled(self, on: bool) -> None:
        for w in self._one_date:
            w.setVisible(not on)
        if on:
            self.stack.setCurrentWidget(self.comparison)
        else:
            self.stack.setCurrentWidget(self.scroll)
            self._label_view_button()
        self.export_button.setVisible(not on and not self._kiosk)

    @Slot()
    def _on_export(self) -> None:
        self.export_requested.emit(f"members-{self._date.toString('yyyy-MM-dd')}.csv", self.members_csv())

    @Slot(str)
    def _on_person_activated(self, person_id: str) -> None:
        self.link_activated.emit(link_to(Kind.PERSON, person_id))

    @Slot(int)
    def _on_slider_value_changed(self, value: int) -> None:
        self.set_date(FIRST.addDays(value))

    @Slot(object)
    def _on_date_entered(self, date: PartialDate) -> None:
        self.set_date(QDate(*date.earliest()))

    @Slot(int)
    def _on_jump(self, index: int) -> None:
        date = self.jumps.itemData(index)
        if isinstance(date, QDate):
            self.set_date(date)
