# SPDX-License-Identifier: GPL-3.0-or-later
"""The Timeline tab: the drawn timeline (zoom decades to days), the list of events, and an event's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget
from typing_extensions import override

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.layout import ordinal, span_of
from purges_desktop.domain.links import Kind, link_to
from purges_desktop.domain.model import Category
from purges_desktop.domain.search import fold
from purges_desktop.qtmodels.events_model import EventsTableModel
from purges_desktop.qtmodels.fates import FATE_COLOURS
from purges_desktop.qtmodels.labels import category_label
from purges_desktop.views.date_field import DateField
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.pages import event_page
from purges_desktop.views.timeline_canvas import Lifeline, TimelineCanvas

if TYPE_CHECKING:
    from purges_desktop.application.language import Language


class TimelineTab(ListDetailTab):
    """Events by date, lane and text."""

    record_kind = Kind.EVENT
    column_ems = (12, 12)  # "20 декабря 1917", "Госбезопасность"
    split = (3, 2)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        self._folded: dict[str, str] = {}
        self._ranged = False
        super().__init__(EventsTableModel(), language, parent)
        self.category_box = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.goto = DateField(self)
        self.canvas = TimelineCanvas(self)
        self.toolbar.addWidget(self.category_box)
        self.toolbar.addWidget(self.search, 1)
        self.toolbar.addWidget(self.goto)
        self.left_layout.insertWidget(1, self.goto.message)
        self.left_layout.insertWidget(2, self.canvas, 3)
        self.left_layout.setStretchFactor(self.table, 2)
        self.canvas.event_activated.connect(self._on_canvas_event)
        self.goto.date_entered.connect(self.go_to)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(80)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.category_box.currentIndexChanged.connect(self.apply_filter)
        self.retranslate_ui()

    def fill_model(self) -> None:
        self.model.set_dataset(self.data.dataset if self.data else None, self.lang)
        # Each event's text was folded once, in the loading thread.
        self._folded = self.data.event_text if self.data else {}
        self.apply_filter()
        if not self._ranged and self.data is not None:
            self._ranged = True
            self.show_years(1917, 1953)

    def has_record(self, record_id: str) -> bool:
        return self.data is not None and record_id in self.data.dataset.events

    def page(self, record_id: str) -> str:
        assert self.data is not None
        return event_page(self.data.dataset, record_id, self.lang)

    def show_record(self, record_id: str) -> bool:
        shown = super().show_record(record_id)
        if shown:
            self.canvas.select(record_id)
            self.canvas.set_lives(self._lives_of(record_id))
        return shown

    def _lives_of(self, event_id: str) -> list[Lifeline]:
        """The lifespans and posts of an event's people, for the canvas ("on demand": the selected event's)."""
        assert self.data is not None
        ds = self.data.dataset
        lives = []
        for pid in ds.events[event_id].people:
            person = ds.people[pid]
            born = ordinal(person.born.date.earliest()) if person.born.date else None
            died = ordinal(person.died.date.latest()) if person.died.date else None
            tenures = tuple(span_of(m.start, m.end) for m in ds.posts_of(pid)
                            if m.start is not None and m.end is not None)
            life = " – ".join(d.format(self.lang) for d in (person.born.date, person.died.date) if d)
            lives.append(Lifeline(label=f"{person.name.get(self.lang)} ({life})", first=born, last=died,
                                  colour=FATE_COLOURS[person.fate], tenures=tenures))
        return lives

    def set_kiosk(self, on: bool) -> None:
        """Touch: markers and "+N" badges answer taps over 44 px (the style sheet does the rest)."""
        self.canvas.set_touch(on)

    def show_years(self, first: int, last: int) -> None:
        """Zoom the drawn timeline to whole years (e.g. 1936-1938)."""
        self.canvas.show_range((first, 1, 1), (last, 12, 31))

    @Slot(str)
    def _on_canvas_event(self, event_id: str) -> None:
        self.link_activated.emit(link_to(Kind.EVENT, event_id))

    @Slot(object)
    def go_to(self, date: PartialDate) -> None:
        """Show a year, a month or a day on the drawn timeline (what "Go to" does once it has read a date)."""
        if date.precision == "year":
            self.show_years(date.year, date.year)
        elif date.precision == "month":
            self.canvas.show_range(date.earliest(), date.latest())
        else:
            self.canvas.show_range(date.earliest(), date.earliest())
            self.canvas.zoom(1.0)
        self.scroll_table_to(date.earliest())

    def scroll_table_to(self, day: tuple[int, int, int]) -> None:
        """Bring the list's first event on or after ``day`` to the top (the list follows "Go to" as the chart does)."""
        if self.data is None:
            return
        events = self.data.dataset.events
        for row in range(self.model.rowCount()):
            event = events.get(self.model.row_id(row))
            if event is not None and event.date.latest() >= day:
                self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def welcome(self) -> str:
        return (f"<h2>{self.tr('Timeline')}</h2><p>"
                + self.tr("Events from 1917 to 1953 and the rehabilitations that followed.") + "</p>")

    def reset(self) -> None:
        self.canvas.set_lives([])
        self.goto.clear_date()
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
        self.canvas.set_data(self.data.dataset, self.lang, keep)

    def _fit_goto(self) -> None:
        # As wide as its hint in this language and font, no wider (the search box takes the rest); the margin
        # covers the style's padding, which is large in the kiosk.
        self.goto.setFixedWidth(self.goto.hint_width())

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._fit_goto()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_goto()  # the style sheet's font is in place by now

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Events"))
        self.detail.setAccessibleName(self.tr("Event details"))
        self.search.setPlaceholderText(self.tr("Search events…"))
        self.search.setAccessibleName(self.tr("Search events"))
        self.goto.set_prefix(self.tr("Go to:") + " ")
        self.goto.set_language(self.lang)
        self._fit_goto()
        self.goto.setAccessibleName(self.tr("Go to a year or date"))
        self.canvas.setAccessibleName(self.tr("Timeline: wheel or +/- to zoom, drag or arrows to move, "
                                              "Page Up/Down to step through events, Enter to open"))
        self.category_box.setAccessibleName(self.tr("Filter by category"))
        current = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(self.tr("All categories"), "")
        for c in Category:
            self.category_box.addItem(category_label(c), c.value)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(current)) if current else 0)
        self.category_box.blockSignals(False)
