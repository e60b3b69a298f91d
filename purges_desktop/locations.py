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


#: The app's folder name under the platform's cache, state and documents folders.
APP_NAME = "purges-desktop"


def _usable_home() -> bool:
    """True when the home folder is an absolute path other than the file system's root (``HOME=""`` must never put
    files at the root or below the working folder)."""
    home = os.path.expanduser("~")
    return bool(home) and os.path.isabs(home) and Path(home) != Path(Path(home).anchor)


def _user_dir(kind: str) -> Path | None:
    """The platform's per-user folder of a kind (``cache``, ``state``) for the app, from ``platformdirs``: on Linux
    ``$XDG_CACHE_HOME`` (else ``~/.cache``) and ``$XDG_STATE_HOME`` (else ``~/.local/state``), on Windows under
    ``%LOCALAPPDATA%``, on macOS under ``~/Library``. A relative ``XDG_*`` value is ignored, as the XDG Base Directory
    specification asks; ``None`` when the XDG value is unusable and there is no usable home folder either."""
    import platformdirs  # noqa: PLC0415 - only when a folder is asked for

    variable = {"cache": "XDG_CACHE_HOME", "state": "XDG_STATE_HOME"}[kind]
    value = os.environ.get(variable, "")
    if value and not os.path.isabs(value):
        saved = os.environ.pop(variable)
        try:
            return _user_dir(kind)
        finally:
            os.environ[variable] = saved
    if not value and not _usable_home():
        return None
    finder = {"cache": platformdirs.user_cache_path, "state": platformdirs.user_state_path}[kind]
    return Path(finder(APP_NAME, appauthor=False))


def cache_dir() -> Path | None:
    """The user's private cache folder for the app: ``$PURGES_CACHE_DIR`` (made absolute), else the platform's (see
    :func:`_user_dir`: ``~/.cache/purges-desktop`` on Linux); ``None`` (no cache) without a usable home."""
    if os.environ.get("PURGES_CACHE_DIR"):
        return Path(os.environ["PURGES_CACHE_DIR"]).expanduser().absolute()
    return _user_dir("cache")


def state_dir() -> Path | None:
    """Where the app keeps what it writes for itself other than the cache, the kiosk's log: ``$PURGES_STATE_DIR``,
    else the platform's state folder (``~/.local/state/purges-desktop`` on Linux); ``None`` without a usable home."""
    if os.environ.get("PURGES_STATE_DIR"):
        return Path(os.environ["PURGES_STATE_DIR"]).expanduser().absolute()
    return _user_dir("state")


def export_dir() -> Path:
    """Where study mode saves exported charts and tables (``PURGES_EXPORT_DIR``, else ``~/Documents/Purges Desktop``
    when there is a Documents folder, else ``~/Purges Desktop``). Never inside the data folder."""
    if os.environ.get("PURGES_EXPORT_DIR"):
        return Path(os.environ["PURGES_EXPORT_DIR"]).expanduser()
    documents = Path(os.environ.get("XDG_DOCUMENTS_DIR") or Path.home() / "Documents")
    return (documents if documents.is_dir() else Path.home()) / "Purges Desktop"
