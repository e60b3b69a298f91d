# SPDX-License-Identifier: GPL-3.0-or-later
"""Problems found in the data: collected, never raised, each with a severity and a ``file:line:column``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a problem is. Errors drop data; warnings point at doubtful data that is still shown."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Origin:
    """Where a record or value stands in the data files.

    Attributes:
        file: path relative to the data folder, with forward slashes.
        line: 1-based line, 0 when unknown.
        column: 1-based column, 0 when unknown.
    """

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


UNKNOWN_ORIGIN = Origin("<unknown>")


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in the data.

    Attributes:
        origin: where it is.
        severity: error or warning.
        message: what is wrong and, where it helps, how to fix it.
        code: a stable short code (``duplicate-key``, ``unknown-reference`` …) for tools and the guide.
    """

    origin: Origin
    severity: Severity
    message: str
    code: str

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order by file, line, column, then message."""
        return (self.origin.file, self.origin.line, self.origin.column, self.code, self.message)

    def __str__(self) -> str:
        return f"{self.origin}: {self.severity.value}: {self.message} [{self.code}]"


def sorted_unique(problems: list[Problem]) -> list[Problem]:
    """Problems sorted by place and with exact duplicates removed (stable output for hooks and CI)."""
    return sorted(set(problems), key=Problem.sort_key)
