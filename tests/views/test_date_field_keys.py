"""The date fields step with the arrow keys, as the spin boxes they replaced did (a study-mode habit)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from purges_desktop.domain.dates import PartialDate
from purges_desktop.views.date_field import DateField, stepped


@pytest.mark.parametrize(("date", "by", "year", "expected"), [
    (PartialDate(1937, 12, 31), 1, False, PartialDate(1938, 1, 1)),
    (PartialDate(1937, 3, 1), -1, False, PartialDate(1937, 2, 28)),
    (PartialDate(1937, 12), 1, False, PartialDate(1938, 1)),
    (PartialDate(1937), -1, False, PartialDate(1936)),
    (PartialDate(1936, 2, 29), 1, True, PartialDate(1937, 2, 28)),
])
def test_a_step_follows_the_precision_of_the_date(date, by, year, expected) -> None:
    assert stepped(date, by, year) == expected


def test_up_down_and_page_keys_step_the_field(qtbot) -> None:
    field = DateField(day_only=True)
    qtbot.addWidget(field)
    field.set_date(PartialDate(1937, 6, 1))
    with qtbot.waitSignal(field.date_entered) as entered:
        qtbot.keyClick(field, Qt.Key.Key_Up)
    assert entered.args == [PartialDate(1937, 6, 2)]
    assert field.text() == "2 June 1937"
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.date() == PartialDate(1936, 6, 2)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == PartialDate(1936, 6, 1)
