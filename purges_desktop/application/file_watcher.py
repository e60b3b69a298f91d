# SPDX-License-Identifier: GPL-3.0-or-later
"""Watches the data folder for curators' saves and asks for a reload, debounced.

Editors save in different ways (write in place, or write a temporary file and rename it over the old one, which
removes the watched file); so every change of a file or folder re-scans the tree and re-adds what is there.
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
        self._rescan()

    def stop(self) -> None:
        """Stop watching (shutdown, tests)."""
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def _rescan(self) -> None:
        if not self.folder.is_dir():
            return
        dirs = [str(self.folder)] + [str(p) for p in self.folder.rglob("*") if p.is_dir()]
        files = [str(p) for p in self.folder.rglob("*.yaml") if p.is_file()]
        known = set(self._watcher.files()) | set(self._watcher.directories())
        new = [p for p in dirs + files if p not in known]
        if new:
            self._watcher.addPaths(new)

    @Slot(str)
    def _on_something_changed(self, _path: str) -> None:
        self._timer.start()

    @Slot()
    def _on_quiet(self) -> None:
        self._rescan()
        self.changed.emit()
