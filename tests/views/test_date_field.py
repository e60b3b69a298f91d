"""Date fields read what people type, show one style per language and say what they cannot read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.layout import ordinal
from purges_desktop.views.date_field import DateField
from purges_desktop.views.org_tab import OrgTab
from purges_desktop.views.people_tab import PeopleTab
from purges_desktop.views.timeline_tab import TimelineTab


def type_into(widget: QWidget, text: str) -> None:
    """Type text as key events (QTest.keyClicks aborts on letters outside ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def field(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    f = DateField(holder, read_after_ms=20)
    holder.show()
    yield f  # the holder stays referenced until the test ends


def test_enter_reads_the_date_and_shows_it_in_the_languages_style(field, qtbot) -> None:
    with qtbot.waitSignal(field.date_entered) as got:
        qtbot.keyClicks(field, "01.06.1937")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert got.args == [PartialDate(1937, 6, 1)]
    assert field.text() == "1 June 1937" and not field.is_invalid()
    field.set_language("ru")
    assert field.text() == "1 июня 1937"
    assert "1 июня 1937" in field.placeholderText()


def test_a_pause_in_typing_is_enough(field, qtbot) -> None:
    with qtbot.waitSignal(field.date_entered, timeout=2000) as got:
        type_into(field, "июня 1937")
    assert got.args == [PartialDate(1937, 6)]
    assert field.text() == "июня 1937"  # not rewritten under their fingers while they may still be typing


def test_what_cannot_be_read_is_said_beside_the_field_until_it_is_corrected(field, qtbot) -> None:
    with qtbot.assertNotEmitted(field.date_entered, wait=100):
        qtbot.keyClicks(field, "31 June 1937")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.is_invalid() and field.property("invalid")
    assert field.message.isVisible()
    assert "31 June 1937" in field.message.text() and "1 June 1937" in field.message.text()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert not field.is_invalid() and not field.message.isVisible()


def test_a_pause_never_shows_an_error_while_they_may_still_be_typing(field, qtbot) -> None:
    qtbot.keyClicks(field, "1 June 19")
    qtbot.wait(100)
    assert not field.is_invalid() and field.date() is None


def test_a_day_only_field_means_the_first_day(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    f = DateField(holder, day_only=True)
    holder.show()
    f.set_date(PartialDate(1937))
    assert f.date() == PartialDate(1937, 1, 1) and f.text() == "1 January 1937"
    f.clear()
    qtbot.keyClicks(f, "Jun 1937")
    with qtbot.waitSignal(f.date_entered) as got:
        qtbot.keyClick(f, Qt.Key.Key_Return)
    assert got.args == [PartialDate(1937, 6, 1)] and f.text() == "1 June 1937"


def test_the_org_chart_takes_a_typed_date(qtbot, tiny_data, language) -> None:
    tab = OrgTab(language)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.set_data(tiny_data)
    tab.date_edit.clear()
    qtbot.keyClicks(tab.date_edit, "26 September 1936")
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_Return)
    assert tab.date() == QDate(1936, 9, 26)
    assert tab.slider.value() == QDate(1917, 11, 7).daysTo(QDate(1936, 9, 26))
    assert {m.person for _, m in tab.canvas.cards()} >= {"yagoda", "yezhov"}
    tab.slider.setValue(tab.slider.value() + 365)
    assert tab.date_edit.text() == "26 September 1937"  # the slider writes the field in the same style


def test_in_post_on_a_typed_date_filters_people(qtbot, tiny_data, language) -> None:
    tab = PeopleTab(language)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_data(tiny_data)
    everyone = tab.model.rowCount()
    tab.date_edit.clear()
    type_into(tab.date_edit, "1 июня 1937")
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_Return)
    assert tab.date_check.isChecked()  # typing a date turns the filter on
    shown = {tab.model.person_id(r) for r in range(tab.model.rowCount())}
    assert "yezhov" in shown and tab.model.rowCount() < everyone
    tab.clear_filters()
    assert tab.model.rowCount() == everyone and tab.date_edit.date() == PartialDate(1937, 1, 1)


@pytest.mark.parametrize("typed", ["1937", "June 1937", "июнь 1937", "1 June 1937", "01.06.1937", "1937-06-01"])
def test_go_to_on_the_timeline_reads_every_form(qtbot, tiny_data, language, typed: str) -> None:
    tab = TimelineTab(language)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.set_data(tiny_data)
    qtbot.waitExposed(tab)
    tab.show_years(1917, 1953)
    type_into(tab.goto, typed)
    qtbot.keyClick(tab.goto, Qt.Key.Key_Return)
    scale = tab.canvas.scale
    width = tab.canvas.width() - tab.canvas.left
    first, last = scale.day_at(0), scale.day_at(width)
    assert first <= ordinal((1937, 6, 1)) <= last
    assert last - first <= 400  # zoomed in to the year or closer, not the whole period
    assert not tab.goto.is_invalid()
