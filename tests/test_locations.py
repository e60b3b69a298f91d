"""Where the app writes: the platform's cache and state folders, never a relative XDG path, overrides honoured."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from purges_desktop import locations


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("PURGES_CACHE_DIR", "PURGES_STATE_DIR", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def test_the_platform_folders_under_home(clean_env: Path) -> None:
    assert locations.cache_dir() == clean_env / ".cache" / "purges-desktop"
    assert locations.state_dir() == clean_env / ".local" / "state" / "purges-desktop"


def test_xdg_folders_are_used_when_absolute(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(clean_env / "c"))
    monkeypatch.setenv("XDG_STATE_HOME", str(clean_env / "s"))
    assert locations.cache_dir() == clean_env / "c" / "purges-desktop"
    assert locations.state_dir() == clean_env / "s" / "purges-desktop"


def test_a_relative_xdg_folder_is_ignored(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("XDG_STATE_HOME", "state")
    assert locations.cache_dir() == clean_env / ".cache" / "purges-desktop"
    assert locations.state_dir() == clean_env / ".local" / "state" / "purges-desktop"
    assert os.environ["XDG_CACHE_HOME"] == "relative/cache"  # left as it was for anything else


def test_overrides_win(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURGES_CACHE_DIR", str(clean_env / "mycache"))
    monkeypatch.setenv("PURGES_STATE_DIR", str(clean_env / "mystate"))
    assert locations.cache_dir() == clean_env / "mycache"
    assert locations.state_dir() == clean_env / "mystate"
