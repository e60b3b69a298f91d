# SPDX-License-Identifier: GPL-3.0-or-later
"""Citations of a page of the app, and of a source of the bibliography, in four styles.

A page is cited as a part of the app (the app is the "website"): its title, the app's name and version, the date of
the dataset (the "last modified" date: the newest data file; the caller finds it, this module reads no files), the
page's deep link as its address (``purges:person/bukharin``) and the date of access (today, passed in).

The styles follow the published patterns for a page of a website, kept simple and the same for every kind of page:

- **Chicago** (17th ed., bibliography entry): ``"Title." Site, version V. Last modified Month D, YYYY. Accessed
  Month D, YYYY. URL.``
- **MLA** (9th ed.): ``"Title." Site, version V, D Mon. YYYY, URL. Accessed D Mon. YYYY.`` (MLA's month
  abbreviations: Jan., Feb., Mar., Apr., May, June, July, Aug., Sept., Oct., Nov., Dec.)
- **APA** (7th ed., a work without an author: the title takes the author's place): ``Title. (YYYY, Month D). In
  Site (Version V). Retrieved Month D, YYYY, from URL`` (no full stop after the URL).
- **ГОСТ Р 7.0.100-2018** (a part of an electronic resource): ``Заглавие // Purges Desktop : версия V. – Дата
  обновления: DD.MM.YYYY. – URL: адрес (дата обращения: DD.MM.YYYY).`` Its frame is always Russian.

The page's title is in the language asked for (``ru``: the Russian name of the person, trial …); the frame of the
English styles stays English. Plain text throughout: no italics, so titles are in quotation marks where the style
would italicise a website's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from purges_desktop.domain.links import Kind, Location, link_to
from purges_desktop.domain.text import LocalizedText

if TYPE_CHECKING:
    import datetime as dt

    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Source

APP_NAME = "Purges Desktop"
#: The scheme a deep link carries in a citation (``parse_uri`` reads it back).
LINK_SCHEME = "purges:"

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

#: The titles of the views (as their tabs are called in the interface).
VIEW_TITLES: dict[Kind, LocalizedText] = {
    Kind.PEOPLE: LocalizedText.of("People", "Люди"),
    Kind.ORGANIZATION: LocalizedText.of("Organization", "Структура власти"),
    Kind.TRIALS: LocalizedText.of("Trials", "Процессы"),
    Kind.TIMELINE: LocalizedText.of("Timeline", "Хронология"),
    Kind.NUMBERS: LocalizedText.of("Numbers", "Цифры"),
    Kind.STORIES: LocalizedText.of("Stories", "Истории"),
    Kind.GLOSSARY: LocalizedText.of("Glossary", "Словарь"),
    Kind.MAP: LocalizedText.of("Map", "Карта"),
    Kind.SOURCES: LocalizedText.of("Bibliography", "Библиография"),
}
#: The layers of the Map view (``map/<layer>``), as their switches are called.
MAP_LAYER_TITLES: dict[str, LocalizedText] = {
    "lists": LocalizedText.of("Stalin's lists", "Сталинские списки"),
    "sites": LocalizedText.of("Killing fields", "Расстрельные полигоны"),
    "camps": LocalizedText.of("Camps", "Лагеря"),
    "people": LocalizedText.of("People's places", "Места людей"),
}
#: The sections of the Numbers view (``numbers/<section>``), as their buttons are called.
NUMBERS_SECTION_TITLES: dict[str, LocalizedText] = {
    "great-terror": LocalizedText.of("1937–1938", "1937–1938"),
    "by-year": LocalizedText.of("By year", "По годам"),
    "operations": LocalizedText.of("Mass operations", "Массовые операции"),
    "lists": LocalizedText.of("Stalin's lists", "Сталинские списки"),
    "congress-1934": LocalizedText.of("The 1934 Central Committee", "ЦК 1934 года"),
    "military": LocalizedText.of("The Red Army", "Красная армия"),
    "more": LocalizedText.of("More figures", "Другие цифры"),
}


class Style(StrEnum):
    """A citation style."""

    CHICAGO = "chicago"
    MLA = "mla"
    APA = "apa"
    GOST = "gost"


@dataclass(frozen=True, slots=True)
class CitedPage:
    """What a citation of a page says.

    Attributes:
        title: the page's title, in the language cited.
        link: the page's deep link (``person/bukharin``).
        version: the app's version.
        accessed: the date the page was seen.
        data_date: the date of the dataset (its newest file); ``None`` when unknown.
    """

    title: str
    link: str
    version: str
    accessed: dt.date
    data_date: dt.date | None = None

    @property
    def address(self) -> str:
        """The deep link as an address: ``purges:person/bukharin``."""
        return LINK_SCHEME + self.link


# ---- dates


def _chicago_date(d: dt.date) -> str:
    return f"{_EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _mla_date(d: dt.date) -> str:
    return f"{d.day} {_MLA_MONTHS[d.month - 1]} {d.year}"


def _gost_date(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _bare(title: str) -> str:
    """A title without its final full stop (the style adds its own punctuation)."""
    return title.strip().removesuffix(".")


def _sentence(text: str) -> str:
    """``text`` ended with a full stop, unless it already ends with one, a question or an exclamation mark."""
    return text if text.endswith((".", "?", "!")) else text + "."


# ---- pages


def cite_page(page: CitedPage, style: Style) -> str:
    """The citation of a page of the app in ``style``."""
    title, site = _bare(page.title), APP_NAME
    if style is Style.CHICAGO:
        modified = f" Last modified {_chicago_date(page.data_date)}." if page.data_date else ""
        return (f'"{_sentence(title)}" {site}, version {page.version}.{modified} '
                f"Accessed {_chicago_date(page.accessed)}. {page.address}.")
    if style is Style.MLA:
        modified = f" {_mla_date(page.data_date)}," if page.data_date else ""
        return (f'"{_sentence(title)}" {site}, version {page.version},{modified} {page.address}. '
                f"Accessed {_mla_date(page.accessed)}.")
    if style is Style.APA:
        when = (f"{page.data_date.year}, {_EN_MONTHS[page.data_date.month - 1]} {page.data_date.day}"
                if page.data_date else "n.d.")
        return (f"{_sentence(title)} ({when}). In {site} (Version {page.version}). "
                f"Retrieved {_chicago_date(page.accessed)}, from {page.address}")
    modified = f" – Дата обновления: {_gost_date(page.data_date)}." if page.data_date else ""
    return (f"{title} // {site} : версия {page.version}.{modified} – URL: {page.address} "
            f"(дата обращения: {_gost_date(page.accessed)}).")


def page_title(ds: Dataset, location: Location, lang: str) -> str | None:
    """The title of the page a deep link opens, in ``lang``; ``None`` when its record (or section) is not in the data.

    A person's name, a trial's name, an event's title, an organ's name (with the date of a dated link), a shooting
    list's title, a story's title, a glossary term, a view's name, ``Numbers: <section>``, ``Map: <layer>``.
    """
    kind, key = location.kind, location.id
    if kind is Kind.PERSON:
        return ds.people[key].name.get(lang) if key in ds.people else None
    if kind is Kind.TRIAL:
        return ds.trials[key].name.get(lang) if key in ds.trials else None
    if kind is Kind.EVENT:
        return ds.events[key].title.get(lang) if key in ds.events else None
    if kind is Kind.BODY:
        if key not in ds.bodies:
            return None
        name = ds.bodies[key].name.get(lang)
        return f"{name} ({location.date.format(lang)})" if location.date is not None else name
    if kind is Kind.SOURCE:
        return ds.sources[key].title if key in ds.sources else None
    if kind is Kind.STORY:
        story = ds.story(key)
        return story.title.get(lang) if story is not None else None
    if kind is Kind.TERM:
        term = ds.term(key)
        return term.term.get(lang) if term is not None else None
    if kind is Kind.LIST:
        sl = ds.shooting_lists.get(key)
        if sl is None:
            return None
        if sl.date is None:
            undated = LocalizedText.of("Undated list (Memorial's no. %1)", "Список без даты (№ %1 у «Мемориала»)")
            return undated.get(lang).replace("%1", str(sl.memorial_id))
        return LocalizedText.of("List of %1", "Список от %1").get(lang).replace("%1", sl.date.format(lang))
    view = VIEW_TITLES[kind].get(lang)
    if not key:
        return view
    if kind is Kind.NUMBERS and key in NUMBERS_SECTION_TITLES:
        return f"{view}: {NUMBERS_SECTION_TITLES[key].get(lang)}"
    if kind is Kind.MAP and key in MAP_LAYER_TITLES:
        return f"{view}: {MAP_LAYER_TITLES[key].get(lang)}"
    return None


def page_for(ds: Dataset, location: Location, lang: str, *, version: str, accessed: dt.date,
             data_date: dt.date | None = None) -> CitedPage | None:
    """The citable page of a deep link (``None`` when its record is not in the data)."""
    title = page_title(ds, location, lang)
    if title is None:
        return None
    return CitedPage(title, link_to(location.kind, location.id, location.date), version, accessed, data_date)


# ---- sources


def cite_source(source: Source, style: Style, accessed: dt.date | None = None) -> str:
    """The citation of a source of the bibliography in ``style``; parts the record lacks are left out.

    The work is cited (its author, title, publisher, year and own address); when the copy read was elsewhere
    (``accessed_via``: a mirror, a site that reproduces the book), the citation ends with it and the date of
    access goes with it.

    Chicago: ``Author. "Title." Publisher, Year. Accessed Month D, YYYY. URL.`` MLA: ``Author. "Title." Publisher,
    Year, URL. Accessed D Mon. YYYY.`` APA: ``Author. (Year). Title. Publisher. Retrieved Month D, YYYY, from URL``
    (no author: the title first; no year: ``n.d.``). ГОСТ: ``Author. Title // Publisher. – Year. – URL: URL (дата
    обращения: DD.MM.YYYY).`` Read at a copy: Chicago ``… URL. Accessed via COPY, Month D, YYYY.``, MLA ``… URL.
    Accessed via COPY, D Mon. YYYY.``, APA ``… URL (accessed via COPY, Month D, YYYY)``, ГОСТ ``… – URL: URL. –
    Режим доступа: COPY (дата обращения: DD.MM.YYYY).``
    """
    author, title, publisher = _bare(source.author), _bare(source.title), _bare(source.publisher)
    year = str(source.year) if source.year is not None else ""
    url, via = source.url, source.accessed_via
    lead = f"{author}. " if author else ""
    if style is Style.CHICAGO:
        tail = ", ".join(p for p in (publisher, year) if p)
        parts = [f'{lead}"{_sentence(title)}"', f"{tail}." if tail else ""]
        if via:
            when = f", {_chicago_date(accessed)}" if accessed else ""
            parts += [f"{url}." if url else "", f"Accessed via {via}{when}."]
        else:
            parts += [f"Accessed {_chicago_date(accessed)}." if accessed and url else "", f"{url}." if url else ""]
        return " ".join(p for p in parts if p)
    if style is Style.MLA:
        tail = ", ".join(p for p in (publisher, year, url) if p)
        parts = [f'{lead}"{_sentence(title)}"', f"{tail}." if tail else ""]
        if via:
            parts.append(f"Accessed via {via}" + (f", {_mla_date(accessed)}." if accessed else "."))
        else:
            parts.append(f"Accessed {_mla_date(accessed)}." if accessed and url else "")
        return " ".join(p for p in parts if p)
    if style is Style.APA:
        when = f"({year})." if year else "(n.d.)."
        head = [f"{author}.", when, _sentence(title)] if author else [_sentence(title), when]
        parts = [*head, f"{publisher}." if publisher and publisher != author else ""]
        if via:
            parts += [url, f"(accessed via {via}" + (f", {_chicago_date(accessed)})" if accessed else ")")]
        elif url:
            parts.append(f"Retrieved {_chicago_date(accessed)}, from {url}" if accessed else url)
        return " ".join(p for p in parts if p)
    text = lead + title + (f" // {publisher}" if publisher else "") + "."
    if year:
        text += f" – {year}."
    if url:
        text += f" – URL: {url}" + ("." if via or not accessed else f" (дата обращения: {_gost_date(accessed)}).")
    if via:
        text += f" – Режим доступа: {via}" + (f" (дата обращения: {_gost_date(accessed)})." if accessed else ".")
    return text
