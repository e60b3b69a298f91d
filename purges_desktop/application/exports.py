# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving what a view exports (a chart's CSV, PNG or SVG, a page's PDF, the bibliography as BibTeX or RIS) into one
folder: widgets never write files themselves."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.(csv|png|svg|pdf|bib|ris)")


class ExportFolder(QObject):
    """Writes exported files into ``folder``, never over an existing file (``name-2.csv`` …).

    Signals:
        saved(str): the path of a file just written.
        failed(str): why a file could not be written.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder

    def save(self, name: str, content: bytes) -> Path | None:
        """Write ``content`` as ``name`` (a plain file name such as ``by-year.csv``); the path, or None on failure."""
        if not _SAFE_NAME.fullmatch(name):
            self.failed.emit(f"not a file name for an export: {name!r}")
            return None
        stem, _, suffix = name.rpartition(".")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / name
            n = 1
            while path.exists():
                n += 1
                path = self.folder / f"{stem}-{n}.{suffix}"
            with path.open("xb") as f:
                f.write(content)
        except OSError as exc:
            log.warning("export %s failed: %s", name, exc)
            self.failed.emit(str(exc))
            return None
        self.saved.emit(str(path))
        return path
