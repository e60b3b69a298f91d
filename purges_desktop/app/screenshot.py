# SPDX-License-Identifier: GPL-3.0-or-later
"""``screenshot``: render each view (or the one a deep link opens) to PNG, without a display.

The kiosk is drawn as a visitor sees it but not locked down (no event filter, no crash guard, closable).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QTextCursor

from purges_desktop import locations
from purges_desktop.app.application import Application
from purges_desktop.app.modes import KioskMode, StudyMode
from purges_desktop.app.qt_setup import make_qapp, setup_logging
from purges_desktop.app.run import build_kiosk
from purges_desktop.domain.links import Kind, link_to, parse_uri
from purges_desktop.views.safe import LinkBrowser
from purges_desktop.views.tabs import TAB_NAMES

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QWidget

#: The kiosk's own screens, drawn before its views (``--open attract`` or ``--open home`` draws one of them).
KIOSK_SCREENS = ("attract", "home")


def settle(ms: int = 150) -> None:
    """Let deferred layouts finish before a screenshot (long pages are laid out in the background)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _show_term(tab: QWidget, term_id: str) -> bool:
    """Show a term's definition over the first page of ``tab`` that links to it, at its link; False when none does."""
    href = link_to(Kind.TERM, term_id)
    for browser in tab.findChildren(LinkBrowser):
        if not browser.isVisible():
            continue
        document = browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().anchorHref() == href:
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    browser.setTextCursor(cursor)
                    browser.ensureCursorVisible()
                    return browser.show_term(term_id, browser.cursorRect(cursor).bottomLeft())
                it += 1
            block = block.next()
    return False


def _size(text: str) -> tuple[int, int] | None:
    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        return None
    return width, height


def run_screenshot(args: argparse.Namespace) -> int:
    """Render each view (or the one ``--open`` names) to PNG files in ``--out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    setup_logging()
    size = _size(args.size)
    if size is None:
        print(f"purges-desktop screenshot: --size {args.size!r} is not WxH, e.g. 1920x1080",  # noqa: T201
              file=sys.stderr)
        return 2
    width, height = size
    uri = args.shot_open or args.open
    kiosk = args.shot_kiosk or args.kiosk
    if uri and parse_uri(uri) is None and not (kiosk and uri in KIOSK_SCREENS):
        print(f"purges-desktop screenshot: --open {uri!r} is not a deep link", file=sys.stderr)  # noqa: T201
        return 2
    qapp = make_qapp(sys.argv[:1])
    lang = args.shot_lang or args.lang or "en"
    data = args.shot_data or args.data
    if kiosk:
        args.lang, args.data = lang, data
        app = build_kiosk(args, qapp, lock_down=False)
    else:
        app = Application(qapp, locations.data_dir(data), lang)
    app.top.resize(width, height)
    app.top.show()
    app.controller.load_now()
    mode = app.mode
    if isinstance(mode, StudyMode) and app.controller.data is not None and app.controller.data.dataset.problems:
        mode.window.problems_dock.show()  # a curator's screenshot shows what is wrong
    tabs = mode.shell.tabs if isinstance(mode, KioskMode) else mode.window.tabs
    if getattr(args, "search", None):
        tabs.people.search.setText(args.search)
        tabs.people.apply_filter()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    targets = [uri] if uri else ([*KIOSK_SCREENS, *TAB_NAMES] if kiosk else list(TAB_NAMES))
    suffix = "-kiosk" if kiosk else ""
    for target in targets:
        if isinstance(mode, KioskMode):
            if target == "attract":
                mode.shell.show_attract()
            elif target == "home":
                mode.shell.show_home()
            else:
                mode.shell.show_explore()
        if target not in KIOSK_SCREENS:
            app.nav.open(target)
        settle()
        location = parse_uri(target)
        if getattr(args, "years", None) and location is not None and location.kind in {Kind.TIMELINE, Kind.EVENT}:
            first, _, last = args.years.partition("-")
            tabs.timeline.show_years(int(first), int(last or first))
            settle()
        if getattr(args, "term", None) and not _show_term(tabs.current_tab(), args.term):
            print(f"purges-desktop screenshot: the page of {target} has no link to term/{args.term}",  # noqa: T201
                  file=sys.stderr)
        if getattr(args, "find", None) and isinstance(mode, StudyMode):
            mode.window.search.activate()
            mode.window.search.setText(args.find)
        settle()
        name = target.replace("/", "-").replace("@", "_") + (f"-term-{args.term}" if getattr(args, "term", None)
                                                             else "")
        if getattr(args, "compare", None) and target == "people":
            first, _, second = args.compare.partition(",")
            tabs.people.compare(first, second)
            settle()
            name = f"people-compare-{first}-{second}"
        path = out / f"{name}{suffix}-{lang}-{width}x{height}.png"
        app.top.grab().save(str(path))
        print(path)  # noqa: T201
    if isinstance(mode, KioskMode):
        mode.shell.attract.stop()
        mode.shell.allow_close = True
    app.top.close()
    app.top.deleteLater()
    return 0
