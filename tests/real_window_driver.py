"""Drives the app in a real window (run by tests/test_real_window.py as a subprocess on an X server).

``PYTHONPATH=. python tests/real_window_driver.py study|kiosk|kiosk-fill [DATA_DIR]`` builds the app as ``main.py``
does (purges_desktop/app/run.py, ``run_gui``), shows it, loads the data (the bundled data unless a folder is given),
then step by step: checks the window is on a real screen, opens every tab of the registry, switches to Russian, and
grabs the screen each time to check the window is not blank. ``kiosk-fill`` instead checks that the kiosk covers
the whole screen, whatever its size, on the attract screen, the home, and with the on-screen keyboard open. Exits 0
when every check passed; otherwise writes ``FAIL: ...`` lines to stderr and exits 1 (2 when the data never loaded, 3
on its own time limit).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage

from purges_desktop.app.qt_setup import make_qapp, setup_logging
from purges_desktop.app.run import build_kiosk, build_study
from purges_desktop.application.watchdog import Watchdog
from purges_desktop.views.tabs import TABS, tab_index

#: The deep link study mode opens at start, as ``python main.py --open numbers/lists``.
START_URI = "numbers/lists"
#: Milliseconds between steps: time for the window system to map, lay out and paint.
STEP_MS = 400
#: The driver's own time limit (the test's is longer): a hang exits with a message instead of being killed mute.
LIMIT_MS = 90_000
#: A painted window shows text, lines and colours; a blank or black one has a handful of colours at most.
MIN_COLOURS = 16

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    """Record a failed check (the driver goes on, to report every failure at once)."""
    if not ok:
        failures.append(what)


def distinct_colours(image: QImage, samples: int = 120) -> int:
    """How many different colours a grid of samples over the image holds."""
    w, h = image.width(), image.height()
    if w == 0 or h == 0:
        return 0
    return len({image.pixel(x * w // samples, y * h // samples) for x in range(samples) for y in range(samples)})


def grab_and_check(widget, label: str) -> None:
    """Grab the widget's window from the screen (what the X server shows) and check it is painted."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    image = screen.grabWindow(widget.winId()).toImage()
    check(image.width() > 0 and image.height() > 0, f"{label}: the screen grab is empty")
    colours = distinct_colours(image)
    check(colours >= MIN_COLOURS, f"{label}: the window looks blank on screen ({colours} colour(s))")


def main() -> int:
    """Build, show, step through the checks, quit; the exit status says whether every check passed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("study", "kiosk", "kiosk-fill"))
    parser.add_argument("data", nargs="?")
    opts = parser.parse_args()
    setup_logging(None)
    qapp = make_qapp(sys.argv[:1])
    args = argparse.Namespace(data=opts.data, lang="en", kiosk_config=None, allow_default_pin=True,
                              open=START_URI if opts.mode == "study" else None, kiosk=opts.mode != "study")
    app = build_kiosk(args, qapp) if args.kiosk else build_study(args, qapp)
    if args.open:
        app.open_when_loaded(args.open)
    tabs = app.shell.tabs if args.kiosk else app.window.tabs
    top = app.mode.top

    def first() -> None:
        check(QGuiApplication.platformName() == "xcb", f"platform is {QGuiApplication.platformName()!r}, not xcb")
        check(top.isVisible() and top.windowHandle() is not None and top.windowHandle().isExposed(),
              "the window is not shown on the screen")
        if args.kiosk:
            screen = top.screen().geometry()
            size = (screen.width(), screen.height())
            check(size == (1920, 1080), f"the screen is {size[0]}x{size[1]}, not 1920x1080")
            check(top.geometry() == screen, f"the kiosk shell covers {top.geometry()} of the screen {screen}")
            grab_and_check(top, "attract screen")
            app.shell.attract.explore_requested.emit("")  # what a visitor's touch does
        else:
            current = app.nav.current
            check(current is not None and current.uri() == START_URI,
                  f"--open {START_URI} showed {current.uri() if current else None}")
            grab_and_check(top, START_URI)

    def open_tab(spec) -> Callable[[], None]:
        def step() -> None:
            check(app.nav.open(spec.kind.value), f"cannot open {spec.kind.value}")
            check(tabs.currentIndex() == tab_index(spec.kind),
                  f"{spec.kind.value}: tab {tabs.currentIndex()} is showing")

        return step

    def grabbed(label: str) -> Callable[[], None]:
        return lambda: grab_and_check(top, label)

    def russian() -> None:
        english = tabs.tabText(0)
        app.set_language("ru")
        check(app.lang == "ru" and tabs.tabText(0) != english, f"the tab title stayed {english!r} in Russian")

    def fills(label: str) -> Callable[[], None]:
        def step() -> None:
            screen = top.screen().geometry()
            check(top.geometry() == screen, f"{label}: the kiosk covers {top.geometry()} of the screen {screen}")
            check(top.isFullScreen(), f"{label}: the kiosk is not in the full-screen state")
            check(top.minimumWidth() <= screen.width() and top.minimumHeight() <= screen.height(),
                  f"{label}: the kiosk's minimum size {top.minimumSize()} is larger than the screen")
            grab_and_check(top, label)

        return step

    def home() -> None:
        app.shell.attract.touch.click()
        check(app.shell.stack.currentWidget() is app.shell.home, "a touch on the attract screen did not lead home")

    def keyboard() -> None:
        app.shell.home.tile(TABS[0].kind).click()
        search = app.shell.tabs.people.search
        search.setFocus()
        check(app.shell.keyboard.isVisible(), "the on-screen keyboard did not open under the People search")

    if opts.mode == "kiosk-fill":
        steps: list[Callable[[], None]] = [fills("attract screen"), home, fills("home"), keyboard,
                                           fills("with the on-screen keyboard"), russian, fills("in Russian")]
        return _run(qapp, app, steps, opts.mode)
    steps = [first]
    for spec in TABS:
        steps += [open_tab(spec), grabbed(spec.kind.value)]
    steps += [russian, grabbed("in Russian"), open_tab(TABS[0]), grabbed("in Russian, " + TABS[0].kind.value)]
    return _run(qapp, app, steps, opts.mode)


def _run(qapp, app, steps: list[Callable[[], None]], mode: str) -> int:
    """Show the app, load the data, run the steps one by one on the event loop; the exit status."""

    def run_next() -> None:
        steps.pop(0)()
        if steps:
            QTimer.singleShot(STEP_MS, run_next)
        else:
            qapp.exit(1 if failures else 0)

    def loaded() -> None:
        QTimer.singleShot(STEP_MS, run_next)

    def give_up() -> None:
        failures.append(f"the checks did not finish in {LIMIT_MS} ms ({len(steps)} step(s) left)")
        qapp.exit(3)

    def load_failed(message: str) -> None:
        failures.append(f"the data did not load: {message}")
        qapp.exit(2)

    app.controller.dataset_loaded.connect(loaded)
    app.controller.load_failed.connect(load_failed)
    limit = QTimer(qapp, singleShot=True, interval=LIMIT_MS)
    limit.timeout.connect(give_up)
    limit.start()
    watchdog = Watchdog(qapp)
    app.mode.show()
    watchdog.start()
    app.controller.load()
    code = qapp.exec()
    limit.stop()
    watchdog.stop()
    app.controller.wait()
    for failure in failures:
        sys.stderr.write(f"FAIL: {failure}\n")
    if not failures:
        sys.stdout.write(f"{mode}: all checks passed\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
