# SPDX-License-Identifier: GPL-3.0-or-later
"""systemd notification and watchdog, pinged from the GUI thread so that a hung event loop is caught too.

With ``Type=notify`` and ``WatchdogSec=`` in the unit (docs/kiosk.md), systemd sets ``NOTIFY_SOCKET`` and
``WATCHDOG_USEC``; we send ``READY=1`` once the window is up and ``WATCHDOG=1`` every half period. If the GUI thread
blocks, the pings stop and systemd restarts the kiosk. Without those variables this does nothing.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QTimer, Slot

log = logging.getLogger(__name__)


def sd_notify(message: str) -> bool:
    """Send one notification to systemd; False when not running under systemd (or on failure)."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    import socket  # noqa: PLC0415 - only under systemd; keeps start-up short

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("ascii"))
    except OSError as exc:
        log.warning("sd_notify(%s) failed: %s", message, exc)
        return False
    return True


class Watchdog(QObject):
    """Pings systemd's watchdog from the event loop."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("systemd-watchdog")
        self._timer.timeout.connect(self._on_timeout)
        usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
        self.interval_ms = max(500, usec // 2000) if usec else 0

    def start(self) -> None:
        """Say READY and start pinging (if systemd asked for it)."""
        sd_notify("READY=1")
        if self.interval_ms:
            self._timer.start(self.interval_ms)

    def stop(self) -> None:
        """Stop pinging (shutdown)."""
        self._timer.stop()
        sd_notify("STOPPING=1")

    @Slot()
    def _on_timeout(self) -> None:
        sd_notify("WATCHDOG=1")
