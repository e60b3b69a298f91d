# SPDX-License-Identifier: GPL-3.0-or-later
"""What every chart shares: painting into a widget, a PNG or an SVG from one routine, the table of its numbers
(``rows()``, CSV), large type and touch targets for the kiosk, tooltips and a readout line for hover and tap,
and the colour-blind-safe palette with shapes and hatching so colour is never the only cue."""

from __future__ import annotations

import csv
import io
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QLocale, QPoint, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from purges_desktop.views.retranslate import Retranslatable

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}

#: The smallest text the kiosk draws (body text of at least 22 px at 1920x1080, docs/kiosk.md) and its touch target.
KIOSK_TEXT_PX = 22
TOUCH_PX = 44.0

#: Fill styles so two series differ without colour: a solid fill, diagonal hatching, or an outline with dots.
FILLS = ("solid", "hatch", "dots")

#: Vector shapes for marks (text glyphs such as ✕ or ◐ are missing from many fonts, so shapes are drawn).
SHAPES = ("disc", "cross", "triangle", "diamond", "square", "ring", "half", "dash", "question")


Cell = str | int | float | None


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) + 0.0722 * channel(
        background.blueF())
    return QColor("#000000") if lum > 0.18 else QColor("#FFFFFF")


def hatch_rect(rect: QRectF, step: float) -> list[QLineF]:
    """Diagonal lines (bottom-left to top-right) ``step`` px apart, cut to ``rect`` by arithmetic.

    Painting through a clip would be simpler, but QSvgGenerator drops clipping: the lines would spill out of the
    bar in an exported SVG.
    """
    lines: list[QLineF] = []
    left, right, bottom, height = rect.left(), rect.right(), rect.bottom(), rect.height()
    k = left - height + ((height % step) if step else 0)
    while k < right:
        lo, hi = max(0.0, left - k), min(height, right - k)
        if hi > lo:
            lines.append(QLineF(k + lo, bottom - lo, k + hi, bottom - hi))
        k += step
    return lines


def hatch_circle(centre: QPointF, radius: float, step: float) -> list[QLineF]:
    """Diagonal lines ``step`` px apart, cut to a circle by arithmetic (see ``hatch_rect``)."""
    lines: list[QLineF] = []
    root = math.sqrt(0.5)
    offset = -radius + step / 2
    while offset < radius:
        half = math.sqrt(max(0.0, radius * radius - offset * offset))
        mx, my = centre.x() + offset * root, centre.y() + offset * root  # along the normal (1, 1)
        lines.append(QLineF(mx - half * root, my + half * root, mx + half * root, my - half * root))
        offset += step
    return lines


def fill_rect(p: QPainter, rect: QRectF, colour: QColor, fill: str) -> None:
    """Fill ``rect`` in a series style: solid, hatched (light fill + dark diagonals) or dotted outline.

    Hatching is drawn as lines, not a Qt pattern brush, so it survives the SVG export unchanged.
    """
    if rect.width() <= 0 or rect.height() <= 0:
        return
    if fill == "solid":
        p.fillRect(rect, colour)
        return
    light = QColor(colour)
    light.setAlpha(90)
    p.fillRect(rect, light)
    p.save()
    if fill == "hatch":
        p.setPen(QPen(colour, max(1.5, min(3.0, rect.width() / 6))))
        p.drawLines(hatch_rect(rect, 7.0))
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        y = rect.top() + 3
        row = 0
        while y + 1.6 <= rect.bottom():
            x = rect.left() + (3 if row % 2 else 6)
            while x + 1.6 <= rect.right():
                p.drawEllipse(QPointF(x, y), 1.6, 1.6)
                x += 6
            y += 5
            row += 1
    p.setPen(QPen(colour, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75))
    p.restore()


def fill_circle(p: QPainter, centre: QPointF, radius: float, colour: QColor, fill: str) -> None:
    """Fill a circle in a series style (solid, hatched or dotted), without clipping (see ``hatch_rect``)."""
    p.save()
    if fill == "solid":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(centre, radius, radius)
    else:
        light = QColor(colour)
        light.setAlpha(90)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(light)
        p.drawEllipse(centre, radius, radius)
        if fill == "hatch":
            p.setPen(QPen(colour, max(1.5, min(3.0, radius / 4))))
            p.drawLines(hatch_circle(centre, radius - 0.5, 6.0))
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            for line in hatch_circle(centre, radius - 2, 5.0):
                steps = int(line.length() // 6)
                for n in range(steps + 1):
                    p.drawEllipse(line.pointAt(n / steps) if steps else line.center(), 1.6, 1.6)
    p.restore()


def draw_shape(p: QPainter, shape: str, centre: QPointF, radius: float, colour: QColor) -> None:
    """Draw a vector shape (one of ``SHAPES``) in ``colour`` centred on ``centre``."""
    r = radius
    x, y = centre.x(), centre.y()
    p.save()
    p.setBrush(colour)
    p.setPen(QPen(colour, max(1.5, r / 4), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    if shape == "disc":
        p.drawEllipse(centre, r * 0.8, r * 0.8)
    elif shape == "cross":
        k = r * 0.7
        p.setPen(QPen(colour, max(2.0, r / 2.6), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(x - k, y - k), QPointF(x + k, y + k))
        p.drawLine(QPointF(x - k, y + k), QPointF(x + k, y - k))
    elif shape == "triangle":
        p.drawPolygon(QPolygonF([QPointF(x, y - r * 0.85), QPointF(x + r * 0.85, y + r * 0.7),
                                 QPointF(x - r * 0.85, y + r * 0.7)]))
    elif shape == "diamond":
        p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r * 0.8, y), QPointF(x, y + r),
                                 QPointF(x - r * 0.8, y)]))
    elif shape == "square":
        p.drawRect(QRectF(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4))
    elif shape == "ring":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, max(2.0, r / 3.5)))
        p.drawEllipse(centre, r * 0.7, r * 0.7)
    elif shape == "dash":
        p.drawRect(QRectF(x - r * 0.8, y - r * 0.18, r * 1.6, r * 0.36))
    elif shape == "half":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, max(1.5, r / 5)))
        p.drawEllipse(centre, r * 0.8, r * 0.8)
        path = QPainterPath()
        path.moveTo(x, y - r * 0.8)
        path.arcTo(QRectF(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6), 90, 180)
        path.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(path)
    else:  # "question" and anything unknown: a question mark, the one glyph every font has
        font = QFont(p.font())
        font.setPixelSize(max(8, round(r * 1.9)))
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(x - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, "?")
    p.restore()


def nice_ceiling(value: float, steps: int = 5) -> tuple[float, float]:
    """A round top for a value axis that starts at zero, and its tick step (1, 2, 2.5 or 5 times a power of 10)."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / steps
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step - 1e-9), step


class ChartWidget(Retranslatable, QWidget):
    """Base of the charts. Subclasses implement ``_paint_chart``, ``rows``, ``_hit`` and ``_tip``.

    Shared API: ``rows()``, ``csv_text()``, ``png_bytes()``, ``svg_bytes()`` (exports are bytes: a widget never
    writes a file; the application saves them), ``set_kiosk(on)``,
    ``set_title(text)``, ``set_number_locale(locale)``, ``readout()`` (the text of the highlighted item).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # Qt turns taps into mouse presses
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.kiosk = False
        self.title = ""
        self._locale: QLocale | None = None
        self._hover: object = None
        self._selected: Any = None

    # ---- shared public API

    def set_kiosk(self, on: bool) -> None:
        """Large type (at least 22 px) and touch targets of at least 44 px."""
        self.kiosk = on
        self.updateGeometry()
        self.update()

    def set_title(self, title: str) -> None:
        """A title drawn above the chart (and used as the accessible name and SVG title)."""
        self.title = title
        self.setAccessibleName(title)
        self.update()

    def set_number_locale(self, locale: QLocale | None) -> None:
        """Format numbers with this ``QLocale`` (default: the application's default locale, set per language)."""
        self._locale = locale
        self.update()

    def number(self, value: float | None) -> str:
        """A figure formatted for the language (thousands separators), or the "no data" text."""
        if value is None:
            return QCoreApplication.translate("ChartWidget", "no data")
        locale = self._locale or QLocale()
        if locale.language() == QLocale.Language.C:  # the "C" locale has no thousands separator
            locale = QLocale(QLocale.Language.English)
        if float(value).is_integer():
            return locale.toString(int(value))
        return locale.toString(float(value), "f", 1)

    def rows(self) -> tuple[list[str], list[list[Cell]]]:
        """The chart's numbers as a table: headers and rows (a missing value is ``None``)."""
        raise NotImplementedError

    def csv_text(self) -> str:
        """``rows()`` as CSV text with a header row (a missing value is an empty cell)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        headers, rows = self.rows()
        writer.writerow(headers)
        writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
        return out.getvalue()

    def svg_bytes(self, size: QSize | None = None) -> bytes:
        """The chart as vector SVG, in memory (the application layer writes files, not the widget)."""
        from PySide6.QtCore import QBuffer, QIODevice  # noqa: PLC0415
        from PySide6.QtSvg import QSvgGenerator  # noqa: PLC0415 - only when exporting: keeps QtSvg out of start-up

        size = size or self.export_size()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title or self.accessibleName())
        generator.setDescription(self.accessibleDescription())
        p = QPainter(generator)
        p.fillRect(QRectF(0, 0, size.width(), size.height()), self.palette().color(QPalette.ColorRole.Base))
        self._paint_all(p, QSizeF(size))
        p.end()
        return bytes(buffer.data().data())

    def export_size(self) -> QSize:
        """The size exports are drawn at: the widget's own once it has been laid out, else its size hint."""
        return self.size() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else self.sizeHint()

    def render_image(self, size: QSize | None = None) -> QImage:
        """The chart drawn into an image (``size`` defaults to ``export_size()``)."""
        size = size or self.export_size()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        p = QPainter(image)
        self._paint_all(p, QSizeF(size))
        p.end()
        return image

    def png_bytes(self, size: QSize | None = None) -> bytes:
        """The chart as a PNG image, in memory."""
        from PySide6.QtCore import QBuffer, QIODevice  # noqa: PLC0415

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.render_image(size).save(buffer, "PNG")
        return bytes(buffer.data().data())

    def _step_linear(self, keys: list[Any], key: int, back: Qt.Key, forward: Qt.Key) -> bool:
        """Keyboard movement along a row of items (``back``/``forward``, Home, End): select and activate the item
        reached; True when the key was one of these."""
        if not keys:
            return False
        index = keys.index(self._selected_key()) if self._selected_key() in keys else None
        if key == back:
            new = len(keys) - 1 if index is None else max(0, index - 1)
        elif key == forward:
            new = 0 if index is None else min(len(keys) - 1, index + 1)
        elif key == Qt.Key.Key_Home:
            new = 0
        elif key == Qt.Key.Key_End:
            new = len(keys) - 1
        else:
            return False
        if new != index:
            self._activate(keys[new])
        return True

    def readout(self) -> str:
        """The exact figures of the highlighted (hovered, tapped or keyboard-selected) item, or a hint."""
        return self._tip(self._current()) if self._current() is not None else self._hint()

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip shown at a point of the widget ("" over empty space)."""
        key = self._hit(QPointF(pos))
        return self._tip(key) if key is not None else ""

    # ---- fonts and colours

    def body_font(self, scale: float = 1.0) -> QFont:
        """The widget's font, at least 22 px in the kiosk."""
        font = QFont(self.font())
        if self.kiosk:
            px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
            font.setPixelSize(max(round(KIOSK_TEXT_PX * scale), round(px * scale)))
        elif scale != 1.0:
            if font.pixelSize() > 0:
                font.setPixelSize(max(9, round(font.pixelSize() * scale)))
            else:
                font.setPointSizeF(max(7.0, font.pointSizeF() * scale))
        return font

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """Background, text and grid colours from the palette (the kiosk's style sheet makes them dark)."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(60)
        return pal.color(QPalette.ColorRole.Base), text, grid

    # ---- painting

    def _paint_all(self, p: QPainter, size: QSizeF) -> None:
        """Title, then the chart below it."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        top = 0.0
        if self.title:
            font = self.body_font(1.25)
            font.setBold(True)
            p.setFont(font)
            p.setPen(self.colours()[1])
            height = QFontMetricsF(font).height() + 8
            p.drawText(QRectF(8, 4, size.width() - 16, height), Qt.AlignmentFlag.AlignLeft, self.title)
            top = height + 4
        p.setFont(self.body_font())
        self._paint_chart(p, QRectF(0, top, size.width(), size.height() - top))

    def _title_height(self) -> float:
        return QFontMetricsF(self.body_font(1.25)).height() + 12 if self.title else 0.0

    def _paint_chart(self, p: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def _draw_readout(self, p: QPainter, rect: QRectF) -> None:
        """The line that always shows the highlighted item's figures (touch screens have no hover)."""
        _bg, text, _grid = self.colours()
        p.setPen(text)
        font = self.body_font()
        font.setBold(self._current() is not None)
        p.setFont(font)
        metrics = QFontMetricsF(font)
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   metrics.elidedText(self.readout().replace("\n", " · "), Qt.TextElideMode.ElideRight,
                                      rect.width()))
        p.setFont(self.body_font())

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.colours()[0])
        self._paint_all(p, QSizeF(self.size()))
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    # ---- interaction hooks for subclasses

    def _hit(self, pos: QPointF) -> object:
        """The key of the item under ``pos`` (widget coordinates), or None."""
        raise NotImplementedError

    def _tip(self, key: object) -> str:
        """The tooltip / readout text of an item."""
        raise NotImplementedError

    def _hint(self) -> str:
        if self.kiosk:
            return QCoreApplication.translate("ChartWidget", "Touch an item to see its figures")
        return QCoreApplication.translate("ChartWidget", "Point at an item to see its figures")

    def _current(self) -> object:
        """The highlighted item: the one under the pointer, else the selected one."""
        return self._hover if self._hover is not None else self._selected_key()

    # ---- the selected item: one per chart, its figures in the readout line

    def _keys(self) -> list[Any]:
        """The items' keys, in order (subclasses)."""
        raise NotImplementedError

    def _emit_activated(self, key: Any) -> None:
        """Emit the chart's own signal for ``key`` (subclasses)."""
        raise NotImplementedError

    def _selected_key(self) -> object:
        return self._selected

    def _select(self, key: object) -> None:
        """Select ``key`` (``None`` or an unknown key: nothing) without emitting the signal."""
        self._selected = key if key in self._keys() else None
        self._describe()
        self.update()

    def _activate(self, key: object) -> None:
        """Select ``key`` and emit the chart's signal."""
        if key in self._keys():
            self._select(key)
            self._emit_activated(key)

    def _step(self, key: int) -> bool:
        """Move the selection for an arrow/Home/End key; return whether it was handled."""
        raise NotImplementedError

    def _describe(self) -> None:
        """Update the accessible description (what a screen reader says about the chart and its selection)."""

    @override
    def setAccessibleDescription(self, description: str) -> None:
        """Set the description and tell assistive technology that it changed (the selection moved)."""
        if description == self.accessibleDescription():
            return
        super().setAccessibleDescription(description)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def _show_tip(self, key: object, global_pos: QPoint) -> None:
        if key is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(global_pos, self._tip(key), self)

    # ---- events

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        key = self._hit(event.position())
        if key != self._hover:
            self._hover = key
            self._show_tip(key, event.globalPosition().toPoint())
            self.update()
        super().mouseMoveEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.LeftButton:
            key = self._hit(event.position())
            if key is not None:
                self._hover = key
                self._show_tip(key, event.globalPosition().toPoint())
                self._activate(key)
                event.accept()
                return
        super().mousePressEvent(event)

    @override
    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space} and self._selected_key() is not None:
            self._activate(self._selected_key())
        elif self._step(key):
            self._hover = None
            self._describe()
            self.update()
        else:
            super().keyPressEvent(event)

    @override
    def focusInEvent(self, event: QEvent) -> None:
        self.update()
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    @override
    def retranslate_ui(self) -> None:
        self._describe()
        self.update()
