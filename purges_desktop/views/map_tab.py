# SPDX-License-Identifier: GPL-3.0-or-later
"""The Map tab: where the shooting lists came from, the killing fields, the camps and the people's places, on an
approximate outline of the USSR, with a date slider, a legend and a text list of everything on the map.

The markers come from ``domain.geo.map_content`` (one computation for the canvas and the text list); a tap on a
marker shows its page beside the map (a region's lists with their dates, counts and signatories; a killing field's
years, numbers, people and sources; a camp's prisoners by year). The map is built when the tab is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.geo import (
    MapContent,
    MapLayer,
    Marker,
    PeopleFilter,
    PlaceKind,
    map_content,
)
from purges_desktop.domain.links import Kind, link_to
from purges_desktop.views.map_canvas import CATEGORY_COLOURS, LAYER_COLOURS, MapCanvas
from purges_desktop.views.number_pages import list_title
from purges_desktop.views.pages import esc, link, person_link, record_link, sources_html
from purges_desktop.views.safe import LinkBrowser, plain_label
from purges_desktop.views.tab import TabPage

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.links import Location

FIRST_YEAR, LAST_YEAR = 1923, 1953
MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12  # slider positions 0..MONTHS-1 are months; MONTHS is "all years"
TR_CONTEXT = "MapTab"


def tr(text: str) -> str:
    """Translate a string of the map's pages and controls."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def num(value: int, lang: str) -> str:
    """A whole number with the thousands grouped as the language writes them (7,469; 7 469)."""
    text = f"{value:,}"
    return text.replace(",", "\u00a0") if lang == "ru" else text


def coordinates(lat: float, lon: float) -> str:
    """Degrees north and east, as the language writes them."""
    return tr("%1° N, %2° E").replace("%1", f"{lat:.4f}").replace("%2", f"{lon:.4f}")


def slider_date(value: int) -> PartialDate | None:
    """The month a slider position stands for; ``None`` for the last position (every year)."""
    if value >= MONTHS:
        return None
    return PartialDate(FIRST_YEAR + value // 12, value % 12 + 1)


class MapTab(TabPage):
    """The map and its text list."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.content = MapContent()
        self._shown_outline: object = None
        self.layer_boxes: dict[MapLayer, QCheckBox] = {}
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        for layer in MapLayer:
            box = QCheckBox(self)
            box.setChecked(layer is not MapLayer.PEOPLE)
            box.toggled.connect(self.refresh)
            self.layer_boxes[layer] = box
            controls.addWidget(box)
        self.people_box = QComboBox(self)
        self.kind_box = QComboBox(self)
        self.people_box.currentIndexChanged.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(self.refresh)
        controls.addWidget(self.people_box)
        controls.addWidget(self.kind_box)
        controls.addStretch(1)
        layout.addLayout(controls)
        dates = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, MONTHS)
        self.slider.setPageStep(12)
        self.slider.setValue(MONTHS)
        self.slider.valueChanged.connect(self.refresh)
        self.date_label = plain_label("", self)
        self.date_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 14))
        dates.addWidget(self.date_label)
        dates.addWidget(self.slider, 1)
        layout.addLayout(dates)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.canvas = MapCanvas(self.splitter)
        self.side = LinkBrowser(self.splitter)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([3000, 1000])
        layout.addWidget(self.splitter, 1)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.canvas.marker_activated.connect(self._on_marker)
        self.side.link_activated.connect(self._on_link)
        self._selected: Marker | None = None
        self.retranslate_ui()

    # ---- TabPage

    def set_data(self, data: LoadedData | None) -> None:
        """Show (re)loaded data; the selected marker stays when it still exists."""
        self.data = data
        if data is None:
            self.content = MapContent()
            self.canvas.set_markers([], self.lang)
            self.side.set_page("")
            return
        geo = data.dataset.geo
        if self._shown_outline is not geo.outline:
            self._shown_outline = geo.outline
            self.canvas.set_outline(geo.outline)
            self.canvas.reset_view()
        self.refresh()

    def show_location(self, location: Location) -> bool:
        """``map`` shows every layer but the people's; ``map/<layer>`` shows that layer alone."""
        if location.id:
            try:
                only = MapLayer(location.id)
            except ValueError:
                return False
            for layer, box in self.layer_boxes.items():
                box.blockSignals(True)
                box.setChecked(layer is only)
                box.blockSignals(False)
            self.refresh()
        return True

    def reset(self) -> None:
        """Every layer but the people's, all years, the whole country, the text list."""
        for layer, box in self.layer_boxes.items():
            box.blockSignals(True)
            box.setChecked(layer is not MapLayer.PEOPLE)
            box.blockSignals(False)
        self.people_box.setCurrentIndex(0)
        self.kind_box.setCurrentIndex(0)
        self.slider.setValue(MONTHS)
        self._selected = None
        self.canvas.reset_view()
        self.refresh()

    def set_kiosk(self, on: bool) -> None:
        """Tap targets of at least 44 px in the kiosk."""
        self.canvas.min_target = 44.0 if on else 24.0

    def printable(self) -> QTextDocument | None:
        """The text list of everything on the map."""
        doc = QTextDocument()
        doc.setHtml(self.text_list_html())
        return doc

    def language_changed(self) -> None:
        """Redraw names and pages in the new language."""
        self.refresh()

    # ---- content

    def visible_layers(self) -> set[MapLayer]:
        """The layers ticked."""
        return {layer for layer, box in self.layer_boxes.items() if box.isChecked()}

    @Slot()
    def refresh(self) -> None:
        """Recompute what is on the map for the date, the layers and the people chosen; redraw."""
        on = slider_date(self.slider.value())
        self.date_label.setText(on.format(self.lang) if on else tr("All years"))
        if self.data is None:
            return
        ds = self.data.dataset
        people = PeopleFilter(self.people_box.currentData() or PeopleFilter.ALL.value)
        kind = PlaceKind(self.kind_box.currentData() or PlaceKind.DEATH.value)
        self.content = map_content(ds, ds.geo, on=on, people=people, kind=kind)
        layers = self.visible_layers()
        self.canvas.set_markers([m for m in self.content.markers if m.layer in layers], self.lang)
        if self._selected is not None:
            again = next((m for m in self.canvas.markers()
                          if (m.layer, m.id) == (self._selected.layer, self._selected.id)), None)
            self._selected = again
        if self._selected is not None:
            self.side.set_page(self.marker_page(self._selected))
        else:
            self.side.set_page(self.text_list_html())
        self._set_legend()

    @Slot(str, str)
    def _on_marker(self, layer: str, marker_id: str) -> None:
        self._selected = next((m for m in self.canvas.markers() if m.layer.value == layer and m.id == marker_id),
                              None)
        self.side.set_page(self.marker_page(self._selected) if self._selected else self.text_list_html())

    @Slot(str)
    def _on_link(self, target: str) -> None:
        if target == link_to(Kind.MAP):
            self._selected = None
            self.side.set_page(self.text_list_html())
            return
        self.link_activated.emit(target)

    # ---- pages

    def marker_page(self, m: Marker) -> str:
        """The page of one marker, shown beside the map after a tap."""
        assert self.data is not None
        ds, lang = self.data.dataset, self.lang
        back = f"<p>{link(link_to(Kind.MAP), tr('← Everything on the map'))}</p>"
        head = f"{back}<h2>{esc(m.name.get(lang))}</h2>"
        if m.layer is MapLayer.LISTS:
            return head + self._lists_page(ds, m)
        if m.layer is MapLayer.SITES and m.site is not None:
            s = m.site
            where = "".join(f"<li>{esc(coordinates(loc.point.lat, loc.point.lon))} — {esc(loc.note.get(lang))}</li>"
                            for loc in s.locations)
            people = ", ".join(person_link(ds, pid, lang) for pid in m.people) or esc(tr("none in this collection"))
            return (head + f"<p><b>{esc(tr('Years of use'))}:</b> {s.start}–{s.end}</p>"
                    f"<p><b>{esc(tr('Buried there, as the sources give it'))}:</b> {esc(s.buried.get(lang))}</p>"
                    f"<p><b>{esc(tr('People of this collection shot or buried there'))}:</b> {people}</p>"
                    + (f"<p>{esc(s.note.get(lang))}</p>" if s.note else "")
                    + f"<h3>{esc(tr('Location'))}</h3><ul>{where}</ul>"
                    + sources_html(ds, (*s.sources, *(r for loc in s.locations for r in loc.sources))))
        if m.layer is MapLayer.CAMPS and m.camp is not None:
            c = m.camp
            end = c.end.format(lang) if c.end else "?"
            rows = "".join(f"<tr><td>{n.year}</td><td align='right'>{num(n.prisoners, lang)}</td>"
                           f"<td>{esc(n.note.get(lang))}</td></tr>" for n in c.counts)
            table = (f"<h3>{esc(tr('Prisoners by year, where sources give them'))}</h3>"
                     f"<table cellpadding='3'>{rows}</table>") if rows else ""
            return (head + f"<p><b>{esc(tr('Headquarters'))}:</b> {esc(c.hq.get(lang))}</p>"
                    f"<p><b>{esc(tr('Existed'))}:</b> {esc(c.start.format(lang))} – {esc(end)}</p>"
                    + table + (f"<p>{esc(c.note.get(lang))}</p>" if c.note else "") + sources_html(ds, c.sources))
        people = "".join(f"<li>{person_link(ds, pid, lang)}</li>" for pid in m.people)
        return head + f"<ul>{people}</ul>"

    def _lists_page(self, ds: Dataset, m: Marker) -> str:
        lang = self.lang
        c = m.counts
        rows = []
        for ref in m.parts:
            sl = ref.list
            date = sl.date.format(lang) if sl.date else tr("undated")
            counts = " / ".join(num(n, lang) for n in (ref.part.counts.first, ref.part.counts.second,
                                                       ref.part.counts.third))
            signed = ", ".join(person_link(ds, pid, lang) for pid in sl.signed_by) or "—"
            rows.append(f"<li>{record_link(Kind.LIST, sl.id, date)} — {esc(ref.part.title.get(lang))}: "
                        f"<b>{counts}</b><br>{esc(tr('Signed by'))}: {signed}</li>")
        place = m.place
        note = f"<p><i>{esc(place.note.get(lang))}</i></p>" if place is not None and place.note else ""
        return (f"<p>{esc(tr('Names on the lists drawn here'))}: <b>{num(c.total, lang)}</b> — "
                f"{esc(tr('1st category (shooting)'))} {num(c.first, lang)}, "
                f"{esc(tr('2nd (ten years)'))} {num(c.second, lang)}, "
                f"{esc(tr('3rd (eight years)'))} {num(c.third, lang)}.</p>{note}"
                f"<h3>{esc(tr('Lists, with the names of each category (1st / 2nd / 3rd)'))}</h3>"
                f"<ul>{''.join(rows)}</ul>"
                + (sources_html(ds, place.sources) if place is not None else ""))

    def text_list_html(self) -> str:
        """Everything on the map as text (screen readers, printing), layer by layer, and what is not placed."""
        if self.data is None:
            return ""
        ds, lang = self.data.dataset, self.lang
        on = slider_date(self.slider.value())
        when = on.format(lang) if on else tr("all years")
        out = [f"<h2>{esc(tr('Everything on the map'))} ({esc(when)})</h2>",
               f"<p><i>{esc(self.outline_note())}</i></p>"]
        markers = self.canvas.markers()
        for layer in MapLayer:
            if layer not in self.visible_layers():
                continue
            items = [m for m in markers if m.layer is layer]
            out.append(f"<h3>{esc(layer_name(layer))} ({len(items)})</h3><ul>")
            for m in items:
                out.append(f"<li>{self._item(ds, m)}</li>")
            out.append("</ul>")
            if layer is MapLayer.LISTS and self.content.groups:
                out.append(f"<h4>{esc(tr('List parts without a place (groups of people)'))}</h4><ul>")
                for g in self.content.groups:
                    lists = ", ".join(dict.fromkeys(record_link(Kind.LIST, r.list.id, list_title(r.list, lang))
                                                    for r in g.parts))
                    out.append(f"<li>{esc(g.title.get(lang))}: {num(g.counts.total, lang)} — {lists}</li>")
                out.append("</ul>")
            if layer is MapLayer.PEOPLE and self.content.unplaced:
                out.append(f"<h4>{esc(tr('Not placed (the place is not in the gazetteer)'))}</h4><ul>")
                for u in self.content.unplaced:
                    out.append(f"<li>{person_link(ds, u.person, lang)}: {esc(u.place.get(lang))}</li>")
                out.append("</ul>")
        return "".join(out)

    def _item(self, ds: Dataset, m: Marker) -> str:
        lang = self.lang
        name = esc(m.name.get(lang))
        if m.layer is MapLayer.LISTS:
            lists = len({r.list.id for r in m.parts})
            split = " / ".join(num(n, lang) for n in (m.counts.first, m.counts.second, m.counts.third))
            return f"{name}: {num(m.counts.total, lang)} {esc(tr('names'))} ({split}), {lists} {esc(tr('lists'))}"
        if m.layer is MapLayer.SITES and m.site is not None:
            return f"{name}, {m.site.start}–{m.site.end}: {esc(m.site.buried.get(lang))}"
        if m.layer is MapLayer.CAMPS and m.camp is not None:
            peak = m.camp.peak
            end = m.camp.end.year if m.camp.end else "?"
            size = f"; {esc(tr('largest count'))} {num(peak.prisoners, lang)} ({peak.year})" if peak else ""
            return f"{name} ({esc(m.camp.hq.get(lang))}), {m.camp.start.year}–{end}{size}"
        people = ", ".join(person_link(ds, pid, lang) for pid in m.people)
        return f"{name}: {people}"

    def outline_note(self) -> str:
        """What the outline is, said on the map."""
        return tr("The outline joins today's borders of the fifteen successor states (Natural Earth): an "
                  "approximation. Hatched: not Soviet in 1937 (the Baltic states, Bessarabia, East Prussia, South "
                  "Sakhalin, the Kurils); western Ukraine and Belarus, Tuva and the Karelian Isthmus were not Soviet "
                  "either but cannot be told apart in this data. No internal borders are drawn: Crimea, then the "
                  "Crimean ASSR of the RSFSR, lies inside the outline like every region.")

    def _set_legend(self) -> None:
        def swatch(colour: str, shape: str = "●") -> str:
            return f"<span style='color:{colour}; font-size:large'>{shape}</span>"

        parts = [f"{swatch(CATEGORY_COLOURS[0])}{swatch(CATEGORY_COLOURS[1])}{swatch(CATEGORY_COLOURS[2])} "
                 + esc(tr("Stalin's lists by region (1st, 2nd, 3rd category; area = names)")),
                 f"{swatch(LAYER_COLOURS[MapLayer.SITES], '◆')} {esc(tr('killing field'))}",
                 f"{swatch(LAYER_COLOURS[MapLayer.CAMPS], '■')} {esc(tr('camp administration'))}",
                 f"{swatch(LAYER_COLOURS[MapLayer.PEOPLE])} {esc(tr('people of this collection'))}",
                 f"<span style='color:#767676'>▨</span> {esc(tr('not Soviet in 1937'))}"]
        self.legend.setText(" &nbsp; ".join(parts) + f"<br><small>{esc(self.outline_note())}</small>")

    # ---- strings

    def retranslate_ui(self) -> None:
        for layer, box in self.layer_boxes.items():
            box.setText(layer_name(layer))
        self._fill_combo(self.people_box, [(tr("All people"), PeopleFilter.ALL.value),
                                           (tr("People executed"), PeopleFilter.EXECUTED.value),
                                           (tr("1934 Central Committee, shot"), PeopleFilter.CC_1934.value)])
        self._fill_combo(self.kind_box, [(tr("Where they died"), PlaceKind.DEATH.value),
                                         (tr("Where they were born"), PlaceKind.BIRTH.value)])
        self.people_box.setAccessibleName(tr("Which people the people's layer shows"))
        self.kind_box.setAccessibleName(tr("Birth or death places"))
        self.slider.setAccessibleName(tr("Date: what existed then (the last position shows all years)"))
        self.canvas.setAccessibleName(tr("Map: wheel or +/- to zoom, drag or arrows to move, Page Up/Down to step "
                                         "through the markers, Enter to open; the list beside it says the same"))
        self.side.setAccessibleName(tr("Everything on the map, or the chosen place"))
        self.refresh()

    @staticmethod
    def _fill_combo(box: QComboBox, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, value in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
        box.blockSignals(False)


def layer_name(layer: MapLayer) -> str:
    """A layer's name in the interface language."""
    return {MapLayer.LISTS: tr("Stalin's lists"), MapLayer.SITES: tr("Killing fields"),
            MapLayer.CAMPS: tr("Camps"), MapLayer.PEOPLE: tr("People's places")}[layer]

