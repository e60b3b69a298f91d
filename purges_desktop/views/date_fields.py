# SPDX-License-Identifier: GPL-3.0-or-later
"""Date fields in the style of the pages' text: "1 December 1934", «1 декабря 1934» (never ISO beside prose)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

#: Day, month name, year: Qt writes the month in the genitive in Russian when a day precedes it.
TEXT_FORMAT = "d MMMM yyyy"


def text_style(edit: QDateEdit) -> None:
    """Show ``edit``'s date as the pages write dates in the interface language (the default locale, which the
    app's language sets before the widgets retranslate); its sections still take typed digits and month names."""
    edit.setLocale(QLocale())
    edit.setDisplayFormat(TEXT_FORMAT)
