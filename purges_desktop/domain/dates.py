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
                # "около" governs the genitive: «около июля 1937», but «июль 1937».
                text = f"{_MONTHS['ru_gen' if self.approximate else 'ru'][self.month - 1]} {self.year}"
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


#: What a date field shows as its hint, per language: the forms :func:`parse_user_date` reads.
USER_DATE_EXAMPLES = {
    "en": ("1937", "June 1937", "1 June 1937", "01.06.1937", "1937-06-01"),
    "ru": ("1937", "июнь 1937", "1 июня 1937", "01.06.1937", "1937-06-01"),
}

# Every spelling of a month a visitor may type, folded (lower case, ё as е, no final dot): the English names and
# their abbreviations, the Russian nominative (июнь), genitive (июня) and prepositional (в июне) and the usual
# Russian abbreviations. Unambiguous prefixes of three letters or more are accepted as well (see _month_of).
_MONTH_FORMS: dict[str, int] = {}
for _i, (_en, _gen, _nom) in enumerate(zip(_MONTHS["en"], _MONTHS["ru_gen"], _MONTHS["ru"], strict=True), 1):
    for _form in (_en.lower(), _en[:3].lower(), _gen, _nom, _gen[:-1] + "е"):
        _MONTH_FORMS[_form.replace("ё", "е")] = _i
_MONTH_FORMS.update({"sept": 9, "май": 5, "мае": 5, "февр": 2, "сент": 9, "нояб": 11})
_FULL_NAMES = tuple(f for f in _MONTH_FORMS if len(f) > 3)

_NUMERIC_RE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$|^(\d{1,2})[./](\d{4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th", "го", "е", "ое")
_YEAR_WORDS = frozenset({"г", "год", "года", "году", "гг"})


def parse_user_date(text: str) -> PartialDate | None:
    """Read a date as a person types it into a search field, or ``None`` when it cannot be read.

    Accepted, in any letter case and with or without commas or a final dot:

    - a year: ``1937`` (also ``1937 г.``, ``1937 года``);
    - a month and year: ``June 1937``, ``Jun 1937``, ``июнь 1937``, ``июня 1937``, ``в июне 1937``, ``06.1937``,
      ``1937-06``;
    - a day: ``1 June 1937``, ``June 1, 1937``, ``1st June 1937``, ``1 июня 1937 г.``, ``01.06.1937``,
      ``1/6/1937``, ``1937-06-01``.

    English and Russian month names are read whatever the interface language (a visitor may type either); a
    month may be abbreviated to any unambiguous prefix of three letters or more (``Sept``, ``сент``, ``нояб``).
    Numeric dates with dots or slashes are day first, as written in Russia and Britain (``01.06.1937`` is 1 June);
    years have four digits. A day that does not exist (``31 June 1937``) is not a date: ``None``.
    """
    folded = text.strip().lower().replace("ё", "е")
    if not folded or len(folded) > 60:
        return None
    compact = folded.replace(" ", "").rstrip(".")
    for year_word in ("года", "год", "г"):
        if compact.endswith(year_word) and compact[: -len(year_word)].rstrip(".").isdigit():
            compact = compact[: -len(year_word)].rstrip(".")
    match = _ISO_RE.match(compact)
    if match:
        return _checked(int(match[1]), int(match[2]), int(match[3]) if match[3] else None)
    match = _NUMERIC_RE.match(compact)
    if match:
        if match[3]:
            return _checked(int(match[3]), int(match[2]), int(match[1]))
        return _checked(int(match[5]), int(match[4]), None)
    return _parse_words(_TOKEN_RE.findall(folded))


def _parse_words(tokens: list[str]) -> PartialDate | None:
    """Day, month name and year in either order (``1 June 1937``, ``June 1, 1937``), after a leading «в»."""
    if tokens and tokens[0] == "в":
        tokens = tokens[1:]
    if tokens and tokens[-1] in _YEAR_WORDS:
        tokens = tokens[:-1]
    numbers: list[str] = []
    month: int | None = None
    for i, token in enumerate(tokens):
        if token.isdigit():
            numbers.append(token)
        elif token in _ORDINAL_SUFFIXES and i > 0 and tokens[i - 1].isdigit():
            continue  # 1st, 2nd; 1-го
        elif month is None and (found := _month_of(token)) is not None:
            month = found
        else:
            return None
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) + len(years) != len(numbers) or len(days) > 1:
        return None
    if month is None:
        return _checked(int(years[0]), None, None) if not days else None
    if numbers[-1] != years[0]:
        return None  # the year comes last: "1937 June 1" is not read
    return _checked(int(years[0]), month, int(days[0]) if days else None)


def _month_of(token: str) -> int | None:
    """The month a word names (1-12), or ``None``."""
    token = token.rstrip(".")
    if token in _MONTH_FORMS:
        return _MONTH_FORMS[token]
    if len(token) < 3:
        return None
    found = {_MONTH_FORMS[name] for name in _FULL_NAMES if name.startswith(token)}
    return found.pop() if len(found) == 1 else None


def _checked(year: int, month: int | None, day: int | None) -> PartialDate | None:
    """The date, or ``None`` when it does not exist (month 13, 31 June, year 0)."""
    if not 1 <= year <= 9999 or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(year, month, day)


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
