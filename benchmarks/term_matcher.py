# SPDX-License-Identifier: GPL-3.0-or-later
"""How long the glossary's term matcher takes to build and to link one page (benchmarks/README.md, "Term matcher").

The page is the longest biography of the bundled data (English and Russian), and the same text repeated ten times
(a long page). The glossary is synthetic: N terms of one to four words, each with four forms per language, made from
the words of the biographies themselves so that many of them occur (the worst case for the matcher is a page full
of mentions). Run::

    .venv/bin/python benchmarks/term_matcher.py [--terms 300] [--repeat 200]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from purges_desktop.domain.glossary import Mentioned, TermMatcher
from purges_desktop.domain.model import Term
from purges_desktop.domain.text import LocalizedText
from purges_desktop.storage.loader import load_dataset

DATA = Path(__file__).resolve().parent.parent / "data"


def synthetic_terms(words: dict[str, list[str]], count: int, seed: int = 1937) -> list[Term]:
    """``count`` terms whose forms are runs of one to four words taken from ``words`` (per language)."""
    rng = random.Random(seed)
    terms = []
    for i in range(count):
        forms = {}
        for lang, pool in words.items():
            forms[lang] = tuple(" ".join(rng.sample(pool, rng.randint(1, 4))) for _ in range(4))
        terms.append(Term(f"t{i}", LocalizedText.of(forms["en"][0], forms["ru"][0]), forms_en=forms["en"][1:],
                          forms_ru=forms["ru"][1:], definition=LocalizedText.of("x", "х")))
    return terms


def best_ms(fn, repeat: int) -> float:
    """The fastest of ``repeat`` runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> int:
    """Print the build time and the time to find the mentions of one page, per language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    ds = load_dataset(DATA)
    person = max(ds.records.people, key=lambda p: len(p.bio.get("en")))
    bios = {lang: person.bio.get(lang) for lang in ("en", "ru")}
    words = {lang: sorted({w.strip(".,;:()«»\"") for w in text.split() if len(w) > 3}) for lang, text in bios.items()}
    terms = synthetic_terms(words, args.terms)
    build = best_ms(lambda: TermMatcher(terms), max(1, args.repeat // 20))
    matcher = TermMatcher(terms)
    print(f"{args.terms} terms, 4 forms per language: built in {build:.2f} ms")
    for lang, text in bios.items():
        for label, page in (("longest bio", text), ("bio x10", " ".join([text] * 10))):
            ms = best_ms(lambda page=page, lang=lang: matcher.mentions(page, lang, Mentioned()), args.repeat)
            found = len(matcher.mentions(page, lang, Mentioned()))
            print(f"{lang} {label} ({person.id}, {len(page):,} chars): {ms:.3f} ms, {found} terms linked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
