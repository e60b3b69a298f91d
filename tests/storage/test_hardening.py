"""Hostile values in the data files: each one becomes a located problem, never an exception, and the rest loads.

docs/reliability.md, sections "Numbers out of range", "An empty or unreadable data folder", "Ids with a trailing
newline" and "Long unknown keys".
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from purges_desktop.cli import main
from purges_desktop.domain.links import parse_uri
from purges_desktop.domain.problems import Severity
from purges_desktop.storage.loader import load_dataset

SOURCES = "sources:\n  - {id: s, title: A source}\n"


def test_an_id_with_a_final_newline_is_refused_not_a_second_record(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        SOURCES + "people:\n  - {id: bukharin, name: A, sources: [s]}\n"
        '  - {id: "bukharin\\n", name: B, sources: [s]}\n'
        '  - {id: rykov, name: C, sources: ["s\\n"]}\n'
        '  - {id: tomsky, name: D, sources: [s], surname: {"en\\n": D}}\n'
        '  - {id: uglanov, name: E, sources: [{source: "s\\n", detail: p. 4}]}\n', encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert sorted(ds.people) == ["bukharin", "rykov", "tomsky", "uglanov"]
    assert ds.people["bukharin"].name.get("en") == "A"
    found = {(p.origin.line, p.code) for p in ds.problems}
    assert (5, "bad-id") in found
    assert (6, "bad-source") in found
    assert (7, "bad-language") in found
    assert (8, "bad-source") in found


def test_a_deep_link_with_a_final_newline_is_no_link() -> None:
    assert parse_uri("person/bukharin") is not None
    assert parse_uri("person/bukharin\n") is None
    assert parse_uri("body/politburo@1937\n") is None


def test_ten_unknown_keys_of_99000_characters_validate_in_seconds(tmp_path: Path) -> None:
    # Before the fix, each key cost an edit distance against every allowed key (99,000 x 10 steps, times 17 keys):
    # about a minute for the file. The limit is coarse on purpose; benchmarks measure speed.
    keys = "".join(f"    ? {chr(ord('a') + i) * 99_000}\n    : 1\n" for i in range(10))
    (tmp_path / "p.yaml").write_text(SOURCES + "people:\n  - id: x\n    name: X\n    sources: [s]\n" + keys,
                                     encoding="utf-8")
    started = time.perf_counter()
    ds = load_dataset(tmp_path)
    assert time.perf_counter() - started < 10
    assert "x" in ds.people
    unknown = [p for p in ds.problems if p.code == "unknown-key"]
    assert len(unknown) == 10
    assert all(len(p.message) < 400 for p in unknown)


def test_an_empty_data_folder_is_an_error_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "person.yaml").write_text(SOURCES, encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert [(p.code, p.severity) for p in ds.problems] == [("no-data", Severity.ERROR)]
    assert str(tmp_path) in ds.problems[0].message
    assert main(["validate", str(tmp_path)]) == 1
    assert "no data files" in capsys.readouterr().out


def _refuse_to_list(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """Make ``refused`` unreadable as ``chmod 000`` would for a user other than root (the tests may run as root)."""
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == refused:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subfolder_is_an_error_and_the_rest_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "p.yaml").write_text("people:\n  - {id: x, name: X, sources: [s]}\n", encoding="utf-8")
    _refuse_to_list(monkeypatch, tmp_path / "people")
    ds = load_dataset(tmp_path)
    assert [(p.origin.file, p.code) for p in ds.problems] == [("people", "unreadable-folder")]
    assert f"cannot read the folder {tmp_path / 'people'}: Permission denied" in ds.problems[0].message
    assert [s.id for s in ds.records.sources] == ["s"]
    assert main(["validate", str(tmp_path)]) == 1
    assert "unreadable-folder" in capsys.readouterr().out


def test_an_unreadable_data_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    _refuse_to_list(monkeypatch, tmp_path)
    assert {p.code for p in load_dataset(tmp_path).problems} == {"unreadable-folder", "no-data"}


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_a_chmod_000_subfolder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "people").mkdir(mode=0)
    try:
        assert [p.code for p in load_dataset(tmp_path).problems] == ["unreadable-folder"]
    finally:
        (tmp_path / "people").chmod(0o755)


def test_unknown_keys_are_listed_up_to_a_hundred_per_file(tmp_path: Path) -> None:
    people = "".join(f"  - {{id: p{i}, name: N, sources: [s], nmae: {i}}}\n" for i in range(250))
    (tmp_path / "a.yaml").write_text(SOURCES + "people:\n" + people, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("people:\n  - {id: q, name: N, sources: [s], bogus: 1}\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert len(ds.people) == 251
    unknown_a = [p for p in ds.problems if p.code == "unknown-key" and p.origin.file == "a.yaml"]
    assert len(unknown_a) == 101
    assert unknown_a[-1].origin.line == 4 + 100  # where the first one left out stands
    assert "150 more unknown keys in this file" in unknown_a[-1].message
    assert [p.origin.line for p in ds.problems if p.origin.file == "b.yaml"] == [2]
