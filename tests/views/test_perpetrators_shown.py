"""Who did what, where the data is shown: person pages, the People table and legend, the organisation chart."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from purges_desktop.qtmodels.labels import PERPETRATOR_MARK
from purges_desktop.qtmodels.people_model import PART, PeopleTableModel
from purges_desktop.views.org_tab import OrgTab
from purges_desktop.views.pages import org_page, person_page


def test_a_perpetrators_page_says_what_he_did_beside_his_fate(bundled, language) -> None:
    ds = bundled.dataset
    page = person_page(ds, ds.people["yezhov"], "en")
    assert "Part in the repression" in page and "NKVD chief 1936–1938" in page
    assert "signed shooting lists (" in page
    assert page.index("Part in the repression") < page.index("Fate")  # read first, beside the fate
    vyshinsky = person_page(ds, ds.people["vyshinsky"], "en")
    assert "judge 1928–1930" in vyshinsky and "prosecutor 1933–1939" in vyshinsky
    assert "Part in the repression" not in person_page(ds, ds.people["bukharin"], "en")


def test_the_people_table_marks_perpetrators_and_no_victim(bundled, language) -> None:
    model = PeopleTableModel()
    model.set_dataset(bundled.dataset, "en")
    part = {model.person_id(r): model.index(r, PART).data() for r in range(model.rowCount())}
    assert part["yagoda"].startswith(PERPETRATOR_MARK) and "NKVD chief" in part["yagoda"]
    assert part["ulrikh"] == f"{PERPETRATOR_MARK} judge"
    assert "signed shooting lists" in part["molotov"]
    assert part["bukharin"] == "" and part["zinoviev"] == ""
    assert model.headerData(PART, Qt.Orientation.Horizontal) == "Part in the repression"


def test_the_people_tab_explains_the_mark(qtbot, bundled, language) -> None:
    from purges_desktop.views.people_tab import PeopleTab

    tab = PeopleTab(language)
    qtbot.addWidget(tab)
    tab.set_data(bundled)
    tab.show()
    assert tab.legend.isVisible() and tab.legend.text().startswith(PERPETRATOR_MARK)
    assert "secret police" in tab.legend.text()


def test_the_chart_marks_yezhov_and_yagoda_but_not_their_victims(qtbot, bundled, language) -> None:
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    tab.set_data(bundled)
    tab.set_date(QDate(1936, 9, 26))  # Yagoda hands the NKVD to Yezhov
    people = {m.person for _, m in tab.canvas.cards()}
    assert {"yagoda", "yezhov", "bukharin"} <= people
    assert tab.canvas.perpetrator_part("yezhov") == "NKVD chief; signed shooting lists"
    assert "chief" in tab.canvas.perpetrator_part("yagoda")
    assert tab.canvas.perpetrator_part("bukharin") == ""
    assert PERPETRATOR_MARK in tab.canvas.perpetrator_legend()
    # the mark is drawn: a Yezhov card differs from the same card with his part forgotten
    card = next(c for c, m in tab.canvas.cards() if m.person == "yezhov")
    marked = tab.canvas.grab().toImage().copy(int(card.x) - 6, int(card.y) - 6, int(card.w) + 12, int(card.h) + 12)
    tab.canvas._parts.pop("yezhov")
    plain = tab.canvas.grab().toImage().copy(int(card.x) - 6, int(card.y) - 6, int(card.w) + 12, int(card.h) + 12)
    assert marked != plain


def test_the_text_list_marks_them_too(bundled, language) -> None:
    page = org_page(bundled.dataset, (1937, 6, 1), "en")
    assert f"{PERPETRATOR_MARK} NKVD chief" in page
