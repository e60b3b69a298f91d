# SPDX-License-Identifier: GPL-3.0-or-later
"""A calendar of dated items drawn as circles: the area is the number of people, the colour and the fill style
are the category. Circles on close dates are stacked so none hides another."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from purges_desktop.views.charts.base import FILLS, OKABE_ITO, TOUCH_PX, Cell, ChartWidget, fill_circle

CATEGORY_COLOURS = (OKABE_ITO["vermillion"], OKABE_ITO["blue"], OKABE_ITO["bluish_green"], OKABE_ITO["orange"])


@dataclass(frozen=True, slots=True)
class BubbleCategory:
    """A category of items: its key, label, colour (hex; default by position) and fill (one of ``FILLS``)."""

    key: str
    label: str
    colour: str = ""
    fill: str = ""


@dataclass(frozen=True, slots=True)
class BubbleItem:
    """One dated item: ``date`` is (year, month, day), ``size`` the number of people, ``tooltip`` its text."""

    id: str
    date: tuple[int, int, int]
    size: int
    category: str
    tooltip: str


class DateBubbleChart(ChartWidget):
    """Dated items on a time axis with month ticks (by default 1937–1938).

    Signals:
        item_activated(str): an item was clicked or tapped, chosen with Left/Right/Home/End, or Enter was pressed.
    """

    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = dt.date(1937, 1, 1)
        self.last = dt.date(1938, 12, 31)
        self.items: list[BubbleItem] = []
        self.categories: list[BubbleCategory] = []
        self.headers: tuple[str, str, str, str] | None = None
        self._selected: str | None = None
        self._layout_cache: tuple[object, dict[str, tuple[QPointF, float]], QRectF] | None = None
        self._version = 0  # bumped whenever the items change, for the layout cache
        self.retranslate_ui()

    # ---- data

    def set_range(self, first: tuple[int, int, int], last: tuple[int, int, int]) -> None:
        """The dates at the two ends of the axis."""
        self.first, self.last = dt.date(*first), dt.date(*last)
        self.update()

    def set_data(self, items: Sequence[BubbleItem], categories: Sequence[BubbleCategory]) -> None:
        """The items (sorted here by date) and their categories, in legend order."""
        known = {c.key for c in categories}
        for item in items:
            if item.category not in known:
                raise ValueError(f"item {item.id!r} has an unknown category {item.category!r}")
            dt.date(*item.date)  # a real date, or ValueError
        self.items = sorted(items, key=lambda i: (i.date, -i.size, i.id))
        self._version += 1
        self.categories = [BubbleCategory(c.key, c.label, c.colour or CATEGORY_COLOURS[n % len(CATEGORY_COLOURS)],
                                          c.fill or FILLS[n % len(FILLS)]) for n, c in enumerate(categories)]
        if self._selected not in {i.id for i in self.items}:
            self._selected = None
        self._describe()
        self.update()

    def set_texts(self, title: str | None = None, category_labels: dict[str, str] | None = None,
                  tooltips: dict[str, str] | None = None,
                  headers: tuple[str, str, str, str] | None = None) -> None:
        """Replace the visible texts on a language switch (``None`` keeps them): the title, category labels,
        item tooltips by id, and the four table headers (id, date, people, category)."""
        if title is not None:
            self.set_title(title)
        if category_labels:
            self.categories = [BubbleCategory(c.key, category_labels.get(c.key, c.label), c.colour, c.fill)
                               for c in self.categories]
        if tooltips:
            self.items = [BubbleItem(i.id, i.date, i.size, i.category, tooltips.get(i.id, i.tooltip))
                          for i in self.items]
        if headers is not None:
            self.headers = headers
        self._describe()
        self.update()

    def select_item(self, item_id: str | None) -> None:
        """Select an item without emitting the signal."""
        self._select(item_id)

    def selected_item(self) -> str | None:
        """The id of the selected item, if any."""
        return self._selected

    @override
    def rows(self) -> tuple[list[str], list[list[Cell]]]:
        headers = list(self.headers or (self.tr("Id"), self.tr("Date"), self.tr("People"), self.tr("Category")))
        label = {c.key: c.label for c in self.categories}
        return headers, [[i.id, dt.date(*i.date).isoformat(), i.size, label[i.category]] for i in self.items]

    # ---- geometry

    def item_rect(self, item_id: str) -> QRectF:
        """The circle of an item (its bounding square) in widget coordinates."""
        centre, radius = self._layout(self._area())[item_id]
        return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)

    def plot_rect(self) -> QRectF:
        """The area the circles are laid out in, in widget coordinates."""
        return self._plot(self._area())

    def x_of(self, date: tuple[int, int, int]) -> float:
        """The widget x of a date."""
        return self._x(self._timeline(self._area()), dt.date(*date))

    def _area(self) -> QRectF:
        top = self._title_height()
        return QRectF(0, top, self.width(), self.height() - top)

    def _lines(self) -> tuple[float, float]:
        metrics = QFontMetricsF(self.body_font())
        return metrics.height(), metrics.height() * 1.45

    def _plot(self, area: QRectF) -> QRectF:
        height, line = self._lines()
        top = area.top() + 2 * line + 8  # legend and readout
        bottom = area.bottom() - 2 * height - 16  # month and year labels
        return QRectF(area.left() + 16, top, max(10.0, area.width() - 32), max(10.0, bottom - top))

    def _timeline(self, area: QRectF) -> QRectF:
        """The span the dates are mapped onto: the plot less the largest radius at each end, so that a circle on
        the first or the last day stays whole."""
        self._layout(area)
        return self._layout_cache[2] if self._layout_cache is not None else self._plot(area)

    def _x(self, plot: QRectF, day: dt.date) -> float:
        span = max(1, (self.last - self.first).days + 1)
        return plot.left() + plot.width() * ((day - self.first).days + 0.5) / span

    def _max_radius(self, plot: QRectF) -> float:
        return max(8.0, min(plot.height() / 5, plot.width() / 30))

    def _radius(self, size: int, top: int, biggest: float) -> float:
        """Area proportional to ``size`` (``top`` gets ``biggest``), never below a visible dot. In the kiosk too the
        drawn size stays proportional: the touch target around a small circle is larger than the circle
        (``_hit`` reaches 22 px from its centre), so equal-looking circles never hide the differences."""
        smallest = 5.0
        return max(smallest, biggest * math.sqrt(max(0, size) / max(1, top)))

    def _layout(self, area: QRectF) -> dict[str, tuple[QPointF, float]]:
        """Centre and radius per item: on its date, pushed up or down from the middle line until it is clear.

        When the circles do not fit in the height, all of them shrink together (the areas stay proportional) until
        they do, or until the smallest reaches its minimum. Kept until the size, the type, the range or the items
        change (hover and tap ask for it on every move).
        """
        key = (area.getRect(), self.kiosk, self.body_font().key(), self.first, self.last, self._version)
        if self._layout_cache is not None and self._layout_cache[0] == key:
            return self._layout_cache[1]
        plot = self._plot(area)
        biggest = self._max_radius(plot)
        out, inner = self._place(plot, biggest)
        for _ in range(12):
            if all(plot.top() <= c.y() - r and c.y() + r <= plot.bottom() for c, r in out.values()):
                break
            biggest *= 0.8
            out, inner = self._place(plot, biggest)
        self._layout_cache = (key, out, inner)
        return out

    def _place(self, plot: QRectF, biggest: float) -> tuple[dict[str, tuple[QPointF, float]], QRectF]:
        """One placement with the largest circle of radius ``biggest``; also the span the dates map onto."""
        top = max((i.size for i in self.items), default=1)
        largest = self._radius(top, top, biggest)
        inner = plot.adjusted(min(largest, plot.width() / 4), 0, -min(largest, plot.width() / 4), 0)
        placed: list[tuple[float, float, float]] = []  # x, y, radius; in date order, so x never decreases
        out: dict[str, tuple[QPointF, float]] = {}
        middle = plot.center().y()
        for item in self.items:
            radius = self._radius(item.size, top, biggest)
            x = self._x(inner, dt.date(*item.date))
            near = []
            for cx, cy, r in reversed(placed):
                if x - cx >= radius + largest + 2:
                    break  # every earlier circle is further left still
                near.append((cx, cy, r))
            y = middle
            step = max(2.0, radius / 3)
            for k in range(int(plot.height() / step) + 2):
                y = middle + ((k + 1) // 2) * step * (1 if k % 2 else -1)
                if all((x - cx) ** 2 + (y - cy) ** 2 >= (radius + r + 1.5) ** 2 for cx, cy, r in near):
                    break
            placed.append((x, y, radius))
            out[item.id] = (QPointF(x, y), radius)
        return out, inner

    # ---- painting

    @override
    def sizeHint(self) -> QSize:
        return QSize(1600, 640) if self.kiosk else QSize(900, 420)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(420, 260)

    @override
    def _paint_chart(self, p: QPainter, area: QRectF) -> None:
        _bg, text, grid = self.colours()
        height, line = self._lines()
        plot = self._plot(area)
        layout = self._layout(area)
        self._paint_axis(p, plot, self._timeline(area), text, grid, height)
        category = {c.key: c for c in self.categories}
        current = self._current()
        p.save()
        p.setClipRect(QRectF(area.left(), plot.top() - 4, area.width(), plot.height() + 8))
        for item in self.items:  # the biggest first would hide small ones: draw in date order, outlined
            centre, radius = layout[item.id]
            c = category[item.category]
            self._paint_bubble(p, centre, radius, QColor(c.colour), c.fill, text, item.id == current)
        p.restore()
        self._paint_legend(p, QRectF(area.left() + 8, area.top(), area.width() - 16, line), text)
        self._draw_readout(p, QRectF(area.left() + 8, area.top() + line, area.width() - 16, line))

    def _paint_bubble(self, p: QPainter, centre: QPointF, radius: float, colour: QColor, fill: str,
                      text: QColor, selected: bool) -> None:
        fill_circle(p, centre, radius, colour, fill)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(text if selected else colour.darker(130), 3 if selected else 1.5))
        p.drawEllipse(centre, radius, radius)

    def _paint_axis(self, p: QPainter, plot: QRectF, timeline: QRectF, text: QColor, grid: QColor,
                    height: float) -> None:
        locale = self._locale or QLocale()
        metrics = QFontMetricsF(p.font())
        month = dt.date(self.first.year, self.first.month, 1)
        widest = max(metrics.horizontalAdvance(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat))
                     for m in range(1, 13))
        month_px = timeline.width() / max(1, (self.last - self.first).days + 1) * 30.4
        every = next((n for n in (1, 2, 3, 6) if n * month_px >= widest + 8), 12)
        while month <= self.last:
            x = self._x(timeline, month) - self._x(timeline, self.first) + timeline.left()
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if (month.month - 1) % every == 0:
                p.setPen(text)
                name = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
                p.drawText(QRectF(x + 3, plot.bottom() + 4, month_px * every - 4, height + 2),
                           Qt.AlignmentFlag.AlignLeft, name)
            if month.month == 1 or month == dt.date(self.first.year, self.first.month, 1):
                font = self.body_font()
                font.setBold(True)
                p.setFont(font)
                p.setPen(QPen(text, 1.5))
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 2 * height + 8))
                p.drawText(QPointF(x + 4, plot.bottom() + 2 * height + 6), str(month.year))
                p.setFont(self.body_font())
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        p.setPen(QPen(text, 1.5))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _paint_legend(self, p: QPainter, rect: QRectF, text: QColor) -> None:
        metrics = QFontMetricsF(p.font())
        x = rect.left()
        radius = metrics.height() * 0.42
        for c in self.categories:
            centre = QPointF(x + radius, rect.center().y())
            self._paint_bubble(p, centre, radius, QColor(c.colour), c.fill, text, False)
            p.setPen(text)
            width = metrics.horizontalAdvance(c.label) + 8
            p.drawText(QRectF(centre.x() + radius + 8, rect.top(), width, rect.height()),
                       Qt.AlignmentFlag.AlignVCenter, c.label)
            x = centre.x() + radius + 8 + width + metrics.height()
        if self.items:
            biggest = max(i.size for i in self.items)
            note = self.tr("circle area = number of people (largest: %1)").replace("%1", self.number(biggest))
            p.setPen(text)
            p.drawText(QRectF(x, rect.top(), max(0.0, rect.right() - x), rect.height()),
                       Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(note, Qt.TextElideMode.ElideRight,
                                                                         max(0.0, rect.right() - x)))

    # ---- interaction

    @override
    def _hit(self, pos: QPointF) -> object:
        best: tuple[float, str] | None = None
        for item_id, (centre, radius) in self._layout(self._area()).items():
            reach = max(radius, TOUCH_PX / 2 if self.kiosk else 6.0)
            distance = math.hypot(pos.x() - centre.x(), pos.y() - centre.y())
            if distance <= reach and (best is None or distance / reach < best[0]):
                best = (distance / reach, item_id)
        return best[1] if best else None

    @override
    def _tip(self, key: object) -> str:
        item = next((i for i in self.items if i.id == key), None)
        return item.tooltip if item is not None else ""

    @override
    def _keys(self) -> list[Any]:
        return [i.id for i in self.items]

    @override
    def _emit_activated(self, key: Any) -> None:
        self.item_activated.emit(key)

    @override
    def _step(self, key: int) -> bool:
        return self._step_linear(self._keys(), key, Qt.Key.Key_Left, Qt.Key.Key_Right)

    @override
    def _describe(self) -> None:
        if not self.title:
            self.setAccessibleName(self.tr("Calendar of dated items"))
        text = self.tr("%1 items from %2 to %3.").replace("%1", str(len(self.items))).replace(
            "%2", self.first.isoformat()).replace("%3", self.last.isoformat())
        if self._selected is not None:
            text += " " + self.tr("Selected: %1.").replace("%1", self._tip(self._selected))
        self.setAccessibleDescription(text)
