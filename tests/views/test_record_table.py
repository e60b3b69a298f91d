"""Lists never need scrolling sideways: columns narrow in proportion when large type meets a narrow pane."""

from __future__ import annotations

from PySide6.QtGui import QFont, QStandardItemModel

from purges_desktop.views.record_table import LAST_COLUMN_EMS, RecordTable


def _table(qtbot, width: int, pixel_size: int) -> RecordTable:
    model = QStandardItemModel(3, 4)
    table = RecordTable(None, (20, 6, 10))
    qtbot.addWidget(table)
    table.setModel(model)
    font = QFont(table.font())
    font.setPixelSize(pixel_size)
    table.setFont(font)
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_columns_keep_their_widths_when_there_is_room(qtbot) -> None:
    table = _table(qtbot, 1400, 14)
    em = table.fontMetrics().horizontalAdvance("M")
    assert [table.columnWidth(c) for c in range(3)] == [20 * em, 6 * em, 10 * em]


def test_columns_narrow_to_fit_at_kiosk_size(qtbot) -> None:
    table = _table(qtbot, 700, 22)
    em = table.fontMetrics().horizontalAdvance("M")
    widths = [table.columnWidth(c) for c in range(3)]
    assert sum(widths) < 36 * em  # narrowed
    # The last column (which stretches) keeps most of the room it is given at full size.
    assert table.viewport().width() - sum(widths) >= 0.8 * LAST_COLUMN_EMS * em
    assert widths[0] > widths[2] > widths[1]  # proportions kept
    assert table.horizontalScrollBar().maximum() == 0
