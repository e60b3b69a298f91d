"""``main.py table``: the tables the window exports, written as CSV from the command line (no Qt)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from purges_desktop.cli import main


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_compare_two_dates_to_standard_output(capsys) -> None:
    assert main(["table", "compare", "1934-02-10", "1939-03-21", "--organ", "politburo"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert rows[0][:3] == ["organ", "organ_id", "change"]
    left = {r[4] for r in rows[1:] if r[2] == "left"}
    assert {"kirov", "kosior-stanislav"} <= left
    assert {r[1] for r in rows[1:]} == {"politburo"}


def test_people_as_filtered_into_a_file(tmp_path: Path, capsys) -> None:
    out = tmp_path / "executed.csv"
    assert main(["table", "people", "--fate", "executed", "--organ", "politburo", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(raw.decode("utf-8-sig"))
    ids = [r[0] for r in rows[1:]]
    assert "bukharin" in ids and "stalin" not in ids
    assert all(r[rows[0].index("fate")] == "executed" for r in rows[1:])


def test_defendants_in_russian_and_members_on_a_day(capsys) -> None:
    assert main(["table", "defendants", "trial-1936", "--lang", "ru"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert len(rows) == 17  # the header and the sixteen defendants of the first Moscow trial
    assert "Григорий Евсеевич Зиновьев" in {r[2] for r in rows}
    assert main(["table", "members", "--on", "1937-01-01", "--organ", "politburo"]) == 0
    assert "stalin" in {r[4] for r in _rows(capsys.readouterr().out)}


@pytest.mark.parametrize("argv", [
    ["table", "defendants", "no-such-trial"],
    ["table", "compare", "1934-02-10"],
    ["table", "compare", "1934", "soon"],
    ["table", "members"],
    ["table", "people", "--fate", "vanished"],
])
def test_a_question_the_data_cannot_answer_exits_2_with_a_message(argv, capsys) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("purges-desktop table") and "Traceback" not in err
