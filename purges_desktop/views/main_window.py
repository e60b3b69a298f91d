# SPDX-License-Identifier: GPL-3.0-or-later
"""The study window: the tabs view, the navigation bar, the language and the problems indicator. No data logic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QMainWindow,
    QPushButton,
    QToolBar,
    QWidget,
)
from typing_extensions import override

from purges_desktop.views.problems_panel import ProblemsPanel
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.tabs_view import TabsView

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.application.navigation import Navigation
    from purges_desktop.domain.problems import Problem
    from purges_desktop.views.org_tab import OrgTab
    from purges_desktop.views.people_tab import PeopleTab
    from purges_desktop.views.timeline_tab import TimelineTab
    from purges_desktop.views.trials_tab import TrialsTab


def _unique_keys(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    """The platform's keys for an action plus ``extra``, without duplicates (which make shortcuts ambiguous)."""
    keys = {k.toString(): k for k in QKeySequence.keyBindings(standard)}
    keys.setdefault(QKeySequence(extra).toString(), QKeySequence(extra))
    return list(keys.values())


class MainWindow(Retranslatable, QMainWindow):
    """The study window: the tabs, back/forward, the language, and the curator's problems panel.

    Signals:
        language_requested(str): the user chose a language (``en``/``ru``).
    """

    language_requested = Signal(str)

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
        self.language_box.setAccessibleName(self.tr("Language of the data"))
        self.problems_button.setAccessibleName(self.tr("Show problems in the data"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.problems_dock.setWindowTitle(self.tr("Problems in the data"))
        self._update_problems()

    # ---- internals

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

    @Slot(int)
    def _on_language_activated(self, index: int) -> None:
        self.language_requested.emit(self.language_box.itemData(index))
