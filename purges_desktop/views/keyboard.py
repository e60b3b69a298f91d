# SPDX-License-Identifier: GPL-3.0-or-later
"""An on-screen keyboard for the kiosk's search boxes, with Latin and Cyrillic layouts.

Qt's own virtual keyboard needs Qt Quick and the PySide6-Addons wheel and may open a separate top-level window
under some compositors (docs/reliability.md, "Kiosk lock-down"); this one is a plain widget inside the window, so
it works everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

LAYOUTS = {
    "en": ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"),
    "ru": ("ЙЦУКЕНГШЩЗХ", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮЁ"),
}


class OnScreenKeyboard(QWidget):
    """Types into the focused line edit. Keys are at least 56 px, for fingers."""

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
        button.setMinimumSize(56, 56)
        button.setAccessibleName(name or text)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row, keys in enumerate(LAYOUTS[self.layout_name]):
            for col, key in enumerate(keys):
                self._grid.addWidget(self._button(key, self._on_key), row, col)
        last = len(LAYOUTS[self.layout_name])
        other = "ru" if self.layout_name == "en" else "en"
        self._grid.addWidget(self._button("АБВ" if other == "ru" else "ABC", self._on_switch,
                                          "Кириллица" if other == "ru" else "Latin"), last, 0, 1, 2)
        self._grid.addWidget(self._button("␣", self._on_space, "Space"), last, 2, 1, 5)
        self._grid.addWidget(self._button("⌫", self._on_backspace, "Backspace"), last, 7, 1, 2)
        self._grid.addWidget(self._button("✕", self._on_clear, "Clear"), last, 9, 1, 2)

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
    def _on_switch(self) -> None:
        self.set_layout_name("ru" if self.layout_name == "en" else "en")
