"""``scripts/start.sh`` on a desktop: it opens the window, or names the missing system libraries and the command that
installs them (purges_desktop/display_check.py).

The first tests check the diagnosis itself (no display needed). The last ones run the real script on a private Xvfb
display: once as it is (the study window must appear on the X server), and once with two of the xcb plugin's
libraries hidden in a private mount namespace — the state of a fresh Debian machine — where it must exit 3 naming
them and the apt-get and dnf commands. Hiding needs root and ``unshare`` (CI has both); elsewhere that test skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from purges_desktop.display_check import (
    EXIT_NO_WINDOW,
    Diagnosis,
    advice,
    check,
    distribution,
    fonts_report,
    not_found,
    report,
    session_platforms,
)

REPO = Path(__file__).resolve().parents[1]
LDD_OUTPUT = """\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


@pytest.mark.parametrize(("env", "expected"), [
    ({"DISPLAY": ":0"}, ["xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, ["wayland", "xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, ["wayland"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, ["xcb"]),
    ({}, []),
])
def test_the_platforms_tried_follow_the_session(env, expected) -> None:
    assert session_platforms(env) == expected


def test_ldd_output_names_the_missing_libraries_and_their_packages() -> None:
    missing = not_found(LDD_OUTPUT)
    assert missing == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    commands = advice([*missing, "libxcb-cursor.so.0", "libweird.so.9"])
    assert commands.commands() == {
        "Debian/Ubuntu": "sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0",
        "Fedora": "sudo dnf install -y xcb-util-cursor libxkbcommon-x11",
    }
    assert commands.unknown == ("libweird.so.9",)


def test_the_report_says_what_is_missing_and_the_one_command() -> None:
    text = report([Diagnosis("xcb", ok=False, missing=("libxcb-cursor.so.0",), qt_message="qt.qpa.plugin: ...")])
    assert "'xcb' platform plugin" in text
    assert "Missing system libraries: libxcb-cursor.so.0" in text
    assert "sudo apt-get install -y libxcb-cursor0" in text and "sudo dnf install -y xcb-util-cursor" in text
    assert "scripts/start.sh --install-deps" in text
    no_display = report([])
    assert "no display" in no_display and "xvfb-run" in no_display
    plain = report([Diagnosis("xcb", ok=False, qt_message="could not connect to display :99")])
    assert "Qt said: could not connect to display :99" in plain


@pytest.mark.parametrize(("release", "system"), [
    ('ID=debian\nVERSION_ID="12"\n', "debian"),
    ('ID=ubuntu\nID_LIKE=debian\n', "debian"),
    ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', "debian"),
    ('ID=fedora\n', "fedora"),
    ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "fedora"),
    ('ID=arch\n', ""),
])
def test_the_distribution_decides_the_package_manager(release, system) -> None:
    assert distribution(release) == system


def test_missing_fonts_are_named(tmp_path: Path) -> None:
    assert "fonts-dejavu-core" in fonts_report(tmp_path / "fonts")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "PTS55F.ttf").write_bytes(b"\0")
    assert fonts_report(tmp_path / "fonts") == ""


def test_a_platform_that_needs_no_desktop_is_not_checked() -> None:
    assert check({"QT_QPA_PLATFORM": "offscreen"}) == (0, "")


def test_a_failing_qt_program_is_reported(capsys) -> None:
    status, platform = check({"DISPLAY": ":0"}, command=[sys.executable, "-c", "import sys; sys.exit('no Qt here')"])
    assert (status, platform) == (EXIT_NO_WINDOW, "")
    err = capsys.readouterr().err
    assert "'xcb' platform plugin" in err
    assert "Qt said: no Qt here" in err or "Missing system libraries" in err


# ---- the real script on a real X server


def _xvfb(tmp_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it in CI)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.skip("Xvfb did not start")
    return proc, f":{number}"


def _script_env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_") and k != "WAYLAND_DISPLAY"}
    env["DISPLAY"] = display
    return env


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(timeout=15)


@pytest.mark.slow
def test_start_sh_opens_the_study_window_on_an_x_server(tmp_path: Path) -> None:
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed (.ci/run installs it in CI)")
    xvfb, display = _xvfb(tmp_path)
    log = tmp_path / "start.log"
    try:
        with log.open("wb") as out:
            app = subprocess.Popen(["bash", str(REPO / "scripts" / "start.sh")], cwd=REPO, env=_script_env(display),
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        found = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and app.poll() is None and not found:
            time.sleep(1)
            result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Purges Desktop"],
                                    env={**os.environ, "DISPLAY": display}, capture_output=True, text=True,
                                    check=False)
            found = result.stdout.strip()
        still_running = app.poll() is None
        _stop(app)
        assert found, f"no 'Purges Desktop' window appeared; the script said:\n{log.read_text(errors='replace')}"
        assert still_running
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=15)


_HIDE = r"""
set -e
lib="$1"; shift
work="$(mktemp -d)"
mkdir "$work/orig" "$work/farm"
mount --bind "$lib" "$work/orig"
for f in "$work"/orig/*; do
    n="$(basename "$f")"
    case "$n" in libxcb-cursor.so*|libxkbcommon-x11.so*) ;; *) ln -s "$work/orig/$n" "$work/farm/$n" ;; esac
done
mount --bind "$work/farm" "$lib"
exec "$@"
"""


def _hiding_works(lib: Path) -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None or not (lib / "libxcb-cursor.so.0").exists():
        return False
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.slow
def test_start_sh_names_missing_xcb_libraries_and_the_command(tmp_path: Path) -> None:
    lib = Path("/usr/lib") / f"{os.uname().machine}-linux-gnu"
    if not _hiding_works(lib):
        pytest.skip("hiding a system library needs root, unshare and a Debian-style multiarch library folder")
    xvfb, display = _xvfb(tmp_path)
    try:
        result = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "bash", "-c", _HIDE, "hide", str(lib),
             "bash", str(REPO / "scripts" / "start.sh")],
            cwd=REPO, env=_script_env(display), capture_output=True, text=True, timeout=300, check=False)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=15)
    assert result.returncode == EXIT_NO_WINDOW, result.stderr
    err = result.stderr
    assert "Missing system libraries: libxcb-cursor.so.0, libxkbcommon-x11.so.0" in err
    assert "Debian/Ubuntu: sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0" in err
    assert "Fedora: sudo dnf install -y xcb-util-cursor libxkbcommon-x11" in err
    assert "Traceback" not in err


def test_the_installer_talks_on_stderr_so_standard_output_carries_only_the_platform(monkeypatch, capsys) -> None:
    # start.sh reads the platform's name from check-display's standard output: apt-get's chatter there once became
    # QT_QPA_PLATFORM (seen on a real Debian machine, docs/install.md).
    import purges_desktop.display_check as dc

    calls = []
    monkeypatch.setattr(dc.subprocess, "run", lambda argv, **kw: calls.append((argv, kw)) or
                        subprocess.CompletedProcess(argv, 0))
    assert dc.install(["libxcb-cursor.so.0"], "debian", assume_yes=True) == 0
    (argv, kwargs), = calls
    assert argv[-4:] == ["apt-get", "install", "-y", "libxcb-cursor0"][-4:]
    assert kwargs["stdout"] is sys.stderr
    assert capsys.readouterr().out == ""
