"""The one-folder bundle (scripts/build_bundle.sh, PyInstaller): built from this checkout, it checks its own dataset,
cites a page, and opens its window on an X server, without Python or the checkout, and without writing into its own
folder. It takes a few minutes (PyInstaller copies Python and Qt), so it is marked slow; CI runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from purges_desktop.storage.loader import load_dataset

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "purges-desktop"
PROGRAM = BUNDLE / "purges-desktop"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    """Build the bundle from this checkout (every time: a stale bundle proves nothing)."""
    result = subprocess.run(["bash", str(REPO / "scripts" / "build_bundle.sh")], cwd=REPO, capture_output=True,
                            text=True, timeout=1800, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert PROGRAM.is_file() and os.access(PROGRAM, os.X_OK)
    return BUNDLE


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No Python of ours on the path, a private cache and state, the bundle's own data."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PURGES_DATA_DIR", "PURGES_RESOURCES_DIR"}
           and not k.startswith("QT_")}
    env.update(PURGES_CACHE_DIR=str(tmp_path / "cache"), PURGES_STATE_DIR=str(tmp_path / "state"),
               PURGES_EXPORT_DIR=str(tmp_path / "exports"), **extra)
    return env


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_the_bundle_checks_its_own_data_and_cites(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(PROGRAM), "validate", "--strict"], cwd=tmp_path, env=_env(tmp_path),
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    people = len(load_dataset(REPO / "data").records.people)  # the checkout's dataset, whatever its size
    assert f"{people} people" in result.stdout + result.stderr
    assert str(bundle) in result.stdout + result.stderr  # its own copy of the dataset, not the checkout's
    cite = subprocess.run([str(PROGRAM), "cite", "person/bukharin", "--style", "gost", "--lang", "ru"],
                          cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, timeout=300, check=False)
    assert cite.returncode == 0 and "Бухарин" in cite.stdout


def test_the_bundle_carries_a_desktop_file_an_icon_and_the_kiosk_unit(bundle: Path) -> None:
    share = bundle / "share"
    desktop = (share / "purges-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/purges-desktop/purges-desktop %U" in desktop
    assert "Icon=/opt/purges-desktop/share/purges-desktop.png" in desktop
    assert (share / "purges-desktop.png").read_bytes().startswith(b"\x89PNG")
    unit = (share / "purges-kiosk.service").read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/cage -d -- /opt/purges-desktop/purges-desktop --kiosk" in unit
    for folder in ("data", "resources/fonts", "resources/translations"):
        assert (bundle / "_internal" / folder).is_dir(), folder


def test_the_bundle_opens_its_window_on_an_x_server_and_writes_nothing_into_itself(bundle: Path,
                                                                                    tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("needs Xvfb and xdotool (.ci/run installs both in CI)")
    before = _snapshot(bundle)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = f":{pipe.readline().strip()}"
    try:
        env = _env(tmp_path, DISPLAY=display)
        check = subprocess.run([str(PROGRAM), "check-display"], env=env, capture_output=True, text=True,
                               timeout=120, check=False)
        assert (check.returncode, check.stdout.strip()) == (0, "xcb"), check.stderr
        app = subprocess.Popen([str(PROGRAM), "--open", "person/bukharin"], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        found = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and app.poll() is None and not found:
            time.sleep(1)
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Purges Desktop"],
                                   env={**os.environ, "DISPLAY": display}, capture_output=True, text=True,
                                   check=False).stdout.strip()
        running = app.poll() is None
        if running:
            os.killpg(app.pid, 15)
        out = app.communicate(timeout=30)[0].decode(errors="replace")
        assert found and running, out
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=15)
    assert _snapshot(bundle) == before  # nothing written into the install folder (cache, logs, exports go elsewhere)
