# SPDX-License-Identifier: GPL-3.0-or-later
"""The Bibliography tab: every source of the dataset, and the records each one supports.

The page of a source describes the work (author, title, publisher, year, kind, its address as text: never opened),
gives the curators' note, its citation in the four styles (accessed today) and links to every record that cites it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from purges_desktop.domain.bibliography import CitingKind, matching_sources, sources_by_kind
from purges_desktop.domain.citation import Style, cite_source, page_title
from purges_desktop.domain.links import Kind, Location
from purges_desktop.domain.model import RepressionType
from purges_desktop.qtmodels.labels import repression_label
from purges_desktop.qtmodels.sources_model import SourcesTableModel, source_kind_label
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.pages import esc, link
from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from purges_desktop.application.language import Language
    from purges_desktop.domain.bibliography import Citing
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Source

TR_CONTEXT = "SourcesTab"

STYLE_NAMES: dict[Style, str] = {
    Style.CHICAGO: QT_TRANSLATE_NOOP("SourcesTab", "Chicago (17th ed.)"),
    Style.MLA: QT_TRANSLATE_NOOP("SourcesTab", "MLA (9th ed.)"),
    Style.APA: QT_TRANSLATE_NOOP("SourcesTab", "APA (7th ed.)"),
    Style.GOST: QT_TRANSLATE_NOOP("SourcesTab", "GOST R 7.0.100-2018"),
}
#: The headings of the groups of citing records, in the order shown.
CITING_HEADINGS: dict[CitingKind, str] = {
    CitingKind.PERSON: QT_TRANSLATE_NOOP("SourcesTab", "People"),
    CitingKind.REPRESSION: QT_TRANSLATE_NOOP("SourcesTab", "Steps of repression"),
    CitingKind.MEMBERSHIP: QT_TRANSLATE_NOOP("SourcesTab", "Posts"),
    CitingKind.BODY: QT_TRANSLATE_NOOP("SourcesTab", "Organs"),
    CitingKind.TRIAL: QT_TRANSLATE_NOOP("SourcesTab", "Trials"),
    CitingKind.EVENT: QT_TRANSLATE_NOOP("SourcesTab", "Events"),
    CitingKind.ERA: QT_TRANSLATE_NOOP("SourcesTab", "Periods of the timeline"),
    CitingKind.STATISTIC: QT_TRANSLATE_NOOP("SourcesTab", "Tables of numbers"),
    CitingKind.FIGURE: QT_TRANSLATE_NOOP("SourcesTab", "Published figures"),
    CitingKind.LIST: QT_TRANSLATE_NOOP("SourcesTab", "Shooting lists"),
    CitingKind.LIST_ENTRY: QT_TRANSLATE_NOOP("SourcesTab", "Names on the shooting lists"),
    CitingKind.STORY: QT_TRANSLATE_NOOP("SourcesTab", "Guided stories"),
    CitingKind.TERM: QT_TRANSLATE_NOOP("SourcesTab", "Glossary terms"),
}


def tr(text: str) -> str:
    """Translate a string of the Bibliography pages."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def _citing_label(ds: Dataset, c: Citing, lang: str) -> str:
    """What a citing record is called on the page (a name, a title; a person and what of theirs is cited)."""
    if c.what is CitingKind.ERA:
        era = next((e for e in ds.records.eras if e.id == c.record_id), None)
        return era.name.get(lang) if era is not None else c.record_id
    if c.what is CitingKind.STATISTIC:
        stat = next((s for s in ds.records.statistics if s.id == c.record_id), None)
        return stat.title.get(lang) if stat is not None else c.record_id
    if c.what is CitingKind.FIGURE:
        fig = next((f for f in ds.records.figures if f.id == c.record_id), None)
        return fig.title.get(lang) if fig is not None else c.record_id
    title = page_title(ds, c.where, lang) or c.record_id
    if c.what is CitingKind.MEMBERSHIP:
        body = ds.bodies.get(c.other)
        return f"{title} — {body.label(lang) if body is not None else c.other}"
    if c.what is CitingKind.REPRESSION:
        try:
            return f"{title} — {repression_label(RepressionType(c.other))}"
        except ValueError:
            return title
    if c.what is CitingKind.LIST_ENTRY:
        return f"{title} — {page_title(ds, Location(Kind.LIST, c.other), lang) or c.other}"
    return title


def citing_html(ds: Dataset, source_id: str, lang: str) -> str:
    """The records that cite a source, grouped by kind, each a link to the page that shows it."""
    found = ds.citing(source_id)
    if not found:
        return f"<h3>{esc(tr('Cited by'))}</h3><p><i>{esc(tr('No record of the dataset cites this source.'))}</i></p>"
    out = [f"<h3>{esc(tr('Cited by'))}</h3>"]
    for what, heading in CITING_HEADINGS.items():
        items = []
        for c in dict.fromkeys(c for c in found if c.what is what):
            detail = f" ({esc(c.detail)})" if c.detail else ""
            items.append(f"<li>{link(c.where.uri(), _citing_label(ds, c, lang))}{detail}</li>")
        if items:
            out.append(f"<p><b>{esc(tr(heading))}</b></p><ul>{''.join(items)}</ul>")
    return "".join(out)


def source_page(ds: Dataset, source: Source, lang: str, accessed: dt.date) -> str:
    """The page of a source: its description, note, citations (accessed on ``accessed``) and citing records."""
    rows = [(tr("Author"), source.author), (tr("Title"), source.title), (tr("Publisher"), source.publisher),
            (tr("Year"), str(source.year) if source.year is not None else ""),
            (tr("Kind"), source_kind_label(source.kind)), (tr("Address"), source.url),
            (tr("Read at"), source.accessed_via)]
    table = "".join(f"<tr><td><b>{esc(label)}</b>&nbsp;</td><td>{esc(value)}</td></tr>"
                    for label, value in rows if value)
    out = [f"<h2>{esc(source.title)}</h2><table>{table}</table>"]
    note = source.note.get(lang)
    if note:
        out.append(f"<h3>{esc(tr('Note'))}</h3>"
                   + "".join(f"<p>{esc(chunk)}</p>" for chunk in note.split("\n\n") if chunk.strip()))
    out.append(f"<h3>{esc(tr('How to cite it'))}</h3><ul>")
    out.extend(f"<li><b>{esc(tr(name))}</b>: {esc(cite_source(source, style, accessed))}</li>"
               for style, name in STYLE_NAMES.items())
    out.append("</ul>")
    out.append(citing_html(ds, source.id, lang))
    return "".join(out)


class SourcesTab(ListDetailTab):
    """The bibliography: a searchable list of sources and the page of one."""

    record_kind = Kind.SOURCE
    split = (1, 1)
    column_ems = (24, 14, 5, 9)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(SourcesTableModel(), language, parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.count_label = plain_label("", self)
        self.toolbar.addWidget(self.search, 1)
        self.toolbar.addWidget(self.count_label)
        self.search.textChanged.connect(self.apply_filter)
        self.retranslate_ui()

    # ---- ListDetailTab

    def fill_model(self) -> None:
        super().fill_model()
        self.apply_filter()

    def has_record(self, record_id: str) -> bool:
        return self.data is not None and record_id in self.data.dataset.sources

    def show_record(self, record_id: str) -> bool:
        """Select a source and show its page (emptying a search that hides it); False when unknown."""
        if self.has_record(record_id) and self.model.row_of(record_id) < 0 and self.search.text():
            self.search.clear()
        return super().show_record(record_id)

    def page(self, record_id: str) -> str:
        assert self.data is not None
        ds = self.data.dataset
        return source_page(ds, ds.sources[record_id], self.lang, dt.date.today())

    def welcome(self) -> str:
        if self.data is None:
            return f"<p>{esc(self.tr('Loading…'))}</p>"
        locale = QLocale()
        groups = sources_by_kind(self.data.dataset.records.sources)
        kinds = "".join(f"<li>{esc(source_kind_label(kind) or self.tr('kind not given'))}: "
                        f"{esc(locale.toString(len(found)))}</li>" for kind, found in groups.items())
        total = sum(len(found) for found in groups.values())
        return (f"<h2>{esc(self.tr('Bibliography'))}</h2><p>"
                + esc(self.tr("Every fact in this app cites its sources. Choose a source to see how to cite it and "
                              "which people, trials, events and numbers rest on it."))
                + "</p><p>" + esc(self.tr("%1 sources, by kind:").replace("%1", locale.toString(total)))
                + f"</p><ul>{kinds}</ul>")

    def reset(self) -> None:
        """Back to the start: no search, nothing selected."""
        self.search.clear()
        super().reset()

    # ---- public API

    @Slot()
    def apply_filter(self) -> None:
        """Show the sources that match the search box."""
        if self.data is None:
            self.count_label.setText("")
            return
        self.model.set_filter(matching_sources(self.data.dataset.records.sources, self.search.text()))
        locale = QLocale()
        self.count_label.setText(self.tr("%1 of %2 sources").replace("%1", locale.toString(self.model.rowCount()))
                                 .replace("%2", locale.toString(self.model.total())))
        if self.current:
            self.table.select_quietly(self.model.row_of(self.current))

    def retranslate_ui(self) -> None:
        """Set every visible string (called again on a language change)."""
        self.search.setPlaceholderText(self.tr("Search titles, authors, publishers, years…"))
        self.search.setAccessibleName(self.tr("Search sources"))
        self.table.setAccessibleName(self.tr("Sources"))
        self.detail.setAccessibleName(self.tr("Source details"))
        if self.data is not None:
            self.apply_filter()
            if not self.current:
                self.detail.set_page(self.welcome())

