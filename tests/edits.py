"""Editing a copy of a fixture dataset the way a curator would (tests only)."""

from __future__ import annotations

from pathlib import Path


def replace_in(folder: Path, file: str, old: str, new: str) -> None:
    """Replace ``old`` (which must be there) by ``new`` in a data file of ``folder``."""
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")
