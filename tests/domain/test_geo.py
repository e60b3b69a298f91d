"""The map's data and questions: every point inside the outline or explained, the lists' counts on the map equal
the lists data, killing fields find their people, the date slider's filters, the projection."""

from __future__ import annotations

import pytest

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.geo import (
    GeoPoint,
    MapLayer,
    PeopleFilter,
    PlaceKind,
    camp_markers,
    check_geo,
    fold,
    list_markers,
    map_content,
    people_markers,
    place_for_text,
    project,
)
from purges_desktop.domain.lists import category_totals
from purges_desktop.domain.text import LocalizedText


@pytest.fixture(scope="module")
def ds(bundled):
    return bundled.dataset


def test_the_bundled_map_data_loads_without_problems(ds) -> None:
    geo = ds.geo
    assert len(geo.outline.shapes) >= 2 and geo.places and geo.sites and geo.camps
    assert [p for p in ds.problems if p.origin.file.startswith("map/")] == []
    assert check_geo(geo, ds.records) == []


def test_every_point_lies_inside_the_outline_or_says_why(ds) -> None:
    geo = ds.geo
    for place in geo.places:
        assert geo.outline.contains(place.point) or place.outside, place.id
    for site in geo.sites:
        assert all(geo.outline.contains(loc.point) for loc in site.locations), site.id
    for camp in geo.camps:
        assert geo.outline.contains(camp.point), camp.id
    # and the test can fail: a point in the Pacific is outside, one in Siberia inside
    assert not geo.outline.contains(GeoPoint(40.0, -150.0))
    assert geo.outline.contains(GeoPoint(60.0, 100.0))
    assert geo.outline.contains(GeoPoint(66.0, -175.0))  # Chukotka, across the 180th meridian


def test_the_not_soviet_areas_are_drawn_apart(ds) -> None:
    outline = ds.geo.outline
    not_1937 = [s for s in outline.shapes if s.role.value == "not-1937"]
    names = {s.name.get("en") for s in not_1937}
    assert {"Estonia", "Latvia", "Lithuania", "South Sakhalin", "Kuril Islands"} <= names
    riga = GeoPoint(56.95, 24.1)
    assert any(_inside(s, riga) for s in not_1937)
    assert not any(_inside(s, GeoPoint(55.75, 37.62)) for s in not_1937)  # Moscow


def _inside(shape, point) -> bool:
    from purges_desktop.domain.geo import Outline

    return Outline((shape,)).contains(point)


def test_counts_on_the_map_equal_the_lists_data(ds) -> None:
    markers, groups = list_markers(ds, ds.geo)
    on_map = sum(m.counts.total for m in markers) + sum(g.counts.total for g in groups)
    assert on_map == category_totals(ds).total
    first = sum(m.counts.first for m in markers) + sum(g.counts.first for g in groups)
    assert first == category_totals(ds).first
    parts = sum(len(m.parts) for m in markers) + sum(len(g.parts) for g in groups)
    assert parts == sum(len(sl.parts) for sl in ds.shooting_lists.values())


def test_regions_sit_at_their_centres_and_groups_are_not_placed(ds) -> None:
    markers, groups = list_markers(ds, ds.geo)
    by_id = {m.id: m for m in markers}
    moscow = by_id["moscow"]
    assert any(r.part.title.get("ru") == "Москва-центр" for r in moscow.parts)
    assert moscow.counts.total == max(m.counts.total for m in markers)
    titles = {fold(g.title.get("ru")) for g in groups}
    assert fold("VII Быв.работники НКВД") in titles and fold("Список") in titles
    assert not titles & {fold(t) for p in ds.geo.places for t in p.parts}


def test_the_date_shows_the_lists_signed_up_to_that_day(ds) -> None:
    early, _ = list_markers(ds, ds.geo, PartialDate(1937, 3))
    later, _ = list_markers(ds, ds.geo, PartialDate(1938, 12))
    assert 0 < sum(m.counts.total for m in early) < sum(m.counts.total for m in later)
    for m in early:
        assert all(r.list.date is not None and r.list.date.earliest() <= (1937, 3, 31) for r in m.parts)


def test_camps_open_on_a_date(ds) -> None:
    ids = {m.id for m in camp_markers(ds.geo, PartialDate(1933, 6))}
    assert {"belbaltlag", "dmitlag", "siblag", "solovki", "temlag"} <= ids
    assert "norillag" not in ids  # founded 1935
    assert "dmitlag" not in {m.id for m in camp_markers(ds.geo, PartialDate(1939))}  # closed January 1938


def test_killing_fields_find_the_people_whose_death_place_names_them(ds) -> None:
    content = map_content(ds, ds.geo)
    sites = {m.id: m for m in content.of(MapLayer.SITES)}
    assert "bukharin" in sites["kommunarka"].people
    assert "rakovsky" in sites["medvedev-forest"].people
    assert sites["kommunarka"].size == len(sites["kommunarka"].people)
    assert "medvedev-forest" not in {m.id for m in map_content(ds, ds.geo, on=PartialDate(1938)).of(MapLayer.SITES)}


def test_peoples_places_and_the_filter_of_the_1934_central_committee(ds) -> None:
    everyone, unplaced = people_markers(ds, ds.geo, PlaceKind.DEATH, PeopleFilter.ALL)
    cc, _ = people_markers(ds, ds.geo, PlaceKind.DEATH, PeopleFilter.CC_1934)
    assert 0 < sum(m.size for m in cc) < sum(m.size for m in everyone)
    placed = {pid for m in everyone for pid in m.people}
    assert not placed & {u.person for u in unplaced}
    assert "site-kommunarka" in {m.id for m in cc}
    born, _ = people_markers(ds, ds.geo, PlaceKind.BIRTH, PeopleFilter.ALL)
    assert "gori" in {m.id for m in born}  # Stalin, born in Gori


def test_a_place_is_found_by_the_text_before_the_comma(ds) -> None:
    geo = ds.geo
    assert place_for_text(geo, LocalizedText.of("Saratov", "Саратов")).id == "saratov"
    assert place_for_text(geo, LocalizedText.of("Gori, Tiflis Governorate")).id == "gori"
    assert place_for_text(geo, LocalizedText.of("Nowhere-on-Sea")) is None


def test_the_projection_is_centred_on_100_east() -> None:
    x, _y = project(100, 55)
    assert x == pytest.approx(0, abs=1e-6)
    west, east = project(40, 55), project(160, 55)
    assert west[0] == pytest.approx(-east[0])
    # equidistant along meridians: 1° of latitude is about 111 km
    assert project(100, 56)[1] - project(100, 55)[1] == pytest.approx(111.2, rel=0.01)
    assert project(-170, 65) == pytest.approx(project(190, 65))


def test_every_map_layer_has_a_citable_title() -> None:
    from purges_desktop.domain.citation import MAP_LAYER_TITLES, page_title
    from purges_desktop.domain.links import parse_uri

    assert set(MAP_LAYER_TITLES) == {layer.value for layer in MapLayer}
    assert page_title(None, parse_uri("map/camps"), "ru") == "Карта: Лагеря"
    assert page_title(None, parse_uri("map"), "en") == "Map"
