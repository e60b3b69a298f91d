# SPDX-License-Identifier: GPL-3.0-or-later
"""A cache of what was read from each data file, so that a start with unchanged files does not parse them again.

One entry per data file, named by a hash of the cache's schema, the file's path in the data folder and the SHA-256 of
its bytes (modification times alone go stale on some file systems: docs/reliability.md, "The data cache"). An entry
holds the file's records, its problems (with ``file:line:column``) and the folded search texts of its records, as
MessagePack decoded by msgspec into the exact record classes: data, never code. Anything wrong with an entry (garbage,
a pickle, another schema, a value of the wrong type, an entry of another file) is a miss, logged, never an error.

Record kinds come from :data:`purges_desktop.storage.records.SECTIONS`: each section's reader is registered there and
the class it returns (its return annotation) is the type the cache decodes that section into. A new kind of record
needs nothing here; its classes must be dataclasses (or msgspec-supported types) whose annotations resolve at run
time in their module. The schema hash covers every field of every class, so a changed record class is a miss by
itself; ``FORMAT`` needs a bump only when a reader reads the same YAML differently.

Entries are written to a temporary file and renamed into place; temporary files left by a killed write and entries
unused for :data:`MAX_AGE_DAYS` are swept when the cache is opened.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
import typing
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import msgspec

from purges_desktop import __version__
from purges_desktop.domain.problems import Problem

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 16  # bump when a reader reads the same YAML differently (12: per-file MessagePack, no pickle; 13: stories,
# glossary terms, compare_with; 14: control-character warnings, UTF-16 without a BOM;
# 15: Source accessed_via, SourceKind; 16: the global search's keys)
SUBFOLDER = "files"
SUFFIX = ".msgpack"
TMP_PREFIX = ".tmp-"
MAX_AGE_DAYS = 30  # an entry not used for this long is removed
STALE_TMP_S = 10 * 60  # a temporary file older than this was left by a killed write
_TOUCH_AFTER_S = 24 * 3600  # a hit refreshes its entry's modification time at most once a day
#: Largest entry read (a 20 MB data file makes about 30 MB of MessagePack).
MAX_ENTRY_BYTES = 256 * 1024 * 1024


@dataclass(slots=True)
class FileRecords:
    """What one data file gave: its records by section, its problems, its records' folded search texts.

    Attributes:
        path: the file's path relative to the data folder, with forward slashes.
        digest: SHA-256 of the file's bytes (hex); ``""`` when the file could not be read.
        sections: section name -> records, in file order.
        problems: the file's problems.
        search: folded search texts keyed by record (:func:`purges_desktop.domain.queries.search_texts`).
    """

    path: str
    digest: str
    sections: dict[str, list[Any]]
    problems: list[Problem]
    search: dict[str, list[str]]


def _record_types() -> dict[str, Any]:
    """Section name -> the record class its registered reader returns."""
    from purges_desktop.storage.records import SECTIONS  # noqa: PLC0415 - records imports nothing of the cache

    return {name: typing.get_type_hints(reader)["return"] for name, (_kind, _keys, reader) in SECTIONS.items()}


@cache
def _entry_type() -> tuple[type[Any], str]:
    """The msgspec type of an entry on disk (built from the registered readers), and a hash of its whole schema."""
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = [
        ("app", str), ("format", int), ("schema", str), ("path", str), ("digest", str),
        ("problems", list[Problem]), ("search", dict[str, list[str]]),
    ]
    fields += [(name, list[kind], msgspec.field(default_factory=list)) for name, kind in _record_types().items()]
    entry = msgspec.defstruct("CacheEntry", fields, forbid_unknown_fields=True, array_like=True)
    schema = hashlib.sha256(repr(msgspec.inspect.type_info(entry)).encode()).hexdigest()[:16]
    return entry, schema


class FileCache:
    """The per-file cache in one folder. Never raises: any problem reading is a miss, writing a log line."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / SUBFOLDER
        self.hits = 0
        self.misses = 0
        self._entry, self._schema = _entry_type()
        self._decoder = msgspec.msgpack.Decoder(self._entry)
        self._encoder = msgspec.msgpack.Encoder()
        self.sweep()

    def key(self, path: str, digest: str) -> str:
        """The entry name of a file with this path and content."""
        text = f"{__version__}|{FORMAT}|{self._schema}|{path}|{digest}"
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:40]

    def get(self, path: str, digest: str) -> FileRecords | None:
        """The records of the file ``path`` whose bytes hash to ``digest``, or ``None`` (a miss)."""
        where = self.folder / (self.key(path, digest) + SUFFIX)
        try:
            if where.stat().st_size > MAX_ENTRY_BYTES:
                raise ValueError("the entry is too large")
            entry = self._decoder.decode(where.read_bytes())
            if (entry.app, entry.format, entry.schema, entry.path, entry.digest) != (
                    __version__, FORMAT, self._schema, path, digest):
                raise ValueError("the entry belongs to another file or version")
            self._touch(where)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as exc:  # noqa: BLE001 - a broken entry is a miss, whatever went wrong
            log.warning("ignoring the data cache entry %s for %s: %s", where, path, exc)
            self.misses += 1
            return None
        self.hits += 1
        sections = {name: records for name in _record_types() if (records := getattr(entry, name))}
        return FileRecords(path, digest, sections, entry.problems, entry.search)

    def put(self, records: FileRecords) -> None:
        """Write one file's entry atomically (a temporary file renamed into place)."""
        if not records.digest:
            return
        where = self.folder / (self.key(records.path, records.digest) + SUFFIX)
        try:
            entry = self._entry(app=__version__, format=FORMAT, schema=self._schema, path=records.path,
                                digest=records.digest, problems=records.problems, search=records.search,
                                **records.sections)
            blob = self._encoder.encode(entry)
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=TMP_PREFIX, suffix=SUFFIX)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(blob)
                os.replace(tmp, where)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except Exception as exc:  # noqa: BLE001 - a cache that cannot be written only costs the next start
            log.warning("cannot write the data cache entry %s for %s: %s", where, records.path, exc)

    def sweep(self, now: float | None = None) -> None:
        """Remove temporary files left by a killed write, entries unused for :data:`MAX_AGE_DAYS` and the single
        pickle of earlier versions (``data-*.pickle`` beside this folder: never read, only removed)."""
        now = time.time() if now is None else now
        old = [*self.folder.parent.glob("data-*.pickle"), *self.folder.parent.glob(".tmp-*.pickle")]
        try:
            listed = list(os.scandir(self.folder))
        except OSError:
            listed = []
        for item in listed:
            try:
                age = now - item.stat(follow_symlinks=False).st_mtime
            except OSError:
                continue
            if (item.name.startswith(TMP_PREFIX) and age > STALE_TMP_S) or (
                    item.name.endswith(SUFFIX) and age > MAX_AGE_DAYS * 86400):
                old.append(self.folder / item.name)
        for path in old:
            try:
                path.unlink()
            except OSError as exc:
                log.warning("cannot remove the stale cache file %s: %s", path, exc)

    @staticmethod
    def _touch(where: Path) -> None:
        try:
            if time.time() - where.stat().st_mtime > _TOUCH_AFTER_S:
                os.utime(where)
        except OSError:
            pass
