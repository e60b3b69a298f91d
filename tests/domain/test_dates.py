"""Partial and uncertain dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from purges_desktop.domain.dates import DateError, PartialDate, age_at


@pytest.mark.parametrize(("value", "iso", "precision"), [
    ("1937", "1937", "year"), (1937, "1937", "year"), ("1937-07", "1937-07", "month"),
    ("1937-07-30", "1937-07-30", "day"), (dt.date(1937, 7, 30), "1937-07-30", "day"),
    ("1895-05-01?", "1895-05-01?", "day"), ("1937-07~", "1937-07~", "month"), ("1918%", "1918%", "year"),
])
def test_parse_keeps_precision_and_qualifiers(value: object, iso: str, precision: str) -> None:
    d = PartialDate.parse(value)
    assert d.iso() == iso
    assert d.precision == precision


@pytest.mark.parametrize("value", ["1937-02-30", "1937-13", "37-07-30", "July 1937", "", True, None, 0, "1937/07"])
def test_invalid_dates_raise_a_curator_message(value: object) -> None:
    with pytest.raises(DateError):
        PartialDate.parse(value)


def test_a_year_sorts_before_its_months_and_days() -> None:
    dates = [PartialDate.parse(v) for v in ("1937-07-30", "1937", "1936-12", "1937-07")]
    assert [d.iso() for d in sorted(dates)] == ["1936-12", "1937", "1937-07", "1937-07-30"]


def test_surely_before_respects_precision() -> None:
    year, day = PartialDate.parse("1937"), PartialDate.parse("1937-05-01")
    assert not year.surely_before(day)
    assert not day.surely_before(year)
    assert PartialDate.parse("1936").surely_before(day)


def test_format_in_english_and_russian() -> None:
    d = PartialDate.parse("1937-07-30")
    assert d.format("en") == "30 July 1937"
    assert d.format("ru") == "30 июля 1937"
    assert PartialDate.parse("1937-07~").format("en") == "c. July 1937"
    assert PartialDate.parse("1937-07~").format("ru") == "около июль 1937"


def test_age_is_exact_only_when_the_dates_allow() -> None:
    assert age_at(PartialDate.parse("1888-10-09"), PartialDate.parse("1938-03-15")) == (49, True)
    assert age_at(PartialDate.parse("1888"), PartialDate.parse("1938-03-15")) == (50, False)


@given(st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from(["", "~", "?", "%"]))
def test_iso_round_trips(day: dt.date, qualifier: str) -> None:
    text = f"{day.year:04d}-{day.month:02d}-{day.day:02d}{qualifier}"
    assert PartialDate.parse(text).iso() == text
