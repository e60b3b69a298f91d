# SPDX-License-Identifier: GPL-3.0-or-later
"""Kiosk policy: the idle reset, the lock-down of keys and menus, the hidden staff exit. Owns timers, not widgets.

One event filter on the QApplication sees every event before any widget does. It

- restarts the idle timer on any input, touches and wheel included (filters that watch only the mouse reset a
  visitor who swipes: docs/reliability.md, "Kiosk lock-down");
- swallows what could leave the app or confuse a visitor: context menus, drag and drop, tooltips, window-closing
  and switching keys (Alt+F4, Alt+Tab, Ctrl+Q/W, Escape, F11, the Windows/Super keys), close events;
- and counts taps on the top-left corner (reported by the window through :meth:`register_corner_tap`):
  ``exit_taps`` of them within four seconds ask for the staff PIN.

Before the idle reset it warns: :data:`WARNING_MS` before the end, ``warning_started`` asks the window to show a
"Still there?" notice, ``countdown`` ticks the seconds left, and any input (``warning_cancelled``) takes it away and
starts the idle time again. A page with much text on screen gets longer (:func:`~purges_desktop.domain.kiosk.
idle_time_ms`; the window says how many words are in view through :attr:`KioskController.words_in_view`).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from typing_extensions import override

from purges_desktop.domain.kiosk import idle_time_ms

if TYPE_CHECKING:
    from collections.abc import Callable

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
#: How long before the idle reset the "Still there?" notice appears (at most half the idle time).
WARNING_MS = 15_000
#: How often the notice's countdown ticks.
TICK_MS = 1000


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
    """Idle timer with its warning, input lock-down and the staff exit gesture.

    Signals:
        reset_requested(): the visitor has gone (idle timeout): return everything to the start.
        activity(): the first input after the attract screen was shown (leave it).
        staff_exit_requested(): the hidden gesture was made: ask for the PIN.
        warning_started(int): the reset is near: show the "Still there?" notice with this many seconds left.
        countdown(int): seconds left before the reset, while the notice is up (each tick).
        warning_cancelled(): input came while the notice was up: hide it (the idle time starts again).

    Attributes:
        words_in_view: asked once per idle period, when the warning would start: how many words of text the
            visitor has on screen (``None``: no extension). :func:`~purges_desktop.domain.kiosk.idle_time_ms`
            turns them into the idle time for that page.
    """

    reset_requested = Signal()
    activity = Signal()
    staff_exit_requested = Signal()
    warning_started = Signal(int)
    countdown = Signal(int)
    warning_cancelled = Signal()

    def __init__(self, settings: KioskSettings, parent: QObject | None = None, *, warning_ms: int = WARNING_MS,
                 tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.settings = settings
        self.blocked_count = 0
        self.words_in_view: Callable[[], int] | None = None
        self._base_ms = settings.idle_timeout_s * 1000
        self._warning_ms = warning_ms
        self._idle = QTimer(self)
        self._idle.setObjectName("kiosk-idle")
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._tick = QTimer(self)
        self._tick.setObjectName("kiosk-idle-countdown")
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._on_tick)
        self._end = QTimer(self)
        self._end.setObjectName("kiosk-idle-warning")
        self._end.setSingleShot(True)
        self._end.timeout.connect(self._reset)
        self._extended = False
        self._taps: list[float] = []
        self._attract_showing = True
        self._restart_idle()

    # ---- public API

    def start(self) -> None:
        """Begin watching for idleness."""
        self._restart_idle()
        self._idle.start()

    def stop(self) -> None:
        """Stop the idle timer and any countdown (shutdown)."""
        self._idle.stop()
        self._tick.stop()
        self._end.stop()

    def set_attract_showing(self, showing: bool) -> None:
        """Tell the controller whether the attract screen is up (its first touch means "leave it")."""
        self._attract_showing = showing

    @property
    def idle_interval_ms(self) -> int:
        """The idle timeout in milliseconds (before any extension for a long text)."""
        return self._base_ms

    @property
    def warning_ms(self) -> int:
        """How long the "Still there?" notice counts down before the reset (at most half the idle time)."""
        return min(self._warning_ms, self._base_ms // 2)

    def set_idle_interval_ms(self, msecs: int) -> None:
        """Change the idle timeout (tests and the soak script)."""
        self._base_ms = msecs
        active = self._idle.isActive() or self._end.isActive()
        self._tick.stop()
        self._end.stop()
        self._restart_idle()
        if active:
            self._idle.start()

    def set_warning_ms(self, msecs: int, tick_ms: int | None = None) -> None:
        """Change how long the notice counts down, and how often it ticks (tests)."""
        self._warning_ms = msecs
        if tick_ms is not None:
            self._tick.setInterval(tick_ms)

    def is_warning(self) -> bool:
        """True while the "Still there?" countdown runs."""
        return self._end.isActive()

    def seconds_left(self) -> int:
        """Whole seconds (rounded up) before the reset while the notice is up; 0 otherwise."""
        if not self._end.isActive():
            return 0
        return max(1, math.ceil(self._end.remainingTime() / 1000))

    # ---- Qt overrides

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype in ACTIVITY:
            self._on_activity()
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

    def _restart_idle(self) -> None:
        """The first stretch of an idle period: up to the warning."""
        self._extended = False
        self._idle.setInterval(max(1, self._base_ms - self.warning_ms))

    def _on_activity(self) -> None:
        if self._end.isActive():
            self._tick.stop()
            self._end.stop()
            self.warning_cancelled.emit()
        if self._extended or self._idle.interval() != max(1, self._base_ms - self.warning_ms):
            self._restart_idle()
        self._idle.start()

    @Slot()
    def _on_idle_timeout(self) -> None:
        if self._attract_showing:
            self._reset()  # nobody to warn: the attract screen restarts its cycle
            return
        if not self._extended and self.words_in_view is not None:
            extra = idle_time_ms(self._base_ms, self.words_in_view()) - self._base_ms
            self._extended = True
            if extra > 0:
                self._idle.setInterval(extra)  # a long text on screen: time to read it before the warning
                self._idle.start()
                return
        self._end.setInterval(self.warning_ms)
        self._end.start()
        self._tick.start()
        self.warning_started.emit(self.seconds_left())

    @Slot()
    def _on_tick(self) -> None:
        if self._end.isActive():
            self.countdown.emit(self.seconds_left())

    @Slot()
    def _reset(self) -> None:
        """The visitor has gone: back to the start; the idle time starts again at the next input."""
        self._tick.stop()
        self._end.stop()
        self._restart_idle()
        self._attract_showing = True
        self.reset_requested.emit()

