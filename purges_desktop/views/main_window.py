# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: composes the four tabs, the navigation bar and the problems indicator. No data logic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from purges_desktop.application.navigation import parse_uri
from purges_desktop.views.problems_panel import ProblemsPanel
from purges_desktop.views.retranslate import Retranslatable

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.navigation import Navigation
    from purges_desktop.views.org_tab import OrgTab
    from purges_desktop.views.people_tab import PeopleTab
    from purges_desktop.views.timeline_tab import TimelineTab
    from purges_desktop.views.trials_tab import TrialsTab

    Tab = PeopleTab | OrgTab | TrialsTab | TimelineTab

TAB_ORDER = ("people", "organization", "trials", "timeline")


def _unique_keys(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    """The platform's keys for an action plus ``extra``, without duplicates (which make shortcuts ambiguous)."""
    keys = {k.toString(): k for k in QKeySequence.keyBindings(standard)}
    keys.setdefault(QKeySequence(extra).toString(), QKeySequence(extra))
    return list(keys.values())


class MainWindow(Retranslatable, QMainWindow):
    """People, Organization, Trials and Timeline, with back/forward history.

    Signals:
        language_requested(str): the user chose the data language (``en``/``ru``).
    """

    language_requested = Signal(str)
    tab_created = Signal(QWidget)

    def __init__(self, navigation: Navigation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = navigation
        self.data: LoadedData | None = None
        self.lang = "en"
        # Every tab is built the first time it is needed (docs/reliability.md, "Start-up time"), the one on screen
        # right after the window's first paint: the window appears in about the time of an empty one
        # (benchmarks/README.md), and the tabs' modules are not even imported before that.
        self._built: dict[str, Tab] = {}
        self._painted = False
        self._holders = {name: QWidget(self) for name in TAB_ORDER}
        for holder in self._holders.values():
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        for name in TAB_ORDER:
            self.tabs.addTab(self._holders[name], "")
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
        self.language_box = QComboBox(self)
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Русский", "ru")
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
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

        self.back_action.triggered.connect(self.nav.back)
        self.forward_action.triggered.connect(self.nav.forward)
        self.nav.history_changed.connect(self._on_nav_history_changed)
        self.nav.location_changed.connect(self.show_location)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.language_box.activated.connect(self._on_language_activated)
        self.problems_button.clicked.connect(self.show_problems)
        self.retranslate_ui()
        self._on_nav_history_changed()
        self.resize(1366, 768)

    @property
    def people(self) -> PeopleTab:
        """The People tab (built on first use)."""
        return self._tab("people")  # type: ignore[return-value]

    @property
    def organization(self) -> OrgTab:
        """The Organization tab (built on first use)."""
        return self._tab("organization")  # type: ignore[return-value]

    @property
    def trials(self) -> TrialsTab:
        """The Trials tab (built on first use)."""
        return self._tab("trials")  # type: ignore[return-value]

    @property
    def timeline(self) -> TimelineTab:
        """The Timeline tab (built on first use)."""
        return self._tab("timeline")  # type: ignore[return-value]

    def _tab(self, name: str) -> Tab:
        tab = self._built.get(name)
        if tab is None:
            tab = _build_tab(name, self._holders[name])
            self._built[name] = tab
            self._adopt(tab, name)
        return tab

    def _adopt(self, tab: Tab, name: str) -> None:
        self._holders[name].layout().addWidget(tab)
        tab.link_activated.connect(self.nav.open)
        if self.data is not None:
            tab.set_data(self.data, self.lang)
        else:
            tab.set_language(self.lang)
        self.tab_created.emit(tab)

    def current_tab(self) -> QWidget:
        """The tab on screen (the tab itself, not its placeholder)."""
        return self._tab(TAB_ORDER[max(0, self.tabs.currentIndex())])

    def _tab_widgets(self) -> list[Tab]:
        """The tabs built so far."""
        return [self._built[name] for name in TAB_ORDER if name in self._built]

    def reset_views(self) -> None:
        """Every view back to its start (the kiosk's idle reset); unbuilt tabs are already there."""
        for tab in self._tab_widgets():
            tab.reset()  # type: ignore[attr-defined]

    # ---- public API

    def set_data(self, data: LoadedData | None) -> None:
        """Show (re)loaded data in every tab and update the problems indicator."""
        self.data = data
        self._stale = False
        for tab in self._tab_widgets():
            tab.set_data(data, self.lang)
        self._update_problems()
        if data is not None:
            self.problems_panel.set_problems(data.dataset.problems)
            if not data.dataset.problems:
                self.problems_dock.hide()
            if self.nav.current:
                self.show_location(self.nav.current)

    def show_rejected_reload(self, latest: LoadedData) -> None:
        """A reload found errors: keep the last good data on screen and list the new problems."""
        self._stale = True
        self.problems_panel.set_problems(latest.dataset.problems, stale=True)
        self._update_problems(latest.dataset.problems)
        self.problems_dock.show()

    def set_language(self, lang: str) -> None:
        """Show the data in ``lang`` (the interface itself follows the installed translator)."""
        self.lang = lang
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(lang)))
        for tab in self._tab_widgets():
            tab.set_language(lang)

    @Slot(str)
    def show_location(self, uri: str) -> None:
        """Switch to the tab of a deep link and show its record."""
        location = parse_uri(uri)
        if location is None:
            return
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(TAB_ORDER.index(location.tab))
        self.tabs.blockSignals(False)
        _ = self._tab(location.tab)
        if location.kind == "person":
            self.people.show_person(location.id)
        elif location.kind == "trial":
            self.trials.show_record(location.id)
        elif location.kind == "event":
            self.timeline.show_record(location.id)
        elif location.kind == "body":
            self.organization.show_body(location.id, location.date)

    @Slot()
    def show_problems(self) -> None:
        """Show or hide the problems panel."""
        self.problems_dock.setVisible(not self.problems_dock.isVisible())

    # ---- Qt overrides

    @override
    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            # The empty window is on screen: now build the tab it shows.
            self._painted = True
            QTimer.singleShot(0, self, self.current_tab)
        return result

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
        for i, title in enumerate((self.tr("People"), self.tr("Organization"), self.tr("Trials"),
                                   self.tr("Timeline"))):
            self.tabs.setTabText(i, title)
        self.back_action.setText(self.tr("← Back"))
        self.back_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.forward_action.setText(self.tr("Forward →"))
        self.forward_action.setToolTip(self.tr("Forward (Alt+Right)"))
        self.language_box.setAccessibleName(self.tr("Language of the data"))
        self.problems_button.setAccessibleName(self.tr("Show problems in the data"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.problems_dock.setWindowTitle(self.tr("Problems in the data"))
        self._update_problems()

    # ---- internals

    def _update_problems(self, problems: tuple | None = None) -> None:
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

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        _ = self._tab(TAB_ORDER[index])
        current = parse_uri(self.nav.current) if self.nav.current else None
        if current is None or current.tab != TAB_ORDER[index]:
            self.nav.open(TAB_ORDER[index])

    @Slot(int)
    def _on_language_activated(self, index: int) -> None:
        self.language_requested.emit(self.language_box.itemData(index))


def _build_tab(name: str, parent: QWidget) -> Tab:
    """Import and build one tab (imported here, not at the top: see ``MainWindow.__init__``)."""
    if name == "people":
        from purges_desktop.views.people_tab import PeopleTab  # noqa: PLC0415

        return PeopleTab(parent)
    if name == "organization":
        from purges_desktop.views.org_tab import OrgTab  # noqa: PLC0415

        return OrgTab(parent)
    if name == "trials":
        from purges_desktop.views.trials_tab import TrialsTab  # noqa: PLC0415

        return TrialsTab(parent)
    from purges_desktop.views.timeline_tab import TimelineTab  # noqa: PLC0415

    return TimelineTab(parent)
