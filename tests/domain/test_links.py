"""Deep links are typed values: one function builds them, one parses them, and they round-trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.links import RECORD_KINDS, VIEW_KINDS, Kind, Location, link_to, parse_uri


def test_record_links_parse_into_kind_id_and_a_real_date() -> None:
    assert parse_uri("person/bukharin") == Location(Kind.PERSON, "bukharin")
    assert parse_uri("body/politburo@1934-12-01") == Location(Kind.BODY, "politburo", PartialDate(1934, 12, 1))
    assert parse_uri("body/politburo@1937") == Location(Kind.BODY, "politburo", PartialDate(1937))
    assert parse_uri("purges://trial/trial-1938") == Location(Kind.TRIAL, "trial-1938")
    assert parse_uri("purges:event/kirov-murder") == Location(Kind.EVENT, "kirov-murder")
    assert parse_uri("list/list-92") == Location(Kind.LIST, "list-92")


def test_views_parse_with_or_without_a_section() -> None:
    assert parse_uri("people") == Location(Kind.PEOPLE)
    assert parse_uri("numbers") == Location(Kind.NUMBERS)
    assert parse_uri("numbers/great-terror") == Location(Kind.NUMBERS, "great-terror")
    assert Kind.PEOPLE.is_view and not Kind.PERSON.is_view


@pytest.mark.parametrize("text", [
    "person", "person/", "person/../etc", "person/Bukharin", "http://example.org", "file:///etc/passwd",
    "person/bukharin@1937-01-01",  # only an organ takes a date
    "body/politburo@1937-02-30", "body/politburo@1937-13", "body/politburo@19", "nobody/x", "",
    "person/bukharin/extra", "javascript:alert(1)",
])
def test_anything_else_is_rejected(text: str) -> None:
    assert parse_uri(text) is None


def test_link_to_builds_what_parse_uri_reads() -> None:
    assert link_to(Kind.PERSON, "bukharin") == "person/bukharin"
    assert link_to(Kind.BODY, "nkvd", PartialDate(1937, 6, 1)) == "body/nkvd@1937-06-01"
    assert link_to(Kind.NUMBERS) == "numbers"


_ids = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
_dates = st.builds(PartialDate, st.integers(1000, 2100), st.none() | st.integers(1, 12)).map(
    lambda d: d if d.month is None else PartialDate(d.year, d.month, 1))


@given(kind=st.sampled_from(sorted(RECORD_KINDS)), record_id=_ids, date=st.none() | _dates)
def test_every_record_link_round_trips(kind: Kind, record_id: str, date: PartialDate | None) -> None:
    if kind is not Kind.BODY:
        date = None
    location = Location(kind, record_id, date)
    assert parse_uri(location.uri()) == location


def test_every_kind_is_a_record_or_a_view() -> None:
    assert set(Kind) == RECORD_KINDS | VIEW_KINDS and not RECORD_KINDS & VIEW_KINDS


def test_stories_and_glossary_links_round_trip() -> None:
    assert [k.value for k in (Kind.STORY, Kind.STORIES, Kind.TERM, Kind.GLOSSARY)] == [
        "story", "stories", "term", "glossary"]
    assert parse_uri("story/great-terror-in-ten-steps") == Location(Kind.STORY, "great-terror-in-ten-steps")
    assert parse_uri("term/nkvd") == Location(Kind.TERM, "nkvd")
    assert parse_uri("stories") == Location(Kind.STORIES) and parse_uri("glossary") == Location(Kind.GLOSSARY)
    assert link_to(Kind.STORY, "a-story") == "story/a-story" and link_to(Kind.TERM, "troika") == "term/troika"
    assert link_to(Kind.STORIES) == "stories" and link_to(Kind.GLOSSARY) == "glossary"
    assert Kind.STORIES.is_view and Kind.GLOSSARY.is_view and not Kind.STORY.is_view and not Kind.TERM.is_view
    for text in ("story", "term", "story/a@1937", "term/NKVD"):
        assert parse_uri(text) is None, text
