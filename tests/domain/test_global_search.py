"""The one search over every kind of record: each kind is found, spelling is forgiven, hits are ranked, groups are
counted, a deep link typed in is offered, and stories and glossary terms appear when the dataset has them."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from purges_desktop import locations
from purges_desktop.domain.global_search import (
    LINK_KIND,
    PROVIDERS,
    GlobalIndex,
    Rank,
    SearchEntry,
    folded_keys,
    story_entries,
    term_entries,
)
from purges_desktop.domain.search import fold
from purges_desktop.domain.text import LocalizedText
from purges_desktop.storage.loader import load_dataset


@pytest.fixture(scope="module")
def ds():
    return load_dataset(locations.data_dir())


@pytest.fixture(scope="module")
def index(ds) -> GlobalIndex:
    return GlobalIndex.build(ds)


def _group(index: GlobalIndex, query: str, kind: str, limit: int = 5):
    return next((g for g in index.search(query, limit) if g.kind == kind), None)


def _ids(index: GlobalIndex, query: str, kind: str, limit: int = 5) -> list[str]:
    group = _group(index, query, kind, limit)
    return [h.entry.id for h in group.hits] if group is not None else []


@pytest.mark.parametrize(("query", "kind", "first"), [
    ("Bucharin", "person", "bukharin"),  # German spelling
    ("Jeschow", "person", "yezhov"),
    ("Ежов", "person", "yezhov"),
    ("Tukachevsky", "person", "tukhachevsky"),  # a letter missing
    ("Kirov is shot", "event", "kirov-murder"),  # words of an event's title
    ("Twenty-One", "trial", "trial-1938"),  # a trial's common name
    ("Metro-Vickers", "trial", "trial-metro-vickers"),
    ("NKVD", "body", "nkvd"),  # an organ by its short name
    ("OGPU", "body", "ogpu"),
    ("Military Collegium", "body", "military-collegium"),
])
def test_each_kind_is_found_and_the_best_hit_comes_first(index: GlobalIndex, query: str, kind: str,
                                                        first: str) -> None:
    assert _ids(index, query, kind)[:1] == [first]


def test_a_misspelt_name_is_marked_as_forgiven(index: GlobalIndex) -> None:
    group = _group(index, "Tukachevsky", "person")
    assert group is not None and group.hits[0].rank is Rank.FUZZY
    exact = _group(index, "Tukhachevsky", "person")
    assert exact is not None and exact.hits[0].rank is Rank.EXACT


def test_a_list_is_found_by_its_number_and_by_its_date(ds, index: GlobalIndex) -> None:
    sl = next(s for s in ds.shooting_lists.values() if s.date is not None and s.date.day is not None)
    for query in (f"No. {sl.memorial_id}", f"№ {sl.memorial_id}", str(sl.memorial_id)):
        assert _ids(index, query, "list")[:1] == [sl.id], query
    same_day = {s.id for s in ds.shooting_lists.values() if s.date == sl.date}
    group = _group(index, sl.date.format("en"), "list", limit=50)
    assert group is not None and {h.entry.id for h in group.hits} >= same_day
    assert all(h.rank is Rank.EXACT for h in group.hits[:len(same_day)])
    assert _group(index, sl.date.format("ru"), "list", limit=50) is not None


def test_a_source_is_found_by_its_title(ds, index: GlobalIndex) -> None:
    source = ds.sources["wp-en-iosif-vareikis"]
    hits = _group(index, source.title, "source").hits
    assert hits[0].entry.id == source.id and hits[0].rank is Rank.EXACT
    assert hits[0].entry.link == "source/wp-en-iosif-vareikis"


def test_groups_follow_the_registry_and_count_every_hit(index: GlobalIndex) -> None:
    groups = index.search("NKVD", limit=3)
    kinds = [g.kind for g in groups]
    assert kinds == [k for k in PROVIDERS if k in kinds]
    sources = next(g for g in groups if g.kind == "source")
    assert len(sources.hits) == 3 < sources.total
    assert sources.total == len(index.search("NKVD", limit=1000)[-1].hits)


def _fake(*titles: str) -> GlobalIndex:
    def provider(_ds: object):
        for i, title in enumerate(titles):
            yield SearchEntry("event", f"e{i}", LocalizedText.of(title))
    return GlobalIndex.build(SimpleNamespace(), {"event": provider})


def test_exact_before_prefix_before_words_before_forgiven() -> None:
    index = _fake("The murder of Kirov", "Kirovsk", "Kirov", "Kirov district")
    group = index.search("kirov")[0]
    assert [h.entry.title.get("en") for h in group.hits] == ["Kirov", "Kirov district", "Kirovsk",
                                                              "The murder of Kirov"]
    assert [h.rank for h in group.hits] == [Rank.EXACT, Rank.PREFIX, Rank.PREFIX, Rank.WORDS]
    assert [h.rank for h in _fake("Tukhachevsky").search("Tukhachefsky")[0].hits] == [Rank.FUZZY]


def test_the_best_hits_are_found_however_many_match() -> None:
    index = _fake(*(f"Aaa event {i:05d}" for i in range(3000)), "Zz event", "event")
    group = index.search("event", limit=2)[0]
    assert group.total == 3002
    assert [h.entry.title.get("en") for h in group.hits] == ["event", "Aaa event 00000"]


def test_a_deep_link_typed_in_is_offered_first(index: GlobalIndex) -> None:
    groups = index.search("person/bukharin")
    assert groups[0].kind == LINK_KIND and groups[0].hits[0].entry.id == "person/bukharin"
    assert groups[0].hits[0].entry.title.get("en") == "Nikolai Bukharin"
    assert GlobalIndex.location_of(groups[0].hits[0].entry).uri() == "person/bukharin"
    assert index.search("purges:numbers/lists")[0].hits[0].entry.id == "numbers/lists"
    assert all(g.kind != LINK_KIND for g in index.search("person/nobody-of-that-name"))


def test_an_empty_query_finds_nothing(index: GlobalIndex) -> None:
    assert index.search("") == [] and index.search("  ,; ") == []


# ---- stories and glossary terms (issue #15): the providers read getattr(dataset, "stories"/"terms", ())


@dataclass(frozen=True)
class _Story:  # the fields of the shared contract's Story that the provider reads
    id: str
    title: LocalizedText
    summary: LocalizedText


@dataclass(frozen=True)
class _Term:  # the fields of the shared contract's Term that the provider reads
    id: str
    term: LocalizedText
    definition: LocalizedText
    forms_en: tuple[str, ...] = ()
    forms_ru: tuple[str, ...] = ()


def test_stories_and_terms_are_found_when_the_dataset_has_them() -> None:
    fixture = SimpleNamespace(
        stories=(_Story("great-terror-in-ten-steps", LocalizedText.of("The Great Terror in ten steps",
                                                                      "Большой террор в десяти шагах"),
                        LocalizedText.of("How the mass operations began and ended")),),
        terms=(_Term("nkvd", LocalizedText.of("NKVD", "НКВД"), LocalizedText.of("The political police"),
                     ("People's Commissariat for Internal Affairs",), ("Народный комиссариат внутренних дел",)),))
    index = GlobalIndex.build(fixture, {"story": story_entries, "term": term_entries})
    assert index.kinds == ("story", "term")
    assert _ids(index, "ten steps", "story") == ["great-terror-in-ten-steps"]
    assert _ids(index, "Большой террор", "story") == ["great-terror-in-ten-steps"]
    assert _ids(index, "Internal Affairs", "term") == ["nkvd"]
    assert _ids(index, "комиссариат", "term") == ["nkvd"]
    assert _group(index, "NKVD", "term").hits[0].rank is Rank.EXACT
    assert _group(index, "ten steps", "story").hits[0].entry.link == "story/great-terror-in-ten-steps"


def test_the_bundled_stories_and_terms_are_searchable_once_the_data_has_them(ds, index: GlobalIndex) -> None:
    stories, terms = getattr(ds, "stories", ()), getattr(ds, "terms", ())
    if not stories and not terms:
        assert "story" not in index.kinds and "term" not in index.kinds
        pytest.skip("this dataset has no stories or glossary terms yet (issue #15 adds Dataset.stories/terms)")
    for story in stories:
        assert story.id in _ids(index, story.title.get("en"), "story", limit=50)
    for term in terms:
        assert term.id in _ids(index, term.term.get("en"), "term", limit=50)


def test_keys_kept_with_the_files_find_the_same_records_as_keys_folded_afresh(ds, index) -> None:
    folded = folded_keys({"people": ds.records.people, "events": ds.records.events})
    assert f"global:person:{ds.records.people[0].id}" in folded
    warm = GlobalIndex.build(ds, folded=folded)
    for query in ("bukharin", "Бухарин", "yezhov", "ezhov", "moscow trial", "1937", "kirov"):
        assert [(g.kind, g.total, [h.entry.id for h in g.hits]) for g in warm.search(query)] == \
            [(g.kind, g.total, [h.entry.id for h in g.hits]) for g in index.search(query)], query


def test_the_global_index_takes_a_record_s_keys_from_the_files_when_given(ds) -> None:
    person = ds.records.people[0]
    built = GlobalIndex.build(ds, folded={f"global:person:{person.id}": [fold("zzqxkept")]})
    assert _ids(built, "zzqxkept", "person") == [person.id]
    assert _group(GlobalIndex.build(ds), "zzqxkept", "person") is None
