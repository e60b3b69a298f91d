"""The study window's one search: Ctrl+K focuses it, typing shows grouped results of every kind, the keys move and
open, Esc closes; and the pages' right-click menu (copy, cite, print, cite a source)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from purges_desktop.domain.citation import Style, cite_source
from purges_desktop.domain.links import Kind
from purges_desktop.views.page_menu import page_menu, source_under


@pytest.fixture
def window(bundled_window, qtbot):
    bundled_window.show()
    qtbot.waitExposed(bundled_window)
    bundled_window.activateWindow()
    return bundled_window


def _type(qtbot, window, text: str) -> None:
    window.search.activate()
    window.search.clear()
    qtbot.keyClicks(window.search, text)


def test_ctrl_k_focuses_the_search_field(window, qtbot) -> None:
    window.people.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.people.search)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


@pytest.mark.parametrize(("query", "heading", "link"), [
    ("Bucharin", "People (1)", "person/bukharin"),  # a person by a misspelling
    ("Kirov is shot", "Events", "event/kirov-murder"),  # an event by words of its title
    ("Twenty-One", "Trials", "trial/trial-1938"),
    ("OGPU", "Organs", "body/ogpu"),  # an organ by its short name
    ("No. 3", "Stalin's lists", "list/list-3"),  # a list by Memorial's number
    ("Iosif Vareikis", "Sources", "source/wp-en-iosif-vareikis"),  # a source by its title
])
def test_typing_shows_grouped_results_and_enter_opens_the_first(window, qtbot, query: str, heading: str,
                                                                link: str) -> None:
    _type(qtbot, window, query)
    results = window.search.results
    assert results.isVisible()
    assert any(h.startswith(heading) for h in results.headings()), results.headings()
    assert link in results.result_links()
    # Enter opens the first result of all.
    first = results.result_links()[0]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.nav.current is not None and window.nav.current.uri() == first
    assert not results.isVisible() and window.search.text() == ""


def test_enter_on_a_person_opens_the_page_in_the_people_tab(window, qtbot) -> None:
    _type(qtbot, window, "Jeschow")
    assert window.search.results.headings()[0] == "People (1)"
    qtbot.keyClick(window.search, Qt.Key.Key_Enter)
    assert window.tabs.current_tab() is window.people and window.people.current_person() == "yezhov"


def test_arrows_move_over_the_headings_and_enter_opens_the_selected_result(window, qtbot) -> None:
    _type(qtbot, window, "NKVD")
    links = window.search.results.result_links()
    assert links[0] == "body/nkvd" and len(links) > 3
    for _ in range(3):
        qtbot.keyClick(window.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.search, Qt.Key.Key_Up)
    assert window.search.results.current_link() == links[1]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.nav.current.uri() == links[1]


def test_escape_closes_the_results_then_empties_the_field(window, qtbot) -> None:
    _type(qtbot, window, "Yagoda")
    assert window.search.results.isVisible()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.search.results.isVisible() and window.search.text() == "Yagoda"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""


def test_a_deep_link_typed_in_opens_its_page(window, qtbot) -> None:
    _type(qtbot, window, "trial/trial-1937")
    assert window.search.results.headings()[0] == "Open link (1)"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.nav.current.uri() == "trial/trial-1937"
    assert window.tabs.current_tab() is window.trials


def test_a_long_group_says_how_many_it_shows(window, qtbot) -> None:
    _type(qtbot, window, "NKVD")
    sources = next(h for h in window.search.results.headings() if h.startswith("Sources"))
    total = next(g.total for g in window.data.global_index.search("NKVD") if g.kind == "source")
    assert sources == f"Sources (5 of {total})"
    _type(qtbot, window, "zzzqqq")
    assert window.search.results.headings() == ["Nothing found"]


def test_results_follow_a_language_switch(window, qtbot, language) -> None:
    _type(qtbot, window, "Bucharin")
    language.set("ru")
    assert window.search.results.headings()[0] == "Люди (1)"
    assert window.search.results.list.item(1).text() == "Николай Иванович Бухарин"


# ---- the right-click menu of a page


def _texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _source_link_position(browser) -> tuple[QPoint, str]:
    """The viewport position of the first link to a source on the page, and the source's id."""
    doc = browser.document()
    cursor = QTextCursor(doc)
    for pos in range(doc.characterCount() - 2):
        cursor.setPosition(pos + 1)
        href = cursor.charFormat().anchorHref()
        if href.startswith("source/"):
            cursor.setPosition(pos + 2)
            browser.setTextCursor(cursor)
            browser.ensureCursorVisible()
            rect = browser.cursorRect(cursor)
            return QPoint(rect.left() - 2, rect.center().y()), href.removeprefix("source/")
    raise AssertionError("no source link on the page")


def test_the_page_menu_offers_copy_link_cite_and_print(window) -> None:
    window.nav.open("person/bukharin")
    browser = window.people.detail
    menu = page_menu(browser, QPoint(5, 5))
    assert _texts(menu) == ["Copy", "Select All", "Copy link", "Cite this page", "Print…"]
    cite = next(a for a in menu.actions() if a.text() == "Cite this page").menu()
    assert [a.text() for a in cite.actions()] == ["Chicago (17th ed.)", "MLA (9th ed.)", "APA (7th ed.)",
                                                  "GOST R 7.0.100-2018"]
    cite.actions()[0].trigger()
    assert QGuiApplication.clipboard().text().startswith('"Nikolai Bukharin." Purges Desktop')
    next(a for a in menu.actions() if a.text() == "Copy link").trigger()
    assert QGuiApplication.clipboard().text() == "person/bukharin"
    menu.deleteLater()


def test_a_source_in_a_pages_list_of_sources_is_cited_from_its_menu(window, qtbot) -> None:
    window.nav.open("person/bukharin")
    browser = window.people.detail
    qtbot.waitUntil(browser.isVisible)
    pos, source_id = _source_link_position(browser)
    assert source_under(browser, pos) == source_id
    menu = page_menu(browser, pos)
    assert "Cite this source" in _texts(menu)
    styles = next(a for a in menu.actions() if a.text() == "Cite this source").menu()
    next(a for a in styles.actions() if a.data() == Style.APA.value).trigger()
    source = window.data.dataset.sources[source_id]
    assert QGuiApplication.clipboard().text() == cite_source(source, Style.APA, dt.date.today())
    menu.deleteLater()
    assert "Cite this source" not in _texts(page_menu(browser, QPoint(3, 3)))


def test_a_sources_own_page_offers_to_cite_the_source(window) -> None:
    window.nav.open("source/wp-en-iosif-vareikis")
    browser = window.tabs.tab(Kind.SOURCES).detail
    menu = page_menu(browser, QPoint(3, 3))
    styles = next(a for a in menu.actions() if a.text() == "Cite this source").menu()
    next(a for a in styles.actions() if a.data() == Style.GOST.value).trigger()
    assert QGuiApplication.clipboard().text().startswith("Wikipedia contributors. Iosif Vareikis // Wikipedia. – URL:")
    assert "Iosif Vareikis" in window.statusBar().currentMessage()
