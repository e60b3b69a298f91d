# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial and uncertain historical dates (a small EDTF subset).

A date may be known to the year (``1937``), the month (``1937-07``) or the day (``1937-07-30``), and may be marked
approximate (``~``), uncertain (``?``) or both (``%``). Dates are Gregorian (New Style) and are kept as plain
integers, never as :class:`datetime.date`, so that any historical year parses.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

_DATE_RE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[~?%])?$")

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    # Russian dates use the genitive month name after a day ("30 июля 1937").
    "ru_gen": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
    "ru": (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ),
}


class DateError(ValueError):
    """A date string that is not a valid partial date."""


@dataclass(frozen=True, slots=True, order=False)
class PartialDate:
    """A Gregorian date known to year, month or day precision.

    Attributes:
        year: the year (1-9999).
        month: 1-12, or ``None`` when only the year is known.
        day: 1-31, or ``None`` when only the month or year is known.
        approximate: the date is "about" this (``~``).
        uncertain: the sources are not sure of it (``?``).
    """

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False

    # ---- construction

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Parse a YAML scalar (str, int or ``datetime.date``) into a date.

        Raises:
            DateError: when the value is not a partial date, with a message fit for a curator.
        """
        if isinstance(value, bool):
            raise DateError(f"expected a date such as 1937-07-30, got {value!r}")
        if isinstance(value, _dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int):
            if 1 <= value <= 9999:
                return cls(value)
            shown = value if abs(value) < 10**12 else f"of {len(str(abs(value)))} digits"
            raise DateError(f"year {shown} is out of range")
        if not isinstance(value, str):
            raise DateError(f"expected a date such as 1937-07-30, got {type(value).__name__}")
        text = value.strip()
        match = _DATE_RE.match(text)
        if not match:
            raise DateError(
                f"{_quoted(text)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, "
                "optionally followed by ~ (approximate) or ? (uncertain)"
            )
        year = int(match["y"])
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        if year < 1:
            raise DateError(f"year {year} is out of range")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r}: month {month} does not exist")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(f"{text!r}: {_MONTHS['en'][month - 1]} {year} has {last} days")
        q = match["q"] or ""
        return cls(year, month, day, approximate=q in "~%" and q != "", uncertain=q in "?%" and q != "")

    # ---- comparison helpers

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def sort_key(self) -> tuple[int, int, int]:
        """Key that sorts a year before its months and a month before its days."""
        return (self.year, self.month or 0, self.day or 0)

    def earliest(self) -> tuple[int, int, int]:
        """The first day this date may stand for, as ``(y, m, d)``."""
        return (self.year, self.month or 1, self.day or 1)

    def latest(self) -> tuple[int, int, int]:
        """The last day this date may stand for, as ``(y, m, d)``."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return (self.year, month, day)

    def surely_before(self, other: PartialDate) -> bool:
        """True when every day this date may mean lies before every day ``other`` may mean."""
        return self.latest() < other.earliest()

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    # ---- output

    def iso(self) -> str:
        """The date as written in the data (``1937``, ``1937-07``, ``1937-07-30``), with its qualifier."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.approximate and self.uncertain:
            text += "%"
        elif self.approximate:
            text += "~"
        elif self.uncertain:
            text += "?"
        return text

    def format(self, lang: str = "en") -> str:
        """A human date in English (``30 July 1937``) or Russian (``30 июля 1937``)."""
        if lang == "ru":
            if self.day is not None and self.month is not None:
                text = f"{self.day} {_MONTHS['ru_gen'][self.month - 1]} {self.year}"
            elif self.month is not None:
                text = f"{_MONTHS['ru'][self.month - 1]} {self.year}"
            else:
                text = str(self.year)
            prefix = "около " if self.approximate else ""
        else:
            if self.day is not None and self.month is not None:
                text = f"{self.day} {_MONTHS['en'][self.month - 1]} {self.year}"
            elif self.month is not None:
                text = f"{_MONTHS['en'][self.month - 1]} {self.year}"
            else:
                text = str(self.year)
            prefix = "c. " if self.approximate else ""
        return prefix + text + ("?" if self.uncertain else "")

    def __str__(self) -> str:
        return self.iso()


def age_at(born: PartialDate, when: PartialDate) -> tuple[int, bool]:
    """Age in whole years at ``when``, and whether it is exact (False: it may be one less)."""
    years = when.year - born.year
    if born.month is None or when.month is None:
        return years, False
    if born.month != when.month:
        return (years - 1 if when.month < born.month else years), True
    if born.day is None or when.day is None:
        return years, False
    return (years - 1 if when.day < born.day else years), True


def _quoted(text: str, limit: int = 40) -> str:
    """``repr(text)`` for a message, cut after ``limit`` characters (a curator's value may be 100,000 long)."""
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}… ({len(text):,} characters)"
