# SPDX-License-Identifier: GPL-3.0-or-later
"""The drawn map: the outline (the USSR filled, what was not Soviet in 1937 hatched), a graticule, and the markers of
the visible layers; pan by drag or arrows, zoom by wheel, pinch or +/-; a tap selects a marker.

The outline is projected once (``domain.geo.project``, km) into two QPainterPaths and drawn through the view
transform; while the scale stays the same the painted outline is kept in a pixmap and only moved (panning costs a
blit). Labels are placed largest marker first and left out where they would overlap a label or marker already
placed. Every marker has a tap target of at least :attr:`MapCanvas.min_target` pixels across (44 in the kiosk).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from purges_desktop.domain.geo import MapLayer, Marker, Outline, OutlineRole, project
from purges_desktop.views.gestures import DragTracker, grab_zoom_gestures, zoom_gesture

if TYPE_CHECKING:
    from collections.abc import Iterable

SEA = QColor("#DCE6EE")
LAND = QColor("#FBF6EA")
BORDER = QColor("#6B5E4B")
HATCH = QColor("#9A8F80")
GRID = QColor("#C4CFD8")
NOT_1937 = QColor("#EEEAE2")
CACHE_MARGIN = 480  # pixels of outline painted beyond each edge, so that a pan only moves the pixmap
#: Colours of the lists' three categories (shooting; ten years; eight years) and of the other layers.
CATEGORY_COLOURS = ("#B2182B", "#EF8A62", "#F6D2B8")
LAYER_COLOURS = {MapLayer.LISTS: "#B2182B", MapLayer.SITES: "#3F2A56", MapLayer.CAMPS: "#0072B2",
                 MapLayer.PEOPLE: "#009E73"}
#: The largest marker's radius, in pixels, per layer (areas scale with the square root of the value).
MAX_RADIUS = {MapLayer.LISTS: 34.0, MapLayer.SITES: 14.0, MapLayer.CAMPS: 16.0, MapLayer.PEOPLE: 20.0}
MIN_RADIUS = 4.0
LABEL_GAP = 6.0  # pixels kept free to the left and right of a label
HALO = 2.0  # pixels of white around a label's letters
KEEP_CLEAR = 6.0  # a label never covers this many pixels around another marker's centre
#: The map's extent in degrees (lon west, lat south, lon east, lat north) for the first view.
HOME = (20.0, 36.0, 180.0, 78.0)
MIN_ZOOM, MAX_ZOOM = 0.7, 24.0


@dataclass(frozen=True, slots=True)
class Placed:
    """A marker as drawn: its screen centre and radius, and its label's rectangle (``None``: no room for it)."""

    marker: Marker
    centre: QPointF
    radius: float
    label: QRectF | None


class MapCanvas(QWidget):
    """Paints the map and reports taps on markers.

    Signals:
        marker_activated(str, str): a marker was tapped or chosen with Enter (its layer and id).
    """

    marker_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        grab_zoom_gestures(self)
        self.lang = "en"
        self.min_target = 24.0
        self._land = QPainterPath()
        self._not_1937 = QPainterPath()
        self._grid = QPainterPath()
        self._bounds = QRectF()
        self._markers: list[Marker] = []
        self._maxima: dict[MapLayer, int] = {}
        self._placed: list[Placed] = []
        self._selected: tuple[str, str] | None = None
        self._zoom = 1.0
        self._centre = QPointF()
        self._drag = DragTracker()
        self._cache: QPixmap | None = None
        self._cache_key: tuple[float, int, int] | None = None
        self._cache_origin = QPointF()
        self._shift = QPointF()
        self._points: dict[int, QPointF] = {}
        self._labels: dict[tuple[str, str, float], QPixmap] = {}
        self._make_grid()

    # ---- data

    def set_outline(self, outline: Outline) -> None:
        """Project and keep the outline's shapes (done once per load)."""
        self._land, self._not_1937 = QPainterPath(), QPainterPath()
        self._land.setFillRule(Qt.FillRule.OddEvenFill)
        self._not_1937.setFillRule(Qt.FillRule.OddEvenFill)
        for shape in outline.shapes:
            path = self._land if shape.role is OutlineRole.USSR else self._not_1937
            for polygon in shape.polygons:
                for ring in polygon:
                    points = [QPointF(*self._km(lon, lat)) for lon, lat in ring]
                    path.moveTo(points[0])
                    for p in points[1:]:
                        path.lineTo(p)
                    path.closeSubpath()
        self._bounds = self._land.boundingRect().united(self._not_1937.boundingRect())
        if self._bounds.isEmpty():  # no outline: the extent of the USSR
            for lon, lat in ((HOME[0], HOME[1]), (HOME[2], HOME[1]), (HOME[0], HOME[3]), (HOME[2], HOME[3]),
                             ((HOME[0] + HOME[2]) / 2, HOME[1])):
                self._bounds = self._bounds.united(QRectF(QPointF(*self._km(lon, lat)), QSizeF(1, 1)))
        self._bounds.adjust(-150, -150, 150, 150)
        self._cache = None
        self.update()

    def set_markers(self, markers: Iterable[Marker], lang: str) -> None:
        """The markers to draw (of the visible layers), in ``lang``."""
        self.lang = lang
        self._markers = list(markers)
        self._points = {id(m): QPointF(*self._km(m.point.lon, m.point.lat)) for m in self._markers}
        self._cache = None
        self._maxima = {}
        for m in self._markers:
            self._maxima[m.layer] = max(self._maxima.get(m.layer, 0), m.size)
        if self._selected and not any((m.layer.value, m.id) == self._selected for m in self._markers):
            self._selected = None
        self.update()

    def markers(self) -> list[Marker]:
        """The markers drawn (what the text list lists)."""
        return list(self._markers)

    def placed(self) -> list[Placed]:
        """The markers as on screen now, with their labels (tests: labels never overlap)."""
        d = self._shift
        return [Placed(pl.marker, pl.centre + d, pl.radius, pl.label.translated(d) if pl.label else None)
                for pl in self._placed]

    def select(self, layer: str, marker_id: str) -> None:
        """Highlight a marker."""
        self._selected = (layer, marker_id)
        self._cache = None
        self.update()

    def marker_position(self, layer: MapLayer, marker_id: str) -> QPointF | None:
        """Where a marker is on screen now (tests, keyboard)."""
        for m in self._markers:
            if m.layer is layer and m.id == marker_id:
                return self._to_screen(QPointF(*self._km(m.point.lon, m.point.lat)))
        return None

    # ---- view

    def reset_view(self) -> None:
        """Show the whole country."""
        self._zoom = 1.0
        self._centre = self._bounds.center()
        self.update()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom about a point of the widget (its centre by default)."""
        anchor = QPointF(self.width() / 2, self.height() / 2) if anchor is None else anchor
        before = self._to_km(anchor)
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, self._zoom * factor))
        after = self._to_km(anchor)
        self._centre += before - after
        self._clamp()
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by screen pixels (positive: the content moves left/up)."""
        s = self._scale()
        self._centre += QPointF(dx / s, -dy / s)
        self._clamp()
        self.update()

    @property
    def zoom(self) -> float:
        """The zoom factor (1: the whole country fits)."""
        return self._zoom

    def _scale(self) -> float:
        """Pixels per km."""
        if self._bounds.isEmpty():
            return 1.0
        fit = min(self.width() / self._bounds.width(), self.height() / self._bounds.height())
        return fit * self._zoom

    def _clamp(self) -> None:
        if self._bounds.isEmpty():
            return
        b = self._bounds
        self._centre = QPointF(min(max(self._centre.x(), b.left()), b.right()),
                               min(max(self._centre.y(), b.top()), b.bottom()))

    @staticmethod
    def _km(lon: float, lat: float) -> tuple[float, float]:
        x, y = project(lon, lat)
        return x, y

    def _transform(self) -> QTransform:
        """km (y north) to widget pixels (y down)."""
        s = self._scale()
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
        t.scale(s, -s)
        t.translate(-self._centre.x(), -self._centre.y())
        return t

    def _to_screen(self, km: QPointF) -> QPointF:
        return self._transform().map(km)

    def _to_km(self, pos: QPointF) -> QPointF:
        inverted, _ok = self._transform().inverted()
        return inverted.map(pos)

    def _make_grid(self) -> None:
        self._grid = QPainterPath()
        for lon in range(20, 200, 20):
            self._grid.moveTo(QPointF(*self._km(lon, 30)))
            for lat in range(32, 86, 2):
                self._grid.lineTo(QPointF(*self._km(lon, lat)))
        for lat in range(40, 90, 10):
            self._grid.moveTo(QPointF(*self._km(10, lat)))
            for lon in range(12, 202, 2):
                self._grid.lineTo(QPointF(*self._km(lon, lat)))

    # ---- painting

    def radius(self, marker: Marker) -> float:
        """A marker's drawn radius: its area stands for its size, relative to the layer's largest."""
        top = self._maxima.get(marker.layer, 0)
        if top <= 0 or marker.size <= 0:
            return MIN_RADIUS
        return max(MIN_RADIUS, MAX_RADIUS[marker.layer] * math.sqrt(marker.size / top))

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        key = (round(self._scale(), 9), self.width(), self.height())
        centre_px = QPointF(self._centre.x() * self._scale(), -self._centre.y() * self._scale())
        offset = self._cache_origin - centre_px
        covered = -2 * CACHE_MARGIN <= offset.x() <= 0 and -2 * CACHE_MARGIN <= offset.y() <= 0
        if self._cache is None or self._cache_key != key or not covered:
            self._cache = self._render_scene()
            self._cache_key = key
            self._cache_origin = centre_px - QPointF(CACHE_MARGIN, CACHE_MARGIN)
            offset = QPointF(-CACHE_MARGIN, -CACHE_MARGIN)
        self._shift = offset + QPointF(CACHE_MARGIN, CACHE_MARGIN)
        p.drawPixmap(offset, self._cache)
        p.end()

    def _render_scene(self) -> QPixmap:
        """The outline, the markers and their labels, painted into a pixmap :data:`CACHE_MARGIN` pixels larger
        than the widget on every side: a pan only moves it until it leaves the margin."""
        ratio = self.devicePixelRatioF()
        size = QSizeF(self.width() + 2 * CACHE_MARGIN, self.height() + 2 * CACHE_MARGIN) * ratio
        pixmap = QPixmap(size.toSize())
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(SEA)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(CACHE_MARGIN, CACHE_MARGIN)
        self._paint_outline(p)
        self._paint_markers(p, QRectF(-CACHE_MARGIN, -CACHE_MARGIN, self.width() + 2 * CACHE_MARGIN,
                                      self.height() + 2 * CACHE_MARGIN))
        p.end()
        return pixmap

    def _paint_outline(self, p: QPainter) -> None:
        """The graticule, the land and the areas not Soviet in 1937 (hatched). Pens are one-pixel cosmetic lines:
        wider antialiased strokes of the 4,000-point outline cost a hundred times more."""
        p.save()
        p.setTransform(self._transform(), combine=True)
        grid = QPen(GRID, 1)
        grid.setCosmetic(True)
        p.setPen(grid)
        p.drawPath(self._grid)
        # The fills without antialiasing (a fifth of the time), their edges then drawn with antialiased hairlines.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(LAND)
        p.drawPath(self._land)
        p.setBrush(NOT_1937)
        p.drawPath(self._not_1937)
        hatch = QBrush(HATCH, Qt.BrushStyle.BDiagPattern)
        hatch.setTransform(QTransform().scale(1 / self._scale(), -1 / self._scale()))
        p.setBrush(hatch)
        p.drawPath(self._not_1937)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(Qt.BrushStyle.NoBrush)
        border = QPen(BORDER, 1)
        border.setCosmetic(True)
        p.setPen(border)
        p.drawPath(self._land)
        dashed = QPen(HATCH, 1, Qt.PenStyle.DashLine)
        dashed.setCosmetic(True)
        p.setPen(dashed)
        p.drawPath(self._not_1937)
        p.restore()

    def _paint_markers(self, p: QPainter, area: QRectF) -> None:
        transform = self._transform()
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetricsF(font)
        drawn: list[tuple[Marker, QPointF, float]] = []
        for m in sorted(self._markers, key=lambda m: -self.radius(m)):
            centre = transform.map(self._points[id(m)])
            r = self.radius(m)
            if area.adjusted(-r, -r, r, r).contains(centre):
                drawn.append((m, centre, r))
        for m, centre, r in drawn:  # largest first, so small ones stay visible on top
            self._paint_marker(p, m, centre, r)
        self._placed = self._place_labels(drawn, metrics, area)
        font_key = font.key()
        for placed in self._placed:
            if placed.label is not None:
                p.drawPixmap(placed.label.topLeft() - QPointF(HALO, HALO),
                             self._label_pixmap(placed.marker.name.get(self.lang), font, font_key))

    def _label_pixmap(self, text: str, font: QFont, font_key: str) -> QPixmap:
        """A label with its white halo, drawn once per text and font (a stroked text path is slow to draw)."""
        key = (text, font_key, self.devicePixelRatioF())
        pixmap = self._labels.get(key)
        if pixmap is None:
            metrics = QFontMetricsF(font)
            ratio = self.devicePixelRatioF()
            size = QSizeF(metrics.horizontalAdvance(text) + 2 * HALO, metrics.height() + 2 * HALO) * ratio
            pixmap = QPixmap(size.toSize())
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            path = QPainterPath()
            path.addText(HALO, HALO + metrics.ascent(), font, text)
            lp = QPainter(pixmap)
            lp.setRenderHint(QPainter.RenderHint.Antialiasing)
            lp.strokePath(path, QPen(QColor(255, 255, 255, 230), 2 * HALO - 1))
            lp.fillPath(path, QColor("#1A1A1A"))
            lp.end()
            self._labels[key] = pixmap
        return pixmap

    def _paint_marker(self, p: QPainter, m: Marker, c: QPointF, r: float) -> None:
        selected = self._selected == (m.layer.value, m.id)
        outline = QPen(QColor("#000000") if selected else QColor("#FFFFFF"), 3 if selected else 1)
        rect = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
        if m.layer is MapLayer.LISTS and m.counts.total:
            start = 90 * 16
            for value, colour in zip((m.counts.first, m.counts.second, m.counts.third), CATEGORY_COLOURS,
                                     strict=True):
                span = round(-360 * 16 * value / m.counts.total)
                if span:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QColor(colour))
                    p.drawPie(rect, start, span)
                    start += span
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#5A0E17"), 1))  # one-pixel pens: wider ones go through the slow stroker
            p.drawEllipse(rect)
            if selected:
                p.setPen(outline)
                p.drawEllipse(rect.adjusted(-2, -2, 2, 2))
            return
        p.setPen(outline)
        fill = QColor(LAYER_COLOURS[m.layer])
        if m.layer is MapLayer.CAMPS:
            fill.setAlpha(150)  # the list circles under a camp stay visible
        p.setBrush(fill)
        if m.layer is MapLayer.SITES:
            diamond = QPainterPath()
            diamond.moveTo(c.x(), c.y() - r - 2)
            diamond.lineTo(c.x() + r + 2, c.y())
            diamond.lineTo(c.x(), c.y() + r + 2)
            diamond.lineTo(c.x() - r - 2, c.y())
            diamond.closeSubpath()
            p.drawPath(diamond)
        elif m.layer is MapLayer.CAMPS:
            p.drawRect(rect)
        else:
            p.drawEllipse(rect)

    def _place_labels(self, drawn: list[tuple[Marker, QPointF, float]], metrics: QFontMetricsF,
                      area: QRectF) -> list[Placed]:
        """Greedy placement, largest marker first: right, left, above, below or at a diagonal of the marker (or on
        a large circle itself), wherever the label
        overlaps no other label and no other marker's centre (a dot of :data:`KEEP_CLEAR` pixels) and stays in
        ``area``; else no label. Labels may cross the edge of a large circle, never another label. Rectangles are
        kept in a grid of cells so that each test looks at its neighbours only."""
        cell = 64.0
        grid: dict[tuple[int, int], list[tuple[float, float, float, float, int]]] = {}

        def cells(r: tuple[float, float, float, float]) -> list[tuple[int, int]]:
            return [(i, j) for i in range(int(r[0] // cell), int(r[2] // cell) + 1)
                    for j in range(int(r[1] // cell), int(r[3] // cell) + 1)]

        def add(r: tuple[float, float, float, float], owner: int) -> None:
            for key in cells(r):
                grid.setdefault(key, []).append((*r, owner))

        def free(r: tuple[float, float, float, float], owner: int) -> bool:
            pad = (r[0] - LABEL_GAP, r[1], r[2] + LABEL_GAP, r[3])  # a space between neighbouring labels
            return not any(o != owner and pad[0] < x2 and x1 < pad[2] and pad[1] < y2 and y1 < pad[3]
                           for key in cells(pad) for x1, y1, x2, y2, o in grid.get(key, ()))

        for index, (_m, c, r) in enumerate(drawn):
            k = min(r, KEEP_CLEAR)
            add((c.x() - k, c.y() - k, c.x() + k, c.y() + k), index)
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
        sw, sh = float(self.width()), float(self.height())

        def across_edge(r: tuple[float, float, float, float]) -> bool:
            """True for a label cut by an edge of the widget as it is now (it would be shown in part)."""
            inside = r[0] >= 0 and r[2] <= sw and r[1] >= 0 and r[3] <= sh
            outside = r[2] <= 0 or r[0] >= sw or r[3] <= 0 or r[1] >= sh
            return not (inside or outside)

        out = []
        gap, h = 3.0, metrics.height()
        for index, (m, c, r) in enumerate(drawn):
            w = metrics.horizontalAdvance(m.name.get(self.lang))
            x, y = c.x(), c.y()
            d = r * 0.7 + gap  # the diagonals
            options = [(x + r + gap, y - h / 2), (x - r - gap - w, y - h / 2), (x - w / 2, y - r - gap - h),
                       (x - w / 2, y + r + gap), (x + d, y - d - h), (x + d, y + d), (x - d - w, y - d - h),
                       (x - d - w, y + d)]
            if r >= h:  # a large circle can carry its own name
                options.append((x - w / 2, y - h / 2))
            chosen = None
            for ox, oy in options:
                rect = (ox, oy, ox + w, oy + h)
                in_area = left <= rect[0] and rect[2] <= right and top <= rect[1] and rect[3] <= bottom
                if in_area and not across_edge(rect) and free(rect, index):
                    chosen = rect
                    add(rect, -1 - index)
                    break
            out.append(Placed(m, c, r, QRectF(chosen[0], chosen[1], w, h) if chosen else None))
        return out

    # ---- input

    def marker_at(self, pos: QPointF) -> Marker | None:
        """The marker under a point: the nearest whose drawn circle, or tap target, holds it."""
        best, best_d = None, math.inf
        for placed in self.placed():
            d = math.hypot(placed.centre.x() - pos.x(), placed.centre.y() - pos.y())
            reach = max(placed.radius, self.min_target / 2)
            if d <= reach and d < best_d:
                best, best_d = placed.marker, d
        return best

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._centre.isNull():
            self._centre = self._bounds.center()
        self._cache = None

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._cache = None  # the labels' size changed (the kiosk's large type)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120 or event.pixelDelta().y() / 60
        if steps:
            self.zoom_by(1.25 ** steps, event.position())
        event.accept()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag.press(event.globalPosition())
        self.setFocus()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        delta = self._drag.move(event.globalPosition())
        if delta is not None:
            self.pan_by(-delta.x(), -delta.y())

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag.release():
            return
        marker = self.marker_at(event.position())
        if marker is not None:
            self.select(marker.layer.value, marker.id)
            self.marker_activated.emit(marker.layer.value, marker.id)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, step = event.key(), min(self.width(), self.height()) / 5
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0), Qt.Key.Key_Up: (0, -step),
                 Qt.Key.Key_Down: (0, step)}
        if key in moves:
            self.pan_by(*moves[key])
        elif key in {Qt.Key.Key_Plus, Qt.Key.Key_Equal}:
            self.zoom_by(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.5)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        elif key in {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}:
            self._step(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in {Qt.Key.Key_Return, Qt.Key.Key_Enter} and self._selected:
            self.marker_activated.emit(*self._selected)
        else:
            super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        """Select the next or previous marker (largest first), for the keyboard."""
        if not self._markers:
            return
        order = sorted(self._markers, key=lambda m: (-self.radius(m), m.layer.value, m.id))
        keys = [(m.layer.value, m.id) for m in order]
        index = keys.index(self._selected) + direction if self._selected in keys else 0
        self.select(*keys[index % len(keys)])
        self.marker_activated.emit(*keys[index % len(keys)])

    @override
    def event(self, event: QEvent) -> bool:
        zoom = zoom_gesture(self, event)
        if zoom is not None:
            factor, centre = zoom
            self.zoom_by(factor, centre)
            return True
        return super().event(event)
