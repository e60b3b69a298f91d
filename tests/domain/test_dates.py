"""Partial and uncertain dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from purges_desktop.domain.dates import USER_DATE_EXAMPLES, DateError, PartialDate, age_at, parse_user_date


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
    assert PartialDate.parse("1937-07~").format("ru") == "около июля 1937"  # "около" takes the genitive
    assert PartialDate.parse("1937-07").format("ru") == "июль 1937"


def test_age_is_exact_only_when_the_dates_allow() -> None:
    assert age_at(PartialDate.parse("1888-10-09"), PartialDate.parse("1938-03-15")) == (49, True)
    assert age_at(PartialDate.parse("1888"), PartialDate.parse("1938-03-15")) == (50, False)


@given(st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from(["", "~", "?", "%"]))
def test_iso_round_trips(day: dt.date, qualifier: str) -> None:
    text = f"{day.year:04d}-{day.month:02d}-{day.day:02d}{qualifier}"
    assert PartialDate.parse(text).iso() == text


# ---- what people type into a date field

@pytest.mark.parametrize(("typed", "iso"), [
    ("1937", "1937"), (" 1937 ", "1937"), ("1937 г.", "1937"), ("1937 года", "1937"),
    ("June 1937", "1937-06"), ("june 1937", "1937-06"), ("Jun 1937", "1937-06"), ("Jun. 1937", "1937-06"),
    ("JUNE, 1937", "1937-06"), ("Sept 1937", "1937-09"), ("Sep 1937", "1937-09"),
    ("июнь 1937", "1937-06"), ("июня 1937", "1937-06"), ("Июнь 1937", "1937-06"), ("в июне 1937", "1937-06"),
    ("июн 1937", "1937-06"), ("сент. 1937", "1937-09"), ("нояб 1937", "1937-11"), ("май 1937", "1937-05"),
    ("мая 1937", "1937-05"), ("мар 1937", "1937-03"), ("февраль 1937", "1937-02"), ("06.1937", "1937-06"),
    ("1937-06", "1937-06"), ("1937-6", "1937-06"),
    ("1 June 1937", "1937-06-01"), ("1st June 1937", "1937-06-01"), ("June 1, 1937", "1937-06-01"),
    ("June 1st 1937", "1937-06-01"), ("1 июня 1937", "1937-06-01"), ("1 июня 1937 г.", "1937-06-01"),
    ("1-го июня 1937", "1937-06-01"), ("1937-06-01", "1937-06-01"), ("01.06.1937", "1937-06-01"),
    ("1.6.1937", "1937-06-01"), ("01/06/1937", "1937-06-01"), ("30 июля 1937", "1937-07-30"),
    ("29 February 1936", "1936-02-29"), ("5 декабря 1936", "1936-12-05"), ("1 ЁЖИКА 1937", None),
])
def test_typed_dates_are_read(typed: str, iso: str | None) -> None:
    date = parse_user_date(typed)
    assert (date.iso() if date else None) == iso


@pytest.mark.parametrize("typed", [
    "", "   ", "37", "hello", "1937 June 1", "31 June 1937", "29 February 1937", "13.13.1937", "1937-13",
    "32.01.1937", "0000", "ма 1937", "ию 1937", "1 2 1937", "June July 1937", "1 2 June 1937", "1937 1938",
    "1937-06-01-02", "June", "1 June", "12345", "1937" * 30,
])
def test_what_is_not_a_date_is_none(typed: str) -> None:
    assert parse_user_date(typed) is None


def test_the_examples_each_field_shows_are_all_read() -> None:
    for lang, examples in USER_DATE_EXAMPLES.items():
        for example in examples:
            date = parse_user_date(example)
            assert date is not None, (lang, example)
            # and the way a date is shown can be typed back in
            assert parse_user_date(date.format(lang)) == date


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["en", "ru"]))
def test_a_shown_date_reads_back(day: dt.date, lang: str) -> None:
    for date in (PartialDate(day.year), PartialDate(day.year, day.month), PartialDate(day.year, day.month, day.day)):
        assert parse_user_date(date.format(lang)) == date
        assert parse_user_date(date.iso()) == date


@given(st.text(max_size=40))
def test_any_text_is_read_or_refused_without_an_error(text: str) -> None:
    date = parse_user_date(text)
    assert date is None or 1 <= date.year <= 9999
