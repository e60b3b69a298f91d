"""The tab registry and the tab contract: one entry per tab, lazy building, typed locations, one language switch."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout

from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.links import RECORD_KINDS, VIEW_ORDER, Kind, Location
from purges_desktop.views import tabs as registry
from purges_desktop.views import tabs_view
from purges_desktop.views.main_window import MainWindow
from purges_desktop.views.tab import TabPage


def test_the_registry_follows_the_view_order_and_covers_every_record_kind() -> None:
    assert tuple(spec.kind for spec in registry.TABS) == VIEW_ORDER
    shown = [kind for spec in registry.TABS for kind in spec.records]
    assert len(shown) == len(set(shown)), "a record kind belongs to one tab"
    # Stories (issue #15) are a record kind before their tab is registered: the kiosk home hides links to them.
    assert set(shown) == RECORD_KINDS, "every record kind has its tab"


def test_every_registered_tab_is_a_tab_page(qtbot, language) -> None:
    holder = QLabel()
    qtbot.addWidget(holder)
    for spec in registry.TABS:
        tab = spec.build(language, holder)
        assert isinstance(tab, TabPage), spec.factory
        for method in ("set_data", "show_location", "reset"):
            assert getattr(type(tab), method) is not getattr(TabPage, method), f"{spec.factory} lacks {method}"


class _NotesTab(TabPage):
    """A tab as small as the contract allows: proves that a new tab is one registry entry plus its class."""

    def __init__(self, language, parent=None) -> None:
        super().__init__(language, parent)
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)
        self.shown: list[Location] = []
        self.languages: list[str] = []

    def set_data(self, data) -> None:
        self.data = data

    def show_location(self, location: Location) -> bool:
        self.shown.append(location)
        return True

    def reset(self) -> None:
        self.shown.clear()

    def language_changed(self) -> None:
        self.languages.append(self.lang)


def test_a_new_tab_is_one_registry_entry(qtbot, language, monkeypatch, tiny_data) -> None:
    # The registry without its Numbers tab, then a stand-in Numbers tab registered with one entry.
    base = tuple(s for s in registry.TABS if s.kind is not Kind.NUMBERS)
    spec = registry.TabSpec(Kind.NUMBERS, frozenset({Kind.LIST}), "Numbers", f"{__name__}:_NotesTab")
    monkeypatch.setattr(tabs_view, "TABS", (*base, spec))
    monkeypatch.setattr(tabs_view, "tab_index", lambda kind: next(
        (i for i, s in enumerate((*base, spec)) if kind is s.kind or kind in s.records), -1))
    nav = Navigation()
    win = MainWindow(nav, language)
    qtbot.addWidget(win)
    win.set_data(tiny_data)
    assert win.tabs.count() == len(base) + 1
    assert nav.open("list/list-92")
    tab = win.tabs.current_tab()
    assert isinstance(tab, _NotesTab)
    assert tab.shown == [Location(Kind.LIST, "list-92")]
    assert tab.data is tiny_data
    language.set("ru")
    assert tab.languages == ["ru"], "one language switch reaches a tab exactly once"


def test_tabs_are_built_only_when_needed(qtbot, language, tiny_data) -> None:
    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.set_data(tiny_data)
    assert win.tabs.built_tabs() == []
    win.nav.open("trial/trial-1936")
    assert [type(t).__name__ for t in win.tabs.built_tabs()] == ["TrialsTab"]
    assert "Zinoviev" in win.trials.detail.page_text()


def test_a_language_switch_rebuilds_each_table_once(qtbot, language, tiny_data, monkeypatch) -> None:
    from purges_desktop.qtmodels.table_base import RowTableModel

    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.set_data(tiny_data)
    for kind in (Kind.PEOPLE, Kind.TRIALS, Kind.TIMELINE):
        win.tabs.tab(kind)
    built: list[str] = []
    for model in {type(t.model) for t in win.tabs.built_tabs() if hasattr(t, "model")}:
        real = model.build_rows

        def counting(self, ds, lang, real=real):
            built.append(type(self).__name__)
            return real(self, ds, lang)

        monkeypatch.setattr(model, "build_rows", counting)
    assert issubclass(type(win.people.model), RowTableModel)
    language.set("ru")
    assert sorted(built) == ["EventsTableModel", "PeopleTableModel", "TrialsTableModel"]
    assert win.people.model.index(0, 0).data() == "Лаврентий Павлович Берия"
    assert win.tabs.tabText(0) == "Люди"


@pytest.mark.parametrize("uri", ["person/nobody", "trial/no-trial", "event/none"])
def test_an_unknown_record_is_not_shown(qtbot, language, tiny_data, uri) -> None:
    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.set_data(tiny_data)
    from purges_desktop.domain.links import parse_uri

    location = parse_uri(uri)
    assert location is not None
    assert not win.tabs.show_location(location)
