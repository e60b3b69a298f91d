# SPDX-License-Identifier: GPL-3.0-or-later
"""Open a data file at a line in the curator's own editor (``$VISUAL``/``$EDITOR``), or hand back the location."""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)


def editor_command(path: Path, line: int, column: int, editor: str) -> list[str]:
    """The command line that opens ``path`` at ``line`` in ``editor`` (known editors get their own syntax)."""
    args = shlex.split(editor)
    name = Path(args[0]).name if args else ""
    if name in {"code", "code-insiders", "codium"}:
        return [*args, "--goto", f"{path}:{line}:{column}"]
    if name in {"subl", "sublime_text", "zed"}:
        return [*args, f"{path}:{line}:{column}"]
    if name in {"vim", "vi", "nvim", "nano", "emacs", "emacsclient", "gedit", "kate", "micro", "helix", "hx"}:
        return [*args, f"+{line}", str(path)]
    return [*args, str(path)]


def open_in_editor(path: Path, line: int, column: int, env: dict[str, str] | None = None) -> bool:
    """Start the curator's editor on the file; False when none is configured (the caller copies the location)."""
    environ = env if env is not None else dict(os.environ)
    editor = environ.get("VISUAL") or environ.get("EDITOR") or ""
    if not editor:
        return False
    command = editor_command(path, max(line, 1), max(column, 1), editor)
    try:
        subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL)
    except OSError as exc:
        log.warning("cannot start the editor %r: %s", editor, exc)
        return False
    return True
