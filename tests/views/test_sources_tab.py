"""The Bibliography tab on the bundled dataset: every source listed, a source's page names the records citing it,
person pages link to their sources, and the kiosk hides the tab."""

from __future__ import annotations

import pytest

from purges_desktop import locations
from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.bibliography import CitingKind
from purges_desktop.domain.links import VIEW_ORDER, Kind, Location, link_to
from purges_desktop.storage.kiosk_config import load_kiosk_settings
from purges_desktop.views.tabs import TABS


@pytest.fixture
def window(bundled_window):
    return bundled_window


def _sources(window):
    return window.tabs.tab(Kind.SOURCES)


def test_the_bibliography_is_the_last_tab_and_lists_every_source(window) -> None:
    assert window.nav.open("sources")
    assert window.tabs.currentIndex() == VIEW_ORDER.index(Kind.SOURCES) == len(TABS) - 1
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Bibliography"
    tab = _sources(window)
    assert tab.model.rowCount() == tab.model.total() == len(window.data.dataset.sources) > 1000
    text = tab.detail.page_text()
    assert f"{len(window.data.dataset.sources):,} sources, by kind:" in text
    assert "encyclopedia:" in text and "archive document:" in text and "scholarly work:" in text


def test_a_source_page_shows_the_work_its_citations_and_the_records_citing_it(window) -> None:
    ds = window.data.dataset
    source_id = ds.people["bukharin"].sources[0].source
    source = ds.sources[source_id]
    assert window.nav.open(link_to(Kind.SOURCE, source_id))
    tab = _sources(window)
    assert window.tabs.current_tab() is tab and tab.current == source_id
    assert tab.model.row_id(tab.table.currentIndex().row()) == source_id
    text = tab.detail.page_text()
    assert source.title in text and source.url in text
    assert "Chicago (17th ed.)" in text and "GOST R 7.0.100-2018" in text and "дата обращения" in text
    assert "People" in text and ds.people["bukharin"].name.get("en") in text
    html = tab.detail.toHtml()
    assert 'href="person/bukharin"' in html
    assert f'href="{source.url}"' not in html, "the address is text, never a link"
    tab.detail.anchorClicked.emit(_url("person/bukharin"))
    assert window.people.current_person() == "bukharin"


def _url(text: str):
    from PySide6.QtCore import QUrl

    return QUrl(text)


def test_a_page_lists_its_records_by_kind_with_links_to_where_they_are_shown(window) -> None:
    ds = window.data.dataset
    source_id, found = next((sid, found) for sid, found in ds.cited_by.items()
                            if any(c.what is CitingKind.MEMBERSHIP for c in found))
    window.nav.open(link_to(Kind.SOURCE, source_id))
    tab = _sources(window)
    membership = next(c for c in found if c.what is CitingKind.MEMBERSHIP)
    assert "Posts" in tab.detail.page_text()
    assert ds.bodies[membership.other].label("en") in tab.detail.page_text()
    assert f'href="person/{membership.record_id}"' in tab.detail.toHtml()


def test_a_person_pages_source_list_links_to_the_source_page(window, qtbot) -> None:
    ds = window.data.dataset
    source_id = ds.people["bukharin"].sources[0].source
    window.nav.open("person/bukharin")
    assert f'href="source/{source_id}"' in window.people.detail.toHtml()
    window.people.detail.anchorClicked.emit(_url(f"source/{source_id}"))
    tab = _sources(window)
    assert window.tabs.current_tab() is tab and tab.current == source_id
    assert ds.sources[source_id].title in tab.detail.page_text()
    window.nav.back()
    assert window.tabs.current_tab() is window.people


def test_an_unknown_source_is_not_shown(window) -> None:
    window.nav.open("sources")
    tab = _sources(window)
    assert not window.tabs.show_location(Location(Kind.SOURCE, "no-such-source"))
    assert tab.current == ""
    assert "sources, by kind:" in tab.detail.page_text()


def test_the_search_narrows_the_list_and_a_link_clears_it(window) -> None:
    ds = window.data.dataset
    window.nav.open("sources")
    tab = _sources(window)
    tab.search.setText("Bukharin")
    shown = {tab.model.row_id(i) for i in range(tab.model.rowCount())}
    assert 0 < len(shown) < len(ds.sources)
    assert all("bukharin" in f"{ds.sources[s].title} {ds.sources[s].author} {s}".casefold() for s in shown)
    assert tab.count_label.text() == f"{len(shown):,} of {len(ds.sources):,} sources"
    hidden = next(s for s in ds.sources if s not in shown)
    assert window.nav.open(link_to(Kind.SOURCE, hidden))
    assert tab.search.text() == "" and tab.current == hidden
    tab.search.setText("Bukharin")
    tab.reset()
    assert tab.search.text() == "" and tab.model.rowCount() == len(ds.sources)


def test_the_tab_speaks_russian(window) -> None:
    ds = window.data.dataset
    source_id = ds.people["bukharin"].sources[0].source
    window.nav.open(link_to(Kind.SOURCE, source_id))
    window.language.set("ru")
    tab = _sources(window)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Библиография"
    assert tab.model.headerData(0, _horizontal()) == "Название"
    text = tab.detail.page_text()
    assert "На него ссылаются" in text and "Люди" in text
    assert ds.people["bukharin"].name.get("ru") in text


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_bundled_kiosk_settings_hide_the_bibliography(qtbot, language) -> None:
    from purges_desktop.views.kiosk_shell import KioskShell

    settings, problems = load_kiosk_settings(locations.resource_path("kiosk.yaml"))
    assert not problems
    assert settings.hidden_views == ("sources",)
    shell = KioskShell(Navigation(), language, settings)
    qtbot.addWidget(shell)
    index = VIEW_ORDER.index(Kind.SOURCES)
    assert not shell.tabs.isTabVisible(index)
    assert all(shell.tabs.isTabVisible(i) for i in range(index))
