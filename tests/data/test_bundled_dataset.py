"""The bundled dataset itself: it validates cleanly, cites sources, and agrees with the seed article."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.model import Role, SentenceKind
from purges_desktop.domain.queries import chart_bodies, highest_post, key_dates, police_line
from purges_desktop.storage.loader import load_dataset

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(DATA)


def test_the_bundled_data_has_no_errors_and_no_warnings(ds) -> None:
    assert [str(p) for p in ds.problems] == []


def test_coverage_minimums(ds) -> None:
    r = ds.records
    assert len(r.people) >= 300
    assert len(r.events) >= 200
    assert len(r.trials) >= 8
    assert {"politburo", "orgburo", "secretariat", "central-committee", "central-control-commission", "sovnarkom",
            "cheka", "gpu", "ogpu", "nkvd", "nkgb", "mgb", "military-collegium", "narkom-defence"} <= set(ds.bodies)


def test_every_record_cites_a_known_source(ds) -> None:
    r = ds.records
    for rec in (*r.people, *r.bodies, *r.memberships, *r.trials, *r.events, *r.eras, *r.statistics, *r.figures):
        assert rec.sources, f"{rec.origin} cites no source"
        for ref in rec.sources:
            assert ref.source in ds.sources, f"{rec.origin}: {ref.source}"


def test_sources_have_a_title_and_a_web_address_or_a_publisher(ds) -> None:
    for s in ds.records.sources:
        assert s.title
        assert s.url or s.publisher or s.author, s.id


def test_nobody_holds_a_post_after_death_or_before_birth(ds) -> None:
    for m in ds.records.memberships:
        p = ds.people[m.person]
        if p.died.date and m.start:
            assert not p.died.date.surely_before(m.start), m.origin
        if p.died.date and m.end:
            assert not p.died.date.surely_before(m.end), m.origin
        if p.born.date and m.start:
            assert not m.start.surely_before(p.born.date), m.origin


def _heads(ds, body: str):
    return sorted((m for m in ds.memberships_of_body(body) if m.role == Role.HEAD and m.start),
                  key=lambda m: m.start.sort_key())


#: The secret police line of the bundled data, Cheka to MVD.
POLICE_BODIES = ("cheka", "gpu", "ogpu", "nkvd", "nkgb", "mgb", "mvd")


def test_the_police_line_is_read_from_the_data_in_order_of_foundation(ds) -> None:
    assert police_line(ds) == POLICE_BODIES


def test_the_chart_order_and_post_ranks_are_set_in_the_data(ds) -> None:
    assert [b.id for b in chart_bodies(ds)] == [
        "secretariat", "politburo", "presidium", "orgburo", "central-control-commission", "sovnarkom", *POLICE_BODIES,
        "procuracy", "military-collegium", "narkom-defence", "central-committee"]
    assert highest_post(ds, "stalin").body == "politburo"  # ranked above his Secretariat and Sovnarkom posts
    assert highest_post(ds, "yagoda").body in POLICE_BODIES  # ranked above his Central Committee seat


def test_the_key_dates_are_events_of_the_data_in_date_order(ds) -> None:
    assert [e.id for e in key_dates(ds)] == ["lenin-death", "congress-17", "kirov-murder", "yezhov-replaces-yagoda",
                                             "beria-appointment-announced", "congress-18", "stalin-death"]


@pytest.mark.parametrize("body", POLICE_BODIES)
def test_police_chiefs_follow_one_another_without_unexplained_gaps_or_overlaps(ds, body: str) -> None:
    heads = _heads(ds, body)
    assert heads, f"no chief recorded for {body}"
    for prev, nxt in pairwise(heads):
        assert prev.end is not None, f"{prev.person} never leaves {body}"
        overlap = nxt.start.latest() < prev.end.earliest()
        assert not overlap, f"{body}: {nxt.person} starts {nxt.start} before {prev.person} leaves {prev.end}"
        gap_days = (nxt.start.earliest()[0] - prev.end.latest()[0]) * 365 + \
            (nxt.start.earliest()[1] - prev.end.latest()[1]) * 30 + (nxt.start.earliest()[2] - prev.end.latest()[2])
        if gap_days > 3:
            assert prev.note or nxt.note, f"{body}: unexplained gap between {prev.person} and {nxt.person}"


def test_yagoda_yezhov_and_beria_succeed_one_another_at_the_nkvd(ds) -> None:
    order = [m.person for m in _heads(ds, "nkvd")]
    assert order[order.index("yagoda"):order.index("beria") + 1] == ["yagoda", "yezhov", "beria"]
    yagoda, yezhov, beria = (next(m for m in _heads(ds, "nkvd") if m.person == p) for p in ("yagoda", "yezhov",
                                                                                             "beria"))
    assert yagoda.end.year == yezhov.start.year == 1936
    assert yezhov.end.year == beria.start.year == 1938


@pytest.mark.parametrize(("pid", "born", "died"), [
    ("zinoviev", 1883, 1936), ("kamenev", 1883, 1936), ("bukharin", 1888, 1938), ("kirov", 1886, 1934),
    ("yagoda", 1891, 1938), ("yezhov", 1895, 1940), ("beria", 1899, 1953), ("radek", 1885, 1939),
    ("sokolnikov", 1888, 1939), ("rykov", 1881, 1938), ("rakovsky", 1873, 1941), ("krestinsky", 1883, 1938),
    ("tukhachevsky", 1893, 1937),
])
def test_lifespans_agree_with_the_seed_article(ds, pid: str, born: int, died: int) -> None:
    p = ds.people[pid]
    assert p.born.date.year == born
    assert p.died.date.year == died


def test_everyone_the_seed_article_names_is_in_the_data(ds) -> None:
    for pid in ("stalin", "lenin", "zinoviev", "kamenev", "trotsky", "bukharin", "kirov", "yagoda", "yezhov",
                "beria", "radek", "sokolnikov", "rykov", "rakovsky", "krestinsky", "tukhachevsky"):
        assert pid in ds.people, pid
    assert ds.people["trotsky"].fate.value == "murdered"
    assert ds.people["trotsky"].died.date.year == 1940


def _sentences(ds, trial: str) -> list[SentenceKind | None]:
    return [d.sentence.kind if d.sentence else None for d in ds.trials[trial].defendants]


def test_the_1936_trial_had_16_defendants_all_shot(ds) -> None:
    t = ds.trials["trial-1936"]
    assert len(t.defendants) == 16
    assert _sentences(ds, "trial-1936") == [SentenceKind.DEATH] * 16
    assert all(d.executed for d in t.defendants)


def test_the_1937_trial_had_17_defendants_13_sentenced_to_death(ds) -> None:
    kinds = _sentences(ds, "trial-1937")
    assert len(kinds) == 17
    assert kinds.count(SentenceKind.DEATH) == 13
    assert sum(k in {SentenceKind.PRISON, SentenceKind.LABOUR_CAMP} for k in kinds) == 4


def test_the_1938_trial_had_21_defendants(ds) -> None:
    t = ds.trials["trial-1938"]
    assert len(t.defendants) == 21
    assert {"bukharin", "rykov", "yagoda", "rakovsky", "krestinsky"} <= {d.person for d in t.defendants}


def test_every_defendant_is_a_person_and_no_execution_precedes_its_verdict(ds) -> None:
    for t in ds.records.trials:
        for d in t.defendants:
            assert d.person in ds.people
            verdict = (d.sentence.date if d.sentence and d.sentence.date else t.end) or t.start
            if d.executed and verdict:
                assert not d.executed.surely_before(verdict), f"{t.id}: {d.person}"


def test_every_event_links_only_to_existing_records(ds) -> None:
    for e in ds.records.events:
        assert all(p in ds.people for p in e.people)
        assert all(b in ds.bodies for b in e.bodies)
        assert all(t in ds.trials for t in e.trials)
        assert PartialDate.parse("1917").earliest() <= e.date.earliest() <= PartialDate.parse("1999").latest()


def test_the_yearly_conviction_table_keeps_printed_totals_and_explains_mismatches(ds) -> None:
    tables = [s for s in ds.records.statistics if any(dict(r).get("year") == 1937 for r in s.rows)]
    assert tables
    for table in tables:
        for key, printed in table.printed_totals:
            summed = sum(dict(r).get(key) or 0 for r in table.rows)
            if summed != printed:
                assert table.note, f"{table.id}: {key} rows sum to {summed}, printed {printed}, and no note says so"


def test_every_bundled_file_is_plain_yaml_any_editor_reads() -> None:
    """The loader is lenient with a few things a standard parser rejects (``{date: 1892-12-09?}`` in a flow
    mapping); the bundled files avoid them, so a curator's editor never flags the shipped data."""
    import yaml

    for path in sorted(DATA.rglob("*.yaml")):
        yaml.safe_load(path.read_text(encoding="utf-8"))  # raises on anything a standard parser rejects
