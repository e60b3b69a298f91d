# SPDX-License-Identifier: GPL-3.0-or-later
"""Kiosk policy: the idle reset, the lock-down of keys and menus, the hidden staff exit. Owns timers, not widgets.

One event filter on the QApplication sees every event before any widget does. It

- restarts the idle timer on any input, touches and wheel included (filters that watch only the mouse reset a
  visitor who swipes: docs/reliability.md, "Kiosk lock-down");
- swallows what could leave the app or confuse a visitor: context menus, drag and drop, tooltips, window-closing
  and switching keys (Alt+F4, Alt+Tab, Ctrl+Q/W, Escape, F11, the Windows/Super keys), close events;
- and counts taps on the top-left corner (reported by the window through :meth:`register_corner_tap`):
  ``exit_taps`` of them within four seconds ask for the staff PIN.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from typing_extensions import override

if TYPE_CHECKING:
    from purges_desktop.domain.kiosk import KioskSettings

ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.KeyPress,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.Gesture, QEvent.Type.NativeGesture, QEvent.Type.InputMethod, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
})
SWALLOWED = frozenset({
    QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop,
    QEvent.Type.ToolTip, QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis, QEvent.Type.StatusTip,
})
TAP_WINDOW_S = 4.0


def is_blocked_key(event: QKeyEvent) -> bool:
    """True for keys that could close, switch or leave the app."""
    key = event.key()
    mods = event.modifiers()
    if key in {Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu, Qt.Key.Key_Close,
               Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Launch0, Qt.Key.Key_Explorer, Qt.Key.Key_HomePage}:
        return True
    if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
        # Alt+Left/Right stay: they are the app's own back and forward.
        return key not in {Qt.Key.Key_Left, Qt.Key.Key_Right}
    return bool(mods & Qt.KeyboardModifier.ControlModifier) and key in {Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4}


class KioskController(QObject):
    """Idle timer, input lock-down and the staff exit gesture.

    Signals:
        reset_requested(): the visitor has gone (idle timeout): return everything to the start.
        activity(): the first input after the attract screen was shown (leave it).
        staff_exit_requested(): the hidden gesture was made: ask for the PIN.
    """

    reset_requested = Signal()
    activity = Signal()
    staff_exit_requested = Signal()

    def __init__(self, settings: KioskSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.blocked_count = 0
        self._idle = QTimer(self)
        self._idle.setObjectName("kiosk-idle")
        self._idle.setSingleShot(True)
        self._idle.setInterval(settings.idle_timeout_s * 1000)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._taps: list[float] = []
        self._attract_showing = True

    # ---- public API

    def start(self) -> None:
        """Begin watching for idleness."""
        self._idle.start()

    def stop(self) -> None:
        """Stop the idle timer (shutdown)."""
        self._idle.stop()

    def set_attract_showing(self, showing: bool) -> None:
        """Tell the controller whether the attract screen is up (its first touch means "leave it")."""
        self._attract_showing = showing

    @property
    def idle_interval_ms(self) -> int:
        """The idle timeout in milliseconds."""
        return self._idle.interval()

    def set_idle_interval_ms(self, msecs: int) -> None:
        """Change the idle timeout (tests and the soak script)."""
        self._idle.setInterval(msecs)
        if self._idle.isActive():
            self._idle.start()

    # ---- Qt overrides

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype in ACTIVITY:
            self._idle.start()
            if self._attract_showing and etype in {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                                                   QEvent.Type.KeyPress}:
                self._attract_showing = False
                self.activity.emit()
            if etype == QEvent.Type.KeyPress and is_blocked_key(event):  # type: ignore[arg-type]
                self.blocked_count += 1
                return True
            return False
        if etype in SWALLOWED:
            self.blocked_count += 1
            return True
        return False

    # ---- internals

    @Slot()
    def register_corner_tap(self) -> None:
        """A tap on the hidden corner; enough of them in a row ask for the staff PIN."""
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < TAP_WINDOW_S] + [now]
        if len(self._taps) >= self.settings.exit_taps:
            self._taps.clear()
            self.staff_exit_requested.emit()

    @Slot()
    def _on_idle_timeout(self) -> None:
        self._attract_showing = True
        self.reset_requested.emit()

