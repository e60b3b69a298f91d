# SPDX-License-Identifier: GPL-3.0-or-later
"""Bars by year: one or two series side by side, a value axis from zero, a highlighted range of years with its
caption, and "no data" drawn as a grey hatched column (never as a zero-height bar)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from purges_desktop.views.charts.base import (
    FILLS,
    OKABE_ITO,
    Cell,
    ChartWidget,
    fill_rect,
    hatch_rect,
    nice_ceiling,
)

#: Default colours of the first and second series (Okabe–Ito blue and vermillion).
SERIES_COLOURS = (OKABE_ITO["blue"], OKABE_ITO["vermillion"], OKABE_ITO["bluish_green"])
NO_DATA = QColor(OKABE_ITO["grey"])


@dataclass(frozen=True, slots=True)
class Series:
    """One series of a ``YearBarChart``: a value (or ``None`` for no data) per year, in the order of the years.

    ``colour`` (hex) and ``fill`` (one of ``FILLS``) default to the series' position.
    """

    key: str
    label: str
    values: tuple[int | float | None, ...]
    colour: str = ""
    fill: str = ""


@dataclass(frozen=True, slots=True)
class _Geometry:
    legend: QRectF
    readout: QRectF
    caption: QRectF
    plot: QRectF
    slot: float
    top: float  # the value at the top of the axis
    step: float  # the value between ticks


class YearBarChart(ChartWidget):
    """Bars per year for one or two series.

    Signals:
        year_activated(int): a year was clicked or tapped, chosen with Left/Right/Home/End, or Enter was pressed.
    """

    year_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[int] = []
        self.series: list[Series] = []
        self.band: tuple[int, int, str] | None = None
        self.year_header = ""
        self._selected: int | None = None
        self.retranslate_ui()

    # ---- data

    def set_data(self, years: Sequence[int], series: Sequence[Series]) -> None:
        """Years in order and up to three series, each with one value per year."""
        for s in series:
            if len(s.values) != len(years):
                raise ValueError(f"series {s.key!r} has {len(s.values)} values for {len(years)} years")
        self.years = list(years)
        self.series = [Series(s.key, s.label, tuple(s.values), s.colour or SERIES_COLOURS[i % len(SERIES_COLOURS)],
                              s.fill or FILLS[i % len(FILLS)]) for i, s in enumerate(series)]
        if self._selected not in self.years:
            self._selected = None
        self._describe()
        self.update()

    def set_band(self, first: int, last: int, caption: str) -> None:
        """Highlight the years ``first``..``last`` with a caption above them (e.g. 1937–1938, "Great Terror")."""
        self.band = (first, last, caption)
        self.update()

    def clear_band(self) -> None:
        """Remove the highlighted range."""
        self.band = None
        self.update()

    def set_texts(self, title: str | None = None, series_labels: Mapping[str, str] | None = None,
                  band_caption: str | None = None, year_header: str | None = None) -> None:
        """Replace the visible texts (on a language switch); ``None`` keeps a text as it is."""
        if title is not None:
            self.set_title(title)
        if series_labels:
            self.series = [Series(s.key, series_labels.get(s.key, s.label), s.values, s.colour, s.fill)
                           for s in self.series]
        if band_caption is not None and self.band is not None:
            self.band = (self.band[0], self.band[1], band_caption)
        if year_header is not None:
            self.year_header = year_header
        self._describe()
        self.update()

    def select_year(self, year: int | None) -> None:
        """Select a year (its figures show in the readout line) without emitting the signal."""
        self._select(year)

    def selected_year(self) -> int | None:
        """The selected year, if any."""
        return self._selected

    # ---- the table

    @override
    def rows(self) -> tuple[list[str], list[list[Cell]]]:
        headers = [self.year_header or self.tr("Year"), *(s.label for s in self.series)]
        return headers, [[year, *(s.values[i] for s in self.series)] for i, year in enumerate(self.years)]

    # ---- geometry (public so that tests and the tab can point at items)

    def value_ticks(self) -> list[float]:
        """The values labelled on the value axis, from zero up."""
        g = self._geometry(self._area())
        count = round(g.top / g.step)
        return [g.step * i for i in range(count + 1)]

    def y_of(self, value: float) -> float:
        """The widget y of a value on the axis (zero is the bottom of the plot)."""
        g = self._geometry(self._area())
        return g.plot.bottom() - g.plot.height() * value / g.top

    def year_rect(self, year: int) -> QRectF:
        """The column of a year in widget coordinates (where a hover or tap picks that year)."""
        return self._year_rect(self._geometry(self._area()), year)

    def bar_rect(self, year: int, key: str) -> QRectF | None:
        """The bar of one series in a year, in widget coordinates; ``None`` when that value is missing."""
        g = self._geometry(self._area())
        index = self.years.index(year)
        for n, s in enumerate(self.series):
            if s.key == key:
                value = s.values[index]
                return None if value is None else self._bar(g, year, n, value)
        raise KeyError(key)

    def plot_rect(self) -> QRectF:
        """The plotting area in widget coordinates (its bottom edge is the zero line)."""
        return self._geometry(self._area()).plot

    def _area(self) -> QRectF:
        top = self._title_height()
        return QRectF(0, top, self.width(), self.height() - top)

    def _geometry(self, area: QRectF) -> _Geometry:
        metrics = QFontMetricsF(self.body_font())
        line = metrics.height() * 1.45
        legend = QRectF(area.left() + 8, area.top(), area.width() - 16, line)
        readout = QRectF(area.left() + 8, legend.bottom(), area.width() - 16, line)
        caption = QRectF(area.left(), readout.bottom(), area.width(), line if self.band else 4)
        biggest = max((v for s in self.series for v in s.values if v is not None), default=0)
        top, step = nice_ceiling(biggest)
        widest = max(metrics.horizontalAdvance(self.number(step * i)) for i in range(round(top / step) + 1))
        left = area.left() + widest + 16
        bottom = area.bottom() - metrics.height() - 12
        plot = QRectF(left, caption.bottom() + 4, max(10.0, area.right() - 16 - left),
                      max(10.0, bottom - caption.bottom() - 4))
        return _Geometry(legend, readout, caption, plot, plot.width() / max(1, len(self.years)), top, step)

    def _year_rect(self, g: _Geometry, year: int) -> QRectF:
        i = self.years.index(year)
        return QRectF(g.plot.left() + i * g.slot, g.plot.top(), g.slot, g.plot.height())

    def _bar_box(self, g: _Geometry, year: int, n: int) -> QRectF:
        """The horizontal extent of series ``n`` in a year, over the whole plot height."""
        column = self._year_rect(g, year)
        gap = max(1.0, g.slot * 0.14)
        width = (g.slot - 2 * gap) / max(1, len(self.series))
        return QRectF(column.left() + gap + n * width, g.plot.top(), width, g.plot.height())

    def _bar(self, g: _Geometry, year: int, n: int, value: float) -> QRectF:
        box = self._bar_box(g, year, n)
        height = g.plot.height() * value / g.top
        return QRectF(box.left(), g.plot.bottom() - height, box.width(), height)

    # ---- painting

    @override
    def sizeHint(self) -> QSize:
        return QSize(1600, 720) if self.kiosk else QSize(900, 480)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(420, 300)

    @override
    def _paint_chart(self, p: QPainter, area: QRectF) -> None:
        g = self._geometry(area)
        _bg, text, grid = self.colours()
        metrics = QFontMetricsF(p.font())
        self._paint_band(p, g, text)
        # Value axis: gridlines and labels from zero.
        for i in range(round(g.top / g.step) + 1):
            value = g.step * i
            y = g.plot.bottom() - g.plot.height() * value / g.top
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y))
            p.setPen(text)
            p.drawText(QRectF(area.left(), y - metrics.height() / 2, g.plot.left() - area.left() - 8,
                              metrics.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       self.number(value))
        current = self._current()
        for year in self.years:
            i = self.years.index(year)
            if year == current:
                highlight = QColor(text)
                highlight.setAlpha(28)
                p.fillRect(self._year_rect(g, year), highlight)
            for n, s in enumerate(self.series):
                value = s.values[i]
                if value is None:
                    self._paint_no_data(p, self._bar_box(g, year, n), metrics)
                else:
                    fill_rect(p, self._bar(g, year, n, value), QColor(s.colour), s.fill)
        p.setPen(QPen(text, 1.5))
        p.drawLine(QPointF(g.plot.left(), g.plot.bottom()), QPointF(g.plot.right(), g.plot.bottom()))
        p.drawLine(QPointF(g.plot.left(), g.plot.top()), QPointF(g.plot.left(), g.plot.bottom()))
        self._paint_year_labels(p, g, text, metrics)
        self._paint_legend(p, g.legend, text, metrics)
        self._draw_readout(p, g.readout)

    def _paint_band(self, p: QPainter, g: _Geometry, text: QColor) -> None:
        if not self.band or not self.years:
            return
        first, last, caption = self.band
        inside = [y for y in self.years if first <= y <= last]
        if not inside:
            return
        left, right = self._year_rect(g, inside[0]).left(), self._year_rect(g, inside[-1]).right()
        shade = QColor(OKABE_ITO["yellow"])
        shade.setAlpha(70)
        p.fillRect(QRectF(left, g.caption.top() + 2, right - left, g.plot.bottom() - g.caption.top() - 2), shade)
        p.setPen(text)
        font = self.body_font()
        font.setBold(True)
        p.setFont(font)
        width = QFontMetricsF(font).horizontalAdvance(caption) + 12
        centre = (left + right) / 2
        x = min(max(centre - width / 2, g.plot.left()), g.plot.right() - width)
        p.drawText(QRectF(x, g.caption.top(), width, g.caption.height()), Qt.AlignmentFlag.AlignCenter, caption)
        p.setFont(self.body_font())

    def _paint_no_data(self, p: QPainter, box: QRectF, metrics: QFontMetricsF) -> None:
        """A light grey hatched column the full height of the plot with a "?" on the axis: unknown, not zero."""
        light = QColor(NO_DATA)
        light.setAlpha(95)
        p.setPen(QPen(light, 1.5))
        p.drawLines(hatch_rect(box, 8.0))
        mark = QColor(self.colours()[1])
        mark.setAlpha(190)
        p.setPen(mark)
        font = self.body_font()
        font.setBold(True)
        p.setFont(font)
        height = metrics.height()
        p.drawText(QRectF(box.center().x() - height, box.bottom() - height - 2, 2 * height, height),
                   Qt.AlignmentFlag.AlignCenter, "?")
        p.setFont(self.body_font())

    def _year_step(self, g: _Geometry, metrics: QFontMetricsF) -> int:
        label = metrics.horizontalAdvance("8888") + metrics.height() * 0.6
        return next((s for s in (1, 2, 5, 10, 20, 50) if s * g.slot >= label), 100)

    def _paint_year_labels(self, p: QPainter, g: _Geometry, text: QColor, metrics: QFontMetricsF) -> None:
        """Every year, or every 2nd/5th/10th when they do not fit; the highlighted year always, bold, and the
        regular labels it would overlap left out."""
        step = self._year_step(g, metrics)
        current = self._current()
        labels: list[tuple[int, QRectF, bool]] = []
        for year in self.years:
            if year % step and year != current:
                continue
            centre = self._year_rect(g, year).center().x()
            width = metrics.horizontalAdvance(str(year)) * 1.1 + 4  # bold is about a tenth wider
            labels.append((year, QRectF(centre - width / 2, g.plot.bottom() + 6, width, metrics.height() + 4),
                           year == current))
        bold_rect = next((rect for _y, rect, bold in labels if bold), None)
        p.setPen(text)
        for year, rect, bold in labels:
            if not bold and bold_rect is not None and rect.adjusted(-2, 0, 2, 0).intersects(bold_rect):
                continue
            font = self.body_font()
            font.setBold(bold)
            p.setFont(font)
            p.drawLine(QPointF(rect.center().x(), g.plot.bottom()), QPointF(rect.center().x(), g.plot.bottom() + 5))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(year))
        p.setFont(self.body_font())

    def _paint_legend(self, p: QPainter, rect: QRectF, text: QColor, metrics: QFontMetricsF) -> None:
        x = rect.left()
        box = metrics.height() * 0.9
        entries: list[tuple[str, QColor | None, str]] = [(s.label, QColor(s.colour), s.fill) for s in self.series]
        if any(v is None for s in self.series for v in s.values):
            entries.append((self.number(None), None, ""))
        for label, colour, fill in entries:
            swatch = QRectF(x, rect.center().y() - box / 2, box * 1.4, box)
            if colour is None:
                self._paint_no_data_swatch(p, swatch)
            else:
                fill_rect(p, swatch, colour, fill)
            p.setPen(text)
            width = metrics.horizontalAdvance(label) + 8
            p.drawText(QRectF(swatch.right() + 8, rect.top(), width, rect.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            x = swatch.right() + 8 + width + metrics.height()

    def _paint_no_data_swatch(self, p: QPainter, swatch: QRectF) -> None:
        light = QColor(NO_DATA)
        light.setAlpha(110)
        p.setPen(QPen(light, 1.5))
        p.drawLines(hatch_rect(swatch, 6.0))
        p.setPen(QPen(NO_DATA, 1, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(swatch)

    # ---- interaction

    @override
    def _hit(self, pos: QPointF) -> object:
        g = self._geometry(self._area())
        if not self.years or not (g.plot.left() <= pos.x() < g.plot.right()):
            return None
        if not (g.plot.top() - 4 <= pos.y() <= g.plot.bottom() + QFontMetricsF(self.body_font()).height() + 12):
            return None
        return self.years[min(len(self.years) - 1, int((pos.x() - g.plot.left()) / g.slot))]

    @override
    def _tip(self, key: object) -> str:
        if not isinstance(key, int) or key not in self.years:
            return ""
        i = self.years.index(key)
        head = str(key)
        if self.band and self.band[0] <= key <= self.band[1]:
            head += f" ({self.band[2]})"
        return "\n".join([head, *(f"{s.label}: {self.number(s.values[i])}" for s in self.series)])

    @override
    def _hint(self) -> str:
        return self.tr("Touch a year to see its figures") if self.kiosk else self.tr(
            "Point at a year to see its figures; Left and Right move between years")

    @override
    def _keys(self) -> list[Any]:
        return list(self.years)

    @override
    def _emit_activated(self, key: Any) -> None:
        self.year_activated.emit(key)

    @override
    def _step(self, key: int) -> bool:
        return self._step_linear(self._keys(), key, Qt.Key.Key_Left, Qt.Key.Key_Right)

    @override
    def _describe(self) -> None:
        if not self.title:
            self.setAccessibleName(self.tr("Bar chart by year"))
        span = f"{self.years[0]}–{self.years[-1]}" if self.years else ""
        parts = [self.tr("Bar chart, years %1. Series: %2.").replace("%1", span).replace(
            "%2", ", ".join(s.label for s in self.series))]
        if self._selected is not None:
            parts.append(self.tr("Selected: %1.").replace("%1", self._tip(self._selected).replace("\n", "; ")))
        self.setAccessibleDescription(" ".join(parts))
