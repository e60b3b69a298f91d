# SPDX-License-Identifier: GPL-3.0-or-later
"""The tab registry: every tab is declared once here, in display order.

An entry names the view's deep-link kind (``people``), the record kinds the tab opens (``person``), its title and
the class that builds it. The window, the kiosk shell, the screenshot command and the kiosk settings all read this
table; adding a tab is one entry here plus its module (a :class:`~purges_desktop.views.tab.TabPage` subclass).

Tabs are imported only when first shown (the window paints in about the time of an empty one).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from purges_desktop.domain.links import Kind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from purges_desktop.application.language import Language
    from purges_desktop.views.tab import TabPage

TITLE_CONTEXT = "MainWindow"


@dataclass(frozen=True, slots=True)
class TabSpec:
    """One tab.

    Attributes:
        kind: the view's deep-link kind (``people``); also the tab's name.
        records: the record kinds the tab opens (``person``).
        title: the English title (translated in :data:`TITLE_CONTEXT`).
        factory: ``module:Class`` of the tab, imported when the tab is first needed.
    """

    kind: Kind
    records: frozenset[Kind]
    title: str
    factory: str

    @property
    def name(self) -> str:
        """The tab's name, as in the kiosk settings and screenshot file names (``people``)."""
        return self.kind.value

    def translated_title(self) -> str:
        """The title in the interface language."""
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)

    def build(self, language: Language, parent: QWidget) -> TabPage:
        """Import the tab's module and build the tab."""
        module, _, cls = self.factory.partition(":")
        return getattr(importlib.import_module(module), cls)(language, parent)


TABS: tuple[TabSpec, ...] = (
    TabSpec(Kind.PEOPLE, frozenset({Kind.PERSON}), QT_TRANSLATE_NOOP("MainWindow", "People"),
            "purges_desktop.views.people_tab:PeopleTab"),
    TabSpec(Kind.ORGANIZATION, frozenset({Kind.BODY}), QT_TRANSLATE_NOOP("MainWindow", "Organization"),
            "purges_desktop.views.org_tab:OrgTab"),
    TabSpec(Kind.TRIALS, frozenset({Kind.TRIAL}), QT_TRANSLATE_NOOP("MainWindow", "Trials"),
            "purges_desktop.views.trials_tab:TrialsTab"),
    TabSpec(Kind.TIMELINE, frozenset({Kind.EVENT}), QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
            "purges_desktop.views.timeline_tab:TimelineTab"),
    TabSpec(Kind.NUMBERS, frozenset({Kind.LIST}), QT_TRANSLATE_NOOP("MainWindow", "Numbers"),
            "purges_desktop.views.numbers_tab:NumbersTab"),
    TabSpec(Kind.MAP, frozenset(), QT_TRANSLATE_NOOP("MainWindow", "Map"),
            "purges_desktop.views.map_tab:MapTab"),
    TabSpec(Kind.STORIES, frozenset({Kind.STORY}), QT_TRANSLATE_NOOP("MainWindow", "Stories"),
            "purges_desktop.views.stories_tab:StoriesTab"),
    TabSpec(Kind.GLOSSARY, frozenset({Kind.TERM}), QT_TRANSLATE_NOOP("MainWindow", "Glossary"),
            "purges_desktop.views.glossary_tab:GlossaryTab"),
    TabSpec(Kind.SOURCES, frozenset({Kind.SOURCE}), QT_TRANSLATE_NOOP("MainWindow", "Bibliography"),
            "purges_desktop.views.sources_tab:SourcesTab"),
)

TAB_NAMES: tuple[str, ...] = tuple(spec.name for spec in TABS)


def tab_index(kind: Kind) -> int:
    """The position of the tab that shows a kind of location (a view or a record kind); -1 when none does."""
    return next((i for i, spec in enumerate(TABS) if kind is spec.kind or kind in spec.records), -1)
