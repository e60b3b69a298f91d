"""The fast reader of plain YAML (storage/yaml_reader._read_plain) gives exactly what the full strict reader gives:
the same values, types, positions and problems; anything it does not handle goes to the full reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from purges_desktop.storage import yaml_reader as yr

REPO = Path(__file__).resolve().parents[2]

SNIPPETS = [
    "", "---\n", "# only a comment\n", "a: 1\na: 2\n", "a: 1\na: 1\na: 1\n", "{a: 1, a: 2}\n",
    "a: {b: [1, 2, {c: d}]}\nb: ~\nc: \nd: true\ne: TRUE\nf: no\ng: 012\nh: 1:20\ni: -0\nj: +5\nk: 1.5e3\nl: .5\n"
    "m: 1.\nn: '1'\no: \"x\"\np: null\nq: Null\nr: 2024-01-01\n",
    "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: !custom x\n", "? [a]\n: b\n", "? {a: 1}\n: b\n", "a: 1\n---\nb: 2\n",
    "a: [\n", "a: b: c\n", "a: 'x\n", "x: " + "9" * 5000 + "\n", "x: " + "y" * 100_001 + "\n",
    "y" * 100_001 + ": 1\n", "[" * 70 + "]" * 70, "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 70)),
    "[" * 63 + "x" + "]" * 63, "[" * 64 + "x" + "]" * 64, "[" * 65 + "x" + "]" * 65,
    "1: a\ntrue: b\n1.0: c\nnull: d\n~: e\n", "a: 1\na:\n  b: [1, 2]\n  c: {d: e}\nz: 1\n",
    "- a\n- b: c\n  d: e\n- [x, y]\n", "plain\n", "'quoted'\n", "a: |\n  text\n  more\nb: >\n  folded\n",
    "a: 1.0e999\nb: -.inf\nc: .nan\n", "a: 0x10\nb: 0b1\nc: 1_000\n", "a: 'it''s'\n", "a: \"\\u00e9\\n\"\n",
    "- - - x\n", "a: [1, 2]\nb:\n- 1\n- 2\n", "key with spaces: value with: colon\n", "!!map {a: 1}\n",
    "a: !!binary aGk=\n", "<<: {a: 1}\n", "=: 1\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n",
]


def _full(text: str, file: str):
    """The full strict reader alone."""
    loader = yr._StrictLoader(text, file)
    try:
        return loader.get_single_data(), loader.problems
    except Exception:  # noqa: BLE001 - a text the full reader rejects is compared through read_yaml below
        return "rejected", []
    finally:
        loader.dispose()


def _shape(value):
    if isinstance(value, yr.PosDict):
        return ("map", value.pos, [(k, type(k).__name__, value.key_pos[k], value.value_pos[k], _shape(v))
                                   for k, v in value.items()])
    if isinstance(value, yr.PosList):
        return ("seq", value.pos, list(value.item_pos), [_shape(v) for v in value])
    return (type(value).__name__, repr(value))


@pytest.mark.parametrize("text", SNIPPETS)
def test_the_plain_reader_agrees_with_the_full_reader(text: str) -> None:
    try:
        fast = yr._read_plain(text, "f.yaml")
    except yr._NotPlainError:
        return  # left to the full reader, which read_yaml then runs
    assert (_shape(fast[0]), fast[1]) == (_shape(_full(text, "f.yaml")[0]), _full(text, "f.yaml")[1])


def test_the_bundled_data_is_read_plain_and_the_same() -> None:
    files = sorted((REPO / "data").rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yr._read_plain(text, path.name)  # raises if the fast path gave up on a real data file
        full = _full(text, path.name)
        assert (_shape(fast[0]), fast[1]) == (_shape(full[0]), full[1]), path


def test_what_the_plain_reader_leaves_is_read_by_the_full_reader() -> None:
    data, problems = yr.read_yaml("a: &x 1\nb: *x\n", "f.yaml")
    assert [(p.origin.line, p.code) for p in problems] == [(1, "alias")] and data["b"] is None
    data, problems = yr.read_yaml("a: [\n", "f.yaml")
    assert data is None and problems[0].code == "syntax"
