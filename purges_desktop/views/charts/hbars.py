# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled horizontal bars from zero, the exact value at the end of each bar (e.g. the signatures per Politburo
member on the execution lists)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from purges_desktop.views.charts.base import OKABE_ITO, TOUCH_PX, Cell, ChartWidget, fill_rect


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: an id (emitted when activated), a label and a value (``None``: no data, drawn as such)."""

    id: str
    label: str
    value: int | float | None


class HBarChart(ChartWidget):
    """Horizontal bars in the order given.

    Signals:
        bar_activated(str): a bar (or its label) was clicked or tapped, chosen with Up/Down/Home/End, or Enter.
    """

    bar_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.colour = OKABE_ITO["blue"]
        self.headers: tuple[str, str, str] | None = None
        self._selected: str | None = None
        self.retranslate_ui()

    # ---- data

    def set_data(self, bars: Sequence[Bar], colour: str = "") -> None:
        """The bars, top to bottom; ``colour`` (hex) defaults to Okabe–Ito blue."""
        self.bars = list(bars)
        self.colour = colour or OKABE_ITO["blue"]
        if self._selected not in {b.id for b in self.bars}:
            self._selected = None
        self._describe()
        self.updateGeometry()
        self.update()

    def set_texts(self, title: str | None = None, bar_labels: dict[str, str] | None = None,
                  headers: tuple[str, str, str] | None = None) -> None:
        """Replace the visible texts on a language switch (``None`` keeps them): the title, bar labels by id and
        the three table headers (id, label, value)."""
        if title is not None:
            self.set_title(title)
        if bar_labels:
            self.bars = [Bar(b.id, bar_labels.get(b.id, b.label), b.value) for b in self.bars]
        if headers is not None:
            self.headers = headers
        self._describe()
        self.update()

    def select_bar(self, bar_id: str | None) -> None:
        """Select a bar without emitting the signal."""
        self._select(bar_id)

    def selected_bar(self) -> str | None:
        """The id of the selected bar, if any."""
        return self._selected

    @override
    def rows(self) -> tuple[list[str], list[list[Cell]]]:
        headers = list(self.headers or (self.tr("Id"), self.tr("Name"), self.tr("Value")))
        return headers, [[b.id, b.label, b.value] for b in self.bars]

    # ---- geometry

    def bar_rect(self, bar_id: str) -> QRectF:
        """The whole row of a bar (label, bar and value) in widget coordinates: where a click picks it."""
        index = next(i for i, b in enumerate(self.bars) if b.id == bar_id)
        return self._row(self._area(), index)

    def bar_length(self, bar_id: str) -> float:
        """The drawn length of a bar in pixels (0 for a missing value)."""
        g = self._geometry(self._area())
        bar = next(b for b in self.bars if b.id == bar_id)
        return self._length(g, bar.value)

    def _area(self) -> QRectF:
        top = self._title_height()
        return QRectF(0, top, self.width(), self.height() - top)

    def _row_height(self) -> float:
        height = QFontMetricsF(self.body_font()).height() * 1.6
        return max(height, TOUCH_PX) if self.kiosk else height

    def _geometry(self, area: QRectF) -> tuple[float, float, float, float]:
        """Left of the bars, the longest bar's length, the top of the first row, the biggest value."""
        metrics = QFontMetricsF(self.body_font())
        label_w = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 16
        label_w = min(label_w, area.width() * 0.4)
        value_w = max((metrics.horizontalAdvance(self.number(b.value)) for b in self.bars), default=0) + 16
        biggest = max((b.value for b in self.bars if b.value is not None), default=0)
        left = area.left() + 8 + label_w
        top = area.top() + metrics.height() * 1.45 + 4  # the readout line
        return left, max(10.0, area.right() - 8 - value_w - left), top, float(biggest)

    def _row(self, area: QRectF, index: int) -> QRectF:
        _left, _length, top, _biggest = self._geometry(area)
        height = self._row_height()
        return QRectF(area.left(), top + index * height, area.width(), height)

    def _length(self, g: tuple[float, float, float, float], value: float | None) -> float:
        _left, length, _top, biggest = g
        return 0.0 if value is None or biggest <= 0 else length * value / biggest

    # ---- painting

    @override
    def sizeHint(self) -> QSize:
        rows = max(3, len(self.bars))
        readout = QFontMetricsF(self.body_font()).height() * 1.45 + 12
        return QSize(1200 if self.kiosk else 700, int(self._title_height() + readout + rows * self._row_height()))

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(360, int(self._row_height() * 3 + 40))

    @override
    def _paint_chart(self, p: QPainter, area: QRectF) -> None:
        _bg, text, _grid = self.colours()
        g = self._geometry(area)
        left = g[0]
        current = self._current()
        metrics = QFontMetricsF(p.font())
        colour = QColor(self.colour)
        for index, bar in enumerate(self.bars):
            row = self._row(area, index)
            if bar.id == current:
                shade = QColor(text)
                shade.setAlpha(28)
                p.fillRect(row, shade)
            font = self.body_font()
            font.setBold(bar.id == current)
            p.setFont(font)
            p.setPen(text)
            p.drawText(QRectF(area.left() + 8, row.top(), left - area.left() - 16, row.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, left - area.left() - 16))
            length = self._length(g, bar.value)
            thickness = row.height() * 0.62
            fill_rect(p, QRectF(left, row.center().y() - thickness / 2, length, thickness), colour, "solid")
            p.setPen(text)
            p.drawText(QRectF(left + length + 8, row.top(), area.right() - left - length - 8, row.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.number(bar.value))
        p.setFont(self.body_font())
        if self.bars:
            p.setPen(QPen(text, 1.5))
            first, last = self._row(area, 0), self._row(area, len(self.bars) - 1)
            p.drawLine(QPointF(left, first.top()), QPointF(left, last.bottom()))
        self._draw_readout(p, QRectF(area.left() + 8, area.top(), area.width() - 16, g[2] - area.top() - 4))

    # ---- interaction

    @override
    def _hit(self, pos: QPointF) -> object:
        area = self._area()
        top = self._geometry(area)[2]
        if pos.y() < top:
            return None
        index = int((pos.y() - top) // self._row_height())
        return self.bars[index].id if 0 <= index < len(self.bars) else None

    @override
    def _tip(self, key: object) -> str:
        bar = next((b for b in self.bars if b.id == key), None)
        return f"{bar.label}: {self.number(bar.value)}" if bar is not None else ""

    @override
    def _keys(self) -> list[Any]:
        return [b.id for b in self.bars]

    @override
    def _emit_activated(self, key: Any) -> None:
        self.bar_activated.emit(key)

    @override
    def _step(self, key: int) -> bool:
        return self._step_linear(self._keys(), key, Qt.Key.Key_Up, Qt.Key.Key_Down)

    @override
    def _describe(self) -> None:
        if not self.title:
            self.setAccessibleName(self.tr("Bar chart"))
        text = "; ".join(self._tip(b.id) for b in self.bars[:12])
        if len(self.bars) > 12:
            text += " …"
        if self._selected is not None:
            text += ". " + self.tr("Selected: %1.").replace("%1", self._tip(self._selected))
        self.setAccessibleDescription(text)
