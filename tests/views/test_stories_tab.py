"""The Stories tab as a visitor uses it: the list of stories, a story read from its first card to its last and back
with the buttons and the arrow keys, the Open button going through the navigation, deep links, the Stories menu of
the study window, and the kiosk's idle reset."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt

from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.kiosk import KioskSettings
from purges_desktop.domain.links import Kind, Location
from purges_desktop.views.main_window import MainWindow
from purges_desktop.views.stories_tab import TOUCH_PX, StoriesTab, story_html


@pytest.fixture
def window(qtbot, guided_data, language):
    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.set_data(guided_data)
    win.resize(1366, 768)
    win.show()
    return win


def _stories(window) -> StoriesTab:
    return cast("StoriesTab", window.tabs.tab(Kind.STORIES))


def test_the_list_shows_a_tile_per_story_with_its_summary_and_card_count(window, qtbot) -> None:
    assert window.nav.open("stories")
    tab = _stories(window)
    assert window.tabs.current_tab() is tab and tab.stack.currentWidget() is tab.list_page
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Stories"
    [tile] = tab.tiles
    assert tile.title.text() == "Three heads of the NKVD"
    assert tile.summary.text() == "Yagoda, Yezhov and Beria in five steps."
    assert tile.count.text() == "Cards: 5"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.nav.current == Location(Kind.STORY, "nkvd-chiefs")
    assert tab.stack.currentWidget() is tab.reader and tab.card == 0


def test_a_story_is_read_from_first_card_to_last_and_back_with_the_buttons(window, qtbot) -> None:
    assert window.nav.open("story/nkvd-chiefs")
    tab = _stories(window)
    assert tab.card_title.text() == "Yagoda" and tab.progress.text() == "1 / 5"
    assert tab.card_text.text() == "Genrikh Yagoda headed the NKVD from 1934 to 1936."
    assert not tab.back_button.isEnabled() and tab.next_button.isEnabled()
    titles = [tab.card_title.text()]
    for _ in range(4):
        qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
        titles.append(tab.card_title.text())
    assert titles == ["Yagoda", "The first Moscow trial", "Yezhov replaces Yagoda", "What was the NKVD?", "Beria"]
    assert tab.progress.text() == "5 / 5" and not tab.next_button.isEnabled() and tab.back_button.isEnabled()
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert tab.card == 4
    for _ in range(4):
        qtbot.mouseClick(tab.back_button, Qt.MouseButton.LeftButton)
    assert tab.card == 0 and tab.progress.text() == "1 / 5"
    for button in (tab.back_button, tab.next_button, tab.open_button, tab.all_button):
        assert button.height() >= TOUCH_PX, button.text()
    qtbot.mouseClick(tab.all_button, Qt.MouseButton.LeftButton)
    assert window.nav.current == Location(Kind.STORIES) and tab.stack.currentWidget() is tab.list_page


def test_the_arrow_keys_turn_the_cards(window, qtbot) -> None:
    assert window.nav.open("story/nkvd-chiefs")
    tab = _stories(window)
    qtbot.keyClick(tab.reader, Qt.Key.Key_Right)
    qtbot.keyClick(tab.reader, Qt.Key.Key_Right)
    assert tab.card == 2 and tab.progress.text() == "3 / 5"
    qtbot.keyClick(tab.next_button, Qt.Key.Key_Right)  # a button has the focus: the key still turns the card
    assert tab.card == 3
    for _ in range(6):
        qtbot.keyClick(tab.reader, Qt.Key.Key_Right)
    assert tab.card == 4
    for _ in range(6):
        qtbot.keyClick(tab.reader, Qt.Key.Key_Left)
    assert tab.card == 0


def test_open_follows_the_card_link_and_back_returns_to_the_same_card(window, qtbot) -> None:
    assert window.nav.open("story/nkvd-chiefs")
    tab = _stories(window)
    assert tab.open_button.text() == "Open: Genrikh Yagoda"
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert window.nav.current == Location(Kind.PERSON, "yagoda")
    assert window.tabs.current_tab() is window.people and window.people.current_person() == "yagoda"
    window.nav.back()
    assert window.tabs.current_tab() is tab and tab.card == 0
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.open_button.text() == "Open: Yezhov replaces Yagoda at the head of the NKVD"
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert window.nav.current == Location(Kind.EVENT, "yezhov-appointed")
    window.nav.back()
    assert tab.card == 2, "Back after Open returns to the card the reader was on"
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert window.nav.current == Location(Kind.TERM, "nkvd")
    assert window.tabs.current_tab() is window.tabs.tab(Kind.GLOSSARY)


def test_deep_links_open_a_story_at_its_first_card_and_refuse_unknown_ones(window) -> None:
    tab = _stories(window)
    assert window.nav.open("story/nkvd-chiefs")
    tab.next_card()
    assert window.nav.open("stories") and window.nav.open("story/nkvd-chiefs")
    assert tab.card == 0, "a story opened from the list starts at its first card"
    assert not window.tabs.show_location(Location(Kind.STORY, "no-such-story"))


def test_the_stories_menu_lists_each_story_and_opens_it(window, language) -> None:
    menu = window.stories_menu
    assert menu.title() == "&Stories"
    assert [a.text() for a in window.story_actions] == ["Three heads of the NKVD"]
    window.story_actions[0].trigger()
    assert window.nav.current == Location(Kind.STORY, "nkvd-chiefs")
    assert _stories(window).card_title.text() == "Yagoda"
    window.all_stories_action.trigger()
    assert window.nav.current == Location(Kind.STORIES)
    language.set("ru")
    assert [a.text() for a in window.story_actions] == ["Три наркома внутренних дел"]
    assert menu.title() == "&Истории"


def test_russian_cards_and_the_printable_story(window, language) -> None:
    assert window.nav.open("story/nkvd-chiefs")
    tab = _stories(window)
    tab.next_card()
    language.set("ru")
    assert tab.card == 1 and tab.card_title.text() == "Первый московский процесс"
    assert tab.next_button.text() == "Далее ›" and tab.progress.text() == "2 / 5"
    assert tab.open_button.text() == "Открыть: Процесс антисоветского объединённого троцкистско-зиновьевского центра"
    text = tab.printable().toPlainText()
    assert "Три наркома внутренних дел" in text and "5. Берия" in text and "Genrikh Yagoda" in text
    html = story_html(window.data.dataset, tab.story, "en")
    assert html.count("<h3>") == 5 + 1, "five cards and the sources"


def test_the_kiosk_reaches_stories_and_the_idle_reset_returns_to_the_list(qtbot, guided_data, language) -> None:
    from purges_desktop.views.kiosk_shell import KioskShell

    nav = Navigation()
    shell = KioskShell(nav, language, KioskSettings())
    qtbot.addWidget(shell)
    shell.tabs.set_data(guided_data)
    shell.resize(1920, 1080)
    shell.show_explore()
    shell.show()
    assert nav.open("story/nkvd-chiefs")
    tab = cast("StoriesTab", shell.tabs.tab(Kind.STORIES))
    assert shell.tabs.current_tab() is tab and tab.stack.currentWidget() is tab.reader
    tab.next_card()
    for button in (tab.back_button, tab.next_button, tab.open_button):
        assert button.height() >= TOUCH_PX and button.width() >= TOUCH_PX
    shell.reset_to_start()
    assert tab.story is None and tab.stack.currentWidget() is tab.list_page
    assert nav.open("stories") and shell.tabs.current_tab() is tab
