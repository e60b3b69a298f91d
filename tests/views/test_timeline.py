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


def _crowded(tab, qtbot):
    """Zoomed out far enough on the bundled-like tiny data that some labels give way to a "+N" badge."""
    for years in ((1936, 1938), (1934, 1940), (1930, 1945), (1917, 1953)):
        tab.show_years(*years)
        tab.canvas.grab()  # paint now: the badges are placed while painting
        badges = [(rect, c) for rect, c in tab.canvas.clusters() if c.count > 1]
        if badges:
            return badges
    return []


def test_a_tap_on_a_plus_n_badge_zooms_until_its_events_separate(qtbot, bundled, language) -> None:
    t = TimelineTab(language)
    qtbot.addWidget(t)
    t.resize(1024, 600)
    t.show()
    t.set_data(bundled)
    qtbot.waitExposed(t)
    badges = _crowded(t, qtbot)
    assert badges, "no +N badge at any zoom"
    rect, cluster = badges[0]
    before = t.canvas.scale.px_per_day
    qtbot.mouseClick(t.canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    t.canvas.grab()
    assert t.canvas.scale.px_per_day > before
    lo, hi = t.canvas.scale.day_at(0), t.canvas.scale.day_at(t.canvas.width() - t.canvas.left)
    assert lo <= cluster.first and cluster.last <= hi  # all its days are in view
    still = [c for _, c in t.canvas.clusters() if c.first >= cluster.first and c.last <= cluster.last]
    assert sum(c.count for c in still) < cluster.count  # fewer of its events without a label


def test_kiosk_markers_answer_taps_over_44_px(tab, qtbot) -> None:
    tab.set_kiosk(True)
    tab.show_years(1936, 1936)
    tab.canvas.grab()
    areas = tab.canvas.hit_areas()
    assert areas and all(r.width() >= 44 and r.height() >= 44 for r, _ in areas)
    rect, eid = areas[0]
    marker_x = rect.left() + 22  # the marker sits in the middle of its 44 px hit square
    with qtbot.waitSignal(tab.canvas.event_activated) as got:
        qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(marker_x - 18), int(rect.center().y())))
    assert got.args == [eid]  # 18 px off the painted dot still hits it
    tab.set_kiosk(False)
    tab.canvas.grab()
    assert all(r.height() < 44 for r, _ in tab.canvas.hit_areas())  # at a desk the mouse needs no more
