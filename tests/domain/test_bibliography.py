"""The bibliography read backwards (no Qt): which records cite each source, and the sources grouped by kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from purges_desktop.domain.bibliography import (
    CitingKind,
    citation_counts,
    citing_records,
    matching_sources,
    sources_by_kind,
)
from purges_desktop.domain.links import Kind, Location

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def bundled():
    from purges_desktop.storage.loader import load_dataset

    return load_dataset(DATA)


def test_a_person_cites_their_source(tiny_dataset) -> None:
    found = tiny_dataset.citing("wp-en-genrikh-yagoda")
    assert [(c.what, c.record_id, c.where) for c in found if c.what is CitingKind.PERSON] == [
        (CitingKind.PERSON, "yagoda", Location(Kind.PERSON, "yagoda"))]
    assert tiny_dataset.citing("no-such-source") == ()


def test_every_citation_of_the_bundled_data_is_found_once_per_record(bundled) -> None:
    r = bundled.records
    for p in r.people:
        for ref in p.sources:
            assert any(c.what is CitingKind.PERSON and c.record_id == p.id for c in bundled.citing(ref.source))
        for step in p.repression:
            for ref in step.sources:
                assert any(c.what is CitingKind.REPRESSION and c.record_id == p.id and c.other == step.type.value
                           for c in bundled.citing(ref.source))
    for m in r.memberships:
        for ref in m.sources:
            assert any(c.what is CitingKind.MEMBERSHIP and c.record_id == m.person and c.other == m.body
                       for c in bundled.citing(ref.source))
    for e in r.list_entries:
        for ref in e.sources:
            assert any(c.what is CitingKind.LIST_ENTRY and c.other == e.list and c.where.id == e.person
                       for c in bundled.citing(ref.source))
    kinds = {c.what for found in bundled.cited_by.values() for c in found}
    # Stories and glossary terms are cited once the data has them (tests/domain/test_glossary.py checks them).
    absent = {kind for kind, found in ((CitingKind.STORY, r.stories), (CitingKind.TERM, r.terms)) if not found}
    assert kinds == set(CitingKind) - absent, "the bundled data has citations of every kind of record"
    assert set(bundled.cited_by) <= set(bundled.sources), "only sources of the bibliography are cited"


def test_figures_link_to_the_numbers_section_that_shows_them(bundled) -> None:
    shot = next(f for f in bundled.records.figures if f.id == "great-terror-shot-1937-1938")
    found = bundled.citing(shot.sources[0].source)
    assert any(c.what is CitingKind.FIGURE and c.where == Location(Kind.NUMBERS, "great-terror") for c in found)


def test_counts_count_records_not_pages(tiny_dataset) -> None:
    cited = citing_records(tiny_dataset.records)
    counts = citation_counts(cited)
    assert counts["wp-en-genrikh-yagoda"] == len({(c.what, c.record_id, c.other)
                                                  for c in cited["wp-en-genrikh-yagoda"]})
    assert "no-such-source" not in counts


def test_sources_are_grouped_by_kind(bundled) -> None:
    groups = sources_by_kind(bundled.records.sources)
    assert sum(len(g) for g in groups.values()) == len(bundled.sources)
    assert set(groups) == {"archive", "scholarly", "encyclopedia", "press", "memoir", "web"}
    for kind, found in groups.items():
        assert all(s.kind == kind for s in found)
        assert [s.title.casefold() for s in found] == sorted(s.title.casefold() for s in found)


def test_the_search_needs_every_word(tiny_dataset) -> None:
    sources = tiny_dataset.records.sources
    assert matching_sources(sources, "  ") is None
    assert matching_sources(sources, "yagoda WIKIPEDIA") == {"wp-en-genrikh-yagoda"}
    assert matching_sources(sources, "yagoda beria") == set()
