"""What keeps an unattended kiosk alive: the crash guard, the systemd watchdog and the unit file.

See docs/reliability.md, "Exceptions in slots" and "systemd's restart limits and hangs".
"""

from __future__ import annotations

import configparser
import socket
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer

from purges_desktop.app.modes import CrashGuard
from purges_desktop.application.watchdog import Watchdog

REPO = Path(__file__).resolve().parents[2]


class _FakeApp:
    """Just what CrashGuard touches of the kiosk mode: its reset, and the QApplication's exit."""

    def __init__(self, reset_fails: bool = False) -> None:
        self.resets = 0
        self.exits: list[int] = []
        self.reset_fails = reset_fails
        self.app = SimpleNamespace(qapp=SimpleNamespace(exit=self.exits.append))

    def reset_to_start(self) -> None:
        self.resets += 1
        if self.reset_fails:
            raise RuntimeError("the reset itself broke")


def _raise_into(hook) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())


def test_an_error_resets_and_the_third_within_a_minute_exits_for_a_restart() -> None:
    app = _FakeApp()
    guard = CrashGuard(app, limit=3, window_s=60.0)  # type: ignore[arg-type]
    _raise_into(guard)
    _raise_into(guard)
    assert (app.resets, app.exits) == (2, [])
    _raise_into(guard)
    assert app.exits == [70], "a third error within the minute must end the process (status 70) for systemd"


def test_errors_spread_out_only_reset() -> None:
    app = _FakeApp()
    guard = CrashGuard(app, limit=3, window_s=60.0)  # type: ignore[arg-type]
    for _ in range(5):
        _raise_into(guard)
        guard.times = [t - 61.0 for t in guard.times]  # a minute passes between errors
    assert (app.resets, app.exits) == (5, [])


def test_a_failing_reset_exits_at_once() -> None:
    app = _FakeApp(reset_fails=True)
    _raise_into(CrashGuard(app))  # type: ignore[arg-type]
    assert app.exits == [70]


@pytest.mark.qt_no_exception_capture
def test_an_exception_raised_in_a_real_slot_reaches_the_guard(qtbot, monkeypatch) -> None:
    """PySide reports a slot's exception through sys.excepthook and carries on: the guard must see it."""
    app = _FakeApp()
    monkeypatch.setattr(sys, "excepthook", CrashGuard(app))  # type: ignore[arg-type]

    def slot() -> None:
        raise RuntimeError("in a slot")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: app.resets == 1, timeout=2000)


def test_the_watchdog_says_ready_pings_and_says_stopping(qtbot, tmp_path: Path, monkeypatch) -> None:
    address = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(address)
        server.setblocking(False)
        monkeypatch.setenv("NOTIFY_SOCKET", address)
        monkeypatch.setenv("WATCHDOG_USEC", "1000000")  # one second: ping every half
        watchdog = Watchdog()
        assert watchdog.interval_ms == 500
        received: list[bytes] = []

        def drain() -> bool:
            try:
                while True:
                    received.append(server.recv(64))
            except BlockingIOError:
                pass
            return received.count(b"WATCHDOG=1") >= 2

        watchdog.start()
        qtbot.waitUntil(drain, timeout=3000)
        watchdog.stop()
        qtbot.waitUntil(lambda: drain() and received[-1] == b"STOPPING=1", timeout=1000)
    assert received[0] == b"READY=1"


def test_without_systemd_the_watchdog_does_nothing(monkeypatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    watchdog = Watchdog()
    watchdog.start()
    assert watchdog.interval_ms == 0
    watchdog.stop()


def test_the_unit_file_never_gives_up_restarting() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(REPO / "docs" / "deploy" / "purges-kiosk.service", encoding="utf-8")
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"  # systemd's default stops after 5 starts in 10 s
    assert unit["Service"]["Restart"] == "always"
    assert int(unit["Service"]["RestartSec"]) >= 2
    assert unit["Service"]["Type"] == "notify" and int(unit["Service"]["WatchdogSec"]) > 0


def test_the_unit_does_not_restart_a_kiosk_that_refuses_its_settings() -> None:
    """Exit status 78 (the default staff PIN, app/run.py) needs a person: restarting every 3 s changes nothing."""
    from purges_desktop.app.run import EXIT_CONFIG

    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(REPO / "docs" / "deploy" / "purges-kiosk.service", encoding="utf-8")
    assert unit["Service"]["RestartPreventExitStatus"].split() == [str(EXIT_CONFIG)]
    assert "--allow-default-pin" not in unit["Service"]["ExecStart"]
