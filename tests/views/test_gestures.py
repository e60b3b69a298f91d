"""One gesture helper for both drawn views: a drag is not a click, a pinch or trackpad zoom scales the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication

from purges_desktop.domain.layout import ordinal
from purges_desktop.views.gestures import DragTracker, zoom_gesture
from purges_desktop.views.org_tab import OrgTab
from purges_desktop.views.timeline_canvas import LEFT
from purges_desktop.views.timeline_tab import TimelineTab


def _zoom_event(value: float, at: QPointF) -> QNativeGestureEvent:
    return QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                               at, at, at, value, QPointF(0, 0))


def test_a_small_wobble_is_a_click_and_a_longer_move_a_drag() -> None:
    drag = DragTracker()
    assert drag.move(QPointF(50, 50)) is None  # no button down
    drag.press(QPointF(10, 10))
    assert drag.move(QPointF(12, 13)) is None
    assert drag.release() is False
    drag.press(QPointF(10, 10))
    assert drag.move(QPointF(10, 30)) == QPointF(0, 20)
    assert drag.move(QPointF(10, 32)) is None  # within the threshold of the last step
    assert drag.move(QPointF(10, 40)) == QPointF(0, 10)
    assert drag.release() is True
    assert drag.move(QPointF(10, 80)) is None  # released


def test_a_sideways_view_ignores_vertical_movement() -> None:
    drag = DragTracker(horizontal_only=True)
    drag.press(QPointF(0, 0))
    assert drag.move(QPointF(2, 40)) is None
    assert drag.release() is False


def test_a_trackpad_zoom_gives_its_factor_and_centre(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    assert zoom_gesture(widget, _zoom_event(0.5, QPointF(40, 8))) == (1.5, QPointF(40, 8))
    from PySide6.QtCore import QEvent

    assert zoom_gesture(widget, QEvent(QEvent.Type.MouseButtonPress)) is None


@pytest.fixture
def org(qtbot, tiny_data, language):
    t = OrgTab(language)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    t.show()
    t.set_data(tiny_data)
    t.set_date(QDate(1937, 6, 1))
    return t


@pytest.fixture
def timeline(qtbot, tiny_data, language):
    t = TimelineTab(language)
    qtbot.addWidget(t)
    t.resize(1200, 700)
    t.show()
    t.set_data(tiny_data)
    qtbot.waitExposed(t)
    return t


def test_both_views_zoom_on_a_trackpad_pinch(org, timeline) -> None:
    width = org.canvas.cards()[0][0].w
    QApplication.sendEvent(org.canvas, _zoom_event(0.5, QPointF(100, 100)))
    assert org.canvas.zoom_factor == pytest.approx(1.5)
    assert org.canvas.cards()[0][0].w > width
    timeline.show_years(1930, 1940)
    before = timeline.canvas.scale.px_per_day
    QApplication.sendEvent(timeline.canvas, _zoom_event(0.5, QPointF(600, 100)))
    assert timeline.canvas.scale.px_per_day == pytest.approx(before * 1.5)


def test_dragging_across_a_card_or_an_event_opens_nothing(org, timeline, qtbot) -> None:
    card, _ = org.canvas.cards()[0]
    at = QPoint(int(card.x + 20), int(card.y + 10))
    with qtbot.assertNotEmitted(org.link_activated):
        qtbot.mousePress(org.canvas, Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseMove(org.canvas, at + QPoint(40, 0))
        qtbot.mouseRelease(org.canvas, Qt.MouseButton.LeftButton, pos=at + QPoint(40, 0))
    timeline.canvas.show_range((1936, 8, 1), (1936, 10, 30))
    x = int(timeline.canvas.scale.x(ordinal((1936, 9, 26))) + LEFT)
    y = 34 + 1 * 46 + 23  # the secret police lane
    start = timeline.canvas.scale.start
    with qtbot.assertNotEmitted(timeline.link_activated):
        qtbot.mousePress(timeline.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        qtbot.mouseMove(timeline.canvas, QPoint(x + 60, y))
        qtbot.mouseRelease(timeline.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x + 60, y))
    assert timeline.canvas.scale.start < start  # dragged right: earlier days come into view
