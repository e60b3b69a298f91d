"""The drawn timeline: zoom, pan, filters, clicks and keys lead to events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from purges_desktop.domain.layout import ordinal
from purges_desktop.views.timeline_canvas import LEFT
from purges_desktop.views.timeline_tab import TimelineTab


@pytest.fixture
def tab(qtbot, tiny_data, language):
    t = TimelineTab(language)
    qtbot.addWidget(t)
    t.resize(1200, 700)
    t.show()
    t.set_data(tiny_data)
    qtbot.waitExposed(t)
    return t


def test_zooming_to_1936_shows_its_events(tab) -> None:
    tab.show_years(1936, 1936)
    assert set(tab.canvas.visible_ids()) == {"trial-1936-verdict", "yezhov-appointed"}
    tab.show_years(1940, 1941)
    assert tab.canvas.visible_ids() == []


def test_wheel_and_keys_zoom_and_pan(tab, qtbot) -> None:
    tab.show_years(1930, 1940)
    before = tab.canvas.scale.px_per_day
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Plus)
    assert tab.canvas.scale.px_per_day == pytest.approx(before * 1.5)
    start = tab.canvas.scale.start
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    assert tab.canvas.scale.start > start


def test_clicking_an_event_opens_it(tab, qtbot) -> None:
    tab.canvas.show_range((1936, 8, 1), (1936, 10, 30))
    x = tab.canvas.scale.x(ordinal((1936, 9, 26))) + LEFT
    y = 34 + 1 * 46 + 23  # the secret police lane
    with qtbot.waitSignal(tab.link_activated) as blocker:
        qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    assert blocker.args == ["event/yezhov-appointed"]


def test_page_down_steps_through_events_and_enter_opens(tab, qtbot) -> None:
    tab.show_years(1936, 1936)
    tab.canvas.setFocus()
    with qtbot.waitSignal(tab.link_activated) as blocker:
        qtbot.keyClick(tab.canvas, Qt.Key.Key_PageDown)
    assert blocker.args[0].startswith("event/")


def test_category_filter_applies_to_the_drawing(tab) -> None:
    tab.show_years(1936, 1936)
    tab.category_box.setCurrentIndex(tab.category_box.findData("trials"))
    assert tab.canvas.visible_ids() == ["trial-1936-verdict"]


def test_go_to_a_year(tab, qtbot) -> None:
    qtbot.keyClicks(tab.goto, "1936")
    qtbot.keyClick(tab.goto, Qt.Key.Key_Return)
    assert set(tab.canvas.visible_ids()) == {"trial-1936-verdict", "yezhov-appointed"}


def test_selecting_an_event_draws_its_peoples_lives_and_posts(tab) -> None:
    assert tab.show_record("yezhov-appointed")
    lives = {life.label.split(" (")[0]: life for life in tab.canvas.lives()}
    yezhov = lives["Nikolai Yezhov"]
    assert (yezhov.first, yezhov.last) == (ordinal((1895, 5, 1)), ordinal((1940, 2, 4)))
    assert yezhov.tenures == ((ordinal((1936, 9, 26)), ordinal((1938, 11, 25))),)
    assert "Genrikh Yagoda" in lives
