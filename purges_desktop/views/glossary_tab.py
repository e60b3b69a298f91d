# SPDX-License-Identifier: GPL-3.0-or-later
"""The Glossary tab: the words of the period, A-Z, each with a short definition, links and sources.

``glossary`` lists every term (the page beside the list names them all, A-Z); ``term/<id>`` selects one: the term
in both languages, its definition, the records it links to ("See also") and its sources. The pages of the other tabs
link the first mention of a term on each page and show its definition in place; their "More" button leads here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from purges_desktop.domain.citation import page_title
from purges_desktop.domain.colours import MUTED
from purges_desktop.domain.links import Kind, parse_uri
from purges_desktop.qtmodels.glossary_model import GlossaryTableModel
from purges_desktop.views.list_detail import ListDetailTab
from purges_desktop.views.pages import esc, link, record_link, sources_html
from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from purges_desktop.application.language import Language
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Term

TR_CONTEXT = "GlossaryTab"


def tr(text: str) -> str:
    """Translate a string of the glossary pages."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def term_page(ds: Dataset, term: Term, lang: str) -> str:
    """The page of a term: the term (and in the other language), its definition, links and sources."""
    other = "ru" if lang == "en" else "en"
    out = [f"<h1>{esc(term.term.get(lang))}</h1>"]
    if term.term.has(other) and term.term.get(other) != term.term.get(lang):
        out.append(f'<p style="color:{MUTED}">{esc(term.term.get(other))}</p>')
    out.append(f'<p style="font-size:large">{esc(term.definition.get(lang))}</p>')
    see = []
    for target in term.see:
        location = parse_uri(target)
        title = page_title(ds, location, lang) if location is not None else None
        if title:
            see.append(f"<li>{link(target, title)}</li>")
    if see:
        out.append(f"<h3>{esc(tr('See also'))}</h3><ul>{''.join(see)}</ul>")
    out.append(sources_html(ds, term.sources))
    return "".join(out)


def glossary_index(ds: Dataset, lang: str) -> str:
    """Every term, A-Z, each a link to its page, under its first letter."""
    if not ds.terms:
        return f"<p><i>{esc(tr('No terms in the data yet.'))}</i></p>"
    groups: dict[str, list[Term]] = {}
    for term in sorted(ds.terms, key=lambda t: (t.term.get(lang).casefold(), t.id)):
        groups.setdefault(term.term.get(lang)[:1].upper(), []).append(term)
    return "".join(f"<h3>{esc(letter)}</h3><p>"
                   + " · ".join(record_link(Kind.TERM, t.id, t.term.get(lang)) for t in terms) + "</p>"
                   for letter, terms in groups.items())


class GlossaryTab(ListDetailTab):
    """The glossary: a searchable list of terms and the page of one."""

    record_kind = Kind.TERM
    split = (1, 1)
    column_ems = (14,)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(GlossaryTableModel(), language, parent)
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
        return self.data is not None and self.data.dataset.term(record_id) is not None

    def show_record(self, record_id: str) -> bool:
        """Select a term and show its page (emptying a search that hides it); False when unknown."""
        if self.has_record(record_id) and self.model.row_of(record_id) < 0 and self.search.text():
            self.search.clear()
        return super().show_record(record_id)

    def page(self, record_id: str) -> str:
        assert self.data is not None
        ds = self.data.dataset
        term = ds.term(record_id)
        assert term is not None
        return term_page(ds, term, self.lang)

    def welcome(self) -> str:
        if self.data is None:
            return f"<p>{esc(self.tr('Loading…'))}</p>"
        return (f"<h2>{esc(self.tr('Glossary'))}</h2><p>"
                + esc(self.tr("Words of the period, explained briefly. On every page the first mention of a term "
                              "is underlined as a link: touch it to read its definition there."))
                + "</p>" + glossary_index(self.data.dataset, self.lang))

    def reset(self) -> None:
        """Back to the start: no search, nothing selected."""
        self.search.clear()
        super().reset()

    # ---- public API

    @Slot()
    def apply_filter(self) -> None:
        """Show the terms whose term, forms or definition (in either language) contain every word searched."""
        if self.data is None:
            self.count_label.setText("")
            return
        words = self.search.text().casefold().split()
        keep = None
        if words:
            keep = set()
            for t in self.data.dataset.terms:
                text = " ".join((*t.term.all_text(), *t.forms_en, *t.forms_ru, *t.definition.all_text())).casefold()
                if all(w in text for w in words):
                    keep.add(t.id)
        self.model.set_filter(keep)
        locale = QLocale()
        self.count_label.setText(self.tr("%1 of %2 terms").replace("%1", locale.toString(self.model.rowCount()))
                                 .replace("%2", locale.toString(self.model.total())))
        if self.current:
            self.table.select_quietly(self.model.row_of(self.current))

    def retranslate_ui(self) -> None:
        """Set every visible string (called again on a language change)."""
        self.search.setPlaceholderText(self.tr("Search terms and definitions…"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.table.setAccessibleName(self.tr("Glossary terms"))
        self.detail.setAccessibleName(self.tr("Term"))
        if self.data is not None:
            self.apply_filter()
            if not self.current:
                self.detail.set_page(self.welcome())
