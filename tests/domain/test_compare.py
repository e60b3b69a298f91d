"""Comparing two dates of the organisation chart, two people, and the tables a student exports as CSV."""

from __future__ import annotations

import csv
import io

import pytest

from purges_desktop.domain.compare import (
    COMPARISON_HEADER,
    compare_dates,
    compare_people,
    comparison_pairs,
    comparison_table,
    departure,
)
from purges_desktop.domain.model import Fate
from purges_desktop.domain.tables import (
    DEFENDANTS_HEADER,
    csv_bytes,
    defendants_table,
    members_table,
    people_table,
)

CONGRESS_17 = (1934, 2, 10)
CONGRESS_18 = (1939, 3, 21)
FAR = (9999, 12, 31)


def _seated(ds, body: str, day: tuple[int, int, int]) -> set[str]:
    """Who held a post in ``body`` on ``day``, worked out here from the membership records themselves: the post
    began on or before the day and had not ended (nor had its holder died) before it."""
    out = set()
    for m in ds.records.memberships:
        if m.body != body or m.start is None or m.start.earliest() > day:
            continue
        end = m.end.latest() if m.end is not None else (m.start.latest() if m.end_unknown else FAR)
        died = ds.people[m.person].died.date
        if died is not None:
            end = min(end, died.latest())
        if end >= day:
            out.add(m.person)
    return out


@pytest.mark.parametrize("body", ["central-committee", "politburo"])
def test_the_congresses_compared_list_exactly_who_left_and_who_came(bundled, body) -> None:
    ds = bundled.dataset
    (change,) = compare_dates(ds, CONGRESS_17, CONGRESS_18, [body])
    before, after = _seated(ds, body, CONGRESS_17), _seated(ds, body, CONGRESS_18)
    assert {m.person for m in change.left} == before - after
    assert {m.person for m in change.came} == after - before
    assert {m.person for m in change.stayed} == before & after
    assert change.left and before - after  # the comparison is not empty: the terror shows


def test_the_politburo_of_1934_and_1939(bundled) -> None:
    (change,) = compare_dates(bundled.dataset, CONGRESS_17, CONGRESS_18, ["politburo"])
    left = {m.person for m in change.left}
    assert {"kirov", "kosior-stanislav", "chubar", "postyshev", "rudzutak"} <= left
    assert {"stalin", "molotov", "kaganovich-lazar"} <= {m.person for m in change.stayed}
    assert {"zhdanov", "khrushchev"} <= {m.person for m in change.came}


def test_why_someone_left(bundled) -> None:
    ds = bundled.dataset
    (change,) = compare_dates(ds, CONGRESS_17, CONGRESS_18, ["politburo"])
    kosior = next(m for m in change.left if m.person == "kosior-stanislav")
    why = departure(ds, kosior, CONGRESS_18)
    assert why.fate is Fate.EXECUTED
    assert why.died is not None and why.died.year == 1939 and why.died_before
    assert why.ended is not None and why.ended.year == 1938 and why.reason == "removed"


def test_the_data_declares_the_congresses_a_pair(bundled) -> None:
    pairs = [(a.id, b.id) for a, b in comparison_pairs(bundled.dataset)]
    assert ("congress-17", "congress-18") in pairs
    assert ("congress-17", "kirov-murder") in pairs  # each key date with the next
    assert len(pairs) == len(set(pairs))


def test_an_empty_day_gives_no_organ(bundled) -> None:
    assert compare_dates(bundled.dataset, (1700, 1, 1), (1701, 1, 1)) == []


def test_the_comparison_as_a_table(bundled) -> None:
    ds = bundled.dataset
    changes = compare_dates(ds, CONGRESS_17, CONGRESS_18, ["politburo"])
    header, rows = comparison_table(ds, changes, CONGRESS_18, "ru")
    assert header == COMPARISON_HEADER
    kirov = next(r for r in rows if r[4] == "kirov")
    assert kirov[2] == "left" and kirov[3] == "Сергей Миронович Киров" and kirov[9] == "murdered"
    assert kirov[10] == "1934-12-01"
    statuses = {r[2] for r in rows}
    assert statuses == {"left", "came", "stayed"}
    assert len(rows) == sum(len(c.left) + len(c.came) + len(c.stayed) for c in changes)


def test_two_people_side_by_side(bundled) -> None:
    c = compare_people(bundled.dataset, "zinoviev", "kamenev")
    assert [(t.id, a.value, b.value) for t, a, b in c.shared_trials] == [("trial-1936", "defendant", "defendant")]
    assert c.shared_posts and c.shared_posts[0].body == "politburo"
    assert c.shared_posts[0].start == (1919, 3, 25)
    assert c.axis[0] <= 1883 and c.axis[1] >= 1936  # both lives fit the axis


def test_people_who_never_met_share_nothing(bundled) -> None:
    c = compare_people(bundled.dataset, "lenin", "beria")
    assert c.shared_trials == ()
    assert all(s.start <= s.end for s in c.shared_posts)
    with pytest.raises(KeyError):
        compare_people(bundled.dataset, "lenin", "nobody")


def test_people_table_keeps_the_order_given(bundled) -> None:
    header, rows = people_table(bundled.dataset, ["yezhov", "bukharin", "nobody"], "en")
    assert header[0] == "id"
    assert [r[0] for r in rows] == ["yezhov", "bukharin"]
    assert rows[1][header.index("fate")] == "executed"
    assert rows[1][header.index("died")] == "1938-03-15"


def test_defendants_table(bundled) -> None:
    ds = bundled.dataset
    trial = ds.trials["trial-1938"]
    header, rows = defendants_table(ds, trial, "en")
    assert header == DEFENDANTS_HEADER
    assert len(rows) == len(trial.defendants)
    bukharin = next(r for r in rows if r[1] == "bukharin")
    assert bukharin[header.index("sentence")] == "death"
    assert bukharin[header.index("death_date")] == "1938-03-15"


def test_members_table_on_a_day(bundled) -> None:
    header, rows = members_table(bundled.dataset, (1937, 1, 1), "en", ["politburo"])
    people = {r[header.index("person_id")] for r in rows}
    assert {"stalin", "molotov"} <= people
    assert all(r[0] == "1937-01-01" for r in rows)


def test_csv_opens_in_a_spreadsheet_with_its_cyrillic(bundled) -> None:
    header, rows = defendants_table(bundled.dataset, bundled.dataset.trials["trial-1936"], "ru")
    data = csv_bytes(header, rows)
    assert data.startswith(b"\xef\xbb\xbf")  # the byte order mark spreadsheets need for UTF-8
    back = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert back[0] == list(header)
    assert any("Зиновьев" in cell for row in back[1:] for cell in row)
    assert len(back) == len(rows) + 1
