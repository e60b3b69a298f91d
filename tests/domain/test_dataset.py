"""The queries the views ask of a Dataset."""

from __future__ import annotations

from purges_desktop.domain.dataset import TrialRole
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.model import Fate, Role
from purges_desktop.domain.queries import PeopleFilter, filter_people, highest_post, person_search_index


def test_members_on_a_date(tiny_dataset) -> None:
    heads = tiny_dataset.members_on("nkvd", (1937, 6, 1), [Role.HEAD])
    assert [m.person for m in heads] == ["yezhov"]
    assert {m.person for m in tiny_dataset.members_on("nkvd", (1936, 9, 26))} == {"yagoda", "yezhov"}


def test_a_persons_posts_trials_and_events(tiny_dataset) -> None:
    assert [m.body for m in tiny_dataset.posts_of("yezhov")] == ["nkvd"]
    assert [(t.id, role) for t, role in tiny_dataset.trials_of("zinoviev")] == [("trial-1936", TrialRole.DEFENDANT)]
    assert [e.id for e in tiny_dataset.events_of("yagoda")] == ["yezhov-appointed"]


def test_events_between(tiny_dataset) -> None:
    found = tiny_dataset.events_between(PartialDate.parse("1936-09"), PartialDate.parse("1936-12"))
    assert [e.id for e in found] == ["yezhov-appointed"]


def test_highest_post(tiny_dataset) -> None:
    post = highest_post(tiny_dataset, "beria")
    assert post is not None and post.body == "nkvd"


def test_filters_combine(tiny_dataset) -> None:
    index = person_search_index(tiny_dataset)
    assert filter_people(tiny_dataset, index, PeopleFilter()) is None
    assert filter_people(tiny_dataset, index, PeopleFilter(trial="trial-1936")) == {"zinoviev", "kamenev"}
    assert filter_people(tiny_dataset, index, PeopleFilter(organ="nkvd", in_post_on=(1939, 1, 1))) == {"beria"}
    assert filter_people(tiny_dataset, index, PeopleFilter(text="Ежов", fates=frozenset({Fate.EXECUTED}))) == {
        "yezhov"}
    assert filter_people(tiny_dataset, index, PeopleFilter(organ="kind:police")) == {"yagoda", "yezhov", "beria"}


def test_open_ended_posts_end_with_the_holder_and_with_the_organ(tmp_path) -> None:
    from purges_desktop.storage.loader import load_dataset

    (tmp_path / "d.yaml").write_text(
        "sources:\n  - {id: s, title: T}\npeople:\n  - {id: a, name: A, died: 1937-06-12, sources: [s]}\n"
        "  - {id: b, name: B, sources: [s]}\n"
        "bodies:\n  - {id: x, name: X, kind: military, sources: [s]}\n"
        "  - {id: y, name: Y, kind: police, to: 1922-02-06, sources: [s]}\n"
        "memberships:\n  - {person: a, body: x, role: deputy, from: 1934, sources: [s]}\n"
        "  - {person: b, body: y, role: deputy, from: 1919, sources: [s]}\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert [m.person for m in ds.members_on("x", (1936, 1, 1))] == ["a"]
    assert ds.members_on("x", (1940, 1, 1)) == []
    assert [m.person for m in ds.members_on("y", (1920, 1, 1))] == ["b"]
    assert ds.members_on("y", (1930, 1, 1)) == []


def test_one_letter_searches_wait_for_a_second_letter_only_in_huge_datasets() -> None:
    from purges_desktop.domain.queries import effective_search

    assert effective_search("Ж", 500) == "Ж"
    assert effective_search("Ж", 100_000) == ""
    assert effective_search("Жу", 100_000) == "Жу"


def test_a_post_that_ended_at_an_unknown_date_is_placed_only_at_its_start(tiny_dir) -> None:
    """`to: unknown` (the post ended, the sources do not say when) never stretches a seat over later years."""
    from purges_desktop.storage.loader import load_dataset

    bodies = tiny_dir / "bodies.yaml"
    bodies.write_text(bodies.read_text(encoding="utf-8").replace(
        "  - {person: beria, body: nkvd, role: head, from: 1938-11-25, to: 1945-12-29,",
        "  - {person: beria, body: nkvd, role: deputy, from: 1937-03, to: unknown, sources: [wp-en-nikolai-yezhov]}\n"
        "  - {person: beria, body: nkvd, role: head, from: 1938-11-25, to: 1945-12-29,"), encoding="utf-8")
    ds = load_dataset(tiny_dir)
    assert not ds.problems
    post = next(m for m in ds.posts_of("beria") if m.role == Role.DEPUTY)
    assert post.end_unknown and post.end is None
    assert "beria" in {m.person for m in ds.members_on("nkvd", (1937, 3, 15))}  # within its known start
    assert "beria" not in {m.person for m in ds.members_on("nkvd", (1937, 6, 1))}
    assert not post.surely_active_on((1937, 3, 15))


def test_one_seat_per_person_when_year_dates_overlap(tiny_dir) -> None:
    """A candidate seat ending in 1926 and a full seat from 1926: a day in 1926 shows the person once."""
    from purges_desktop.storage.loader import load_dataset

    bodies = tiny_dir / "bodies.yaml"
    bodies.write_text(bodies.read_text(encoding="utf-8").replace(
        "  - {person: beria, body: nkvd, role: head,",
        "  - {person: beria, body: nkvd, role: deputy, from: 1931, to: 1933, sources: [wp-en-nikolai-yezhov]}\n"
        "  - {person: beria, body: nkvd, role: first_deputy, from: 1933, to: 1934, sources: [wp-en-nikolai-yezhov]}\n"
        "  - {person: beria, body: nkvd, role: head,"), encoding="utf-8")
    ds = load_dataset(tiny_dir)
    on = [m for m in ds.members_on("nkvd", (1933, 6, 1)) if m.person == "beria"]
    assert [m.role for m in on] == [Role.FIRST_DEPUTY]  # neither is sure: the later one
    on = [m for m in ds.members_on("nkvd", (1932, 6, 1)) if m.person == "beria"]
    assert [m.role for m in on] == [Role.DEPUTY]


def test_a_kind_of_organ_finds_post_holders_and_people_tagged_with_it(tmp_path) -> None:
    from purges_desktop.storage.loader import load_dataset

    (tmp_path / "d.yaml").write_text(
        "sources:\n  - {id: s, title: T}\npeople:\n  - {id: a, name: A, sources: [s]}\n"
        "  - {id: b, name: B, tags: [military], sources: [s]}\n  - {id: c, name: C, tags: [culture], sources: [s]}\n"
        "bodies:\n  - {id: x, name: X, kind: military, sources: [s]}\n"
        "memberships:\n  - {person: a, body: x, role: deputy, from: 1934, sources: [s]}\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    index = person_search_index(ds)
    for _ in range(2):  # the second time from the per-body and per-tag caches
        assert filter_people(ds, index, PeopleFilter(organ="kind:military")) == {"a", "b"}
    assert filter_people(ds, index, PeopleFilter(organ="x")) == {"a"}


def test_the_search_can_also_look_in_biographies_notes_and_places(tiny_dataset) -> None:
    from purges_desktop.domain.queries import person_texts

    index, texts = person_search_index(tiny_dataset), person_texts(tiny_dataset)
    names_only = PeopleFilter(text="great terror")
    assert filter_people(tiny_dataset, index, names_only, texts) == set()
    deep = PeopleFilter(text="great terror", in_texts=True)
    assert filter_people(tiny_dataset, index, deep, texts) == {"yezhov"}
    # Every word must occur, in any order, ignoring case and accents; names still match as before.
    assert filter_people(tiny_dataset, index, PeopleFilter(text="TERROR height", in_texts=True), texts) == {"yezhov"}
    assert "yagoda" in filter_people(tiny_dataset, index, PeopleFilter(text="Yagoda", in_texts=True), texts)


def test_how_a_defendant_died_in_custody(tiny_dataset) -> None:
    from dataclasses import replace

    from purges_desktop.domain.dates import PartialDate
    from purges_desktop.domain.queries import CustodyDeath, death_in_custody

    shot = tiny_dataset.trials["trial-1936"].defendants[0]
    assert death_in_custody(tiny_dataset, shot) == (CustodyDeath.SHOT, PartialDate(1936, 8, 25))
    later = replace(shot, executed=None, died_in_custody=PartialDate(1941, 9, 11))
    assert death_in_custody(tiny_dataset, later)[0] is CustodyDeath.SHOT  # zinoviev's fate is executed
    nobody = replace(later, person="no-such-person")
    assert death_in_custody(tiny_dataset, nobody)[0] is CustodyDeath.DIED_IN_CUSTODY
    assert death_in_custody(tiny_dataset, replace(shot, executed=None)) is None


def test_a_reload_counts_what_was_added_removed_and_changed(tiny_dir) -> None:
    from purges_desktop.domain.queries import Changes, dataset_changes
    from purges_desktop.storage.loader import load_dataset
    from tests.edits import replace_in

    before = load_dataset(tiny_dir)
    assert dataset_changes(before, load_dataset(tiny_dir)) == {}
    for name in ("people.yaml", "trials.yaml", "bodies.yaml"):  # records moved down a line are not changed
        (tiny_dir / name).write_text("\n" + (tiny_dir / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert dataset_changes(before, load_dataset(tiny_dir)) == {}
    replace_in(tiny_dir, "people.yaml", "Nikolai Yezhov", "Nikolay Yezhov")
    replace_in(tiny_dir, "bodies.yaml", "to: 1945-12-29", "to: 1945-12-30")
    (tiny_dir / "more.yaml").write_text(
        "people:\n  - {id: someone-new, name: Someone New, sources: [wp-en-nikolai-yezhov]}\n", encoding="utf-8")
    assert dataset_changes(before, load_dataset(tiny_dir)) == {
        "people": Changes(added=1, changed=1), "memberships": Changes(added=1, removed=1)}


def test_every_fate_is_a_later_fate_and_repression_survived_is_one_more() -> None:
    from purges_desktop.domain.model import Person
    from purges_desktop.domain.queries import LaterFate, later_fate
    from purges_desktop.domain.text import LocalizedText

    for fate in Fate:
        assert later_fate(Person(id="p", name=LocalizedText.of("P"), fate=fate)) is LaterFate(fate.value)
    assert {f.value for f in LaterFate} == {f.value for f in Fate} | {"survived_repression"}


def test_queries_never_write_to_the_shared_dataset(tiny_dataset) -> None:
    """The Dataset is shared between threads: every index is built with it, and asking it changes nothing."""
    import pickle

    before = pickle.dumps(tiny_dataset)
    for body in (*tiny_dataset.bodies, "no-such-body"):
        tiny_dataset.members_on(body, (1937, 1, 1))
        tiny_dataset.holders_of(body)
    tiny_dataset.people_tagged("military")
    tiny_dataset.people_tagged("no-such-tag")
    for person in ("yezhov", "no-such-person"):
        tiny_dataset.lists_signed_by(person)
        tiny_dataset.list_entries_of(person)
        tiny_dataset.trials_of(person)
        tiny_dataset.events_of(person)
    tiny_dataset.entries_on("no-such-list")
    assert tiny_dataset.holders_of("nkvd") == {"yagoda", "yezhov", "beria"}
    assert pickle.dumps(tiny_dataset) == before


def test_a_reload_counts_changes_to_figures_eras_and_lists_too(tiny_dir) -> None:
    from purges_desktop.domain.queries import Changes, dataset_changes
    from purges_desktop.storage.loader import load_dataset

    before = load_dataset(tiny_dir)
    (tiny_dir / "numbers.yaml").write_text(
        "figures:\n  - {id: f1, title: F, value: 3, counts: C, sources: [wp-en-nikolai-yezhov]}\n"
        "eras:\n  - {id: e1, name: E, from: 1936-09, to: 1938-11, sources: [wp-en-nikolai-yezhov]}\n"
        "shooting_lists:\n  - {id: list-1, memorial_id: 1, title: L, date: 1937-02-27,"
        " sources: [wp-en-nikolai-yezhov]}\n"
        "list_entries:\n  - {person: yezhov, list: list-1, category: 1, sources: [wp-en-nikolai-yezhov]}\n",
        encoding="utf-8")
    after = load_dataset(tiny_dir)
    assert not [p for p in after.problems if p.origin.file == "numbers.yaml"], [str(p) for p in after.problems]
    changes = dataset_changes(before, after)
    assert changes == {"figures": Changes(added=1), "eras": Changes(added=1), "shooting_lists": Changes(added=1),
                       "list_entries": Changes(added=1)}
