"""The editors' JSON Schema: in sync with the readers, agreeing with the app on good and broken files."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from purges_desktop.domain import model
from purges_desktop.domain.dates import DateError, PartialDate
from purges_desktop.storage import records, schema
from purges_desktop.storage.loader import load_dataset, read_file
from purges_desktop.storage.yaml_reader import read_yaml

jsonschema = pytest.importorskip("jsonschema")

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
SCHEMA_PATH = DATA / "schema" / schema.SCHEMA_FILE
TEMPLATES = DATA / "templates"
TINY = REPO / "tests" / "fixtures" / "tiny"
GUIDE = REPO / "docs" / "curating.md"
MODELINE_SCRIPT = REPO / "scripts" / "add_schema_modelines.py"


def _plain(value: Any) -> Any:
    """PosDict/PosList -> dict/list, as a JSON document."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _load(text: str, name: str = "file.yaml") -> Any:
    data, problems = read_yaml(text, name)
    assert data is not None, problems
    return _plain(data)


@pytest.fixture(scope="module")
def validator() -> Any:
    return jsonschema.Draft7Validator(schema.build_schema())


def _error_paths(validator: Any, document: Any) -> set[str]:
    return {"/".join(str(p) for p in e.absolute_path) for e in validator.iter_errors(document)}


# ---- (a) the committed file is the generated one


def test_committed_schema_is_in_sync() -> None:
    assert SCHEMA_PATH.is_file(), "run: python -m purges_desktop.storage.schema data/schema/purges-data.schema.json"
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema.render(), (
        "data/schema/purges-data.schema.json is stale; regenerate it with "
        "`python -m purges_desktop.storage.schema data/schema/purges-data.schema.json`")


def test_main_writes_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "sub" / schema.SCHEMA_FILE
    assert schema.main([str(out)]) == 0
    assert out.read_bytes() == SCHEMA_PATH.read_bytes()


def test_module_runs_as_a_command() -> None:
    proc = subprocess.run([sys.executable, "-m", "purges_desktop.storage.schema", "-"], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == schema.build_schema()


def test_schema_is_valid_draft_07() -> None:
    built = schema.build_schema()
    assert built["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(built)


def test_every_property_has_an_english_description() -> None:
    missing: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, sub in node.get("properties", {}).items():
                if not isinstance(sub, dict) or not sub.get("description"):
                    missing.append(f"{path}/{key}")
            for key, sub in node.items():
                walk(sub, f"{path}/{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{path}/{i}")

    walk(schema.build_schema(), "")
    assert not missing


# ---- (b) it accepts what the app accepts


@pytest.mark.parametrize("folder", [TINY, TEMPLATES], ids=["tiny", "templates"])
def test_the_app_finds_no_problem_in_the_good_folders(folder: Path) -> None:
    assert [str(p) for p in load_dataset(folder).problems] == []


@pytest.mark.parametrize("path", sorted(TINY.glob("*.yaml")) + sorted(TEMPLATES.glob("*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_schema_accepts_good_files(validator: Any, path: Path) -> None:
    document = _load(path.read_text(encoding="utf-8"), path.name)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(document)]
    assert not errors


def test_schema_accepts_every_bundled_file_the_reader_accepts(validator: Any) -> None:
    """Files of data/ without a problem of their own (cross-file problems aside) pass the schema too."""
    from purges_desktop.storage.loader import data_files

    checked, rejected = 0, []
    for path in data_files(DATA):
        rel = path.relative_to(DATA).as_posix()
        problems: list[Any] = []
        read_file(path, rel, {}, problems)
        if problems:  # the curators are still at work on this file; validate reports it
            continue
        checked += 1
        document = _load(path.read_text(encoding="utf-8-sig"), rel)
        rejected += [f"{rel}: {'/'.join(map(str, e.absolute_path))}: {e.message[:160]}"
                     for e in validator.iter_errors(document)]
    if not checked:
        pytest.skip("no problem-free data file to check")
    assert not rejected


def test_templates_carry_the_modeline() -> None:
    for path in sorted(TEMPLATES.glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/purges-data.schema.json", path.name


def test_templates_hold_one_file_per_record_type() -> None:
    names = {p.name for p in TEMPLATES.glob("*.yaml")}
    assert names >= {"person.yaml", "body_and_memberships.yaml", "trial.yaml", "event_and_era.yaml",
                     "statistic_and_figure.yaml", "source.yaml"}
    sections = set()
    for path in TEMPLATES.glob("*.yaml"):
        sections |= set(_load(path.read_text(encoding="utf-8"), path.name))
    assert sections == set(records.SECTIONS)


# ---- (c) it rejects what the app reports, at the same place

_HEAD = "sources:\n  - {id: s, title: A source}\npeople:\n"
_PERSON = "  - id: x\n    name: X\n    sources: [s]\n"

# (case, file text, JSON path the schema must flag, problem code the app reports)
BROKEN = [
    ("unknown-key", _HEAD + _PERSON + "    nmae: Y\n", "people/0", "unknown-key"),
    ("wrong-enum", _HEAD + _PERSON + "    fate: shot\n", "people/0/fate", "bad-enum"),
    ("wrong-enum-nested", _HEAD + _PERSON + "    repression:\n      - {type: arest}\n",
     "people/0/repression/0/type", "bad-enum"),
    ("bad-date-pattern", _HEAD + _PERSON + "    born: 30.07.1937\n", "people/0/born", "bad-date"),
    ("bad-month", _HEAD + _PERSON + "    died: 1937-13\n", "people/0/died", "bad-date"),
    ("bad-date-nested", _HEAD + _PERSON + "    born: {date: 1937/07/30}\n", "people/0/born", "bad-date"),
    ("bad-id", _HEAD + "  - id: Bad Id\n    name: X\n    sources: [s]\n", "people/0/id", "bad-id"),
    ("bad-ref", _HEAD + _PERSON + "memberships:\n  - {person: X Y, body: b, role: member, sources: [s]}\n",
     "memberships/0/person", "bad-id"),
    ("norway-no", _HEAD + _PERSON + "    hide_in_kiosk: no\n", "people/0/hide_in_kiosk", "bad-type"),
    ("missing-required", _HEAD + "  - id: x\n    sources: [s]\n", "people/0", "missing-field"),
    ("no-sources", _HEAD + "  - id: x\n    name: X\n    sources: []\n", "people/0/sources", "no-sources"),
    ("unknown-section", _HEAD + _PERSON + "persons:\n  - id: y\n", "", "unknown-section"),
    ("section-not-a-list", _HEAD + _PERSON + "events: {id: e}\n", "events", "bad-section"),
    ("bad-url", "sources:\n  - {id: s, title: T, url: ftp://example.org}\n", "sources/0/url", "bad-url"),
    ("text-not-text", _HEAD + _PERSON + "    bio: [a, b]\n", "people/0/bio", "bad-type"),
    ("bad-language", _HEAD + _PERSON + "    bio: {en: A, ru: B, если иные.: C}\n", "people/0/bio", "bad-language"),
    ("bad-citation", _HEAD + "  - id: x\n    name: X\n    sources: [{detail: p. 4}]\n", "people/0/sources",
     "bad-source"),
    ("number-not-a-number", "figures:\n  - {id: f, title: T, counts: C, value: many, sources: [s]}\n",
     "figures/0/value", "bad-type"),
    ("not-a-mapping", "- just\n- a list\n", "", "not-a-mapping"),
    ("years-out-of-range", _HEAD + _PERSON + "    repression:\n      - {type: sentence, years: -5}\n",
     "people/0/repression/0/years", "out-of-range"),
    ("year-out-of-range", "sources:\n  - {id: s, title: T, year: 1.0e999}\n", "sources/0/year", "out-of-range"),
    ("figure-out-of-range", "figures:\n  - {id: f, title: T, counts: C, value: 1.0e20, sources: [s]}\n",
     "figures/0/value", "out-of-range"),
    ("cell-out-of-range", "statistics:\n  - {id: t, title: T, counts: C, columns: [{key: n}], rows: [{n: 1.0e16}],"
     " sources: [s]}\n", "statistics/0/rows/0/n", "out-of-range"),
]


@pytest.mark.parametrize(("text", "path", "code"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_schema_rejects_broken_files_where_the_app_does(validator: Any, tmp_path: Path, text: str, path: str,
                                                        code: str) -> None:
    paths = _error_paths(validator, _load(text))
    assert path in paths, f"schema errors at {sorted(paths)}"
    (tmp_path / "broken.yaml").write_text(text, encoding="utf-8")
    codes = {p.code for p in load_dataset(tmp_path).problems}
    assert code in codes, f"the app reported {sorted(codes)}"


def test_norway_no_is_a_string_for_the_app_and_the_editor(validator: Any) -> None:
    document = _load(_HEAD + _PERSON + "    hide_in_kiosk: no\n")
    assert document["people"][0]["hide_in_kiosk"] == "no"
    [error] = validator.iter_errors(document)
    assert error.validator == "type"


@pytest.mark.parametrize("text", ["1937", "1937-07", "1937-07-30", "1937~", "1937-07?", "1895-05-01%", "0001",
                                  "9999-12-31", "0000", "1937-00", "1937-7", "1937-07-32", "37", "1937-07-30~?",
                                  "1937-07-30 ", "July 1937", "1937/07/30", "19370730", "-1937", "1937-02-31"])
def test_date_pattern_agrees_with_the_date_parser(text: str) -> None:
    date_schema = {"definitions": schema.build_schema()["definitions"], "$ref": "#/definitions/date"}
    accepted_by_schema = jsonschema.Draft7Validator(date_schema).is_valid(text)
    try:
        PartialDate.parse(text)
        accepted_by_app = True
    except DateError:
        accepted_by_app = False
    # Known, documented differences: the pattern cannot count the days of each month, and the app strips spaces.
    known = {"1937-02-31": (True, False), "1937-07-30 ": (False, True)}
    assert (accepted_by_schema, accepted_by_app) == known.get(text, (accepted_by_app, accepted_by_app))


# ---- (d) the keys are the readers' keys


def _record_schema(section: str) -> dict[str, Any]:
    return schema.build_schema()["properties"][section]["items"]


@pytest.mark.parametrize("section", list(records.SECTIONS))
def test_schema_keys_are_the_reader_keys(section: str) -> None:
    _kind, keys, _reader = records.SECTIONS[section]
    assert set(_record_schema(section)["properties"]) == set(keys)
    assert _record_schema(section)["additionalProperties"] is False


def test_schema_sections_are_the_loader_sections() -> None:
    built = schema.build_schema()
    assert list(built["properties"]) == list(records.SECTIONS)
    assert built["additionalProperties"] is False


def test_a_key_added_to_a_reader_without_a_type_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    kind, keys, reader = records.SECTIONS["people"]
    monkeypatch.setitem(records.SECTIONS, "people", (kind, (*keys, "nickname"), reader))
    with pytest.raises(ValueError, match="nickname"):
        schema.build_schema()


def _reader_tuples() -> list[frozenset[str]]:
    """Every literal key tuple handed to a FieldReader inside records.py (the nested records)."""
    tree = ast.parse(Path(records.__file__).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "FieldReader"
                and len(node.args) == 5 and isinstance(node.args[4], ast.Tuple)):
            found.append(frozenset(ast.literal_eval(node.args[4])))
    return found


def _nested_key_sets() -> list[frozenset[str]]:
    out = []

    def walk(fields: dict[str, schema.Field]) -> None:
        for field in fields.values():
            if field.fields is not None:
                out.append(frozenset(field.fields))
                walk(dict(field.fields))

    for fields in schema.FIELDS.values():
        walk(fields)
    out.append(frozenset(["date", "place", "note"]))  # born/died as {date, place}
    return out


def test_nested_records_have_the_reader_keys() -> None:
    nested = _nested_key_sets()
    tuples = _reader_tuples()
    assert tuples, "no FieldReader(..., (keys)) call found in records.py"
    for keys in tuples:
        assert keys in nested, f"records.py reads {sorted(keys)}, which schema.FIELDS does not type"
    defendant = schema.FIELDS["trials"]["defendants"].fields
    assert defendant is not None
    assert set(defendant) == set(records.DEFENDANT_KEYS)


ENUMS = {
    ("people", "fate"): model.Fate, ("bodies", "kind"): model.BodyKind, ("memberships", "role"): model.Role,
    ("memberships", "end_reason"): model.EndReason, ("events", "category"): model.Category,
    ("eras", "category"): model.Category,
}


@pytest.mark.parametrize(("where", "enum"), list(ENUMS.items()), ids=[f"{s}.{k}" for s, k in ENUMS])
def test_enum_values_come_from_the_domain(where: tuple[str, str], enum: type) -> None:
    section, key = where
    assert _record_schema(section)["properties"][key]["enum"] == [e.value for e in enum]


def test_nested_enums_come_from_the_domain() -> None:
    people = _record_schema("people")["properties"]
    step = people["repression"]["items"]["properties"]
    assert step["type"]["enum"] == [e.value for e in model.RepressionType]
    assert step["sentence"]["enum"] == [e.value for e in model.SentenceKind]
    defendant = _record_schema("trials")["properties"]["defendants"]["items"]["properties"]
    assert defendant["plea"]["enum"] == [e.value for e in model.Plea]
    assert defendant["sentence"]["properties"]["kind"]["enum"] == [e.value for e in model.SentenceKind]


# ---- (e) the modeline script


def _run_modelines(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(MODELINE_SCRIPT), *args], capture_output=True, text=True,
                          timeout=60, check=False)


def test_modeline_script_is_idempotent_and_keeps_every_other_byte(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(TINY, data / "people")
    shutil.copytree(TEMPLATES, data / "templates")
    (data / "schema").mkdir()
    shutil.copy(SCHEMA_PATH, data / "schema")
    odd = {
        "people/crlf.yaml": b"people:\r\n  - id: a\r\n    name: A\r\n    sources: [s]\r\n",
        "people/bom.yaml": b"\xef\xbb\xbfsources:\n  - {id: s, title: S}\n",
        "people/stale.yaml": b"# yaml-language-server: $schema=../../old.json\nbodies: []\n",
        "people/no-newline.yaml": b"events: []",
        "top-level.yaml": b"figures: []\n",
        "deep/er/nested.yaml": b"eras: []\n",
        "empty.yaml": b"",
    }
    for rel, content in odd.items():
        (data / rel).parent.mkdir(parents=True, exist_ok=True)
        (data / rel).write_bytes(content)
    before = {p: p.read_bytes() for p in data.rglob("*.yaml")}

    first = _run_modelines("--data", str(data))
    assert first.returncode == 0, first.stderr
    after_first = {p: p.read_bytes() for p in data.rglob("*.yaml")}
    second = _run_modelines("--data", str(data))
    assert second.returncode == 0, second.stderr
    assert second.stdout == ""
    assert {p: p.read_bytes() for p in data.rglob("*.yaml")} == after_first
    assert _run_modelines("--data", str(data), "--check").returncode == 0

    for path, old in before.items():
        new = after_first[path]
        bom = b"\xef\xbb\xbf" if old.startswith(b"\xef\xbb\xbf") else b""
        first_line, _, rest = new[len(bom):].partition(b"\n")
        expected_rel = Path(*[".."] * (len(path.relative_to(data).parts) - 1), "schema", schema.SCHEMA_FILE)
        assert first_line.rstrip(b"\r") == f"# yaml-language-server: $schema={expected_rel.as_posix()}".encode()
        assert new.startswith(bom)
        old_body = old[len(bom):]
        if old_body.startswith(b"# yaml-language-server:"):
            old_body = old_body.partition(b"\n")[2]
        assert rest == old_body, path
        if b"\r\n" in old:
            assert first_line.endswith(b"\r")
    # the files still read the same
    assert load_dataset(data / "templates").problems == ()


def test_modeline_check_mode_reports_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "people").mkdir(parents=True)
    target = data / "people" / "a.yaml"
    target.write_bytes(b"people: []\n")
    proc = _run_modelines("--data", str(data), "--check")
    assert proc.returncode == 1
    assert "a.yaml" in proc.stdout
    assert target.read_bytes() == b"people: []\n"


def test_committed_templates_need_no_modeline_change() -> None:
    proc = _run_modelines("--data", str(DATA), "--check", str(TEMPLATES))
    assert proc.returncode == 0, proc.stdout


# ---- check-jsonschema, the command-line validator a pre-commit hook can use


def _check_jsonschema() -> str:
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which("check-jsonschema")
    if exe is None or importlib.util.find_spec("check_jsonschema") is None:
        pytest.skip("check-jsonschema is not installed")
    return exe


def test_check_jsonschema_accepts_the_good_files() -> None:
    exe = _check_jsonschema()
    files = [str(p) for p in [*sorted(TINY.glob("*.yaml")), *sorted(TEMPLATES.glob("*.yaml"))]]
    proc = subprocess.run([exe, "--schemafile", str(SCHEMA_PATH), *files], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_check_jsonschema_reads_no_as_a_string_too(tmp_path: Path) -> None:
    exe = _check_jsonschema()
    broken = tmp_path / "broken.yaml"
    broken.write_text(_HEAD + _PERSON + "    hide_in_kiosk: no\n    born: 1937-07-30\n", encoding="utf-8")
    proc = subprocess.run([exe, "--schemafile", str(SCHEMA_PATH), str(broken)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 1
    assert "hide_in_kiosk" in proc.stdout + proc.stderr
    assert "born" not in proc.stdout + proc.stderr  # an unquoted date stays a string, as in the app


# ---- the guide documents every problem code

_CODE_RE = re.compile(r"^[a-z]+(-[a-z]+)*$")
_REPORTERS = {"Problem", "report", "error", "warn", "problem", "_problem", "ImageError"}


def _emitted_codes() -> set[str]:
    files = [*sorted((REPO / "purges_desktop" / "storage").glob("*.py")),
             REPO / "purges_desktop" / "domain" / "validation.py"]
    codes = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in _REPORTERS:
                continue
            consts = [a.value for a in node.args
                      if isinstance(a, ast.Constant) and isinstance(a.value, str) and _CODE_RE.match(a.value)]
            if consts:
                codes.add(consts[-1])
    return codes


def test_the_guide_explains_every_problem_code() -> None:
    codes = _emitted_codes()
    assert {"duplicate-key", "unknown-reference", "bad-date", "no-sources"} <= codes
    guide = GUIDE.read_text(encoding="utf-8")
    table_codes = set(re.findall(r"^\| `([a-z-]+)` \|", guide, re.MULTILINE))
    assert not codes - table_codes, f"add these codes to the table of docs/curating.md: {sorted(codes - table_codes)}"
