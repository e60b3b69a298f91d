# SPDX-License-Identifier: GPL-3.0-or-later
"""Loads the dataset off the GUI thread and announces it.

The window paints first; the data arrives through :attr:`DatasetController.dataset_loaded`. A frozen Dataset is
safe to hand across threads. The controller never writes to the data folder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from purges_desktop.application.memory import collector_paused
from purges_desktop.application.portraits import PortraitStore

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.global_search import GlobalIndex
    from purges_desktop.domain.model import Membership
    from purges_desktop.domain.queries import Changes
    from purges_desktop.domain.search import SearchIndex
    from purges_desktop.storage.cache import FileRecords

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What one load builds from the files, in the worker thread.

    Attributes:
        dataset: the records.
        people_index: the People search index.
        event_text: each event's folded title and summary, for the Timeline's search.
        highest_posts: each person's weightiest post, for the People table (``None``: work it out there).
        person_text: each person's folded biography, occupation, note and places, for the People search.
        files: what each data file gave (:class:`~purges_desktop.storage.cache.FileRecords` by path), so that the
            next reload parses only the files that changed.
    """

    dataset: Dataset
    people_index: SearchIndex
    event_text: dict[str, str]
    highest_posts: dict[str, Membership] | None
    person_text: dict[str, str]
    files: Mapping[str, FileRecords] = field(default_factory=dict)


class LoadedData:
    """A dataset plus what is derived from it once per load (see :class:`LoadResult`), as the views get it.

    Attributes:
        dataset, people_index, event_text, highest_posts, person_text, files: as in :class:`LoadResult`.
        folder: where the data was read from.
        portraits: the people's portraits, decoded when first shown.
        data_date: the day the newest data file was changed (the dataset's date in citations); ``None``: unknown.
        global_index: the one search over every kind of record (built when first asked for; :func:`load_data`
            asks for it in the loading thread, so the window never waits for it).
    """

    def __init__(self, result: LoadResult, *, folder: Path, data_date: dt.date | None = None,
                 folded: Mapping[str, list[str]] | None = None) -> None:
        self.result = result
        self.dataset = result.dataset
        self.people_index = result.people_index
        self.event_text = result.event_text
        self.highest_posts = result.highest_posts
        self.person_text = result.person_text
        self.files = result.files
        self.folder = folder
        self.portraits = PortraitStore(folder)
        self.data_date = data_date
        self._global_index: GlobalIndex | None = None
        self._folded = folded  # the files' folded search texts, for the global index (dropped once it is built)

    @property
    def global_index(self) -> GlobalIndex:
        """The index of the global search (Ctrl+K) over this dataset."""
        if self._global_index is None:
            from purges_desktop.domain.global_search import GlobalIndex  # noqa: PLC0415 - see load_data

            self._global_index = GlobalIndex.build(self.dataset, folded=self._folded)
            self._folded = None
        return self._global_index


def load_data(folder: Path, *, kiosk: bool = False, cache_dir: Path | None = None,
              previous: Mapping[str, FileRecords] | None = None) -> LoadedData:
    """Load a folder and build its indexes (runs in a worker thread; never raises for bad data).

    In the kiosk, records flagged ``hide_in_kiosk`` are left out. A file whose bytes are unchanged since
    ``previous`` (the ``files`` of the last load: a reload after a curator's save) or since it was put in the cache
    in ``cache_dir`` is not parsed again; the checks across files and every index are rebuilt from the records.
    """
    # Imported here, by the worker thread after the window has painted, to keep start-up short.
    from purges_desktop.domain.queries import (  # noqa: PLC0415
        event_texts,
        highest_posts,
        person_search_index,
        person_texts,
        without_hidden,
    )
    from purges_desktop.storage.cache import FileCache  # noqa: PLC0415
    from purges_desktop.storage.loader import data_date, load_files  # noqa: PLC0415

    # The collector stays paused for the indexes too: they make hundreds of thousands of objects and no cycles, and
    # its passes over the freshly loaded records would cost more than building them. What is alive at the end is
    # frozen (the GUI thread settles it again once shown), so the first collection afterwards does not walk it all.
    with collector_paused(freeze=True):
        loaded = load_files(folder, cache=FileCache(cache_dir) if cache_dir is not None else None,
                            previous=previous)
        dataset = without_hidden(loaded.dataset) if kiosk else loaded.dataset
        folded: dict[str, list[str]] = {}
        for found in loaded.files.values():
            for key, texts in found.search.items():
                folded.setdefault(key, texts)
        result = LoadResult(dataset=dataset, people_index=person_search_index(dataset, folded),
                            event_text=event_texts(dataset, folded), highest_posts=highest_posts(dataset),
                            person_text=person_texts(dataset, folded), files=loaded.files)
        data = LoadedData(result, folder=folder, data_date=data_date(folder) if folder.is_dir() else None,
                          folded=folded)
        if not kiosk:  # the study window's one search, built here in the loading thread (not in the data cache)
            _ = data.global_index
    return data


class _Carrier(QObject):
    done = Signal(object)
    failed = Signal(str)


class _LoadTask(QRunnable):
    def __init__(self, folder: Path, carrier: _Carrier, kiosk: bool, cache_dir: Path | None,
                 previous: Mapping[str, FileRecords] | None) -> None:
        super().__init__()
        self._folder = folder
        self._carrier = carrier
        self._kiosk = kiosk
        self._cache_dir = cache_dir
        self._previous = previous

    def run(self) -> None:
        try:
            result = load_data(self._folder, kiosk=self._kiosk, cache_dir=self._cache_dir, previous=self._previous)
        except Exception as exc:
            log.exception("loading %s failed", self._folder)
            self._carrier.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._carrier.done.emit(result)


class DatasetController(QObject):
    """Owns the current data and (re)loads it in the background.

    Signals:
        loading_started(): a load began (show a busy state).
        dataset_loaded(LoadedData): a load finished; the data may carry problems.
        reload_rejected(LoadedData): a reload brought errors: the last good data stays on screen, and the argument
            carries the new problems (a curator's broken save never shows a half-loaded state).
        load_failed(str): the loader itself failed (a bug, not bad data); the last good data stays.
    """

    loading_started = Signal()
    dataset_loaded = Signal(object)
    reload_rejected = Signal(object)
    load_failed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None, *, kiosk: bool = False,
                 cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.kiosk = kiosk
        self.cache_dir = cache_dir
        self.data: LoadedData | None = None
        self.latest: LoadedData | None = None
        self.last_changes: dict[str, Changes] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._carrier = _Carrier(self)
        self._carrier.done.connect(self._on_done)
        self._carrier.failed.connect(self._on_failed)

    def load(self) -> None:
        """Start loading the folder in the background; after a first load, only the files whose bytes changed
        since the latest load are parsed again (a curator's save)."""
        self.loading_started.emit()
        self._pool.start(_LoadTask(self.folder, self._carrier, self.kiosk, self.cache_dir, self._previous()))

    def load_now(self) -> None:
        """Load synchronously (command-line screenshots, tests of views)."""
        self._on_done(load_data(self.folder, kiosk=self.kiosk, cache_dir=self.cache_dir, previous=self._previous()))

    def _previous(self) -> Mapping[str, FileRecords] | None:
        """The files of the latest load (a rejected reload too: its good files need not be parsed again)."""
        return self.latest.files if self.latest is not None else None

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the background load ends (shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _on_done(self, result: LoadedData) -> None:
        self.latest = result
        previous = self.data
        if previous is not None and result.dataset.has_errors:
            self.reload_rejected.emit(result)
            return
        from purges_desktop.domain.queries import dataset_changes  # noqa: PLC0415 - see load_data

        self.last_changes = dataset_changes(previous.dataset, result.dataset) if previous is not None else {}
        self.data = result
        self.dataset_loaded.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.load_failed.emit(message)
