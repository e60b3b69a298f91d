# SPDX-License-Identifier: GPL-3.0-or-later
"""A text field for a date, read as people write it (``1937``, ``June 1937``, ``1 июня 1937``, ``01.06.1937``).

Spin-box date editors make a visitor at a touch screen tap tiny arrows section by section; this field takes what is
typed, on the real or the on-screen keyboard, and reads it with
:func:`~purges_desktop.domain.dates.parse_user_date`. It shows what it can read as an example hint, and when it
cannot read what was typed it says so beside itself (a red frame and a line of text, never colour alone, never a
tooltip: the kiosk swallows tooltips) until the text is changed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from typing_extensions import override

from purges_desktop.domain.dates import USER_DATE_EXAMPLES, PartialDate, parse_user_date

#: How long typing may pause before what is there is read (ms): "1937" jumps without Enter.
READ_AFTER_MS = 700


class DateField(QLineEdit):
    """A date typed as text.

    Signals:
        date_entered(object): a date (:class:`PartialDate`) was typed and read, after a pause in typing, on Enter
            or when the field lost the focus. Not emitted by :meth:`set_date`.

    Attributes:
        message: the line that says what cannot be read (hidden while all is well); the tab places it.
        day_only: the field stands for one day (the organisation chart's date): a year or month typed means its
            first day, and the field then shows that day.
    """

    date_entered = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, day_only: bool = False, read_after_ms: int = READ_AFTER_MS,
                 prefix: str = "") -> None:
        super().__init__(parent)
        self.day_only = day_only
        self.lang = "en"
        self._prefix = prefix
        self._date: PartialDate | None = None
        self._invalid = False
        self.message = QLabel(parent)
        self.message.setObjectName("dateFieldMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C65102; font-weight: bold")  # 4.6:1 on white and on black
        self.message.hide()
        self._timer = QTimer(self)
        self._timer.setObjectName("date-field-read")
        self._timer.setSingleShot(True)
        self._timer.setInterval(read_after_ms)
        self._timer.timeout.connect(self._read_quietly)
        self._writing = False
        # textChanged, not textEdited: the on-screen keyboard types with insert(), which emits only the former.
        self.textChanged.connect(self._on_edited)
        self.returnPressed.connect(self._read_and_show)
        self.set_language("en")

    # ---- public API

    def date(self) -> PartialDate | None:
        """The last date read (or set); ``None`` before any."""
        return self._date

    def is_invalid(self) -> bool:
        """True while the field holds text it could not read as a date."""
        return self._invalid

    def set_date(self, date: PartialDate | None) -> None:
        """Show a date in the language's style ("1 June 1937", «1 июня 1937»); ``None`` empties the field."""
        self._timer.stop()
        if date is not None and self.day_only:
            date = PartialDate(*date.earliest())
        self._date = date
        self._show(date.format(self.lang) if date is not None else "")
        self._set_invalid(False)

    def set_language(self, lang: str) -> None:
        """Hint, message and the shown date in another language."""
        shown_before = self._date.format(self.lang) if self._date is not None else None
        self.lang = lang if lang in USER_DATE_EXAMPLES else "en"
        examples = USER_DATE_EXAMPLES[self.lang]
        hint = f"{examples[0]}, {examples[2]}…"  # a year and a day: short enough for a toolbar at 1024 px
        self.setPlaceholderText(self._prefix + hint)
        self.setAccessibleDescription(self.tr("Type a date, for example %1").replace("%1", " / ".join(examples)))
        if self._date is not None and self.text() == shown_before:  # not what they are typing: only the date shown
            self._show(self._date.format(self.lang))
        self._update_message()
        self.setMinimumWidth(self.hint_width())

    def set_prefix(self, prefix: str) -> None:
        """Words before the examples in the hint ("Go to: 1937, June 1937…")."""
        self._prefix = prefix
        self.set_language(self.lang)

    def clear_date(self) -> None:
        """Empty the field and forget the date (a reset)."""
        self._timer.stop()
        self._date = None
        self._show("")
        self._set_invalid(False)

    def hint_width(self) -> int:
        """A width that shows the whole hint and the longest date of the language in this font."""
        metrics = self.fontMetrics()
        longest = PartialDate(1937, 9, 30).format(self.lang)
        return max(metrics.horizontalAdvance(self.placeholderText()),
                   metrics.horizontalAdvance(longest)) + metrics.height() * 2

    # ---- internals

    def _show(self, text: str) -> None:
        """Write the field's text ourselves (not typing: nothing to read)."""
        self._writing = True
        self.setText(text)
        self._writing = False

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        if self._writing:
            return
        if self._invalid:
            self._set_invalid(False)  # they are correcting it: no red while they type
        self._timer.start()

    @Slot()
    def _read_quietly(self) -> None:
        """After a pause in typing: go to what can be read; say nothing yet of what cannot (they may be typing)."""
        date = parse_user_date(self.text())
        if date is not None:
            self._accept(date, show=False)

    @Slot()
    def _read_and_show(self) -> None:
        """Enter or leaving the field: read it, show the date in the language's style, or say it cannot be read."""
        self._timer.stop()
        if not self.text().strip():
            self._set_invalid(False)
            return
        date = parse_user_date(self.text())
        if date is None:
            self._set_invalid(True)
        else:
            self._accept(date, show=True)

    def _accept(self, date: PartialDate, show: bool) -> None:
        if self.day_only:
            date = PartialDate(*date.earliest())
        self._set_invalid(False)
        changed = date != self._date
        self._date = date
        if show:
            self._show(date.format(self.lang))
        if changed or show:
            self.date_entered.emit(date)

    def _set_invalid(self, invalid: bool) -> None:
        if invalid == self._invalid:
            return
        self._invalid = invalid
        self.setProperty("invalid", invalid)
        self.style().unpolish(self)
        self.style().polish(self)
        self._update_message()

    def _update_message(self) -> None:
        if self._invalid:
            examples = USER_DATE_EXAMPLES[self.lang]
            self.message.setText(self.tr("“%1” is not a date this field can read. Try %2.").replace(
                "%1", self.text()[:40]).replace("%2", ", ".join(examples)))
        self.message.setVisible(self._invalid)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        text = self.text().strip()
        if not text:
            self._timer.stop()
            self._set_invalid(False)
            if self.day_only and self._date is not None:
                self._show(self._date.format(self.lang))  # the chart still shows that day
        elif self._date is None or text != self._date.format(self.lang):
            self._read_and_show()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down step the date by its own precision (a day, a month or a year); Page Up and Page Down by a
        year, as the spin boxes this field replaced did."""
        steps = {Qt.Key.Key_Up: (1, False), Qt.Key.Key_Down: (-1, False), Qt.Key.Key_PageUp: (1, True),
                 Qt.Key.Key_PageDown: (-1, True)}
        step = steps.get(Qt.Key(event.key()))
        if step is None or self._date is None:
            super().keyPressEvent(event)
            return
        self._accept(stepped(self._date, *step), show=True)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()  # a pause timer left running behind a hidden tab reads nothing anyone is typing

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self._timer.stop()
        elif event.type() in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self.setMinimumWidth(self.hint_width())  # the kiosk's type is larger


def stepped(date: PartialDate, by: int, whole_year: bool = False) -> PartialDate:
    """``date`` moved ``by`` steps of its own precision (a day, a month or a year; a year when ``whole_year``),
    kept within the calendar (31 January plus a month is 28 or 29 February)."""
    year, month, day = date.year, date.month, date.day
    if whole_year or month is None:
        year += by
        if month is None:
            return PartialDate(year)
    elif day is None:
        months = year * 12 + (month - 1) + by
        return PartialDate(months // 12, months % 12 + 1)
    else:
        moved = dt.date(year, month, day) + dt.timedelta(days=by)
        return PartialDate(moved.year, moved.month, moved.day)
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return PartialDate(year, month, min(day, last) if day is not None else None)
