# SPDX-License-Identifier: GPL-3.0-or-later
"""The staff PIN pad: the only way out of the kiosk (besides the operating system)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from collections.abc import Callable

LOCK_TICK_MS = 1000


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
        self.keys: list[QPushButton] = []
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for i, key in enumerate(keys):
            button = QPushButton(key, self)
            button.setMinimumSize(72, 72)
            button.setAccessibleName({"⌫": self.tr("Delete"), "OK": self.tr("Confirm")}.get(key, key))
            button.setObjectName(f"pin-{key}")
            button.clicked.connect(self._on_key)
            grid.addWidget(button, i // 3, i % 3)
            self.keys.append(button)
        self._remaining: Callable[[], int] | None = None
        self._lock_timer = QTimer(self)
        self._lock_timer.setObjectName("pin-lockout")
        self._lock_timer.setInterval(LOCK_TICK_MS)
        self._lock_timer.timeout.connect(self._on_lock_tick)
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
        """Empty the field, show a message and take digits again."""
        self._lock_timer.stop()
        self._remaining = None
        self.field.clear()
        self._set_keys_enabled(True)
        self.message.setText(message)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))

    def show_checking(self) -> None:
        """A PIN is being checked: no keys until the answer comes (Cancel stays)."""
        self.field.clear()
        self._set_keys_enabled(False)
        self.message.setText(self.tr("Checking…"))

    def show_lockout(self, remaining: Callable[[], int]) -> None:
        """Too many wrong PINs: no keys, and a countdown of ``remaining()`` seconds, refreshed every second by a
        timer (never a sleep: the exhibit keeps running); at 0 the pad takes a PIN again."""
        self._remaining = remaining
        self.field.clear()
        self._set_keys_enabled(False)
        self._on_lock_tick()
        if self._remaining is not None and self.isVisible():
            self._lock_timer.start()

    # ---- Qt overrides

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._remaining is not None:
            self._on_lock_tick()
            if self._remaining is not None:
                self._lock_timer.start()

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self._lock_timer.stop()  # no timer runs for a pad nobody sees
        super().hideEvent(event)

    # ---- internals

    def _set_keys_enabled(self, on: bool) -> None:
        for button in self.keys:
            button.setEnabled(on)

    @Slot()
    def _on_lock_tick(self) -> None:
        seconds = self._remaining() if self._remaining is not None else 0
        if seconds <= 0:
            self.reset(self.tr("Staff only: enter the PIN"))
            return
        text = self.tr("Too many wrong PINs. Try again in %1.")
        self.message.setText(text.replace("%1", f"{seconds // 60}:{seconds % 60:02d}"))

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
