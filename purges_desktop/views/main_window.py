# SPDX-License-Identifier: GPL-3.0-or-later
"""The study window: the tabs view, the navigation bar, the language and the problems indicator; copying the
page's link and citation, printing it and saving it as PDF; the Stories menu. No data logic."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)
from typing_extensions import override

from purges_desktop.application.citing import cite_location, default_style, pdf_bytes, pdf_name, with_citation
from purges_desktop.domain.citation import Style, cite_source, page_title
from purges_desktop.domain.links import Kind, Location, link_to
from purges_desktop.views.global_search import SearchField
from purges_desktop.views.page_menu import style_name
from purges_desktop.views.problems_panel import ProblemsPanel
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.tabs_view import TabsView

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtPrintSupport import QPrinter

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.application.navigation import Navigation
    from purges_desktop.domain.problems import Problem
    from purges_desktop.views.org_tab import OrgTab
    from purges_desktop.views.people_tab import PeopleTab
    from purges_desktop.views.timeline_tab import TimelineTab
    from purges_desktop.views.trials_tab import TrialsTab

CITATION_MS = 20_000


def _unique_keys(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    """The platform's keys for an action plus ``extra``, without duplicates (which make shortcuts ambiguous)."""
    keys = {k.toString(): k for k in QKeySequence.keyBindings(standard)}
    keys.setdefault(QKeySequence(extra).toString(), QKeySequence(extra))
    return list(keys.values())


class MainWindow(Retranslatable, QMainWindow):
    """The study window: the tabs, back/forward, the language, and the curator's problems panel.

    Signals:
        language_requested(str): the user chose a language (``en``/``ru``).
        export_requested(str, bytes): a file to save in the export folder (the page as PDF): the window writes none.
    """

    language_requested = Signal(str)
    export_requested = Signal(str, bytes)

    def __init__(self, navigation: Navigation, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = navigation
        self.language = language
        self.data: LoadedData | None = None
        self.tabs = TabsView(navigation, language, self)
        self.setCentralWidget(self.tabs)

        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        self.toolbar.toggleViewAction().setVisible(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.back_action = QAction(self)
        self.back_action.setShortcuts(_unique_keys(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.forward_action = QAction(self)
        self.forward_action.setShortcuts(_unique_keys(QKeySequence.StandardKey.Forward, "Alt+Right"))
        for action in (self.back_action, self.forward_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addAction(self.forward_action)
        self.toolbar.addSeparator()
        self.copy_link_action = QAction(self)
        self.copy_link_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.cite_menu = QMenu(self)
        self.cite_actions: dict[Style, QAction] = {}
        for style in Style:
            action = self.cite_menu.addAction("")
            action.triggered.connect(partial(self.cite, style))
            self.cite_actions[style] = action
        self.cite_action = QAction(self)
        self.cite_action.setMenu(self.cite_menu)
        self.print_menu = QMenu(self)
        self.print_page_action = self.print_menu.addAction("")
        self.print_page_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.save_pdf_action = self.print_menu.addAction("")
        self.print_action = QAction(self)
        self.print_action.setMenu(self.print_menu)
        for action in (self.copy_link_action, self.cite_action, self.print_action):
            self.toolbar.addAction(action)
        for action in (self.cite_action, self.print_action):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_box = QComboBox(self)
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Русский", "ru")
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
        self.search = SearchField(language, self, self)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addAction(self.search_action)
        self.toolbar.addWidget(self.search)
        self.toolbar.addWidget(self.language_box)
        self.problems_button = QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.hide()
        self.statusBar().addPermanentWidget(self.problems_button)
        self.problems_panel = ProblemsPanel(self)
        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_panel)
        self.problems_dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self._stale = False
        # The guided stories, one action each (filled from the data).
        self.stories_menu = self.menuBar().addMenu("")
        self.stories_menu.setObjectName("storiesMenu")
        self.all_stories_action = QAction(self)
        self.all_stories_action.triggered.connect(partial(self.nav.open, link_to(Kind.STORIES)))
        self.story_actions: list[QAction] = []

        self.search_action.triggered.connect(self.search.activate)
        self.search.link_activated.connect(self.nav.open)
        self.copy_link_action.triggered.connect(self.copy_link)
        self.print_page_action.triggered.connect(lambda: self.print_page())
        self.save_pdf_action.triggered.connect(self.save_pdf)
        self.back_action.triggered.connect(self.nav.back)
        self.forward_action.triggered.connect(self.nav.forward)
        self.nav.history_changed.connect(self._on_nav_history_changed)
        self.language.changed.connect(self._on_language_changed)
        self.language_box.activated.connect(self._on_language_activated)
        self.problems_button.clicked.connect(self.show_problems)
        self._on_language_changed(language.code)
        self.retranslate_ui()
        self._on_nav_history_changed()
        self.resize(1366, 768)

    # Shortcuts to the tabs.
    @property
    def people(self) -> PeopleTab:
        """The People tab."""
        return self.tabs.people

    @property
    def organization(self) -> OrgTab:
        """The Organization tab."""
        return self.tabs.organization

    @property
    def trials(self) -> TrialsTab:
        """The Trials tab."""
        return self.tabs.trials

    @property
    def timeline(self) -> TimelineTab:
        """The Timeline tab."""
        return self.tabs.timeline

    # ---- public API

    def set_data(self, data: LoadedData | None) -> None:
        """Show (re)loaded data in every tab and update the problems indicator."""
        self.data = data
        self._stale = False
        self.tabs.set_data(data)
        self._fill_stories_menu()
        self.search.set_index(data.global_index if data is not None else None)
        self._update_problems()
        if data is not None:
            self.problems_panel.set_problems(data.dataset.problems)
            if not data.dataset.problems:
                self.problems_dock.hide()

    def show_rejected_reload(self, latest: LoadedData) -> None:
        """A reload found errors: keep the last good data on screen and list the new problems."""
        self._stale = True
        self.problems_panel.set_problems(latest.dataset.problems, stale=True)
        self._update_problems(latest.dataset.problems)
        self.problems_dock.show()

    def current_location(self) -> Location:
        """Where the window is: the navigation's location (the tab on screen before any navigation)."""
        current = self.nav.current
        return current if current is not None else Location(self.tabs.current_kind())

    @Slot()
    def copy_link(self) -> str:
        """Put the deep link of the page on screen on the clipboard; the link."""
        link = self.current_location().uri()
        QGuiApplication.clipboard().setText(link)
        self.statusBar().showMessage(self.tr("Link copied: %1").replace("%1", link), CITATION_MS)
        return link

    def cite(self, style: Style) -> str | None:
        """Copy the citation of the page on screen in ``style`` to the clipboard and show it; the citation
        (``None`` when there is nothing to cite: no data yet, or a record that is not in it)."""
        citation = cite_location(self.data, self.current_location(), self.language.code, style)
        if citation is None:
            self.statusBar().showMessage(self.tr("There is nothing to cite here yet."), CITATION_MS)
            return None
        QGuiApplication.clipboard().setText(citation)
        self.statusBar().showMessage(self.tr("Citation copied: %1").replace("%1", citation), CITATION_MS)
        return citation

    def cite_source(self, source_id: str, style: Style) -> str | None:
        """Copy the citation of a source of the bibliography in ``style`` (accessed today) to the clipboard and
        show it; the citation (``None`` when the source is not in the data)."""
        source = self.data.dataset.sources.get(source_id) if self.data is not None else None
        if source is None:
            self.statusBar().showMessage(self.tr("There is nothing to cite here yet."), CITATION_MS)
            return None
        citation = cite_source(source, style, dt.date.today())
        QGuiApplication.clipboard().setText(citation)
        self.statusBar().showMessage(self.tr("Citation copied: %1").replace("%1", citation), CITATION_MS)
        return citation

    @Slot()
    def save_pdf(self) -> bool:
        """Save the page on screen as a PDF, its citation at the end, in the export folder (through
        :attr:`export_requested`); False when the page cannot be printed."""
        location, lang = self.current_location(), self.language.code
        document = self.tabs.current_tab().printable()
        citation = cite_location(self.data, location, lang, default_style(lang))
        if document is None or citation is None or self.data is None:
            self.statusBar().showMessage(self.tr("There is nothing to print here yet."), CITATION_MS)
            return False
        title = page_title(self.data.dataset, location, lang) or location.uri()
        content = pdf_bytes(with_citation(document, citation, dt.date.today(), lang), title)
        self.export_requested.emit(pdf_name(location), content)
        return True

    @Slot()
    def print_page(self, choose: Callable[[QPrinter], bool] | None = None) -> bool:
        """Print the page on screen, its citation at the end, on a printer the user chooses (``choose`` sets up the
        printer and says whether to go ahead; by default the system's print dialog). True when it was printed."""
        from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415 - only when printing

        location, lang = self.current_location(), self.language.code
        document = self.tabs.current_tab().printable()
        citation = cite_location(self.data, location, lang, default_style(lang))
        if document is None or citation is None:
            self.statusBar().showMessage(self.tr("There is nothing to print here yet."), CITATION_MS)
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not (choose or self._print_dialog)(printer):
            return False
        with_citation(document, citation, dt.date.today(), lang).print_(printer)
        return True

    def _print_dialog(self, printer: QPrinter) -> bool:
        """The system's print dialog: True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog  # noqa: PLC0415 - only when printing

        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print this page"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    @Slot()
    def show_problems(self) -> None:
        """Show or hide the problems panel."""
        self.problems_dock.setVisible(not self.problems_dock.isVisible())

    # ---- Qt overrides

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.nav.back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.nav.forward()
        else:
            super().mousePressEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.setWindowTitle(self.tr("Purges Desktop — the Soviet purges, 1917–1953"))
        self.back_action.setText(self.tr("← Back"))
        self.back_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.forward_action.setText(self.tr("Forward →"))
        self.forward_action.setToolTip(self.tr("Forward (Alt+Right)"))
        self.copy_link_action.setText(self.tr("Copy link"))
        self.copy_link_action.setToolTip(self.tr("Copy the link to this page (Ctrl+Shift+C)"))
        self.cite_action.setText(self.tr("Cite…"))
        self.cite_action.setToolTip(self.tr("Copy a citation of this page"))
        for style, action in self.cite_actions.items():
            action.setText(style_name(style))
        self.print_action.setText(self.tr("Print / PDF…"))
        self.print_action.setToolTip(self.tr("Print this page or save it as PDF, with its citation"))
        self.print_page_action.setText(self.tr("Print…"))
        self.save_pdf_action.setText(self.tr("Save as PDF in the export folder"))
        self.search_action.setText(self.tr("Search everything"))
        self.language_box.setAccessibleName(self.tr("Language of the data"))
        self.problems_button.setAccessibleName(self.tr("Show problems in the data"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.problems_dock.setWindowTitle(self.tr("Problems in the data"))
        self.stories_menu.setTitle(self.tr("&Stories"))
        self.all_stories_action.setText(self.tr("All stories"))
        self._update_problems()

    # ---- internals

    def _fill_stories_menu(self) -> None:
        """One action per guided story of the data (in their order, titled in the data's language), then "All
        stories"; each opens its story through the navigation."""
        self.stories_menu.clear()
        self.story_actions = []
        stories = self.data.dataset.stories if self.data is not None else ()
        for story in stories:
            if not story.cards:
                continue
            action = self.stories_menu.addAction(story.title.get(self.language.code))
            action.setData(story.id)
            action.triggered.connect(partial(self.nav.open, link_to(Kind.STORY, story.id)))
            self.story_actions.append(action)
        if self.story_actions:
            self.stories_menu.addSeparator()
        self.stories_menu.addAction(self.all_stories_action)

    def _update_problems(self, problems: tuple[Problem, ...] | None = None) -> None:
        if problems is None:
            if self.data is None:
                self.problems_button.hide()
                return
            problems = self.problems_panel.problems() if self._stale else self.data.dataset.problems
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        if not problems:
            self.problems_button.hide()
            return
        self.problems_button.setText("⚠ " + self.tr("%1 error(s), %2 warning(s) in the data").replace(
            "%1", str(errors)).replace("%2", str(warnings)) + (" — " + self.tr("showing the last good data")
                                                              if self._stale else ""))
        self.problems_button.show()

    @Slot()
    def _on_nav_history_changed(self) -> None:
        self.back_action.setEnabled(self.nav.can_go_back())
        self.forward_action.setEnabled(self.nav.can_go_forward())

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(code)))
        self._fill_stories_menu()

    @Slot(int)
    def _on_language_activated(self, index: int) -> None:
        self.language_requested.emit(self.language_box.itemData(index))
