"""The Numbers tab on the bundled dataset: what it shows equals the data, every chart has its table and exports,
deep links reach sections and lists, and person pages name the lists."""

from __future__ import annotations

import csv
import io
import itertools

import pytest
from PySide6.QtCore import Qt

from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.links import Kind, Location, parse_uri
from purges_desktop.domain.lists import category_totals, lists_by_date, signature_totals
from purges_desktop.domain.numbers import cohort_seats, yearly_tables


@pytest.fixture
def window(bundled_window):
    bundled_window.nav.open("numbers")
    return bundled_window


def _numbers(window):
    return window.tabs.tab(Kind.NUMBERS)


def test_the_numbers_tab_is_the_fifth_and_opens_on_1937_38(window) -> None:
    assert window.tabs.tabText(4) == "Numbers"
    tab = _numbers(window)
    assert tab.stack.currentWidget() is tab.section("great-terror").widget
    text = tab.section("great-terror").page.page_text()
    ds = window.data.dataset
    shot = next(f for f in ds.records.figures if f.id == "great-terror-shot-1937-1938")
    assert f"{shot.value:,}" in text and shot.title.get("en") in text and shot.counts.get("en") in text


def test_the_yearly_chart_and_its_table_show_the_data(window, qtbot) -> None:
    assert window.nav.open("numbers/by-year")
    tab = _numbers(window)
    table = yearly_tables(window.data.dataset)[0]
    headers, rows = tab.year_chart.rows()
    assert [r[0] for r in rows] == list(table.years)
    death = next(s for s in table.series if s.key == "death")
    assert [r[2] for r in rows] == list(death.values)
    section = tab.section("by-year")
    qtbot.mouseClick(section.table_button, Qt.MouseButton.LeftButton)
    assert section.chart_stack.currentWidget() is section.table_box
    model = section.table_models[0]
    assert model.rowCount() == len(table.years)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == headers
    row_1937 = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "1937")
    assert model.index(row_1937, 2).data() == "353,074"
    assert "799,267" in section.page.page_text() and "799,257" in section.page.page_text(), \
        "rows that do not add up to the printed total are said so"


def test_switching_the_yearly_table_shows_the_other_series(window) -> None:
    tab = _numbers(window)
    tables = yearly_tables(window.data.dataset)
    assert len(tables) >= 2
    tab.series_box.setCurrentIndex(1)
    assert tab.year_chart.title == tables[1].statistic.title.get("en")
    assert [r[1] for r in tab.year_chart.rows()[1]] == list(tables[1].series[0].values)


def test_the_lists_section_matches_memorials_totals(window, qtbot) -> None:
    window.nav.open("numbers/lists")
    tab = _numbers(window)
    ds = window.data.dataset
    bars = {row[0]: row[2] for row in tab.signatures.rows()[1]}
    assert bars == dict(signature_totals(ds))
    assert bars["molotov"] == 372 and bars["stalin"] == 357
    totals = category_totals(ds)
    assert f"{totals.total:,}" in tab.section("lists").page.page_text()
    days = [(date, lists) for date, lists in lists_by_date(ds) if date.day is not None]
    rows = tab.calendar.rows()[1]
    assert len(rows) == len(days), "one circle per day"
    section = tab.section("lists")
    assert [m.rowCount() for m in section.table_models] == [len(days), len(bars)], "a table for each chart"
    assert sum(r[2] for r in rows) == sum(sl.counts.total for _d, lists in days for sl in lists)
    with qtbot.waitSignal(window.nav.location_changed) as blocker:
        tab.calendar.item_activated.emit("list-92")
    assert blocker.args[0] == Location(Kind.LIST, "list-92")
    page = tab.list_page.page_text()
    assert tab.stack.currentWidget() is tab.list_page
    assert "РГАСПИ ф. 17 оп. 171 д. 412" in page and "Joseph Stalin" in page
    assert "Nikolai Bukharin" in page, "people of the dataset on the list are named"


def test_the_1934_central_committee_has_139_marks_coloured_by_fate(window) -> None:
    window.nav.open("numbers/congress-1934")
    tab = _numbers(window)
    _cohort, seats = cohort_seats(window.data.dataset)
    assert len(tab.seats.marks) == 139 == len(seats)
    executed = sum(1 for s in seats if s.fate == "executed")
    assert tab.seats.counts()["executed"] == executed > 50
    person = next(s.person for s in seats if s.person)
    tab.seats.mark_activated.emit(person)
    assert window.nav.current == Location(Kind.PERSON, person)


def test_a_chart_exports_csv_png_and_svg_through_the_application(window, qtbot) -> None:
    tab = _numbers(window)
    window.nav.open("numbers/by-year")
    section = tab.section("by-year")
    got = []
    window.tabs.export_requested.connect(lambda name, content: got.append((name, content)))
    for button in section.exports:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    names = [name for name, _ in got]
    assert names == ["by-year.csv", "by-year.png", "by-year.svg"]
    rows = list(csv.reader(io.StringIO(got[0][1].decode("utf-8"))))
    assert rows[0] == tab.year_chart.rows()[0]
    assert rows[1][0] == "1921"
    assert got[1][1][:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in got[2][1]


def test_the_export_folder_writes_and_never_overwrites(tmp_path) -> None:
    from purges_desktop.application.exports import ExportFolder

    folder = ExportFolder(tmp_path / "out")
    first = folder.save("by-year.csv", b"a")
    second = folder.save("by-year.csv", b"b")
    assert first.read_bytes() == b"a" and second.read_bytes() == b"b" and first != second
    assert folder.save("../escape.csv", b"x") is None
    assert not (tmp_path / "escape.csv").exists()


def test_the_kiosk_offers_no_export_and_large_marks(qtbot, language, bundled) -> None:
    from purges_desktop.views.tabs_view import TabsView

    tabs = TabsView(Navigation(), language)
    qtbot.addWidget(tabs)
    tabs.set_kiosk(True)
    tabs.set_data(bundled)
    tab = tabs.tab(Kind.NUMBERS)
    assert all(not b.isVisibleTo(tab) for s in tab.sections.values() for b in s.exports)
    assert tab.seats.mark_size() >= 44


def test_unknown_sections_and_lists_are_not_shown(window) -> None:
    tab = _numbers(window)
    assert not tab.show_location(Location(Kind.NUMBERS, "no-such-section"))
    assert not tab.show_location(Location(Kind.LIST, "list-999999"))
    assert parse_uri("list/list-92") == Location(Kind.LIST, "list-92")


def test_person_pages_name_the_lists(window) -> None:
    ds = window.data.dataset
    on_list = next(e for e in ds.records.list_entries if e.person in ds.people)
    window.nav.open(f"person/{on_list.person}")
    page = window.people.detail.page_text()
    assert "On Stalin's lists" in page and "1st category" in page
    window.nav.open("person/molotov")
    page = window.people.detail.page_text()
    assert "Signed 372 of the lists" in page


def test_the_tab_switches_language(window, language) -> None:
    tab = _numbers(window)
    language.set("ru")
    assert window.tabs.tabText(4) == "Цифры"
    assert tab.section("by-year").button.text() == "По годам"
    assert "1 548 367" in tab.section("great-terror").page.page_text().replace("\xa0", " ")


def test_a_list_page_links_the_other_lists_of_its_day(window) -> None:
    ds = window.data.dataset
    _date, lists = next((d, ls) for d, ls in lists_by_date(ds) if d.day is not None and len(ls) > 1)
    window.nav.open(f"list/{lists[0].id}")
    page = _numbers(window).list_page.page_text()
    assert "Other lists of the same day" in page
    assert lists[1].title.get("en") in page


def test_every_published_figure_is_on_some_section(window) -> None:
    tab = _numbers(window)
    pages = "\n".join(s.page.page_text() for s in tab.sections.values())
    missing = [f.id for f in window.data.dataset.records.figures if f.title.get("en") not in pages]
    assert not missing


def test_the_attract_screen_alternates_people_with_numbers_in_both_languages(qtbot, bundled, language) -> None:
    from purges_desktop.views.attract import AttractScreen

    screen = AttractScreen(("en", "ru"), 8)
    qtbot.addWidget(screen)
    screen.set_items(bundled, ("bukharin", "yezhov"), (), "en", ("great-terror-shot-1937-1938",))
    shown: dict[str, str] = {}
    links = []
    for _ in range(6):
        links.append(screen.current_uri())
        shown[screen.current_uri()] = screen.card.page_text()
        screen.next_item()
    # People, then the first card of a story (the bundled data has stories), then numbers, in turn.
    people = [u for u in links if u.startswith("person/")]
    numbers = [u for u in links if u.startswith("numbers/")]
    assert people[:2] == ["person/bukharin", "person/yezhov"]
    assert numbers[:2] == ["numbers/great-terror", "numbers/lists"]
    assert any(u.startswith("story/") for u in links)
    assert all(not (a.startswith("person/") and b.startswith("person/")) for a, b in itertools.pairwise(links))
    assert "681,692" in shown["numbers/great-terror"]
    text = shown["numbers/great-terror"]
    assert "Shot in 1937–1938" in text and "Расстреляно в 1937–1938" in text, "both languages"
    text = shown["numbers/lists"]
    assert "of Stalin's shooting lists" in text and "сталинских расстрельных списков" in text
    screen.stop()


def test_each_figure_is_on_the_section_its_topic_names(window) -> None:
    """The attract screen and the bibliography link a figure to numbers/<TOPIC_SECTIONS[topic]>: it must be there."""
    from purges_desktop.domain.model import TOPIC_SECTIONS

    tab = _numbers(window)
    for f in window.data.dataset.records.figures:
        page = tab.section(TOPIC_SECTIONS[f.topic]).page.page_text()
        assert f.title.get("en") in page, (f.id, f.topic)
