"""The map folder (data/map/): a curator's mistake is a problem at its file and line, the rest still loads; a
replaced outline is read and checked; the outline script's algorithm joins neighbours and the 180th meridian."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from purges_desktop.storage.loader import load_dataset

SOURCES = "sources:\n  - {id: s, title: A source}\n"
SQUARE = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"role": "ussr", "name": {"en": "Test land"}},
     "geometry": {"type": "Polygon", "coordinates": [[[30, 50], [60, 50], [60, 60], [30, 60], [30, 50]]]}}]}
PLACE = "  - {id: inside, name: Inside, lat: 55, lon: 40, sources: [s]}\n"


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "map").mkdir()
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _problems(ds, code: str) -> list[tuple[str, int, str]]:
    return [(p.origin.file, p.origin.line, p.message) for p in ds.problems if p.code == code]


@pytest.mark.parametrize(("text", "line", "code", "words"), [
    ("places:\n" + PLACE + "  - {id: bad, name: B, lat: 95, lon: 40, sources: [s]}\n", 3, "out-of-range", "lat"),
    ("places:\n" + PLACE + "  - {id: nolat, name: N, lon: 40, sources: [s]}\n", 3, "missing-field", "lat"),
    ("places:\n" + PLACE + "  - {id: far, name: Far, lat: 10, lon: 10, sources: [s]}\n", 3, "outside-outline",
     "outside"),
    ("places:\n" + PLACE + "  - {id: p2, name: P, lat: 55, lon: 41, parts: [Нет такой части], sources: [s]}\n", 3,
     "unknown-list-part", "no list has a part"),
    ("places:\n" + PLACE + "  - {id: inside, name: Again, lat: 55, lon: 41, sources: [s]}\n", 3, "duplicate-id",
     "used twice"),
    ("places:\n" + PLACE + "  - {id: p3, name: P, lat: 55, lon: 41, sources: [nothing]}\n", 3, "unknown-source",
     "unknown source"),
    ("sites:\n  - {id: s1, name: S, from: 1937, sources: [s]}\n", 2, "missing-field", "no location"),
    ("sites:\n  - id: s2\n    name: S\n    from: 1937\n    to: 1930\n    locations: [{lat: 55, lon: 40}]\n"
     "    sources: [s]\n", 2, "bad-dates", "ends"),
    ("camps:\n  - {id: c1, name: C, hq: H, lat: 55, lon: 40, start: 1937-13, sources: [s]}\n", 2, "bad-date",
     "month 13"),
    ("placez:\n  - {id: x}\n", 1, "unknown-section", "places, sites, camps"),
])
def test_a_mistake_in_a_map_file_is_reported_at_its_line(tmp_path, text, line, code, words) -> None:
    folder = _folder(tmp_path, {"map/outline.geojson": json.dumps(SQUARE), "map/places.yaml": text})
    ds = load_dataset(folder)
    found = [(f, ln, msg) for f, ln, msg in _problems(ds, code) if f == "map/places.yaml"]
    assert found, [(p.origin, p.code, p.message) for p in ds.problems]
    assert found[0][1] == line and words in found[0][2]
    if text.startswith("places:"):
        assert "inside" in {p.id for p in ds.geo.places}  # the good record still loads


def test_a_broken_outline_is_reported_at_its_line_and_the_rest_still_loads(tmp_path) -> None:
    broken = json.dumps(SQUARE, indent=1)
    bad_json = broken.replace('"Polygon"', '"Polygon",,', 1)
    ds = load_dataset(_folder(tmp_path, {"map/outline.geojson": bad_json, "map/places.yaml": "places:\n" + PLACE}))
    (problem,) = [p for p in ds.problems if p.code == "bad-geojson"]
    assert problem.origin.file == "map/outline.geojson"
    assert bad_json.splitlines()[problem.origin.line - 1].strip().startswith('"type": "Polygon"')
    assert ds.geo.outline.shapes == () and [p.id for p in ds.geo.places] == ["inside"]


def test_a_feature_that_is_not_a_polygon_is_left_out_at_its_line(tmp_path) -> None:
    collection = {"type": "FeatureCollection", "features": [
        SQUARE["features"][0],
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}
    text = json.dumps(collection).replace('{"type": "Feature"', '\n{"type": "Feature"')
    ds = load_dataset(_folder(tmp_path, {"map/outline.geojson": text}))
    (problem,) = [p for p in ds.problems if p.code == "bad-geojson"]
    assert problem.origin.line == 3 and "Polygon or MultiPolygon" in problem.message
    assert len(ds.geo.outline.shapes) == 1


def test_a_curators_outline_replaces_the_bundled_one(tmp_path) -> None:
    ds = load_dataset(_folder(tmp_path, {"map/outline.geojson": json.dumps(SQUARE), "map/places.yaml":
                                         "places:\n" + PLACE}))
    assert [s.name.get("en") for s in ds.geo.outline.shapes] == ["Test land"]
    assert not [p for p in ds.problems if p.code == "outside-outline"]


@pytest.fixture(scope="module")
def outline_script():
    path = Path(__file__).parents[2] / "scripts" / "build_map_outline.py"
    spec = importlib.util.spec_from_file_location("build_map_outline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_map_outline"] = module
    spec.loader.exec_module(module)
    return module


def test_the_union_cancels_shared_edges(outline_script) -> None:
    left = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]
    right = [(1, 0), (2, 0), (2, 1), (1, 1), (1, 0)]
    (ring,) = outline_script.union([left, right])
    assert set(ring) == {(0, 0), (1, 0), (2, 0), (2, 1), (1, 1), (0, 1)}
    assert abs(outline_script.area([tuple(map(float, p)) for p in ring[:-1]])) == 2


def test_the_halves_at_the_antimeridian_are_joined(outline_script) -> None:
    topo = {"transform": {"scale": [1.0, 1.0], "translate": [-180, -90]}, "arcs": [
        # east of 180° (lon 179..180) and west of it (lon -180..-179), sharing the meridian edge
        [[359, 150], [1, 0], [0, 5], [-1, 0], [0, -5]],
        [[0, 150], [1, 0], [0, 5], [-1, 0], [0, -5]]],
        "objects": {"countries": {"geometries": [
            {"type": "Polygon", "properties": {"name": "Russia"}, "arcs": [[0]]},
            {"type": "Polygon", "properties": {"name": "Russia"}, "arcs": [[1]]}]}}}
    result = outline_script.build(topo)
    (ussr,) = [f for f in result["features"] if f["properties"]["role"] == "ussr"]
    (polygon,) = ussr["geometry"]["coordinates"]  # one polygon: the halves are joined
    (ring,) = polygon
    assert {p[0] for p in ring} <= {179.0, 180.0, 181.0} and {p[1] for p in ring} == {60.0, 65.0}
    assert abs(outline_script.area([tuple(p) for p in ring[:-1]])) == pytest.approx(10.0)


def test_the_map_schema_is_committed_and_knows_the_readers_keys() -> None:
    from purges_desktop.storage import map_data

    repo = Path(__file__).parents[2]
    committed = json.loads((repo / "data" / "schema" / "map.schema.json").read_text(encoding="utf-8"))
    assert committed == map_data.map_schema()
    assert tuple(map_data.MAP_FIELDS["place"]) == map_data.PLACE_KEYS
    assert tuple(map_data.MAP_FIELDS["site"]) == map_data.SITE_KEYS
    assert tuple(map_data.MAP_FIELDS["camp"]) == map_data.CAMP_KEYS


def test_the_editor_schema_accepts_the_bundled_map_files_and_rejects_a_bad_one() -> None:
    import jsonschema

    from purges_desktop.storage.map_data import map_schema
    from purges_desktop.storage.yaml_reader import read_yaml

    validator = jsonschema.Draft7Validator(map_schema())
    for path in sorted((Path(__file__).parents[2] / "data" / "map").glob("*.yaml")):
        document, problems = read_yaml(path.read_text(encoding="utf-8"), path.name)  # typed as the app reads it
        assert not problems
        errors = [e.message for e in validator.iter_errors(document)]
        assert not errors, (path.name, errors[:3])
    assert list(validator.iter_errors({"places": [{"id": "x", "name": "X", "lat": 95, "lon": 0}]}))

