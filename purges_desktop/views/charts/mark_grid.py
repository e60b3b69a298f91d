# SPDX-License-Identifier: GPL-3.0-or-later
"""One mark per person or seat (e.g. the 139 seats of the Central Committee elected in 1934), grouped and coloured
by category (fate), each category with its own shape so colour is never the only cue, and a legend with counts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from purges_desktop.qtmodels.fates import later_fate_colour, later_fate_symbol
from purges_desktop.views.charts.base import OKABE_ITO, TOUCH_PX, Cell, ChartWidget, draw_shape, text_colour_on

if TYPE_CHECKING:
    from purges_desktop.domain.queries import LaterFate

#: The app's fate symbols (qtmodels/fates.py) as the vector shapes drawn here.
SHAPE_OF_SYMBOL = {"✕": "cross", "▲": "triangle", "◆": "diamond", "●": "disc", "■": "square", "○": "ring",
                   "?": "question", "◐": "half"}


@dataclass(frozen=True, slots=True)
class MarkCategory:
    """A category of marks: key, label, colour (hex) and shape (one of ``base.SHAPES``)."""

    key: str
    label: str
    colour: str = OKABE_ITO["grey"]
    shape: str = "disc"


@dataclass(frozen=True, slots=True)
class Mark:
    """One mark: an id (emitted when activated), a label (its tooltip) and a category key."""

    id: str
    label: str
    category: str


def fate_category(key: LaterFate, label: str) -> MarkCategory:
    """A category for a later fate (a ``Fate`` value or "survived repression"), in the app's fate colour and
    symbol."""
    return MarkCategory(key, label, later_fate_colour(key), SHAPE_OF_SYMBOL.get(later_fate_symbol(key), "disc"))


class MarkGrid(ChartWidget):
    """A grid of marks grouped by category, in legend order.

    Signals:
        mark_activated(str): a mark was clicked or tapped, or chosen with the arrow keys and Enter.
    """

    mark_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None, touch: bool = False) -> None:
        super().__init__(parent)
        self.touch = touch
        self.marks: list[Mark] = []
        self.categories: list[MarkCategory] = []
        self.headers: tuple[str, str, str] | None = None
        self._selected: str | None = None
        self.retranslate_ui()

    # ---- data

    def set_data(self, marks: Sequence[Mark], categories: Sequence[MarkCategory]) -> None:
        """The marks and their categories; marks are shown grouped by category in the order given."""
        order = {c.key: n for n, c in enumerate(categories)}
        for mark in marks:
            if mark.category not in order:
                raise ValueError(f"mark {mark.id!r} has an unknown category {mark.category!r}")
        self.categories = list(categories)
        self.marks = sorted(marks, key=lambda m: order[m.category])  # stable: input order within a category
        if self._selected not in {m.id for m in self.marks}:
            self._selected = None
        self._describe()
        self.updateGeometry()
        self.update()

    def set_touch(self, touch: bool) -> None:
        """Marks of at least 44 px for touch screens."""
        self.touch = touch
        self.updateGeometry()
        self.update()

    @override
    def set_kiosk(self, on: bool) -> None:
        self.touch = self.touch or on
        super().set_kiosk(on)

    def set_texts(self, title: str | None = None, category_labels: dict[str, str] | None = None,
                  mark_labels: dict[str, str] | None = None, headers: tuple[str, str, str] | None = None) -> None:
        """Replace the visible texts on a language switch (``None`` keeps them): the title, category labels, mark
        labels by id, and the three table headers (id, label, category)."""
        if title is not None:
            self.set_title(title)
        if category_labels:
            self.categories = [MarkCategory(c.key, category_labels.get(c.key, c.label), c.colour, c.shape)
                               for c in self.categories]
        if mark_labels:
            self.marks = [Mark(m.id, mark_labels.get(m.id, m.label), m.category) for m in self.marks]
        if headers is not None:
            self.headers = headers
        self._describe()
        self.update()

    def select_mark(self, mark_id: str | None) -> None:
        """Select a mark without emitting the signal."""
        self._select(mark_id)

    def selected_mark(self) -> str | None:
        """The id of the selected mark, if any."""
        return self._selected

    def counts(self) -> dict[str, int]:
        """How many marks each category has (the legend's figures)."""
        out = {c.key: 0 for c in self.categories}
        for m in self.marks:
            out[m.category] += 1
        return out

    @override
    def rows(self) -> tuple[list[str], list[list[Cell]]]:
        headers = list(self.headers or (self.tr("Id"), self.tr("Name"), self.tr("Category")))
        label = {c.key: c.label for c in self.categories}
        return headers, [[m.id, m.label, label[m.category]] for m in self.marks]

    # ---- geometry

    def mark_size(self) -> float:
        """The side of one mark in pixels (at least 44 with ``touch``)."""
        return self._grid(self._area())[0]

    def mark_rect(self, mark_id: str) -> QRectF:
        """A mark's square in widget coordinates."""
        index = next(i for i, m in enumerate(self.marks) if m.id == mark_id)
        return self._cell(self._area(), index)

    def _area(self) -> QRectF:
        top = self._title_height()
        return QRectF(0, top, self.width(), self.height() - top)

    def _legend_height(self, width: float) -> float:
        rows = math.ceil(len(self.categories) / max(1, self._legend_columns(width)))
        return rows * QFontMetricsF(self.body_font()).height() * 1.5

    def _legend_columns(self, width: float) -> int:
        metrics = QFontMetricsF(self.body_font())
        widest = max((metrics.horizontalAdvance(f"{c.label} 000") for c in self.categories), default=100)
        return max(1, int(width // (widest + metrics.height() * 3)))

    def _grid(self, area: QRectF) -> tuple[float, int, QRectF]:
        """Mark side, columns and the grid's rectangle."""
        line = QFontMetricsF(self.body_font()).height() * 1.45
        top = area.top() + self._legend_height(area.width() - 16) + line + 8
        grid = QRectF(area.left() + 8, top, max(10.0, area.width() - 16), max(10.0, area.bottom() - top - 8))
        count = max(1, len(self.marks))
        smallest = TOUCH_PX if self.touch else 14.0
        # The largest square side that fits every mark in the rectangle (never below the touch minimum: then the
        # grid grows taller than the widget, and the tab puts it in a scroll area).
        side = max(min(grid.width() / columns, grid.height() / math.ceil(count / columns))
                   for columns in range(1, count + 1))
        side = max(smallest, min(side, 64.0 if self.kiosk else 48.0))
        columns = max(1, int(grid.width() // side))
        return side, columns, grid

    def _cell(self, area: QRectF, index: int) -> QRectF:
        side, columns, grid = self._grid(area)
        row, column = divmod(index, columns)
        return QRectF(grid.left() + column * side, grid.top() + row * side, side, side)

    # ---- painting

    @override
    def sizeHint(self) -> QSize:
        side = TOUCH_PX if self.touch else 24
        columns = 20
        rows = math.ceil(max(1, len(self.marks)) / columns)
        legend = self._legend_height(columns * side) + QFontMetricsF(self.body_font()).height() * 1.5 + 24
        return QSize(int(columns * side + 16), int(rows * side + legend + self._title_height()))

    @override
    def minimumSizeHint(self) -> QSize:
        side = TOUCH_PX if self.touch else 14
        return QSize(int(side * 10 + 16), int(side * 4 + 80))

    @override
    def _paint_chart(self, p: QPainter, area: QRectF) -> None:
        _bg, text, _grid = self.colours()
        metrics = QFontMetricsF(p.font())
        category = {c.key: c for c in self.categories}
        current = self._current()
        for index, mark in enumerate(self.marks):
            cell = self._cell(area, index)
            c = category[mark.category]
            self._paint_mark(p, cell, c, text, mark.id == current)
        self._paint_legend(p, QRectF(area.left() + 8, area.top(), area.width() - 16,
                                     self._legend_height(area.width() - 16)), text, metrics)
        line = metrics.height() * 1.45
        self._draw_readout(p, QRectF(area.left() + 8, area.top() + self._legend_height(area.width() - 16),
                                     area.width() - 16, line))

    def _paint_mark(self, p: QPainter, cell: QRectF, c: MarkCategory, text: QColor, selected: bool) -> None:
        colour = QColor(c.colour)
        tile = cell.adjusted(2, 2, -2, -2)
        p.setPen(QPen(text, 3) if selected else Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(tile, 4, 4)
        draw_shape(p, c.shape, tile.center(), tile.width() * 0.3, text_colour_on(colour))

    def _paint_legend(self, p: QPainter, rect: QRectF, text: QColor, metrics: QFontMetricsF) -> None:
        columns = self._legend_columns(rect.width())
        width = rect.width() / columns
        line = metrics.height() * 1.5
        counts = self.counts()
        for n, c in enumerate(self.categories):
            row, column = divmod(n, columns)
            x, y = rect.left() + column * width, rect.top() + row * line
            side = metrics.height() * 1.1
            self._paint_mark(p, QRectF(x, y + (line - side) / 2, side, side), c, text, False)
            p.setPen(text)
            p.drawText(QRectF(x + side + 8, y, width - side - 12, line), Qt.AlignmentFlag.AlignVCenter,
                       f"{c.label}: {self.number(counts[c.key])}")

    # ---- interaction

    @override
    def _hit(self, pos: QPointF) -> object:
        area = self._area()
        side, columns, grid = self._grid(area)
        if pos.x() < grid.left() or pos.y() < grid.top():
            return None
        column, row = int((pos.x() - grid.left()) // side), int((pos.y() - grid.top()) // side)
        index = row * columns + column
        return self.marks[index].id if column < columns and 0 <= index < len(self.marks) else None

    @override
    def _tip(self, key: object) -> str:
        mark = next((m for m in self.marks if m.id == key), None)
        if mark is None:
            return ""
        label = next(c.label for c in self.categories if c.key == mark.category)
        return f"{mark.label} — {label}"

    @override
    def _hint(self) -> str:
        return self.tr("Touch a mark to see who it is") if self.touch else self.tr(
            "Point at a mark to see who it is; the arrow keys move between marks")

    @override
    def _keys(self) -> list[Any]:
        return [m.id for m in self.marks]

    @override
    def _emit_activated(self, key: Any) -> None:
        self.mark_activated.emit(key)

    @override
    def _step(self, key: int) -> bool:
        if not self.marks:
            return False
        _side, columns, _grid = self._grid(self._area())
        ids = [m.id for m in self.marks]
        index = ids.index(self._selected) if self._selected in ids else None
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -columns, Qt.Key.Key_Down: columns}
        if key in moves:
            target = 0 if index is None else index + moves[Qt.Key(key)]
            if not 0 <= target < len(ids):
                return True  # no mark there (the edge of the grid): stay
            new = target
        elif key == Qt.Key.Key_Home:
            new = 0
        elif key == Qt.Key.Key_End:
            new = len(ids) - 1
        else:
            return False
        if new != index:
            self._activate(ids[new])
        return True

    @override
    def _describe(self) -> None:
        if not self.title:
            self.setAccessibleName(self.tr("Grid of marks"))
        counts = self.counts()
        parts = ", ".join(f"{c.label}: {counts[c.key]}" for c in self.categories)
        text = self.tr("%1 marks. %2.").replace("%1", str(len(self.marks))).replace("%2", parts)
        if self._selected is not None:
            text += " " + self.tr("Selected: %1.").replace("%1", self._tip(self._selected))
        self.setAccessibleDescription(text)
