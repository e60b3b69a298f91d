# SPDX-License-Identifier: GPL-3.0-or-later
"""The Bibliography tab: every source of the dataset, and the records each one supports.

With nothing selected, the page beside the list is the bibliography itself, grouped by kind (archive documents,
scholarly works, encyclopedias, press, memoirs, web pages, other: :class:`~purges_desktop.domain.bibliography.
SourceGroup`), each group headed with its count, each entry author, title (a link to its page), publisher, year and
how many records cite it; the search and the kind chooser narrow both the list and the page. The whole list (or what
the search leaves) exports as BibTeX or RIS (:mod:`purges_desktop.domain.references`) through
:attr:`~purges_desktop.views.tab.TabPage.export_requested`: the tab writes no file.

The page of a source describes the work (author, title, publisher, year, kind, its address as text: never opened),
gives the curators' note, its citation in the four styles (accessed today) and links to every record that cites it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from purges_desktop.domain.bibliography import (
    CitingKind,
    SourceGroup,
    bibliography_order,
    citation_counts,
    grouped_sources,
    matching_sources,
    source_group,
)
from purges_desktop.domain.citation import cite_source, page_title
from purges_desktop.domain.colours import MUTED
from purges_desktop.domain.links import Kind, Location
from purges_desktop.domain.model import RepressionType
from purges_desktop.domain.references import ReferenceFormat, export_references
from purges_desktop.qtmodels.labels import repression_label
from purges_desktop.qtmodels.sources_model import SourcesTableModel, source_kind_label
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.page_menu import STYLE_NAMES, style_name
from purges_desktop.views.pages import esc, link
from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from purges_desktop.application.language import Language
    from purges_desktop.domain.bibliography import Citing
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Source

TR_CONTEXT = "SourcesTab"

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

#: The headings of the groups of the bibliography.
GROUP_HEADINGS: dict[SourceGroup, str] = {
    SourceGroup.ARCHIVE: QT_TRANSLATE_NOOP("SourcesTab", "Archive documents"),
    SourceGroup.SCHOLARLY: QT_TRANSLATE_NOOP("SourcesTab", "Scholarly works"),
    SourceGroup.ENCYCLOPEDIA: QT_TRANSLATE_NOOP("SourcesTab", "Encyclopedias"),
    SourceGroup.PRESS: QT_TRANSLATE_NOOP("SourcesTab", "Press"),
    SourceGroup.MEMOIR: QT_TRANSLATE_NOOP("SourcesTab", "Memoirs"),
    SourceGroup.WEB: QT_TRANSLATE_NOOP("SourcesTab", "Web pages"),
    SourceGroup.OTHER: QT_TRANSLATE_NOOP("SourcesTab", "Other"),
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
    out.extend(f"<li><b>{esc(style_name(style))}</b>: {esc(cite_source(source, style, accessed))}</li>"
               for style in STYLE_NAMES)
    out.append("</ul>")
    out.append(citing_html(ds, source.id, lang))
    return "".join(out)


def bibliography_html(groups: list[tuple[SourceGroup, list[Source]]], counts: dict[str, int]) -> str:
    """The bibliography grouped by kind: a heading with its count per group, then each source as author, title (a
    link to its page), publisher, year, and how many records cite it."""
    locale = QLocale()
    headings = {group: f"{tr(GROUP_HEADINGS[group])} ({locale.toString(len(sources))})" for group, sources in groups}
    out = ["<p>" + " · ".join(link(f"#group-{group.value}", heading) for group, heading in headings.items()) + "</p>"]
    for group, sources in groups:
        out.append(f"<a name='group-{group.value}'></a><h3>{esc(headings[group])}</h3><ol>")
        for s in sources:
            parts = [esc(s.author)] if s.author else []
            parts.append(link(Location(Kind.SOURCE, s.id).uri(), s.title))
            tail = ", ".join(esc(p) for p in (s.publisher, str(s.year) if s.year is not None else "") if p)
            if tail:
                parts.append(tail)
            cited = counts.get(s.id, 0)
            note = tr("records citing it: %1").replace("%1", locale.toString(cited)) if cited else tr("not cited")
            out.append(f"<li>{'. '.join(parts)}. <span style='color:{MUTED}'>— {esc(note)}</span></li>")
        out.append("</ol>")
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
        self.group_box = QComboBox(self)
        self.export_bibtex = QPushButton(self)
        self.export_ris = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.group_box, 1)
        row.addWidget(self.export_bibtex)
        row.addWidget(self.export_ris)
        self.left_layout.insertLayout(1, row)
        self._counts: dict[str, int] = {}
        self.search.textChanged.connect(self.apply_filter)
        self.group_box.activated.connect(self.apply_filter)
        self.export_bibtex.clicked.connect(lambda: self.export(ReferenceFormat.BIBTEX))
        self.export_ris.clicked.connect(lambda: self.export(ReferenceFormat.RIS))
        self.retranslate_ui()

    # ---- ListDetailTab

    def fill_model(self) -> None:
        super().fill_model()
        self._counts = citation_counts(self.data.dataset.cited_by) if self.data is not None else {}
        self._fill_groups()
        self.apply_filter()

    def has_record(self, record_id: str) -> bool:
        return self.data is not None and record_id in self.data.dataset.sources

    def show_record(self, record_id: str) -> bool:
        """Select a source and show its page (emptying a search that hides it); False when unknown."""
        if self.has_record(record_id) and self.model.row_of(record_id) < 0:
            self.group_box.setCurrentIndex(0)
            self.search.clear()
            self.apply_filter()
        return super().show_record(record_id)

    def page(self, record_id: str) -> str:
        assert self.data is not None
        ds = self.data.dataset
        return source_page(ds, ds.sources[record_id], self.lang, dt.date.today())

    def welcome(self) -> str:
        if self.data is None:
            return f"<p>{esc(self.tr('Loading…'))}</p>"
        locale = QLocale()
        shown = self.shown_sources()
        total = len(self.data.dataset.sources)
        if len(shown) == total:
            count = self.tr("%1 sources, by kind:").replace("%1", locale.toString(total))
        else:
            count = self.tr("%1 of %2 sources, by kind:").replace("%1", locale.toString(len(shown))).replace(
                "%2", locale.toString(total))
        return (f"<h2>{esc(self.tr('Bibliography'))}</h2><p>"
                + esc(self.tr("Every fact in this app cites its sources. Choose a source to see how to cite it and "
                              "which people, trials, events and numbers rest on it."))
                + "</p><p>" + esc(count) + "</p>" + bibliography_html(grouped_sources(shown), self._counts))

    def set_kiosk(self, on: bool) -> None:
        """No export in the kiosk (it writes no files)."""
        self.export_bibtex.setVisible(not on)
        self.export_ris.setVisible(not on)

    def reset(self) -> None:
        """Back to the start: no search, every kind, nothing selected."""
        self.search.clear()
        self.group_box.setCurrentIndex(0)
        self.apply_filter()
        super().reset()

    # ---- public API

    def selected_group(self) -> SourceGroup | None:
        """The kind chosen in the kind box (``None``: every kind)."""
        value = self.group_box.currentData()
        return SourceGroup(value) if value else None

    def shown_sources(self) -> list[Source]:
        """The sources the search and the kind box leave, in the order of the bibliography."""
        if self.data is None:
            return []
        sources = self.data.dataset.records.sources
        found = matching_sources(sources, self.search.text())
        group = self.selected_group()
        return sorted((s for s in sources if (found is None or s.id in found)
                       and (group is None or source_group(s.kind) is group)),
                      key=lambda s: (list(SourceGroup).index(source_group(s.kind)), bibliography_order(s)))

    @Slot()
    def apply_filter(self) -> None:
        """Show the sources that match the search box and the kind box (in the list and, when no source is
        selected, on the grouped page)."""
        if self.data is None:
            self.count_label.setText("")
            return
        shown = self.shown_sources()
        everything = len(shown) == len(self.data.dataset.sources)
        self.model.set_filter(None if everything else {s.id for s in shown})
        locale = QLocale()
        self.count_label.setText(self.tr("%1 of %2 sources").replace("%1", locale.toString(self.model.rowCount()))
                                 .replace("%2", locale.toString(self.model.total())))
        if self.current:
            self.table.select_quietly(self.model.row_of(self.current))
        else:
            self.detail.set_page(self.welcome())

    def export(self, fmt: ReferenceFormat) -> bytes:
        """Export the sources shown (all of them without a search) as BibTeX or RIS, accessed today, through
        :attr:`export_requested` (``bibliography.bib``, ``bibliography-selection.ris`` …); the bytes (UTF-8)."""
        shown = self.shown_sources()
        content = export_references(shown, fmt, dt.date.today()).encode("utf-8")
        whole = self.data is not None and len(shown) == len(self.data.dataset.sources)
        self.export_requested.emit(f"bibliography{'' if whole else '-selection'}.{fmt.suffix}", content)
        return content

    def _fill_groups(self) -> None:
        """The kind box: every kind, then each group that has sources, with its count."""
        chosen = self.group_box.currentData()
        self.group_box.clear()
        self.group_box.addItem(self.tr("Every kind"), "")
        if self.data is not None:
            locale = QLocale()
            for group, sources in grouped_sources(self.data.dataset.records.sources):
                self.group_box.addItem(f"{tr(GROUP_HEADINGS[group])} ({locale.toString(len(sources))})",
                                       group.value)
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(chosen)) if chosen else 0)

    def retranslate_ui(self) -> None:
        """Set every visible string (called again on a language change)."""
        self.search.setPlaceholderText(self.tr("Search titles, authors, publishers, years…"))
        self.search.setAccessibleName(self.tr("Search sources"))
        self.table.setAccessibleName(self.tr("Sources"))
        self.detail.setAccessibleName(self.tr("Source details"))
        self.group_box.setAccessibleName(self.tr("Kind of source"))
        self.export_bibtex.setText(self.tr("BibTeX"))
        self.export_bibtex.setToolTip(self.tr("Save the sources listed as BibTeX (.bib) in the export folder"))
        self.export_ris.setText(self.tr("RIS"))
        self.export_ris.setToolTip(self.tr("Save the sources listed as RIS (.ris: Zotero, EndNote, Mendeley) in "
                                           "the export folder"))
        self._fill_groups()
        if self.data is not None:
            self.apply_filter()

