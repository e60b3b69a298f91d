"""The command line: validate (exit codes 0/1/2, text and JSON) and export (JSON and CSV)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from purges_desktop.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_validate_clean_data_exits_0(tiny_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tiny_dir)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "0 error(s), 0 warning(s)" in err


def test_validate_broken_data_exits_1_with_file_line_column(tiny_dir: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    people = tiny_dir / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("born: 1895-05-01", "born: 1895-02-30"),
                      encoding="utf-8")
    assert main(["validate", str(tiny_dir)]) == 1
    out = capsys.readouterr().out
    line = next(i for i, text in enumerate(people.read_text(encoding="utf-8").splitlines(), 1) if "1895-02-30" in text)
    assert f"people.yaml:{line}:11: error: born: '1895-02-30': February 1895 has 28 days [bad-date]" in out
    assert "Traceback" not in out


def test_validate_json_and_strict(tiny_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tiny_dir / "extra.yaml").write_text("people:\n  - {id: nosrc, name: X}\n", encoding="utf-8")
    assert main(["validate", str(tiny_dir), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["warnings"] == 1 and report["errors"] == 0
    assert report["problems"][0]["line"] == 2 and report["problems"][0]["code"] == "no-sources"
    assert main(["validate", str(tiny_dir), "--strict"]) == 1


def test_validate_missing_folder_exits_2(tmp_path: Path) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 2


def test_validate_runs_as_a_process_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("people:\n  - id: x\n    born: 1937-02-30\n" + "[" * 3000, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), "validate", str(tmp_path)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 1
    assert "x.yaml:" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_export_json_has_the_documented_fields(tiny_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["export", str(tiny_dir), "--format", "json", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    yezhov = next(p for p in data["people"] if p["id"] == "yezhov")
    assert yezhov["name"] == {"en": "Nikolai Yezhov", "ru": "Николай Иванович Ежов"}
    assert yezhov["born"] == "1895-05-01" and yezhov["fate"] == "executed"
    assert set(yezhov) >= {"id", "name", "aliases", "born", "died", "fate", "sources"}
    nkvd = next(b for b in data["bodies"] if b["id"] == "nkvd")
    assert nkvd["memberships"][0] == {"person": "yagoda", "role": "head", "title": {}, "from": "1934-07-10",
                                      "to": "1936-09-26", "end_reason": "removed", "cohort": None,
                                      "sources": ["wp-en-genrikh-yagoda"]}
    trial = data["trials"][0]
    assert trial["defendants"][0]["sentence"] == {"kind": "death", "years": None, "date": "1936-08-24"}
    assert trial["defendants"][0]["executed"] == "1936-08-25"
    assert {"id", "date", "title", "category", "people"} <= set(data["events"][0])
    assert {"id", "title", "url"} <= set(data["sources"][0])


def test_export_csv_writes_one_table_per_record_type(tiny_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    assert main(["export", str(tiny_dir), "--format", "csv", "--out", str(out)]) == 0
    with (out / "people.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["id"] for r in rows} == {"yagoda", "yezhov", "beria", "zinoviev", "kamenev"}
    assert next(r for r in rows if r["id"] == "yezhov")["name_ru"] == "Николай Иванович Ежов"
    with (out / "defendants.csv").open(encoding="utf-8") as fh:
        defendants = list(csv.DictReader(fh))
    assert defendants[0]["sentence_kind"] == "death"


_LISTS = """shooting_lists:
  - id: list-50
    memorial_id: 50
    date: "1937-08-20"
    volume: 2
    archive: "РГАСПИ ф. 17 оп. 171 д. 410 л. 100–105"
    title: {en: "List of persons: Moscow-centre", ru: "Список лиц - Москва-центр"}
    signed_by: [yezhov, beria]
    signatures_text: "За Ежов"
    compiled_by:
      - {name: "Ягода (нарком)", person: yagoda}
      - {name: "Цесарский (нач. 8 отд. ГУГБ НКВД ст.майор ГБ)"}
    parts:
      - {title: {en: Moscow-centre, ru: Москва-центр}, counts: {first: 40, second: 7}}
      - {title: {en: Moscow Region, ru: Московская область}, counts: {first: 2, second: 0, third: 1}}
    sources: [wp-en-nikolai-yezhov]
list_entries:
  - {person: zinoviev, list: list-50, category: 1, name_on_list: "ЗИНОВЬЕВ Г. Е.", struck: true,
     sources: [wp-en-nikolai-yezhov]}
"""


def test_export_json_and_csv_carry_the_shooting_lists(tiny_dir: Path, tmp_path: Path) -> None:
    (tiny_dir / "lists.yaml").write_text(_LISTS, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["export", str(tiny_dir), "--format", "json", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    (sl,) = data["shooting_lists"]
    assert {k: sl[k] for k in ("id", "date", "archive", "signed_by", "counts", "people")} == {
        "id": "list-50", "date": "1937-08-20", "archive": "РГАСПИ ф. 17 оп. 171 д. 410 л. 100–105",
        "signed_by": ["yezhov", "beria"], "counts": {"first": 42, "second": 7, "third": 1}, "people": ["zinoviev"]}
    assert sl["title"] == {"en": "List of persons: Moscow-centre", "ru": "Список лиц - Москва-центр"}
    assert sl["compiled_by"][0] == {"name": "Ягода (нарком)", "person": "yagoda"}
    assert sl["compiled_by"][1]["person"] is None
    assert set(data) >= {"statistics", "figures", "shooting_lists"}
    folder = tmp_path / "csv"
    assert main(["export", str(tiny_dir), "--format", "csv", "--out", str(folder)]) == 0
    with (folder / "shooting_lists.csv").open(encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["id"], row["first"], row["second"], row["third"], row["total"]) == ("list-50", "42", "7", "1", "50")
    assert row["signed_by"] == "yezhov;beria" and row["people"] == "zinoviev" and row["title_ru"].startswith("Список")


def test_hash_pin_prints_a_settings_line_and_refuses_the_default_pin(monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The kiosk refuses to start with 1937 (docs/kiosk.md, "The staff PIN"): hash-pin must not make such a line."""
    import io

    from purges_desktop.storage.kiosk_config import check_pin

    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n"))
    assert main(["hash-pin"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("staff_pin: pbkdf2_sha256$") and check_pin("2468", line.removeprefix("staff_pin: "))
    monkeypatch.setattr(sys, "stdin", io.StringIO("1937\n"))
    assert main(["hash-pin"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "default" in err and "choose another" in err


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_validate_prints_cyrillic_on_a_console_that_cannot_encode_it(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "x.yaml").write_text("people:\n  - id: x\n    name: Бухарин\n    бог: 1\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for fmt in ("text", "json"):
        proc = subprocess.run([sys.executable, str(REPO / "main.py"), "validate", "--format", fmt, str(tmp_path)],
                              capture_output=True, timeout=60, check=False, env=env)
        out, err = proc.stdout.decode(encoding), proc.stderr.decode(encoding)
        assert "Traceback" not in out + err
        assert proc.returncode == 0  # an unknown key is a warning
        assert "\\u0431\\u043e\\u0433" in out  # 'бог', escaped
        if fmt == "json":
            assert "бог" in json.loads(out)["problems"][-1]["message"]


def test_validate_piped_into_head_stops_without_a_traceback(tmp_path: Path) -> None:
    # `validate data | head -1`: the reader closes the pipe after one line; the exit code still says what the data is
    (tmp_path / "x.yaml").write_text("people:\n" + "".join(f"  - {{id: p{i}, name: N, bogus: 1}}\n"
                                                           for i in range(20_000)), encoding="utf-8")
    with subprocess.Popen([sys.executable, str(REPO / "main.py"), "validate", "--strict", str(tmp_path)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert b"x.yaml:2:5" in proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8", "replace")
        assert proc.wait(timeout=60) == 1  # warnings, with --strict
    assert "Traceback" not in err and "BrokenPipeError" not in err
