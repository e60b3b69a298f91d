"""The Map tab: the text list matches the map, a tap opens the right page, labels never overlap, the date slider
and the layer links, tap targets in the kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QUrl

from purges_desktop.domain.geo import MapLayer
from purges_desktop.domain.links import Kind, Location, link_to, parse_uri
from purges_desktop.views.map_canvas import KEEP_CLEAR
from purges_desktop.views.map_tab import MONTHS, MapTab, slider_date


@pytest.fixture
def tab(qtbot, language, bundled):
    t = MapTab(language)
    qtbot.addWidget(t)
    t.resize(1366, 720)
    t.show()
    qtbot.waitExposed(t)
    t.set_data(bundled)
    t.canvas.repaint()
    return t


def test_the_text_list_names_everything_on_the_map(tab) -> None:
    text = tab.side.page_text()
    markers = tab.canvas.markers()
    assert {m.layer for m in markers} == {MapLayer.LISTS, MapLayer.SITES, MapLayer.CAMPS}
    for layer in (MapLayer.LISTS, MapLayer.SITES, MapLayer.CAMPS):
        shown = [m for m in markers if m.layer is layer]
        assert f"({len(shown)})" in text
    for m in markers:
        assert m.name.get("en") in text, m.id
    for group in tab.content.groups:
        assert group.title.get("en") in text  # the groups without a place are listed beside the map
    assert "Everything on the map" in text and "approximation" in text


def test_the_text_list_follows_the_layers(tab) -> None:
    tab.layer_boxes[MapLayer.CAMPS].setChecked(False)
    tab.layer_boxes[MapLayer.PEOPLE].setChecked(True)
    text = tab.side.page_text()
    assert "Siblag" not in text and all(m.layer is not MapLayer.CAMPS for m in tab.canvas.markers())
    assert "People's places" in text and "Not placed" in text


def test_a_tap_on_a_region_shows_its_lists_and_a_list_link_opens_the_list(tab, qtbot) -> None:
    pos = tab.canvas.marker_position(MapLayer.LISTS, "sverdlovsk")
    assert pos is not None
    qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    text = tab.side.page_text()
    assert text.startswith("← Everything on the map") and "Sverdlovsk (Yekaterinburg)" in text
    assert "Signed by" in text and "Stalin" in text
    html = tab.side.document().toHtml()
    assert 'href="list/list-4"' in html  # list 4 of 19 March 1937: Sverdlovsk Region
    with qtbot.waitSignal(tab.link_activated) as blocker:
        tab.side.anchorClicked.emit(QUrl(link_to(Kind.LIST, "list-4")))
    assert blocker.args == ["list/list-4"]


def test_a_tap_on_a_killing_field_names_its_people(tab, qtbot) -> None:
    tab.layer_boxes[MapLayer.LISTS].setChecked(False)
    tab.canvas.repaint()
    pos = tab.canvas.marker_position(MapLayer.SITES, "sandarmokh")
    qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    text = tab.side.page_text()
    assert "Sandarmokh" in text and "Les Kurbas" in text and "Sources" in text
    assert "Years of use: 1937–1938" in text


def test_back_to_the_list_of_everything(tab, qtbot) -> None:
    pos = tab.canvas.marker_position(MapLayer.LISTS, "kiev")
    qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    tab.side.anchorClicked.emit(QUrl(link_to(Kind.MAP)))
    assert tab.side.page_text().startswith("Everything on the map")


def test_labels_never_overlap(tab) -> None:
    for zoom in (1.0, 3.0):
        tab.canvas.reset_view()
        tab.canvas.zoom_by(zoom, tab.canvas.marker_position(MapLayer.LISTS, "moscow"))  # the crowded west
        tab.canvas.repaint()
        labels = [p.label for p in tab.canvas.placed() if p.label is not None]
        assert len(labels) > 10
        for i, a in enumerate(labels):
            assert not any(a.intersects(b) for b in labels[i + 1:])
        circles = tab.canvas.placed()
        for placed in circles:
            if placed.label is None:
                continue
            for other in circles:
                if other is placed:
                    continue
                c, k = other.centre, min(other.radius, KEEP_CLEAR)
                assert not placed.label.intersects(QRectF(c.x() - k, c.y() - k, 2 * k, 2 * k))


def test_the_date_slider_shows_what_existed_then(tab) -> None:
    everything = sum(m.counts.total for m in tab.canvas.markers() if m.layer is MapLayer.LISTS)
    tab.slider.setValue((1937 - 1923) * 12 + 2)  # March 1937
    assert slider_date(tab.slider.value()).iso() == "1937-03"
    assert tab.date_label.text() == "March 1937"
    march = sum(m.counts.total for m in tab.canvas.markers() if m.layer is MapLayer.LISTS)
    assert 0 < march < everything
    camps = {m.id for m in tab.canvas.markers() if m.layer is MapLayer.CAMPS}
    assert "norillag" in camps and "vorkutlag" in camps and "solovki" in camps
    tab.slider.setValue((1933 - 1923) * 12)
    assert "norillag" not in {m.id for m in tab.canvas.markers()}
    assert not [m for m in tab.canvas.markers() if m.layer is MapLayer.LISTS]  # no list before 1937
    tab.slider.setValue(MONTHS)
    assert tab.date_label.text() == "All years"


def test_map_links_choose_a_layer(tab) -> None:
    assert parse_uri("map") == Location(Kind.MAP)
    assert tab.show_location(parse_uri("map/camps"))
    assert {m.layer for m in tab.canvas.markers()} == {MapLayer.CAMPS}
    assert not tab.show_location(Location(Kind.MAP, "nowhere"))
    tab.reset()
    assert {m.layer for m in tab.canvas.markers()} == {MapLayer.LISTS, MapLayer.SITES, MapLayer.CAMPS}


def test_the_people_filter_shows_where_the_1934_central_committee_was_shot(tab) -> None:
    tab.show_location(parse_uri("map/people"))
    everyone = sum(m.size for m in tab.canvas.markers())
    tab.people_box.setCurrentIndex(tab.people_box.findData("cc-1934"))
    shot = {m.id: m.size for m in tab.canvas.markers()}
    assert 0 < sum(shot.values()) < everyone
    assert shot["site-kommunarka"] > 0


def test_the_kiosk_gives_every_marker_a_44_pixel_target(tab, qtbot) -> None:
    tab.set_kiosk(True)
    tab.layer_boxes[MapLayer.LISTS].setChecked(False)
    tab.canvas.repaint()
    small = min(tab.canvas.placed(), key=lambda p: p.radius)
    assert small.radius < 22
    near = small.centre + QPointF(0, 21)
    assert tab.canvas.marker_at(near) is not None
    tab.set_kiosk(False)
    assert tab.canvas.marker_at(small.centre + QPointF(0, 21)) is None or small.radius >= 12


def test_wheel_keys_and_drag_move_the_map(tab, qtbot) -> None:
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Plus)
    assert tab.canvas.zoom == pytest.approx(1.5)
    before = tab.canvas.marker_position(MapLayer.LISTS, "moscow")
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    after = tab.canvas.marker_position(MapLayer.LISTS, "moscow")
    assert after.x() < before.x()
    start = QPoint(600, 300)
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.canvas, start + QPoint(60, 40))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 40))
    moved = tab.canvas.marker_position(MapLayer.LISTS, "moscow")
    assert moved.x() > after.x() and moved.y() > after.y()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_0)
    assert tab.canvas.zoom == 1.0


def test_the_printable_document_is_the_text_list(tab) -> None:
    doc = tab.printable()
    assert "Everything on the map" in doc.toPlainText() and "Moscow" in doc.toPlainText()
