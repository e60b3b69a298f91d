# SPDX-License-Identifier: GPL-3.0-or-later
"""A cache of the loaded data, so that a start with unchanged files does not parse the YAML again.

The key covers the app version and every data file's path and SHA-256 (modification times alone go stale on
some file systems: docs/reliability.md, "The data cache"). The cache is one pickle in an app-private folder,
written atomically; any problem reading it is a miss, never an error. Pickle must never be read from places others
can write: the folder is the user's own cache folder (or a test's temporary folder), and the data folder itself is
never written to.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from typing import TYPE_CHECKING, TypeVar

from purges_desktop import __version__

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

log = logging.getLogger(__name__)

T = TypeVar("T")
FORMAT = 14  # bump when a pickled class or what the readers accept changes (14: Source accessed_via, SourceKind)


def fingerprint(files: list[Path], folder: Path, extra: str = "") -> str:
    """A key that changes whenever any file's name or content changes (or the app version)."""
    digest = hashlib.sha256(f"{__version__}|{FORMAT}|{extra}".encode())
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def cached(folder: Path, files: list[Path], cache_dir: Path | None, build: Callable[[], T], extra: str = "", *,
           kind: type[T]) -> T:
    """Return the cached result for this exact set of files, or ``build()`` it and cache it.

    A cached value that is not a ``kind`` (written by another version of a class) is a miss.
    """
    if cache_dir is None:
        return build()
    key = fingerprint(files, folder, extra)
    hit = _read(_path(folder, cache_dir, extra), key)
    if isinstance(hit, kind):
        return hit
    result = build()
    _write(_path(folder, cache_dir, extra), key, result)
    return result


def store(folder: Path, files: list[Path], cache_dir: Path, value: object, extra: str = "") -> None:
    """Put an already built result in the cache (benchmarks measure the warm start this way)."""
    _write(_path(folder, cache_dir, extra), fingerprint(files, folder, extra), value)


def _path(folder: Path, cache_dir: Path, extra: str) -> Path:
    name = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape") + extra.encode()).hexdigest()[:24]
    return cache_dir / f"data-{name}.pickle"


def _read(path: Path, key: str) -> object | None:
    try:
        with path.open("rb") as fh:
            if pickle.load(fh) != key:
                return None
            enabled = gc.isenabled()
            gc.disable()
            try:
                return pickle.load(fh)
            finally:
                if enabled:
                    gc.enable()
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a broken cache is a miss, whatever went wrong
        log.warning("ignoring the data cache %s: %s", path, exc)
        return None


def _write(path: Path, key: str, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(key, fh, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except Exception as exc:  # noqa: BLE001 - a cache that cannot be written only costs the next start
        log.warning("cannot write the data cache %s: %s", path, exc)
