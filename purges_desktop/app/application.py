# SPDX-License-Identifier: GPL-3.0-or-later
"""The running app: builds the shared objects, picks the mode, and routes the loader's news to the mode.

Nothing else creates long-lived objects or reaches for globals. The window paints first; the data is loaded in the
background and arrives through the :class:`~purges_desktop.application.dataset_controller.DatasetController`.
What differs between study and kiosk lives in the mode objects (:mod:`purges_desktop.app.modes`), not in branches.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from purges_desktop import locations
from purges_desktop.app.modes import KioskMode, StudyMode
from purges_desktop.application.dataset_controller import DatasetController, LoadedData
from purges_desktop.application.language import Language
from purges_desktop.application.memory import collector_paused, settle_loaded_data
from purges_desktop.application.navigation import Navigation

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QWidget

    from purges_desktop.application.kiosk import KioskController
    from purges_desktop.domain.kiosk import KioskSettings
    from purges_desktop.domain.queries import Changes
    from purges_desktop.views.kiosk_shell import KioskShell
    from purges_desktop.views.main_window import MainWindow

log = logging.getLogger("purges_desktop")

BLOCKED_SCHEMES = ("http", "https", "file", "ftp", "mailto", "data")


class UrlSink(QObject):
    """Receives every URL the app (or Qt) tries to open outside: the app is offline and opens nothing.

    Attributes:
        swallowed: the URLs received, newest last (for the log and the tests).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.swallowed: list[str] = []

    @Slot(QUrl)
    def swallow(self, url: QUrl) -> None:
        """Log and drop the URL."""
        self.swallowed = [*self.swallowed[-99:], url.toString()]
        log.info("not opening %s: the app is offline", url.toString())


class Application:
    """Everything the running app is made of, built and wired in one place.

    Attributes:
        qapp: the QApplication.
        language: the one language state.
        controller: loads the data.
        nav: navigation and history.
        mode: the study or kiosk mode (its window is ``mode.top``).
    """

    def __init__(self, qapp: QApplication, data_dir: Path, lang: str,
                 kiosk: KioskSettings | None = None, cache_dir: Path | None = None) -> None:
        self.qapp = qapp
        self.url_sink = UrlSink(qapp)
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self.url_sink, "swallow")
        self.language = Language(lang, locations.resource_path("translations"), qapp)
        self.controller = DatasetController(data_dir, qapp, kiosk=kiosk is not None, cache_dir=cache_dir)
        self.nav = Navigation(qapp)
        self.mode: StudyMode | KioskMode = (KioskMode(self, kiosk) if kiosk is not None else StudyMode(self))
        self.top: QWidget = self.mode.top
        self.pending_uri = ""
        self.controller.dataset_loaded.connect(self._on_dataset_loaded)
        self.controller.reload_rejected.connect(self._on_reload_rejected)
        self.controller.load_failed.connect(self._on_load_failed)

    # ---- the mode's parts, typed (tests and tools)

    @property
    def lang(self) -> str:
        """The current language."""
        return self.language.code

    @property
    def window(self) -> MainWindow:
        """The study window (study mode only)."""
        assert isinstance(self.mode, StudyMode), "the kiosk has no study window"
        return self.mode.window

    @property
    def shell(self) -> KioskShell:
        """The kiosk shell (kiosk mode only)."""
        assert isinstance(self.mode, KioskMode), "study mode has no kiosk shell"
        return self.mode.shell

    @property
    def kiosk(self) -> KioskController:
        """The kiosk's lock-down and idle controller (kiosk mode only)."""
        assert isinstance(self.mode, KioskMode), "study mode has no kiosk controller"
        return self.mode.controller

    # ---- public API

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Switch interface and data language at runtime."""
        self.language.set(lang)

    def open_when_loaded(self, uri: str) -> None:
        """Go to a deep link as soon as the data is there."""
        self.pending_uri = uri

    def reset_to_start(self) -> None:
        """Back to the start for the next visitor (the kiosk; study mode has nothing to reset)."""
        self.mode.reset_to_start()

    # ---- the loader's news

    @Slot(object)
    def _on_dataset_loaded(self, data: LoadedData) -> None:
        with collector_paused():
            self.mode.show_data(data)
        settle_loaded_data()
        if self.controller.last_changes:
            self.mode.status(describe_changes(self.controller.last_changes))
        if self.pending_uri:
            uri, self.pending_uri = self.pending_uri, ""
            if not self.nav.open(uri):
                log.warning("--open %s: not a deep link (person/<id>, body/<id>@<date>, trial/<id>, event/<id>, "
                            "list/<id>, numbers)", uri)

    @Slot(object)
    def _on_reload_rejected(self, latest: LoadedData) -> None:
        log.warning("reload found %d problem(s); keeping the last good data", len(latest.dataset.problems))
        self.mode.show_rejected_reload(latest)

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        log.error("the data could not be loaded: %s", message)
        self.mode.show_load_failure(message)


def describe_changes(changes: dict[str, Changes]) -> str:
    """"Reloaded: people 1 changed; events 2 added" in the interface language."""
    parts = []
    for kind, change in changes.items():
        bits = [QCoreApplication.translate("MainWindow", text).replace("%1", str(n)) for n, text in (
            (change.added, QT_TRANSLATE_NOOP("MainWindow", "%1 added")),
            (change.removed, QT_TRANSLATE_NOOP("MainWindow", "%1 removed")),
            (change.changed, QT_TRANSLATE_NOOP("MainWindow", "%1 changed"))) if n]
        name = KIND_NAMES.get(kind)
        parts.append(f"{QCoreApplication.translate('MainWindow', name) if name else kind} {', '.join(bits)}")
    return QCoreApplication.translate("MainWindow", "Reloaded: %1").replace("%1", "; ".join(parts))


KIND_NAMES = {
    "people": QT_TRANSLATE_NOOP("MainWindow", "people"),
    "bodies": QT_TRANSLATE_NOOP("MainWindow", "organs"),
    "trials": QT_TRANSLATE_NOOP("MainWindow", "trials"),
    "events": QT_TRANSLATE_NOOP("MainWindow", "events"),
    "sources": QT_TRANSLATE_NOOP("MainWindow", "sources"),
    "memberships": QT_TRANSLATE_NOOP("MainWindow", "posts"),
    "shooting_lists": QT_TRANSLATE_NOOP("MainWindow", "shooting lists"),
    "list_entries": QT_TRANSLATE_NOOP("MainWindow", "names on the lists"),
    "eras": QT_TRANSLATE_NOOP("MainWindow", "eras"),
    "statistics": QT_TRANSLATE_NOOP("MainWindow", "tables"),
    "figures": QT_TRANSLATE_NOOP("MainWindow", "figures"),
}
