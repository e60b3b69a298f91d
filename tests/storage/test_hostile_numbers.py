"""Hostile numbers in every numeric field: each bad one is a located problem, never an exception; the rest loads.

docs/reliability.md, "Numbers out of range" and "A bug in a record reader". The table below crosses 14 numeric fields
with 26 values (364 cases); each field is one data file holding one record per value and a good record.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from purges_desktop.domain.problems import Severity
from purges_desktop.storage import records
from purges_desktop.storage.loader import load_dataset

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

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
