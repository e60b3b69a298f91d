# SPDX-License-Identifier: GPL-3.0-or-later
"""Starting the app from the command line: study mode or the kiosk."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from purges_desktop import locations
from purges_desktop.app.application import Application
from purges_desktop.app.modes import KioskMode, StudyMode, kiosk_settings_from, log_exceptions
from purges_desktop.app.qt_setup import apply_kiosk_style, default_log_file, make_qapp, setup_logging
from purges_desktop.application.watchdog import Watchdog

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QApplication


def build_kiosk(args: argparse.Namespace, qapp: QApplication, *, lock_down: bool = True) -> Application:
    """The kiosk: the locked-down full-screen shell with idle reset and crash guard (``lock_down=False`` only draws
    it, for screenshots)."""
    settings = kiosk_settings_from(getattr(args, "kiosk_config", None))
    apply_kiosk_style(qapp, settings)
    app = Application(qapp, locations.data_dir(args.data), args.lang or settings.default_language, kiosk=settings,
                      cache_dir=locations.cache_dir())
    if lock_down:
        assert isinstance(app.mode, KioskMode)
        app.mode.lock_down()
    return app


def build_study(args: argparse.Namespace, qapp: QApplication) -> Application:
    """Study mode on the dataset, in the system's language unless ``--lang`` says otherwise, with live reload."""
    lang = args.lang or ("ru" if QLocale.system().language() == QLocale.Language.Russian else "en")
    app = Application(qapp, locations.data_dir(args.data), lang, cache_dir=locations.cache_dir())
    assert isinstance(app.mode, StudyMode)
    app.mode.watch_data()
    sys.excepthook = log_exceptions
    return app


def run_gui(args: argparse.Namespace) -> int:
    """Start the app on the dataset and show the window; the data loads in the background."""
    setup_logging(default_log_file() if args.kiosk else None)
    qapp = make_qapp(sys.argv[:1])
    app = build_kiosk(args, qapp) if args.kiosk else build_study(args, qapp)
    if args.open:
        app.open_when_loaded(args.open)
    watchdog = Watchdog(qapp)
    app.mode.show()
    watchdog.start()
    app.controller.load()
    code = qapp.exec()
    watchdog.stop()
    app.controller.wait()
    return code
