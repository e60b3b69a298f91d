# SPDX-License-Identifier: GPL-3.0-or-later
"""The staff PIN pad: the only way out of the kiosk (besides the operating system)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from purges_desktop.views.safe import plain_label


class PinPad(QWidget):
    """A numeric pad shown inside the kiosk window (never a separate dialog window).

    Signals:
        pin_entered(str): OK was touched with this PIN.
        cancelled(): the pad was dismissed.
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.message = plain_label("", self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setReadOnly(True)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setAccessibleName(self.tr("Staff PIN"))
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for i, key in enumerate(keys):
            button = QPushButton(key, self)
            button.setMinimumSize(72, 72)
            button.setAccessibleName({"⌫": self.tr("Delete"), "OK": self.tr("Confirm")}.get(key, key))
            button.setObjectName(f"pin-{key}")
            button.clicked.connect(self._on_key)
            grid.addWidget(button, i // 3, i % 3)
        self.cancel = QPushButton(self)
        self.cancel.setMinimumHeight(56)
        self.cancel.clicked.connect(self._on_cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.field)
        layout.addLayout(grid)
        layout.addWidget(self.cancel)
        layout.addStretch(1)
        self.reset(self.tr("Staff only: enter the PIN"))

    def reset(self, message: str) -> None:
        """Empty the field and show a message."""
        self.field.clear()
        self.message.setText(message)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))

    @Slot()
    def _on_key(self) -> None:
        button = self.sender()
        if not isinstance(button, QPushButton):
            return
        key = button.text()
        if key == "OK":
            self.pin_entered.emit(self.field.text())
        elif key == "⌫":
            self.field.backspace()
        elif len(self.field.text()) < 12:
            self.field.setText(self.field.text() + key)

    @Slot()
    def _on_cancel(self) -> None:
        self.cancelled.emit()
