# SPDX-License-Identifier: GPL-3.0-or-later
"""Watches the data folder for curators' saves and asks for a reload, debounced.

Editors save in different ways (write in place, or write a temporary file and rename it over the old one, which
removes the watched file); so every change of a file or folder re-scans the tree and re-adds what is there. The folder
above the data folder is watched too: a data folder renamed away and back (or replaced by another) is noticed, its old
watches dropped and the new tree watched (docs/reliability.md, "A data folder moved away and back").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from pathlib import Path

DEBOUNCE_MS = 400


class DataWatcher(QObject):
    """Emits :attr:`changed` once after a burst of changes below the data folder.

    Signals:
        changed(): some YAML file was saved, added or removed.
    """

    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setObjectName("data-watcher-debounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_quiet)
        self._watcher.fileChanged.connect(self._on_something_changed)
        self._watcher.directoryChanged.connect(self._on_something_changed)
        self._ident = self._identity()
        if folder.parent.is_dir() and folder.parent != folder:
            self._watcher.addPath(str(folder.parent))
        self._rescan()

    def stop(self) -> None:
        """Stop watching (shutdown, tests)."""
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def _identity(self) -> tuple[int, int] | None:
        """Which folder is at the data folder's path now (device and inode), or ``None`` when there is none."""
        try:
            st = self.folder.stat()
        except OSError:
            return None
        return (st.st_dev, st.st_ino) if self.folder.is_dir() else None

    def _rescan(self) -> None:
        ident = self._identity()
        if ident != self._ident:  # moved away, back, or replaced: the old watches follow the old folder
            stale = [p for p in self._watcher.files() + self._watcher.directories() if p != str(self.folder.parent)]
            if stale:
                self._watcher.removePaths(stale)
            self._ident = ident
        if ident is None:
            return
        dirs = [str(self.folder)] + [str(p) for p in self.folder.rglob("*") if p.is_dir()]
        files = [str(p) for p in self.folder.rglob("*.yaml") if p.is_file()]
        known = set(self._watcher.files()) | set(self._watcher.directories())
        new = [p for p in dirs + files if p not in known]
        if new:
            self._watcher.addPaths(new)

    @Slot(str)
    def _on_something_changed(self, path: str) -> None:
        if path == str(self.folder.parent) and self._identity() == self._ident:
            return  # something else changed beside the data folder
        self._timer.start()

    @Slot()
    def _on_quiet(self) -> None:
        self._rescan()
        self.changed.emit()
