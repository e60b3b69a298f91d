# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: builds the QApplication and every object, connects them, shows the window.

Nothing else creates long-lived objects or reaches for globals. The window paints first; the data is loaded in the
background and arrives through the DatasetController.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from purges_desktop import __version__, locations
from purges_desktop.application.dataset_controller import DatasetController, LoadedData
from purges_desktop.application.file_watcher import DataWatcher
from purges_desktop.application.memory import collector_paused, settle_loaded_data
from purges_desktop.application.navigation import Navigation, parse_uri
from purges_desktop.application.watchdog import Watchdog
from purges_desktop.views.main_window import TAB_ORDER, MainWindow

if TYPE_CHECKING:
    import argparse

    from purges_desktop.application.kiosk import KioskController
    from purges_desktop.domain.kiosk import KioskSettings
    from purges_desktop.domain.problems import Problem
    from purges_desktop.domain.queries import Changes
    from purges_desktop.views.kiosk_shell import KioskShell

log = logging.getLogger("purges_desktop")

BLOCKED_SCHEMES = ("http", "https", "file", "ftp", "mailto", "data")


class UrlSink(QObject):
    """Receives every URL the app (or Qt) tries to open outside: the app is offline and opens nothing."""

    @Slot(QUrl)
    def swallow(self, url: QUrl) -> None:
        """Log and drop the URL."""
        log.info("not opening %s: the app is offline", url.toString())


class Application:
    """Everything the running app is made of, built and wired in one place.

    Attributes:
        qapp: the QApplication.
        controller: loads the data.
        nav: navigation and history.
        window: the main window.
    """

    def __init__(self, qapp: QApplication, data_dir: Path, lang: str,
                 kiosk: KioskSettings | None = None, cache_dir: Path | None = None) -> None:
        self.qapp = qapp
        self.lang = lang
        self.kiosk_settings = kiosk
        self.translator: QTranslator | None = None
        self._translators: dict[str, QTranslator | None] = {}
        self.url_sink = UrlSink(qapp)
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self.url_sink, "swallow")
        self.controller = DatasetController(data_dir, qapp, kiosk=kiosk is not None, cache_dir=cache_dir)
        self.nav = Navigation(qapp)
        self.shell: KioskShell | None = None
        self.kiosk: KioskController | None = None
        if kiosk is not None:
            # The kiosk's modules are imported only for the kiosk: study mode starts faster without them.
            from purges_desktop.application.kiosk import KioskController  # noqa: PLC0415
            from purges_desktop.views.kiosk_shell import KioskShell  # noqa: PLC0415

            self.shell = KioskShell(self.nav, kiosk)
            self.window = self.shell.main
            self.kiosk = KioskController(kiosk, qapp)
            self.kiosk.reset_requested.connect(self.reset_to_start)
            self.kiosk.activity.connect(self._on_kiosk_activity)
            self.kiosk.staff_exit_requested.connect(self.shell.show_pin_pad)
            self.shell.corner.tapped.connect(self.kiosk.register_corner_tap)
            self.shell.language_requested.connect(self.set_language)
            self.shell.pin_entered.connect(self._on_pin_entered)
        else:
            self.window = MainWindow(self.nav)
        self.top: QWidget = self.shell if self.shell is not None else self.window
        self.pending_uri = ""
        self.install_translator(lang)
        self._apply_language(lang)
        self.controller.dataset_loaded.connect(self._on_dataset_loaded)
        self.controller.reload_rejected.connect(self._on_reload_rejected)
        self.controller.load_failed.connect(self._on_load_failed)
        self.window.language_requested.connect(self.set_language)
        self.window.problems_panel.problem_activated.connect(self._on_problem_activated)
        self.watcher: DataWatcher | None = None

    def watch_data(self) -> None:
        """Curators: reload whenever a data file is saved (study mode only; the kiosk never reloads)."""
        if self.shell is None and self.watcher is None:
            self.watcher = DataWatcher(self.controller.folder, self.qapp)
            self.watcher.changed.connect(self.controller.load)

    def install_translator(self, lang: str) -> None:
        """Install the interface translation for ``lang`` (English needs none)."""
        if self.translator is not None:
            self.qapp.removeTranslator(self.translator)
            self.translator = None
        if lang != "en":
            # One translator per language, loaded once: a new one per switch would pile up (found by the soak).
            translator = self._translators.get(lang)
            if translator is None:
                translator = QTranslator(self.qapp)
                if not translator.load(str(locations.resource_path(f"translations/purges_{lang}.qm"))):
                    translator.deleteLater()
                    translator = None
                self._translators[lang] = translator
            if translator is not None:
                self.qapp.installTranslator(translator)
                self.translator = translator
        QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Switch interface and data language at runtime."""
        self.lang = lang
        self.install_translator(lang)
        # Qt posts LanguageChange to every widget; deliver it now so the switch is complete in one step.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self._apply_language(lang)

    def _apply_language(self, lang: str) -> None:
        if self.shell is not None:
            self.shell.set_language(lang)
            self._fill_attract()
        else:
            self.window.set_language(lang)

    def _fill_attract(self) -> None:
        if self.shell is not None and self.kiosk_settings is not None:
            s = self.kiosk_settings
            self.shell.attract.set_items(self.controller.data, s.featured_people, s.featured_events, self.lang)

    @Slot()
    def reset_to_start(self) -> None:
        """Kiosk: everything back to the start for the next visitor (views, searches, history, language)."""
        if self.shell is None or self.kiosk_settings is None:
            return
        log.info("idle reset")
        if self.lang != self.kiosk_settings.default_language:
            self.set_language(self.kiosk_settings.default_language)
        self.shell.reset_to_start()
        if self.kiosk is not None:
            self.kiosk.set_attract_showing(not self.shell.is_unavailable())

    @Slot()
    def _on_kiosk_activity(self) -> None:
        if self.shell is not None and self.shell.stack.currentWidget() is self.shell.attract:
            # The visitor touched the attract screen: the touch itself is handled by the screen's buttons.
            return

    @Slot(str)
    def _on_pin_entered(self, pin: str) -> None:
        if self.shell is None or self.kiosk_settings is None or self.kiosk is None:
            return
        from purges_desktop.storage.kiosk_config import check_pin  # noqa: PLC0415

        if self.kiosk_settings.staff_pin and check_pin(pin, self.kiosk_settings.staff_pin):
            log.warning("staff exit with the PIN")
            self.kiosk.stop()
            self.shell.allow_close = True
            self.shell.close()
            self.qapp.quit()
        else:
            log.warning("wrong staff PIN entered")
            self.shell.pin_pad.reset(QCoreApplication.translate("KioskShell", "Wrong PIN. Try again."))

    def open_when_loaded(self, uri: str) -> None:
        """Go to a deep link as soon as the data is there."""
        self.pending_uri = uri

    @Slot(object)
    def _on_dataset_loaded(self, data: LoadedData) -> None:
        with collector_paused():
            self.window.set_data(data)
        settle_loaded_data()
        if self.controller.last_changes:
            self.window.statusBar().showMessage(describe_changes(self.controller.last_changes), 10_000)
        if self.shell is not None:
            self._fill_attract()
            if not data.dataset.records.people:
                log.error("kiosk: the data has no people; showing the unavailable page. Problems: %s",
                          "; ".join(str(p) for p in data.dataset.problems[:20]))
                self.shell.show_unavailable()
            elif self.shell.is_unavailable():
                self.shell.show_attract()
        if self.pending_uri:
            uri, self.pending_uri = self.pending_uri, ""
            if not self.nav.open(uri):
                log.warning("--open %s: not a deep link (person/<id>, body/<id>@<date>, trial/<id>, event/<id>)",
                            uri)

    @Slot(object)
    def _on_reload_rejected(self, latest: LoadedData) -> None:
        log.warning("reload found %d problem(s); keeping the last good data", len(latest.dataset.problems))
        self.window.show_rejected_reload(latest)

    @Slot(object)
    def _on_problem_activated(self, problem: Problem) -> None:
        path = self.controller.folder / problem.origin.file
        line, column = problem.origin.line, problem.origin.column
        from purges_desktop.application.editor import open_in_editor  # noqa: PLC0415 - rarely used

        if open_in_editor(path, line, column):
            return
        location = f"{path}:{line}:{column}"
        QGuiApplication.clipboard().setText(location)
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "No editor is set ($VISUAL or $EDITOR): copied %1").replace("%1", location), 8000)

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        log.error("the data could not be loaded: %s", message)
        if self.shell is not None:
            self.shell.show_unavailable()
            return
        text = QCoreApplication.translate("MainWindow", "The data could not be loaded: %1")
        self.window.statusBar().showMessage(text.replace("%1", message))


_FONT_FAMILY: list[str] = []


def describe_changes(changes: dict[str, Changes]) -> str:
    """"Reloaded: people 1 changed; events 2 added" in the interface language."""
    parts = []
    for kind, change in changes.items():
        bits = [QCoreApplication.translate("MainWindow", text).replace("%1", str(n)) for n, text in (
            (change.added, QT_TRANSLATE_NOOP("MainWindow", "%1 added")),
            (change.removed, QT_TRANSLATE_NOOP("MainWindow", "%1 removed")),
            (change.changed, QT_TRANSLATE_NOOP("MainWindow", "%1 changed"))) if n]
        parts.append(f"{KIND_NAMES.get(kind, kind)()} {', '.join(bits)}")
    return QCoreApplication.translate("MainWindow", "Reloaded: %1").replace("%1", "; ".join(parts))


KIND_NAMES = {
    "people": lambda: QCoreApplication.translate("MainWindow", "people"),
    "bodies": lambda: QCoreApplication.translate("MainWindow", "organs"),
    "trials": lambda: QCoreApplication.translate("MainWindow", "trials"),
    "events": lambda: QCoreApplication.translate("MainWindow", "events"),
    "sources": lambda: QCoreApplication.translate("MainWindow", "sources"),
    "memberships": lambda: QCoreApplication.translate("MainWindow", "posts"),
}


def load_fonts() -> str:
    """Register the bundled PT Sans / PT Serif fonts once; return the family to use ("" if none loaded)."""
    if _FONT_FAMILY:
        return _FONT_FAMILY[0]
    family = ""
    fonts = locations.resource_path("fonts")
    for path in sorted(fonts.glob("*.ttf")) if fonts.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family and "Sans" in families[0]:
            family = families[0]
    _FONT_FAMILY.append(family)
    return family


def make_qapp(argv: list[str]) -> QApplication:
    """The QApplication, with our fonts and style."""
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(argv)
    qapp.setApplicationName("Purges Desktop")
    qapp.setOrganizationName("purges-desktop")
    qapp.setApplicationVersion(__version__)
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(max(qapp.font().pointSizeF(), 10.0))
        qapp.setFont(font)
    style = locations.resource_path("styles/base.qss")
    if style.is_file():
        qapp.setStyleSheet(style.read_text(encoding="utf-8"))
    return qapp


def _setup_logging(log_file: Path | None = None) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            from logging.handlers import RotatingFileHandler  # noqa: PLC0415 - only the kiosk logs to a file

            handlers.append(RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"))
        except OSError as exc:
            print(f"cannot write the log to {log_file}: {exc}", file=sys.stderr)  # noqa: T201
    logging.basicConfig(level=os.environ.get("PURGES_LOG", "INFO" if log_file else "WARNING").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers, force=True)


def default_log_file() -> Path:
    """Where the kiosk writes its rotating log (``$XDG_STATE_HOME/purges-desktop/kiosk.log``)."""
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "purges-desktop" / "kiosk.log"


class CrashGuard:
    """Kiosk: an exception in a slot is logged and the exhibit returns to a clean start.

    PySide prints such exceptions and carries on half-updated (RELIABILITY.md hazard 9). Three within a minute
    mean something is badly wrong: exit with status 70 so that systemd starts a fresh process.
    """

    def __init__(self, app: Application, limit: int = 3, window_s: float = 60.0) -> None:
        self.app = app
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
            self.app.qapp.exit(70)
            return
        try:
            self.app.reset_to_start()
        except Exception:
            log.critical("the reset failed", exc_info=True)
            self.app.qapp.exit(70)


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    # PySide prints exceptions raised in slots and carries on; log them where the curator can find them.
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]


def kiosk_settings_from(path: str | None) -> KioskSettings:
    """Read the kiosk settings (the bundled default when no path is given); problems are logged."""
    from purges_desktop.storage.kiosk_config import check_pin, load_kiosk_settings  # noqa: PLC0415

    settings_path = Path(path) if path else locations.resource_path("kiosk.yaml")
    settings, problems = load_kiosk_settings(settings_path)
    for problem in problems:
        log.error("%s: %s: %s", settings_path.parent / str(problem.origin), problem.severity.value, problem.message)
    if settings.staff_pin and check_pin("1937", settings.staff_pin):
        log.warning("the kiosk uses the default staff PIN: set your own (python main.py hash-pin)")
    return settings


def apply_kiosk_style(qapp: QApplication, settings: KioskSettings) -> None:
    """The kiosk's high-contrast theme with large type (body text at least 22 px at 1920x1080)."""
    template = locations.resource_path("styles/kiosk.qss")
    if not template.is_file():
        return
    scale = settings.text_scale
    css = (template.read_text(encoding="utf-8").replace("@BODY@", str(round(22 * scale)))
           .replace("@LARGE@", str(round(26 * scale))).replace("@TITLE@", str(round(36 * scale))))
    qapp.setStyleSheet(css)
    # Links in pages are drawn in the palette's link colour: a light blue that reads on the kiosk's black.
    palette = qapp.palette()
    for role, colour in ((QPalette.ColorRole.Link, "#7CC8F0"), (QPalette.ColorRole.LinkVisited, "#CC99C9")):
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)


def build_kiosk(args: argparse.Namespace, qapp: QApplication) -> Application:
    """The kiosk: locked-down full-screen shell, idle reset, watchdog, crash guard."""
    settings = kiosk_settings_from(getattr(args, "kiosk_config", None))
    apply_kiosk_style(qapp, settings)
    app = Application(qapp, locations.data_dir(args.data), args.lang or settings.default_language, kiosk=settings,
                      cache_dir=locations.cache_dir())
    assert app.kiosk is not None and app.shell is not None
    qapp.installEventFilter(app.kiosk)
    qapp.setQuitOnLastWindowClosed(False)
    app.shell.enable_touch_scrolling()
    app.shell.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    sys.excepthook = CrashGuard(app)
    return app


def run_gui(args: argparse.Namespace) -> int:
    """Start the app on the dataset and show the window; the data loads in the background."""
    _setup_logging(default_log_file() if args.kiosk else None)
    qapp = make_qapp(sys.argv[:1])
    if args.kiosk:
        app = build_kiosk(args, qapp)
    else:
        sys.excepthook = _excepthook
        lang = args.lang or ("ru" if QLocale.system().language() == QLocale.Language.Russian else "en")
        app = Application(qapp, locations.data_dir(args.data), lang, cache_dir=locations.cache_dir())
        app.watch_data()
    if args.open:
        app.open_when_loaded(args.open)
    watchdog = Watchdog(qapp)
    if app.shell is not None:
        app.shell.showFullScreen()
        app.shell.reset_to_start()
        assert app.kiosk is not None
        app.kiosk.start()
    else:
        app.window.show()
    watchdog.start()
    app.controller.load()
    code = qapp.exec()
    watchdog.stop()
    app.controller.wait()
    return code


def _settle(ms: int = 150) -> None:
    """Let deferred layouts finish before a screenshot (long pages are laid out in the background)."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415 - screenshots only

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_screenshot(args: argparse.Namespace) -> int:
    """Render each view (or the one ``--open`` names) to PNG files in ``--out``, without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _setup_logging()
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        print(f"purges-desktop screenshot: --size {args.size!r} is not WxH, e.g. 1920x1080",  # noqa: T201
              file=sys.stderr)
        return 2
    uri = args.shot_open or args.open
    if uri and parse_uri(uri) is None:
        print(f"purges-desktop screenshot: --open {uri!r} is not a deep link", file=sys.stderr)  # noqa: T201
        return 2
    qapp = make_qapp(sys.argv[:1])
    lang = args.shot_lang or args.lang or "en"
    kiosk = args.shot_kiosk or args.kiosk
    data = args.shot_data or args.data
    if kiosk:
        args.lang, args.data = lang, data
        app = build_kiosk(args, qapp)
        sys.excepthook = sys.__excepthook__
        qapp.removeEventFilter(app.kiosk)
    else:
        app = Application(qapp, locations.data_dir(data), lang)
    app.top.resize(width, height)
    app.top.show()
    app.controller.load_now()
    if app.shell is None and app.controller.data is not None and app.controller.data.dataset.problems:
        app.window.problems_dock.show()  # a curator's screenshot shows what is wrong
    if getattr(args, "search", None):
        app.window.people.search.setText(args.search)
        app.window.people.apply_filter()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    targets = [uri] if uri else (["home", *TAB_ORDER] if kiosk else list(TAB_ORDER))
    suffix = "-kiosk" if kiosk else ""
    for target in targets:
        if app.shell is not None:
            if target == "home":
                app.shell.show_attract()
            else:
                app.shell.show_explore()
        if target != "home":
            app.nav.open(target)
        _settle()
        if getattr(args, "years", None) and target in {"timeline"} | {t for t in targets if t.startswith("event/")}:
            first, _, last = args.years.partition("-")
            app.window.timeline.show_years(int(first), int(last or first))
            _settle()
        name = target.replace("/", "-").replace("@", "_")
        path = out / f"{name}{suffix}-{lang}-{width}x{height}.png"
        app.top.grab().save(str(path))
        print(path)  # noqa: T201
    if app.shell is not None:
        app.shell.attract.stop()
        app.shell.allow_close = True
    app.top.close()
    app.top.deleteLater()
    return 0
