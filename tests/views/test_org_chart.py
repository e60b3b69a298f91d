"""The organisation chart: cards change with the date, clicks and keys open people, zoom works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from purges_desktop.domain.links import parse_uri
from purges_desktop.views.org_tab import OrgTab


@pytest.fixture
def tab(qtbot, tiny_data, language):
    t = OrgTab(language)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    t.show()
    t.set_data(tiny_data)
    return t


def _people(tab) -> list[str]:
    return [m.person for _, m in tab.canvas.cards()]


def test_the_chart_follows_the_date(tab) -> None:
    tab.set_date(QDate(1935, 6, 1))
    assert _people(tab) == ["yagoda"]
    tab.set_date(QDate(1937, 6, 1))
    assert _people(tab) == ["yezhov"]
    tab.set_date(QDate(1939, 6, 1))
    assert _people(tab) == ["beria"]


def test_clicking_a_card_opens_the_person(tab, qtbot) -> None:
    tab.set_date(QDate(1937, 6, 1))
    card, _ = tab.canvas.cards()[0]
    with qtbot.waitSignal(tab.link_activated) as blocker:
        qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(card.x + 20), int(card.y + 10)))
    assert blocker.args == ["person/yezhov"]


def test_keyboard_reaches_every_card_and_zooms(tab, qtbot) -> None:
    tab.set_date(QDate(1936, 9, 26))  # Yagoda hands over to Yezhov that day: both cards
    assert len(tab.canvas.cards()) == 2
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    first = tab.canvas.focused_person()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    assert {first, tab.canvas.focused_person()} == {"yagoda", "yezhov"}
    with qtbot.waitSignal(tab.link_activated):
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Return)
    width = tab.canvas.cards()[0][0].w
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Plus)
    assert tab.canvas.cards()[0][0].w > width


def test_cards_do_not_move_when_the_date_moves_within_a_tenure(tab) -> None:
    tab.set_date(QDate(1937, 1, 1))
    before = [c for c, _ in tab.canvas.cards()]
    tab.set_date(QDate(1938, 1, 1))
    assert [c for c, _ in tab.canvas.cards()] == before


def test_deep_link_scrolls_to_the_organ_and_sets_the_date(qtbot, tiny_dir, language) -> None:
    from purges_desktop.application.dataset_controller import load_data

    # The Politburo is drawn above the NKVD: Yezhov was a candidate member from October 1937 until the 18th
    # Congress (March 1939).
    (tiny_dir / "politburo.yaml").write_text(
        "bodies:\n  - {id: politburo, name: Politburo, kind: party, sources: [wp-en-nikolai-yezhov]}\n"
        "memberships:\n  - {person: yezhov, body: politburo, role: candidate, from: 1937-10-12, to: 1939-03,"
        " sources: [wp-en-nikolai-yezhov]}\n", encoding="utf-8")
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.resize(900, 260)
    tab.show()
    tab.set_data(load_data(tiny_dir))
    assert tab.show_location(parse_uri("body/nkvd@1938-01-01"))
    assert tab.date().toString("yyyy-MM-dd") == "1938-01-01"
    top = tab.canvas.section_top("nkvd")
    assert top > tab.canvas.section_top("politburo") >= 0
    assert tab.scroll.verticalScrollBar().value() == min(top, tab.scroll.verticalScrollBar().maximum()) > 0


def test_text_list_alternative(tab) -> None:
    tab.set_date(QDate(1935, 6, 1))
    tab.view_button.click()
    assert tab.stack.currentWidget() is tab.page
    assert "Genrikh Yagoda" in tab.page.page_text()
    assert "Nikolai Yezhov" not in tab.page.page_text()
    tab.set_date(QDate(1937, 6, 1))  # the list follows the date like the chart
    assert "Nikolai Yezhov" in tab.page.page_text()
    assert "Genrikh Yagoda" not in tab.page.page_text()


def test_dragging_the_chart_scrolls_it(tab, qtbot) -> None:
    tab.resize(600, 300)
    tab.set_date(QDate(1936, 9, 26))
    bar = tab.scroll.verticalScrollBar()
    assert bar.maximum() > 60, "the chart must be taller than its window for this test"
    bar.setValue(bar.maximum())
    before = bar.value()
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseMove(tab.canvas, QPoint(300, 260))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 260))
    assert bar.value() == before - 60  # the chart follows the finger
