# SPDX-License-Identifier: GPL-3.0-or-later
"""Two dates of the organisation chart compared: for each organ, who stayed, who left (and why) and who came."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from purges_desktop.domain.compare import compare_dates, comparison_pairs, comparison_table
from purges_desktop.domain.queries import key_day
from purges_desktop.domain.tables import csv_bytes
from purges_desktop.views.compare_pages import comparison_page
from purges_desktop.views.date_fields import text_style
from purges_desktop.views.safe import LinkBrowser, plain_label

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from purges_desktop.domain.compare import Day
    from purges_desktop.domain.dataset import Dataset

FIRST = QDate(1917, 11, 7)
LAST = QDate(1953, 12, 31)


def _day(date: QDate) -> Day:
    return date.year(), date.month(), date.day()


class DateComparison(QWidget):
    """Pick two dates (or a key pair such as the 17th and 18th Party Congresses) and read, organ by organ, who
    stayed, who left and why, and who came; the same as CSV.

    Signals:
        link_activated(str): a deep link on the page was clicked.
        export_requested(str, bytes): the user asked for the comparison as CSV (file name, content).
    """

    link_activated = Signal(str)
    export_requested = Signal(str, bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ds: Dataset | None = None
        self._lang = "en"
        self.first_label = plain_label("", self)
        self.first_edit = self._date_edit()
        self.second_label = plain_label("", self)
        self.second_edit = self._date_edit()
        self.pairs = QComboBox(self)
        self.pairs.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pairs.setMinimumContentsLength(24)
        self.export_button = QPushButton(self)
        self.page = LinkBrowser(self)
        row = QHBoxLayout()
        for w in (self.first_label, self.first_edit, self.second_label, self.second_edit):
            row.addWidget(w)
        row.addWidget(self.pairs, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.page)
        self.first_edit.dateChanged.connect(self._refresh)
        self.second_edit.dateChanged.connect(self._refresh)
        self.pairs.activated.connect(self._on_pair)
        self.export_button.clicked.connect(self._on_export)
        self.page.link_activated.connect(self.link_activated)
        self.retranslate_ui()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDateRange(FIRST, LAST)
        return edit

    # ---- public API

    def set_data(self, ds: Dataset | None, lang: str) -> None:
        """Compare in a (re)loaded dataset; the first time, start on the pair the data names (``compare_with``)."""
        fresh = self._ds is None and ds is not None
        self._ds, self._lang = ds, lang
        self._fill_pairs()  # the titles of the key dates, in the language
        if fresh:
            self.reset()
        self._refresh()

    def set_language(self, lang: str) -> None:
        """Write the page in another language."""
        self._lang = lang
        self.retranslate_ui()

    def set_dates(self, first: QDate, second: QDate) -> None:
        """Compare these two dates."""
        self.first_edit.blockSignals(True)
        self.first_edit.setDate(first)
        self.first_edit.blockSignals(False)
        self.second_edit.setDate(second)
        self._refresh()

    def dates(self) -> tuple[QDate, QDate]:
        """The two dates compared."""
        return self.first_edit.date(), self.second_edit.date()

    def reset(self) -> None:
        """Back to the first pair the data declares (the 17th and 18th Congresses in the bundled data)."""
        pairs = comparison_pairs(self._ds) if self._ds is not None else []
        declared = [(a, b) for a, b in pairs if a.compare_with == b.id] or pairs
        if declared:
            a, b = declared[0]
            self.set_dates(QDate(*key_day(a)), QDate(*key_day(b)))
        self.pairs.setCurrentIndex(0)

    def document(self) -> QTextDocument:
        """The comparison page (to print)."""
        return self.page.document()

    def csv(self) -> bytes:
        """The comparison as CSV (UTF-8 with a byte order mark, for spreadsheets)."""
        if self._ds is None:
            return b""
        first, second = (_day(d) for d in self.dates())
        header, rows = comparison_table(self._ds, compare_dates(self._ds, first, second), second, self._lang)
        return csv_bytes(header, rows)

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.first_label.setText(self.tr("Compare"))
        self.second_label.setText(self.tr("with"))
        self.first_edit.setAccessibleName(self.tr("First date"))
        self.second_edit.setAccessibleName(self.tr("Second date"))
        text_style(self.first_edit)
        text_style(self.second_edit)
        self.pairs.setAccessibleName(self.tr("Pairs of key dates"))
        self.export_button.setText(self.tr("Export CSV"))
        self.export_button.setAccessibleName(self.tr("Save the comparison as a CSV file"))
        self.page.setAccessibleName(self.tr("Who stayed, left and came in each organ between the two dates"))
        self._fill_pairs()
        self._refresh()

    # ---- internals

    def _fill_pairs(self) -> None:
        self.pairs.clear()
        self.pairs.addItem(self.tr("Key pairs…"), None)
        for a, b in comparison_pairs(self._ds) if self._ds is not None else []:
            text = self.tr("%1 → %2").replace("%1", a.title.get(self._lang)).replace("%2", b.title.get(self._lang))
            self.pairs.addItem(text, (QDate(*key_day(a)), QDate(*key_day(b))))

    @Slot()
    def _refresh(self) -> None:
        if self._ds is None:
            self.page.set_page(f"<p>{self.tr('Loading…')}</p>")
            return
        first, second = (_day(d) for d in self.dates())
        changes = compare_dates(self._ds, first, second)
        scroll = self.page.verticalScrollBar().value()
        self.page.set_page(comparison_page(self._ds, changes, first, second, self._lang))
        self.page.verticalScrollBar().setValue(scroll)

    @Slot(int)
    def _on_pair(self, index: int) -> None:
        pair = self.pairs.itemData(index)
        if isinstance(pair, tuple):
            self.set_dates(*pair)

    @Slot()
    def _on_export(self) -> None:
        a, b = self.dates()
        name = f"compare-{a.toString('yyyy-MM-dd')}-{b.toString('yyyy-MM-dd')}.csv"
        self.export_requested.emit(name, self.csv())
