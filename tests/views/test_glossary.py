"""The glossary as a reader meets it: the first mention of a term on a record page is a link; touching it shows the
definition in place (both languages), with "More" leading to the Glossary tab; the escaping of the page holds and no
link is nested in another. And the Glossary tab itself, with its deep links."""

from __future__ import annotations

import re
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.dataset import Dataset, Records
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.links import Kind, Location
from purges_desktop.domain.model import Category, Event, Figure, Person, SourceRef, Term, Trial
from purges_desktop.domain.text import LocalizedText
from purges_desktop.views.glossary_tab import GlossaryTab
from purges_desktop.views.main_window import MainWindow
from purges_desktop.views.number_pages import figure_cards
from purges_desktop.views.pages import event_page, person_page, trial_page
from purges_desktop.views.safe import LinkBrowser
from purges_desktop.views.term_popup import TOUCH_PX


@pytest.fixture
def window(qtbot, guided_data, language):
    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.set_data(guided_data)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def anchor_point(qtbot, browser: LinkBrowser, href: str) -> QPoint:
    """The middle of the first link to ``href`` on the browser's page, in viewport coordinates (scrolled into view),
    once the page is laid out on screen."""
    qtbot.waitUntil(lambda: browser.isVisible() and browser.viewport().width() > 200)
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the page")


def _click(qtbot, browser: LinkBrowser, href: str) -> None:
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(qtbot, browser, href))


def _links(html: str, href: str) -> int:
    return html.count(f'href="{href}"')


def test_the_first_mention_of_each_term_on_a_person_page_is_a_link(window) -> None:
    assert window.nav.open("person/yezhov")
    html = window.people.detail.toHtml()
    assert _links(html, "term/nkvd") == 1 and _links(html, "term/great-terror") == 1
    assert _links(html, "term/troika") == 0, "a term the page does not mention is not linked"
    text = window.people.detail.page_text()
    assert "Head of the NKVD at the height of the Great Terror." in text, "the text reads as before"


def test_clicking_a_term_shows_its_definition_in_place_in_both_languages(window, qtbot, language) -> None:
    assert window.nav.open("person/yezhov")
    browser = window.people.detail
    _click(qtbot, browser, "term/nkvd")
    popup = browser.term_popup
    assert browser.popup_shown() and popup.parentWidget() is browser and not popup.isWindow()
    assert popup.title.text() == "NKVD"
    assert popup.definition.text() == ("The People's Commissariat for Internal Affairs, the Soviet ministry of the "
                                       "police.")
    assert window.nav.current == Location(Kind.PERSON, "yezhov"), "no navigation away"
    assert browser.rect().contains(popup.geometry()), "the definition stays inside the page"
    assert popup.close_button.width() >= TOUCH_PX and popup.close_button.height() >= TOUCH_PX
    qtbot.mouseClick(popup.close_button, Qt.MouseButton.LeftButton)
    assert not browser.popup_shown()
    language.set("ru")
    html = browser.toHtml()
    assert _links(html, "term/great-terror") == 1 and "Большого террора" in browser.page_text()
    _click(qtbot, browser, "term/great-terror")
    assert browser.popup_shown()
    assert popup.title.text() == "Большой террор"
    assert popup.definition.text() == "Массовые аресты и расстрелы 1937–1938 годов."
    assert popup.more_button.text() == "Подробнее в словаре"
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not browser.popup_shown()


def test_more_opens_the_term_in_the_glossary_and_a_touch_elsewhere_closes_it(window, qtbot) -> None:
    assert window.nav.open("person/yezhov")
    browser = window.people.detail
    _click(qtbot, browser, "term/nkvd")
    assert browser.popup_shown()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not browser.popup_shown()
    _click(qtbot, browser, "term/nkvd")
    qtbot.mouseClick(browser.term_popup.more_button, Qt.MouseButton.LeftButton)
    assert window.nav.current == Location(Kind.TERM, "nkvd")
    glossary = cast("GlossaryTab", window.tabs.tab(Kind.GLOSSARY))
    assert window.tabs.current_tab() is glossary and glossary.current == "nkvd"
    text = glossary.detail.page_text()
    assert "NKVD" in text and "НКВД" in text and "the Soviet ministry of the police" in text
    assert "See also" in text and "People's Commissariat for Internal Affairs" in text
    assert _links(glossary.detail.toHtml(), "body/nkvd") == 1 and "Sources" in text


def test_the_glossary_lists_every_term_a_to_z_and_searches_them(window, qtbot) -> None:
    assert window.nav.open("glossary")
    glossary = cast("GlossaryTab", window.tabs.tab(Kind.GLOSSARY))
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Glossary"
    assert [glossary.model.row_id(r) for r in range(glossary.model.rowCount())] == ["great-terror", "nkvd", "troika"]
    html = glossary.detail.toHtml()
    assert all(_links(html, f"term/{t}") == 1 for t in ("great-terror", "nkvd", "troika"))
    glossary.search.setText("тройкой")  # a Russian case form (QTest types ASCII only)
    assert [glossary.model.row_id(r) for r in range(glossary.model.rowCount())] == ["troika"]
    assert glossary.count_label.text() == "1 of 3 terms"
    assert window.nav.open("term/great-terror") and glossary.current == "great-terror"
    assert glossary.search.text() == "", "a search hiding the term is emptied"
    assert not window.tabs.show_location(Location(Kind.TERM, "no-such-term"))
    glossary.reset()
    assert glossary.current == "" and "Words of the period" in glossary.detail.page_text()


def _ds(**records) -> Dataset:
    return Dataset(Records(**records))


NKVD = Term("nkvd", LocalizedText.of("NKVD", "НКВД"), definition=LocalizedText.of("Police.", "Полиция."))
TROIKA = Term("troika", LocalizedText.of("troika", "тройка"), forms_ru=("тройки", "тройкой"),
              definition=LocalizedText.of("Three.", "Трое."))
AMP = Term("amp", LocalizedText.of("R&D"), definition=LocalizedText.of("x"))


def test_linking_keeps_the_escaping_and_never_nests_links(qapp) -> None:
    person = Person("p", LocalizedText.of("<b>NKVD</b> man"), occupation=LocalizedText.of("Officer of the <i>NKVD</i>"),
                    bio=LocalizedText.of("<script>NKVD</script> & R&D; a troika & the NKVD again.",
                                         "Приговор тройкой НКВД."), sources=(SourceRef("s"),))
    event = Event("e", PartialDate(1937), Category.SECRET_POLICE, LocalizedText.of("The NKVD acts"),
                  summary=LocalizedText.of("A troika of the NKVD."), people=("p",))
    ds = _ds(people=(person,), events=(event,), terms=(NKVD, TROIKA, AMP))
    html = person_page(ds, person, "en")
    assert "<b>NKVD</b>" not in html and "&lt;b&gt;NKVD&lt;/b&gt; man" in html, "a name is shown as text"
    assert "&lt;i&gt;" in html and "&lt;script&gt;" in html and "<script>" not in html
    assert html.count('href="term/nkvd"') == 1
    assert 'Officer of the &lt;i&gt;<a href="term/nkvd">NKVD</a>&lt;/i&gt;' in html, "the first mention, escaped"
    assert '<a href="term/amp">R&amp;D</a>' in html and html.count('href="term/troika"') == 1
    assert not re.search(r"<a [^>]*>(?:(?!</a>).)*<a ", html), "no link inside another link"
    assert '<a href="event/e">The NKVD acts</a>' in html, "a title inside a link stays as it is"
    ru = person_page(ds, person, "ru")
    assert '<a href="term/troika">тройкой</a> <a href="term/nkvd">НКВД</a>' in ru
    ev = event_page(ds, "e", "en")
    assert "<h2>The NKVD acts</h2>" in ev
    assert '<a href="term/troika">troika</a> of the <a href="term/nkvd">NKVD</a>' in ev


def test_trial_pages_and_figure_cards_link_their_terms_too(qapp) -> None:
    trial = Trial("t", LocalizedText.of("Trial"), charges=LocalizedText.of("Plotting against the NKVD."),
                  summary=LocalizedText.of("The NKVD prepared it."))
    ds = _ds(trials=(trial,), terms=(NKVD,))
    html = trial_page(ds, trial, "en")
    # The summary leads the page, so the first mention, and the link, is there.
    assert html.count('href="term/nkvd"') == 1 and 'The <a href="term/nkvd">NKVD</a> prepared it' in html
    figure = Figure("f", LocalizedText.of("Shot"), 1, LocalizedText.of("people shot by the NKVD"))
    from purges_desktop.views.pages import TermLinks

    cards = figure_cards([figure], "en", 1, TermLinks(ds, "en"))
    assert 'shot by the <a href="term/nkvd">NKVD</a>' in cards
    assert "href=\"term/" not in figure_cards([figure], "en", 1), "without a glossary, no links"


def test_a_term_link_without_a_known_term_is_handed_to_the_navigation(qtbot) -> None:
    browser = LinkBrowser()
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.link_activated) as blocker:
        browser.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("term/nkvd"))
    assert blocker.args == ["term/nkvd"] and not browser.popup_shown()


def test_the_kiosk_popup_has_a_large_close_button_and_the_reset_closes_it(qtbot, guided_data, language) -> None:
    from purges_desktop.domain.kiosk import KioskSettings
    from purges_desktop.views.kiosk_shell import KioskShell

    nav = Navigation()
    shell = KioskShell(nav, language, KioskSettings())
    qtbot.addWidget(shell)
    shell.tabs.set_data(guided_data)
    shell.resize(1920, 1080)
    shell.show_explore()
    shell.show()
    qtbot.waitExposed(shell)
    assert nav.open("person/yezhov")
    browser = shell.tabs.people.detail
    _click(qtbot, browser, "term/great-terror")
    popup = browser.term_popup
    assert browser.popup_shown() and popup.title.text() == "Great Terror"
    assert min(popup.close_button.width(), popup.close_button.height()) >= TOUCH_PX
    assert min(popup.more_button.height(), popup.more_button.width()) >= TOUCH_PX
    shell.reset_to_start()
    assert not browser.popup_shown()


def test_the_screenshot_command_can_show_a_definition_over_the_page(guided_dir, tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    main = Path(__file__).resolve().parents[2] / "main.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "shots"
    args = [sys.executable, str(main), "screenshot", "--data", str(guided_dir), "--out", str(out), "--size", "1024x700"]
    shot = subprocess.run([*args, "--open", "person/yezhov", "--term", "nkvd"], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert [p.name for p in out.glob("*.png")] == ["person-yezhov-term-nkvd-en-1024x700.png"]
    assert "no link to term" not in shot.stderr
    missing = subprocess.run([*args, "--open", "person/beria", "--term", "nkvd"], env=env, capture_output=True,
                             text=True, timeout=120, check=False)
    assert "the page of person/beria has no link to term/nkvd" in missing.stderr
