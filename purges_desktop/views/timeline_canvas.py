# SPDX-License-Identifier: GPL-3.0-or-later
"""The drawn timeline: lanes by category, era bands, events, adaptive ticks; zoom and pan by wheel, drag, pinch
and keys. Only what is visible is painted; labels that would overlap are left out and their markers counted."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from purges_desktop.domain.layout import (
    Cluster,
    Marker,
    TimeScale,
    from_ordinal,
    ordinal,
    place_labels,
    span_of,
    ticks,
    visible_markers,
)
from purges_desktop.domain.model import Category
from purges_desktop.qtmodels.labels import category_label
from purges_desktop.views.gestures import DragTracker, grab_zoom_gestures, zoom_gesture

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset

AXIS_H = 34.0
LANE_H = 46.0
LEFT = 130.0  # the narrowest gutter for the lane names; it widens to fit the longest word in large type
MAX_LEFT = 260.0
#: The eras' bands (translucent Okabe–Ito yellow) and the colour of their names on a light and on a dark page.
ERA_FILL = "#28F0E442"
ERA_INK_LIGHT, ERA_INK_DARK = "#786400", "#F0E442"
LANE_COLOURS = ("#0072B2", "#D55E00", "#CC79A7", "#009E73", "#E69F00", "#56B4E9")
FIRST_DAY = ordinal((1917, 1, 1))
LAST_DAY = ordinal((1991, 12, 31))
#: The smallest touch target in the kiosk (docs/kiosk.md); the painted marker stays small, its hit area does not.
TOUCH_TARGET = 44.0


def era_ink(base: QColor) -> QColor:
    """The colour of an era's name on its band over the page colour ``base`` (dark gold on light, yellow on dark)."""
    return QColor(ERA_INK_DARK if base.lightness() < 128 else ERA_INK_LIGHT)


@dataclass(frozen=True, slots=True)
class Lifeline:
    """One person's life and posts, drawn under the lanes for the selected event.

    Attributes:
        label: the name and life dates, as shown.
        first: the first day of the life (a day ordinal), ``None`` when the birth date is unknown.
        last: the last day of the life, ``None`` when the death date is unknown.
        colour: the colour of the person's fate (a ``#rrggbb`` name).
        tenures: the posts held, as ``(first, last)`` day ordinals.
    """

    label: str
    first: int | None
    last: int | None
    colour: str
    tenures: tuple[tuple[int, int], ...] = ()

class TimelineCanvas(QWidget):
    """Paints events in lanes and lets the user zoom from decades to days.

    Signals:
        event_activated(str): an event was clicked or chosen with Enter.

    Attributes:
        min_target: the least width and height of the area a tap on a marker or a "+N" badge hits (16 px at a
            desk; :data:`TOUCH_TARGET` in the kiosk, :meth:`set_touch`).
    """

    event_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(int(AXIS_H + LANE_H * 3))
        grab_zoom_gestures(self)
        self.lang = "en"
        self.scale = TimeScale(ordinal((1917, 1, 1)), 0.08)
        self.lanes: list[Category] = list(Category)
        self.left = LEFT
        self._markers: list[Marker] = []
        self._firsts: list[int] = []
        self._eras: list[tuple[int, int, str]] = []
        self._widths: dict[str, float] = {}
        self._selected = ""
        self._drag = DragTracker(horizontal_only=True)
        self._hits: list[tuple[QRectF, str, QPointF]] = []
        self._cluster_hits: list[tuple[QRectF, Cluster]] = []
        self.min_target = 16.0
        self._pending_range: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None
        self.aggregated = False
        self._widths_for = -1.0
        self.lane_h = LANE_H
        self._lives: list[Lifeline] = []

    # ---- public API

    def set_data(self, ds: Dataset | None, lang: str, keep: set[str] | None = None) -> None:
        """Show the events of a dataset (only ``keep`` when given) in ``lang``."""
        self.lang = lang
        markers: list[Marker] = []
        eras: list[tuple[int, int, str]] = []
        if ds is not None:
            lane_of = {c: i for i, c in enumerate(self.lanes)}
            for e in ds.records.events:
                if keep is not None and e.id not in keep:
                    continue
                first, last = span_of(e.date, e.end)
                markers.append(Marker(e.id, lane_of[e.category], first, last, e.title.get(lang)))
            for era in ds.records.eras:
                first, last = span_of(era.start, era.end)
                eras.append((first, last, era.name.get(lang)))
        markers.sort(key=lambda m: (m.first, m.id))
        self._markers = markers
        self._firsts = [m.first for m in markers]
        self._eras = eras
        self._widths = {}
        self._widths_for = -1.0
        self.update()

    def set_lives(self, lives: list[Lifeline]) -> None:
        """People's lifespans with their tenures, drawn below the lanes (the first six that have anything to draw:
        a lifespan is drawn only where both ends are known, never a guessed birth; posts are drawn regardless)."""
        self._lives = [life for life in lives[:6] if (life.first is not None and life.last is not None)
                       or life.tenures]
        self.setMinimumHeight(int(AXIS_H + self.lane_h * (len(self.lanes) + 0.5) + 26 * len(self._lives) + 30))
        self.update()

    def lives(self) -> list[Lifeline]:
        """The lives drawn under the lanes, in order."""
        return list(self._lives)

    def show_range(self, first: tuple[int, int, int], last: tuple[int, int, int]) -> None:
        """Zoom so that the days from ``first`` to ``last`` fill the width (once the widget has one)."""
        if not self.isVisible() and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            self._pending_range = (first, last)
        width = max(100.0, self.width() - self.left - 20)
        a, b = ordinal(first), ordinal(last)
        self.scale = TimeScale(a - 10 / (width / max(1, b - a)), width / max(1, b - a))
        self.update()

    def center_on(self, day: tuple[int, int, int], select: str = "") -> None:
        """Scroll so that a day is in the middle (and select an event)."""
        width = self.width() - self.left
        self.scale = TimeScale(ordinal(day) - width / 2 / self.scale.px_per_day, self.scale.px_per_day)
        if select:
            self._selected = select
        self.update()

    def select(self, event_id: str) -> None:
        """Highlight an event and bring it into view."""
        marker = next((m for m in self._markers if m.id == event_id), None)
        self._selected = event_id
        if marker is not None:
            x = self.scale.x(marker.first)
            if not 0 <= x <= self.width() - self.left:
                self.center_on(from_ordinal(marker.first))
        self.update()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out around a point (default: the middle)."""
        x = (self.width() - self.left) / 2 if anchor_x is None else anchor_x - self.left
        self.scale = self.scale.zoomed(factor, x)
        self._clamp()
        self.update()

    def pan(self, dx: float) -> None:
        """Move the view by pixels."""
        self.scale = self.scale.panned(dx)
        self._clamp()
        self.update()

    def set_touch(self, on: bool) -> None:
        """Touch screen: every marker and badge answers taps over at least :data:`TOUCH_TARGET` px square."""
        self.min_target = TOUCH_TARGET if on else 16.0
        self.update()

    def hit_areas(self) -> list[tuple[QRectF, str]]:
        """Where a tap opens which event, in widget coordinates, as last painted (tests, the touch-size check)."""
        return [(rect.translated(self.left, 0), eid) for rect, eid, _ in self._hits]

    def clusters(self) -> list[tuple[QRectF, Cluster]]:
        """The "+N" badges as last painted, with the area a tap on each hits (widget coordinates)."""
        return [(rect.translated(self.left, 0), c) for rect, c in self._cluster_hits]

    def zoom_to_cluster(self, cluster: Cluster) -> None:
        """Zoom in on the events a "+N" badge stands for, so that their labels separate: their days fill half the
        width, centred (events of one day: a day's width each side)."""
        span = max(2, cluster.last - cluster.first)
        pad = span / 2
        self.show_range(from_ordinal(cluster.first - pad), from_ordinal(cluster.last + pad))
        self._clamp()
        self.update()

    def visible_ids(self) -> list[str]:
        """Ids of the events in view (tests, accessibility)."""
        return [m.id for m in visible_markers(self._markers, self._firsts, self.scale, self.width() - self.left)]

    # ---- painting

    def _fit_font(self) -> None:
        """Lane height and label widths follow the font actually used (the kiosk's is larger)."""
        metrics = QFontMetricsF(self.font())
        self.lane_h = max(LANE_H, metrics.height() * 2.3)
        words = [w for lane in self.lanes for w in category_label(lane).split()]
        left = min(MAX_LEFT, max([LEFT, *(metrics.horizontalAdvance(w) + 16 for w in words)]))
        if left != self.left:
            # The plot got narrower or wider: keep the same days in view.
            old_width, new_width = self.width() - self.left, self.width() - left
            if old_width > 0 and new_width > 0:
                self.scale = TimeScale(self.scale.start, self.scale.px_per_day * new_width / old_width)
            self.left = left
        if self._widths_for != metrics.height():
            self._widths = {m.id: metrics.horizontalAdvance(m.label) for m in self._markers}
            self._widths_for = metrics.height()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self._fit_font()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        width = self.width() - self.left
        self._paint_lanes(p, text)
        p.save()
        p.setClipRect(QRectF(self.left, 0, width, self.height()))
        p.translate(self.left, 0)
        self._paint_eras(p, width)
        self._paint_ticks(p, width, text)
        self._paint_events(p, width, text)
        self._paint_lives(p, text)
        p.restore()
        p.end()

    def _paint_lanes(self, p: QPainter, text: QColor) -> None:
        for i, lane in enumerate(self.lanes):
            y = AXIS_H + i * self.lane_h
            if i % 2:
                p.fillRect(QRectF(0, y, self.width(), self.lane_h), QColor(128, 128, 128, 22))
            # The lane's colour marks it in a bar beside its name; the name itself is in the text colour (the
            # lane colours do not all read on both white and black).
            p.fillRect(QRectF(0, y + 4, 4, self.lane_h - 8), QColor(LANE_COLOURS[i % len(LANE_COLOURS)]))
            p.setPen(text)
            p.drawText(QRectF(8, y, self.left - 12, self.lane_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, category_label(lane))
        p.setPen(QPen(text, 1))
        p.drawLine(QPointF(self.left, 0), QPointF(self.left, self.height()))

    def _paint_eras(self, p: QPainter, width: float) -> None:
        metrics = QFontMetricsF(p.font())
        row_end = [float("-inf"), float("-inf")]
        for first, last, name in sorted(self._eras):
            x0, x1 = self.scale.x(first), self.scale.x(last + 1)
            if x1 < 0 or x0 > width:
                continue
            p.fillRect(QRectF(x0, AXIS_H, x1 - x0, self.height() - AXIS_H), QColor(ERA_FILL))
            left = max(x0, 0) + 4
            text_w = metrics.horizontalAdvance(name)
            row = next((r for r in (0, 1) if left > row_end[r] + 6), None)
            if row is None or text_w > (min(x1, width) - left) * 1.6:
                continue  # no room: the band is still drawn, its name shows when zoomed in
            row_end[row] = left + text_w
            p.setPen(era_ink(self.palette().color(QPalette.ColorRole.Base)))
            p.drawText(QPointF(left, self.height() - 8 - row * 18), name)

    def _paint_ticks(self, p: QPainter, width: float, text: QColor) -> None:
        grid = QColor(text)
        grid.setAlpha(40)
        for t in ticks(self.scale, width, self.lang):
            x = self.scale.x(t.ordinal)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, AXIS_H), QPointF(x, self.height()))
            p.setPen(text)
            font = p.font()
            font.setBold(t.major)
            p.setFont(font)
            p.drawText(QPointF(x + 3, AXIS_H - 10), t.label)
        font = p.font()
        font.setBold(False)
        p.setFont(font)

    def _paint_lives(self, p: QPainter, text: QColor) -> None:
        """Lifespans (thin bars) and posts (thick) of the people of the selected event."""
        top = AXIS_H + self.lane_h * len(self.lanes) + 8
        for i, life in enumerate(self._lives):
            first, last, tenures = life.first, life.last, life.tenures
            y = top + i * 26
            c = QColor(life.colour)
            if first is not None and last is not None:
                x0, x1 = self.scale.x(first), self.scale.x(last + 1)
                p.fillRect(QRectF(x0, y + 9, x1 - x0, 4), c)
            else:
                x0 = self.scale.x(min(a for a, _ in tenures))
            for a, b in tenures:
                p.fillRect(QRectF(self.scale.x(a), y + 5, max(2.0, self.scale.x(b + 1) - self.scale.x(a)), 12),
                           c.darker(130))
            p.setPen(text)
            p.drawText(QPointF(max(x0, 0) + 4, y + 25), life.label)

    def _paint_density(self, p: QPainter, markers: list[Marker]) -> None:
        """Zoomed far out: one bar per lane and 4-pixel column, its height by how many events fall there."""
        buckets: dict[tuple[int, int], int] = {}
        x_of = self.scale.x
        for m in markers:
            key = (m.lane, int(x_of(m.first)) // 4)
            buckets[key] = buckets.get(key, 0) + 1
        top = max(buckets.values(), default=1)
        p.setPen(Qt.PenStyle.NoPen)
        colours = [QColor(c) for c in LANE_COLOURS]
        span = self.lane_h - 10
        for (lane, column), count in buckets.items():
            height = span * (0.25 + 0.75 * count / top)
            base = AXIS_H + (lane + 1) * self.lane_h - 5
            p.fillRect(QRectF(column * 4, base - height, 3, height), colours[lane % len(colours)])
        self._hits = []
        self._cluster_hits = []

    def _paint_events(self, p: QPainter, width: float, text: QColor) -> None:
        shown_markers = visible_markers(self._markers, self._firsts, self.scale, width)
        self.aggregated = len(shown_markers) > width / 2
        if self.aggregated:
            self._paint_density(p, shown_markers)
            return
        shown, clusters = place_labels(shown_markers, self.scale, self._widths)
        self._hits = []
        self._cluster_hits = []
        half = max(8.0, self.min_target / 2)
        labels: list[tuple[QRectF, str]] = []
        for m in shown_markers:
            colour = QColor(LANE_COLOURS[m.lane % len(LANE_COLOURS)])
            y = AXIS_H + m.lane * self.lane_h + self.lane_h / 2
            x0, x1 = self.scale.x(m.first), self.scale.x(m.last + 1)
            if x1 - x0 > 8:
                p.fillRect(QRectF(x0, y - 4, x1 - x0, 8), colour.lighter(140))
            selected = m.id == self._selected
            p.setPen(QPen(text, 2 if selected else 1))
            p.setBrush(colour)
            radius = 7 if selected else 5
            p.drawEllipse(QPointF(x0, y), radius, radius)
            hit = QRectF(x0 - half, y - max(10.0, half), 2 * half, 2 * max(10.0, half))
            if m.id in shown or selected:
                text_h = QFontMetricsF(p.font()).height() + 2
                label = QRectF(x0 + 9, y - text_h / 2, self._widths.get(m.id, 0) + 4, text_h)
                labels.append((label, m.label))
                hit = hit.united(label)
            self._hits.append((hit, m.id, QPointF(x0, y)))
        backdrop = self.palette().color(QPalette.ColorRole.Base)
        backdrop.setAlpha(215)
        for rect, label_text in labels:
            p.fillRect(rect, backdrop)
            p.setPen(text)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter, label_text)
        p.setPen(text)
        metrics = QFontMetricsF(p.font())
        for lane, items in clusters.items():
            y = AXIS_H + lane * self.lane_h + self.lane_h - 6
            for cluster in items:
                if cluster.count > 1:
                    badge = f"+{cluster.count}"
                    box = QRectF(cluster.x + 2, y - metrics.ascent(), metrics.horizontalAdvance(badge),
                                 metrics.height())
                    # A pill, so that it looks like what it is: something to tap (it zooms to its events).
                    p.setBrush(self.palette().color(QPalette.ColorRole.Base))
                    p.setPen(QPen(text, 1))
                    p.drawRoundedRect(box.adjusted(-4, 0, 4, 0), box.height() / 2, box.height() / 2)
                    p.drawText(QPointF(cluster.x + 2, y), badge)
                    grow_w = max(0.0, self.min_target - box.width()) / 2
                    grow_h = max(0.0, self.min_target - box.height()) / 2
                    self._cluster_hits.append((box.adjusted(-grow_w, -grow_h, grow_w, grow_h), cluster))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pending_range is not None and self.width() > self.left + 100:
            first, last = self._pending_range
            self._pending_range = None
            self.show_range(first, last)

    # ---- input

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120 or event.pixelDelta().y() / 60
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or not steps:
            self.pan(-(event.angleDelta().x() or event.angleDelta().y()) / 2)
        else:
            self.zoom(1.25 ** steps, event.position().x())
        event.accept()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag.press(event.globalPosition())
        self.setFocus()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        delta = self._drag.move(event.globalPosition())
        if delta is not None:
            self.pan(-delta.x())

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag.release():
            return
        if self.aggregated and event.position().x() > self.left:
            self.zoom(3.0, event.position().x())  # too dense to pick one event: a tap zooms in there
        else:
            self.tap(event.position())

    def tap(self, position: QPointF) -> None:
        """What a tap or click at a point does: open the event whose marker is nearest among those whose hit
        areas hold the point, or zoom to the "+N" badge there (whichever is nearer)."""
        pos = position - QPointF(self.left, 0)
        best: tuple[float, str, Cluster | None] | None = None
        for rect, eid, centre in self._hits:
            if rect.contains(pos):
                d = (centre - pos).manhattanLength()
                if best is None or d < best[0]:
                    best = (d, eid, None)
        for rect, cluster in self._cluster_hits:
            if rect.contains(pos):
                d = (rect.center() - pos).manhattanLength()
                if best is None or d < best[0]:
                    best = (d, "", cluster)
        if best is None:
            return
        if best[2] is not None:
            self.zoom_to_cluster(best[2])
            return
        self._selected = best[1]
        self.update()
        self.event_activated.emit(best[1])

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in {Qt.Key.Key_Plus, Qt.Key.Key_Equal}:
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_Left:
            self.pan(-(self.width() - self.left) / 5)
        elif key == Qt.Key.Key_Right:
            self.pan((self.width() - self.left) / 5)
        elif key in {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Down, Qt.Key.Key_Up}:
            self._step_selection(1 if key in {Qt.Key.Key_PageDown, Qt.Key.Key_Down} else -1)
        elif key in {Qt.Key.Key_Return, Qt.Key.Key_Enter} and self._selected:
            self.event_activated.emit(self._selected)
        else:
            super().keyPressEvent(event)

    @override
    def event(self, event: QEvent) -> bool:
        zoom = zoom_gesture(self, event)
        if zoom is not None:
            factor, centre = zoom
            self.zoom(factor, centre.x())
            return True
        return super().event(event)

    def _step_selection(self, direction: int) -> None:
        if not self._markers:
            return
        firsts = self._firsts
        current = next((i for i, m in enumerate(self._markers) if m.id == self._selected), None)
        if current is None:
            current = bisect_left(firsts, self.scale.day_at((self.width() - self.left) / 2)) - (direction > 0)
        index = max(0, min(len(self._markers) - 1, current + direction))
        self.select(self._markers[index].id)
        self.event_activated.emit(self._markers[index].id)

    def _clamp(self) -> None:
        width = max(1.0, self.width() - self.left)
        start = min(max(self.scale.start, FIRST_DAY - 365), LAST_DAY - width / self.scale.px_per_day)
        self.scale = TimeScale(start, self.scale.px_per_day)

