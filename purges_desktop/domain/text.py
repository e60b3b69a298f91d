# SPDX-License-Identifier: GPL-3.0-or-later
"""Bilingual text that visitors read: a mapping of language code to plain text, with English fallback."""

from __future__ import annotations

from dataclasses import dataclass

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """Plain text in several languages.

    Attributes:
        values: ``(language, text)`` pairs, in the order the data gave them.
    """

    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, en: str = "", ru: str = "") -> LocalizedText:
        """Build from English and Russian strings (empty strings are left out)."""
        return cls(tuple((k, v) for k, v in (("en", en), ("ru", ru)) if v))

    def get(self, lang: str) -> str:
        """The text in ``lang``, else in English, else in the first language given, else ``""``."""
        for key, value in self.values:
            if key == lang:
                return value
        for key, value in self.values:
            if key == FALLBACK_LANGUAGE:
                return value
        return self.values[0][1] if self.values else ""

    def has(self, lang: str) -> bool:
        """True when the text exists in ``lang`` itself (no fallback)."""
        return any(key == lang for key, _ in self.values)

    def all_text(self) -> tuple[str, ...]:
        """Every language's text (for search)."""
        return tuple(v for _, v in self.values)

    def __bool__(self) -> bool:
        return bool(self.values)


EMPTY_TEXT = LocalizedText()
