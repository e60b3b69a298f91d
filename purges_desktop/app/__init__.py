# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: builds the QApplication and every object, connects them, shows the window.

- :mod:`~purges_desktop.app.application`: the :class:`Application` (shared objects, the loader's news);
- :mod:`~purges_desktop.app.modes`: study and kiosk as objects;
- :mod:`~purges_desktop.app.run`: starting the GUI from the command line;
- :mod:`~purges_desktop.app.screenshot`: the ``screenshot`` command;
- :mod:`~purges_desktop.app.pdf`: the ``pdf`` command;
- :mod:`~purges_desktop.app.qt_setup`: the QApplication, fonts, styles, logging.
"""

from __future__ import annotations

from purges_desktop.app.application import Application, describe_changes
from purges_desktop.app.pdf import run_pdf
from purges_desktop.app.qt_setup import make_qapp, probe_platform
from purges_desktop.app.run import build_kiosk, run_gui
from purges_desktop.app.screenshot import run_screenshot

__all__ = ["Application", "build_kiosk", "describe_changes", "make_qapp", "probe_platform", "run_gui", "run_pdf",
           "run_screenshot"]
