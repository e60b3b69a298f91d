"""YAML 1.1's implicit typing does not reach the data: what a curator types stays text (docs/reliability.md)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from purges_desktop.storage.yaml_reader import read_yaml

# (scalar as typed, what plain yaml.safe_load makes of it, what the app's reader gives)
CASES = [
    ("NO", False, "NO"),
    ("no", False, "no"),
    ("yes", True, "yes"),
    ("off", False, "off"),
    ("012345", 5349, "012345"),
    ("0755", 493, "0755"),
    ("1:20", 80, "1:20"),
    ("1937-07-30", dt.date(1937, 7, 30), "1937-07-30"),
    ("1815-02-30", None, "1815-02-30"),  # safe_load raises ValueError here
    ("true", True, True),
    ("false", False, False),
    ("42", 42, 42),
    ("~", None, None),
]


@pytest.mark.parametrize(("typed", "safe_load", "ours"), CASES, ids=[c[0] for c in CASES])
def test_scalars_keep_the_curators_meaning(typed: str, safe_load: object, ours: object) -> None:
    if safe_load is not None or typed == "~":
        assert yaml.safe_load(f"v: {typed}")["v"] == safe_load  # the hazard is real in this PyYAML
    data, problems = read_yaml(f"v: {typed}\n", "f.yaml")
    assert not problems
    assert data["v"] == ours and type(data["v"]) is type(ours)


def test_an_impossible_date_that_crashes_safe_load_is_plain_text_for_the_reader() -> None:
    with pytest.raises(ValueError, match="day is out of range"):
        yaml.safe_load("born: 1815-02-30")
    data, problems = read_yaml("born: 1815-02-30\n", "f.yaml")
    assert data == {"born": "1815-02-30"} and not problems  # the date parser reports it, with its line


def test_an_explicit_timestamp_tag_is_text_too() -> None:
    data, _ = read_yaml("d: !!timestamp 1937-07-30\n", "f.yaml")
    assert data == {"d": "1937-07-30"}
