# SPDX-License-Identifier: GPL-3.0-or-later
"""Drawn charts for the Numbers tab. Each takes plain Python data (never the Dataset), so it is testable alone.

Every chart has ``rows()`` (its numbers as a table), ``csv_text``, ``png_bytes``, ``svg_bytes``, ``set_kiosk`` and a
``set_texts`` for a language switch. ``benchmarks/chart_libraries.md`` explains why they are painted with QPainter.
"""

from purges_desktop.views.charts.base import OKABE_ITO, ChartWidget
from purges_desktop.views.charts.date_bubbles import BubbleCategory, BubbleItem, DateBubbleChart
from purges_desktop.views.charts.hbars import Bar, HBarChart
from purges_desktop.views.charts.mark_grid import Mark, MarkCategory, MarkGrid, fate_category
from purges_desktop.views.charts.year_bars import Series, YearBarChart

__all__ = [
    "OKABE_ITO",
    "Bar",
    "BubbleCategory",
    "BubbleItem",
    "ChartWidget",
    "DateBubbleChart",
    "HBarChart",
    "Mark",
    "MarkCategory",
    "MarkGrid",
    "Series",
    "YearBarChart",
    "fate_category",
]
