# SPDX-License-Identifier: GPL-3.0-or-later
"""The only module that knows where the bundled data and resources are.

Order: an explicit path (command line), then ``PURGES_DATA_DIR`` / ``PURGES_RESOURCES_DIR``, then a frozen app's
bundle, then the copy inside an installed wheel (``pip install .`` puts them in ``purges_desktop/_bundled/``), then
the source checkout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE_DIR.parent


def _candidates(name: str) -> list[Path]:
    out: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        out.append(Path(bundle) / name)
    out.append(_PACKAGE_DIR / "_bundled" / name)
    out.append(_CHECKOUT / name)
    return out


def _find(name: str, env: str, explicit: str | os.PathLike[str] | None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(env):
        return Path(os.environ[env]).expanduser().resolve()
    candidates = _candidates(name)
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The dataset folder."""
    return _find("data", "PURGES_DATA_DIR", explicit)


def resources_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The resources folder (fonts, styles, translations, icons)."""
    return _find("resources", "PURGES_RESOURCES_DIR", explicit)


def resource_path(relative: str) -> Path:
    """A file under the resources folder."""
    return resources_dir() / relative


def xdg_home(variable: str, fallback: str) -> Path | None:
    """An XDG base folder: ``$variable`` when it is an absolute path (the XDG Base Directory spec says a relative one
    is invalid and must be ignored), else ``fallback`` below the home folder; ``None`` when there is no absolute home
    folder either (``HOME=""`` must never put files at the root of the file system or below the working folder)."""
    value = os.environ.get(variable, "")
    if value and os.path.isabs(value):
        return Path(value)
    home = os.path.expanduser("~")
    if not home or not os.path.isabs(home) or Path(home) == Path(Path(home).anchor):
        return None
    return Path(home) / fallback


def cache_dir() -> Path | None:
    """The user's private cache folder for the app: ``$PURGES_CACHE_DIR`` (made absolute), else
    ``$XDG_CACHE_HOME/purges-desktop`` (``~/.cache/purges-desktop``); ``None`` (no cache) without a usable home."""
    if os.environ.get("PURGES_CACHE_DIR"):
        return Path(os.environ["PURGES_CACHE_DIR"]).expanduser().absolute()
    base = xdg_home("XDG_CACHE_HOME", ".cache")
    return base / "purges-desktop" if base is not None else None


def state_dir() -> Path | None:
    """The app's folder for state such as the kiosk's log: ``$XDG_STATE_HOME/purges-desktop``
    (``~/.local/state/purges-desktop``); ``None`` without a usable home."""
    base = xdg_home("XDG_STATE_HOME", ".local/state")
    return base / "purges-desktop" if base is not None else None


def export_dir() -> Path:
    """Where study mode saves exported charts and tables (``PURGES_EXPORT_DIR``, else ``~/Documents/Purges Desktop``
    when there is a Documents folder, else ``~/Purges Desktop``). Never inside the data folder."""
    if os.environ.get("PURGES_EXPORT_DIR"):
        return Path(os.environ["PURGES_EXPORT_DIR"]).expanduser()
    documents = Path(os.environ.get("XDG_DOCUMENTS_DIR") or Path.home() / "Documents")
    return (documents if documents.is_dir() else Path.home()) / "Purges Desktop"
