# SPDX-License-Identifier: GPL-3.0-or-later
"""Portraits: decode the image a person's record names, once, at the size pages show it.

The storage layer decides whether a path may be read at all (inside the data folder, a known format by its first
bytes, at most 10 MB) and reports the problems with file and line; this class only decodes what passed, with a cap
on the memory a decoder may allocate, and keeps the last few portraits. Anything that goes wrong gives ``None``,
and the page shows the placeholder: a bad image never costs more than its own picture.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from purges_desktop.storage.images import ImageError, resolve_image

if TYPE_CHECKING:
    from pathlib import Path

    from purges_desktop.domain.model import Person

log = logging.getLogger(__name__)

#: The largest size a portrait is kept at (twice the size pages show it, for high-density screens).
PORTRAIT_SIZE = QSize(288, 360)
#: Megabytes a decoder may allocate for one image (a 10 MB file can still claim gigabytes when decoded).
ALLOCATION_LIMIT_MB = 128


class PortraitStore:
    """Decoded portraits of one data folder, by person id, with a small most-recently-used cache."""

    def __init__(self, folder: Path, capacity: int = 64) -> None:
        self.folder = folder
        self._capacity = capacity
        self._cache: OrderedDict[str, QImage | None] = OrderedDict()

    def portrait(self, person: Person) -> QImage | None:
        """The person's portrait scaled to fit :data:`PORTRAIT_SIZE`, or ``None`` (no image, or it cannot be read)."""
        if not person.image:
            return None
        key = f"{person.id}\0{person.image}"
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        image = self._decode(person.image)
        self._cache[key] = image
        if len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        return image

    def _decode(self, rel: str) -> QImage | None:
        try:
            path = resolve_image(self.folder, rel)
        except ImageError:
            return None  # reported by the loader with file and line
        reader = QImageReader(str(path))
        reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
        reader.setAutoTransform(True)  # JPEG orientation
        size = reader.size()
        if size.isValid() and size.width() * size.height() * 4 > ALLOCATION_LIMIT_MB * 1024 * 1024:
            # Refused before decoding (Qt would refuse too, with a warning on the console).
            log.warning("the portrait %s claims %d×%d pixels; not decoded", rel, size.width(), size.height())
            return None
        if size.isValid() and (size.width() > PORTRAIT_SIZE.width() or size.height() > PORTRAIT_SIZE.height()):
            reader.setScaledSize(size.scaled(PORTRAIT_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            log.warning("cannot decode the portrait %s: %s", rel, reader.errorString())
            return None
        return image
