# SPDX-License-Identifier: GPL-3.0-or-later
"""The two ways the app runs, as objects: study (a window for a laptop) and kiosk (a locked-down exhibit).

Both hold the same tabs view (:class:`~purges_desktop.views.tabs_view.TabsView`); a mode decides what surrounds it,
what a loaded dataset, a rejected reload or a failed load look like, and what "back to the start" means. The
:class:`~purges_desktop.app.application.Application` talks to whichever mode it has through the same methods.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication

from purges_desktop import locations
from purges_desktop.application.exports import ExportFolder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from purges_desktop.app.application import Application
    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.file_watcher import DataWatcher
    from purges_desktop.domain.kiosk import KioskSettings
    from purges_desktop.domain.problems import Problem

log = logging.getLogger("purges_desktop")

STATUS_MS = 10_000


class StudyMode:
    """A normal window with back/forward, the language box, the problems panel and live reload for curators.

    Attributes:
        window: the study window.
        watcher: reloads the data when a file is saved (after :meth:`watch_data`).
    """

    def __init__(self, app: Application) -> None:
        from purges_desktop.views.main_window import MainWindow  # noqa: PLC0415 - a mode imports only its views

        self.app = app
        self.window = MainWindow(app.nav, app.language)
        self.top: QWidget = self.window
        self.watcher: DataWatcher | None = None
        self.window.language_requested.connect(app.set_language)
        self.window.problems_panel.problem_activated.connect(self._on_problem_activated)
        self.exports = ExportFolder(locations.export_dir(), app.qapp)
        self.window.tabs.export_requested.connect(self.exports.save)
        self.window.export_requested.connect(self.exports.save)
        self.exports.saved.connect(self._on_export_saved)
        self.exports.failed.connect(self._on_export_failed)

    def watch_data(self) -> None:
        """Curators: reload whenever a data file is saved."""
        if self.watcher is None:
            from purges_desktop.application.file_watcher import DataWatcher  # noqa: PLC0415

            self.watcher = DataWatcher(self.app.controller.folder, self.app.qapp)
            self.watcher.changed.connect(self.app.controller.load)

    def show(self) -> None:
        """Show the window."""
        self.window.show()

    def show_data(self, data: LoadedData) -> None:
        """Show (re)loaded data."""
        self.window.set_data(data)

    def show_rejected_reload(self, latest: LoadedData) -> None:
        """Keep the last good data on screen and list the new problems."""
        self.window.show_rejected_reload(latest)

    def show_load_failure(self, message: str) -> None:
        """Say in the status bar that the data could not be loaded."""
        text = QCoreApplication.translate("MainWindow", "The data could not be loaded: %1")
        self.window.statusBar().showMessage(text.replace("%1", message))

    def status(self, text: str) -> None:
        """A passing message (e.g. what a reload changed)."""
        self.window.statusBar().showMessage(text, STATUS_MS)

    def reset_to_start(self) -> None:
        """Study mode keeps where the user is."""

    @Slot(str)
    def _on_export_saved(self, path: str) -> None:
        self.status(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", path))

    @Slot(str)
    def _on_export_failed(self, reason: str) -> None:
        self.status(QCoreApplication.translate("MainWindow", "Could not save: %1").replace("%1", reason))

    @Slot(object)
    def _on_problem_activated(self, problem: Problem) -> None:
        path = self.app.controller.folder / problem.origin.file
        line, column = problem.origin.line, problem.origin.column
        from purges_desktop.application.editor import open_in_editor  # noqa: PLC0415 - rarely used

        if open_in_editor(path, line, column):
            return
        location = f"{path}:{line}:{column}"
        QGuiApplication.clipboard().setText(location)
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "No editor is set ($VISUAL or $EDITOR): copied %1").replace("%1", location), 8000)


class KioskMode:
    """The exhibit: full screen, attract screen, idle reset, staff PIN, no reloads, a calm page when data fails.

    Attributes:
        settings: what the museum set.
        shell: everything a visitor sees.
        controller: the idle timer, the key lock-down and the staff corner.
        staff_pin: checks the staff PIN in the background and keeps the back-off after wrong ones.
    """

    def __init__(self, app: Application, settings: KioskSettings) -> None:
        # The kiosk's modules are imported only for the kiosk: study mode starts faster without them.
        from purges_desktop.application.kiosk import KioskController  # noqa: PLC0415
        from purges_desktop.application.staff_pin import StaffPin  # noqa: PLC0415
        from purges_desktop.views.idle_notice import IdleNotice, words_in_view  # noqa: PLC0415
        from purges_desktop.views.kiosk_shell import KioskShell  # noqa: PLC0415

        self.app = app
        self.settings = settings
        self.shell = KioskShell(app.nav, app.language, settings)
        self.top: QWidget = self.shell
        self.controller = KioskController(settings, app.qapp)
        self.controller.reset_requested.connect(self.reset_to_start)
        # "Still there?" before the reset; a page with much text in view gets longer (docs/kiosk.md).
        self.notice = IdleNotice(self.shell)
        self.controller.warning_started.connect(self.notice.show_countdown)
        self.controller.countdown.connect(self.notice.set_seconds)
        self.controller.warning_cancelled.connect(self.notice.hide)
        self.controller.reset_requested.connect(self.notice.hide)
        self.controller.words_in_view = lambda: words_in_view(self.shell)
        self.staff_pin = StaffPin(settings.staff_pin, app.qapp)
        self.staff_pin.checked.connect(self._on_pin_checked)
        self.controller.staff_exit_requested.connect(self._on_staff_exit_requested)
        self.shell.corner.tapped.connect(self.controller.register_corner_tap)
        self.shell.language_requested.connect(app.set_language)
        self.shell.pin_entered.connect(self._on_pin_entered)
        app.language.changed.connect(self._fill_attract)

    def lock_down(self) -> None:
        """What makes it an unattended exhibit: keys and menus filtered, no closing, touch scrolling, crash guard.

        Separate from construction so that the screenshot command can draw the kiosk without locking anything.
        """
        qapp = self.app.qapp
        qapp.installEventFilter(self.controller)
        qapp.setQuitOnLastWindowClosed(False)
        self.shell.enable_touch_scrolling()
        self.shell.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        sys.excepthook = CrashGuard(self)

    def show(self) -> None:
        """Full screen, on the attract screen, idle timer running.

        The window also takes the screen's geometry itself, and again whenever it loses it
        (:meth:`~purges_desktop.views.kiosk_shell.KioskShell.set_full_screen`): on a bare X server (no window
        manager to honour the full-screen request) it would otherwise stay at its preferred size in a corner (seen
        under Xvfb).
        """
        screen = self.shell.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.shell.setGeometry(screen.geometry())
        self.shell.showFullScreen()
        self.shell.set_full_screen(True)
        self.shell.reset_to_start()
        self.controller.start()

    def show_data(self, data: LoadedData) -> None:
        """Show the data; with no people at all, the calm "temporarily unavailable" page."""
        self.shell.tabs.set_data(data)
        self._fill_attract()
        if not data.dataset.records.people:
            log.error("kiosk: the data has no people; showing the unavailable page. Problems: %s",
                      "; ".join(str(p) for p in data.dataset.problems[:20]))
            self.shell.show_unavailable()
        elif self.shell.is_unavailable():
            self.shell.show_attract()

    def show_rejected_reload(self, latest: LoadedData) -> None:
        """The kiosk never reloads; should one be rejected, the visitor sees nothing of it."""
        del latest

    def show_load_failure(self, message: str) -> None:
        """The calm page instead of an error."""
        del message
        self.shell.show_unavailable()

    def status(self, text: str) -> None:
        """Visitors see no status messages; the log keeps them."""
        log.info("%s", text)

    @Slot()
    def reset_to_start(self) -> None:
        """Everything back to the start for the next visitor (views, searches, history, language)."""
        log.info("idle reset")
        if self.app.lang != self.settings.default_language:
            self.app.set_language(self.settings.default_language)
        self.shell.reset_to_start()
        self.controller.set_attract_showing(not self.shell.is_unavailable())

    @Slot()
    def _fill_attract(self) -> None:
        """The attract screen and the home for the data and language of now."""
        s = self.settings
        data = self.app.controller.data
        self.shell.attract.set_items(data, s.featured_people, s.featured_events, self.app.lang, s.featured_figures,
                                     s.headline_figure)
        self.shell.home.set_data(data, self.app.lang)

    @Slot()
    def _on_staff_exit_requested(self) -> None:
        log.info("staff PIN pad opened")
        self.shell.show_pin_pad()
        if self.staff_pin.locked_for_s():
            self.shell.pin_pad.show_lockout(self.staff_pin.locked_for_s)
        elif self.staff_pin.is_busy():
            self.shell.pin_pad.show_checking()

    @Slot(str)
    def _on_pin_entered(self, pin: str) -> None:
        """Check the PIN in the background (the exhibit never stalls); refused unchecked while the pad is locked."""
        if self.staff_pin.submit(pin):
            self.shell.pin_pad.show_checking()
        elif self.staff_pin.locked_for_s():
            self.shell.pin_pad.show_lockout(self.staff_pin.locked_for_s)
        elif not self.staff_pin.is_busy():
            self.shell.pin_pad.reset(QCoreApplication.translate("KioskShell", "Wrong PIN. Try again."))

    @Slot(bool, int)
    def _on_pin_checked(self, accepted: bool, locked_s: int) -> None:
        if accepted:
            log.warning("staff exit with the PIN")
            self.controller.stop()
            self.shell.allow_close = True
            self.shell.close()
            self.app.qapp.quit()
        elif locked_s:
            self.shell.pin_pad.show_lockout(self.staff_pin.locked_for_s)
        else:
            self.shell.pin_pad.reset(QCoreApplication.translate("KioskShell", "Wrong PIN. Try again."))


class CrashGuard:
    """Kiosk: an exception in a slot is logged and the exhibit returns to a clean start.

    PySide prints such exceptions and carries on half-updated (docs/reliability.md, "Exceptions in slots"). Three
    within a minute mean something is badly wrong: exit with status 70 so that systemd starts a fresh process.
    """

    def __init__(self, mode: KioskMode, limit: int = 3, window_s: float = 60.0) -> None:
        self.mode = mode
        self.limit = limit
        self.window_s = window_s
        self.times: list[float] = []

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        log.critical("unexpected error in the kiosk", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
        now = time.monotonic()
        self.times = [t for t in self.times if now - t < self.window_s] + [now]
        if len(self.times) >= self.limit:
            log.critical("%d errors within %.0f s: exiting so that the supervisor restarts the kiosk",
                         len(self.times), self.window_s)
            self.mode.app.qapp.exit(70)
            return
        try:
            self.mode.reset_to_start()
        except Exception:
            log.critical("the reset failed", exc_info=True)
            self.mode.app.qapp.exit(70)


def log_exceptions(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """Study mode's excepthook: PySide prints exceptions raised in slots and carries on; log them too."""
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]


DEFAULT_PIN_REFUSED = (
    "the kiosk settings (%s) still have the default staff PIN 1937, which is printed in the documentation: any "
    "visitor could leave the exhibit. Set your own: run `python main.py hash-pin` (or `purges-desktop hash-pin`), "
    "paste the line it prints into the settings file as staff_pin, and pass that file with --kiosk-config. To try "
    "the kiosk with the default PIN anyway, add --allow-default-pin (never on an exhibit)")


class DefaultPinError(Exception):
    """The kiosk was asked to run with the default staff PIN without ``--allow-default-pin``."""


def kiosk_settings_from(path: str | None) -> KioskSettings:
    """Read the kiosk settings (the bundled default when no path is given); problems are logged."""
    from purges_desktop.storage.kiosk_config import load_kiosk_settings  # noqa: PLC0415

    settings_path = kiosk_settings_path(path)
    settings, problems = load_kiosk_settings(settings_path)
    for problem in problems:
        log.error("%s: %s: %s", settings_path.parent / str(problem.origin), problem.severity.value, problem.message)
    return settings


def kiosk_settings_path(path: str | None) -> Path:
    """The settings file the kiosk reads: ``--kiosk-config``, else the bundled ``resources/kiosk.yaml``."""
    return Path(path) if path else locations.resource_path("kiosk.yaml")


def refuse_default_pin(settings: KioskSettings, path: str | None, *, allowed: bool) -> None:
    """Raise :class:`DefaultPinError` when the staff PIN is still the documented default (``DEFAULT_PIN``, however
    it was hashed), unless ``allowed``; then only warn."""
    from purges_desktop.domain.kiosk import DEFAULT_PIN  # noqa: PLC0415
    from purges_desktop.storage.kiosk_config import check_pin  # noqa: PLC0415

    if not (settings.staff_pin and check_pin(DEFAULT_PIN, settings.staff_pin)):
        return
    if not allowed:
        raise DefaultPinError(DEFAULT_PIN_REFUSED % kiosk_settings_path(path))
    log.warning("the kiosk runs with the default staff PIN 1937 (--allow-default-pin): set your own with "
                "`python main.py hash-pin` before visitors come")
