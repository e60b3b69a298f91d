"""Citations of a page and of a source, each style against an exact string written from the style's rules."""

from __future__ import annotations

import datetime as dt

import pytest

from purges_desktop.domain.citation import (
    CitedPage,
    Style,
    cite_page,
    cite_source,
    page_for,
    page_title,
)
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.links import Kind, Location, parse_uri
from purges_desktop.domain.model import Source

ACCESSED = dt.date(2026, 12, 8)
DATA_DATE = dt.date(2026, 9, 1)
PAGE = CitedPage("Nikolai Bukharin", "person/bukharin", "0.1.0", ACCESSED, DATA_DATE)


@pytest.mark.parametrize(("style", "expected"), [
    (Style.CHICAGO, '"Nikolai Bukharin." Purges Desktop, version 0.1.0. Last modified September 1, 2026. '
                    "Accessed December 8, 2026. purges:person/bukharin."),
    (Style.MLA, '"Nikolai Bukharin." Purges Desktop, version 0.1.0, 1 Sept. 2026, purges:person/bukharin. '
                "Accessed 8 Dec. 2026."),
    (Style.APA, "Nikolai Bukharin. (2026, September 1). In Purges Desktop (Version 0.1.0). "
                "Retrieved December 8, 2026, from purges:person/bukharin"),
    (Style.GOST, "Nikolai Bukharin // Purges Desktop : версия 0.1.0. – Дата обновления: 01.09.2026. – "
                 "URL: purges:person/bukharin (дата обращения: 08.12.2026)."),
])
def test_a_page_in_each_style(style: Style, expected: str) -> None:
    assert cite_page(PAGE, style) == expected


@pytest.mark.parametrize(("style", "expected"), [
    (Style.CHICAGO, '"Nikolai Bukharin." Purges Desktop, version 0.1.0. Accessed December 8, 2026. '
                    "purges:person/bukharin."),
    (Style.MLA, '"Nikolai Bukharin." Purges Desktop, version 0.1.0, purges:person/bukharin. Accessed 8 Dec. 2026.'),
    (Style.APA, "Nikolai Bukharin. (n.d.). In Purges Desktop (Version 0.1.0). "
                "Retrieved December 8, 2026, from purges:person/bukharin"),
    (Style.GOST, "Nikolai Bukharin // Purges Desktop : версия 0.1.0. – "
                 "URL: purges:person/bukharin (дата обращения: 08.12.2026)."),
])
def test_a_page_without_the_dataset_date_leaves_it_out(style: Style, expected: str) -> None:
    page = CitedPage("Nikolai Bukharin", "person/bukharin", "0.1.0", ACCESSED)
    assert cite_page(page, style) == expected


def test_a_title_ending_in_a_question_mark_gets_no_full_stop() -> None:
    page = CitedPage("List of 1 November 1937?", "list/list-92", "0.1.0", ACCESSED)
    assert cite_page(page, Style.CHICAGO).startswith('"List of 1 November 1937?" Purges Desktop')
    assert cite_page(page, Style.APA).startswith("List of 1 November 1937? (n.d.).")


def test_the_address_is_a_deep_link_that_parses_back() -> None:
    address = cite_page(PAGE, Style.APA).rsplit(" ", 1)[-1]
    assert parse_uri(address) == Location(Kind.PERSON, "bukharin")


def test_page_titles_from_the_data_in_both_languages(tiny_dataset) -> None:
    ds = tiny_dataset
    assert page_title(ds, Location(Kind.PERSON, "yezhov"), "en") == "Nikolai Yezhov"
    assert page_title(ds, Location(Kind.PERSON, "yezhov"), "ru") == "Николай Иванович Ежов"
    assert page_title(ds, Location(Kind.TRIAL, "trial-1936"), "en") == (
        "Case of the Trotskyite-Zinovievite Terrorist Centre")
    assert page_title(ds, Location(Kind.EVENT, "yezhov-appointed"), "ru") == "Ежов сменяет Ягоду во главе НКВД"
    assert page_title(ds, Location(Kind.BODY, "nkvd", PartialDate.parse("1937-03-01")), "en") == (
        "People's Commissariat for Internal Affairs (1 March 1937)")
    assert page_title(ds, Location(Kind.NUMBERS, "by-year"), "ru") == "Цифры: По годам"
    assert page_title(ds, Location(Kind.PEOPLE), "en") == "People"


def test_records_and_sections_not_in_the_data_have_no_title(tiny_dataset) -> None:
    ds = tiny_dataset
    for location in (Location(Kind.PERSON, "bukharin"), Location(Kind.TRIAL, "nope"), Location(Kind.LIST, "list-1"),
                     Location(Kind.BODY, "nope"), Location(Kind.EVENT, "nope"), Location(Kind.NUMBERS, "nope")):
        assert page_title(ds, location, "en") is None
        assert page_for(ds, location, "en", version="0.1.0", accessed=ACCESSED) is None


def test_the_russian_gost_citation_of_a_person(tiny_dataset) -> None:
    page = page_for(tiny_dataset, Location(Kind.PERSON, "yezhov"), "ru", version="0.1.0", accessed=ACCESSED,
                    data_date=DATA_DATE)
    assert page is not None
    assert cite_page(page, Style.GOST) == (
        "Николай Иванович Ежов // Purges Desktop : версия 0.1.0. – Дата обновления: 01.09.2026. – "
        "URL: purges:person/yezhov (дата обращения: 08.12.2026).")


FULL = Source("s", title="Stalin's Great Terror", author="Jane Doe", publisher="Example Press", year=1999,
              url="https://example.org/terror")
WEB = Source("w", title="Nikolai Yezhov", publisher="Wikipedia", url="https://en.wikipedia.org/wiki/Nikolai_Yezhov")


@pytest.mark.parametrize(("style", "expected"), [
    (Style.CHICAGO, 'Jane Doe. "Stalin\'s Great Terror." Example Press, 1999. Accessed December 8, 2026. '
                    "https://example.org/terror."),
    (Style.MLA, 'Jane Doe. "Stalin\'s Great Terror." Example Press, 1999, https://example.org/terror. '
                "Accessed 8 Dec. 2026."),
    (Style.APA, "Jane Doe. (1999). Stalin's Great Terror. Example Press. "
                "Retrieved December 8, 2026, from https://example.org/terror"),
    (Style.GOST, "Jane Doe. Stalin's Great Terror // Example Press. – 1999. – URL: https://example.org/terror "
                 "(дата обращения: 08.12.2026)."),
])
def test_a_source_in_each_style(style: Style, expected: str) -> None:
    assert cite_source(FULL, style, ACCESSED) == expected


@pytest.mark.parametrize(("style", "expected"), [
    (Style.CHICAGO, '"Nikolai Yezhov." Wikipedia. https://en.wikipedia.org/wiki/Nikolai_Yezhov.'),
    (Style.MLA, '"Nikolai Yezhov." Wikipedia, https://en.wikipedia.org/wiki/Nikolai_Yezhov.'),
    (Style.APA, "Nikolai Yezhov. (n.d.). Wikipedia. https://en.wikipedia.org/wiki/Nikolai_Yezhov"),
    (Style.GOST, "Nikolai Yezhov // Wikipedia. – URL: https://en.wikipedia.org/wiki/Nikolai_Yezhov."),
])
def test_a_source_without_author_year_or_date_of_access(style: Style, expected: str) -> None:
    assert cite_source(WEB, style) == expected


def test_a_source_without_a_url_has_no_date_of_access() -> None:
    book = Source("b", title="A Book", author="A. Author", publisher="P", year=2001)
    assert cite_source(book, Style.CHICAGO, ACCESSED) == 'A. Author. "A Book." P, 2001.'
    assert cite_source(book, Style.GOST, ACCESSED) == "A. Author. A Book // P. – 2001."


WIKI_COPY = Source("c", title="Бадаев, Алексей Егорович", author="Wikipedia contributors",
                   publisher="Wikipedia (Russian)", url="https://ru.wikipedia.org/wiki/Бадаев",
                   accessed_via="http://wiki-org.ru/wiki/Бадаев")
BOOK_COPY = Source("k", title="An Example Book", author="A. Author",
                   publisher="Example Press", year=1990, accessed_via="https://www.rulit.me/books/x.html")


@pytest.mark.parametrize(("style", "expected"), [
    (Style.CHICAGO, 'Wikipedia contributors. "Бадаев, Алексей Егорович." Wikipedia (Russian). '
                    "https://ru.wikipedia.org/wiki/Бадаев. Accessed via http://wiki-org.ru/wiki/Бадаев, "
                    "December 8, 2026."),
    (Style.MLA, 'Wikipedia contributors. "Бадаев, Алексей Егорович." Wikipedia (Russian), '
                "https://ru.wikipedia.org/wiki/Бадаев. Accessed via http://wiki-org.ru/wiki/Бадаев, 8 Dec. 2026."),
    (Style.APA, "Wikipedia contributors. (n.d.). Бадаев, Алексей Егорович. Wikipedia (Russian). "
                "https://ru.wikipedia.org/wiki/Бадаев (accessed via http://wiki-org.ru/wiki/Бадаев, "
                "December 8, 2026)"),
    (Style.GOST, "Wikipedia contributors. Бадаев, Алексей Егорович // Wikipedia (Russian). – URL: "
                 "https://ru.wikipedia.org/wiki/Бадаев. – Режим доступа: http://wiki-org.ru/wiki/Бадаев "
                 "(дата обращения: 08.12.2026)."),
])
def test_a_work_read_at_a_mirror_cites_the_work_and_the_copy(style: Style, expected: str) -> None:
    assert cite_source(WIKI_COPY, style, ACCESSED) == expected


@pytest.mark.parametrize(("style", "expected"), [
    (Style.CHICAGO, 'A. Author. "An Example Book." Example Press, 1990. '
                    "Accessed via https://www.rulit.me/books/x.html."),
    (Style.MLA, 'A. Author. "An Example Book." Example Press, 1990. '
                "Accessed via https://www.rulit.me/books/x.html."),
    (Style.APA, "A. Author. (1990). An Example Book. Example Press. "
                "(accessed via https://www.rulit.me/books/x.html)"),
    (Style.GOST, "A. Author. An Example Book // Example Press. – 1990. – "
                 "Режим доступа: https://www.rulit.me/books/x.html."),
])
def test_a_book_read_at_a_copy_without_a_date_of_access(style: Style, expected: str) -> None:
    assert cite_source(BOOK_COPY, style) == expected
