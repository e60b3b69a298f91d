"""Soak test of the kiosk: random taps, drags, searches, links and language switches, driven by the real event loop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/soak.py --minutes 10 [--data DIR] [--seed 1]

Actions run from a QTimer under ``QApplication.exec()``, never from a ``processEvents()`` loop, which would never run
``deleteLater()`` and fake a leak (docs/reliability.md, "Soak tests: processEvents and deleteLater"). The idle
timeout is shortened so the kiosk resets itself many times. Prints one JSON document: actions, resets, exceptions,
and RSS / live-widget samples; exits 1 on any exception or on steady memory growth (RSS over the second half
growing by more than --max-growth-mb).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import time
import traceback
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QTabBar

from purges_desktop.app import build_kiosk, make_qapp


def rss_mb() -> float:
    """Resident memory of this process, in MB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


class Soak:
    """Drives the kiosk at random and records what happens."""

    def __init__(self, app, minutes: float, seed: int) -> None:
        self.app = app
        self.rng = random.Random(seed)
        self.end = time.monotonic() + minutes * 60
        self.started = time.monotonic()
        self.actions: dict[str, int] = {}
        self.exceptions: list[str] = []
        self.resets = 0
        self.samples: list[dict[str, float]] = []
        self.pause_until = 0.0
        self.trace = False
        self.half_snapshot: tracemalloc.Snapshot | None = None
        app.kiosk.reset_requested.connect(self._on_reset)
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self.step)
        self.sampler = QTimer()
        self.sampler.setInterval(10_000)
        self.sampler.timeout.connect(self.sample)

    def _on_reset(self) -> None:
        self.resets += 1

    def count(self, name: str) -> None:
        self.actions[name] = self.actions.get(name, 0) + 1

    def sample(self) -> None:
        gc.collect()
        if self.trace and tracemalloc.is_tracing():
            elapsed = time.monotonic() - self.started
            total = self.end - self.started
            if self.half_snapshot is None and elapsed >= total / 2:
                self.half_snapshot = tracemalloc.take_snapshot()
        self.samples.append({"t": round(time.monotonic() - self.started, 1), "rss_mb": round(rss_mb(), 1),
                             "widgets": len(QApplication.allWidgets())})

    def step(self) -> None:
        now = time.monotonic()
        if now >= self.end:
            self.timer.stop()
            self.sampler.stop()
            self.sample()
            # exit(), not quit(): Qt 6's quit() first asks every window to close, and the kiosk refuses.
            QApplication.instance().exit(0)
            return
        if now < self.pause_until:
            return
        try:
            self.random_action()
        except Exception:  # noqa: BLE001 - recorded, the soak goes on
            self.exceptions.append(traceback.format_exc(limit=5))

    def random_action(self) -> None:
        shell = self.app.shell
        roll = self.rng.random()
        if roll < 0.02:
            self.pause_until = time.monotonic() + self.app.kiosk.idle_interval_ms / 1000 + 0.5
            self.count("wait-for-idle-reset")
        elif roll < 0.35:
            buttons = [b for b in shell.findChildren(QPushButton) if b.isVisible() and b.isEnabled()
                       and b.objectName() != "pin-OK"]
            if buttons:
                QTest.mouseClick(self.rng.choice(buttons), Qt.MouseButton.LeftButton)
                self.count("tap-button")
        elif roll < 0.5:
            views = [v for v in shell.findChildren(QAbstractItemView) if v.isVisible()]
            if views:
                view = self.rng.choice(views)
                vp = view.viewport()
                p = QPoint(self.rng.randrange(max(1, vp.width())), self.rng.randrange(max(1, vp.height())))
                QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
                self.count("tap-row")
        elif roll < 0.6:
            views = [v for v in shell.findChildren(QAbstractItemView) if v.isVisible()]
            if views:
                vp = self.rng.choice(views).viewport()
                a = QPoint(vp.width() // 2, max(1, vp.height() - 10))
                QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
                for dy in range(0, 300, 30):
                    QTest.mouseMove(vp, QPoint(a.x(), max(0, a.y() - dy)))
                QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                   QPoint(a.x(), max(0, a.y() - 300)))
                self.count("drag")
        elif roll < 0.72:
            if shell.stack.currentWidget() is shell.explore_page:
                search = shell.tabs.people.search
                text = self.rng.choice(["ежов", "yezh", "buk", "Zinov", "тух", "ka", "qqq", "Jeschow", ""])
                search.setFocus()
                search.setText(text)
                self.count("search")
        elif roll < 0.8:
            tabs = [t for t in shell.findChildren(QTabBar) if t.isVisible()]
            if tabs:
                bar = tabs[0]
                bar.setCurrentIndex(self.rng.randrange(bar.count()))
                self.count("switch-tab")
        elif roll < 0.88:
            data = self.app.controller.data
            if data is not None and shell.stack.currentWidget() is shell.explore_page:
                ds = data.dataset
                kind = self.rng.choice(["person", "trial", "event"])
                pool = {"person": list(ds.people), "trial": list(ds.trials), "event": list(ds.events)}[kind]
                if pool:
                    self.app.nav.open(f"{kind}/{self.rng.choice(pool)}")
                    self.count("follow-link")
        elif roll < 0.93:
            self.app.set_language(self.rng.choice(self.app.shell.settings.languages))
            self.count("switch-language")
        else:
            key = self.rng.choice([(Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                                   (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                   (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)])
            QApplication.sendEvent(shell.tabs.people.search, QKeyEvent(QEvent.Type.KeyPress, *key))
            self.count("blocked-key")
        if not shell.isVisible():
            self.exceptions.append("the kiosk window was closed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", default=None)
    parser.add_argument("--idle-seconds", type=float, default=4.0)
    parser.add_argument("--max-growth-mb", type=float, default=25.0)
    parser.add_argument("--trace", action="store_true",
                        help="tracemalloc: print on stderr the Python lines whose memory grew over the second half")
    args = parser.parse_args()
    if args.trace:
        tracemalloc.start(10)
    qapp = make_qapp(sys.argv[:1])
    app = build_kiosk(argparse.Namespace(data=args.data, lang=None, kiosk_config=None,
                                         allow_default_pin=True), qapp)
    soak = Soak(app, args.minutes, args.seed)
    soak.trace = args.trace
    crash_guard = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        soak.exceptions.append("".join(traceback.format_exception(exc_type, exc, tb, limit=5)))
        crash_guard(exc_type, exc, tb)

    sys.excepthook = hook
    app.shell.resize(1920, 1080)
    app.shell.show()
    app.controller.load_now()
    app.shell.reset_to_start()
    app.kiosk.set_idle_interval_ms(int(args.idle_seconds * 1000))
    app.kiosk.start()
    soak.sample()
    soak.timer.start()
    soak.sampler.start()
    code = qapp.exec()
    app.kiosk.stop()
    if soak.trace and soak.half_snapshot is not None:
        growth_lines = tracemalloc.take_snapshot().compare_to(soak.half_snapshot, "lineno")[:12]
        for stat in growth_lines:
            print(f"tracemalloc: {stat}", file=sys.stderr)  # noqa: T201
    half = [s for s in soak.samples if s["t"] >= soak.samples[-1]["t"] / 2]
    growth = half[-1]["rss_mb"] - half[0]["rss_mb"] if len(half) > 1 else 0.0
    report = {
        "minutes": args.minutes, "exit_code": code, "actions": soak.actions,
        "total_actions": sum(soak.actions.values()), "idle_resets": soak.resets,
        "blocked_events": app.kiosk.blocked_count, "exceptions": soak.exceptions[:5],
        "exception_count": len(soak.exceptions), "rss_first_mb": soak.samples[0]["rss_mb"],
        "rss_last_mb": soak.samples[-1]["rss_mb"], "rss_growth_second_half_mb": round(growth, 1),
        "widgets_first": soak.samples[0]["widgets"], "widgets_last": soak.samples[-1]["widgets"],
        "widgets_max": max(s["widgets"] for s in soak.samples), "samples": soak.samples,
    }
    print(json.dumps(report, indent=1))  # noqa: T201
    ok = code == 0 and not soak.exceptions and growth <= args.max_growth_mb and app.shell.isVisible()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
