"""The kiosk home and the attract screen (issue #15): the headline figure, the entry tiles, the honest scope, both
languages, touch sizes; with the bundled data, the way a visitor meets them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from purges_desktop.domain.kiosk import DEFAULT_SCOPE_NOTE, HomeTile, KioskSettings
from purges_desktop.domain.links import Kind
from purges_desktop.storage.kiosk_config import load_kiosk_settings
from purges_desktop.views.kiosk_home import KioskHome, view_of
from tests.kiosk_helpers import close_kiosk


@pytest.fixture
def kiosk(qtbot, tmp_path: Path):
    """The kiosk on the bundled data with the bundled settings (a test PIN), shown at 1920x1080."""
    from purges_desktop.app import build_kiosk, make_qapp
    from purges_desktop.storage.kiosk_config import hash_pin

    bundled = Path(__file__).resolve().parents[2] / "resources" / "kiosk.yaml"
    config = tmp_path / "kiosk.yaml"
    text = bundled.read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.startswith("staff_pin:"))
    config.write_text(f"{text}\nstaff_pin: {hash_pin('2468', iterations=1000)}\n", encoding="utf-8")
    qapp = make_qapp([])
    old_hook = sys.excepthook
    app = build_kiosk(argparse.Namespace(data=None, lang=None, kiosk_config=str(config)), qapp)
    qtbot.addWidget(app.shell)
    app.controller.load_now()
    app.shell.resize(1920, 1080)
    app.shell.show()
    app.shell.reset_to_start()
    yield app
    close_kiosk(app)
    sys.excepthook = old_hook


def _home(app, qtbot) -> KioskHome:
    qtbot.mouseClick(app.shell.attract.touch, Qt.MouseButton.LeftButton)
    assert app.shell.stack.currentWidget() is app.shell.home
    return app.shell.home


def test_a_touch_on_the_attract_screen_leads_home_and_each_tile_opens_its_view(kiosk, qtbot) -> None:
    home = _home(kiosk, qtbot)
    opened = {}
    for tile in list(home.tiles):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert kiosk.shell.stack.currentWidget() is kiosk.shell.explore_page
        opened[tile.uri] = (kiosk.shell.tabs.current_kind(), kiosk.nav.current.uri())
        qtbot.mouseClick(kiosk.shell.home_button, Qt.MouseButton.LeftButton)
        assert kiosk.shell.stack.currentWidget() is kiosk.shell.home
    assert opened == {
        "numbers/great-terror": (Kind.NUMBERS, "numbers/great-terror"),
        "people": (Kind.PEOPLE, "people"), "trials": (Kind.TRIALS, "trials"),
        "organization": (Kind.ORGANIZATION, "organization"), "timeline": (Kind.TIMELINE, "timeline"),
        "stories": (Kind.STORIES, "stories"),
    }
    # A real press and release on each tile: creating a tab during the touch once replaced the home page's kinetic
    # scroller mid-gesture and crashed Qt (KioskShell.enable_touch_scrolling now grabs each scroll area once).


def test_the_headline_number_is_the_figure_the_settings_name(qtbot, bundled) -> None:
    figures = {f.id: f for f in bundled.dataset.records.figures}
    for figure_id, shown in (("great-terror-shot-1937-1938", "681,692"), ("cc17-shot", "98")):
        home = KioskHome(KioskSettings(headline_figure=figure_id))
        qtbot.addWidget(home)
        home.set_data(bundled, "en")
        assert home.headline() == (shown, figures[figure_id].title.get("en"))
    home = KioskHome(KioskSettings(headline_figure="no-such-figure"))
    qtbot.addWidget(home)
    home.set_data(bundled, "en")
    assert home.headline() == ("", ""), "an unknown figure shows no number rather than a made-up one"


def test_tiles_show_the_figure_or_person_they_name_and_skip_hidden_views(qtbot, bundled) -> None:
    settings = KioskSettings(home=(HomeTile("numbers/great-terror", figure="great-terror-detained-1937-1938"),
                                   HomeTile("people", person="bukharin"), HomeTile("timeline")))
    home = KioskHome(settings)
    qtbot.addWidget(home)
    home.set_data(bundled, "en")
    texts = {view_of(t.uri): " | ".join(label.text() for label in t.findChildren(type(home.headline_number)))
             for t in home.tiles}
    assert "1,548,367" in texts[Kind.NUMBERS] and "Detained by the NKVD in 1937–1938" in texts[Kind.NUMBERS]
    assert "Nikolai Bukharin" in texts[Kind.PEOPLE] and "Executed" in texts[Kind.PEOPLE]
    events = sum(1 for e in bundled.dataset.records.events if not e.hide_in_kiosk)
    assert f"{events}" in texts[Kind.TIMELINE]
    home.hide_views({Kind.TIMELINE})
    assert [view_of(t.uri) for t in home.tiles] == [Kind.NUMBERS, Kind.PEOPLE]


def test_the_scope_box_counts_what_the_data_holds_and_says_where_the_names_are(qtbot, bundled) -> None:
    ds = bundled.dataset
    home = KioskHome(KioskSettings())
    qtbot.addWidget(home)
    home.set_data(bundled, "en")
    text = home.scope()
    people = sum(1 for p in ds.records.people if not p.hide_in_kiosk)
    assert f"{people:,} people" in text
    assert f"{len(ds.shooting_lists):,} of Stalin's shooting lists" in text
    assert f"{len(ds.records.trials)} trials: " in text
    for trial in ds.records.trials:
        assert trial.common_name.get("en").split(";")[0] in text
    for name in ("Politburo", "NKVD", "Military Collegium"):
        assert name in text
    assert DEFAULT_SCOPE_NOTE.get("en") in text and "lists.memo.ru" in text
    home.set_data(bundled, "ru")
    assert DEFAULT_SCOPE_NOTE.get("ru") in home.scope()


def test_a_people_search_that_finds_nobody_says_what_the_exhibit_covers(kiosk, qtbot) -> None:
    home = _home(kiosk, qtbot)
    qtbot.mouseClick(home.tile(Kind.PEOPLE), Qt.MouseButton.LeftButton)
    people = kiosk.shell.tabs.people
    assert not kiosk.shell.no_result.isVisible()
    people.search.setText("Qwzxqwzx")
    people.apply_filter()
    assert people.model.rowCount() == 0
    assert kiosk.shell.no_result.isVisible()
    assert "lists.memo.ru" in kiosk.shell.no_result.text()
    people.search.setText("Yezhov")
    people.apply_filter()
    assert not kiosk.shell.no_result.isVisible()


def test_the_attract_screen_speaks_both_languages_and_shows_where_a_touch_starts(kiosk, qtbot) -> None:
    attract = kiosk.shell.attract
    texts = [label.text() for label in attract.titles]
    assert texts == ["The Soviet purges, 1917–1953", "Советские репрессии, 1917–1953"]
    starts = {lang: b.text() for lang, b in attract.start_buttons.items()}
    assert "Touch to explore" in starts["en"] and "Коснитесь, чтобы начать" in starts["ru"]
    assert attract.headline.isVisible() and attract.headline_number.text() == "681,692"
    assert [label.text() for label in attract.headline_texts] == [
        "Shot in 1937–1938 (official figure)", "Расстреляно в 1937–1938 годах (официальная цифра)"]
    assert attract.touch is attract.start_buttons["en"] and attract.touch.property("current") is True
    assert "Nikolai Bukharin" in attract.card.page_text() and "Николай Иванович Бухарин" in attract.card.page_text()


def test_touching_russian_on_the_attract_screen_starts_in_russian_and_the_idle_reset_returns_to_english(
        kiosk, qtbot) -> None:
    qtbot.mouseClick(kiosk.shell.attract.start_buttons["ru"], Qt.MouseButton.LeftButton)
    assert kiosk.lang == "ru" and kiosk.shell.stack.currentWidget() is kiosk.shell.home
    assert kiosk.shell.home.tile(Kind.PEOPLE).accessibleName() == "Люди"
    assert kiosk.shell.attract.touch is kiosk.shell.attract.start_buttons["ru"]
    kiosk.kiosk.start()
    kiosk.kiosk.set_idle_interval_ms(50)
    with qtbot.waitSignal(kiosk.kiosk.reset_requested, timeout=3000):
        pass
    assert kiosk.shell.stack.currentWidget() is kiosk.shell.attract
    assert kiosk.lang == "en" and kiosk.shell.attract.touch is kiosk.shell.attract.start_buttons["en"]
    assert kiosk.shell.home.tile(Kind.PEOPLE).accessibleName() == "People"


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_everything_tappable_on_the_home_and_the_attract_screen_is_at_least_44_px(kiosk, qtbot, size) -> None:
    kiosk.shell.resize(*size)
    for show in (kiosk.shell.show_attract, kiosk.shell.show_home):
        show()
        qtbot.wait(10)
        page = kiosk.shell.stack.currentWidget()
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
        assert len(buttons) >= 2
        small = [f"{b.objectName()} {b.accessibleName()!r} {b.width()}x{b.height()}" for b in buttons
                 if b.height() < 44 or b.width() < 44]
        assert not small, (size, show.__name__)


def test_the_home_settings_are_checked_like_the_data(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text("home:\n  - {open: people, person: bukharin}\n  - {open: person/yezhov}\n  - [timeline]\n"
                    "headline_figure: cc17-shot\nscope_note: {en: Not all, ru: Не все}\n", encoding="utf-8")
    settings, problems = load_kiosk_settings(path)
    assert settings.home == (HomeTile("people", person="bukharin"),)
    assert settings.headline_figure == "cc17-shot" and settings.scope_note.get("ru") == "Не все"
    assert [(p.origin.line, p.code) for p in problems] == [(3, "bad-enum"), (2, "bad-type")]


def test_the_bundled_settings_give_the_documented_home(tmp_path: Path) -> None:
    bundled = Path(__file__).resolve().parents[2] / "resources" / "kiosk.yaml"
    settings, problems = load_kiosk_settings(bundled)
    assert not problems
    assert [view_of(t.open) for t in settings.home] == [Kind.NUMBERS, Kind.STORIES, Kind.PEOPLE, Kind.TRIALS,
                                                        Kind.ORGANIZATION, Kind.TIMELINE]


class _WithStories:
    """The bundled data plus stories, as ``Dataset.stories`` will hold them (the stories branch, issue #15)."""

    def __init__(self, data, stories) -> None:
        self._data = data
        self.portraits = data.portraits
        self.dataset = type("Ds", (), {"__getattr__": lambda _s, name: getattr(data.dataset, name),
                                       "stories": stories})()


def _story(story_id: str, order: int):
    from types import SimpleNamespace

    from purges_desktop.domain.text import LocalizedText

    card = SimpleNamespace(title=LocalizedText.of(f"Card of {story_id}", f"Карточка {story_id}"),
                           text=LocalizedText.of("First card text", "Текст первой карточки"))
    return SimpleNamespace(id=story_id, order=order, title=LocalizedText.of(f"Story {story_id}", f"История {story_id}"),
                           summary=LocalizedText.of(f"Summary {story_id}", f"Кратко {story_id}"), cards=(card,))


def test_stories_appear_on_the_home_and_the_attract_screen_once_a_tab_shows_them(qtbot, bundled, monkeypatch) -> None:
    from purges_desktop.views import kiosk_home
    from purges_desktop.views.attract import AttractScreen

    data = _WithStories(bundled, tuple(_story(f"s{i}", i) for i in range(4)))
    home = KioskHome(KioskSettings())
    qtbot.addWidget(home)
    home.set_data(data, "en")
    assert [t.uri for t in home.story_tiles] == ["story/s0", "story/s1", "story/s2"]  # the Stories tab shows them
    real = kiosk_home.tab_index
    monkeypatch.setattr(kiosk_home, "tab_index", lambda kind: -1 if kind in {Kind.STORY, Kind.STORIES} else real(kind))
    home.set_data(data, "en")
    assert home.story_tiles == [] and home.tile(Kind.STORIES) is None, "no tile for stories no tab would show"
    monkeypatch.setattr(kiosk_home, "tab_index", real)
    home.set_data(data, "en")
    assert [t.uri for t in home.story_tiles] == ["story/s0", "story/s1", "story/s2"]
    assert home.tile(Kind.STORIES) is not None
    with qtbot.waitSignal(home.open_requested) as opened:
        qtbot.mouseClick(home.story_tiles[1], Qt.MouseButton.LeftButton)
    assert opened.args == ["story/s1"]
    attract = AttractScreen(("en", "ru"), 8)
    qtbot.addWidget(attract)
    attract.set_items(data, ("bukharin",), (), "en")
    attract.next_item()
    assert attract.current_uri() == "story/s0"
    assert "Story s0" in attract.card.page_text() and "История s0" in attract.card.page_text()
