"""The window as a user drives it: tabs with real data, search, links, history, problems, no HTML injection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from purges_desktop.application.dataset_controller import load_data
from purges_desktop.application.language import Language
from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.links import parse_uri
from purges_desktop.views.main_window import MainWindow
from tests.edits import replace_in


@pytest.fixture
def window(qtbot, tiny_data, language):
    nav = Navigation()
    win = MainWindow(nav, language)
    qtbot.addWidget(win)
    win.set_data(tiny_data)
    win.show()
    return win


def test_every_tab_shows_real_data(window) -> None:
    assert window.people.model.rowCount() == 5
    assert window.trials.model.rowCount() == 1
    assert window.timeline.model.rowCount() == 2
    window.organization.set_date(window.organization.date().fromString("1937-06-01", "yyyy-MM-dd"))
    assert "yezhov" in [m.person for _, m in window.organization.canvas.cards()]
    assert window.people.count_label.text() == "5 of 5 people"


def test_search_as_you_type_forgives_spelling(window, qtbot) -> None:
    tab = window.people
    qtbot.keyClicks(tab.search, "Jeschow")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.person_id(0) == "yezhov"
    assert tab.count_label.text() == "1 of 5 people"
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    assert tab.search.text() == ""


def test_filters_combine_and_clear_in_one_action(window) -> None:
    tab = window.people
    tab.trial_box.setCurrentIndex(tab.trial_box.findData("trial-1936"))
    assert tab.model.rowCount() == 2
    tab.fate_box.setCurrentIndex(tab.fate_box.findData("natural_death"))
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == "0 of 5 people"
    tab.clear_button.click()
    assert tab.model.rowCount() == 5


def test_links_navigate_between_tabs_and_history_goes_back(window, qtbot) -> None:
    nav = window.nav
    nav.open("person/zinoviev")
    assert window.tabs.current_tab() is window.people
    assert "First Moscow Trial" in window.people.detail.page_text()
    window.people.detail.link_activated.emit("trial/trial-1936")
    assert window.tabs.current_tab() is window.trials
    assert "Grigory Zinoviev" in window.trials.detail.page_text()
    window.trials.detail.link_activated.emit("event/trial-1936-verdict")
    assert window.tabs.current_tab() is window.timeline
    window.back_action.trigger()
    assert window.tabs.current_tab() is window.trials
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.tabs.current_tab(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.people.current_person() == "zinoviev"
    assert window.tabs.current_tab() is window.people
    window.forward_action.trigger()
    assert window.tabs.current_tab() is window.trials


def test_choosing_a_row_opens_the_person(window) -> None:
    tab = window.people
    tab.table.selectRow(tab.model.row_of("beria"))
    assert window.nav.current == parse_uri("person/beria")
    assert "Lavrentiy Beria" in tab.detail.page_text()


def test_html_in_data_is_shown_as_text(qtbot, tiny_dir: Path) -> None:
    win = _edited_window(qtbot, tiny_dir, "people.yaml", "Head of the NKVD at the height of the Great Terror.",
                         '<img src=\\"file:///etc/passwd\\"><b>bold</b> & <a href=\\"https://example.org\\">x</a>',
                         "person/yezhov")
    text = win.people.detail.page_text()
    assert '<img src="file:///etc/passwd"><b>bold</b> & <a href="https://example.org">x</a>' in text
    assert not win.problems_button.isHidden()  # the status bar offers the problems (the window is not shown)
    assert "warning" in win.problems_button.text()


def test_unknown_links_are_ignored(window) -> None:
    assert not window.nav.open("https://example.org")
    assert not window.nav.open("file:///etc/passwd")
    assert window.nav.open("body/nkvd@1937-06-01")
    assert window.tabs.current_tab() is window.organization
    assert window.organization.date().toString("yyyy-MM-dd") == "1937-06-01"


def test_language_switch_shows_data_in_russian(window) -> None:
    window.nav.open("person/yezhov")
    window.language.set("ru")
    assert "Николай Иванович Ежов" in window.people.detail.page_text()
    assert window.people.model.index(window.people.model.row_of("yezhov"), 0).data() == "Николай Иванович Ежов"


def test_every_control_has_an_accessible_name_or_text(window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView, QTextBrowser

    nameless = []
    for cls in (QAbstractButton, QComboBox, QLineEdit, QTableView, QTextBrowser):
        for w in window.findChildren(cls):
            text = w.text() if isinstance(w, QAbstractButton) else ""
            if not (w.accessibleName() or text) and w.isVisibleTo(window) and not w.objectName().startswith("qt_"):
                nameless.append(f"{cls.__name__} {w.objectName()}")
    assert not nameless, nameless


def test_a_repression_step_cites_its_own_source(qtbot, tiny_dir: Path, language) -> None:
    people = tiny_dir / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "      - {type: arrest, date: 1939-04-10}",
        "      - {type: arrest, date: 1939-04-10, sources: [wp-en-lavrentiy-beria]}"), encoding="utf-8")
    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.set_data(load_data(tiny_dir))
    win.nav.open("person/yezhov")
    text = win.people.detail.page_text()
    assert "Arrested [2]" in text
    assert "Lavrentiy Beria" in text.split("Sources")[-1]


def _edited_window(qtbot, folder: Path, file: str, old: str, new: str, uri: str) -> MainWindow:
    """A window on a copy of the tiny dataset with one edit, opened at ``uri``."""
    replace_in(folder, file, old, new)
    win = MainWindow(Navigation(), Language())
    qtbot.addWidget(win)
    win.set_data(load_data(folder))
    win.nav.open(uri)
    return win


def test_the_trial_page_says_how_each_defendant_died(qtbot, tiny_dir: Path) -> None:
    win = _edited_window(
        qtbot, tiny_dir, "trials.yaml",
        "      - person: kamenev\n        sentence: {kind: death, date: 1936-08-24}\n        executed: 1936-08-25\n",
        "      - person: kamenev\n        sentence: {kind: prison, years: 10, date: 1936-08-24}\n"
        "        died_in_custody: 1941-09-11\n", "trial/trial-1936")
    text = win.trials.detail.page_text()
    assert "Death\nshot 25 August 1936" in text
    # Shot later without a new sentence: the page follows the person's fate, not a neutral "died".
    assert "Prison (10 years)\nshot 11 September 1941" in text


def test_a_post_with_an_unknown_end_says_so(qtbot, tiny_dir: Path) -> None:
    win = _edited_window(
        qtbot, tiny_dir, "bodies.yaml", "  - {person: beria, body: nkvd, role: head,",
        "  - {person: beria, body: nkvd, role: deputy, from: 1937-03, to: unknown, sources: [wp-en-nikolai-yezhov]}\n"
        "  - {person: beria, body: nkvd, role: head,", "person/beria")
    assert "March 1937 – ? (end not known)" in win.people.detail.page_text()


def test_a_page_opened_before_the_window_is_shown_starts_at_its_top(qtbot, tiny_data, language) -> None:
    """A deep link at start-up (or in the kiosk) sets the page while the tab is hidden; showing it must not
    scroll to the end (QTextEdit scrolls to its cursor on first show)."""
    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.resize(520, 320)  # small, so the page is longer than the view
    win.set_data(tiny_data)
    win.nav.open("person/yezhov")
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)
    bar = win.people.detail.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == 0


def test_a_content_note_is_labelled_as_one_at_the_top_of_the_page(qtbot, tiny_dir: Path) -> None:
    win = _edited_window(
        qtbot, tiny_dir, "people.yaml", "    aliases: [Ezhov, Jezhov, Jeschow]\n",
        "    aliases: [Ezhov, Jezhov, Jeschow]\n    content_note: {en: Mentions torture., ru: Упоминаются пытки.}\n",
        "person/yezhov")
    text = win.people.detail.page_text()
    assert "Content note: Mentions torture." in text
    assert "Note on the sources: Mentions torture." not in text
    assert text.index("Content note") < text.index("Born")


def test_the_search_box_can_look_in_biographies_too(window, qtbot) -> None:
    tab = window.people
    tab.search.setText("Great Terror")
    tab.apply_filter()
    assert tab.model.rowCount() == 0
    tab.texts_check.setChecked(True)  # runs the search again at once
    assert [tab.model.person_id(r) for r in range(tab.model.rowCount())] == ["yezhov"]
    tab.clear_filters()
    assert not tab.texts_check.isChecked() and tab.model.rowCount() == tab.model.total()
