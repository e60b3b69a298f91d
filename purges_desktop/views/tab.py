# SPDX-License-Identifier: GPL-3.0-or-later
"""What every tab provides: the contract between a tab and the window (or kiosk shell) that holds it.

The window knows tabs only through this class and the registry in :mod:`purges_desktop.views.tabs`; tabs never know
each other. A tab:

- receives the loaded data with :meth:`TabPage.set_data` (``None`` while loading) and keeps showing the same record
  after a reload when it still exists;
- shows a deep link of its own kinds with :meth:`TabPage.show_location` (returns False when the record is unknown);
- asks to go somewhere by emitting :attr:`TabPage.link_activated` with a deep link (pages carry links as text; the
  navigation parses them once);
- goes back to its start with :meth:`TabPage.reset` (the kiosk's idle reset);
- redraws its data in the new language in :meth:`TabPage.language_changed` (interface strings are set by
  ``retranslate_ui()``, which Qt's language-change event calls; see :mod:`purges_desktop.application.language`);
- takes large type and touch targets, and offers no file export, after :meth:`TabPage.set_kiosk`;
- hands what it exports to the application with :attr:`TabPage.export_requested` (a file name and the bytes): a
  widget never writes a file;
- answers its pages' glossary links with :meth:`TabPage.glossary_term` (the browser shows the definition in place);
- offers the page it shows for printing with :meth:`TabPage.printable` (the document of its page; the window prints
  it or turns it into a PDF with the page's citation at the end).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from purges_desktop.views.retranslate import Retranslatable

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.domain.links import Location
    from purges_desktop.domain.model import Term


class TabPage(Retranslatable, QWidget):
    """Base class of the tabs (see the module docstring for the contract).

    Attributes:
        data: the data shown (``None`` while loading).
        language: the app's language state.

    Signals:
        link_activated(str): the user asked for a deep link (a link clicked, a row chosen).
        export_requested(str, bytes): the user asked to save something (a file name such as ``by-year.csv``, the
            content); study mode writes it into the export folder, the kiosk offers no export.
    """

    link_activated = Signal(str)
    export_requested = Signal(str, bytes)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: LoadedData | None = None
        self.language = language
        language.changed.connect(self._on_language_changed)

    @property
    def lang(self) -> str:
        """The language the data is shown in."""
        return self.language.code

    # ---- to implement

    def set_data(self, data: LoadedData | None) -> None:
        """Show (re)loaded data; keep the record on screen if it still exists."""
        raise NotImplementedError

    def show_location(self, location: Location) -> bool:
        """Show a deep link of this tab's kinds; False when its record is unknown."""
        raise NotImplementedError

    def reset(self) -> None:
        """Back to the start (no search, no selection, first page)."""
        raise NotImplementedError

    def set_kiosk(self, on: bool) -> None:
        """Kiosk mode: large type and touch targets, no export (by default the style sheet is enough)."""
        del on

    def printable(self) -> QTextDocument | None:
        """The document of the page on screen, to print or save as PDF; ``None`` when the tab shows nothing
        printable (the default). The caller prints a copy and never changes it."""
        return None

    def language_changed(self) -> None:
        """Redraw the data in :attr:`lang` (the default: show the same data again)."""
        self.set_data(self.data)

    def glossary_term(self, term_id: str) -> Term | None:
        """A glossary term of the data shown, for the definitions the tab's pages open in place
        (:class:`~purges_desktop.views.safe.GlossaryHolder`); ``None`` when unknown or while loading."""
        return self.data.dataset.term(term_id) if self.data is not None else None

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self.language_changed()
