"""Every kind of curator mistake gets a clear message at the right line, and the rest of the data still loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from purges_desktop.storage.loader import load_dataset

GOOD_PERSON = "  - id: ok\n    name: {en: Good Record}\n    sources: [s]\n"
HEAD = "sources:\n  - {id: s, title: A source}\npeople:\n" + GOOD_PERSON
BODY = "bodies:\n  - id: b\n    name: B\n    kind: party\n    sources: [s]\n"
FIGURE = "figures:\n  - id: f\n    title: T\n    counts: C\n    value: 1\n    sources: [s]\n"

_LIST = "shooting_lists:\n  - id: list-1\n    memorial_id: 1\n    title: A list\n    sources: [s]\n"

# (case id, file text, expected line, expected code, words the message must contain)
CASES = [
    ("syntax", HEAD + "  - id: x\n    name: [unclosed\n", 9, "syntax", "started on line 8"),
    ("duplicate-key", HEAD + "  - id: dup\n    name: A\n    name: B\n    sources: [s]\n", 9, "duplicate-key",
     "first defined on line 8"),
    ("duplicate-id", HEAD + GOOD_PERSON, 7, "duplicate-id", "first defined at"),
    ("bad-date", HEAD + "  - id: x\n    name: X\n    born: 1815-02-30\n    sources: [s]\n", 9, "bad-date",
     "February 1815 has 28 days"),
    ("julian-leap-day", HEAD + "  - id: x\n    name: X\n    born: 1700-02-29\n    sources: [s]\n", 9,
     "bad-date", "has 28 days"),
    ("bad-month", HEAD + "  - id: x\n    name: X\n    died: 1937-13\n    sources: [s]\n", 9, "bad-date",
     "month 13"),
    ("wrong-type", HEAD + "  - id: x\n    name: X\n    aliases: {a: 1}\n    sources: [s]\n", 9, "bad-type",
     "aliases"),
    ("norway-bool", HEAD + "  - id: x\n    name: X\n    hide_in_kiosk: no\n    sources: [s]\n", 9, "bad-type",
     "true or false"),
    ("unknown-key", HEAD + "  - id: x\n    nmae: X\n    name: X\n    sources: [s]\n", 8, "unknown-key",
     "did you mean 'name'"),
    ("unknown-ref", HEAD + "memberships:\n  - {person: nobody, body: b, role: member, sources: [s]}\n", 8,
     "unknown-reference", "unknown person 'nobody'"),
    ("unknown-source", HEAD + "  - id: x\n    name: X\n    sources: [no-such-source]\n", 7, "unknown-reference",
     "unknown source"),
    ("bad-enum", HEAD + "  - id: x\n    name: X\n    fate: shot\n    sources: [s]\n", 9, "bad-enum", "executed"),
    ("html", HEAD + "  - id: x\n    name: <b>X</b>\n    sources: [s]\n", 8, "html", "plain text"),
    ("alias", HEAD + "  - id: x\n    name: &n {en: X}\n    occupation: *n\n    sources: [s]\n", 8, "alias",
     "not allowed"),
    ("huge-int", HEAD + "  - id: x\n    name: X\n    sources: [s]\nfigures:\n  - {id: f, title: T, counts: C, value: "
     + "9" * 5000 + "}\n", 11, "bad-value", "digits"),
    ("deep-flow", HEAD + "statistics: " + "[" * 5000 + "\n", 0, "", "nesting"),
    ("tab", HEAD + "  - id: x\n\tname: X\n", 8, "tab", "tab character"),
    ("died-before-born", HEAD + "  - id: x\n    name: X\n    born: 1900\n    died: 1890\n    sources: [s]\n", 7,
     "died-before-born", "before being born"),
    ("not-a-mapping", "- just\n- a list\n", 1, "not-a-mapping", "mapping of sections"),
    ("unknown-section", HEAD + "persons:\n  - id: y\n", 7, "unknown-section", "sections are"),
    ("missing-id", HEAD + "  - name: X\n", 7, "missing-field", "has no 'id'"),
    ("bad-id", HEAD + "  - id: Bad Id\n    name: X\n", 7, "bad-id", "not a valid id"),
    ("chart-not-a-number", HEAD + BODY + "    chart: first\n", 12, "bad-type", "whole number"),
    ("fractional-rank", HEAD + BODY + "    rank: 1.5\n", 12, "bad-type", "whole number"),
    ("key-date-not-a-boolean", HEAD + "events:\n  - {id: e, date: 1934-12-01, category: party, title: E, sources: [s],"
     "\n     key_date: yes}\n", 9, "bad-type", "true or false"),
    ("cohort-of-an-unknown-body", HEAD + FIGURE + "    cohort: {body: nobody, cohort: congress-17}\n", 8,
     "unknown-reference", "unknown body 'nobody'"),
    ("cohort-without-its-id", HEAD + FIGURE + "    cohort: {body: b}\n", 13, "missing-field", "has no 'cohort'"),
    ("cohort-with-a-huge-seat-count", HEAD + BODY + FIGURE + "    cohort: {body: b, cohort: c, seats: " + "9" * 400
     + "}\n", 18, "out-of-range", "seats is out of range (a number of 400 digits): it must be from 1 to 100,000"),
    # shooting lists and list entries
    ("list-negative-count", HEAD + _LIST + "    parts:\n      - title: P\n        counts: {first: -3, second: 1}\n",
     14, "negative-count", "counts.first is negative (-3)"),
    ("list-fractional-count", HEAD + _LIST + "    parts:\n      - {title: P, counts: {first: 2.5}}\n", 13,
     "bad-type", "whole number"),
    ("list-counts-not-a-mapping", HEAD + _LIST + "    parts:\n      - {title: P, counts: 45}\n", 13, "bad-type",
     "counts must be a mapping"),
    ("list-unknown-signer", HEAD + _LIST + "    signed_by: [ok, nobody]\n", 8, "unknown-reference",
     "signed_by of shooting list 'list-1' refers to unknown person 'nobody'"),
    ("list-duplicate-id", HEAD + _LIST + "  - {id: list-1, memorial_id: 1, title: Again, sources: [s]}\n", 12,
     "duplicate-id", "duplicate shooting list id 'list-1'"),
    ("list-missing-memorial-id", HEAD + "shooting_lists:\n  - {id: list-1, title: T, sources: [s]}\n", 8,
     "missing-field", "has no 'memorial_id'"),
    ("entry-unknown-person", HEAD + _LIST + "list_entries:\n  - {person: nobody, list: list-1, category: 1, "
     "sources: [s]}\n", 13, "unknown-reference", "a list entry refers to unknown person 'nobody'"),
    ("entry-unknown-list", HEAD + _LIST + "list_entries:\n  - {person: ok, list: list-2, category: 1, "
     "sources: [s]}\n", 13, "unknown-reference", "unknown shooting list 'list-2'"),
    ("entry-bad-category", HEAD + _LIST + "list_entries:\n  - {person: ok, list: list-1, category: 4, "
     "sources: [s]}\n", 13, "bad-category", "must be 1 (shooting), 2 (ten years) or 3 (eight years)"),
    ("entry-duplicate", HEAD + _LIST + "list_entries:\n  - {person: ok, list: list-1, category: 1, sources: [s]}\n"
     "  - {person: ok, list: list-1, category: 1, sources: [s]}\n", 14, "duplicate-entry",
     "'ok' is entered twice on 'list-1'"),
    ("entry-bad-match", HEAD + _LIST + "list_entries:\n  - {person: ok, list: list-1, category: 1, match: sure, "
     "sources: [s]}\n", 13, "bad-enum", "certain, probable"),
]


@pytest.mark.parametrize(("case", "text", "line", "code", "words"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_reports_file_line_and_keeps_the_rest(tmp_path: Path, case: str, text: str, line: int,
                                                         code: str, words: str) -> None:
    (tmp_path / "good.yaml").write_text(
        "people:\n  - id: survivor\n    name: {en: Still Here}\n    sources: [s2]\n"
        "sources:\n  - {id: s2, title: Another source}\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(tmp_path)
    found = [p for p in ds.problems if p.origin.file == "broken.yaml" and words in p.message]
    assert found, f"no problem mentioning {words!r}; got {[str(p) for p in ds.problems]}"
    if code:
        assert any(p.code == code for p in found)
    if line:
        assert any(p.origin.line == line for p in found), [str(p) for p in found]
    assert "survivor" in ds.people, "a broken file must not take the other files down"


def test_bad_encoding_names_the_byte_and_line(tmp_path: Path) -> None:
    (tmp_path / "latin1.yaml").write_bytes("people:\n  - id: x\n    name: Ren\xe9\n".encode("latin-1"))
    problem = next(iter(load_dataset(tmp_path).problems))
    assert problem.code == "encoding"
    assert problem.origin.line == 3
    assert "UTF-8" in problem.message


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "u16.yaml").write_bytes(
        "sources:\n  - {id: s, title: T}\npeople:\n  - {id: x, name: Ежов, sources: [s]}\n".encode("utf-16"))
    ds = load_dataset(tmp_path)
    assert ds.people["x"].name.get("en") == "Ежов"
    assert not ds.problems


def test_empty_file_is_a_warning_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert [p.code for p in ds.problems] == ["empty-file"]
    assert not ds.has_errors


def test_deep_block_nesting_is_reported_not_crashing(tmp_path: Path) -> None:
    text = "people:\n" + "".join("  " * i + "- \n" for i in range(1, 3000))
    (tmp_path / "deep.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert [(p.code, p.origin.file) for p in ds.problems] == [("syntax", "deep.yaml")]
    assert "nesting depth" in ds.problems[0].message


def test_fifty_thousand_deep_nesting_is_reported(tmp_path: Path) -> None:
    (tmp_path / "deep.yaml").write_text("a: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert ds.problems and ds.problems[0].origin.file == "deep.yaml"


def test_ten_megabyte_string_is_cut_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_text(
        "sources:\n  - {id: s, title: T}\npeople:\n  - id: x\n    name: X\n    bio: " + "a" * 10_000_000
        + "\n    sources: [s]\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert len(ds.people["x"].bio.get("en")) == 100_000
    assert [p.code for p in ds.problems] == ["too-long"]


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert any(p.code == "alias" for p in ds.problems)


def test_the_loader_never_writes_to_the_data_folder(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent.parent / "fixtures" / "tiny"
    data = tmp_path / "data"
    shutil.copytree(fixtures, data)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in data.rglob("*")}
    load_dataset(data)
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in data.rglob("*")}
    assert before == after


def test_a_bad_chart_rank_key_date_or_cohort_is_read_as_absent_and_the_record_kept(tmp_path: Path) -> None:
    (tmp_path / "d.yaml").write_text(
        HEAD + BODY + "    chart: first\n    rank: true\n"
        "events:\n  - {id: e, date: 1934-12-01, category: party, title: E, key_date: 1, sources: [s]}\n"
        + FIGURE + "    cohort: congress-17\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert (ds.bodies["b"].chart, ds.bodies["b"].rank) == (None, None)
    assert ds.events["e"].key_date is False
    assert ds.records.figures[0].cohort is None
    assert sorted((p.origin.line, p.code) for p in ds.problems) == [
        (12, "bad-type"), (13, "bad-type"), (15, "bad-type"), (22, "bad-type")]
