# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk's staff PIN: checked off the GUI thread, with an exponential back-off after wrong PINs.

A PBKDF2 check takes about 65 ms at 200,000 iterations; on the GUI thread each attempt froze the exhibit, and
nothing slowed down an automated tapper (the whole 4-digit space in about 11 minutes). Here each check runs in a
worker thread (``hashlib`` releases the GIL while it derives the key) and reports back through a signal, as the
dataset loader does; wrong PINs in a row lock the pad for longer and longer (:func:`~purges_desktop.domain.kiosk.
lockout_s`). Every attempt is logged; the PIN itself never is. See docs/kiosk.md, "The staff PIN".
"""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from purges_desktop.domain.kiosk import lockout_s
from purges_desktop.storage.kiosk_config import check_pin

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger("purges_desktop")


class _Carrier(QObject):
    done = Signal(bool)


class _CheckTask(QRunnable):
    def __init__(self, pin: str, stored: str, carrier: _Carrier) -> None:
        super().__init__()
        self._pin = pin
        self.stored = stored
        self._carrier = carrier

    def run(self) -> None:
        try:
            ok = check_pin(self._pin, self.stored)
        except Exception:  # a bug in the check must not leave the pad waiting for ever
            log.exception("the staff PIN check failed")
            ok = False
        self._carrier.done.emit(ok)


class StaffPin(QObject):
    """Checks staff PINs in the background and keeps the back-off.

    The count of wrong PINs survives the idle reset and the pad being closed; only the right PIN clears it.

    Attributes:
        stored: the PIN's hash from the kiosk settings ("": no PIN can open the kiosk).
        clock: where the time comes from (``time.monotonic``; tests move it on).
        failures: wrong PINs since the last right one.

    Signals:
        checked(bool, int): a check finished: whether the PIN was right, and for how many seconds the pad is now
            locked (0 when it is not).
    """

    checked = Signal(bool, int)

    def __init__(self, stored: str, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.stored = stored
        self.clock = clock
        self.failures = 0
        self._locked_until = 0.0
        self._busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._carrier = _Carrier(self)
        self._carrier.done.connect(self._on_done)

    # ---- public API

    def submit(self, pin: str) -> bool:
        """Start checking a PIN; False (and logged) when it is refused unchecked: locked, busy or no PIN set."""
        if self._busy:
            log.warning("staff PIN attempt ignored: the previous one is still being checked")
            return False
        remaining = self.locked_for_s()
        if remaining:
            log.warning("staff PIN attempt refused: the pad is locked for another %d s", remaining)
            return False
        if not self.stored:
            log.warning("staff PIN attempt refused: no staff PIN is set in the kiosk settings")
            return False
        self._busy = True
        self._pool.start(_CheckTask(pin, self.stored, self._carrier))
        return True

    def locked_for_s(self) -> int:
        """Whole seconds (rounded up) until the pad takes a PIN again; 0 when it does now."""
        return max(0, math.ceil(self._locked_until - self.clock()))

    def is_busy(self) -> bool:
        """True while a PIN is being checked."""
        return self._busy

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until a running check ends (shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    # ---- internals

    @Slot(bool)
    def _on_done(self, ok: bool) -> None:
        self._busy = False
        if ok:
            log.warning("staff PIN attempt: accepted (after %d wrong in a row)", self.failures)
            self.failures = 0
            self._locked_until = 0.0
            self.checked.emit(True, 0)
            return
        self.failures += 1
        pause = lockout_s(self.failures)
        self._locked_until = self.clock() + pause
        log.warning("staff PIN attempt: wrong (%d in a row); the pad is locked for %d s", self.failures, pause)
        self.checked.emit(False, pause)
