# SPDX-License-Identifier: GPL-3.0-or-later
"""An on-screen keyboard for the kiosk's search boxes, with Latin and Cyrillic layouts.

Qt's own virtual keyboard needs Qt Quick and the PySide6-Addons wheel and may open a separate top-level window
under some compositors (docs/reliability.md, "Kiosk lock-down"); this one is a plain widget inside the window, so
it works everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

#: The letter rows of each layout (the full Russian alphabet, Ё and Ъ included); digits and punctuation are shared.
LAYOUTS = {
    "en": ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"),
    "ru": ("ЙЦУКЕНГШЩЗХЪ", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮЁ"),
}
#: The row above the letters: dates and years ("1 June 1937", "01.06.1937").
DIGITS = "1234567890"
#: Keys in the last row that type themselves: the hyphen (Тер-Ваганян, 1937-06-01), the apostrophe (O'Brien) and
#: the full stop (01.06.1937).
PUNCTUATION = "-'."
#: No key is smaller than this, in pixels, whatever the screen (docs/kiosk.md: touch targets of at least 44 px).
KEY_MIN = 48


class OnScreenKeyboard(QWidget):
    """Types into the focused line edit: digits, letters, hyphen, apostrophe, full stop, space; backspace, clear and
    Enter (which the edit receives as the Return key, so "Go to" and the searches react as to a real keyboard).
    Keys are at least :data:`KEY_MIN` px, for fingers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.layout_name = "en"
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        outer = QVBoxLayout(self)
        outer.addLayout(self._grid)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QLineEdit | None = None
        self._build()

    def set_target(self, edit: QLineEdit | None) -> None:
        """The line edit that receives the keys."""
        self._target = edit

    def set_layout_name(self, name: str) -> None:
        """Switch between the Latin (``en``) and Cyrillic (``ru``) layouts."""
        if name in LAYOUTS and name != self.layout_name:
            self.layout_name = name
            self._build()

    def _button(self, text: str, slot: object, name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(KEY_MIN, KEY_MIN)
        button.setAccessibleName(name or text)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        rows = (DIGITS, *LAYOUTS[self.layout_name])
        for row, keys in enumerate(rows):
            for col, key in enumerate(keys):
                self._grid.addWidget(self._button(key, self._on_key), row, col)
        last = len(rows)
        columns = max(len(keys) for keys in rows)  # 10 for Latin, 12 for Cyrillic: no empty columns
        other = "ru" if self.layout_name == "en" else "en"
        self._grid.addWidget(self._button("АБВ" if other == "ru" else "ABC", self._on_switch,
                                          "Кириллица" if other == "ru" else "Latin"), last, 0, 1, 2)
        for col, key in enumerate(PUNCTUATION, 2):
            self._grid.addWidget(self._button(key, self._on_key, {"-": "Hyphen", "'": "Apostrophe",
                                                                  ".": "Full stop"}[key]), last, col)
        space = columns - 8  # what the switch (2), punctuation (3), backspace, clear and Enter (2) leave
        self._grid.addWidget(self._button("␣", self._on_space, "Space"), last, 5, 1, space)
        self._grid.addWidget(self._button("⌫", self._on_backspace, "Backspace"), last, 5 + space)
        self._grid.addWidget(self._button("✕", self._on_clear, "Clear"), last, 6 + space)
        self._grid.addWidget(self._button("⏎", self._on_enter, "Enter"), last, 7 + space, 1, 2)
        for col in range(self._grid.columnCount()):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def _edit(self) -> QLineEdit | None:
        focused = QApplication.focusWidget()
        return focused if isinstance(focused, QLineEdit) else self._target

    @Slot()
    def _on_key(self) -> None:
        button = self.sender()
        edit = self._edit()
        if isinstance(button, QPushButton) and edit is not None:
            edit.insert(button.text().lower())

    @Slot()
    def _on_space(self) -> None:
        edit = self._edit()
        if edit is not None:
            edit.insert(" ")

    @Slot()
    def _on_backspace(self) -> None:
        edit = self._edit()
        if edit is not None:
            edit.backspace()

    @Slot()
    def _on_clear(self) -> None:
        edit = self._edit()
        if edit is not None:
            edit.clear()

    @Slot()
    def _on_enter(self) -> None:
        edit = self._edit()
        if edit is not None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier,
                                                       "\r"))

    def key_buttons(self) -> list[QPushButton]:
        """Every key of the current layout (tests, the touch-size check)."""
        return [b for b in self.findChildren(QPushButton) if self._grid.indexOf(b) >= 0]

    def key(self, name: str) -> QPushButton:
        """The key whose accessible name is ``name`` (a letter or digit is its own name: ``"1"``, ``"Ё"``).

        Raises:
            KeyError: the current layout has no such key.
        """
        for button in self.key_buttons():
            if button.accessibleName() == name:
                return button
        raise KeyError(name)

    @Slot()
    def _on_switch(self) -> None:
        self.set_layout_name("ru" if self.layout_name == "en" else "en")
