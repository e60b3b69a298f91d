# SPDX-License-Identifier: GPL-3.0-or-later
"""The one language state of the running app: interface translation and data language switch together.

A switch installs the interface translator (Qt then sends ``LanguageChange`` to every widget, whose
``retranslate_ui()`` sets its own strings), sets the default locale (dates and numbers), and then emits
:attr:`Language.changed` once. Widgets that show *data* in a language subscribe to ``changed`` once and redraw then;
nothing else passes the language down a cascade of calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

if TYPE_CHECKING:
    from pathlib import Path

LANGUAGES = ("en", "ru")


class Language(QObject):
    """The current language (``en`` or ``ru``), observable.

    Signals:
        changed(str): the language after a switch (emitted after the interface strings were retranslated).
    """

    changed = Signal(str)

    def __init__(self, code: str = "en", translations: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = code if code in LANGUAGES else "en"
        self._translations = translations
        self._translators: dict[str, QTranslator | None] = {}
        self._installed: QTranslator | None = None
        self._install(self._code)

    @property
    def code(self) -> str:
        """The current language code."""
        return self._code

    def set(self, code: str) -> None:
        """Switch the interface and the data to ``code`` (unknown codes fall back to English)."""
        code = code if code in LANGUAGES else "en"
        self._install(code)
        # Qt posts LanguageChange to every widget; deliver it now, so that the interface strings are in the new
        # language before the data is redrawn in it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        changed = code != self._code
        self._code = code
        if changed:
            self.changed.emit(code)

    def _install(self, code: str) -> None:
        app = QCoreApplication.instance()
        if self._installed is not None and app is not None:
            app.removeTranslator(self._installed)
            self._installed = None
        if code != "en" and app is not None and self._translations is not None:
            # One translator per language, loaded once: a new one per switch would pile up (found by the soak).
            translator = self._translators.get(code)
            if code not in self._translators:
                translator = QTranslator(self)
                if not translator.load(str(self._translations / f"purges_{code}.qm")):
                    translator.deleteLater()
                    translator = None
                self._translators[code] = translator
            if translator is not None:
                app.installTranslator(translator)
                self._installed = translator
        QLocale.setDefault(QLocale(QLocale.Language.Russian if code == "ru" else QLocale.Language.English))
