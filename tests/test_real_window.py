"""The app in a real window: study mode and the kiosk on an X server (Xvfb), not on the offscreen plugin.

Every other test draws offscreen, which has no window system: a window that never maps, a kiosk that does not fill
the screen or a warning only the xcb plugin prints would pass there. Here each mode runs as ``main.py`` does, in its
own process on a private Xvfb display (tests/real_window_driver.py opens every tab, switches to Russian and grabs
the screen), and must exit 0 without a Qt warning on stderr.

Without Xvfb the tests skip. When Xvfb is there but Qt's xcb platform plugin cannot load (system libraries missing,
see ``.ci/run``), they fail under CI (``CI=true``) and skip elsewhere, with the plugin's own message.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DRIVER = Path(__file__).with_name("real_window_driver.py")
#: Seconds a mode may take from start to exit (it takes a few; the driver gives up by itself after 90).
LIMIT_S = 150
#: Lines on stderr that mean Qt (or Python) complained: a platform or font warning, a crash, a failed check.
COMPLAINT = re.compile(r"QWindowsWindow|QFont::|QPainter::|QWidget::|qt\.qpa|Could not load the Qt platform plugin"
                       r"|^Traceback|^FAIL:|^Q[A-Za-z]+::|\b(ERROR|CRITICAL)\b", re.MULTILINE)

pytestmark = pytest.mark.slow


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def _unusable(reason: str) -> None:
    """The X server or the xcb plugin is not usable here: a failure in CI (it installs both), a skip elsewhere."""
    if _in_ci():
        pytest.fail(f"CI=true and the real-window test cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


def _start_xvfb(log: Path, size: str = "1920x1080") -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display number (it picks one itself and reports it on a pipe: no race with others)."""
    read_fd, write_fd = os.pipe()
    with log.open("wb") as err:
        proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24",
                                 "-nolisten", "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=err)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        proc.wait(timeout=10)
        _unusable(f"Xvfb did not start: {log.read_text(errors='replace').strip()[-500:]}")
    return proc, f":{number}"


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private 1920x1080 Xvfb display on which Qt's xcb plugin loads; stopped after the module's tests."""
    yield from _display(tmp_path_factory, "1920x1080")


def _display(tmp_path_factory: pytest.TempPathFactory, size: str) -> Iterator[str]:
    """A private Xvfb display of this size (no window manager) on which Qt's xcb plugin loads."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian/Ubuntu: apt-get install xvfb; .ci/run installs it in CI)")
    proc, name = _start_xvfb(tmp_path_factory.mktemp("xvfb") / "xvfb.log", size)
    try:
        probe = subprocess.run([sys.executable, "-c", "from PySide6.QtGui import QGuiApplication as A; A([])"],
                               env=_env(name), capture_output=True, text=True, timeout=60, check=False)
        if probe.returncode != 0:
            _unusable(f"Qt's xcb platform plugin cannot start: {probe.stderr.strip()[-1500:]}")
        yield name
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _env(display_name: str, home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_"))}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display_name, PYTHONPATH=str(REPO))
    if home is not None:  # nothing of the developer's own settings, cache or log is read or written
        env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
                   XDG_CACHE_HOME=str(home / "cache"))
    return env


def _run(mode: str, display_name: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(DRIVER), mode], env=_env(display_name, home), cwd=REPO,
                          capture_output=True, text=True, timeout=LIMIT_S, check=False)


def _assert_clean(proc: subprocess.CompletedProcess[str], mode: str) -> None:
    complaints = list(dict.fromkeys(line for line in proc.stderr.splitlines() if COMPLAINT.search(line)))
    assert proc.returncode == 0 and not complaints, (
        f"{mode} in a real window: exit {proc.returncode}; complaints: {complaints}\n--- stderr ---\n{proc.stderr}")
    assert f"{mode}: all checks passed" in proc.stdout


def test_study_mode_opens_every_tab_in_both_languages_in_a_real_window(display: str, tmp_path: Path) -> None:
    _assert_clean(_run("study", display, tmp_path), "study")


def test_the_kiosk_fills_the_screen_and_opens_every_tab_in_both_languages(display: str, tmp_path: Path) -> None:
    _assert_clean(_run("kiosk", display, tmp_path), "kiosk")


@pytest.mark.parametrize("size", ["1024x768", "1920x1080"])
def test_the_kiosk_fills_any_screen_and_stays_full_screen_with_the_keyboard_open(
        size: str, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> None:
    """On a bare X server (no window manager) of each size: the whole screen on the attract screen, the home, with the
    on-screen keyboard open and in Russian; the window's minimum size never exceeds the screen."""
    for name in _display(tmp_path_factory, size):
        _assert_clean(_run("kiosk-fill", name, tmp_path), "kiosk-fill")
