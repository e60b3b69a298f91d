# SPDX-License-Identifier: GPL-3.0-or-later
"""Read the map's data folder (``data/map/``) into a :class:`~purges_desktop.domain.geo.GeoData`. Never raises.

- ``*.yaml``: sections ``places:`` (the gazetteer), ``sites:`` (killing fields) and ``camps:`` (camp
  administrations), read with the strict YAML reader like every other data file;
- ``outline.geojson``: the outline (a GeoJSON FeatureCollection of Polygon or MultiPolygon features, longitude
  first; ``properties.role`` is ``ussr`` or ``not-1937``, ``properties.name`` and ``note`` are ``{en, ru}``).
  The bundled one is built from Natural Earth by ``scripts/build_map_outline.py``; a curator may replace it with a
  historical outline in the same form.

Every problem has its ``file:line:column``; what can be read is kept. The cross-checks against the rest of the data
(sources, people, list parts, points inside the outline) are :func:`purges_desktop.domain.geo.check_geo`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from purges_desktop.domain.geo import (
    Camp,
    CampCount,
    GeoData,
    GeoPoint,
    Outline,
    OutlineRole,
    OutlineShape,
    Place,
    Ring,
    Site,
    SiteLocation,
)
from purges_desktop.domain.problems import Origin, Problem, Severity
from purges_desktop.domain.text import EMPTY_TEXT, LocalizedText
from purges_desktop.storage.fields import FieldReader, RecordInvalidError, shorten
from purges_desktop.storage.yaml_reader import MAX_FILE_BYTES, PosDict, decode, read_yaml

MAP_DIR = "map"
OUTLINE_FILE = "outline.geojson"
MAX_POINTS = 200_000  # an outline with more points is refused (the map would not pan smoothly)
YEARS = (1900, 2100)
COUNT_MAX = 10_000_000

PLACE_KEYS = ("id", "name", "lat", "lon", "parts", "aliases", "outside", "note", "sources")
SITE_KEYS = ("id", "name", "locations", "from", "to", "buried", "people", "aliases", "note", "sources")
LOCATION_KEYS = ("lat", "lon", "note", "sources")
CAMP_KEYS = ("id", "name", "hq", "lat", "lon", "start", "end", "counts", "note", "sources")
COUNT_KEYS = ("year", "prisoners", "note")


def map_files(folder: Path) -> list[Path]:
    """The files of a data folder's map (its YAML and the outline), sorted."""
    base = folder / MAP_DIR
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_file() and p.suffix in {".yaml", ".geojson"})


def is_map_file(folder: Path, path: Path) -> bool:
    """True for a YAML file of the map folder (the general loader leaves those to :func:`read_geo`)."""
    rel = path.relative_to(folder).parts
    return len(rel) > 1 and rel[0] == MAP_DIR


def read_geo(folder: Path) -> tuple[GeoData, list[Problem]]:
    """Read ``folder/map``: the records and the outline, with their problems."""
    problems: list[Problem] = []
    places: list[Place] = []
    sites: list[Site] = []
    camps: list[Camp] = []
    outline = Outline()
    for path in map_files(folder):
        rel = path.relative_to(folder).as_posix()
        text = _read_text(path, rel, problems)
        if text is None:
            continue
        if path.suffix == ".geojson":
            if path.name == OUTLINE_FILE:
                outline = read_outline(text, rel, problems)
            else:
                problems.append(Problem(Origin(rel, 1, 1), Severity.WARNING, f"only {MAP_DIR}/{OUTLINE_FILE} is "
                                        "read as the map's outline; this file is ignored", "unused-file"))
            continue
        _read_sections(text, rel, problems, places, sites, camps)
    return GeoData(outline, tuple(places), tuple(sites), tuple(camps)), problems


def _read_text(path: Path, rel: str, problems: list[Problem]) -> str | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(Origin(rel, 1, 1), Severity.ERROR, "the file is over the size limit", "too-large"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(Origin(rel), Severity.ERROR, f"cannot read the file: {exc.strerror}", "io"))
        return None
    text, found = decode(data, rel)
    problems.extend(found)
    return text


_READERS = {"places": ("place", PLACE_KEYS), "sites": ("site", SITE_KEYS), "camps": ("camp", CAMP_KEYS)}


def _read_sections(text: str, rel: str, problems: list[Problem], places: list[Place], sites: list[Site],
                   camps: list[Camp]) -> None:
    data, found = read_yaml(text, rel)
    problems.extend(found)
    if data is None:
        return
    if not isinstance(data, PosDict):
        problems.append(Problem(Origin(rel, 1, 1), Severity.ERROR, "a map file must be a mapping of sections "
                                "(places:, sites:, camps:)", "not-a-mapping"))
        return
    for key, value in data.items():
        origin = Origin(rel, *data.key_pos.get(key, (0, 0)))
        if key not in _READERS:
            problems.append(Problem(origin, Severity.ERROR, f"unknown section {shorten(key)} in a map file; sections "
                                    "are: places, sites, camps", "unknown-section"))
            continue
        if not isinstance(value, list):
            problems.append(Problem(origin, Severity.ERROR, f"section {key!r} must be a list of records",
                                    "bad-section"))
            continue
        kind, keys = _READERS[key]
        item_pos = getattr(value, "item_pos", [])
        for i, item in enumerate(value):
            pos = Origin(rel, *item_pos[i]) if i < len(item_pos) else origin
            if not isinstance(item, PosDict):
                problems.append(Problem(pos, Severity.ERROR, f"each {kind} must be a mapping of fields", "bad-record"))
                continue
            r = FieldReader(item, rel, problems, kind, keys)
            try:
                if key == "places":
                    places.append(_place(r))
                elif key == "sites":
                    sites.append(_site(r))
                else:
                    camps.append(_camp(r))
            except RecordInvalidError:
                continue


def _point(r: FieldReader, data: PosDict | None = None) -> GeoPoint:
    """``lat`` and ``lon`` of a record (or of a nested mapping); missing or out of range skips the record."""
    reader = r if data is None else FieldReader(data, r.file, r.problems, f"{r.kind} location", LOCATION_KEYS)
    lat = reader.number("lat", required=True, low=-90, high=90)
    lon = reader.number("lon", required=True, low=-180, high=360)
    assert lat is not None and lon is not None
    return GeoPoint(float(lat), float(lon))


def _place(r: FieldReader) -> Place:
    pid = r.required_id()
    return Place(pid, r.text("name", required=True), _point(r), parts=r.string_list("parts"),
                 aliases=r.string_list("aliases"), outside=r.text("outside"), note=r.text("note"),
                 sources=r.sources(), origin=r.origin)


def _site(r: FieldReader) -> Site:
    sid = r.required_id()
    name = r.text("name", required=True)
    locations = []
    for item, _origin in r.items("locations"):
        sub = FieldReader(item, r.file, r.problems, "site location", LOCATION_KEYS)
        try:
            locations.append(SiteLocation(_point(sub), sub.text("note"), sub.sources(required=False)))
        except RecordInvalidError:
            continue
    if not locations:
        r.report(r.origin, f"site {sid!r} has no location (locations: [{{lat: …, lon: …}}]); the site is skipped",
                 "missing-field")
        raise RecordInvalidError
    start = r.integer("from", low=YEARS[0], high=YEARS[1])
    end = r.integer("to", low=YEARS[0], high=YEARS[1])
    if start is None:
        r.report(r.origin, f"site {sid!r} has no 'from' year; the site is skipped", "missing-field")
        raise RecordInvalidError
    return Site(sid, name, tuple(locations), start, end if end is not None else start, buried=r.text("buried"),
                people=r.ref_list("people"), aliases=r.string_list("aliases"), note=r.text("note"),
                sources=r.sources(), origin=r.origin)


def _camp(r: FieldReader) -> Camp:
    cid = r.required_id()
    name, hq, point = r.text("name", required=True), r.text("hq", required=True), _point(r)
    start = r.date("start", required=True)
    assert start is not None
    counts = []
    for item, _origin in r.items("counts"):
        sub = FieldReader(item, r.file, r.problems, "camp count", COUNT_KEYS)
        year = sub.integer("year", low=YEARS[0], high=YEARS[1])
        prisoners = sub.integer("prisoners", low=0, high=COUNT_MAX)
        if year is None or prisoners is None:
            sub.report(sub.origin, "a camp count needs a year and a number of prisoners", "missing-field")
            continue
        counts.append(CampCount(year, prisoners, sub.text("note")))
    return Camp(cid, name, hq, point, start, r.date("end"), tuple(sorted(counts, key=lambda c: c.year)),
                note=r.text("note"), sources=r.sources(), origin=r.origin)


# ---- the outline

_FEATURE_RE = re.compile(r'"type"\s*:\s*"Feature"')


def read_outline(text: str, rel: str, problems: list[Problem]) -> Outline:
    """Read a GeoJSON outline; a feature that cannot be read is reported at its line and left out."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(Problem(Origin(rel, exc.lineno, exc.colno), Severity.ERROR,
                                f"the outline is not valid JSON: {exc.msg}; the map has no outline", "bad-geojson"))
        return Outline(file=rel)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(
            data.get("features"), list):
        problems.append(Problem(Origin(rel, 1, 1), Severity.ERROR, "the outline must be a GeoJSON "
                                "FeatureCollection with a 'features' list; the map has no outline", "bad-geojson"))
        return Outline(file=rel)
    starts = [_line_col(text, m.start()) for m in _FEATURE_RE.finditer(text)]
    shapes = []
    total = 0
    for i, feature in enumerate(data["features"]):
        origin = Origin(rel, *starts[i]) if i < len(starts) else Origin(rel, 1, 1)
        shape = _shape(feature, origin, problems)
        if shape is None:
            continue
        total += sum(len(ring) for poly in shape.polygons for ring in poly)
        if total > MAX_POINTS:
            problems.append(Problem(origin, Severity.ERROR, f"the outline has more than {MAX_POINTS:,} points; "
                                    "simplify it (scripts/build_map_outline.py shows how)", "too-large"))
            break
        shapes.append(shape)
    source = data.get("source") if isinstance(data.get("source"), str) else ""
    return Outline(tuple(shapes), source, rel)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _shape(feature: Any, origin: Origin, problems: list[Problem]) -> OutlineShape | None:
    def bad(message: str) -> None:
        problems.append(Problem(origin, Severity.ERROR, f"outline feature: {message}; the feature is left out",
                                "bad-geojson"))

    if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
        bad("it must be a Feature with a geometry")
        return None
    geometry, props = feature["geometry"], feature.get("properties") or {}
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    polygons_raw = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else None
    if not isinstance(polygons_raw, list):
        bad(f"the geometry must be a Polygon or MultiPolygon, not {shorten(kind)}")
        return None
    try:
        role = OutlineRole(props.get("role", "ussr")) if isinstance(props, dict) else OutlineRole.USSR
    except ValueError:
        bad(f"properties.role must be one of {', '.join(OutlineRole)}")
        return None
    polygons = []
    for poly in polygons_raw:
        rings = [_ring(r) for r in poly] if isinstance(poly, list) else [None]
        if any(r is None for r in rings):
            bad("a ring must be a closed list of at least four [longitude, latitude] pairs in degrees")
            return None
        polygons.append(tuple(r for r in rings if r is not None))
    return OutlineShape(role, _text(props.get("name")), tuple(polygons), _text(props.get("note")))


def _ring(raw: Any) -> Ring | None:
    if not isinstance(raw, list) or len(raw) < 4:
        return None
    out = []
    for p in raw:
        if (not isinstance(p, list) or len(p) < 2 or any(isinstance(v, bool) or not isinstance(v, int | float)
                                                          for v in p[:2])):
            return None
        lon, lat = float(p[0]), float(p[1])
        if not (-180 <= lon <= 360 and -90 <= lat <= 90):
            return None
        out.append((lon + 360 if lon < 0 else lon, lat))  # west of Greenwich: Chukotka past 180°
    return tuple(out) if out[0] == out[-1] else None


def _text(value: Any) -> LocalizedText:
    if isinstance(value, str):
        return LocalizedText.of(en=value)
    if isinstance(value, dict):
        return LocalizedText.of(en=str(value.get("en", "")), ru=str(value.get("ru", "")))
    return EMPTY_TEXT


# ---- the JSON Schema of the map's YAML files (editors: data/schema/map.schema.json)

_TEXT = {"description": "Text, or {en: ..., ru: ...}",
         "anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": {"type": "string"}}]}
_SOURCES = {"description": "Source ids, or {source: id, detail: ...}", "type": "array", "items": {"anyOf": [
    {"type": "string"}, {"type": "object", "required": ["source"],
                         "properties": {"source": {"type": "string"}, "detail": {"type": "string"}}}]}}
_LAT = {"description": "Latitude in degrees, north positive", "type": "number", "minimum": -90, "maximum": 90}
_LON = {"description": "Longitude in degrees, east positive (past 180 allowed)", "type": "number", "minimum": -180,
        "maximum": 360}
_ID = {"description": "Lowercase letters, digits and hyphens", "type": "string",
       "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
_DATE = {"description": "YYYY, YYYY-MM or YYYY-MM-DD (with ~ or ? allowed)", "type": ["string", "integer"]}
_STRINGS = {"type": "array", "items": {"type": "string"}}
_YEAR = {"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]}

MAP_FIELDS: dict[str, dict[str, dict]] = {
    "place": {"id": _ID, "name": _TEXT, "lat": _LAT, "lon": _LON,
              "parts": {**_STRINGS, "description": "List part titles drawn here, in Russian as the lists print them"},
              "aliases": {**_STRINGS, "description": "Birth and death places that mean this town"},
              "outside": {**_TEXT, "description": "Why the town lies outside the outline"}, "note": _TEXT,
              "sources": _SOURCES},
    "site": {"id": _ID, "name": _TEXT,
             "locations": {"type": "array", "items": {"type": "object", "required": ["lat", "lon"],
                                                      "additionalProperties": False, "properties": {
                                                          "lat": _LAT, "lon": _LON, "note": _TEXT,
                                                          "sources": _SOURCES}}},
             "from": {**_YEAR, "description": "First year of use"}, "to": {**_YEAR, "description": "Last year"},
             "buried": {**_TEXT, "description": "The numbers buried, as the sources give them"},
             "people": {**_STRINGS, "description": "People of the data buried there, by id"},
             "aliases": {**_STRINGS, "description": "Names of the site in death places"}, "note": _TEXT,
             "sources": _SOURCES},
    "camp": {"id": _ID, "name": _TEXT, "hq": {**_TEXT, "description": "The headquarters town"}, "lat": _LAT,
             "lon": _LON, "start": _DATE, "end": _DATE,
             "counts": {"type": "array", "items": {"type": "object", "required": ["year", "prisoners"],
                                                   "additionalProperties": False, "properties": {
                                                       "year": _YEAR, "prisoners": {"type": "integer", "minimum": 0},
                                                       "note": _TEXT}}},
             "note": _TEXT, "sources": _SOURCES},
}
_REQUIRED = {"place": ["id", "name", "lat", "lon"], "site": ["id", "name", "locations", "from"],
             "camp": ["id", "name", "hq", "lat", "lon", "start"]}


def map_schema() -> dict:
    """The JSON Schema (draft 7) of a map YAML file: ``places:``, ``sites:``, ``camps:``."""
    def record(kind: str) -> dict:
        return {"type": "array", "items": {"type": "object", "required": _REQUIRED[kind],
                                           "additionalProperties": False, "properties": MAP_FIELDS[kind]}}

    return {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Purges Desktop map data (data/map/)",
            "type": "object", "additionalProperties": False,
            "properties": {"places": record("place"), "sites": record("site"), "camps": record("camp")}}


if __name__ == "__main__":  # python -m purges_desktop.storage.map_data data/schema/map.schema.json
    import sys

    Path(sys.argv[1]).write_text(json.dumps(map_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
