# SPDX-License-Identifier: GPL-3.0-or-later
"""Portraits and other images named in the data: where they are, and whether they can be shown.

An image is optional: a missing or unusable one is a *warning* naming the record's file and line, and
the app shows a placeholder. Only paths inside the data folder are accepted (no absolute paths, no ``..``, no
URLs: the app is offline and never reads outside its data), and only formats every Qt build can decode, recognised
by their first bytes so a renamed file is caught before Qt is asked to decode it. No Qt here: the application layer
decodes the images (:mod:`purges_desktop.application.portraits`).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from purges_desktop.domain.problems import Problem, Severity

if TYPE_CHECKING:
    from collections.abc import Iterable

    from purges_desktop.domain.model import Person

#: File name endings accepted for images, and the signatures their contents must start with.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
}
#: Larger files are refused: a portrait needs far less, and a huge file could stall the window while it decodes.
MAX_IMAGE_BYTES = 10_000_000


class ImageError(Exception):
    """Why an image named in the data cannot be shown; ``code`` is the problem code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def image_files(folder: Path) -> list[Path]:
    """Every file with an image ending under ``folder`` (part of the cache key: adding a portrait is a change)."""
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in SIGNATURES and p.is_file())


def resolve_image(folder: Path, rel: str) -> Path:
    """The file an ``image:`` value names, checked; raises :class:`ImageError` saying what is wrong."""
    if not rel.strip():
        raise ImageError("the image path is empty", "bad-image-path")
    if "://" in rel or rel.startswith(("/", "\\")) or "\\" in rel or (len(rel) > 1 and rel[1] == ":"):
        raise ImageError(f"the image {rel!r} must be a path inside the data folder, such as images/name.jpg "
                         "(no absolute paths, no web addresses, forward slashes only)", "bad-image-path")
    parts = PurePosixPath(rel).parts
    if ".." in parts:
        raise ImageError(f"the image {rel!r} must not leave the data folder ('..')", "bad-image-path")
    suffix = PurePosixPath(rel).suffix.lower()
    if suffix not in SIGNATURES:
        raise ImageError(f"the image {rel!r} is not a PNG, JPEG or GIF file (its name must end in "
                         f"{', '.join(SIGNATURES)})", "unsupported-image")
    path = folder.joinpath(*parts)
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
        size = path.stat().st_size if path.is_file() else -1
    except OSError as exc:
        raise ImageError(f"the image {rel!r} cannot be read: {exc.strerror}", "missing-image") from exc
    if not inside:
        raise ImageError(f"the image {rel!r} links to a file outside the data folder", "bad-image-path")
    if size < 0:
        raise ImageError(f"the image {rel!r} is not in the data folder; a placeholder is shown", "missing-image")
    if size > MAX_IMAGE_BYTES:
        raise ImageError(f"the image {rel!r} is {size / 1e6:.1f} MB, over the limit of "
                         f"{MAX_IMAGE_BYTES / 1e6:.0f} MB (10,000,000 bytes); save a smaller copy", "image-too-large")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImageError(f"the image {rel!r} cannot be read: {exc.strerror}", "missing-image") from exc
    if not head.startswith(SIGNATURES[suffix]):
        raise ImageError(f"the file {rel!r} is not a {suffix[1:].upper()} image (its content does not match its "
                         "name); a placeholder is shown", "unreadable-image")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageError(f"the image {rel!r} cannot be read: {exc.strerror}", "missing-image") from exc
    size_px = image_size(data)
    if size_px is not None and size_px[0] * size_px[1] > MAX_IMAGE_PIXELS:
        w, h = size_px
        raise ImageError(f"the image {rel!r} is {w:,} × {h:,} pixels, over the limit of "
                         f"{MAX_IMAGE_PIXELS // 1_000_000} million (decoding it would take {w * h * 4 / 2**20:,.0f} "
                         "MiB); save a smaller copy", "image-too-large")
    if is_truncated(data):
        raise ImageError(f"the image {rel!r} is cut short (the file ends before the image does): save it again; "
                         "a placeholder is shown", "unreadable-image")
    return path


#: More pixels than this would take over 160 MiB to decode: a portrait needs a fraction of it (a "pixel bomb" is a
#: small file that claims a huge image).
MAX_IMAGE_PIXELS = 40_000_000


def image_size(data: bytes) -> tuple[int, int] | None:
    """The width and height a PNG, JPEG or GIF file declares in its header (``None`` when it cannot be read)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker = data[i + 1]
            if marker in {0xD8, 0x01} or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            length = int.from_bytes(data[i + 2:i + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in {0xC4, 0xC8, 0xCC}:  # a start of frame
                return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
            i += 2 + length
    return None


def is_truncated(data: bytes) -> bool:
    """True when a PNG lacks its end chunk or a JPEG its end marker (a file cut short by a failed copy)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return b"IEND" not in data[-16:]
    if data.startswith(b"\xff\xd8"):
        return not data.rstrip(b"\x00").endswith(b"\xff\xd9")
    if data.startswith((b"GIF87a", b"GIF89a")):
        return not data.rstrip(b"\x00").endswith(b"\x3b")
    return False


def check_images(people: Iterable[Person], folder: Path) -> list[Problem]:
    """A warning for every person whose ``image`` cannot be shown, at the person's record."""
    problems = []
    for person in people:
        if not person.image:
            continue
        try:
            resolve_image(folder, person.image)
        except ImageError as exc:
            problems.append(Problem(person.origin, Severity.WARNING, f"{person.id!r}: {exc}", exc.code))
    return problems
