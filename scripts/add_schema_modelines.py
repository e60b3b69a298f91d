#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Put the yaml-language-server modeline on the first line of data files, so editors find the schema.

Each ``*.yaml`` file below the data folder (or below the paths given) gets, as its first line::

    # yaml-language-server: $schema=../schema/purges-data.schema.json

with the path of ``<data>/schema/purges-data.schema.json`` relative to the file's own folder. A modeline already on
the first line is replaced when its path is wrong and left alone when it is right, so running the script twice
changes nothing. Every other byte of the file is kept: a UTF-8 byte-order mark stays in front, and the new line
ends like the file's own lines (LF or CRLF).

Usage::

    python scripts/add_schema_modelines.py                      # every data/**/*.yaml, templates included
    python scripts/add_schema_modelines.py data/templates       # only these files or folders
    python scripts/add_schema_modelines.py --check              # list files that need it; exit 1 if any
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SCHEMA = Path("schema") / "purges-data.schema.json"
PREFIX = b"# yaml-language-server:"
BOM = b"\xef\xbb\xbf"
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"


def modeline(file: Path, data_dir: Path) -> bytes:
    """The modeline for ``file`` (without a line ending)."""
    rel = os.path.relpath(data_dir / SCHEMA, file.parent).replace(os.sep, "/")
    return PREFIX + b" $schema=" + rel.encode("utf-8")


def with_modeline(content: bytes, line: bytes) -> bytes:
    """``content`` with ``line`` as its first line (after a byte-order mark, if any)."""
    bom = BOM if content.startswith(BOM) else b""
    body = content[len(bom):]
    first_end = body.find(b"\n")
    newline = b"\r\n" if first_end > 0 and body[first_end - 1:first_end] == b"\r" else b"\n"
    if body.startswith(PREFIX):
        rest = body[first_end + 1:] if first_end >= 0 else b""
        return bom + line + newline + rest
    return bom + line + newline + body


def yaml_files(paths: list[Path]) -> list[Path]:
    """The ``*.yaml`` files named or found below the given folders, sorted, hidden folders and the map's folder
    (``map/``: its sections are not in this schema) skipped."""
    out: set[Path] = set()
    for path in paths:
        if path.is_dir():
            out.update(p for p in path.rglob("*.yaml")
                       if p.is_file() and not any(part.startswith(".") or part == "map"
                                                  for part in p.relative_to(path).parts[:-1]))
        elif path.suffix == ".yaml" and path.is_file():
            out.add(path)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    """Add or fix the modelines; return 1 with ``--check`` when some file needs one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the whole data folder)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the data folder whose schema/ the modelines point at (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="change nothing; list the files that need a change")
    args = parser.parse_args(argv)
    data_dir = args.data.resolve()
    stale = []
    for file in yaml_files(args.paths or [data_dir]):
        content = file.read_bytes()
        new = with_modeline(content, modeline(file.resolve(), data_dir))
        if new == content:
            continue
        stale.append(file)
        if not args.check:
            file.write_bytes(new)
    for file in stale:
        print(f"{'needs a modeline' if args.check else 'updated'}: {file}")  # noqa: T201
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
