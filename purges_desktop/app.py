# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: builds the QApplication and every object, connects them, shows the window.

Nothing else creates long-lived objects or reaches for globals. The window paints first; the data is loaded in the
background and arrives through the DatasetController.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from purges_desktop import __version__, locations
from purges_desktop.application.dataset_controller import DatasetController, LoadedData
from purges_desktop.application.navigation import Navigation, parse_uri
from purges_desktop.views.main_window import TAB_ORDER, MainWindow

if TYPE_CHECKING:
    import argparse

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

    def __init__(self, qapp: QApplication, data_dir: Path, lang: str) -> None:
        self.qapp = qapp
        self.lang = lang
        self.translator: QTranslator | None = None
        self.url_sink = UrlSink(qapp)
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self.url_sink, "swallow")
        self.controller = DatasetController(data_dir, qapp)
        self.nav = Navigation(qapp)
        self.window = MainWindow(self.nav)
        self.pending_uri = ""
        self.install_translator(lang)
        self.window.set_language(lang)
        self.controller.dataset_loaded.connect(self._on_dataset_loaded)
        self.controller.load_failed.connect(self._on_load_failed)
        self.window.language_requested.connect(self.set_language)

    def install_translator(self, lang: str) -> None:
        """Install the interface translation for ``lang`` (English needs none)."""
        if self.translator is not None:
            self.qapp.removeTranslator(self.translator)
            self.translator = None
        if lang != "en":
            translator = QTranslator(self.qapp)
            if translator.load(str(locations.resource_path(f"translations/purges_{lang}.qm"))):
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
        self.window.set_language(lang)

    def open_when_loaded(self, uri: str) -> None:
        """Go to a deep link as soon as the data is there."""
        self.pending_uri = uri

    @Slot(object)
    def _on_dataset_loaded(self, data: LoadedData) -> None:
        self.window.set_data(data)
        if self.pending_uri:
            uri, self.pending_uri = self.pending_uri, ""
            if not self.nav.open(uri):
                log.warning("--open %s: not a deep link (person/<id>, body/<id>@<date>, trial/<id>, event/<id>)",
                            uri)

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        log.error("the data could not be loaded: %s", message)
        text = QCoreApplication.translate("MainWindow", "The data could not be loaded: %1")
        self.window.statusBar().showMessage(text.replace("%1", message))


def load_fonts() -> str:
    """Register the bundled PT Sans / PT Serif fonts; return the family to use ("" if none loaded)."""
    family = ""
    fonts = locations.resource_path("fonts")
    for path in sorted(fonts.glob("*.ttf")) if fonts.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family and "Sans" in families[0]:
            family = families[0]
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


def _setup_logging() -> None:
    logging.basicConfig(level=os.environ.get("PURGES_LOG", "WARNING").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    # PySide prints exceptions raised in slots and carries on; log them where the curator can find them.
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]


def run_gui(args: argparse.Namespace) -> int:
    """Start the app on the dataset and show the window; the data loads in the background."""
    _setup_logging()
    sys.excepthook = _excepthook
    qapp = make_qapp(sys.argv[:1])
    lang = args.lang or ("ru" if QLocale.system().language() == QLocale.Language.Russian else "en")
    app = Application(qapp, locations.data_dir(args.data), lang)
    if args.open:
        app.open_when_loaded(args.open)
    app.window.show()
    app.controller.load()
    code = qapp.exec()
    app.controller.wait()
    return code


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
    app = Application(qapp, locations.data_dir(args.shot_data or args.data), lang)
    app.window.resize(width, height)
    app.window.show()
    app.controller.load_now()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    targets = [uri] if uri else list(TAB_ORDER)
    for target in targets:
        app.nav.open(target)
        qapp.processEvents()
        name = target.replace("/", "-").replace("@", "_")
        path = out / f"{name}-{lang}-{width}x{height}.png"
        app.window.grab().save(str(path))
        print(path)  # noqa: T201
    app.window.close()
    app.window.deleteLater()
    return 0
