# SPDX-License-Identifier: GPL-3.0-or-later
"""Load a data folder into a :class:`~purges_desktop.domain.dataset.Dataset`. Never raises for bad data.

Every ``*.yaml`` file below the folder is read (``templates/`` excepted), in sorted order. Each must be a mapping of
sections (``people:``, ``events:`` …); the files of ``map/`` are the map's (``storage/map_data.py``). Problems
are collected with ``file:line:column``; whatever can be read is kept.
The loader only ever opens files for reading.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, TypeVar

from purges_desktop.domain.dataset import Dataset
from purges_desktop.domain.geo import check_geo
from purges_desktop.domain.lists import ListEntry, ShootingList
from purges_desktop.domain.model import (
    Body,
    Era,
    Event,
    Figure,
    Membership,
    Person,
    Source,
    Statistic,
    Story,
    Term,
    Trial,
)
from purges_desktop.domain.problems import Origin, Problem, Severity, sorted_unique
from purges_desktop.domain.queries import search_texts
from purges_desktop.domain.validation import RawRecords, check
from purges_desktop.storage.cache import FileCache, FileRecords
from purges_desktop.storage.fields import shorten
from purges_desktop.storage.images import check_images
from purges_desktop.storage.map_data import is_map_file, read_geo
from purges_desktop.storage.records import SECTIONS, read_section
from purges_desktop.storage.yaml_reader import MAX_FILE_BYTES, decode, read_yaml

if TYPE_CHECKING:
    from collections.abc import Mapping

log = logging.getLogger(__name__)
R = TypeVar("R")

EXCLUDED_DIRS = frozenset({"templates", "schema", "images"})


def data_files(folder: Path) -> list[Path]:
    """The YAML files of a data folder, sorted, without templates or hidden folders."""
    files = []
    for path in folder.rglob("*.yaml"):
        rel = path.relative_to(folder).parts
        if any(part.startswith(".") or part in EXCLUDED_DIRS for part in rel[:-1]):
            continue
        if path.is_file():
            files.append(path)
    return sorted(files)


def data_date(folder: Path) -> dt.date | None:
    """The date of a dataset: the day its newest data file was last changed (local time); ``None`` without files.

    Citations give it as the date the data was last modified.
    """
    times = []
    for path in data_files(folder):
        try:
            times.append(path.stat().st_mtime)
        except OSError:  # removed while we looked
            continue
    return dt.datetime.fromtimestamp(max(times)).date() if times else None


def unreadable_folders(folder: Path) -> list[tuple[str, str]]:
    """The folders below (and including) ``folder`` that cannot be listed, as (path relative to ``folder``, reason).

    :func:`data_files` (``Path.rglob``) skips such a folder without a word; the loader reports each one
    (docs/reliability.md, "An empty or unreadable data folder").
    """
    found: list[tuple[str, str]] = []

    def note(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        try:
            rel = where.relative_to(folder).as_posix()
        except ValueError:
            rel = str(where)
        found.append((rel, exc.strerror or type(exc).__name__))

    for _root, dirs, _files in os.walk(folder, onerror=note):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in EXCLUDED_DIRS]
    return found


def read_file(path: Path, rel: str, raw: dict[str, list[object]], problems: list[Problem]) -> None:
    """Read one file's records into ``raw`` (section -> records), adding its problems."""
    found = read_data_file(path, rel)
    for name, records in found.sections.items():
        raw.setdefault(name, []).extend(records)
    problems.extend(found.problems)


def read_data_file(path: Path, rel: str, *, cache: FileCache | None = None,
                   previous: Mapping[str, FileRecords] | None = None) -> FileRecords:
    """One data file's records and problems: from ``previous`` (the last load) or the ``cache`` when the file's
    bytes have not changed, else parsed (and put in the cache). Never raises for bad data."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return FileRecords(rel, "", {}, [Problem(
                Origin(rel, 1, 1), Severity.ERROR, f"the file is {size / 2**20:.1f} MiB, over the limit of "
                f"{MAX_FILE_BYTES / 2**20:.0f} MiB; split it into several files", "too-large")], {})
        data_bytes = path.read_bytes()
    except OSError as exc:
        return FileRecords(rel, "", {}, [Problem(Origin(rel), Severity.ERROR,
                                                 f"cannot read the file: {exc.strerror}", "io")], {})
    digest = hashlib.sha256(data_bytes).hexdigest()
    known = previous.get(rel) if previous else None
    if known is not None and known.digest == digest:
        return known
    hit = cache.get(rel, digest) if cache is not None else None
    if hit is not None:
        return hit
    found = parse_data_file(data_bytes, rel)
    found.digest = digest
    if cache is not None:
        cache.put(found)
    return found


def parse_data_file(data_bytes: bytes, rel: str) -> FileRecords:
    """Parse one data file's bytes into its records, problems and folded search texts (``digest`` left empty)."""
    problems: list[Problem] = []
    raw: dict[str, list[object]] = {}
    result = FileRecords(rel, "", raw, problems, {})
    text, found = decode(data_bytes, rel)
    problems.extend(found)
    if text is None:
        return result
    data, found = read_yaml(text, rel)
    problems.extend(found)
    if data is None:
        if not found:
            problems.append(Problem(Origin(rel, 1, 1), Severity.WARNING, "the file is empty", "empty-file"))
        return result
    if not isinstance(data, dict):
        problems.append(Problem(Origin(rel, 1, 1), Severity.ERROR,
                                f"the file must be a mapping of sections such as 'people:' or 'events:', "
                                f"not a {type(data).__name__}; nothing in it was read", "not-a-mapping"))
        return result
    for key, value in data.items():
        origin = Origin(rel, *data.key_pos.get(key, (0, 0)))
        if key not in SECTIONS:
            problems.append(Problem(origin, Severity.ERROR,
                                    f"unknown section {shorten(key)}; sections are: {', '.join(SECTIONS)}",
                                    "unknown-section"))
            continue
        if value is None:
            continue
        raw.setdefault(key, []).extend(read_section(key, value, origin, rel, problems))
    _cap_unknown_keys(problems, 0)
    result.search = search_texts(raw)
    return result


#: At most this many ``unknown-key`` warnings are listed per file; the rest are counted in one more warning.
MAX_UNKNOWN_KEYS = 100


def _cap_unknown_keys(problems: list[Problem], start: int) -> None:
    """Keep the first :data:`MAX_UNKNOWN_KEYS` unknown-key warnings of the file whose problems begin at ``start``.

    A section indented one level too deep turns every field into an unknown key; thousands of warnings would bury the
    real errors (docs/reliability.md, "Long unknown keys").
    """
    unknown = [i for i in range(start, len(problems)) if problems[i].code == "unknown-key"]
    if len(unknown) <= MAX_UNKNOWN_KEYS:
        return
    first_left_out = problems[unknown[MAX_UNKNOWN_KEYS]]
    left_out = set(unknown[MAX_UNKNOWN_KEYS:])
    problems[start:] = [p for i, p in enumerate(problems[start:], start) if i not in left_out]
    problems.append(Problem(first_left_out.origin, Severity.WARNING,
                            f"{len(left_out):,} more unknown keys in this file from here on are not listed; fix the "
                            "ones above (often one wrong indentation) and validate again", "unknown-key"))


@dataclass(frozen=True, slots=True)
class Loaded:
    """A loaded data folder.

    Attributes:
        dataset: the records, checked and indexed.
        files: what each data file gave (path relative to the folder -> records), for the next reload.
        parsed: the files parsed by this load (the others came from the last load or the cache).
    """

    dataset: Dataset
    files: dict[str, FileRecords]
    parsed: tuple[str, ...]


def load_dataset(folder: Path) -> Dataset:
    """Read, check and index every data file of ``folder`` (no cache)."""
    return load_files(folder).dataset


def load_files(folder: Path, *, cache: FileCache | None = None,
               previous: Mapping[str, FileRecords] | None = None) -> Loaded:
    """Read, check and index every data file of ``folder``; a file whose bytes are those of the same file in
    ``previous`` (the last load) or in the ``cache`` is not parsed again.

    The cyclic garbage collector is paused while loading: the loader makes millions of objects and no cycles worth
    collecting, and the collector's passes took more than half of a 100,000-person load (benchmarks/README.md).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_files(folder, cache, previous)
    finally:
        if was_enabled:
            gc.enable()


def _load_files(folder: Path, cache: FileCache | None, previous: Mapping[str, FileRecords] | None) -> Loaded:
    started = time.perf_counter()
    problems: list[Problem] = []
    if not folder.is_dir():
        problems.append(Problem(Origin(str(folder)), Severity.ERROR, "the data folder does not exist", "no-data"))
        return Loaded(Dataset(records=check(RawRecords())[0], problems=tuple(problems)), {}, ())
    for rel, reason in unreadable_folders(folder):
        shown = str(folder) if rel == "." else f"{folder / rel}"
        problems.append(Problem(Origin(rel if rel != "." else str(folder)), Severity.ERROR,
                                f"cannot read the folder {shown}: {reason}; the files in it were not loaded",
                                "unreadable-folder"))
    files = data_files(folder)
    if not files:
        problems.append(Problem(Origin(str(folder)), Severity.ERROR,
                                f"the data folder {folder} has no data files (*.yaml outside templates/, schema/ "
                                "and images/)", "no-data"))
    read: dict[str, FileRecords] = {}
    raw: dict[str, list[object]] = {}
    inside = folder.resolve()
    for path in files:
        if is_map_file(folder, path):  # read by read_geo below
            continue
        rel = path.relative_to(folder).as_posix()
        if not path.resolve().is_relative_to(inside):  # a link to a file elsewhere: the app reads only its folder
            problems.append(Problem(Origin(rel), Severity.ERROR, f"the file is a link to {path.resolve()}, outside "
                                    "the data folder; it was not read (copy the file into the folder instead)",
                                    "outside-data"))
            continue
        found = read_file_guarded(path, rel, cache, previous)
        read[rel] = found
        for name, records in found.sections.items():
            raw.setdefault(name, []).extend(records)
        problems.extend(found.problems)
    parsed = tuple(rel for rel, found in read.items() if previous is None or previous.get(rel) is not found)
    records, found_problems = check(raw_records(raw))
    problems.extend(found_problems)
    problems.extend(check_images(records.people, folder))
    geo, found = read_geo(folder)
    problems.extend(found)
    problems.extend(check_geo(geo, records))
    dataset = Dataset(records=records, problems=tuple(sorted_unique(problems)), geo=geo)
    log.info("loaded %s in %.2f s: %d people, %d problems, %d file(s) read again", folder,
             time.perf_counter() - started, len(records.people), len(dataset.problems), len(parsed))
    return Loaded(dataset, read, parsed)


def read_file_guarded(path: Path, rel: str, cache: FileCache | None,
                      previous: Mapping[str, FileRecords] | None) -> FileRecords:
    """:func:`read_data_file`, with a bug of the app in it turned into one located problem."""
    try:
        return read_data_file(path, rel, cache=cache, previous=previous)
    except Exception as exc:  # docs/reliability.md, "A bug in a record reader"
        log.exception("reading %s failed", rel)
        return FileRecords(rel, "", {}, [Problem(
            Origin(rel, 1, 1), Severity.ERROR, f"the file could not be read: the app failed on it "
            f"({type(exc).__name__}); please report this with the file", "internal-error")], {})


def raw_records(raw: dict[str, list[object]]) -> RawRecords:
    """The records :func:`read_file` collected (section -> records), typed for the checks.

    Raises:
        TypeError: a section holds a record of the wrong class (a bug of a reader, never a curator's mistake).
    """
    return RawRecords(
        people=_section(raw, "people", Person), bodies=_section(raw, "bodies", Body),
        memberships=_section(raw, "memberships", Membership), trials=_section(raw, "trials", Trial),
        events=_section(raw, "events", Event), eras=_section(raw, "eras", Era),
        sources=_section(raw, "sources", Source), statistics=_section(raw, "statistics", Statistic),
        figures=_section(raw, "figures", Figure), shooting_lists=_section(raw, "shooting_lists", ShootingList),
        list_entries=_section(raw, "list_entries", ListEntry), stories=_section(raw, "stories", Story),
        terms=_section(raw, "terms", Term),
    )


def _section(raw: dict[str, list[object]], name: str, kind: type[R]) -> tuple[R, ...]:
    records = raw.get(name, [])
    if not _all_of(records, kind):
        wrong = next(type(r).__name__ for r in records if not isinstance(r, kind))
        raise TypeError(f"section {name!r} holds a {wrong}, not a {kind.__name__}")
    return tuple(records)


def _all_of(records: list[object], kind: type[R]) -> TypeGuard[list[R]]:
    return all(isinstance(r, kind) for r in records)
