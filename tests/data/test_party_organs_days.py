"""Politburo and Secretariat terms read from sources that publish days are recorded to the day."""

from __future__ import annotations

from pathlib import Path

import pytest

from purges_desktop.domain.dates import PartialDate
from purges_desktop.storage.loader import load_dataset

DATA = Path(__file__).resolve().parents[2] / "data"

# Dated chronologies and tables: whoever cites one of them for a term got the days of that term from it.
DAY_SOURCES = {"archontology-cpsu-secretariat", "wp-en-politburo-14th-congress", "wp-en-secretariat-18th-congress",
               "khlevniuk-politburo-1996-composition"}


@pytest.fixture(scope="module")
def ds():
    return load_dataset(DATA)


# Bounds these sources do not give (the source dates only the other end of the term): still year-only.
NOT_IN_THE_SOURCE = {
    ("molotov", "candidate", "start"), ("bauman", "secretary", "end"), ("malenkov", "secretary", "end"),
    ("rykov", "member", "end"), ("andreyev", "candidate", "start"),
}


def test_terms_citing_a_dated_chronology_are_dated_to_the_day(ds) -> None:
    cited = [m for m in ds.records.memberships if DAY_SOURCES & {ref.source for ref in m.sources}]
    assert len(cited) >= 15
    for m in cited:
        for which, bound in (("start", m.start), ("end", m.end)):
            if bound is not None and (m.person, m.role, which) not in NOT_IN_THE_SOURCE:
                assert bound.day is not None, f"{m.origin}: {which} {bound}"


def test_the_secretariat_of_the_1920s_follows_the_chronology(ds) -> None:
    def term(person: str, role: str = "secretary") -> tuple[PartialDate | None, PartialDate | None]:
        (m,) = [m for m in ds.records.memberships
                if m.person == person and m.body == "secretariat" and m.role == role and m.start.year < 1935]
        return m.start, m.end

    assert term("mikhailov-vasily") == (PartialDate(1921, 3, 16), PartialDate(1922, 4, 3))
    assert term("kuibyshev") == (PartialDate(1922, 4, 3), PartialDate(1923, 4, 26))
    assert term("kubyak") == (PartialDate(1927, 4, 16), PartialDate(1928, 4, 11))
    assert term("bauman", "candidate") == (PartialDate(1928, 4, 11), PartialDate(1929, 4, 29))
    assert term("bauman")[0] == PartialDate(1929, 4, 29)


def test_khrushchev_is_a_secretary_on_16_december_1949_but_not_a_day_before(ds) -> None:
    (m,) = [m for m in ds.records.memberships
            if m.person == "khrushchev" and m.body == "secretariat" and m.role == "secretary"]
    assert m.active_on((1949, 12, 16))
    assert not m.active_on((1949, 12, 15))


def test_andreyev_sits_in_the_politburo_without_a_gap_from_1926_to_1952(ds) -> None:
    terms = [m for m in ds.records.memberships if m.person == "andreyev" and m.body == "politburo"]
    for day in ((1931, 1, 1), (1932, 2, 4), (1940, 1, 1), (1952, 10, 15)):
        assert any(m.active_on(day) for m in terms), day
    assert not any(m.active_on((1952, 10, 17)) for m in terms)


def test_the_politburo_gives_way_to_the_presidium_on_16_october_1952(ds) -> None:
    for person in ("stalin", "molotov", "voroshilov", "kaganovich-lazar"):
        politburo = [m for m in ds.records.memberships
                     if m.person == person and m.body == "politburo" and m.role == "member"]
        assert politburo[-1].end == PartialDate(1952, 10, 16), person
