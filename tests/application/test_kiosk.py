"""The museum kiosk: idle reset to a clean start, lock-down, the staff exit, languages, touch sizes, no way out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from purges_desktop.domain.kiosk import KioskSettings
from purges_desktop.storage.kiosk_config import check_pin, hash_pin, load_kiosk_settings
from tests.kiosk_helpers import close_kiosk


@pytest.fixture
def kiosk(qtbot, tiny_dir: Path, tmp_path: Path):
    from purges_desktop.app import build_kiosk, make_qapp

    (tiny_dir / "hidden.yaml").write_text(
        "people:\n  - id: hidden-person\n    name: Hidden Person\n    hide_in_kiosk: true\n"
        "    sources: [wp-en-nikolai-yezhov]\n", encoding="utf-8")
    config = tmp_path / "kiosk.yaml"
    config.write_text(f"idle_timeout_s: 60\nstart_view: people\nfeatured_people: [yezhov, zinoviev]\n"
                      f"featured_events: [yezhov-appointed]\nstaff_pin: {hash_pin('2468', iterations=1000)}\n",
                      encoding="utf-8")
    qapp = make_qapp([])
    old_hook = sys.excepthook
    args = argparse.Namespace(data=str(tiny_dir), lang=None, kiosk_config=str(config))
    app = build_kiosk(args, qapp)
    qtbot.addWidget(app.shell)
    app.controller.load_now()
    app.shell.resize(1920, 1080)
    app.shell.show()
    app.shell.reset_to_start()
    app.kiosk.start()
    yield app
    close_kiosk(app)
    sys.excepthook = old_hook


def _explore(app, qtbot) -> None:
    """What a visitor does first: touch the attract screen, which leads home, then the People tile."""
    from purges_desktop.domain.links import Kind

    shell = app.shell
    qtbot.mouseClick(shell.attract.touch, Qt.MouseButton.LeftButton)
    assert shell.stack.currentWidget() is shell.home
    qtbot.mouseClick(shell.home.tile(Kind.PEOPLE), Qt.MouseButton.LeftButton)
    assert shell.stack.currentWidget() is shell.explore_page


def _deep_state(app, qtbot) -> None:
    shell = app.shell
    _explore(app, qtbot)
    app.nav.open("person/yezhov")
    app.nav.open("trial/trial-1936")
    qtbot.keyClicks(shell.tabs.people.search, "zin")
    shell.tabs.people.fate_box.setCurrentIndex(1)
    shell.tabs.timeline.search.setText("verdict")
    app.set_language("ru")


def test_idle_reset_returns_everything_to_the_start(kiosk, qtbot) -> None:
    _deep_state(kiosk, qtbot)
    assert kiosk.nav.can_go_back()
    kiosk.kiosk.set_idle_interval_ms(50)
    with qtbot.waitSignal(kiosk.kiosk.reset_requested, timeout=3000):
        pass
    shell = kiosk.shell
    assert shell.stack.currentWidget() is shell.attract
    assert not kiosk.nav.can_go_back() and kiosk.nav.current is None
    people = shell.tabs.people
    assert people.search.text() == "" and people.fate_box.currentIndex() == 0
    assert people.model.rowCount() == people.model.total()
    assert people.current_person() == ""
    assert shell.tabs.timeline.search.text() == ""
    assert kiosk.lang == "en" and shell.tabs.tabText(0) == "People"
    assert shell.tabs.currentIndex() == 0
    assert not shell.keyboard.isVisible()


def _idle_reset(app, qtbot) -> None:
    """Let the idle timer run out, as when a visitor walks away, and come back to the views as the next one."""
    app.kiosk.set_idle_interval_ms(50)
    with qtbot.waitSignal(app.kiosk.reset_requested, timeout=3000):
        pass
    app.kiosk.set_idle_interval_ms(60_000)
    assert app.shell.stack.currentWidget() is app.shell.attract
    _explore(app, qtbot)


def test_undo_in_the_search_box_cannot_bring_back_the_previous_visitors_search(kiosk, qtbot) -> None:
    _explore(kiosk, qtbot)
    people = kiosk.shell.tabs.people
    qtbot.mouseClick(people.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(people.search, "zin")
    _idle_reset(kiosk, qtbot)
    qtbot.mouseClick(people.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(people.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people.search.text() == ""
    qtbot.keyClick(people.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(people.search, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert people.search.text() == ""
    for edit in kiosk.shell.findChildren(QLineEdit):
        assert not edit.isUndoAvailable() and not edit.isRedoAvailable(), edit.objectName() or repr(edit)


def test_a_keyboard_layout_switched_by_hand_goes_back_to_the_languages_default(kiosk, qtbot) -> None:
    _explore(kiosk, qtbot)
    qtbot.mouseClick(kiosk.shell.tabs.people.search, Qt.MouseButton.LeftButton)
    keyboard = kiosk.shell.keyboard
    assert keyboard.isVisible() and keyboard.layout_name == "en"
    latin_keys = {b.text() for b in keyboard.findChildren(QPushButton) if b.isVisible()}
    assert "Q" in latin_keys and "Й" not in latin_keys
    switch = next(b for b in keyboard.findChildren(QPushButton) if b.accessibleName() == "Кириллица")
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert keyboard.layout_name == "ru" and kiosk.lang == "en"
    _idle_reset(kiosk, qtbot)
    qtbot.mouseClick(kiosk.shell.tabs.people.search, Qt.MouseButton.LeftButton)
    assert keyboard.layout_name == "en"
    qtbot.waitUntil(lambda: {b.text() for b in keyboard.findChildren(QPushButton) if b.isVisible()} == latin_keys)


def test_the_people_tables_sort_order_goes_back_to_the_default(kiosk, qtbot) -> None:
    _explore(kiosk, qtbot)
    people = kiosk.shell.tabs.people
    header = people.table.horizontalHeader()
    names = [people.model.index(r, 0).data() for r in range(people.model.rowCount())]
    for _ in range(2):  # born, then born descending
        x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert [people.model.index(r, 0).data() for r in range(people.model.rowCount())] != names
    _idle_reset(kiosk, qtbot)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    assert [people.model.index(r, 0).data() for r in range(people.model.rowCount())] == names


def test_the_clipboard_is_emptied_for_the_next_visitor(kiosk, qtbot) -> None:
    _explore(kiosk, qtbot)
    search = kiosk.shell.tabs.people.search
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search, "Yezhov")
    qtbot.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Yezhov"
    _idle_reset(kiosk, qtbot)
    assert clipboard.text() == ""
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""


def test_a_touch_on_the_attract_screen_opens_the_featured_item(kiosk, qtbot) -> None:
    shell = kiosk.shell
    assert shell.attract.current_uri() == "person/yezhov"
    qtbot.mouseClick(shell.attract.card.viewport(), Qt.MouseButton.LeftButton)
    assert shell.stack.currentWidget() is shell.explore_page
    assert shell.tabs.people.current_person() == "yezhov"


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier),
])
def test_keys_that_leave_the_app_are_swallowed(kiosk, key, mods) -> None:
    before = kiosk.kiosk.blocked_count
    event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
    QApplication.sendEvent(kiosk.shell.tabs.people.search, event)
    assert kiosk.kiosk.blocked_count == before + 1
    assert kiosk.shell.isVisible()


def test_typing_letters_still_works(kiosk, qtbot) -> None:
    _explore(kiosk, qtbot)
    people = kiosk.shell.tabs.people
    qtbot.keyClicks(people.search, "Yezhov")
    assert people.search.text() == "Yezhov"
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)


def test_context_menus_and_close_are_refused(kiosk) -> None:
    before = kiosk.kiosk.blocked_count
    for widget in (kiosk.shell.tabs.people.table.viewport(), kiosk.shell.tabs.people.detail.viewport(),
                   kiosk.shell.tabs.people.table.verticalScrollBar()):
        QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5)))
    assert kiosk.kiosk.blocked_count == before + 3
    assert not kiosk.shell.close()
    assert kiosk.shell.isVisible()


def test_external_links_are_never_opened(kiosk, qtlog) -> None:
    urls = ["https://example.org", "file:///etc/passwd", "http://example.org/a", "mailto:someone@example.org"]
    for url in urls:
        assert QDesktopServices.openUrl(QUrl(url))
    assert kiosk.url_sink.swallowed[-len(urls):] == urls  # each reached the app's sink...
    # ...and none the platform's opener (on the test platform it would log that it cannot open the URL).
    assert [r.message for r in qtlog.records if "openUrl" in r.message] == []


def _open_pin_pad(app, qtbot) -> None:
    for _ in range(app.mode.settings.exit_taps):
        qtbot.mouseClick(app.shell.corner, Qt.MouseButton.LeftButton)
    assert app.shell.stack.currentWidget() is app.shell.pin_pad


def _enter_pin(app, qtbot, pin: str) -> tuple[bool, int]:
    """Type a PIN on the pad and touch OK; wait for the background check and return (accepted, locked seconds)."""
    pad = app.shell.pin_pad
    for digit in pin:
        qtbot.mouseClick(pad.findChild(QPushButton, f"pin-{digit}"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(app.mode.staff_pin.checked, timeout=10_000) as blocker:
        qtbot.mouseClick(pad.findChild(QPushButton, "pin-OK"), Qt.MouseButton.LeftButton)
    return tuple(blocker.args)


def test_only_the_staff_pin_exits(kiosk, qtbot, monkeypatch) -> None:
    quits = []
    monkeypatch.setattr(kiosk.qapp, "quit", lambda: quits.append(True))
    for _ in range(4):
        qtbot.mouseClick(kiosk.shell.corner, Qt.MouseButton.LeftButton)
    assert kiosk.shell.stack.currentWidget() is not kiosk.shell.pin_pad
    qtbot.mouseClick(kiosk.shell.corner, Qt.MouseButton.LeftButton)
    assert kiosk.shell.stack.currentWidget() is kiosk.shell.pin_pad
    pad = kiosk.shell.pin_pad
    assert _enter_pin(kiosk, qtbot, "1111") == (False, 0)
    assert not quits and kiosk.shell.isVisible() and not kiosk.shell.close()
    assert kiosk.shell.stack.currentWidget() is pad and pad.field.text() == ""
    assert "Wrong PIN" in pad.message.text()
    for digit in "2468":
        qtbot.mouseClick(pad.findChild(QPushButton, f"pin-{digit}"), Qt.MouseButton.LeftButton)
    assert pad.field.text() == "2468"
    pad.field.clear()
    assert _enter_pin(kiosk, qtbot, "2468") == (True, 0)
    assert quits == [True]
    assert not kiosk.shell.isVisible()  # the kiosk window closed: the staff are out


def test_wrong_pins_lock_the_pad_for_longer_and_longer(kiosk, qtbot, monkeypatch, caplog) -> None:
    """Three free tries, then 30 s, then 60 s …: counted down on the pad by a timer, kept across the idle reset."""
    quits = []
    monkeypatch.setattr(kiosk.qapp, "quit", lambda: quits.append(True))
    staff = kiosk.mode.staff_pin
    now = [1000.0]
    staff.clock = lambda: now[0]
    pad = kiosk.shell.pin_pad
    ok = pad.findChild(QPushButton, "pin-OK")
    _explore(kiosk, qtbot)
    _open_pin_pad(kiosk, qtbot)
    caplog.set_level("INFO", logger="purges_desktop")
    assert _enter_pin(kiosk, qtbot, "1111") == (False, 0)
    assert _enter_pin(kiosk, qtbot, "1112") == (False, 0)
    assert ok.isEnabled() and "Wrong PIN" in pad.message.text()
    assert _enter_pin(kiosk, qtbot, "1113") == (False, 30)
    assert pad.message.text() == "Too many wrong PINs. Try again in 0:30."
    assert not ok.isEnabled()
    qtbot.mouseClick(pad.findChild(QPushButton, "pin-2"), Qt.MouseButton.LeftButton)
    assert pad.field.text() == ""  # the keys are dead while locked...
    assert not staff.submit("2468") and not quits  # ...and so is the check itself

    now[0] += 10
    _idle_reset(kiosk, qtbot)  # neither the idle reset nor closing the pad lifts the lock
    _open_pin_pad(kiosk, qtbot)
    assert pad.message.text() == "Too many wrong PINs. Try again in 0:20." and not ok.isEnabled()
    now[0] += 21
    qtbot.waitUntil(ok.isEnabled, timeout=3000)  # the pad's own timer notices, no touch needed
    assert pad.message.text() == "Staff only: enter the PIN"

    assert _enter_pin(kiosk, qtbot, "1114") == (False, 60)
    assert pad.message.text() == "Too many wrong PINs. Try again in 1:00."
    now[0] += 61
    qtbot.waitUntil(ok.isEnabled, timeout=3000)
    assert _enter_pin(kiosk, qtbot, "2468") == (True, 0)
    assert quits == [True] and staff.failures == 0

    attempts = [r.getMessage() for r in caplog.records if "staff PIN attempt" in r.getMessage()]
    assert len(attempts) == 6, attempts  # five wrong or refused, one accepted
    assert "wrong (3 in a row); the pad is locked for 30 s" in attempts[2]
    assert "refused: the pad is locked" in attempts[3]
    assert not [m for m in caplog.messages if any(pin in m for pin in ("1111", "1112", "1113", "1114", "2468"))]


def test_the_pin_is_checked_while_the_exhibit_keeps_running(kiosk, qtbot, monkeypatch) -> None:
    """The PBKDF2 check (about 65 ms at the real 200,000 iterations, here five times that) runs in a worker thread:
    the event loop keeps turning and the pad says it is checking."""
    import threading

    import purges_desktop.application.staff_pin as staff_module
    from purges_desktop.storage.kiosk_config import PIN_ITERATIONS

    quits = []
    monkeypatch.setattr(kiosk.qapp, "quit", lambda: quits.append(True))
    threads = []

    def check(pin: str, stored: str) -> bool:
        threads.append(threading.current_thread() is threading.main_thread())
        return check_pin(pin, stored)

    monkeypatch.setattr(staff_module, "check_pin", check)
    kiosk.mode.staff_pin.stored = hash_pin("2468", iterations=5 * PIN_ITERATIONS)
    _explore(kiosk, qtbot)
    _open_pin_pad(kiosk, qtbot)
    pad = kiosk.shell.pin_pad
    for digit in "2468":
        qtbot.mouseClick(pad.findChild(QPushButton, f"pin-{digit}"), Qt.MouseButton.LeftButton)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(kiosk.mode.staff_pin.is_busy()))
    timer.start()
    try:
        with qtbot.waitSignal(kiosk.mode.staff_pin.checked, timeout=10_000):
            qtbot.mouseClick(pad.findChild(QPushButton, "pin-OK"), Qt.MouseButton.LeftButton)
            assert not quits  # the touch came back before the answer
            assert pad.message.text() == "Checking…" and not pad.findChild(QPushButton, "pin-OK").isEnabled()
    finally:
        timer.stop()
    assert threads == [False]  # checked in a worker, never on the GUI thread
    assert ticks.count(True) >= 3  # the event loop ran timers while the key was being derived
    assert quits == [True]


def test_language_buttons_switch_every_view(kiosk, qtbot) -> None:
    russian = next(b for b in kiosk.shell.language_buttons if b.property("lang") == "ru")
    _explore(kiosk, qtbot)
    qtbot.mouseClick(russian, Qt.MouseButton.LeftButton)
    main = kiosk.shell.tabs
    assert [main.tabText(i) for i in range(4)] == ["Люди", "Структура власти", "Процессы", "Хронология"]
    assert kiosk.shell.home_button.text() == "⌂ Главная"
    assert kiosk.shell.keyboard.layout_name == "ru"


def test_hidden_records_never_reach_the_kiosk(kiosk) -> None:
    assert "hidden-person" not in kiosk.controller.data.dataset.people
    assert kiosk.shell.tabs.people.model.total() == 5


def test_touch_targets_are_at_least_44_px(kiosk, qtbot) -> None:
    _explore(kiosk, qtbot)
    small = [f"{b.text()!r} {b.height()}" for b in kiosk.shell.findChildren(QPushButton)
             if b.isVisible() and b.height() < 44]
    assert not small


def test_body_text_is_at_least_22_px(kiosk) -> None:
    assert kiosk.shell.tabs.people.table.fontInfo().pixelSize() >= 22  # the size drawn, however it was set


def test_an_exception_in_a_slot_resets_the_kiosk(kiosk, qtbot) -> None:
    _deep_state(kiosk, qtbot)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert kiosk.shell.stack.currentWidget() is kiosk.shell.attract
    assert kiosk.nav.current is None


def test_unloadable_data_shows_the_calm_unavailable_page(qtbot, tmp_path: Path) -> None:
    from purges_desktop.app import build_kiosk, make_qapp

    (tmp_path / "broken.yaml").write_text("people: [", encoding="utf-8")
    qapp = make_qapp([])
    old_hook = sys.excepthook
    app = build_kiosk(argparse.Namespace(data=str(tmp_path), lang=None, kiosk_config=None,
                                         allow_default_pin=True), qapp)
    try:
        qtbot.addWidget(app.shell)
        app.controller.load_now()
        assert app.shell.is_unavailable()
        assert "temporarily unavailable" in app.shell.unavailable.text()
        assert "временно недоступна" in app.shell.unavailable.text()
    finally:
        qapp.removeEventFilter(app.kiosk)
        qapp.setStyleSheet("")
        qapp.setQuitOnLastWindowClosed(True)
        app.shell.allow_close = True
        sys.excepthook = old_hook


def test_the_kiosk_refuses_to_start_with_the_default_pin(tiny_dir: Path, tmp_path: Path) -> None:
    """1937 is printed in the docs: the bundled settings, or the same PIN hashed afresh, stop the kiosk at start."""
    from purges_desktop.app import build_kiosk, make_qapp
    from purges_desktop.app.modes import DefaultPinError

    rehashed = tmp_path / "kiosk.yaml"
    rehashed.write_text(f"staff_pin: {hash_pin('1937', iterations=1000)}\n", encoding="utf-8")
    qapp = make_qapp([])
    style = qapp.styleSheet()
    for config in (None, str(rehashed)):
        args = argparse.Namespace(data=str(tiny_dir), lang=None, kiosk_config=config)
        with pytest.raises(DefaultPinError, match=r"python main.py hash-pin.*--allow-default-pin"):
            build_kiosk(args, qapp)
    assert qapp.styleSheet() == style  # refused before the kiosk's theme was applied or anything built


def test_the_kiosk_command_exits_78_with_the_default_pin_and_says_how_to_set_one(tiny_dir: Path,
                                                                                 tmp_path: Path) -> None:
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")}
    main = Path(__file__).resolve().parents[2] / "main.py"
    proc = subprocess.run([sys.executable, str(main), "--kiosk", "--data", str(tiny_dir)], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 78, proc.stderr[-2000:]
    assert "refusing to start the kiosk" in proc.stderr and "python main.py hash-pin" in proc.stderr
    log = (tmp_path / "state" / "purges-desktop" / "kiosk.log").read_text(encoding="utf-8")
    assert "--allow-default-pin" in log  # the kiosk log says it too, for whoever reads it after a failed start
    # The screenshot command draws the kiosk but never runs it: the default settings are fine there.
    shot = subprocess.run([sys.executable, str(main), "screenshot", "--kiosk", "--data", str(tiny_dir), "--open",
                           "person/yezhov", "--size", "1280x800", "--out", str(tmp_path / "shots")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert len(list((tmp_path / "shots").glob("*.png"))) == 1


def test_settings_file_mistakes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text("idle_timeout_s: 5\nstart_view: nowhere\nlanguages: [en, de]\nstaff_pin: 1234\ncolour: red\n",
                    encoding="utf-8")
    settings, problems = load_kiosk_settings(path)
    assert {(p.origin.line, p.code) for p in problems} == {
        (1, "out-of-range"), (2, "bad-enum"), (3, "bad-enum"), (4, "bad-pin"), (5, "unknown-key")}
    assert settings.idle_timeout_s == 90 and settings.start_view == "people" and settings.staff_pin == ""


def test_the_lockout_doubles_after_three_free_tries_up_to_fifteen_minutes() -> None:
    from purges_desktop.domain.kiosk import lockout_s

    assert [lockout_s(n) for n in range(10)] == [0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert lockout_s(10_000) == 900


def test_pin_hash_round_trip() -> None:
    stored = hash_pin("2468", iterations=1000)
    assert check_pin("2468", stored)
    assert not check_pin("2469", stored)
    assert not check_pin("2468", "garbage")
    assert "2468" not in stored
    assert KioskSettings().idle_timeout_s == 90


def test_a_featured_item_with_a_content_note_shows_it_on_the_attract_screen(qtbot, tiny_dir: Path) -> None:
    from purges_desktop.application.dataset_controller import load_data
    from purges_desktop.views.attract import AttractScreen
    from tests.edits import replace_in

    aliases = "    aliases: [Ezhov, Jezhov, Jeschow]\n"
    replace_in(tiny_dir, "people.yaml", aliases,
               aliases + "    content_note: {en: Mentions torture., ru: Упоминаются пытки.}\n")
    screen = AttractScreen(("en", "ru"), 8)
    qtbot.addWidget(screen)
    screen.set_items(load_data(tiny_dir), ("yezhov", "zinoviev"), (), "en")
    assert "Content note: Mentions torture." in screen.card.page_text()


def test_the_kiosk_fills_the_screen_even_without_a_window_manager(kiosk) -> None:
    """A bare X server ignores a full-screen request: the shell takes the screen's geometry itself."""
    kiosk.shell.resize(640, 480)
    kiosk.mode.show()
    screen = kiosk.shell.screen()
    # At least the screen (the offscreen test screen is narrower than the shell's minimum width).
    assert kiosk.shell.geometry().contains(screen.geometry())


def test_the_kiosk_offers_no_link_citation_print_or_pdf(kiosk) -> None:
    """No clipboard and no files in the kiosk: none of the study window's Copy link, Cite and Print / PDF."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    texts = [a.text() for a in kiosk.shell.findChildren(QAction)]
    texts += [b.text() for b in kiosk.shell.findChildren(QAbstractButton)]
    for word in ("Copy link", "Cite", "Print", "PDF"):
        assert not [t for t in texts if word in t], word
