# SPDX-License-Identifier: GPL-3.0-or-later
"""Typed reading of one record's fields, with a located problem for every mistake.

:class:`FieldReader` wraps one YAML mapping (a :class:`~purges_desktop.storage.yaml_reader.PosDict`) and reads its
fields as the domain wants them: bilingual text, partial dates, ids, enums. A wrong value is reported at its own
line and column and read as missing, so the rest of the record still loads.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from purges_desktop.domain.dates import DateError, PartialDate
from purges_desktop.domain.links import parse_uri
from purges_desktop.domain.model import SourceRef
from purges_desktop.domain.problems import Origin, Problem, Severity
from purges_desktop.domain.text import EMPTY_TEXT, LocalizedText
from purges_desktop.storage.yaml_reader import PosDict, PosList

if TYPE_CHECKING:
    from collections.abc import Iterable

E = TypeVar("E", bound=StrEnum)

#: Ids and language codes are checked with ``fullmatch``: ``$`` would also match before a final newline
#: (docs/reliability.md, "Ids with a trailing newline").
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANG_RE = re.compile(r"[a-z]{2,3}")
# A tag-like run such as <b>, </i>, <img ...> or <a href=...>: shown as text, but curators are told.
_HTML_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_KNOWN_LANGS = ("en", "ru")
#: No number in a data file may be larger than this (in size): a bigger one, an infinity or a 400-digit integer is a
#: mistake, and would overflow ``float()`` or a chart's arithmetic (docs/reliability.md, "Numbers out of range").
MAX_NUMBER = 10**15


class RecordInvalidError(Exception):
    """Raised inside a record reader when a required field is missing or wrong: the record is skipped."""


class FieldReader:
    """Reads the fields of one mapping and reports problems against it.

    Attributes:
        data: the mapping.
        file: the data file, relative to the data folder.
        problems: where problems go (shared by the whole load).
        kind: what the record is, for messages (``person``, ``event`` …).
    """

    def __init__(self, data: PosDict, file: str, problems: list[Problem], kind: str,
                 allowed: Iterable[str]) -> None:
        self.data = data
        self.file = file
        self.problems = problems
        self.kind = kind
        self._check_keys(set(allowed))

    # ---- positions and problems

    @property
    def origin(self) -> Origin:
        """Where the record starts."""
        return Origin(self.file, *getattr(self.data, "pos", (0, 0)))

    def pos_of(self, key: str) -> Origin:
        """Where the value of ``key`` starts (or the record, when it has no such key)."""
        value_pos = getattr(self.data, "value_pos", {})
        return Origin(self.file, *value_pos[key]) if key in value_pos else self.origin

    def report(self, origin: Origin, message: str, code: str,
               severity: Severity = Severity.ERROR) -> None:
        """Add a problem."""
        self.problems.append(Problem(origin, severity, message, code))

    def _check_keys(self, allowed: set[str]) -> None:
        key_pos = getattr(self.data, "key_pos", {})
        for key in self.data:
            if key not in allowed:
                pos = Origin(self.file, *key_pos.get(key, (0, 0)))
                hint = _closest(str(key), allowed)
                extra = f"; did you mean {hint!r}?" if hint else f"; allowed: {', '.join(sorted(allowed))}"
                self.report(pos, f"unknown key {shorten(key)} in {self.kind}{extra}", "unknown-key",
                            Severity.WARNING)

    # ---- typed getters

    def required_id(self, key: str = "id") -> str:
        """A required id. Raises :class:`RecordInvalidError` when missing or malformed."""
        value = self.data.get(key)
        if value is None:
            self.report(self.origin, f"{self.kind} has no {key!r}; the record is skipped", "missing-field")
            raise RecordInvalidError
        if not isinstance(value, str) or not ID_RE.fullmatch(value):
            self.report(self.pos_of(key), f"{key} {shorten(value)} is not a valid id: use lowercase letters, digits "
                        "and hyphens, e.g. 'yezhov' or 'trial-1938'; the record is skipped", "bad-id")
            raise RecordInvalidError
        return value

    def ref(self, key: str, *, required: bool = False) -> str:
        """An id referring to another record ("" when absent)."""
        value = self.data.get(key)
        if value is None:
            if required:
                self.report(self.origin, f"{self.kind} has no {key!r}; the record is skipped",
                            "missing-field")
                raise RecordInvalidError
            return ""
        if isinstance(value, str) and ID_RE.fullmatch(value):
            return value
        self.report(self.pos_of(key), f"{key} {shorten(value)} is not a valid id", "bad-id")
        if required:
            raise RecordInvalidError
        return ""

    def ref_list(self, key: str) -> tuple[str, ...]:
        """A list of ids; bad items are reported and left out."""
        value = self.data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            if isinstance(value, str) and ID_RE.fullmatch(value):
                return (value,)
            self.report(self.pos_of(key), f"{key} must be a list of ids, e.g. [bukharin, rykov]", "bad-type")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, str) and ID_RE.fullmatch(item):
                out.append(item)
            else:
                self.report(self._item_origin(value, i, key), f"{shorten(item)} in {key} is not a valid id", "bad-id")
        return tuple(out)

    def string(self, key: str, *, required: bool = False) -> str:
        """A plain string (numbers are accepted and written as text)."""
        value = self.data.get(key)
        if value is None:
            if required:
                self.report(self.origin, f"{self.kind} has no {key!r}; the record is skipped",
                            "missing-field")
                raise RecordInvalidError
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.report(self.pos_of(key), f"{key} must be text, not {_describe(value)}", "bad-type")
            if required:
                raise RecordInvalidError
            return ""
        self._check_html(str(value), self.pos_of(key), key)
        return str(value)

    def string_list(self, key: str) -> tuple[str, ...]:
        """A list of strings."""
        value = self.data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list):
            self.report(self.pos_of(key), f"{key} must be a list of text items", "bad-type")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if isinstance(item, str | int | float) and not isinstance(item, bool):
                self._check_html(str(item), self._item_origin(value, i, key), key)
                out.append(str(item))
            else:
                self.report(self._item_origin(value, i, key), f"an item of {key} must be text, not "
                            f"{_describe(item)}", "bad-type")
        return tuple(out)

    def text(self, key: str, *, required: bool = False, data: PosDict | None = None) -> LocalizedText:
        """Bilingual text: ``{en: ..., ru: ...}`` or a plain string (English)."""
        src = self.data if data is None else data
        value = src.get(key)
        origin = self.pos_of(key) if data is None else Origin(self.file, *data.value_pos.get(key, (0, 0)))
        if value is None or value == "":
            if required:
                self.report(self.origin, f"{self.kind} has no {key!r}; the record is skipped",
                            "missing-field")
                raise RecordInvalidError
            return EMPTY_TEXT
        if isinstance(value, str):
            self._check_html(value, origin, key)
            return LocalizedText((("en", value),))
        if not isinstance(value, dict):
            self.report(origin, f"{key} must be text or {{en: ..., ru: ...}}, not {_describe(value)}",
                        "bad-type")
            if required:
                raise RecordInvalidError
            return EMPTY_TEXT
        pairs: list[tuple[str, str]] = []
        for lang, item in value.items():
            lang_origin = Origin(self.file, *getattr(value, "value_pos", {}).get(lang, (0, 0)))
            if not isinstance(lang, str) or not LANG_RE.fullmatch(lang):
                self.report(lang_origin, f"{shorten(lang)} in {key} is not a language code such as en or ru",
                            "bad-language")
                continue
            if lang not in _KNOWN_LANGS:
                self.report(lang_origin, f"language {shorten(lang)} in {key} is not shown by the app yet "
                            "(it shows en and ru)", "unused-language", Severity.WARNING)
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                self.report(lang_origin, f"{key}.{lang} must be text, not {_describe(item)}", "bad-type")
                continue
            self._check_html(str(item), lang_origin, f"{key}.{lang}")
            if str(item).strip():
                pairs.append((lang, str(item)))
        if required and not pairs:
            self.report(origin, f"{key} is empty; the record is skipped", "missing-field")
            raise RecordInvalidError
        if pairs and not any(lang == "en" for lang, _ in pairs):
            self.report(origin, f"{key} has no English text (en), which is the fallback language",
                        "missing-english", Severity.WARNING)
        return LocalizedText(tuple(pairs))

    def date(self, key: str, *, required: bool = False, data: PosDict | None = None) -> PartialDate | None:
        """A partial date (``1937``, ``1937-07``, ``1937-07-30``, with ``~``/``?``)."""
        src = self.data if data is None else data
        value = src.get(key)
        if value is None:
            if required:
                self.report(self.origin, f"{self.kind} has no {key!r}; the record is skipped",
                            "missing-field")
                raise RecordInvalidError
            return None
        origin = self.pos_of(key) if data is None else Origin(self.file, *data.value_pos.get(key, (0, 0)))
        try:
            return PartialDate.parse(value)
        except DateError as exc:
            self.report(origin, f"{key}: {exc}", "bad-date")
            if required:
                raise RecordInvalidError from None
            return None

    def enum(self, key: str, enum: type[E], default: E | None = None, *,
             required: bool = False) -> E | None:
        """One of an enumeration's values."""
        value = self.data.get(key)
        if value is None:
            if required:
                self.report(self.origin, f"{self.kind} has no {key!r}; the record is skipped",
                            "missing-field")
                raise RecordInvalidError
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.report(self.pos_of(key), f"{key} {shorten(value)} is not one of: {allowed}", "bad-enum")
            if required:
                raise RecordInvalidError from None
            return default

    def boolean(self, key: str) -> bool | None:
        """``true`` or ``false``."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        self.report(self.pos_of(key), f"{key} must be true or false, not {shorten(value)}", "bad-type")
        return None

    def number(self, key: str, *, required: bool = False, low: int = -MAX_NUMBER, high: int = MAX_NUMBER,
               whole: bool = False) -> float | int | None:
        """An integer or decimal number from ``low`` to ``high``; with ``whole``, an integer.

        Anything else (text, ``true``, ``1.0e999``, ``.nan``, a 400-digit number, a number out of the range) is
        reported at the value and read as missing (docs/reliability.md, "Numbers out of range"): the value never
        reaches ``float()`` or ``int()`` unchecked.
        """
        value = self.data.get(key)
        if value is None:
            if required:
                self.report(self.origin, f"{self.kind} has no {key!r}; the record is skipped",
                            "missing-field")
                raise RecordInvalidError
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.report(self.pos_of(key), f"{key} must be a number, not {shorten(value)}", "bad-type")
        elif not low <= value <= high:  # also false for nan
            self.report(self.pos_of(key), out_of_range(key, value, low, high), "out-of-range")
        elif whole and isinstance(value, float):
            self.report(self.pos_of(key), f"{key} must be a whole number, not {shorten(value)}", "bad-type")
        else:
            return value
        if required:
            raise RecordInvalidError
        return None

    def integer(self, key: str, *, low: int = -MAX_NUMBER, high: int = MAX_NUMBER) -> int | None:
        """A whole number (``chart: 3``) from ``low`` to ``high``; anything else is reported and read as missing."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(self.pos_of(key), f"{key} must be a whole number such as 3, not {_describe(value)}",
                        "bad-type")
            return None
        if not low <= value <= high:
            self.report(self.pos_of(key), out_of_range(key, value, low, high), "out-of-range")
            return None
        return value

    def mapping(self, key: str) -> PosDict | None:
        """A nested mapping, or ``None`` (reported when of the wrong type)."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, PosDict):
            return value
        self.report(self.pos_of(key), f"{key} must be a mapping (key: value lines), not {_describe(value)}",
                    "bad-type")
        return None

    def items(self, key: str) -> list[tuple[PosDict, Origin]]:
        """The mappings of a list-of-mappings field; other items are reported and left out."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.report(self.pos_of(key), f"{key} must be a list of entries", "bad-type")
            return []
        out: list[tuple[PosDict, Origin]] = []
        for i, item in enumerate(value):
            origin = self._item_origin(value, i, key)
            if isinstance(item, PosDict):
                out.append((item, origin))
            else:
                self.report(origin, f"an entry of {key} must be a mapping, not {_describe(item)}", "bad-type")
        return out

    def sources(self, *, required: bool = True) -> tuple[SourceRef, ...]:
        """The ``sources`` list: ids or ``{source: id, detail: ...}``."""
        value = self.data.get("sources")
        if value is None or value == []:
            if required:
                self.report(self.origin, f"{self.kind} cites no sources: add `sources: [source-id]`",
                            "no-sources", Severity.WARNING)
            return ()
        if not isinstance(value, list):
            value = PosList([value])
            value.pos = getattr(self.data, "value_pos", {}).get("sources", (0, 0))
            value.item_pos = [value.pos]
        out: list[SourceRef] = []
        for i, item in enumerate(value):
            origin = self._item_origin(value, i, "sources")
            if isinstance(item, str) and ID_RE.fullmatch(item):
                out.append(SourceRef(item))
            elif isinstance(item, dict) and isinstance(item.get("source"), str) and ID_RE.fullmatch(item["source"]):
                detail = item.get("detail", "")
                out.append(SourceRef(item["source"], str(detail) if detail is not None else ""))
            else:
                self.report(origin, f"{shorten(item)} is not a source id or {{source: id, detail: ...}}", "bad-source")
        return tuple(out)

    def link(self, key: str, *, required: bool = False) -> str:
        """A deep link (``person/yezhov``, ``numbers/great-terror``); anything else is reported and read as none
        (whether the record it names exists is checked with the other records, in the domain's validation)."""
        value = self.data.get(key)
        if value is None:
            if required:
                self.report(self.origin, f"{self.kind} has no {key!r}: the deep link it opens, e.g. {key}: "
                            "person/yezhov", "missing-field")
            return ""
        return self._link_value(key, value, self.pos_of(key))

    def links(self, key: str) -> tuple[str, ...]:
        """A list of deep links (a single one may be written without brackets); bad items are reported and left
        out."""
        value = self.data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            link = self._link_value(key, value, self.pos_of(key))
            return (link,) if link else ()
        found = (self._link_value(key, item, self._item_origin(value, i, key)) for i, item in enumerate(value))
        return tuple(link for link in found if link)

    # ---- helpers

    def _link_value(self, key: str, value: object, origin: Origin) -> str:
        location = parse_uri(value) if isinstance(value, str) else None
        # The canonical text only: no purges: prefix, no date (a date is for the organisation chart's links).
        if location is not None and location.uri() == value:
            return value
        self.report(origin, f"{key} {shorten(value)} is not a deep link such as person/yezhov, event/kirov-murder, "
                    "trial/<id>, list/<id>, body/<id>, numbers/<section>, term/<id> or story/<id>", "bad-link")
        return ""

    def _item_origin(self, value: list[Any], index: int, key: str) -> Origin:
        item_pos = getattr(value, "item_pos", None)
        if item_pos is not None and index < len(item_pos):
            return Origin(self.file, *item_pos[index])
        return self.pos_of(key)

    def _check_html(self, value: str, origin: Origin, key: str) -> None:
        if _HTML_RE.search(value):
            self.report(origin, f"{key} contains what looks like HTML markup; it is shown as plain text, "
                        "tags and all", "html", Severity.WARNING)


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"{value} (true/false)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {shorten(value)}"


def shorten(value: object, limit: int = 60) -> str:
    """``repr(value)`` for a message, cut to about ``limit`` characters (a key or value may be 99,000 long)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        try:
            return f"a number of {len(str(abs(value)))} digits"
        except ValueError:  # over Python's 4,300-digit conversion limit
            return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


def out_of_range(key: object, value: object, low: int, high: int) -> str:
    """The message for a number outside ``low`` … ``high`` (an infinity, nan or 400-digit number included)."""
    def fmt(n: int) -> str:
        return f"{n:,}" if abs(n) >= 10_000 else str(n)

    return f"{key} is out of range ({shorten(value)}): it must be from {fmt(low)} to {fmt(high)}"


#: Keys longer than this get no "did you mean" (no allowed key is within two edits of them anyway).
_MAX_SUGGEST_CHARS = 40


def _closest(word: str, options: set[str]) -> str:
    """The allowed key nearest to a misspelt one, if it is close (one or two edits).

    The edit distance is at least the difference in length, so options whose length differs by three or more are
    never compared: the cost stays small for a key of any length (docs/reliability.md, "Long unknown keys").
    """
    best, best_d = "", 3
    if len(word) > _MAX_SUGGEST_CHARS:
        return best
    for option in sorted(options):  # sorted: a tie gives the same hint on every run (sets are not ordered)
        if abs(len(word) - len(option)) >= best_d:
            continue
        d = _edit_distance(word, option)
        if d < best_d:
            best, best_d = option, d
    return best


def _edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (a swap of two letters counts as one edit)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]
