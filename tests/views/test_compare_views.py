"""What a student compares and takes away: two dates on the organisation chart, two people side by side, and the
People list, a trial's defendants and the organs' members as CSV files."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from purges_desktop.domain.links import parse_uri
from purges_desktop.views.org_tab import OrgTab
from purges_desktop.views.people_tab import PeopleTab
from purges_desktop.views.trials_tab import TrialsTab


def _csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.fixture
def org(qtbot, bundled, language):
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.set_data(bundled)
    return tab


def test_the_comparison_opens_on_the_two_congresses_and_says_who_left_and_why(org) -> None:
    assert org.show_location(parse_uri("organization/compare"))
    assert org.stack.currentWidget() is org.comparison
    assert not org.slider.isVisible()  # the single date's controls step aside
    assert org.comparison.dates() == (QDate(1934, 2, 10), QDate(1939, 3, 21))
    text = org.comparison.page.toPlainText()
    assert "10 February 1934 compared with 21 March 1939" in text
    politburo = text[text.index("Political Bureau"):]
    # Three columns: who left (with why), who came, who stayed.
    assert politburo.index("Stanislav Kosior") < politburo.index("Nikita Khrushchev") < politburo.index("Joseph Stalin")
    assert "post ended 3 May 1938 (removed); ✕ Executed, 26 February 1939" in politburo
    assert org.printable() is org.comparison.document()


def test_a_key_pair_and_typed_dates_change_the_comparison(org, qtbot) -> None:
    org.compare_button.setChecked(True)
    combo = org.comparison.pairs
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("Death of Lenin"))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert org.comparison.dates()[0] == QDate(1924, 1, 21)
    org.comparison.second_edit.setDate(QDate(1937, 6, 1))
    assert "21 January 1924 compared with 1 June 1937" in org.comparison.page.toPlainText()
    org.compare_button.setChecked(False)
    assert org.stack.currentWidget() is org.scroll and org.slider.isVisible()


def test_the_comparison_exports_as_csv(org, qtbot) -> None:
    org.show_location(parse_uri("organization/compare"))
    with qtbot.waitSignal(org.export_requested) as blocker:
        qtbot.mouseClick(org.comparison.export_button, Qt.MouseButton.LeftButton)
    name, content = blocker.args
    assert name == "compare-1934-02-10-1939-03-21.csv"
    rows = _csv(content)
    assert any(r[4] == "kirov" and r[2] == "left" for r in rows[1:])


def test_the_members_on_a_date_export_as_csv_and_the_kiosk_exports_nothing(org, qtbot) -> None:
    org.set_date(QDate(1937, 1, 1))
    with qtbot.waitSignal(org.export_requested) as blocker:
        qtbot.mouseClick(org.export_button, Qt.MouseButton.LeftButton)
    name, content = blocker.args
    assert name == "members-1937-01-01.csv"
    assert {"stalin", "yezhov"} <= {r[4] for r in _csv(content)[1:]}
    org.set_kiosk(True)
    assert not org.export_button.isVisible()
    org.compare_button.setChecked(True)
    assert not org.comparison.export_button.isVisible()


def test_a_language_switch_rewrites_the_comparison(org, language) -> None:
    org.show_location(parse_uri("organization/compare"))
    language.set("ru")
    assert "10 февраля 1934" in org.comparison.page.toPlainText()
    assert org.comparison.first_label.text() != "Compare"


def test_reset_leaves_the_comparison(org) -> None:
    org.show_location(parse_uri("organization/compare"))
    org.comparison.second_edit.setDate(QDate(1940, 1, 1))
    org.reset()
    assert org.stack.currentWidget() is org.scroll
    assert not org.compare_button.isChecked()
    assert org.comparison.dates() == (QDate(1934, 2, 10), QDate(1939, 3, 21))


@pytest.fixture
def people(qtbot, bundled, language):
    tab = PeopleTab(language)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.set_data(bundled)
    return tab


def _ctrl_click(tab, person_id: str) -> None:
    row = tab.model.row_of(person_id)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    tab.table.selectionModel().select(tab.model.index(row, 0), flags)


def test_ctrl_click_on_a_second_person_compares_the_two(people) -> None:
    people.show_person("zinoviev")
    _ctrl_click(people, "kamenev")
    assert people.comparing == ("zinoviev", "kamenev")
    text = people.detail.toPlainText()
    assert text.startswith("Grigory Zinoviev and Lev Kamenev")
    assert "On one axis" in text and "Together" in text
    assert "First Moscow trial" in text or "trial" in text.lower()
    assert len(people.table.selectionModel().selectedRows()) == 2


def test_a_plain_click_ends_the_comparison(people, qtbot) -> None:
    people.show_person("zinoviev")
    _ctrl_click(people, "kamenev")
    with qtbot.waitSignal(people.link_activated) as blocker:
        people.table.selectRow(people.model.row_of("bukharin"))
    assert blocker.args == ["person/bukharin"]
    people.show_location(parse_uri(blocker.args[0]))
    assert people.comparing == ()
    assert "Nikolai Bukharin" in people.detail.toPlainText()[:40]


def test_the_people_list_exports_as_it_is_shown(people, qtbot) -> None:
    people.search.setText("kosior")
    people.apply_filter()
    with qtbot.waitSignal(people.export_requested) as blocker:
        qtbot.mouseClick(people.export_button, Qt.MouseButton.LeftButton)
    name, content = blocker.args
    rows = _csv(content)
    assert name == "people.csv"
    assert [r[0] for r in rows[1:]] == people.visible_ids()
    assert {"kosior-stanislav"} <= {r[0] for r in rows[1:]}
    assert len(rows) - 1 == people.model.rowCount() < people.model.total()


def test_the_kiosk_compares_nobody_and_exports_nothing(people) -> None:
    people.set_kiosk(True)
    assert not people.export_button.isVisible() and not people.compare_hint.isVisible()
    people.show_person("zinoviev")
    people.table.selectionModel().select(people.model.index(people.model.row_of("kamenev"), 0),
                                         QItemSelectionModel.SelectionFlag.Select)
    assert people.comparing == ()


def test_a_trials_defendants_export_as_csv(qtbot, bundled, language) -> None:
    tab = TrialsTab(language)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_data(bundled)
    assert not tab.export_button.isEnabled()
    tab.show_record("trial-1938")
    with qtbot.waitSignal(tab.export_requested) as blocker:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    name, content = blocker.args
    assert name == "trial-1938-defendants.csv"
    rows = _csv(content)
    assert len(rows) - 1 == len(bundled.dataset.trials["trial-1938"].defendants)
    assert "bukharin" in {r[1] for r in rows}
    tab.reset()
    assert not tab.export_button.isEnabled()
