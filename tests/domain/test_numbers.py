"""The Numbers view's questions, asked of the bundled data: every value is the data's own."""

from __future__ import annotations

import pytest

from purges_desktop import locations
from purges_desktop.domain.model import Topic
from purges_desktop.domain.numbers import cohort_seats, figures_on, military_people, yearly_tables
from purges_desktop.storage.loader import load_dataset


@pytest.fixture(scope="module")
def ds():
    return load_dataset(locations.data_dir())


def test_yearly_tables_keep_every_value_and_report_rows_that_do_not_add_up(ds) -> None:
    tables = {t.statistic.id: t for t in yearly_tables(ds)}
    mvd = tables["vchk-mgb-convictions-1921-1952-mvd"]
    assert mvd.years[0] == 1921 and mvd.years[-1] == 1952 and len(mvd.years) == 32
    death = dict(zip(mvd.years, next(s.values for s in mvd.series if s.key == "death"), strict=True))
    assert death[1937] == 353074 and death[1948] is None, "a blank cell stays 'no data', never zero"
    assert ("death", 799267, 799257) in mvd.mismatches
    assert not any(key == "convicted" for key, _s, _p in mvd.mismatches)


def test_every_figure_has_a_topic_and_sources(ds) -> None:
    for topic in Topic:
        for f in figures_on(ds, topic):
            assert f.sources, f.id
    assert {f.id for f in figures_on(ds, Topic.LISTS)} >= {"stalin-signed-lists"}


def test_the_1934_central_committee_has_139_seats(ds) -> None:
    cohort, seats = cohort_seats(ds)
    assert cohort is not None and cohort.seats == 139
    assert len(seats) == 139
    recorded = [s for s in seats if s.person]
    assert len(recorded) == len({s.person for s in recorded})
    assert all(not s.person and not s.fate for s in seats[len(recorded):])


def test_military_people_include_the_june_1937_defendants(ds) -> None:
    people = set(military_people(ds))
    june = next(t for t in ds.records.trials if t.id == "trial-military-1937")
    assert {d.person for d in june.defendants} <= people
