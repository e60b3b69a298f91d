# SPDX-License-Identifier: GPL-3.0-or-later
"""Pure layout for the drawn views: the timeline's time scale, ticks and labels, and the organisation chart's cards.

No Qt here: the widgets in ``views/`` only paint what these functions compute, so the hard parts are tested fast.
"""

from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from purges_desktop.domain.dates import PartialDate

_MONTH_ABBR = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
}


def ordinal(day: tuple[int, int, int]) -> int:
    """Days since 1 January of year 1 (Gregorian) for ``(y, m, d)``."""
    y, m, d = day
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1])).toordinal()


def from_ordinal(value: float) -> tuple[int, int, int]:
    """The day containing an ordinal (clamped to the calendar)."""
    n = max(1, min(int(value), dt.date.max.toordinal()))
    d = dt.date.fromordinal(n)
    return (d.year, d.month, d.day)


def span_of(date: PartialDate, end: PartialDate | None = None) -> tuple[int, int]:
    """First and last ordinal a (possibly partial) date or date range covers."""
    last = end if end is not None else date
    return ordinal(date.earliest()), ordinal(last.latest())


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps days to x pixels: ``x = (ordinal - start) * px_per_day``."""

    start: float
    px_per_day: float

    def x(self, day_ordinal: float) -> float:
        """The x of a day's start."""
        return (day_ordinal - self.start) * self.px_per_day

    def day_at(self, x: float) -> float:
        """The (fractional) ordinal at x."""
        return self.start + x / self.px_per_day

    def zoomed(self, factor: float, anchor_x: float, lo: float = 0.02, hi: float = 400.0) -> TimeScale:
        """Zoom by ``factor`` keeping the day under ``anchor_x`` in place (px per day clamped to [lo, hi])."""
        ppd = max(lo, min(hi, self.px_per_day * factor))
        anchor = self.day_at(anchor_x)
        return TimeScale(anchor - anchor_x / ppd, ppd)

    def panned(self, dx: float) -> TimeScale:
        """Move the view by ``dx`` pixels (positive: later dates come into view)."""
        return TimeScale(self.start + dx / self.px_per_day, self.px_per_day)


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick: where, what it says, and whether it is a major tick."""

    ordinal: int
    label: str
    major: bool


def tick_unit(px_per_day: float) -> str:
    """The finest unit whose ticks are at least ~60 px apart: decade, year, quarter, month or day."""
    for unit, days in (("day", 1), ("month", 30.4), ("quarter", 91.3), ("year", 365.25)):
        if px_per_day * days >= 60:
            return unit
    return "decade"


def ticks(scale: TimeScale, width: float, lang: str = "en") -> list[Tick]:
    """Ticks for the visible range, labelled for the zoom level (decades down to days)."""
    unit = tick_unit(scale.px_per_day)
    y0, _, _ = from_ordinal(scale.day_at(0))
    y1, _, _ = from_ordinal(scale.day_at(width))
    months = _MONTH_ABBR.get(lang, _MONTH_ABBR["en"])
    out: list[Tick] = []
    if unit in {"decade", "year"}:
        step = 10 if unit == "decade" else 1
        for y in range(y0 - y0 % step, y1 + 1, step):
            if 1 <= y <= 9999:
                out.append(Tick(ordinal((y, 1, 1)), f"{y}s" if unit == "decade" and lang == "en" else str(y),
                                y % 10 == 0 if unit == "year" else True))
    elif unit in {"quarter", "month"}:
        step = 3 if unit == "quarter" else 1
        for y in range(y0, y1 + 1):
            for m in range(1, 13, step):
                label = str(y) if m == 1 else months[m - 1]
                out.append(Tick(ordinal((y, m, 1)), label, m == 1))
    else:
        first, last = int(scale.day_at(0)), int(scale.day_at(width)) + 1
        for n in range(first, last + 1):
            y, m, d = from_ordinal(n)
            label = f"{d} {months[m - 1]}" if d != 1 else f"{months[m - 1]} {y}"
            out.append(Tick(n, label, d == 1))
    lo, hi = scale.day_at(-1), scale.day_at(width + 1)
    return [t for t in out if lo <= t.ordinal <= hi]


@dataclass(frozen=True, slots=True)
class Marker:
    """An event on the timeline: its id, lane, and the days it covers."""

    id: str
    lane: int
    first: int
    last: int
    label: str


def visible_markers(markers: list[Marker], firsts: list[int], scale: TimeScale, width: float) -> list[Marker]:
    """The markers that overlap the visible range (``markers`` sorted by ``first``, ``firsts`` their keys)."""
    lo, hi = scale.day_at(0), scale.day_at(width)
    # Events last at most a few years: look back a bounded window so that long ones still show.
    start = bisect_left(firsts, lo - 3660)
    stop = bisect_right(firsts, hi)
    return [m for m in markers[start:stop] if m.last >= lo]


@dataclass(frozen=True, slots=True)
class Cluster:
    """Markers of one lane whose labels had no room, shown as a "+N" badge that zooms to them when tapped.

    Attributes:
        x: where the badge is drawn (the first marker's x).
        count: how many markers it stands for.
        first: the first day of its markers (a day ordinal).
        last: the first day of its last marker.
    """

    x: float
    count: int
    first: int
    last: int


def place_labels(markers: list[Marker], scale: TimeScale, text_width: dict[str, float],
                 gap: float = 8.0) -> tuple[set[str], dict[int, list[Cluster]]]:
    """Choose which labels to draw so that no two overlap in a lane, and cluster the rest.

    Returns the ids whose labels are drawn, and per lane the :class:`Cluster` of markers whose labels had no room
    (drawn as a count when more than one marker shares a spot). A cluster's days include the marker whose label
    crowded it out, so that zooming to them separates it from that one too.
    """
    shown: set[str] = set()
    clusters: dict[int, list[Cluster]] = {}
    last_end: dict[int, float] = {}
    last_shown: dict[int, int] = {}
    for m in sorted(markers, key=lambda m: (m.lane, m.first, m.id)):
        x = scale.x(m.first)
        end = x + text_width.get(m.id, 0.0) + 12
        if x >= last_end.get(m.lane, float("-inf")) + gap:
            shown.add(m.id)
            last_end[m.lane] = end
            last_shown[m.lane] = m.first
            continue
        lane_clusters = clusters.setdefault(m.lane, [])
        if lane_clusters and x - lane_clusters[-1].x < 24:
            c = lane_clusters[-1]
            lane_clusters[-1] = Cluster(c.x, c.count + 1, c.first, m.first)
        else:
            lane_clusters.append(Cluster(x, 1, min(m.first, last_shown.get(m.lane, m.first)), m.first))
    return shown, clusters


@dataclass(frozen=True, slots=True)
class Card:
    """A person's card in the organisation chart."""

    key: str
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Card) -> bool:
        """True when two cards share any area."""
        return not (self.x + self.w <= other.x or other.x + other.w <= self.x or
                    self.y + self.h <= other.y or other.y + other.h <= self.y)


@dataclass(frozen=True, slots=True)
class Section:
    """An organ's block: its title row and its cards."""

    key: str
    y: float
    height: float
    cards: tuple[Card, ...]


def grid_layout(groups: list[tuple[str, list[str]]], width: float, card_w: float, card_h: float,
                title_h: float = 40.0, gap: float = 10.0, margin: float = 16.0) -> list[Section]:
    """Lay organs out top to bottom, each as rows of equal cards filling ``width``.

    Cards keep their order within a group, so positions only shift when someone arrives or leaves before them.
    """
    columns = max(1, int((width - 2 * margin + gap) // (card_w + gap)))
    sections: list[Section] = []
    y = margin
    for key, members in groups:
        cards = []
        for i, member in enumerate(members):
            row, col = divmod(i, columns)
            cards.append(Card(f"{key}/{member}", margin + col * (card_w + gap),
                              y + title_h + row * (card_h + gap), card_w, card_h))
        rows = (len(members) + columns - 1) // columns
        height = title_h + rows * (card_h + gap) + gap
        sections.append(Section(key, y, height, tuple(cards)))
        y += height
    return sections
