"""Layout of the drawn views: time scale, ticks, labels, and organisation cards."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from purges_desktop.domain.layout import (
    Marker,
    TimeScale,
    from_ordinal,
    grid_layout,
    ordinal,
    place_labels,
    tick_unit,
    ticks,
    visible_markers,
)


def test_ordinal_round_trip_and_day_order() -> None:
    assert from_ordinal(ordinal((1937, 7, 30))) == (1937, 7, 30)
    assert ordinal((1938, 1, 1)) - ordinal((1937, 1, 1)) == 365


def test_zoom_keeps_the_day_under_the_cursor() -> None:
    scale = TimeScale(ordinal((1930, 1, 1)), 0.5)
    anchor_day = scale.day_at(300)
    zoomed = scale.zoomed(4.0, 300)
    assert abs(zoomed.day_at(300) - anchor_day) < 1e-6
    assert zoomed.px_per_day == 2.0


def test_ticks_adapt_from_decades_to_days() -> None:
    assert tick_unit(0.01) == "decade"
    assert tick_unit(0.3) == "year"
    assert tick_unit(1.0) == "quarter"
    assert tick_unit(3.0) == "month"
    assert tick_unit(80.0) == "day"
    years = ticks(TimeScale(ordinal((1936, 1, 1)), 0.3), 1200)
    assert [t.label for t in years][:3] == ["1936", "1937", "1938"]
    days = ticks(TimeScale(ordinal((1936, 8, 19)), 100), 600, "ru")
    assert days[0].label == "19 авг"


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2000), st.integers(10, 200)), max_size=80))
def test_shown_labels_never_overlap_in_a_lane(items) -> None:
    base = ordinal((1930, 1, 1))
    markers = [Marker(f"e{i}", lane, base + day, base + day, "x") for i, (lane, day, _) in enumerate(items)]
    widths = {f"e{i}": float(w) for i, (_, _, w) in enumerate(items)}
    scale = TimeScale(base, 1.0)
    shown, _ = place_labels(markers, scale, widths)
    for lane in range(4):
        spans = sorted((scale.x(m.first), scale.x(m.first) + widths[m.id] + 12) for m in markers
                       if m.lane == lane and m.id in shown)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_visible_markers_use_the_sorted_index() -> None:
    base = ordinal((1930, 1, 1))
    markers = [Marker(f"e{i}", 0, base + i * 10, base + i * 10, "x") for i in range(1000)]
    firsts = [m.first for m in markers]
    seen = visible_markers(markers, firsts, TimeScale(base + 100, 1.0), 50)
    assert [m.id for m in seen] == ["e10", "e11", "e12", "e13", "e14", "e15"]


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 40)), max_size=6),
       st.integers(300, 2000))
def test_cards_never_overlap_and_fit_the_width(groups, width) -> None:
    data = [(f"{key}{i}", [f"p{j}" for j in range(n)]) for i, (key, n) in enumerate(groups)]
    sections = grid_layout(data, width, 180, 70)
    cards = [c for s in sections for c in s.cards]
    for i, a in enumerate(cards):
        assert a.x + a.w <= max(width, 16 + 180 + 16) + 1e-6
        for b in cards[i + 1:]:
            assert not a.overlaps(b)


def test_positions_are_stable_when_someone_later_in_the_list_leaves() -> None:
    before = grid_layout([("politburo", ["a", "b", "c", "d"])], 1000, 180, 70)[0].cards
    after = grid_layout([("politburo", ["a", "b", "c"])], 1000, 180, 70)[0].cards
    assert before[:3] == after


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2000), st.integers(10, 200)), max_size=80))
def test_every_marker_without_a_label_is_in_one_cluster_that_spans_it(items) -> None:
    base = ordinal((1930, 1, 1))
    markers = [Marker(f"e{i}", lane, base + day, base + day, "x") for i, (lane, day, _) in enumerate(items)]
    widths = {f"e{i}": float(w) for i, (_, _, w) in enumerate(items)}
    shown, clusters = place_labels(markers, TimeScale(base, 1.0), widths)
    assert sum(c.count for lane in clusters.values() for c in lane) == len(markers) - len(shown)
    for lane, lane_clusters in clusters.items():
        hidden = sorted(m.first for m in markers if m.lane == lane and m.id not in shown)
        assert hidden[0] >= lane_clusters[0].first and hidden[-1] == lane_clusters[-1].last
        assert all(c.first <= c.last for c in lane_clusters)
