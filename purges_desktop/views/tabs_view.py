# SPDX-License-Identifier: GPL-3.0-or-later
"""The tabs, composed once: used by the study window and by the kiosk shell alike.

Every tab in the registry (:mod:`purges_desktop.views.tabs`) gets a page here, built the first time it is needed:
the one on screen right after the window's first paint (docs/reliability.md, "Start-up time"). The window appears in
about the time of an empty one, and the tabs' modules are not even imported before that. Deep links arrive parsed
from the navigation; the view switches to the tab that shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.domain.links import Kind, Location
from purges_desktop.views.safe import LinkBrowser
from purges_desktop.views.tabs import TABS, TabSpec, tab_index

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.application.navigation import Navigation
    from purges_desktop.views.org_tab import OrgTab
    from purges_desktop.views.people_tab import PeopleTab
    from purges_desktop.views.tab import TabPage
    from purges_desktop.views.timeline_tab import TimelineTab
    from purges_desktop.views.trials_tab import TrialsTab


class TabsView(QTabWidget):
    """One page per registered tab, built lazily, following the navigation.

    Signals:
        tab_created(QWidget): a tab was just built (the kiosk makes its lists touch-scrollable).
        export_requested(str, bytes): a tab asked to save a file (name, content).
    """

    tab_created = Signal(QWidget)
    export_requested = Signal(str, bytes)

    def __init__(self, navigation: Navigation, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = navigation
        self.language = language
        self.data: LoadedData | None = None
        self.kiosk = False
        self._built: dict[Kind, TabPage] = {}
        self._painted = False
        self._holders: list[QWidget] = []
        for _spec in TABS:
            holder = QWidget(self)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.addTab(holder, "")
        self.retranslate_ui()
        self.currentChanged.connect(self._on_current_changed)
        navigation.location_changed.connect(self.show_location)

    # ---- the tabs

    def tab(self, kind: Kind) -> TabPage:
        """The tab that shows ``kind`` (a view or a record kind), built on first use."""
        index = tab_index(kind)
        if index < 0:
            raise KeyError(kind)
        spec = TABS[index]
        tab = self._built.get(spec.kind)
        if tab is None:
            tab = self._build(spec, self._holders[index])
        return tab

    def built_tabs(self) -> list[TabPage]:
        """The tabs built so far, in display order."""
        return [self._built[spec.kind] for spec in TABS if spec.kind in self._built]

    def current_tab(self) -> TabPage:
        """The tab on screen (built now if it was not yet)."""
        return self.tab(TABS[max(0, self.currentIndex())].kind)

    def current_kind(self) -> Kind:
        """The view kind of the tab on screen."""
        return TABS[max(0, self.currentIndex())].kind

    def set_tab_hidden(self, name: str) -> None:
        """Hide a tab by its name (kiosk settings); unknown names are ignored."""
        for i, spec in enumerate(TABS):
            if spec.name == name:
                self.setTabVisible(i, False)

    # Typed shortcuts to the tabs (tests, the screenshot command).
    @property
    def people(self) -> PeopleTab:
        """The People tab."""
        return cast("PeopleTab", self.tab(Kind.PEOPLE))

    @property
    def organization(self) -> OrgTab:
        """The Organization tab."""
        return cast("OrgTab", self.tab(Kind.ORGANIZATION))

    @property
    def trials(self) -> TrialsTab:
        """The Trials tab."""
        return cast("TrialsTab", self.tab(Kind.TRIALS))

    @property
    def timeline(self) -> TimelineTab:
        """The Timeline tab."""
        return cast("TimelineTab", self.tab(Kind.TIMELINE))

    # ---- public API

    def set_data(self, data: LoadedData | None) -> None:
        """Show (re)loaded data in every built tab, then the current location again."""
        self.data = data
        for tab in self.built_tabs():
            tab.set_data(data)
        if data is not None and self.nav.current is not None:
            self.show_location(self.nav.current)

    def set_kiosk(self, on: bool) -> None:
        """Kiosk mode for every tab, now and when built (large type, touch targets, no export)."""
        self.kiosk = on
        for tab in self.built_tabs():
            tab.set_kiosk(on)

    def reset(self) -> None:
        """Every built tab back to its start (the kiosk's idle reset), every glossary definition closed; unbuilt tabs
        are already there."""
        for tab in self.built_tabs():
            tab.reset()
            for browser in tab.findChildren(LinkBrowser):
                browser.hide_term()

    @Slot(Location)
    def show_location(self, location: Location) -> bool:
        """Switch to the tab of a location and show it there; False when no tab shows it."""
        index = tab_index(location.kind)
        if index < 0:
            return False
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        return self.tab(location.kind).show_location(location)

    def retranslate_ui(self) -> None:
        """The tab titles in the interface language."""
        for i, spec in enumerate(TABS):
            self.setTabText(i, spec.translated_title())

    # ---- Qt overrides

    @override
    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            # The empty tabs are on screen: now build the one shown.
            self._painted = True
            QTimer.singleShot(0, self, self.current_tab)
        return result

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- internals

    def _build(self, spec: TabSpec, holder: QWidget) -> TabPage:
        tab = spec.build(self.language, holder)
        self._built[spec.kind] = tab
        holder.layout().addWidget(tab)
        tab.link_activated.connect(self.nav.open)
        tab.export_requested.connect(self.export_requested)
        tab.set_kiosk(self.kiosk)
        tab.set_data(self.data)
        self.tab_created.emit(tab)
        return tab

    @Slot(int)
    def _on_current_changed(self, index: int) -> None:
        spec = TABS[index]
        self.tab(spec.kind)
        current = self.nav.current
        if current is None or tab_index(current.kind) != index:
            self.nav.open(Location(spec.kind))
