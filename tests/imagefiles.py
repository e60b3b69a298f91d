"""Small image files made in pure Python, for the portrait tests (no binary files in the repository)."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bytes(width: int, height: int, rgb: tuple[int, int, int] = (120, 60, 30), *,
              declared: tuple[int, int] | None = None) -> bytes:
    """A valid RGB PNG of one colour; ``declared`` writes other dimensions in the header (a decompression bomb)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    w, h = declared or (width, height)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b""))
