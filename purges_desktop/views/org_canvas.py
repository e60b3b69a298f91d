# SPDX-License-Identifier: GPL-3.0-or-later
"""The drawn organisation chart: one card per seat on the chosen date, coloured by the holder's later fate, and
the succession of secret-police chiefs as a strip. Changing the date repaints in place (no widgets rebuilt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QWidget
from typing_extensions import override

from purges_desktop.domain.layout import Card, Section, grid_layout, ordinal
from purges_desktop.domain.model import Fate
from purges_desktop.domain.queries import (
    SURVIVED_REPRESSION,
    LaterFate,
    chart_on,
    cohort_figure,
    cohort_members,
    later_fate,
    later_fate_counts,
    police_chiefs,
)
from purges_desktop.domain.roles import perpetrator_index
from purges_desktop.qtmodels.fates import later_fate_colour, later_fate_symbol
from purges_desktop.qtmodels.labels import PERPETRATOR_MARK, later_fate_label, perpetrator_summary, role_label
from purges_desktop.views.gestures import DragTracker, grab_zoom_gestures, zoom_gesture
from purges_desktop.views.pages import cohort_title

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Figure, Membership
    from purges_desktop.domain.roles import RepressionRole

STRIP_H = 118.0
LEGEND_H = 64.0
STRIP_FIRST, STRIP_LAST = ordinal((1917, 12, 1)), ordinal((1953, 12, 31))


#: The opacity (0–255) of the fate colour's tint behind a card's text (text contrast: tests/views/test_contrast.py).
CARD_FILL_ALPHA = 38
#: The space between cards and around the chart.
GAP, MARGIN = 10.0, 16.0
#: The stronger tint and border of the card under the mouse pointer (a click on it opens the person).
CARD_HOVER_ALPHA = 64

class OrgChartCanvas(QWidget):
    """Cards of the organs on a date.

    Signals:
        person_activated(str): a card was clicked, or chosen with the arrow keys and Enter.
    """

    person_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.ds: Dataset | None = None
        self.lang = "en"
        self.day = (1934, 12, 1)
        self.zoom_factor = 1.0
        self._chart: list[tuple[str, list[Membership]]] = []
        self._sections: list[Section] = []
        self._by_key: dict[str, Membership] = {}
        self._focus = -1
        self._hover = ""  # the key of the card under the pointer
        self.setMouseTracking(True)
        self._chiefs: list[Membership] = []
        self._cohort: Figure | None = None
        self._parts: dict[str, tuple[RepressionRole, ...]] = {}
        grab_zoom_gestures(self)
        self._drag = DragTracker()

    # ---- public API

    def set_data(self, ds: Dataset | None, lang: str) -> None:
        """Show a dataset in ``lang``."""
        self.ds = ds
        self.lang = lang
        self._chiefs = police_chiefs(ds) if ds is not None else []
        self._cohort = cohort_figure(ds) if ds is not None else None
        self._parts = perpetrator_index(ds) if ds is not None else {}
        self._relayout()

    def set_day(self, day: tuple[int, int, int]) -> None:
        """Show the organs on another day; cards stay where they were unless someone before them left."""
        self.day = day
        self._relayout()

    def set_zoom(self, factor: float) -> None:
        """Scale the cards (0.6–2.0)."""
        self.zoom_factor = max(0.6, min(2.0, factor))
        self._relayout()

    def cards(self) -> list[tuple[Card, Membership]]:
        """The cards drawn, with the seat each shows (tests, accessibility)."""
        return [(c, self._by_key[c.key]) for s in self._sections for c in s.cards]

    def perpetrator_part(self, person_id: str) -> str:
        """What a card's mark stands for: the person's part in the repression ("NKVD chief"), "" for none."""
        roles = self._parts.get(person_id, ())
        return perpetrator_summary(self.ds, roles, self.lang, with_years=False) if roles and self.ds else ""

    def section_top(self, body_id: str) -> int:
        """The y of an organ's block (for scrolling to it), or -1."""
        return next((int(s.y) for s in self._sections if s.key == body_id), -1)

    # ---- layout

    def _card_size(self) -> tuple[float, float]:
        m = QFontMetricsF(self.font())
        return 23 * m.averageCharWidth() * self.zoom_factor + 20, m.height() * 4.1 * self.zoom_factor

    def _relayout(self) -> None:
        if self.ds is None:
            self._chart, self._sections, self._by_key = [], [], {}
        else:
            self._chart = chart_on(self.ds, self.day, self.lang)
            card_w, card_h = self._card_size()
            # At the normal size, as many columns as fit, the cards widened to fill the row (a wide screen shows
            # more of each line); the zoom then scales that width, so "+" always makes the cards wider.
            width = max(self.width(), 400)
            base = card_w / self.zoom_factor
            columns = max(1, int((width - 2 * MARGIN + GAP) // (base + GAP)))
            card_w = max(base, (width - 2 * MARGIN - (columns - 1) * GAP) / columns - 1) * self.zoom_factor
            groups = [(body, [m.person for m in held]) for body, held in self._chart]
            sections = grid_layout(groups, width, card_w, card_h, title_h=QFontMetricsF(self.font()).height() * 2.6,
                                   gap=GAP, margin=MARGIN)
            top = STRIP_H + self._legend_height()
            self._sections = [Section(s.key, s.y + top, s.height, tuple(
                Card(c.key, c.x, c.y + top, c.w, c.h) for c in s.cards)) for s in sections]
            self._by_key = {f"{body}/{m.person}": m for body, held in self._chart for m in held}
        self._focus = min(self._focus, len(self.cards()) - 1)
        height = int(self._sections[-1].y + self._sections[-1].height + 20) if self._sections else 300
        self.setMinimumHeight(height)
        self.updateGeometry()
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(900, self.minimumHeight())

    @override
    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self._relayout()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self._relayout()
        super().changeEvent(event)

    # ---- painting

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        self._paint_strip(p, text)
        self._paint_legend(p, text)
        if self.ds is None:
            p.end()
            return
        focus_key = self.cards()[self._focus][0].key if 0 <= self._focus < len(self.cards()) else ""
        for section in self._sections:
            held = next(h for b, h in self._chart if b == section.key)
            self._paint_title(p, section, held, text)
            for card in section.cards:
                self._paint_card(p, card, self._by_key[card.key], text, card.key == focus_key,
                                 card.key == self._hover)
        p.end()

    @staticmethod
    def title_font(font: QFont) -> QFont:
        """A section's title font: the body font in bold, 15 % larger.

        The kiosk's style sheet sizes fonts in pixels (``pointSizeF()`` is then -1), study mode in points: the title
        scales whichever the font has.
        """
        title = QFont(font)
        title.setBold(True)
        if font.pixelSize() > 0:
            title.setPixelSize(round(font.pixelSize() * 1.15))
        else:
            title.setPointSizeF(font.pointSizeF() * 1.15)
        return title

    def _paint_title(self, p: QPainter, section: Section, held: list[Membership], text: QColor) -> None:
        assert self.ds is not None
        body = self.ds.bodies[section.key]
        font = p.font()
        title = self.title_font(font)
        p.setFont(title)
        p.setPen(text)
        p.drawText(QPointF(16, section.y + QFontMetricsF(title).ascent() + 6), body.name.get(self.lang))
        p.setFont(font)
        summary = "   ".join(f"{later_fate_symbol(k)} {later_fate_label(k)} {n}"
                             for k, n in later_fate_counts(self.ds, (m.person for m in held)))
        p.setPen(pal_dim(text))
        p.drawText(QPointF(16, section.y + QFontMetricsF(font).height() * 2.2),
                   f"{len(held)} · {summary}")

    def _paint_card(self, p: QPainter, card: Card, m: Membership, text: QColor, focused: bool,
                    hovered: bool = False) -> None:
        assert self.ds is not None
        person = self.ds.people[m.person]
        rect = QRectF(card.x, card.y, card.w, card.h)
        key = later_fate(person)
        colour = QColor(later_fate_colour(key))
        fill = QColor(colour)
        fill.setAlpha(CARD_HOVER_ALPHA if hovered else CARD_FILL_ALPHA)
        p.setBrush(fill)
        pen = QPen(text if focused else colour, 3 if focused else 2 if hovered else 1)
        if not m.surely_active_on(self.day):
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRoundedRect(rect, 6, 6)
        p.fillRect(QRectF(card.x, card.y, 7, card.h), colour)
        metrics = QFontMetricsF(p.font())
        line = metrics.height()
        inner = QRectF(card.x + 12, card.y + 4, card.w - 16, line)
        if m.person in self._parts:
            tag = self._paint_perpetrator_mark(p, rect, text, metrics)
            inner.setWidth(inner.width() - tag)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(text)
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
            short_name(person.name.get(self.lang)), Qt.TextElideMode.ElideRight, inner.width()))
        font.setBold(False)
        p.setFont(font)
        role = m.title.get(self.lang) or role_label(m.role)
        start = m.start.format(self.lang) if m.start else "?"
        end = m.end.format(self.lang) if m.end else "?" if m.end_unknown else ""
        for i, value in enumerate((role, f"{start} – {end}",
                                   f"{later_fate_symbol(key)} {later_fate_label(key)}")):
            p.setPen(text if i != 1 else pal_dim(text))
            row = QRectF(inner.x(), inner.y() + line * (i + 1) * 0.98, inner.width(), line)
            p.drawText(row, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(value, Qt.TextElideMode.ElideRight,
                                                                           row.width()))

    @staticmethod
    def _paint_perpetrator_mark(p: QPainter, rect: QRectF, text: QColor, metrics: QFontMetricsF) -> float:
        """The mark of someone who carried out the repression: a second, outer ring in the text colour and a tag
        with :data:`PERPETRATOR_MARK` in the top right corner, so that the fate colour still tells their own fate.
        Returns the tag's width (the name is cut before it)."""
        p.save()
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(text, 2))
        p.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 8, 8)
        side = metrics.height() + 4
        tag = QRectF(rect.right() - side, rect.top(), side, side)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(text)
        p.drawRoundedRect(tag, 4, 4)
        back = QColor(255 - text.red(), 255 - text.green(), 255 - text.blue())
        p.setPen(back)
        p.drawText(tag, Qt.AlignmentFlag.AlignCenter, PERPETRATOR_MARK)
        p.restore()
        return side

    def perpetrator_legend(self) -> str:
        """The legend's line for the mark."""
        return self.tr("Double frame and %1: took part in carrying out the repression (a post in the secret police, "
                       "judge, prosecutor, signed or submitted shooting lists). The colour is still their own "
                       "later fate.").replace("%1", PERPETRATOR_MARK)

    def _perpetrator_legend_height(self) -> float:
        metrics = QFontMetricsF(self.font())
        rect = metrics.boundingRect(QRectF(0, 0, max(200, self.width() - 32 - self._sample_w()), 10_000),
                                    Qt.TextFlag.TextWordWrap, self.perpetrator_legend())
        return max(rect.height(), metrics.height() + 8) + 8

    def _sample_w(self) -> float:
        return QFontMetricsF(self.font()).height() * 2.2 + 16

    def _paint_legend(self, p: QPainter, text: QColor) -> None:
        x = 16.0
        y = STRIP_H + LEGEND_H / 2 + 5
        metrics = QFontMetricsF(p.font())
        keys = [LaterFate(f.value) for f in Fate if f != Fate.NATURAL_DEATH] + [SURVIVED_REPRESSION,
                                                                                LaterFate.NATURAL_DEATH]
        for key in keys:
            p.setBrush(QColor(later_fate_colour(key)))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRect(QRectF(x, y - 11, 14, 14))
            p.setPen(text)
            label = f"{later_fate_symbol(key)} {later_fate_label(key)}"
            p.drawText(QPointF(x + 19, y), label)
            x += 19 + metrics.horizontalAdvance(label) + 18
        # The perpetrators' mark: a small sample card, then its meaning, wrapped.
        top = y + 12
        line = metrics.height()
        sample = QRectF(20, top + 4, line * 2.2, line + 4)
        p.setPen(QPen(pal_dim(text), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(sample, 4, 4)
        self._paint_perpetrator_mark(p, sample, text, metrics)
        p.setPen(text)
        p.drawText(QRectF(16 + self._sample_w(), top, self.width() - 32 - self._sample_w(),
                          self._perpetrator_legend_height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.perpetrator_legend())
        cohort = self.cohort_line()
        if cohort:
            # Wrapped, never cut: the legend is as tall as the line needs (_legend_height).
            p.setPen(text)
            p.drawText(QRectF(16, top + self._perpetrator_legend_height(), self.width() - 32, self._cohort_height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, cohort)

    def _cohort_height(self) -> float:
        cohort = self.cohort_line()
        if not cohort:
            return 0.0
        rect = QFontMetricsF(self.font()).boundingRect(QRectF(0, 0, max(200, self.width() - 32), 10_000),
                                                       Qt.TextFlag.TextWordWrap, cohort)
        return rect.height() + 4

    def _legend_height(self) -> float:
        """The legend's row of fates and, below it, the perpetrators' mark and the cohort line, wrapped to the width."""
        return max(LEGEND_H, LEGEND_H / 2 + 17 + self._perpetrator_legend_height() + self._cohort_height() + 8)

    def cohort_line(self) -> str:
        """"Central Committee elected in 1934: of N recorded, …" — for the cohort a published figure counts
        (:func:`cohort_figure`), computed from the data, with the published figure beside it; "" without one."""
        figure = self._cohort
        if self.ds is None or figure is None or figure.cohort is None:
            return ""
        people = cohort_members(self.ds, figure.cohort.body, figure.cohort.cohort)
        parts = ", ".join(f"{later_fate_label(k).lower()} {n}" for k, n in later_fate_counts(self.ds, people))
        line = self.tr("%1: of the %2 people recorded here: %3.").replace(
            "%1", cohort_title(self.ds, figure.cohort, self.lang)).replace("%2", str(len(people))).replace(
            "%3", parts)
        return line + " " + self.tr("Published figure: %1 (%2).").replace("%1", f"{figure.value:g}").replace(
            "%2", figure.counts.get(self.lang))

    def _paint_strip(self, p: QPainter, text: QColor) -> None:
        """The chiefs of the secret police, 1917–1953, with the chosen date marked."""
        assert self is not None
        left, width = 16.0, max(200.0, self.width() - 32.0)

        def x_of(n: int) -> float:
            return left + (n - STRIP_FIRST) / (STRIP_LAST - STRIP_FIRST) * width

        p.setPen(text)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QPointF(left, 18), self.tr("Chiefs of the secret police"))
        font.setBold(False)
        p.setFont(font)
        metrics = QFontMetricsF(font)
        for i, m in enumerate(self._chiefs):
            assert self.ds is not None and m.start is not None
            a = x_of(ordinal(m.start.earliest()))
            b = x_of(ordinal((m.end or m.start).latest()))
            person = self.ds.people[m.person]
            colour = QColor(later_fate_colour(later_fate(person)))
            y = 28 + (i % 2) * 34
            p.fillRect(QRectF(a, y, max(2.0, b - a), 12), colour)
            name = person.surname.get(self.lang) or person.name.get(self.lang).split()[-1]
            if metrics.horizontalAdvance(name) < (b - a) + 30:
                p.setPen(text)
                p.drawText(QPointF(a, y + 26), name)
        for year in range(1920, 1954, 5):
            x = x_of(ordinal((year, 1, 1)))
            p.setPen(pal_dim(text))
            p.drawText(QPointF(x - 14, STRIP_H - 6), str(year))
        x = x_of(ordinal(self.day))
        p.setPen(QPen(QColor("#000000") if text.lightness() < 128 else QColor("#F0E442"), 3))
        p.drawLine(QPointF(x, 24), QPointF(x, STRIP_H - 22))

    # ---- input

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag.press(event.globalPosition())
        self.setFocus()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not event.buttons():
            self._set_hover(event.position())
            return
        # Dragging the chart scrolls it (the scroll area around it), as a finger would.
        delta = self._drag.move(event.globalPosition())
        if delta is None:
            return
        area = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(area, QAbstractScrollArea):
            bar = area.verticalScrollBar()
            bar.setValue(bar.value() - int(delta.y()))

    @override
    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def _set_hover(self, pos: QPointF | None) -> None:
        """Mark the card under the pointer (a hand cursor and a hint say a click opens the person)."""
        card = next((c for c, _m in self.cards() if pos is not None and QRectF(c.x, c.y, c.w, c.h).contains(pos)),
                    None)
        key = card.key if card is not None else ""
        if key == self._hover:
            return
        self._hover = key
        if card is None:
            self.unsetCursor()
            self.setToolTip("")
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            m = self._by_key[key]
            person = self.ds.people[m.person] if self.ds is not None else None
            start = m.start.format(self.lang) if m.start else "?"
            end = m.end.format(self.lang) if m.end else "?" if m.end_unknown else ""
            lines = (person.name.get(self.lang) if person is not None else "", m.title.get(self.lang)
                     or role_label(m.role), f"{start} – {end}",
                     self.tr("Click a card to open the person in the People tab."))
            self.setToolTip("\n".join(lines))
        self.update()

    def hovered_person(self) -> str:
        """The person of the card under the pointer; "" when none."""
        m = self._by_key.get(self._hover)
        return m.person if m is not None else ""

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag.release():
            return
        pos = event.position()
        for i, (card, m) in enumerate(self.cards()):
            if QRectF(card.x, card.y, card.w, card.h).contains(pos):
                self._focus = i
                self.update()
                self.person_activated.emit(m.person)
                return

    @override
    def event(self, event: QEvent) -> bool:
        # Two-finger pinch (touch screens) or a trackpad zoom scales the cards.
        zoom = zoom_gesture(self, event)
        if zoom is not None:
            self.set_zoom(self.zoom_factor * zoom[0])
            return True
        return super().event(event)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom_factor * (1.1 if event.angleDelta().y() > 0 else 1 / 1.1))
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        cards = self.cards()
        key = event.key()
        if key in {Qt.Key.Key_Plus, Qt.Key.Key_Equal}:
            self.set_zoom(self.zoom_factor * 1.15)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom_factor / 1.15)
        elif key in {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up} and cards:
            step = 1 if key in {Qt.Key.Key_Right, Qt.Key.Key_Down} else -1
            self._focus = max(0, min(len(cards) - 1, self._focus + step))
            self.update()
        elif key in {Qt.Key.Key_Return, Qt.Key.Key_Enter} and 0 <= self._focus < len(cards):
            self.person_activated.emit(cards[self._focus][1].person)
        else:
            super().keyPressEvent(event)

    def focused_person(self) -> str:
        """The person whose card has the keyboard focus ("" for none)."""
        cards = self.cards()
        return cards[self._focus][1].person if 0 <= self._focus < len(cards) else ""


def pal_dim(colour: QColor) -> QColor:
    """A quieter version of a text colour."""
    dim = QColor(colour)
    dim.setAlpha(170)
    return dim


def short_name(full: str) -> str:
    """Given name and surname only ("Николай Иванович Ежов" -> "Николай Ежов"), for cards."""
    parts = full.split()
    return f"{parts[0]} {parts[-1]}" if len(parts) > 2 else full
