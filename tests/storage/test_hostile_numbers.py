"""Hostile numbers in every numeric field: each bad one is a located problem, never an exception; the rest loads.

docs/reliability.md, "Numbers out of range" and "A bug in a record reader". The table below crosses 14 numeric fields
with 26 values (364 cases); each field is one data file holding one record per value and a good record.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from purges_desktop.domain.problems import Severity
from purges_desktop.storage import records
from purges_desktop.storage.loader import load_dataset

if TYPE_CHECKING:
    from collections.abc import Callable

    from purges_desktop.domain.dataset import Dataset

HUGE = "9" * 400
# (YAML text, the value it stands for); None stands for "not a number" (text, a list, a mapping).
VALUES: list[tuple[str, object]] = [
    (HUGE, int(HUGE)), ("-" + HUGE, -int(HUGE)), ("1" + "0" * 18, 10**18), ("1.0e999", math.inf),
    ("-1.0e999", -math.inf), ("!!float .inf", math.inf), ("!!float -.inf", -math.inf), ("!!float .nan", math.nan),
    ("1.0e300", 1e300), ("-5", -5), ("-1", -1), ("0", 0), ("-0.0", -0.0), ("0.5", 0.5), ("2.5", 2.5),
    ("1937.5", 1937.5), ("3", 3), ("10", 10), ("1937", 1937), ("1000001", 1_000_001), ("true", True),
    ("false", False), ('"5"', None), ("[1, 2]", None), ("{a: 1}", None), ("ten", None),
]


@dataclass(frozen=True)
class Field:
    """A numeric field: a record of ``section`` with ``{v}`` where the value goes (on its own line), whether a bad
    value drops the record, what a good value is, and how to read the value back from the loaded dataset."""

    section: str
    record: str
    required: bool
    ok: Callable[[object], bool]
    read: Callable[[Dataset, str], object]


def _number(low: float, high: float, *, whole: bool = False) -> Callable[[object], bool]:
    def ok(v: object) -> bool:
        return (isinstance(v, int | float) and not isinstance(v, bool) and low <= v <= high
                and not (whole and isinstance(v, float)))
    return ok


def _person(ds: Dataset, rid: str) -> object:
    return ds.people[rid].repression[0].years


def _sentence(ds: Dataset, rid: str) -> object:
    trial = next(t for t in ds.records.trials if t.id == rid)
    return trial.defendants[0].sentence.years if trial.defendants[0].sentence else None


def _body(attr: str) -> Callable[[Dataset, str], object]:
    return lambda ds, rid: getattr(ds.bodies[rid], attr)


def _figure(ds: Dataset, rid: str) -> object:
    return next(f.value for f in ds.records.figures if f.id == rid)


def _cohort(ds: Dataset, rid: str) -> object:
    cohort = next(f.cohort for f in ds.records.figures if f.id == rid)
    return cohort.seats if cohort else None


def _source(ds: Dataset, rid: str) -> object:
    return next(s.year for s in ds.records.sources if s.id == rid)


def _list(attr: str) -> Callable[[Dataset, str], object]:
    return lambda ds, rid: getattr(next(sl for sl in ds.records.shooting_lists if sl.id == rid), attr)


def _count(cat: str) -> Callable[[Dataset, str], object]:
    return lambda ds, rid: getattr(next(sl for sl in ds.records.shooting_lists if sl.id == rid).parts[0].counts, cat)


def _cell(ds: Dataset, rid: str) -> object:
    return dict(next(s for s in ds.records.statistics if s.id == rid).rows[0])["n"]


def _total(ds: Dataset, rid: str) -> object:
    return dict(next(s for s in ds.records.statistics if s.id == rid).printed_totals).get("n")


def _entry(ds: Dataset, rid: str) -> object:
    return next(e.category for e in ds.records.list_entries if e.list == f"l-{rid}")


SRC = "    sources: [s]\n"
_STAT = "  - id: {id}\n    title: T\n    counts: C\n    columns: [{{key: n}}]\n" + SRC
_SL = "  - id: {id}\n    memorial_id: 1\n    title: T\n" + SRC
FIELDS = {
    "repression-years": Field("people", "  - id: {id}\n    name: N\n" + SRC + "    repression:\n"
                              "      - type: arrest\n        years: {v}\n", False, _number(0, 100), _person),
    "sentence-years": Field("trials", "  - id: {id}\n    name: N\n" + SRC + "    defendants:\n      - person: p\n"
                            "        sentence:\n          kind: prison\n          years: {v}\n", False,
                            _number(0, 100), _sentence),
    "source-year": Field("sources", "  - id: {id}\n    title: T\n    year: {v}\n", False,
                         _number(1000, 2100, whole=True), _source),
    "body-chart": Field("bodies", "  - id: {id}\n    name: N\n    kind: party\n" + SRC + "    chart: {v}\n", False,
                        _number(-1_000_000, 1_000_000, whole=True), _body("chart")),
    "body-rank": Field("bodies", "  - id: {id}\n    name: N\n    kind: party\n" + SRC + "    rank: {v}\n", False,
                       _number(-1_000_000, 1_000_000, whole=True), _body("rank")),
    "figure-value": Field("figures", "  - id: {id}\n    title: T\n    counts: C\n" + SRC + "    value: {v}\n", True,
                          _number(0, 10**12), _figure),
    "cohort-seats": Field("figures", "  - id: {id}\n    title: T\n    counts: C\n    value: 1\n" + SRC
                          + "    cohort:\n      body: b\n      cohort: c\n      seats: {v}\n", False,
                          _number(1, 100_000, whole=True), _cohort),
    "memorial-id": Field("shooting_lists", "  - id: {id}\n    title: T\n" + SRC + "    memorial_id: {v}\n", True,
                         _number(1, 1_000_000, whole=True), _list("memorial_id")),
    "volume": Field("shooting_lists", _SL + "    volume: {v}\n", False, _number(1, 10_000, whole=True),
                    _list("volume")),
    "count-first": Field("shooting_lists", _SL + "    parts:\n      - title: P\n        counts:\n"
                         "          first: {v}\n", False, _number(0, 1_000_000, whole=True), _count("first")),
    "count-third": Field("shooting_lists", _SL + "    parts:\n      - title: P\n        counts:\n"
                         "          third: {v}\n", False, _number(0, 1_000_000, whole=True), _count("third")),
    "table-cell": Field("statistics", _STAT + "    rows:\n      - n: {v}\n", False,
                        _number(-10**15, 10**15), _cell),
    "printed-total": Field("statistics", _STAT + "    printed_totals:\n      n: {v}\n", False,
                           _number(-10**15, 10**15), _total),
    "list-category": Field("list_entries", "  - person: p\n    list: l-{id}\n" + SRC + "    category: {v}\n", True,
                           lambda v: v in (1, 2, 3) and not isinstance(v, bool), _entry),
}
_ABSENT = {"count-first": 0, "count-third": 0}  # a missing count is 0
BASE = {"sources": "  - {id: s, title: A source}\n", "people": "  - {id: p, name: P, sources: [s]}\n",
        "bodies": "  - {id: b, name: B, kind: party, sources: [s]}\n",
        # the lists the list entries are on (list-category): one per value
        "shooting_lists": "".join(f"  - {{id: l-{rid}, memorial_id: {1000 + i}, title: T, sources: [s]}}\n"
                                  for i, rid in enumerate([*(f"r{i}" for i in range(len(VALUES))), "good"]))}


def _same(a: object, b: object) -> bool:
    return (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)) or a == b


@pytest.mark.parametrize("name", FIELDS)
def test_every_hostile_number_is_a_located_problem_and_the_rest_loads(tmp_path: Path, name: str) -> None:
    field = FIELDS[name]
    # The base records first, then the field's section (with its base record, if any) and one record per value.
    text = "".join(f"{sec}:\n{rec}" for sec, rec in BASE.items() if sec != field.section)
    text += f"{field.section}:\n" + BASE.get(field.section, "")
    where: dict[str, tuple[int, int]] = {}  # record id -> (line, column) of its value
    for i, (value_text, _value) in enumerate(VALUES):
        record = field.record.format(id=f"r{i}", v=value_text)
        offset = record.index(f": {value_text}\n") + 2
        where[f"r{i}"] = (text.count("\n") + record.count("\n", 0, offset) + 1,
                          offset - record.rfind("\n", 0, offset))
        text += record
    text += field.record.format(id="good", v="1990" if name == "source-year" else "3")
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")

    ds = load_dataset(tmp_path)  # never raises

    assert not [p for p in ds.problems if p.code == "internal-error"]
    assert _same(field.read(ds, "good"), 1990 if name == "source-year" else 3)
    at = {(p.origin.line, p.origin.column): p for p in ds.problems if p.severity == Severity.ERROR}
    for i, (source_text, value) in enumerate(VALUES):
        rid, pos = f"r{i}", where[f"r{i}"]
        if field.ok(value):
            assert pos not in at, (source_text, at.get(pos))
            assert _same(field.read(ds, rid), value), source_text
            continue
        assert pos in at, f"{name}: {source_text!r} gave no problem at {pos}"
        assert len(at[pos].message) < 300
        if field.required:
            with pytest.raises(StopIteration):
                field.read(ds, rid)
        else:
            assert _same(field.read(ds, rid), _ABSENT.get(name)), source_text


@pytest.mark.reader_bug
def test_a_reader_that_raises_skips_one_record_with_a_located_problem(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    real = records.read_person

    def flaky(r: records.FieldReader) -> object:
        if r.data.get("id") == "bad":
            raise ZeroDivisionError("a bug")
        return real(r)

    monkeypatch.setitem(records.SECTIONS, "people", ("person", records.PERSON_KEYS, flaky))
    (tmp_path / "d.yaml").write_text("sources:\n" + BASE["sources"] + "people:\n  - {id: bad, name: X, sources: [s]}\n"
                                     + BASE["people"], encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert sorted(ds.people) == ["p"]
    assert [(p.origin.line, p.code) for p in ds.problems] == [(4, "internal-error")]
    assert "ZeroDivisionError: 'a bug'" in ds.problems[0].message
    assert "reading the person at d.yaml:4:5 failed" in caplog.text


# ---- any field, any scalar: a property-based sweep of every key of every record kind

_SKELETON = {  # the smallest valid record of each kind (flow style, one line); the key under test is added to it
    "sources": "{id: x, title: T}", "people": "{id: x, name: N, sources: [s]}",
    "bodies": "{id: x, name: N, kind: party, sources: [s]}",
    "memberships": "{person: p, body: b, role: member, sources: [s]}",
    "trials": "{id: x, name: N, sources: [s]}",
    "events": "{id: x, date: 1937, category: party, title: T, sources: [s]}",
    "eras": "{id: x, name: N, from: 1936, to: 1938, sources: [s]}",
    "statistics": "{id: x, title: T, counts: C, columns: [{key: n}], rows: [{n: 1}], sources: [s]}",
    "figures": "{id: x, title: T, counts: C, value: 1, sources: [s]}",
    "shooting_lists": "{id: x, memorial_id: 1, title: T, sources: [s]}",
    "list_entries": "{person: p, list: l, category: 1, sources: [s]}",
    "stories": "{id: x, order: 1, title: T, cards: [{title: C, text: X, open: person/p, sources: [s]}]}",
    "terms": "{id: x, term: T, definition: D, see: [person/p], sources: [s]}",
}
_KEYS = [(section, key) for section, (_kind, keys, _reader) in records.SECTIONS.items() for key in keys]
_SCALARS = st.one_of(
    st.sampled_from([v for v, _ in VALUES] + ["!!float .nan", "''", "null", "~", '"x\\n"', "1937-02-30", "9999-99",
                                              "unknown", "[]", "{}", "[[[1]]]", "{a: {b: [1, {c: 2}]}}"]),
    st.integers(min_value=-(10**500), max_value=10**500).map(str),
    st.floats().map(lambda f: repr(f) if math.isfinite(f) and ("." in repr(f)) else "!!float " + (
        ".nan" if math.isnan(f) else (".inf" if f > 0 else "-.inf") if not math.isfinite(f) else repr(f) + ".0")),
    st.text(alphabet="abcя0-9.:#&*!|>'\" []{},", max_size=12).map(lambda t: json.dumps(t, ensure_ascii=False)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(_KEYS), value=_SCALARS)
def test_any_scalar_in_any_field_is_a_problem_at_worst_never_an_exception(tmp_path: Path, field: tuple[str, str],
                                                                          value: str) -> None:
    section, key = field
    record = _SKELETON[section][:-1] + f", {key}: {value}}}" if f"{key}:" not in _SKELETON[section] else (
        "{" + ", ".join(f"{key}: {value}" if part.split(":")[0].strip("{ ") == key else part.strip("{} ")
                        for part in _split_top(_SKELETON[section][1:-1])) + "}")
    text = (f"{section}:\n  - {record}\n"
            + "".join(f"{sec}:\n  - {rec}\n" for sec, rec in (
                ("sources", "{id: s, title: A source}"), ("people", "{id: p, name: P, sources: [s]}"),
                ("bodies", "{id: b, name: B, kind: party, sources: [s]}"),
                ("shooting_lists", "{id: l, memorial_id: 2, title: L, sources: [s]}")) if sec != section))
    (tmp_path / "d.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(tmp_path)  # never raises
    assert not [p for p in ds.problems if p.code == "internal-error"], text
    assert all(p.origin.line >= 1 for p in ds.problems if p.origin.file == "d.yaml"), text
    assert "p" in ds.people or section == "people", text  # the other records load
    assert all(len(p.message) < 600 for p in ds.problems), text


def _split_top(text: str) -> list[str]:
    """Split ``a: 1, b: [1, 2]`` at its top-level commas."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "[{"
        depth -= ch in "]}"
        if ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]
