# SPDX-License-Identifier: GPL-3.0-or-later
"""Touch and mouse gestures shared by the drawn views (the organisation chart and the timeline).

A press that moves more than a few pixels before it is released is a drag (it moves the view), not a click; a
two-finger pinch (touch screens) or a trackpad zoom scales the view about its centre.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QWidget

#: A pointer that moves this many pixels or fewer between press and release clicked; beyond, it dragged.
DRAG_THRESHOLD = 3.0


class DragTracker:
    """Tells drags from clicks. Positions are global (screen) positions, so that a view that scrolls under the
    pointer while it is dragged still measures the pointer's own movement.

    Attributes:
        dragged: the current press has moved beyond :data:`DRAG_THRESHOLD`.
    """

    def __init__(self, *, horizontal_only: bool = False) -> None:
        """``horizontal_only``: only horizontal movement counts (a view that pans sideways only)."""
        self._horizontal_only = horizontal_only
        self._last: QPointF | None = None
        self.dragged = False

    def press(self, pos: QPointF) -> None:
        """A button went down at ``pos``."""
        self._last = QPointF(pos)
        self.dragged = False

    def move(self, pos: QPointF) -> QPointF | None:
        """The pointer moved to ``pos``: how far the view should follow since the last step, or ``None`` (no
        button down, or still within the threshold of the last step)."""
        if self._last is None:
            return None
        delta = pos - self._last
        moved = abs(delta.x()) > DRAG_THRESHOLD or (not self._horizontal_only and abs(delta.y()) > DRAG_THRESHOLD)
        if not moved:
            return None
        self.dragged = True
        self._last = QPointF(pos)
        return delta

    def release(self) -> bool:
        """The button went up: True if this press was a drag (so it is not a click)."""
        dragged, self._last, self.dragged = self.dragged, None, False
        return dragged


def grab_zoom_gestures(widget: QWidget) -> None:
    """Ask Qt to deliver pinch gestures to ``widget`` (see :func:`zoom_gesture`)."""
    widget.grabGesture(Qt.GestureType.PinchGesture)


def zoom_gesture(widget: QWidget, event: QEvent) -> tuple[float, QPointF] | None:
    """The scale factor and the centre (in ``widget`` coordinates) of a pinch or a trackpad zoom; ``None`` for any
    other event."""
    if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if isinstance(pinch, QPinchGesture):
            return pinch.scaleFactor(), widget.mapFromGlobal(pinch.centerPoint())
    if (event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
        return 1 + event.value(), event.position()
    return None
