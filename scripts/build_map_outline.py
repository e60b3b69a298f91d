#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the map's outline of the Soviet Union (``data/map/outline.geojson``) from Natural Earth.

Natural Earth's Admin 0 country boundaries (public domain), 1:50m, as the npm package ``world-atlas`` ships them
(``countries-50m.json``, TopoJSON). Get it without installing anything into the checkout::

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python scripts/build_map_outline.py --topojson /tmp/package/countries-50m.json --out data/map/outline.geojson

The script reads the TopoJSON itself (no package needed):

1. decodes the delta-encoded, quantized arcs and simplifies each arc once with Douglas–Peucker (shared borders are
   simplified the same way on both sides, so no slivers open between neighbours; an arc's end points are kept);
2. takes the fifteen present-day successor states, splits out what was not Soviet in 1937 and can be split with
   Natural Earth alone (the three Baltic states, Moldova, the Kaliningrad exclave, the Kuril Islands and Sakhalin
   south of the 50th parallel);
3. unions each group by cancelling every edge that two of its polygons share (an edge walked once each way);
   longitudes west of Greenwich are moved east by 360°, so Chukotka's halves on both sides of the 180th meridian
   meet and their seam cancels the same way;
4. stitches the remaining edges into rings, drops slivers and writes a compact GeoJSON FeatureCollection
   (coordinates to 0.01°; longitudes may exceed 180 where Chukotka crosses the antimeridian).

What cannot be split without historical boundary data (western Ukraine and Belarus, Zakarpattia, the Karelian
Isthmus and Pechenga, Tuva, Bessarabia's south now in Ukraine) stays inside the Soviet fill; the map says so in
its legend and the feature's ``note``. The output is deterministic.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

#: Natural Earth's names of the fifteen successor states.
SOVIET = ("Russia", "Ukraine", "Belarus", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan",
          "Georgia", "Armenia", "Azerbaijan", "Estonia", "Latvia", "Lithuania", "Moldova")
#: Countries drawn as "not Soviet in 1937" as a whole.
NOT_SOVIET_1937 = {"Estonia": ("Estonia", "Эстония"), "Latvia": ("Latvia", "Латвия"),
                   "Lithuania": ("Lithuania", "Литва"), "Moldova": ("Bessarabia (Moldova)", "Бессарабия (Молдова)")}
TOLERANCE = 0.04  # degrees, Douglas–Peucker
MIN_RING_AREA = 0.01  # square degrees: smaller islands are dropped
SOUTH_SAKHALIN_LAT = 50.0

NOTES = {
    "ussr": ("The present-day borders of the fifteen successor states, joined: an approximation of the USSR. "
             "Western Ukraine and Belarus (Polish in 1937), Zakarpattia (Czechoslovak), the Karelian Isthmus and "
             "Pechenga (Finnish), the south of Bessarabia (Romanian) and Tuva (a separate republic until 1944) "
             "cannot be told apart in this data and are drawn as Soviet.",
             "Современные границы пятнадцати государств-преемников вместе: приблизительный контур СССР. Западная "
             "Украина и Белоруссия (в 1937 году — Польша), Закарпатье (Чехословакия), Карельский перешеек и "
             "Печенга (Финляндия), юг Бессарабии (Румыния) и Тува (отдельная республика до 1944 года) в этих данных "
             "не отделяются и нарисованы как советские."),
    "not-1937": ("Not part of the USSR in 1937.", "Не входило в СССР в 1937 году."),
}


def decode_arcs(topo: dict) -> list[list[tuple[int, int]]]:
    """The arcs as absolute quantized points."""
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def simplify(points: list[tuple[int, int]], tolerance: float) -> list[tuple[int, int]]:
    """Douglas–Peucker on quantized points (tolerance in quantized units), end points kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm else math.hypot(px - x1, py - y1)
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


class Topology:
    """The decoded topology: arcs in quantized units and the transform to degrees."""

    def __init__(self, topo: dict) -> None:
        self.scale = topo["transform"]["scale"]
        self.translate = topo["transform"]["translate"]
        self.full_turn = round(360 / self.scale[0])
        tol = TOLERANCE / self.scale[0]
        self.arcs = [simplify(arc, tol) for arc in decode_arcs(topo)]

    def ring(self, arc_ids: list[int]) -> list[tuple[int, int]]:
        """The closed ring of quantized points an arc list describes (negative ids: reversed)."""
        out: list[tuple[int, int]] = []
        for a in arc_ids:
            pts = self.arcs[a] if a >= 0 else self.arcs[~a][::-1]
            out.extend(pts if not out else pts[1:])
        return [self.east(p) for p in out]

    def east(self, p: tuple[int, int]) -> tuple[int, int]:
        """West longitudes moved east by a full turn (Chukotka continues past 180°)."""
        lon = p[0] * self.scale[0] + self.translate[0]
        return (p[0] + self.full_turn, p[1]) if lon < 0 else p

    def degrees(self, p: tuple[int, int]) -> tuple[float, float]:
        """A quantized point in degrees (lon, lat), rounded to 0.01°."""
        return (round(p[0] * self.scale[0] + self.translate[0], 2), round(p[1] * self.scale[1] + self.translate[1], 2))


def centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean of a ring's points (enough to classify islands)."""
    return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))


def area(ring: list[tuple[float, float]]) -> float:
    """Signed area (shoelace), positive when counter-clockwise."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def clip_lat(ring: list[tuple[float, float]], lat: float, *, north: bool) -> list[tuple[float, float]]:
    """Sutherland–Hodgman: the part of a ring north (or south) of a parallel."""
    def inside(p: tuple[float, float]) -> bool:
        return p[1] >= lat if north else p[1] < lat

    out = []
    for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
        if inside(b):
            if not inside(a):
                out.append(_cross(a, b, lat))
            out.append(b)
        elif inside(a):
            out.append(_cross(a, b, lat))
    return out


def _cross(a: tuple[float, float], b: tuple[float, float], lat: float) -> tuple[float, float]:
    t = (lat - a[1]) / (b[1] - a[1])
    return (round(a[0] + t * (b[0] - a[0]), 2), lat)


def union(rings: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """The union of polygons given by rings: shared edges (walked once each way) cancel; the rest is re-stitched."""
    edges: dict[tuple[tuple[int, int], tuple[int, int]], int] = defaultdict(int)
    for ring in rings:
        for a, b in itertools.pairwise(ring):
            if a == b:
                continue
            if edges.get((b, a), 0) > 0:
                edges[(b, a)] -= 1
            else:
                edges[(a, b)] += 1
    outgoing: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for (a, b), n in sorted(edges.items()):
        outgoing[a].extend([b] * n)
    out = []
    for start in sorted(outgoing):
        while outgoing[start]:
            ring = [start]
            here = start
            while True:
                nxt = outgoing[here].pop()
                ring.append(nxt)
                here = nxt
                if here == start or not outgoing[here]:
                    break
            out.append(ring)
    return out


def build(topo: dict) -> dict:
    """The outline as a GeoJSON FeatureCollection."""
    t = Topology(topo)
    groups: dict[str, list[list[tuple[int, int]]]] = defaultdict(list)
    cut_south: list[list[tuple[float, float]]] = []
    cut_north: list[list[tuple[float, float]]] = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = geom["properties"]["name"]
        if name not in SOVIET:
            continue
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        for polygon in polygons:
            rings = [t.ring(r) for r in polygon]
            lon, lat = centroid([t.degrees(p) for p in rings[0]])
            key = name if name in NOT_SOVIET_1937 else "ussr"
            if name == "Russia" and lon < 23:
                key = "Kaliningrad"
            elif name == "Russia" and 141 < lon < 144.5 and 45.5 < lat < 54.5:  # Sakhalin: cut at the 50th parallel
                deg = [t.degrees(p) for p in rings[0]]
                cut_north.append(clip_lat(deg, SOUTH_SAKHALIN_LAT, north=True))
                cut_south.append(clip_lat(deg, SOUTH_SAKHALIN_LAT, north=False))
                continue
            elif name == "Russia" and 145 < lon < 157 and 43 < lat < 50.9:
                key = "Kurils"
            groups[key].extend(rings)
    names = {**NOT_SOVIET_1937, "Kaliningrad": ("East Prussia (Kaliningrad)", "Восточная Пруссия (Калининград)"),
             "Kurils": ("Kuril Islands", "Курильские острова"), "South Sakhalin": ("South Sakhalin", "Южный Сахалин")}
    features = []
    for key in ["ussr", *sorted(k for k in groups if k != "ussr"), "South Sakhalin"]:
        rings = [[t.degrees(p) for p in r] for r in union(groups[key])] if key in groups else []
        rings += cut_north if key == "ussr" else cut_south if key == "South Sakhalin" else []
        if not rings:
            continue
        role = "ussr" if key == "ussr" else "not-1937"
        name = ("USSR (approximate)", "СССР (приблизительно)") if key == "ussr" else names[key]
        features.append(_feature(role, name, rings))
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 4.1.0, Admin 0 countries 1:50m (public domain), through the npm package "
                  "world-atlas 2 (countries-50m.json); built by scripts/build_map_outline.py",
        "features": features,
    }


def _feature(role: str, name: tuple[str, str], rings: list[list[tuple[float, float]]]) -> dict:
    cleaned = []
    for ring in rings:
        pts = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
        if pts[0] != pts[-1]:
            pts.append(pts[0])
        if len(pts) >= 4 and abs(area(pts[:-1])) >= MIN_RING_AREA:
            cleaned.append(pts)
    outers = [r for r in cleaned if area(r[:-1]) > 0]
    holes = [r for r in cleaned if area(r[:-1]) <= 0]
    polygons: list[list[list[tuple[float, float]]]] = [[r] for r in sorted(outers, key=lambda r: -abs(area(r)))]
    for hole in holes:
        owner = next((p for p in polygons if _inside(hole[0], p[0])), None)
        if owner is None:
            polygons.append([hole[::-1]])
        else:
            owner.append(hole)
    note = NOTES[role]
    return {
        "type": "Feature",
        "properties": {"role": role, "name": {"en": name[0], "ru": name[1]},
                       "note": {"en": note[0], "ru": note[1]}},
        "geometry": {"type": "MultiPolygon",
                     "coordinates": [[[list(p) for p in r] for r in poly] for poly in polygons]},
    }


def _inside(p: tuple[float, float], ring: list[tuple[float, float]]) -> bool:
    x, y = p
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def main(argv: list[str] | None = None) -> int:
    """Read the TopoJSON, write the GeoJSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topojson", type=Path, required=True, help="countries-50m.json of world-atlas")
    parser.add_argument("--out", type=Path, default=Path("data/map/outline.geojson"))
    args = parser.parse_args(argv)
    collection = build(json.loads(args.topojson.read_text(encoding="utf-8")))
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text.replace('{"type":"Feature"', '\n{"type":"Feature"') + "\n", encoding="utf-8")
    points = sum(len(r) for f in collection["features"] for poly in f["geometry"]["coordinates"] for r in poly)
    print(f"{args.out}: {len(collection['features'])} features, {points} points, {len(text) // 1024} KiB")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
