"""The chart widgets of the Numbers tab: what they show equals what they were given, pointing and tapping pick the
right item, keys move between items, exports are real, and "no data" is never drawn as zero.

The figures here are synthetic (round numbers in made-up years) so that a wrong pixel or digit stands out."""

from __future__ import annotations

import csv
import io
import math

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt, QTranslator
from PySide6.QtGui import QAccessible, QColor, QImage

from purges_desktop import locations
from purges_desktop.domain.model import Fate
from purges_desktop.qtmodels.fates import FATE_COLOURS
from purges_desktop.views.charts import (
    OKABE_ITO,
    Bar,
    BubbleCategory,
    BubbleItem,
    DateBubbleChart,
    HBarChart,
    Mark,
    MarkCategory,
    MarkGrid,
    Series,
    YearBarChart,
    fate_category,
)

YEARS = [2001, 2002, 2003, 2004, 2005]
TOTAL = (10_000, 40_000, 80_000, 20_000, 12_345)
SUBSET = (5_000, 20_000, 60_000, None, 6_000)
NBSP = "\u00a0"


def point(rect) -> QPoint:
    return rect.center().toPoint()


def colour_pixels(image: QImage, rect, colour: str, tolerance: int = 40) -> int:
    """How many pixels inside ``rect`` are close to ``colour``."""
    target = QColor(colour)
    count = 0
    r = rect.toAlignedRect().intersected(image.rect())
    for x in range(r.left(), r.right() + 1):
        for y in range(r.top(), r.bottom() + 1):
            c = image.pixelColor(x, y)
            if (abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue())
                    < tolerance):
                count += 1
    return count


@pytest.fixture
def bars(qtbot) -> YearBarChart:
    chart = YearBarChart()
    qtbot.addWidget(chart)
    chart.set_number_locale(QLocale(QLocale.Language.English))
    chart.set_data(YEARS, [Series("total", "Convicted", TOTAL), Series("death", "Sentenced to death", SUBSET)])
    chart.set_band(2002, 2003, "The peak")
    chart.set_texts(title="Test chart", year_header="Year")
    chart.resize(1000, 560)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


# ---------------------------------------------------------------- YearBarChart


def test_year_chart_table_equals_the_input(bars) -> None:
    headers, rows = bars.rows()
    assert headers == ["Year", "Convicted", "Sentenced to death"]
    assert rows == [[y, t, s] for y, t, s in zip(YEARS, TOTAL, SUBSET, strict=True)]


def test_value_axis_starts_at_zero_and_bars_are_proportional(bars) -> None:
    ticks = bars.value_ticks()
    assert ticks[0] == 0 and ticks[-1] >= max(TOTAL)
    plot = bars.plot_rect()
    assert bars.y_of(0) == pytest.approx(plot.bottom())
    for year, value in zip(YEARS, TOTAL, strict=True):
        rect = bars.bar_rect(year, "total")
        assert rect.bottom() == pytest.approx(plot.bottom())  # every bar stands on the zero line
        assert rect.height() == pytest.approx(plot.height() * value / ticks[-1])
    assert bars.bar_rect(2003, "total").height() == pytest.approx(2 * bars.bar_rect(2002, "total").height())


def test_missing_value_is_drawn_as_no_data_not_as_zero(bars) -> None:
    assert bars.bar_rect(2004, "death") is None
    assert bars.rows()[1][3][2] is None
    tip = bars.tooltip_at(bars.year_rect(2004).center())
    assert "Sentenced to death: no data" in tip and "Sentenced to death: 0" not in tip
    image = bars.render_image()
    vermillion = OKABE_ITO["vermillion"]
    # The death bar's slot in 2004 holds no bar colour at all; the same slot in 2005 (6,000) does.
    slot_2004 = bars.year_rect(2004).adjusted(bars.year_rect(2004).width() / 2, 0, 0, 0)
    slot_2005 = bars.year_rect(2005).adjusted(bars.year_rect(2005).width() / 2, 0, 0, 0)
    assert colour_pixels(image, slot_2004, vermillion) == 0
    assert colour_pixels(image, slot_2005, vermillion) > 20


def test_hover_shows_exact_figures_with_thousands_separators(bars, qtbot) -> None:
    qtbot.mouseMove(bars, point(bars.year_rect(2005)))
    assert bars.readout() == "2005\nConvicted: 12,345\nSentenced to death: 6,000"
    bars.set_number_locale(QLocale(QLocale.Language.Russian))
    assert bars.tooltip_at(bars.year_rect(2005).center()) == (
        f"2005\nConvicted: 12{NBSP}345\nSentenced to death: 6{NBSP}000")
    assert bars.tooltip_at(bars.year_rect(2003).center()).startswith("2003 (The peak)")


def test_tap_on_a_year_emits_that_year(bars, qtbot) -> None:
    for year in (2001, 2004):
        with qtbot.waitSignal(bars.year_activated) as blocker:
            qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=point(bars.year_rect(year)))
        assert blocker.args == [year]
        assert bars.selected_year() == year
    with qtbot.assertNotEmitted(bars.year_activated):
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # the title: not a year


def test_left_and_right_move_the_selected_year(bars, qtbot) -> None:
    bars.setFocus()
    bars.select_year(2003)
    with qtbot.waitSignal(bars.year_activated) as blocker:
        qtbot.keyClick(bars, Qt.Key.Key_Right)
    assert blocker.args == [2004] and bars.selected_year() == 2004
    qtbot.keyClick(bars, Qt.Key.Key_Left)
    qtbot.keyClick(bars, Qt.Key.Key_Left)
    assert bars.selected_year() == 2002
    qtbot.keyClick(bars, Qt.Key.Key_End)
    assert bars.selected_year() == 2005
    qtbot.keyClick(bars, Qt.Key.Key_Right)  # stays on the last year
    assert bars.selected_year() == 2005
    assert "2005" in bars.readout() and "12,345" in bars.readout()


def test_accessible_name_and_description(bars) -> None:
    bars.select_year(2002)
    iface = QAccessible.queryAccessibleInterface(bars)
    assert iface.text(QAccessible.Text.Name) == "Test chart"
    description = iface.text(QAccessible.Text.Description)
    assert "2001–2005" in description and "Convicted: 40,000" in description
    assert bars.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_csv_round_trip(bars, tmp_path) -> None:
    bars.set_texts(series_labels={"total": "Осуждено всего"})
    table = list(csv.reader(io.StringIO(bars.csv_text())))
    headers, rows = bars.rows()
    assert table[0] == headers == ["Year", "Осуждено всего", "Sentenced to death"]
    assert table[1:] == [["" if c is None else str(c) for c in row] for row in rows]
    assert table[4] == ["2004", "20000", ""]


def test_svg_is_vector_with_the_labels_as_text(bars, tmp_path) -> None:
    svg = bars.svg_bytes().decode("utf-8")
    assert "<svg" in svg and "<text" in svg
    assert "Sentenced to death" in svg and "The peak" in svg
    assert "<image" not in svg  # drawn, not a picture pasted into an SVG


def test_svg_draws_hatching_inside_the_bars(bars, tmp_path) -> None:
    """QSvgGenerator ignores clipping: hatching drawn through a clip spilled out of the bars in the SVG."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    path = tmp_path / "chart.svg"
    path.write_bytes(bars.svg_bytes())
    image = QImage(bars.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter)
    painter.end()
    bar = bars.bar_rect(2003, "death")  # hatched
    above = bar.adjusted(0, -bars.plot_rect().height(), 0, 0).intersected(bars.plot_rect())
    above.setBottom(bar.top() - 3)
    right = bar.translated(bar.width() + 2, 0)  # the gap and the next year's first bar start
    right.setWidth(bars.year_rect(2003).right() - right.left())
    assert colour_pixels(image, bar.adjusted(2, 2, -2, -2), OKABE_ITO["vermillion"]) > 50
    assert colour_pixels(image, above, OKABE_ITO["vermillion"]) == 0
    assert colour_pixels(image, right, OKABE_ITO["vermillion"]) == 0


def test_hatching_lines_stay_inside_their_shape() -> None:
    from PySide6.QtCore import QPointF, QRectF

    from purges_desktop.views.charts.base import hatch_circle, hatch_rect

    rect = QRectF(10, 20, 13, 200)
    lines = hatch_rect(rect, 7.0)
    assert len(lines) > 20
    for line in lines:
        for end in (line.p1(), line.p2()):
            assert rect.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(end)
    centre = QPointF(50, 50)
    for line in hatch_circle(centre, 20, 6.0):
        for end in (line.p1(), line.p2()):
            assert math.hypot(end.x() - 50, end.y() - 50) <= 20 + 1e-6


def test_png_has_the_widget_size_and_is_not_blank(bars, tmp_path) -> None:
    image = QImage.fromData(bars.png_bytes(), "PNG")
    assert (image.width(), image.height()) == (1000, 560)
    colours = {image.pixel(x, y) for x in range(0, 1000, 7) for y in range(0, 560, 7)}
    assert len(colours) > 10
    assert colour_pixels(image, bars.bar_rect(2003, "total"), OKABE_ITO["blue"]) > 100


def test_kiosk_mode_has_large_type(bars) -> None:
    small = bars.sizeHint()
    bars.set_kiosk(True)
    assert bars.body_font().pixelSize() >= 22
    assert bars.sizeHint().width() > small.width()


def test_language_switch_retranslates_the_chart_strings(bars) -> None:
    bars.select_year(None)
    assert bars.readout().startswith("Point at a year")
    translator = QTranslator()
    assert translator.load(str(locations.resource_path("translations/purges_ru.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert bars.readout().startswith("Наведите указатель на год")
        assert bars.accessibleDescription().startswith("Столбчатая диаграмма, годы 2001–2005")
        assert "нет данных" in bars.tooltip_at(bars.year_rect(2004).center())
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert bars.readout().startswith("Point at a year")


def test_series_must_match_the_years(qtbot) -> None:
    chart = YearBarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="3 values for 2 years"):
        chart.set_data([2001, 2002], [Series("a", "A", (1, 2, 3))])


# ---------------------------------------------------------------- DateBubbleChart

ITEMS = [
    BubbleItem("b", (2001, 3, 10), 400, "shot", "10 March: 400 people"),
    BubbleItem("a", (2001, 1, 5), 100, "other", "5 January: 100 people"),
    BubbleItem("c", (2001, 3, 11), 25, "shot", "11 March: 25 people"),
    BubbleItem("d", (2001, 11, 30), 100, "other", "30 November: 100 people"),
]


@pytest.fixture
def bubbles(qtbot) -> DateBubbleChart:
    chart = DateBubbleChart()
    qtbot.addWidget(chart)
    chart.set_range((2001, 1, 1), (2001, 12, 31))
    chart.set_data(ITEMS, [BubbleCategory("shot", "Shot"), BubbleCategory("other", "Other")])
    chart.resize(1000, 500)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_bubbles_table_is_in_date_order(bubbles) -> None:
    headers, rows = bubbles.rows()
    assert headers == ["Id", "Date", "People", "Category"]
    assert rows == [["a", "2001-01-05", 100, "Other"], ["b", "2001-03-10", 400, "Shot"],
                    ["c", "2001-03-11", 25, "Shot"], ["d", "2001-11-30", 100, "Other"]]


def test_bubbles_sit_on_their_dates_with_area_by_size_and_do_not_overlap(bubbles) -> None:
    rects = {i.id: bubbles.item_rect(i.id) for i in ITEMS}
    for item in ITEMS:
        assert rects[item.id].center().x() == pytest.approx(bubbles.x_of(item.date), abs=0.01)
    first, last = bubbles.x_of((2001, 1, 1)), bubbles.x_of((2001, 12, 31))
    assert 0 < first < last < bubbles.width()
    day = (last - first) / 364
    assert rects["c"].center().x() - rects["b"].center().x() == pytest.approx(day)  # 10 and 11 March
    assert bubbles.x_of((2001, 7, 2)) - first == pytest.approx(182 * day)
    assert rects["b"].width() == pytest.approx(2 * rects["a"].width())  # 4x the people: 4x the area
    assert rects["a"].width() == pytest.approx(rects["d"].width())
    b, c = rects["b"], rects["c"]  # a day apart: stacked, not on top of each other
    distance = math.hypot(b.center().x() - c.center().x(), b.center().y() - c.center().y())
    assert distance >= (b.width() + c.width()) / 2


def test_hover_shows_the_item_text_and_tap_emits_its_id(bubbles, qtbot) -> None:
    qtbot.mouseMove(bubbles, point(bubbles.item_rect("c")))
    assert bubbles.readout() == "11 March: 25 people"
    with qtbot.waitSignal(bubbles.item_activated) as blocker:
        qtbot.mouseClick(bubbles, Qt.MouseButton.LeftButton, pos=point(bubbles.item_rect("d")))
    assert blocker.args == ["d"]
    assert bubbles.tooltip_at(bubbles.item_rect("a").center()) == "5 January: 100 people"


def test_keys_step_through_the_items_in_date_order(bubbles, qtbot) -> None:
    bubbles.setFocus()
    seen = []
    bubbles.item_activated.connect(seen.append)
    for _ in range(5):
        qtbot.keyClick(bubbles, Qt.Key.Key_Right)
    qtbot.keyClick(bubbles, Qt.Key.Key_Home)
    assert seen == ["a", "b", "c", "d", "a"]
    with qtbot.waitSignal(bubbles.item_activated) as blocker:
        qtbot.keyClick(bubbles, Qt.Key.Key_Return)
    assert blocker.args == ["a"]
    assert "1 items" not in bubbles.accessibleDescription() and "4 items" in bubbles.accessibleDescription()


def test_many_bubbles_shrink_together_to_fit_the_plot(qtbot) -> None:
    chart = DateBubbleChart()
    qtbot.addWidget(chart)
    chart.set_range((2001, 1, 1), (2001, 12, 31))
    sizes = (1, 10, 400, 1600)
    items = [BubbleItem(f"i{n}", (2001, 1 + n % 12, 1 + n % 28), sizes[n % 4], "x", "") for n in range(240)]
    chart.set_data(items, [BubbleCategory("x", "X")])
    chart.resize(1000, 500)
    plot = chart.plot_rect().adjusted(-0.5, -0.5, 0.5, 0.5)
    rects = {i.id: chart.item_rect(i.id) for i in items}
    assert all(plot.contains(r) for r in rects.values())
    # Still area by size: 1,600 people get twice the radius of 400 (the smallest sizes stop at a minimum radius).
    assert rects["i3"].width() == pytest.approx(2 * rects["i2"].width())
    assert rects["i3"].width() < 2 * chart._max_radius(chart.plot_rect())  # they did shrink


def test_a_touch_tap_selects_a_year(bars, qtbot) -> None:
    from PySide6.QtTest import QTest

    device = QTest.createTouchDevice()
    target = point(bars.year_rect(2002))
    with qtbot.waitSignal(bars.year_activated) as blocker:
        QTest.touchEvent(bars, device).press(0, target, bars).commit()
        QTest.touchEvent(bars, device).release(0, target, bars).commit()
    assert blocker.args == [2002]
    assert "40,000" in bars.readout()


def test_bubbles_in_kiosk_are_touch_sized(bubbles) -> None:
    """In the kiosk a small circle stays small (its area tells its size) but a touch 20 px off its centre, outside
    the circle, still reaches it."""
    from PySide6.QtCore import QPointF

    bubbles.set_kiosk(True)
    widths = {i.id: bubbles.item_rect(i.id).width() for i in ITEMS}
    assert widths["c"] < widths["a"] < widths["b"], "sizes stay proportional in the kiosk"
    lone = next(i for i in ITEMS if i.id == "a")  # 5 January: no neighbour within reach
    rect = bubbles.item_rect(lone.id)
    assert rect.width() < 44
    near = QPointF(rect.center().x(), rect.center().y() - 21)
    assert not rect.contains(near)
    assert bubbles.tooltip_at(near) == lone.tooltip


def test_bubble_with_unknown_category_is_refused(qtbot) -> None:
    chart = DateBubbleChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="unknown category"):
        chart.set_data([BubbleItem("x", (2001, 1, 1), 1, "nope", "")], [BubbleCategory("shot", "Shot")])


# ---------------------------------------------------------------- MarkGrid

FATES = [Fate.EXECUTED.value] * 7 + [Fate.NATURAL_DEATH.value] * 3 + [Fate.SUICIDE.value] * 2


@pytest.fixture
def grid(qtbot) -> MarkGrid:
    chart = MarkGrid(touch=True)
    qtbot.addWidget(chart)
    categories = [fate_category(Fate.EXECUTED.value, "Executed"), fate_category(Fate.NATURAL_DEATH.value, "Natural"),
                  fate_category(Fate.SUICIDE.value, "Suicide")]
    marks = [Mark(f"p{n}", f"Person {n}", fate) for n, fate in enumerate(reversed(FATES))]
    chart.set_data(marks, categories)
    chart.resize(700, 500)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_marks_are_grouped_counted_and_coloured_by_fate(grid) -> None:
    assert grid.counts() == {"executed": 7, "natural_death": 3, "suicide": 2}
    headers, rows = grid.rows()
    assert headers == ["Id", "Name", "Category"]
    assert [r[2] for r in rows] == ["Executed"] * 7 + ["Natural"] * 3 + ["Suicide"] * 2
    assert {c.key: c.colour for c in grid.categories} == {k: FATE_COLOURS[Fate(k)] for k in grid.counts()}
    assert len({c.shape for c in grid.categories}) == 3  # a shape per fate: colour is not the only cue
    image = grid.render_image()
    first_executed = rows[0][0]
    assert colour_pixels(image, grid.mark_rect(first_executed), FATE_COLOURS[Fate.EXECUTED]) > 300


def test_touch_marks_are_at_least_44_px(grid, qtbot) -> None:
    assert grid.mark_size() >= 44
    grid.resize(200, 150)  # too small to fit: the marks keep their size
    assert grid.mark_size() >= 44
    small = MarkGrid()
    qtbot.addWidget(small)
    small.set_data([Mark(f"m{n}", "", "x") for n in range(400)], [MarkCategory("x", "X")])
    small.resize(400, 300)
    assert small.mark_size() < 44


def test_tap_on_a_mark_emits_its_id_and_hover_names_it(grid, qtbot) -> None:
    target = grid.rows()[1][8][0]
    with qtbot.waitSignal(grid.mark_activated) as blocker:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=point(grid.mark_rect(target)))
    assert blocker.args == [target]
    label = next(r[1] for r in grid.rows()[1] if r[0] == target)
    assert grid.tooltip_at(grid.mark_rect(target).center()) == f"{label} — Natural"


def test_arrow_keys_move_across_the_grid(grid, qtbot) -> None:
    ids = [r[0] for r in grid.rows()[1]]
    grid.resize(300, 500)  # five marks a row
    grid.setFocus()
    grid.select_mark(ids[0])
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected_mark() == ids[1]
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    below = grid.selected_mark()
    assert grid.mark_rect(below).left() == pytest.approx(grid.mark_rect(ids[1]).left())
    assert grid.mark_rect(below).top() > grid.mark_rect(ids[1]).top()
    grid.select_mark(ids[-1])
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # nothing below the last row: the selection stays
    assert grid.selected_mark() == ids[-1]
    description = QAccessible.queryAccessibleInterface(grid).text(QAccessible.Text.Description)
    assert "Executed: 7" in description and "Selected:" in description


# ---------------------------------------------------------------- HBarChart

BARS = [Bar("a", "Alpha", 372), Bar("b", "Beta", 186), Bar("c", "Gamma", None)]


@pytest.fixture
def hbars(qtbot) -> HBarChart:
    chart = HBarChart()
    qtbot.addWidget(chart)
    chart.set_number_locale(QLocale(QLocale.Language.English))
    chart.set_data(BARS)
    chart.resize(800, 300)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_hbars_values_and_lengths(hbars) -> None:
    assert hbars.rows() == (["Id", "Name", "Value"], [["a", "Alpha", 372], ["b", "Beta", 186], ["c", "Gamma", None]])
    assert hbars.bar_length("a") == pytest.approx(2 * hbars.bar_length("b"))
    assert hbars.bar_length("c") == 0
    assert hbars.tooltip_at(hbars.bar_rect("c").center()) == "Gamma: no data"
    assert hbars.tooltip_at(hbars.bar_rect("a").center()) == "Alpha: 372"


def test_click_on_a_bar_or_its_label_emits_its_id(hbars, qtbot) -> None:
    with qtbot.waitSignal(hbars.bar_activated) as blocker:
        qtbot.mouseClick(hbars, Qt.MouseButton.LeftButton, pos=point(hbars.bar_rect("b")))
    assert blocker.args == ["b"]
    label_point = QPoint(20, int(hbars.bar_rect("a").center().y()))
    with qtbot.waitSignal(hbars.bar_activated) as blocker:
        qtbot.mouseClick(hbars, Qt.MouseButton.LeftButton, pos=label_point)
    assert blocker.args == ["a"]


def test_hbars_keyboard_and_texts(hbars, qtbot, tmp_path) -> None:
    hbars.setFocus()
    qtbot.keyClick(hbars, Qt.Key.Key_Down)
    qtbot.keyClick(hbars, Qt.Key.Key_Down)
    assert hbars.selected_bar() == "b"
    hbars.set_texts(title="Подписи", bar_labels={"a": "Альфа"}, headers=("id", "Имя", "Списков"))
    assert hbars.rows()[0] == ["id", "Имя", "Списков"]
    assert hbars.tooltip_at(hbars.bar_rect("a").center()) == "Альфа: 372"
    assert QAccessible.queryAccessibleInterface(hbars).text(QAccessible.Text.Name) == "Подписи"
    assert "Альфа" in hbars.svg_bytes().decode("utf-8")
