# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding the glossary's terms in a page's text, so that the first mention of each can explain itself.

A :class:`TermMatcher` holds one compiled regular expression per language: every surface form of every term
(:meth:`~purges_desktop.domain.model.Term.forms`), longest first, as whole words and case-sensitive. A page asks it
for the mentions in each of its texts in turn, with a :class:`Mentioned` set shared by the whole page: a term is
found at its first mention only, and the matches never overlap (the longest form at a place wins:
"Central Committee" before "Committee"). Pure Python, no Qt; benchmarks/README.md gives its speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from purges_desktop.domain.model import Term

#: The languages a matcher is built for (the languages the app shows).
LANGUAGES = ("en", "ru")


@dataclass(frozen=True, slots=True)
class Mention:
    """A term found in a text: ``text[start:end]`` names the term ``term``."""

    start: int
    end: int
    term: str


@dataclass(slots=True)
class Mentioned:
    """The terms already found on a page (so that only the first mention of each is linked)."""

    terms: set[str] = field(default_factory=set)


class TermMatcher:
    """The mentions of a set of terms in text, one precompiled pattern per language.

    The matcher is read-only once built (it is shared between threads with the dataset).
    """

    __slots__ = ("_forms", "_patterns")

    def __init__(self, terms: Iterable[Term], languages: Iterable[str] = LANGUAGES) -> None:
        self._forms: dict[str, dict[str, str]] = {}
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        terms = tuple(terms)
        for lang in languages:
            forms: dict[str, str] = {}
            for term in terms:
                for form in term.forms(lang):
                    forms.setdefault(form, term.id)  # a form two terms share belongs to the first (validation warns)
            self._forms[lang] = forms
            self._patterns[lang] = _compile(forms) if forms else None

    def mentions(self, text: str, lang: str, seen: Mentioned | None = None) -> list[Mention]:
        """The first mention of each term in ``text`` (in ``lang``) that ``seen`` does not hold yet, in text order.

        ``seen`` is updated with the terms found; pass the same one for every text of a page.
        """
        pattern = self._patterns.get(lang)
        if pattern is None or not text:
            return []
        seen = seen if seen is not None else Mentioned()
        forms = self._forms[lang]
        found: list[Mention] = []
        for match in pattern.finditer(text):
            term = forms[match.group()]
            if term in seen.terms:
                continue
            seen.terms.add(term)
            found.append(Mention(match.start(), match.end(), term))
        return found

    def forms(self, lang: str) -> dict[str, str]:
        """Every form the matcher looks for in ``lang``, with the id of its term."""
        return dict(self._forms.get(lang, {}))


def _compile(forms: dict[str, str]) -> re.Pattern[str]:
    """One alternation of every form, longest first, between non-word characters (``\\w`` is Unicode: Cyrillic
    letters are word characters, so "тройка" is not found inside "тройками")."""
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def split_mentions(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """``text`` cut at its mentions: ``(piece, term id)`` pairs, the id ``""`` for the text between mentions."""
    out: list[tuple[str, str]] = []
    at = 0
    for m in mentions:
        if m.start > at:
            out.append((text[at:m.start], ""))
        out.append((text[m.start:m.end], m.term))
        at = m.end
    if at < len(text):
        out.append((text[at:], ""))
    return out
