# SPDX-License-Identifier: GPL-3.0-or-later
"""The map: its records (places, killing fields, camps, the outline), the projection, and what is on the map.

The records come from ``data/map/`` (``storage/map_data.py`` reads them). Everything the map draws, and the text
list beside it, is computed once by :func:`map_content` as :class:`Marker` values: the canvas paints them, the
text list lists them, and the tests compare the two. The domain knows no Qt and reads no files.

The projection is an equidistant conic (standard parallels 47° and 62° N, centred on 100° E), which keeps the USSR's
east–west extent readable; coordinates are in kilometres on a sphere of the Earth's mean radius.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING

from purges_desktop.domain.lists import NO_COUNTS, CategoryCounts, ListPart, ShootingList, list_sort_key
from purges_desktop.domain.problems import UNKNOWN_ORIGIN, Origin, Problem, Severity
from purges_desktop.domain.text import EMPTY_TEXT, LocalizedText

if TYPE_CHECKING:
    from collections.abc import Iterable

    from purges_desktop.domain.dataset import Dataset, Records
    from purges_desktop.domain.dates import PartialDate
    from purges_desktop.domain.model import Person, SourceRef


class MapLayer(StrEnum):
    """The map's layers, also the sections of its deep link (``map/lists``)."""

    LISTS = "lists"
    SITES = "sites"
    CAMPS = "camps"
    PEOPLE = "people"


class OutlineRole(StrEnum):
    """How an outline shape is drawn."""

    USSR = "ussr"
    NOT_1937 = "not-1937"


@dataclass(frozen=True, slots=True)
class GeoPoint:
    """A point on the Earth in degrees (longitudes east of 180° may be given as more than 180)."""

    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Place:
    """A town of the gazetteer: where list parts of a region are placed (its 1937 administrative centre), and where
    the birth and death places of the data are put.

    Attributes:
        id: the place id.
        name: its name (as in 1937, with today's in the note where it differs).
        point: its coordinates.
        parts: the titles of list parts placed here, in Russian as the lists print them.
        aliases: names of the place as the people's birth and death places give them (English or Russian; the text
            before the first comma is compared, ignoring case).
        outside: why the point lies outside the outline, when it does (a town abroad).
        note: remarks (a centre that moved, sources that disagree).
        sources: citations (the coordinates, the centre).
        origin: where the record stands.
    """

    id: str
    name: LocalizedText
    point: GeoPoint
    parts: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    outside: LocalizedText = EMPTY_TEXT
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class SiteLocation:
    """One location a source gives for a killing field (sources may disagree: each is kept)."""

    point: GeoPoint
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Site:
    """A killing field or burial ground of the NKVD, now a memorial.

    Attributes:
        id: the site id.
        name: its name.
        locations: where the sources put it (the first is drawn; more than one when they disagree).
        start, end: the years it was used, as the sources give them.
        buried: the number of people buried there, as the sources give it (text: estimates differ).
        people: people of the data shot or buried there, by id, besides those whose death place names it.
        aliases: names of the site in death places (English or Russian, compared ignoring case).
        note: remarks.
        sources: citations.
        origin: where the record stands.
    """

    id: str
    name: LocalizedText
    locations: tuple[SiteLocation, ...]
    start: int
    end: int
    buried: LocalizedText = EMPTY_TEXT
    people: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    @property
    def point(self) -> GeoPoint:
        """The location drawn (the first given)."""
        return self.locations[0].point


@dataclass(frozen=True, slots=True)
class CampCount:
    """The number of prisoners of a camp in a year, as a source gives it."""

    year: int
    prisoners: int
    note: LocalizedText = EMPTY_TEXT


@dataclass(frozen=True, slots=True)
class Camp:
    """A camp administration of the Gulag.

    Attributes:
        id: the camp id.
        name: its name (``Siblag``).
        hq: the headquarters town, by name.
        point: the headquarters town's coordinates.
        start, end: when it existed.
        counts: prisoners by year, where sources give them.
        note: remarks.
        sources: citations.
        origin: where the record stands.
    """

    id: str
    name: LocalizedText
    hq: LocalizedText
    point: GeoPoint
    start: PartialDate
    end: PartialDate | None = None
    counts: tuple[CampCount, ...] = ()
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    def open_on(self, date: PartialDate) -> bool:
        """True when the camp existed on ``date`` (a year-only end counts to the year's end)."""
        if self.start.earliest() > date.latest():
            return False
        return self.end is None or self.end.latest() >= date.earliest()

    @property
    def peak(self) -> CampCount | None:
        """The largest count given."""
        return max(self.counts, key=lambda c: c.prisoners, default=None)


Ring = tuple[tuple[float, float], ...]
"""A closed ring of (lon, lat) points."""


@dataclass(frozen=True, slots=True)
class OutlineShape:
    """One feature of the outline: a multipolygon with a role (drawn as the USSR, or hatched: not Soviet in 1937)."""

    role: OutlineRole
    name: LocalizedText
    polygons: tuple[tuple[Ring, ...], ...]
    note: LocalizedText = EMPTY_TEXT


@dataclass(frozen=True, slots=True)
class Outline:
    """The map's outline and where it came from."""

    shapes: tuple[OutlineShape, ...] = ()
    source: str = ""
    file: str = ""

    def rings(self, role: OutlineRole | None = None) -> list[Ring]:
        """Every ring (outer and holes) of the shapes of a role (all shapes for ``None``)."""
        return [ring for s in self.shapes if role is None or s.role is role for poly in s.polygons for ring in poly]

    def contains(self, point: GeoPoint) -> bool:
        """True when the point lies inside any shape (even–odd rule over each polygon's rings)."""
        lon = point.lon if point.lon >= 0 else point.lon + 360
        return any(_in_polygon(lon, point.lat, poly) for s in self.shapes for poly in s.polygons)


@dataclass(frozen=True, slots=True)
class GeoData:
    """Everything of ``data/map/``."""

    outline: Outline = field(default_factory=Outline)
    places: tuple[Place, ...] = ()
    sites: tuple[Site, ...] = ()
    camps: tuple[Camp, ...] = ()

    def is_empty(self) -> bool:
        """True when there is no map data at all."""
        return not (self.outline.shapes or self.places or self.sites or self.camps)


EMPTY_GEO = GeoData()

# ---- projection

EARTH_RADIUS_KM = 6371.0
CENTRAL_MERIDIAN = 100.0
STANDARD_PARALLELS = (47.0, 62.0)
ORIGIN_LATITUDE = 55.0
_P1, _P2 = (math.radians(p) for p in STANDARD_PARALLELS)
_N = (math.cos(_P1) - math.cos(_P2)) / (_P2 - _P1)
_G = math.cos(_P1) / _N + _P1
_RHO0 = _G - math.radians(ORIGIN_LATITUDE)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equidistant conic projection: (lon, lat) in degrees to (x, y) in km, x east, y north."""
    if lon < 0:
        lon += 360
    rho = _G - math.radians(lat)
    theta = _N * math.radians(lon - CENTRAL_MERIDIAN)
    return EARTH_RADIUS_KM * rho * math.sin(theta), EARTH_RADIUS_KM * (_RHO0 - rho * math.cos(theta))


def _in_polygon(x: float, y: float, rings: tuple[Ring, ...]) -> bool:
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in pairwise(ring):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


# ---- what is on the map


@dataclass(frozen=True, slots=True)
class ListPartRef:
    """A part of a list, placed (or not) on the map."""

    list: ShootingList
    part: ListPart


@dataclass(frozen=True, slots=True)
class Marker:
    """One thing drawn on the map and listed in the text list.

    Attributes:
        layer: its layer.
        id: unique within the layer (a place, site or camp id).
        name: its label.
        point: where it is drawn.
        size: what the circle's area stands for (people on the lists, prisoners, people of the data).
        counts: for a list place, names per category.
        parts: for a list place, the list parts placed there, in date order.
        people: for a site or a people's place, the people of the data, by id.
        site: the site record (sites layer).
        camp: the camp record (camps layer).
        place: the gazetteer record (lists and people layers).
    """

    layer: MapLayer
    id: str
    name: LocalizedText
    point: GeoPoint
    size: int = 0
    counts: CategoryCounts = NO_COUNTS
    parts: tuple[ListPartRef, ...] = ()
    people: tuple[str, ...] = ()
    site: Site | None = None
    camp: Camp | None = None
    place: Place | None = None


@dataclass(frozen=True, slots=True)
class ListGroup:
    """List parts that name a group of people rather than a place (listed beside the map, not placed on it)."""

    title: LocalizedText
    counts: CategoryCounts
    parts: tuple[ListPartRef, ...]


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A person of the people's layer whose place the gazetteer does not know."""

    person: str
    place: LocalizedText


class PeopleFilter(StrEnum):
    """Which people the people's layer shows."""

    ALL = "all"
    EXECUTED = "executed"
    CC_1934 = "cc-1934"


class PlaceKind(StrEnum):
    """Birth or death places."""

    BIRTH = "birth"
    DEATH = "death"


@dataclass(frozen=True, slots=True)
class MapContent:
    """What the map shows for a date and a choice of people: markers of every layer, the list groups without a
    place, and the people's places that could not be placed."""

    markers: tuple[Marker, ...] = ()
    groups: tuple[ListGroup, ...] = ()
    unplaced: tuple[Unplaced, ...] = ()

    def of(self, layer: MapLayer) -> list[Marker]:
        """The markers of one layer."""
        return [m for m in self.markers if m.layer is layer]


def fold(text: str) -> str:
    """Case, spacing and ё folded, for matching titles and place names."""
    return " ".join(text.split()).casefold().replace("ё", "е")


def place_of_part(geo: GeoData) -> dict[str, Place]:
    """Folded list-part title → the place it is drawn at."""
    return {fold(title): place for place in geo.places for title in place.parts}


def list_parts(ds: Dataset, until: PartialDate | None = None) -> list[ListPartRef]:
    """Every part of every list (signed up to ``until``, when given; undated lists only without a date), in date
    order."""
    lists = sorted(ds.shooting_lists.values(), key=list_sort_key)
    if until is not None:
        lists = [sl for sl in lists if sl.date is not None and sl.date.earliest() <= until.latest()]
    return [ListPartRef(sl, part) for sl in lists for part in sl.parts]


def list_markers(ds: Dataset, geo: GeoData, until: PartialDate | None = None) -> tuple[list[Marker], list[ListGroup]]:
    """The lists layer: one marker per place with the parts drawn there, and the groups without a place (each
    distinct title once), both largest first."""
    where = place_of_part(geo)
    placed: dict[str, list[ListPartRef]] = defaultdict(list)
    grouped: dict[str, list[ListPartRef]] = defaultdict(list)
    for ref in list_parts(ds, until):
        key = fold(ref.part.title.get("ru"))
        place = where.get(key)
        (placed[place.id] if place is not None else grouped[key]).append(ref)
    places = {p.id: p for p in geo.places}
    markers = []
    for pid, refs in placed.items():
        total = _sum(refs)
        markers.append(Marker(MapLayer.LISTS, pid, places[pid].name, places[pid].point, total.total, total,
                              tuple(refs), place=places[pid]))
    groups = [ListGroup(refs[0].part.title, _sum(refs), tuple(refs)) for refs in grouped.values()]
    markers.sort(key=lambda m: (-m.size, m.id))
    groups.sort(key=lambda g: (-g.counts.total, g.title.get("en")))
    return markers, groups


def _sum(refs: Iterable[ListPartRef]) -> CategoryCounts:
    total = NO_COUNTS
    for ref in refs:
        total = total + ref.part.counts
    return total


def site_people(ds: Dataset, site: Site) -> list[str]:
    """The people of the data shot or buried at a site: those the site names, and those whose death place names
    one of its aliases; in name order."""
    aliases = [fold(a) for a in site.aliases]
    found = {pid for pid in site.people if pid in ds.people}
    for person in ds.people.values():
        place = " | ".join(fold(t) for t in person.died.place.all_text())
        if place and any(a in place for a in aliases):
            found.add(person.id)
    return sorted(found, key=lambda pid: ds.people[pid].sort_name())


def site_markers(ds: Dataset, geo: GeoData, on: PartialDate | None = None) -> list[Marker]:
    """The killing fields in use by ``on`` (all without a date), sized by the people of the data there."""
    out = []
    for site in geo.sites:
        if on is not None and site.start > on.year:
            continue
        people = tuple(site_people(ds, site))
        out.append(Marker(MapLayer.SITES, site.id, site.name, site.point, len(people), people=people, site=site))
    return out


def camp_markers(geo: GeoData, on: PartialDate | None = None) -> list[Marker]:
    """The camps open on ``on`` (all without a date), sized by their largest count."""
    return [Marker(MapLayer.CAMPS, c.id, c.name, c.point, c.peak.prisoners if c.peak else 0, camp=c)
            for c in geo.camps if on is None or c.open_on(on)]


def place_for_text(geo: GeoData, text: LocalizedText) -> Place | None:
    """The gazetteer place a birth or death place names (its text before the first comma or bracket, in either
    language, equal to a place's name or alias, ignoring case); ``None`` when none does."""
    heads = {fold(t.split(",")[0].split("(")[0]) for t in text.all_text()} - {""}
    for place in geo.places:
        names = {fold(a) for a in (*place.aliases, *place.name.all_text())}
        if heads & names:
            return place
    return None


def people_of(ds: Dataset, which: PeopleFilter) -> list[Person]:
    """The people the people's layer shows for a filter, in name order."""
    from purges_desktop.domain.model import Fate  # noqa: PLC0415 - the model imports nothing of the map
    from purges_desktop.domain.queries import cohort_members  # noqa: PLC0415 - queries import the dataset

    people = list(ds.people.values())
    if which is PeopleFilter.EXECUTED:
        people = [p for p in people if p.fate is Fate.EXECUTED]
    elif which is PeopleFilter.CC_1934:
        members = set(cohort_members(ds, "central-committee", "congress-17"))
        people = [p for p in people if p.id in members and p.fate is Fate.EXECUTED]
    return sorted(people, key=lambda p: p.sort_name())


def people_markers(ds: Dataset, geo: GeoData, kind: PlaceKind, which: PeopleFilter,
                   ) -> tuple[list[Marker], list[Unplaced]]:
    """The people's layer: one marker per gazetteer place (or killing field, for death places) with the people
    born or dead there; the people whose place is given but not in the gazetteer are returned as unplaced."""
    site_of: dict[str, Site] = {}
    if kind is PlaceKind.DEATH:
        for site in geo.sites:
            for pid in site_people(ds, site):
                site_of.setdefault(pid, site)
    at: dict[str, list[str]] = defaultdict(list)
    where: dict[str, tuple[LocalizedText, GeoPoint]] = {}
    unplaced = []
    for person in people_of(ds, which):
        event = person.born if kind is PlaceKind.BIRTH else person.died
        site = site_of.get(person.id)
        if site is not None:
            key, label, point = f"site-{site.id}", site.name, site.point
        else:
            place = place_for_text(geo, event.place)
            if place is None:
                if event.place:
                    unplaced.append(Unplaced(person.id, event.place))
                continue
            key, label, point = place.id, place.name, place.point
        at[key].append(person.id)
        where[key] = (label, point)
    markers = [Marker(MapLayer.PEOPLE, key, where[key][0], where[key][1], len(ids), people=tuple(ids))
               for key, ids in at.items()]
    markers.sort(key=lambda m: (-m.size, m.id))
    return markers, unplaced


def map_content(ds: Dataset, geo: GeoData, *, on: PartialDate | None = None,
                people: PeopleFilter = PeopleFilter.ALL, kind: PlaceKind = PlaceKind.DEATH) -> MapContent:
    """Everything the map shows on a date (``None``: everything) for a choice of people."""
    lists, groups = list_markers(ds, geo, on)
    persons, unplaced = people_markers(ds, geo, kind, people)
    markers = [*lists, *site_markers(ds, geo, on), *camp_markers(geo, on), *persons]
    return MapContent(tuple(markers), tuple(groups), tuple(unplaced))


# ---- checks


def check_geo(geo: GeoData, records: Records) -> list[Problem]:
    """The map data's cross-checks: ids unique, sources and people known, every point inside the outline (or the
    place says why not), every list-part title of the gazetteer found on some list."""
    problems: list[Problem] = []
    source_ids = {s.id for s in records.sources}
    people_ids = {p.id for p in records.people}
    part_titles = {fold(part.title.get("ru")) for sl in records.shooting_lists for part in sl.parts}

    def warn(origin: Origin, message: str, code: str, severity: Severity = Severity.WARNING) -> None:
        problems.append(Problem(origin, severity, message, code))

    seen: dict[str, Origin] = {}
    for kind, records_ in (("place", geo.places), ("site", geo.sites), ("camp", geo.camps)):
        for rec in records_:
            if rec.id in seen:
                warn(rec.origin, f"{kind} id {rec.id!r} is used twice in the map data (first at {seen[rec.id]})",
                     "duplicate-id", Severity.ERROR)
            seen.setdefault(rec.id, rec.origin)
            refs = [*rec.sources, *(r for loc in getattr(rec, "locations", ()) for r in loc.sources)]
            for ref in refs:
                if ref.source not in source_ids:
                    warn(rec.origin, f"{kind} {rec.id!r} cites unknown source {ref.source!r}", "unknown-source")
    claimed: dict[str, str] = {}
    for place in geo.places:
        if not geo.outline.contains(place.point) and not place.outside and geo.outline.shapes:
            warn(place.origin, f"place {place.id!r} ({place.point.lat}, {place.point.lon}) lies outside the map's "
                 "outline; fix the coordinates or say why in 'outside'", "outside-outline")
        for title in place.parts:
            key = fold(title)
            if key not in part_titles:
                warn(place.origin, f"place {place.id!r}: no list has a part titled {title!r}", "unknown-list-part")
            if key in claimed and claimed[key] != place.id:
                warn(place.origin, f"the list part {title!r} is placed at both {claimed[key]!r} and {place.id!r}",
                     "duplicate-list-part", Severity.ERROR)
            claimed.setdefault(key, place.id)
    for site in geo.sites:
        for pid in site.people:
            if pid not in people_ids:
                warn(site.origin, f"site {site.id!r} names unknown person {pid!r}", "unknown-reference")
        for loc in site.locations:
            if geo.outline.shapes and not geo.outline.contains(loc.point):
                warn(site.origin, f"site {site.id!r}: ({loc.point.lat}, {loc.point.lon}) lies outside the map's "
                     "outline", "outside-outline")
        if site.end < site.start:
            warn(site.origin, f"site {site.id!r} ends ({site.end}) before it starts ({site.start})", "bad-dates")
    for camp in geo.camps:
        if geo.outline.shapes and not geo.outline.contains(camp.point):
            warn(camp.origin, f"camp {camp.id!r}: its headquarters lie outside the map's outline", "outside-outline")
        if camp.end is not None and camp.end.latest() < camp.start.earliest():
            warn(camp.origin, f"camp {camp.id!r} ends before it starts", "bad-dates")
    return problems
