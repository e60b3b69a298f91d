"""The kiosk by touch: the on-screen keyboard, the "Still there?" notice before the idle reset, 44 px targets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QSlider,
    QTabBar,
    QWidget,
)

from purges_desktop.domain.kiosk import MAX_READING_FACTOR, READING_WPM, idle_time_ms
from purges_desktop.domain.layout import ordinal
from purges_desktop.storage.kiosk_config import hash_pin
from purges_desktop.views.tabs import TAB_NAMES
from purges_desktop.views.timeline_canvas import TimelineCanvas
from tests.kiosk_helpers import close_kiosk


def make_kiosk(qtbot, data_dir: Path, tmp_path: Path, size: tuple[int, int], lang: str | None = None):
    from purges_desktop.app import build_kiosk, make_qapp

    config = tmp_path / "kiosk.yaml"
    config.write_text(f"idle_timeout_s: 60\nstart_view: people\nstaff_pin: {hash_pin('2468', iterations=1000)}\n",
                      encoding="utf-8")
    qapp = make_qapp([])
    args = argparse.Namespace(data=str(data_dir), lang=lang, kiosk_config=str(config))
    app = build_kiosk(args, qapp)
    qtbot.addWidget(app.shell)
    app.controller.load_now()
    app.shell.resize(*size)
    app.shell.show()
    app.shell.reset_to_start()
    app.kiosk.start()
    return app


@pytest.fixture
def kiosk(qtbot, tiny_dir: Path, tmp_path: Path):
    old_hook = sys.excepthook
    app = make_kiosk(qtbot, tiny_dir, tmp_path, (1920, 1080))
    yield app
    close_kiosk(app)
    sys.excepthook = old_hook


def explore(app, qtbot, tab: str = "people"):
    qtbot.mouseClick(app.shell.attract.touch, Qt.MouseButton.LeftButton)  # the attract screen leads home
    app.shell.show_explore()  # as a tile of the home does
    app.shell.tabs.setCurrentIndex(TAB_NAMES.index(tab))
    page = app.shell.tabs.current_tab()
    qtbot.waitUntil(lambda: page.isVisible() and page.width() > 500)  # built and laid out
    return page


# ---- the on-screen keyboard

def test_typing_1937_on_the_keyboard_goes_there_on_the_timeline(kiosk, qtbot) -> None:
    timeline = explore(kiosk, qtbot, "timeline")
    qtbot.mouseClick(timeline.goto, Qt.MouseButton.LeftButton)
    keyboard = kiosk.shell.keyboard
    assert keyboard.isVisible()
    for digit in "1937":
        qtbot.mouseClick(keyboard.key(digit), Qt.MouseButton.LeftButton)
    assert timeline.goto.text() == "1937"
    qtbot.mouseClick(keyboard.key("Enter"), Qt.MouseButton.LeftButton)
    scale, width = timeline.canvas.scale, timeline.canvas.width() - timeline.canvas.left
    assert scale.day_at(0) <= ordinal((1937, 1, 1)) and ordinal((1937, 12, 31)) <= scale.day_at(width) + 1
    assert scale.day_at(width) - scale.day_at(0) < 400  # the year 1937, not 1917-1953
    assert timeline.goto.text() == "1937" and not timeline.goto.is_invalid()


def test_the_russian_layout_has_every_letter_and_names_can_be_typed(kiosk, qtbot) -> None:
    people = explore(kiosk, qtbot)
    qtbot.mouseClick(people.search, Qt.MouseButton.LeftButton)
    keyboard = kiosk.shell.keyboard
    keyboard.set_layout_name("ru")
    letters = {b.text() for b in keyboard.key_buttons() if len(b.text()) == 1 and b.text().isalpha()}
    assert letters == set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
    for name in ("Т", "Е", "Р", "Hyphen", "В", "Space", "Ё", "Ъ", "Apostrophe", "1", "0"):
        qtbot.mouseClick(keyboard.key(name), Qt.MouseButton.LeftButton)
    assert people.search.text() == "тер-в ёъ'10"
    people.apply_filter()  # the search runs now, not after its short pause (no timer left behind)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("layout", ["en", "ru"])
def test_every_key_is_at_least_44_px(qtbot, tiny_dir, tmp_path, size, layout) -> None:
    old_hook = sys.excepthook
    app = make_kiosk(qtbot, tiny_dir, tmp_path, size)
    try:
        people = explore(app, qtbot)
        qtbot.mouseClick(people.search, Qt.MouseButton.LeftButton)
        app.shell.keyboard.set_layout_name(layout)
        qtbot.waitUntil(lambda: all(k.isVisible() for k in app.shell.keyboard.key_buttons()))
        small = [(k.accessibleName(), k.width(), k.height()) for k in app.shell.keyboard.key_buttons()
                 if k.width() < 44 or k.height() < 44]
        assert not small
    finally:
        close_kiosk(app)
        sys.excepthook = old_hook


# ---- "Still there?"

def short_idle(app, idle_ms: int = 400, warning_ms: int = 250, tick_ms: int = 40) -> None:
    app.kiosk.set_warning_ms(warning_ms, tick_ms)
    app.kiosk.set_idle_interval_ms(idle_ms)


def test_the_notice_counts_down_and_the_exhibit_resets(kiosk, qtbot) -> None:
    explore(kiosk, qtbot)
    kiosk.kiosk.words_in_view = None
    short_idle(kiosk)
    notice = kiosk.mode.notice
    with qtbot.waitSignal(kiosk.kiosk.warning_started, timeout=3000):
        pass
    assert notice.isVisible() and kiosk.kiosk.is_warning()
    assert notice.geometry() == kiosk.shell.rect()  # over everything
    assert "Still there?" in notice.message() and "touch to continue" in notice.message()
    with qtbot.waitSignal(kiosk.kiosk.reset_requested, timeout=3000):
        pass
    assert not notice.isVisible() and not kiosk.kiosk.is_warning()
    assert kiosk.shell.stack.currentWidget() is kiosk.shell.attract


def test_the_countdown_shows_whole_seconds_left(kiosk, qtbot) -> None:
    explore(kiosk, qtbot)
    kiosk.kiosk.words_in_view = None
    short_idle(kiosk, idle_ms=3000, warning_ms=1400, tick_ms=100)
    with qtbot.waitSignal(kiosk.kiosk.warning_started, timeout=3000) as started:
        pass
    assert started.args == [2]  # 1.4 s left: "2 s", rounded up, never "0 s" while it is still up
    assert "2 s" in kiosk.mode.notice.message()
    with qtbot.waitSignal(kiosk.kiosk.countdown, timeout=3000, check_params_cb=lambda s: s == 1):
        pass
    assert "1 s" in kiosk.mode.notice.message()
    kiosk.kiosk.stop()


@pytest.mark.parametrize("how", ["click", "key", "wheel"])
def test_any_input_takes_the_notice_away_and_starts_the_idle_time_again(kiosk, qtbot, how) -> None:
    people = explore(kiosk, qtbot)
    kiosk.kiosk.words_in_view = None
    short_idle(kiosk, idle_ms=600, warning_ms=300)
    with qtbot.waitSignal(kiosk.kiosk.warning_started, timeout=3000):
        pass
    notice = kiosk.mode.notice
    with qtbot.waitSignal(kiosk.kiosk.warning_cancelled, timeout=1000):
        if how == "click":
            qtbot.mouseClick(notice, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        elif how == "key":
            QApplication.sendEvent(people.search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                            Qt.KeyboardModifier.NoModifier, "a"))
        else:
            QApplication.sendEvent(people.detail.viewport(), QWheelEvent(
                QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    assert not notice.isVisible() and not kiosk.kiosk.is_warning()
    with qtbot.assertNotEmitted(kiosk.kiosk.reset_requested, wait=250):
        pass  # the countdown was abandoned: no reset when it would have ended
    assert kiosk.shell.stack.currentWidget() is kiosk.shell.explore_page
    with qtbot.waitSignal(kiosk.kiosk.warning_started, timeout=3000):
        pass  # and a whole idle time later the notice comes again
    kiosk.kiosk.stop()


def test_the_touch_that_dismisses_the_notice_presses_nothing_under_it(kiosk, qtbot) -> None:
    explore(kiosk, qtbot)
    kiosk.kiosk.words_in_view = None
    short_idle(kiosk, idle_ms=600, warning_ms=300)
    with qtbot.waitSignal(kiosk.kiosk.warning_started, timeout=3000):
        pass
    home = kiosk.shell.home_button
    centre = kiosk.mode.notice.mapFromGlobal(home.mapToGlobal(home.rect().center()))
    qtbot.mouseClick(kiosk.mode.notice, Qt.MouseButton.LeftButton, pos=centre)
    assert kiosk.shell.stack.currentWidget() is kiosk.shell.explore_page  # not sent to the start by the button
    kiosk.kiosk.stop()


def test_a_long_text_in_view_gets_more_time(kiosk, qtbot) -> None:
    explore(kiosk, qtbot)
    kiosk.kiosk.words_in_view = lambda: 10_000  # far more than can be read in the idle time
    short_idle(kiosk, idle_ms=300, warning_ms=100)
    with qtbot.assertNotEmitted(kiosk.kiosk.warning_started, wait=450):
        pass  # the plain idle time (300 ms, warning after 200) has passed without a notice
    with qtbot.waitSignal(kiosk.kiosk.reset_requested, timeout=3000):
        pass  # but the reset still comes: a long text is capped at MAX_READING_FACTOR idle times


def test_words_in_view_counts_the_page_on_screen(kiosk, qtbot) -> None:
    from purges_desktop.views.idle_notice import words_in_view

    people = explore(kiosk, qtbot)
    before = words_in_view(kiosk.shell)
    kiosk.nav.open("person/yezhov")
    qtbot.waitUntil(lambda: people.current_person() == "yezhov")
    assert words_in_view(kiosk.shell) > before + 20


def test_the_notice_speaks_russian(kiosk, qtbot) -> None:
    explore(kiosk, qtbot)
    kiosk.set_language("ru")
    kiosk.mode.notice.show_countdown(15)
    assert "Вы ещё здесь?" in kiosk.mode.notice.message() and "15" in kiosk.mode.notice.message()
    kiosk.mode.notice.hide()


def test_idle_time_for_reading() -> None:
    assert idle_time_ms(90_000, 0) == 90_000
    assert idle_time_ms(90_000, READING_WPM * 2) == 120_000  # two minutes of reading
    assert idle_time_ms(90_000, 10**9) == MAX_READING_FACTOR * 90_000
    assert idle_time_ms(90_000, -5) == 90_000


# ---- every tappable thing, every tab, two screens

def _too_small(shell, qtbot) -> list[str]:
    """What a finger would miss on the screen as it is now: buttons, boxes, fields, tabs, sliders, keyboard keys,
    the timeline's marker and badge hit areas; each at least 44 px wide and tall."""
    small = []

    def check(what: str, w: float, h: float) -> None:
        if w < 44 or h < 44:
            small.append(f"{what} {w:.0f}x{h:.0f}")

    for widget in shell.findChildren(QWidget):
        if not widget.isVisibleTo(shell) or not widget.isVisible():
            continue
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    rect = widget.tabRect(i)
                    check(f"tab {widget.tabText(i)!r}", rect.width(), rect.height())
        elif isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QSlider)):
            check(f"{type(widget).__name__} {name!r}", widget.width(), widget.height())
        elif isinstance(widget, TimelineCanvas):
            widget.grab()
            for rect, eid in widget.hit_areas():
                check(f"timeline marker {eid}", rect.width(), rect.height())
            for rect, cluster in widget.clusters():
                check(f"timeline +{cluster.count}", rect.width(), rect.height())
    return small


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_tappable_thing_in_every_tab_is_at_least_44_px(qtbot, tmp_path, size, lang) -> None:
    from purges_desktop import locations

    old_hook = sys.excepthook
    app = make_kiosk(qtbot, locations.data_dir(), tmp_path, size, lang)
    try:
        shell = app.shell
        qtbot.mouseClick(shell.attract.touch, Qt.MouseButton.LeftButton)  # the attract screen leads home
        problems = [f"home: {p}" for p in _too_small(shell, qtbot)]
        shell.show_explore()
        for name in TAB_NAMES:
            index = TAB_NAMES.index(name)
            if not shell.tabs.isTabVisible(index):
                continue
            shell.tabs.setCurrentIndex(index)
            page = shell.tabs.current_tab()
            qtbot.waitUntil(lambda page=page: page.isVisible() and page.width() > 300)
            edits = [e for e in page.findChildren(QLineEdit) if e.isVisible() and not e.isReadOnly()]
            if edits:  # with the on-screen keyboard up, as a visitor typing sees it
                qtbot.mouseClick(edits[0], Qt.MouseButton.LeftButton)
                qtbot.waitUntil(shell.keyboard.isVisible)
            problems += [f"{name}: {p}" for p in _too_small(shell, qtbot)]
        assert not problems, "\n".join(problems)
    finally:
        close_kiosk(app)
        sys.excepthook = old_hook
