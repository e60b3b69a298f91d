"""The early show trials (1928-1933): every defendant the sources name, with the documented number still unnamed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from purges_desktop.domain.model import SentenceKind
from purges_desktop.storage.loader import load_dataset

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(DATA)


def _kinds(ds, trial: str) -> list[SentenceKind | None]:
    return [d.sentence.kind if d.sentence else None for d in ds.trials[trial].defendants]


def _unnamed(ds, trial: str) -> int:
    """How many defendants the trial's note says are still unnamed (0 when it says nothing)."""
    match = re.search(r"(\d+) defendants remain unnamed", ds.trials[trial].note.get("en"))
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize(("trial", "total"), [
    ("trial-shakhty", 53),
    ("trial-industrial-party", 8),
    ("trial-menshevik-bureau", 14),
    ("trial-metro-vickers", 18),
])
def test_named_plus_documented_unnamed_defendants_make_the_published_total(ds, trial: str, total: int) -> None:
    t = ds.trials[trial]
    people = [d.person for d in t.defendants]
    assert len(people) == len(set(people)), "a defendant is listed twice"
    assert all(p in ds.people for p in people)
    assert len(people) + _unnamed(ds, trial) == total


def test_shakhty_names_23_and_says_why_30_are_unnamed(ds) -> None:
    t = ds.trials["trial-shakhty"]
    assert len(t.defendants) == 23
    assert _unnamed(ds, "trial-shakhty") == 30
    assert "Krylenko" in t.note.get("en")  # the collection with the full verdict, which could not be consulted
    assert "30 подсудимых остаются неназванными" in t.note.get("ru")
    assert sum(1 for d in t.defendants if d.executed) == 4  # the fifth execution (Gorletsky) has no date


def test_industrial_party_five_death_sentences_commuted_and_three_terms_reduced(ds) -> None:
    t = ds.trials["trial-industrial-party"]
    assert _kinds(ds, "trial-industrial-party").count(SentenceKind.DEATH) == 5
    prison = [d for d in t.defendants if d.sentence and d.sentence.kind == SentenceKind.PRISON]
    assert [d.sentence.years for d in prison] == [10, 10, 10]
    for d in prison:
        assert "to eight years" in d.note.get("en") and "до восьми лет" in d.note.get("ru"), d.person
    for d in t.defendants:
        assert not d.executed, d.person


def test_menshevik_bureau_fourteen_prison_terms_no_death_sentence(ds) -> None:
    assert _kinds(ds, "trial-menshevik-bureau") == [SentenceKind.PRISON] * 14


def test_metro_vickers_eighteen_defendants_and_the_two_open_verdicts_are_explained(ds) -> None:
    t = ds.trials["trial-metro-vickers"]
    kinds = _kinds(ds, "trial-metro-vickers")
    assert kinds.count(SentenceKind.ACQUITTED) == 1  # Gregory
    assert kinds.count(SentenceKind.OTHER) == 3  # Monkhouse, Cushny, Nordwall expelled
    assert kinds.count(None) == 2
    by_id = {d.person: d for d in t.defendants}
    assert by_id["kutuzova"].sentence.years == 1.5
    assert "sick" in by_id["vitvitsky"].note.get("en")
    assert "disputed" in by_id["zivert"].note.get("en").lower()
    assert {"58-6", "58-7", "58-9", "58-11"} == set(t.articles)


def test_every_defendant_without_a_sentence_has_a_note_saying_why(ds) -> None:
    for t in ds.records.trials:
        for d in t.defendants:
            if d.sentence is None:
                assert d.note.get("en") and d.note.get("ru"), f"{t.id}: {d.person}"
