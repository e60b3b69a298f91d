# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTML of the Numbers view: headline figures with what they count and their sources, and a shooting list's page.

Every number on these pages comes from a record (a figure, a statistic or a list) and links to its sources further
down the same page; every data value is escaped (as in :mod:`purges_desktop.views.pages`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from purges_desktop.domain.colours import MUTED
from purges_desktop.domain.links import Kind, link_to
from purges_desktop.domain.lists import ListMatch, category_totals, signature_totals
from purges_desktop.domain.model import TOPIC_SECTIONS
from purges_desktop.views.pages import (
    TermLinks,
    _date,
    _heading,
    _para,
    esc,
    fate_badge,
    person_link,
    record_link,
    sources_html,
)

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.lists import CategoryCounts, ShootingList
    from purges_desktop.domain.model import Figure, SourceRef
    from purges_desktop.domain.numbers import YearlyTable

TR_CONTEXT = "NumberPages"


def tr(text: str) -> str:
    """Translate a string of these pages."""
    return QCoreApplication.translate("NumberPages", text)


def number(value: float | None) -> str:
    """A figure with the language's thousands separator (``681,692``, ``681 692``)."""
    if value is None:
        return tr("no data")
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "f", 1)


def _period(f: Figure, lang: str) -> str:
    if f.start and f.end and f.start != f.end:
        return f"{f.start.format(lang)} – {f.end.format(lang)}"
    return f.start.format(lang) if f.start else (f.end.format(lang) if f.end else "")


def figure_cards(figures: list[Figure], lang: str, columns: int = 2, terms: TermLinks | None = None) -> str:
    """Headline figures as large numbers, each with its title, one line of what it counts, its period, a link to its
    note and its numbered sources (listed at the end of the page by :func:`figure_notes`); ``terms`` links the first
    mention of each glossary term in what they count."""
    if not figures:
        return ""
    terms = terms if terms is not None else TermLinks(None, lang)
    cells = []
    for n, f in enumerate(figures, start=1):
        period = _period(f, lang)
        note = f' · <a href="#note-{esc(f.id)}">{esc(tr("note"))}</a>' if f.note.get(lang) else ""
        cells.append(
            f'<td width="{100 // columns}%" valign="top" style="padding:8px">'
            f'<a name="fig-{esc(f.id)}"></a>'
            f'<span style="font-size:xx-large; font-weight:bold">{esc(number(f.value))}</span><br>'
            f"<b>{esc(f.title.get(lang))}</b><br>"
            f'<span style="color:{MUTED}">{esc(period)}</span><br>'
            f"{terms.html(f.counts.get(lang))}<br>"
            f'<a href="#sources-{n}">{esc(tr("sources"))}</a>{note}</td>')
    rows = ["<tr>" + "".join(cells[i:i + columns]) + "</tr>" for i in range(0, len(cells), columns)]
    return f'<table width="100%" cellspacing="4">{"".join(rows)}</table>'


def figure_notes(ds: Dataset, figures: list[Figure], lang: str, terms: TermLinks | None = None) -> str:
    """Each figure's note on its sources and the sources themselves, anchored for the cards' links."""
    out = []
    for n, f in enumerate(figures, start=1):
        out.append(f'<a name="sources-{n}"></a><a name="note-{esc(f.id)}"></a>'
                   f"<h4>{n}. {esc(f.title.get(lang))}: {esc(number(f.value))}</h4>")
        out.append(_para(f.note, lang, terms))
        out.append(_sources_list(ds, f.sources))
    return "".join(out)


def _sources_list(ds: Dataset, refs: tuple[SourceRef, ...]) -> str:
    html = sources_html(ds, refs)
    # The sources list of a figure is a sub-list, not a page section: drop the heading sources_html puts first.
    return html.split("</h3>", 1)[1] if "</h3>" in html else html


def yearly_table_text(ds: Dataset, table: YearlyTable, lang: str, terms: TermLinks | None = None) -> str:
    """What a yearly table counts, where its rows do not add up, its note and sources."""
    stat = table.statistic
    terms = terms if terms is not None else TermLinks(ds, lang)
    out = [f"<h3>{esc(stat.title.get(lang))}</h3>", f"<p>{terms.html(stat.counts.get(lang))}</p>"]
    labels = {c.key: c.label.get(lang) for c in stat.columns}
    for key, total, printed in table.mismatches:
        out.append("<p><b>" + esc(tr("The rows do not add up to the printed total")) + "</b>: "
                   + esc(tr("%1: the rows sum to %2, the source prints %3.").replace("%1", labels.get(key, key))
                         .replace("%2", number(total)).replace("%3", number(printed))) + "</p>")
    out.append(_para(stat.note, lang, terms))
    out.append(sources_html(ds, stat.sources))
    return "".join(out)


def _counts_row(label: str, counts: CategoryCounts) -> str:
    return (f"<tr><td>{esc(label)}</td><td align='right'>{esc(number(counts.first))}</td>"
            f"<td align='right'>{esc(number(counts.second))}</td><td align='right'>{esc(number(counts.third))}</td>"
            f"<td align='right'><b>{esc(number(counts.total))}</b></td></tr>")


def category_label(category: int) -> str:
    """What a list's category meant."""
    return {1: tr("1st category: shooting"), 2: tr("2nd category: 10 years"),
            3: tr("3rd category: 8 years")}.get(category, str(category))


def list_title(sl: ShootingList, lang: str) -> str:
    """"List of 1 November 1937" (or "Undated list")."""
    if sl.date is None:
        return tr("Undated list (Memorial's no. %1)").replace("%1", str(sl.memorial_id))
    return tr("List of %1").replace("%1", sl.date.format(lang))


def list_page(ds: Dataset, sl: ShootingList, lang: str) -> str:
    """A shooting list: date, archive, who signed it and who sent it, the names per category and part, the people of
    the dataset on it, notes and sources."""
    counts = sl.counts
    terms = TermLinks(ds, lang)
    summary = (tr("%1 names: %2 to be shot, %3 to 10 years, %4 to 8 years.").replace("%1", number(counts.total))
               .replace("%2", number(counts.first)).replace("%3", number(counts.second))
               .replace("%4", number(counts.third)))
    out = [f"<h1>{esc(list_title(sl, lang))}</h1>", f'<p style="font-size:large">{esc(summary)}</p>',
           f"<p>{terms.html(sl.title.get(lang))}</p>"]
    facts = [(tr("Date"), _date(sl.date, lang) or esc(tr("undated"))),
             (tr("Archive"), esc(sl.archive))]
    if sl.signed_by:
        facts.append((tr("Signed in the Politburo by"), ", ".join(person_link(ds, p, lang) for p in sl.signed_by)))
    if sl.signatures_text:
        facts.append((tr("Signatures as written"), esc(sl.signatures_text)))
    if sl.compiled_by:
        facts.append((tr("Sent by (NKVD)"), "; ".join(
            person_link(ds, c.person, lang) if c.person else esc(c.name) for c in sl.compiled_by)))
    out.append("<table cellpadding='3'>" + "".join(f"<tr><td><b>{label}</b></td><td>{value}</td></tr>"
                                                    for label, value in facts) + "</table>")
    entries = ds.entries_on(sl.id)
    if entries:
        items = []
        for e in entries:
            person = ds.people.get(e.person)
            badge = f" {fate_badge(person.fate)}" if person else ""
            bits = [category_label(e.category)]
            if e.struck:
                bits.append(tr("name crossed out on the list"))
            if e.match == ListMatch.PROBABLE:
                bits.append(tr("probable match"))
            shown = f" ({esc(e.name_on_list)})" if e.name_on_list else ""
            items.append(f"<li>{person_link(ds, e.person, lang)}{shown}{badge} — {esc('; '.join(bits))}"
                         + (f"<br><span style='color:{MUTED}'>{esc(e.note.get(lang))}</span>" if e.note.get(lang)
                            else "") + "</li>")
        out.append(_heading(tr("People of this collection on the list")) + f"<ul>{''.join(items)}</ul>")
    if sl.parts:
        head = (f"<tr><th align='left'>{esc(tr('Part'))}</th><th>{esc(tr('1st'))}</th><th>{esc(tr('2nd'))}</th>"
                f"<th>{esc(tr('3rd'))}</th><th>{esc(tr('All'))}</th></tr>")
        rows = "".join(_counts_row(p.title.get(lang), p.counts) for p in sl.parts)
        total = _counts_row(tr("All parts"), counts) if len(sl.parts) > 1 else ""
        out.append(_heading(tr("Names by part and category")) + f"<table cellpadding='3'>{head}{rows}{total}</table>"
                   + f"<p style='color:{MUTED}'>{esc(tr('1st category: shooting; 2nd: 10 years; 3rd: 8 years.'))}</p>")
    same_day = [other for other in ds.shooting_lists.values()
                if other.id != sl.id and sl.date is not None and other.date is not None
                and other.date.sort_key() == sl.date.sort_key() and sl.date.day is not None]
    if same_day:
        out.append(_heading(tr("Other lists of the same day")) + "<ul>" + "".join(
            f"<li>{record_link(Kind.LIST, o.id, o.title.get(lang))} ({esc(number(o.counts.total))})</li>"
            for o in same_day) + "</ul>")
    if sl.note.get(lang):
        out.append(_heading(tr("Note on the sources")) + _para(sl.note, lang, terms))
    out.append(sources_html(ds, sl.sources))
    return "".join(out)


def person_lists_html(ds: Dataset, person_id: str, lang: str) -> str:
    """For a person's page: the lists they are on, and the lists they signed (empty when neither)."""
    out = []
    entries = ds.list_entries_of(person_id)
    if entries:
        items = []
        for e in entries:
            sl = ds.shooting_lists.get(e.list)
            if sl is None:
                continue
            signers = ", ".join(person_link(ds, p, lang) for p in sl.signed_by)
            text = (record_link(Kind.LIST, sl.id, list_title(sl, lang)) + ", " + esc(category_label(e.category))
                    + (f"; {esc(tr('signed by'))} {signers}" if signers else "")
                    + (f" ({esc(tr('name crossed out on the list'))})" if e.struck else "")
                    + (f" ({esc(tr('probable match'))})" if e.match == ListMatch.PROBABLE else ""))
            items.append(f"<li>{text}</li>")
        out.append(_heading(tr("On Stalin's lists")) + f"<ul>{''.join(items)}</ul>")
    signed = ds.lists_signed_by(person_id)
    if signed:
        names = sum(sl.counts.total for sl in signed)
        first = sum(sl.counts.first for sl in signed)
        text = tr("Signed %1 of the lists of people to be sentenced that the NKVD sent to the Politburo (Memorial's "
                  "count): %2 names, %3 of them in the 1st category (shooting).")
        text = text.replace("%1", number(len(signed))).replace("%2", number(names)).replace("%3", number(first))
        out.append(_heading(tr("Signed Stalin's lists")) + f"<p>{esc(text)} "
                   + record_link(Kind.NUMBERS, "lists", tr("All the lists")) + "</p>")
    return "".join(out)



def _bilingual(text_en: str, text_ru: str, lang: str) -> str:
    """The active language first, large; the other below it, smaller (the attract screen speaks both)."""
    first, second = (text_ru, text_en) if lang == "ru" else (text_en, text_ru)
    other = f'<p style="color:{MUTED}">{esc(second)}</p>' if second and second != first else ""
    return f'<p style="font-size:x-large"><b>{esc(first)}</b></p>{other}'


def number_cards(ds: Dataset, figure_ids: tuple[str, ...], lang: str) -> list[tuple[str, str]]:
    """Attract-screen cards: each featured figure as a large number with its title in both languages and what it
    counts, and (when the data has lists) one card on Stalin's lists; ``(deep link, html)`` each."""
    by_id = {f.id: f for f in ds.records.figures}
    cards = []
    for fid in figure_ids:
        f = by_id.get(fid)
        if f is None:
            continue
        section = TOPIC_SECTIONS[f.topic]
        html = (f'<h1 style="font-size:72px">{esc(number(f.value))}</h1>'
                + _bilingual(f.title.get("en"), f.title.get("ru"), lang)
                + f"<p>{esc(f.counts.get(lang))}</p>")
        cards.append((link_to(Kind.NUMBERS, section), html))
    if ds.shooting_lists:
        totals = category_totals(ds)
        signers = ", ".join(f"{ds.people[pid].name.get(lang) if pid in ds.people else pid}: {number(n)}"
                            for pid, n in signature_totals(ds)[:5])
        headline = {code: _lists_headline(code, totals.total, totals.first)
                    for code in ("en", "ru")}
        html = (f'<h1 style="font-size:72px">{esc(number(len(ds.shooting_lists)))}</h1>'
                + _bilingual(headline["en"], headline["ru"], lang)
                + f"<p>{esc(tr('Lists signed:'))} {esc(signers)}</p>")
        cards.append((link_to(Kind.NUMBERS, "lists"), html))
    return cards


def _lists_headline(code: str, names: int, first: int) -> str:
    # Both languages at once on the attract screen: the two sentences are data-independent templates.
    if code == "ru":
        return (f"сталинских расстрельных списков, {_plain(names)} имён, из них {_plain(first)} — к расстрелу "
                "(1937–1938, «Мемориал»)")
    return (f"of Stalin's shooting lists, {_plain(names)} names, {_plain(first)} of them to be shot "
            "(1937–1938, Memorial)")


def _plain(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")
