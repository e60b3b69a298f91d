# SPDX-License-Identifier: GPL-3.0-or-later
"""Starting the app from the command line: study mode or the kiosk."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from purges_desktop import locations
from purges_desktop.app.application import Application
from purges_desktop.app.modes import (
    DefaultPinError,
    KioskMode,
    StudyMode,
    kiosk_settings_from,
    log_exceptions,
    refuse_default_pin,
)
from purges_desktop.app.qt_setup import apply_kiosk_style, default_log_file, make_qapp, setup_logging
from purges_desktop.application.watchdog import Watchdog

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QApplication

log = logging.getLogger("purges_desktop")


#: The exit status when the kiosk refuses to start (sysexits' EX_CONFIG); the systemd unit does not restart on it.
EXIT_CONFIG = 78


def build_kiosk(args: argparse.Namespace, qapp: QApplication, *, lock_down: bool = True) -> Application:
    """The kiosk: the locked-down full-screen shell with idle reset and crash guard (``lock_down=False`` only draws
    it, for screenshots).

    Raises:
        DefaultPinError: the settings have the default staff PIN and ``args.allow_default_pin`` is not set (only
            when locking down: a screenshot never runs the exhibit).
    """
    config = getattr(args, "kiosk_config", None)
    settings = kiosk_settings_from(config)
    if lock_down:
        refuse_default_pin(settings, config, allowed=getattr(args, "allow_default_pin", False))
    apply_kiosk_style(qapp, settings)
    # The kiosk reads a data cache only from a folder named for it (PURGES_CACHE_DIR, e.g. one the installer made
    # root-owned): the kiosk user's own cache folder is writable by whatever runs as that user, and a planted entry,
    # though it cannot run code, could change what the exhibit shows (docs/reliability.md, "The data cache").
    cache = locations.cache_dir() if os.environ.get("PURGES_CACHE_DIR") else None
    app = Application(qapp, locations.data_dir(args.data), args.lang or settings.default_language, kiosk=settings,
                      cache_dir=cache)
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
    try:
        app = build_kiosk(args, qapp) if args.kiosk else build_study(args, qapp)
    except DefaultPinError as exc:
        log.critical("refusing to start the kiosk: %s", exc)
        return EXIT_CONFIG
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
