"""Consistency checks across records."""

from __future__ import annotations

from pathlib import Path

from purges_desktop.storage.loader import load_dataset


def _load(tmp_path: Path, text: str):
    (tmp_path / "d.yaml").write_text("sources:\n  - {id: s, title: T}\n" + text, encoding="utf-8")
    return load_dataset(tmp_path)


def _codes(ds) -> list[str]:
    return [p.code for p in ds.problems]


def test_tenure_after_death_is_a_warning(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A, died: 1936, sources: [s]}\nbodies:\n"
               "  - {id: b, name: B, kind: party, sources: [s]}\nmemberships:\n"
               "  - {person: a, body: b, role: member, from: 1930, to: 1939, sources: [s]}\n")
    assert _codes(ds) == ["tenure-after-death"]
    assert len(ds.records.memberships) == 1


def test_post_starting_after_death_is_an_error(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A, died: 1936, sources: [s]}\nbodies:\n"
               "  - {id: b, name: B, kind: party, sources: [s]}\nmemberships:\n"
               "  - {person: a, body: b, role: member, from: 1937, sources: [s]}\n")
    assert "after-death" in _codes(ds)


def test_overlapping_holders_of_a_single_post_are_reported(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A, sources: [s]}\n  - {id: c, name: C, sources: [s]}\n"
               "bodies:\n  - {id: b, name: B, kind: police, sources: [s]}\nmemberships:\n"
               "  - {person: a, body: b, role: head, from: 1934-07-10, to: 1936-09-26, sources: [s]}\n"
               "  - {person: c, body: b, role: head, from: 1936-01-01, sources: [s]}\n")
    assert _codes(ds) == ["overlapping-post"]


def test_handing_over_a_post_on_the_same_day_is_not_an_overlap(tiny_dataset) -> None:
    assert not tiny_dataset.problems


def test_execution_before_verdict_is_an_error(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A, sources: [s]}\ntrials:\n  - id: t\n    name: T\n"
               "    start: 1936-08-19\n    end: 1936-08-24\n    defendants:\n"
               "      - {person: a, sentence: {kind: death}, executed: 1936-08-20}\n    sources: [s]\n")
    assert "execution-before-verdict" in _codes(ds)


def test_dangling_event_links_are_dropped_and_reported(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A, sources: [s]}\nevents:\n"
               "  - {id: e, date: 1934-12-01, category: party, title: T, people: [a, ghost], sources: [s]}\n")
    assert ds.events["e"].people == ("a",)
    assert _codes(ds) == ["unknown-reference"]


def test_record_without_sources_is_warned(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A}\n")
    assert _codes(ds) == ["no-sources"]


def test_open_post_of_a_dead_holder_is_a_warning_at_the_membership(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A, died: 1937-06-12, sources: [s]}\nbodies:\n"
               "  - {id: b, name: B, kind: military, sources: [s]}\nmemberships:\n"
               "  - {person: a, body: b, role: deputy, from: 1934, sources: [s]}\n")
    assert _codes(ds) == ["open-after-death"]
    problem = ds.problems[0]
    assert (problem.origin.line, problem.origin.column) == (8, 5)  # the membership, not the person
    assert "no end although 'a' died on 1937-06-12" in problem.message
    assert len(ds.records.memberships) == 1


def test_post_whose_end_is_unknown_or_whose_holder_lives_is_not_reported(tmp_path: Path) -> None:
    ds = _load(tmp_path, "people:\n  - {id: a, name: A, died: 1937, sources: [s]}\n"
               "  - {id: c, name: C, sources: [s]}\n  - {id: d, name: D, died: unknown, sources: [s]}\nbodies:\n"
               "  - {id: b, name: B, kind: party, sources: [s]}\nmemberships:\n"
               "  - {person: a, body: b, role: member, from: 1934, to: unknown, sources: [s]}\n"
               "  - {person: a, body: b, role: candidate, from: 1930, to: 1934, sources: [s]}\n"
               "  - {person: c, body: b, role: member, from: 1934, sources: [s]}\n"
               "  - {person: d, body: b, role: member, from: 1934, sources: [s]}\n")
    assert _codes(ds) == []


def test_an_event_compared_with_an_unknown_event_is_an_error_at_its_line(tmp_path: Path) -> None:
    ds = _load(tmp_path, "events:\n  - {id: e1, date: 1934, category: party, title: A, key_date: true,\n"
               "     compare_with: e2, sources: [s]}\n"
               "  - {id: e3, date: 1939, category: party, title: C, key_date: true, compare_with: nowhere,"
               " sources: [s]}\n")
    problems = [p for p in ds.problems if p.code == "unknown-reference"]
    assert len(problems) == 2
    assert all("compare_with of event" in p.message for p in problems)
    assert [p.origin.line for p in problems] == [4, 6]  # the line of each event
    assert [e.compare_with for e in ds.records.events] == ["", ""]  # dropped, and both events kept
