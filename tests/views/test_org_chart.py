"""The organisation chart: cards change with the date, clicks and keys open people, zoom works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QPalette

from purges_desktop.app.qt_setup import apply_kiosk_style
from purges_desktop.application.dataset_controller import load_data
from purges_desktop.domain.kiosk import KioskSettings
from purges_desktop.domain.links import parse_uri
from purges_desktop.domain.queries import chart_bodies
from purges_desktop.views.org_tab import OrgTab
from purges_desktop.views.people_tab import PeopleTab
from tests.edits import replace_in

BUNDLED = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def tab(qtbot, tiny_data, language):
    t = OrgTab(language)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    t.show()
    t.set_data(tiny_data)
    return t


@pytest.fixture
def kiosk_style(qapp):
    """The kiosk's style sheet (font sizes in pixels) on the application; the previous style afterwards."""
    sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    apply_kiosk_style(qapp, KioskSettings())
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _people(tab) -> list[str]:
    return [m.person for _, m in tab.canvas.cards()]


def test_the_chart_follows_the_date(tab) -> None:
    tab.set_date(QDate(1935, 6, 1))
    assert _people(tab) == ["yagoda"]
    tab.set_date(QDate(1937, 6, 1))
    assert _people(tab) == ["yezhov"]
    tab.set_date(QDate(1939, 6, 1))
    assert _people(tab) == ["beria"]


def test_clicking_a_card_opens_the_person(tab, qtbot) -> None:
    tab.set_date(QDate(1937, 6, 1))
    card, _ = tab.canvas.cards()[0]
    with qtbot.waitSignal(tab.link_activated) as blocker:
        qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(card.x + 20), int(card.y + 10)))
    assert blocker.args == ["person/yezhov"]


def test_keyboard_reaches_every_card_and_zooms(tab, qtbot) -> None:
    tab.set_date(QDate(1936, 9, 26))  # Yagoda hands over to Yezhov that day: both cards
    assert len(tab.canvas.cards()) == 2
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    first = tab.canvas.focused_person()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    assert {first, tab.canvas.focused_person()} == {"yagoda", "yezhov"}
    with qtbot.waitSignal(tab.link_activated):
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Return)
    width = tab.canvas.cards()[0][0].w
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Plus)
    assert tab.canvas.cards()[0][0].w > width


def test_cards_do_not_move_when_the_date_moves_within_a_tenure(tab) -> None:
    tab.set_date(QDate(1937, 1, 1))
    before = [c for c, _ in tab.canvas.cards()]
    tab.set_date(QDate(1938, 1, 1))
    assert [c for c, _ in tab.canvas.cards()] == before


def test_deep_link_scrolls_to_the_organ_and_sets_the_date(qtbot, tiny_dir, language) -> None:
    from purges_desktop.application.dataset_controller import load_data

    # A second organ, drawn below the NKVD (no organ has a chart position: file order): Yezhov was a candidate
    # member of the Politburo from October 1937 until the 18th Congress (March 1939).
    (tiny_dir / "politburo.yaml").write_text(
        "bodies:\n  - {id: politburo, name: Politburo, kind: party, sources: [wp-en-nikolai-yezhov]}\n"
        "memberships:\n  - {person: yezhov, body: politburo, role: candidate, from: 1937-10-12, to: 1939-03,"
        " sources: [wp-en-nikolai-yezhov]}\n", encoding="utf-8")
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.resize(900, 260)
    tab.show()
    tab.set_data(load_data(tiny_dir))
    assert tab.show_location(parse_uri("body/politburo@1938-01-01"))
    assert tab.date().toString("yyyy-MM-dd") == "1938-01-01"
    top = tab.canvas.section_top("politburo")
    assert top > tab.canvas.section_top("nkvd") >= 0
    assert tab.scroll.verticalScrollBar().value() == min(top, tab.scroll.verticalScrollBar().maximum()) > 0


def test_text_list_alternative(tab) -> None:
    tab.set_date(QDate(1935, 6, 1))
    tab.view_button.click()
    assert tab.stack.currentWidget() is tab.page
    assert "Genrikh Yagoda" in tab.page.page_text()
    assert "Nikolai Yezhov" not in tab.page.page_text()
    tab.set_date(QDate(1937, 6, 1))  # the list follows the date like the chart
    assert "Nikolai Yezhov" in tab.page.page_text()
    assert "Genrikh Yagoda" not in tab.page.page_text()


def test_dragging_the_chart_scrolls_it(tab, qtbot) -> None:
    tab.resize(600, 300)
    tab.set_date(QDate(1936, 9, 26))
    bar = tab.scroll.verticalScrollBar()
    assert bar.maximum() > 60, "the chart must be taller than its window for this test"
    bar.setValue(bar.maximum())
    before = bar.value()
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseMove(tab.canvas, QPoint(300, 260))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 260))
    assert bar.value() == before - 60  # the chart follows the finger


def _listed_organs(tab) -> list[str]:
    """The organs of the text list, in order (each heading links to its body)."""
    return re.findall(r'href="body/([a-z0-9-]+)"', tab.page.toHtml())


def test_the_chart_its_text_list_and_the_organ_filter_show_the_same_organs(qtbot, language) -> None:
    data = load_data(BUNDLED)
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.set_data(data)
    tab.set_date(QDate(1953, 1, 1))  # the Presidium has replaced the Politburo
    drawn = [b.id for b in chart_bodies(data.dataset) if tab.canvas.section_top(b.id) >= 0]
    assert "presidium" in drawn and "politburo" not in drawn
    tab.view_button.click()
    assert _listed_organs(tab) == drawn
    tab.set_date(QDate(1937, 6, 1))
    assert _listed_organs(tab) == [b.id for b in chart_bodies(data.dataset) if tab.canvas.section_top(b.id) >= 0]
    people = PeopleTab(language)
    qtbot.addWidget(people)
    people.set_data(data)
    organs = [people.organ_box.itemData(i) for i in range(people.organ_box.count())]
    assert organs[1:len(chart_bodies(data.dataset)) + 1] == [b.id for b in chart_bodies(data.dataset)]
    assert "presidium" in organs


def test_a_dataset_without_key_dates_or_a_counted_cohort_shows_neither(tab) -> None:
    assert [tab.jumps.itemText(i) for i in range(tab.jumps.count())] == ["Key dates…"]
    assert tab.canvas.cohort_line() == ""
    tab.view_button.click()
    assert "recorded here" not in tab.page.page_text()
    assert _listed_organs(tab) == ["nkvd"]  # no organ is charted in the data: all are, in file order


def test_key_dates_and_the_cohort_summary_come_from_the_data(qtbot, tiny_dir, language) -> None:
    replace_in(tiny_dir, "trials.yaml", "    category: secret_police\n", "    category: secret_police\n"
               "    key_date: true\n")
    replace_in(tiny_dir, "bodies.yaml", "to: 1938-11-25, end_reason: removed,",
               "to: 1938-11-25, end_reason: removed, cohort: c17,")
    replace_in(tiny_dir, "bodies.yaml", "memberships:\n", "figures:\n  - {id: f, title: Heads shot, value: 1, "
               "counts: heads of the NKVD shot, cohort: {body: nkvd, cohort: c17, label: NKVD heads of 1936},"
               " sources: [wp-en-nikolai-yezhov]}\nmemberships:\n")
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.set_data(load_data(tiny_dir))
    assert tab.data.dataset.problems == ()
    assert tab.jumps.itemText(1) == "Yezhov replaces Yagoda at the head of the NKVD (26 September 1936)"
    tab.jumps.setCurrentIndex(1)
    tab.jumps.activated.emit(1)
    assert tab.date() == QDate(1936, 9, 26)
    assert tab.canvas.cohort_line().startswith("NKVD heads of 1936: of the 1 people recorded here: executed 1.")
    assert "Published figure: 1 (heads of the NKVD shot)" in tab.canvas.cohort_line()
    tab.view_button.click()
    assert "NKVD heads of 1936: of the 1 people recorded here:" in tab.page.page_text()
    language.set("ru")
    assert tab.jumps.itemText(1) == "Ежов сменяет Ягоду во главе НКВД (26 сентября 1936)"


def test_the_cohort_line_wraps_instead_of_being_cut(qtbot, language) -> None:
    """The one number the chart quotes (the 1934 Central Committee's fates) is never cut off with '…': the legend
    grows to fit it, so a narrower chart starts its organs lower."""
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.set_data(load_data(BUNDLED))
    line = tab.canvas.cohort_line()
    assert "Published figure: 98" in line
    tab.show()
    tops = []
    for width in (2400, 1000):
        tab.resize(width, 700)
        qtbot.waitUntil(lambda w=width: w - 100 <= tab.canvas.width() <= w)
        tops.append(min(c.y for c, _m in tab.canvas.cards()))
    assert tops[1] > tops[0]


def test_the_chart_paints_in_the_kiosk_style_with_larger_titles(kiosk_style, qtbot, tiny_data, language) -> None:
    """The kiosk's style sheet sizes fonts in pixels, so a font's point size is -1 there: scaling that for the section
    titles made Qt log "QFont::setPointSizeF: Point size <= 0" on every paint (pytest-qt fails on the warning) and
    drew the titles no larger than the cards."""
    del kiosk_style
    t = OrgTab(language)
    qtbot.addWidget(t)
    t.set_kiosk(True)
    t.resize(1920, 1000)
    t.show()
    t.set_data(tiny_data)
    t.set_date(QDate(1936, 9, 26))
    image = t.canvas.grab().toImage()  # paints every section title and card
    assert not image.isNull() and len(t.canvas.cards()) == 2
    body = t.canvas.font()
    assert body.pixelSize() >= 22, "the kiosk's large type reaches the chart"
    title = t.canvas.title_font(body)
    assert title.bold() and title.pixelSize() > body.pixelSize()
