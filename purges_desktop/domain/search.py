# SPDX-License-Identifier: GPL-3.0-or-later
"""Search that forgives spelling: case, accents, script and transliteration system.

Every name is folded to a *key*: Cyrillic is romanised, accents dropped, and the spellings on which the usual
transliteration systems (English, scholarly, German, French) disagree are collapsed, so that Ежов, Yezhov, Ezhov,
Jezhov and Jeschow all fold to the same key. Keys are built once per load; a query is folded the same way and
matched as a substring of the keys. A longer query with no hit is retried with one letter wrong, missing or extra.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u",
    # Serbian, Macedonian and the other Cyrillic alphabets, and the letters of pre-1918 Russian spelling.
    "ђ": "dj", "ѕ": "dz", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dzh", "ѡ": "o", "ѣ": "e", "ѥ": "ye",
    "ѧ": "ya", "ѩ": "ya", "ѫ": "u", "ѭ": "yu", "ѯ": "ks", "ѱ": "ps", "ѳ": "f", "ѵ": "i", "ѹ": "u", "ѻ": "o",
    "ѽ": "o", "ѿ": "ot", "ҁ": "k", "ҥ": "ng", "ӈ": "ng", "ү": "u", "ұ": "u", "һ": "h", "ә": "a", "ӕ": "ae",
    "ӡ": "dz", "ԕ": "lh", "ԗ": "rh", "ԙ": "ye", "ԛ": "q", "ԝ": "w", "ԥ": "p", "ԧ": "h", "ԫ": "dzh", "ԭ": "ch",
    "ҡ": "q", "ҕ": "gh", "ҩ": "o", "ԑ": "e", "ҵ": "ts", "ԅ": "zj", "ԇ": "dzj", "ԍ": "sj", "ԏ": "tj",
    # The semisoft sign and the palochka mark a neighbouring sound, like ъ and ь.
    "ҍ": "", "ӏ": "",
}
#: Latin letters that Unicode decomposition leaves alone (a stroke or a ligature is not an accent): without these
#: "Łozowski" would fold to "ozowski" and "Stanisław" to "stanis av".
_LATIN = {
    "æ": "ae", "ð": "d", "ø": "o", "þ": "th", "đ": "d", "ħ": "h", "ı": "i", "ĸ": "k", "ł": "l", "ŋ": "ng",
    "œ": "oe", "ŧ": "t", "ƒ": "f", "ƕ": "hv", "ƣ": "gh", "ƨ": "s", "ƪ": "sh", "ƫ": "t", "ƴ": "y", "ƶ": "z",
    "ʒ": "zh", "ƹ": "zh", "ƺ": "zh", "ƻ": "dz", "ƽ": "ts", "ƾ": "ts", "ƿ": "w", "ǀ": "", "ǁ": "", "ǂ": "",
    "ǃ": "", "ǝ": "e", "ȝ": "gh", "ȣ": "ou", "ȸ": "db", "ȹ": "qp", "ə": "e", "ɛ": "e", "ɔ": "o", "ß": "ss",
    "ẞ": "ss", "ỻ": "ll", "ƛ": "l", "ƍ": "d", "ƞ": "n", "ȡ": "d", "ȴ": "l", "ȵ": "n", "ȶ": "t", "ȷ": "j",
    "ƅ": "b", "ƃ": "b", "ƈ": "c", "ɂ": "", "ǯ": "zh", "ǥ": "g", "ɣ": "g", "ɩ": "i", "ʀ": "r", "ʃ": "sh",
    "ʊ": "u", "ʉ": "u", "ẟ": "d",
}
#: The Unicode blocks whose letters fold to Latin letters: Latin-1 Supplement, Latin Extended-A and -B, Latin
#: Extended Additional, Cyrillic and Cyrillic Supplement.
FOLDED_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0400, 0x052F))
#: Letters that stand for no sound of their own (they soften or harden a neighbour) and fold to nothing.
SILENT_LETTERS = frozenset("ъьҍӏǀǁǂǃɂ")


def _base_of(ch: str) -> str | None:
    """The plain letter a letter is a variant of, by its Unicode name: "CYRILLIC SMALL LETTER GHE WITH STROKE"
    is a г, "LATIN SMALL LETTER TURNED A" an a, "CYRILLIC SMALL LETTER KOMI DE" a д."""
    name = unicodedata.name(ch, "")
    match = re.fullmatch(r"(LATIN|CYRILLIC) (?:SMALL|CAPITAL) LETTER (?:[A-Z-]+ )*?([A-Z]+)(?: WITH .*)?", name)
    if match is None:
        return None
    try:
        base = unicodedata.lookup(f"{match.group(1)} SMALL LETTER {match.group(2)}")
    except KeyError:
        return None
    return base if base != ch else None


def _fold_letter(ch: str) -> str:
    """What one lower-case letter folds to before the accents are stripped (itself when NFKD handles it)."""
    for table in (_CYRILLIC, _LATIN):
        if ch in table:
            return table[ch]
    decomposed = unicodedata.normalize("NFD", ch)
    if decomposed[0] != ch and decomposed[0] in _CYRILLIC:
        return _CYRILLIC[decomposed[0]]  # ӓ, ѓ, ӝ: a Cyrillic letter with an accent
    if unicodedata.normalize("NFKD", ch).isascii() or not ch.isalpha():
        return ch
    base = _base_of(ch)
    return _fold_letter(base) if base is not None else ch


def _letter_table() -> dict[int, str]:
    """``str.translate`` table: every letter of :data:`FOLDED_RANGES` that does not fold by itself."""
    table = {}
    for lo, hi in FOLDED_RANGES:
        for code in range(lo, hi + 1):
            ch = chr(code).casefold()
            if len(ch) == 1 and (folded := _fold_letter(ch)) != ch:
                table[code] = folded
                table[ord(ch)] = folded
    return table


_LETTERS = _letter_table()

# Applied in order to romanised, accent-free, lower-case text. Each rule merges spellings that transliteration
# systems use for the same Russian sound.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in (
    (r"tsch", "ch"),                      # de tsch = ч
    (r"shch|sch|chtch", "sh"),            # щ (en shch, fr chtch); de sch = ш/ж
    (r"zh|sh|j(?=[^aeiouy]|$)", "sh"),    # ж/ш: en zh/sh; voicing ignored
    (r"kh|ch(?=[^aeiouy])|h", "h"),       # х: en kh, de ch, scholarly h/x
    (r"x", "ks"),
    (r"w", "v"),                          # de w = в
    (r"ou", "u"),                         # fr ou = у
    (r"tz|z", "s"),                       # з/ц in de/en spellings; voicing ignored
    (r"^[yji](?=[aeiou])|(?<=[aeiouy])[yj](?=[aeiou])", ""),  # ya/ja/ia/ye/je at a vowel edge
    (r"(?<=[^aeiou])[yij](?=[aeou])", ""),    # glide after a consonant: Zinoviev/Zinovyev/Zinovev
    (r"iy|yi|ii|y", "i"),                 # -ий/-ый endings, ы
    (r"([a-z])\1+", r"\1"),               # doubled letters
))
_DIGRAPH_STARTS = frozenset("kszctyji")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


class _CombiningMarks(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table that deletes combining marks, filled one code point at a time as they are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_STRIP_MARKS = _CombiningMarks()
#: Folded words, memoised: names, places and the words of biographies repeat, and the rules are a dozen regular
#: expressions per word (folding was most of a 10,000-person load's search texts). Cleared when it grows too big.
_FOLDED_WORDS: dict[str, str] = {}
_MAX_FOLDED_WORDS = 500_000


def _fold_word(word: str) -> str:
    folded = _FOLDED_WORDS.get(word)
    if folded is None:
        folded = word
        for pattern, replacement in _RULES:
            folded = pattern.sub(replacement, folded)
        if len(_FOLDED_WORDS) >= _MAX_FOLDED_WORDS:
            _FOLDED_WORDS.clear()
        _FOLDED_WORDS[word] = folded
    return folded


def fold(text: str) -> str:
    """Fold a name or query to its search key (lower-case ASCII words separated by single spaces)."""
    text = text.casefold()
    text = text.translate(_LETTERS)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_STRIP_MARKS)
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", " ".join([_fold_word(word) for word in text.split()])).strip()


def name_keys(texts: list[str]) -> list[str]:
    """The distinct folded keys of a record's names, in order (what :class:`SearchIndex` indexes)."""
    return list(dict.fromkeys(fold(t) for t in texts if t))


@dataclass(slots=True)
class SearchIndex:
    """Search over folded keys, built once per load.

    A query word matches, in order of preference: the start of a word of a name (a sorted word list and
    ``bisect``: the cost is the number of hits, not the number of people); else anywhere inside a name (one big
    string searched with ``str.find`` at C speed); else, for words of five letters or more, a word of the names
    with one letter wrong, missing or extra (a regular expression over the distinct words only).

    Attributes:
        ids: record ids, in the order their keys were added.
    """

    ids: list[str]
    _blob: str
    _starts: list[int]
    _words: list[str]
    _word_rows: list[int]
    _distinct: str
    _rows_of_word: dict[str, list[int]]

    @classmethod
    def build(cls, entries: list[tuple[str, list[str]]], *, folded: bool = False) -> SearchIndex:
        """Index ``(id, [texts...])`` pairs (names, aliases, both scripts); ``folded``: the texts are already
        search keys (:func:`fold` is not idempotent: never fold a key twice)."""
        if folded:
            return cls.from_keys([(rid, list(dict.fromkeys(t for t in texts if t))) for rid, texts in entries])
        return cls.from_keys([(rid, name_keys(texts)) for rid, texts in entries])

    @classmethod
    def from_keys(cls, entries: list[tuple[str, list[str]]]) -> SearchIndex:
        """Index ``(id, [folded keys...])`` pairs, the keys as :func:`name_keys` gives them (the data cache keeps
        them per file, so a warm start or a reload does not fold every name again)."""
        ids: list[str] = []
        parts: list[str] = []
        starts: list[int] = []
        pairs: set[tuple[str, int]] = set()
        offset = 0
        for row, (rid, keys) in enumerate(entries):
            key = "\n" + "\n".join(keys) + "\n"
            ids.append(rid)
            starts.append(offset)
            parts.append(key)
            offset += len(key) + 1
            parts.append("\x00")
            pairs.update((w, row) for k in keys for w in k.split())
        ordered = sorted(pairs)
        rows_of_word: dict[str, list[int]] = {}
        for word, row in ordered:
            rows_of_word.setdefault(word, []).append(row)
        return cls(ids, "".join(parts), starts, [w for w, _ in ordered], [r for _, r in ordered],
                   "\n" + "\n".join(rows_of_word) + "\n", rows_of_word)

    def _rows_with_prefix(self, prefix: str) -> set[int]:
        lo = bisect_left(self._words, prefix)
        hi = bisect_left(self._words, prefix + "\U0010ffff", lo)
        return set(self._word_rows[lo:hi])

    def _rows_containing(self, needle: str) -> set[int]:
        rows: set[int] = set()
        blob, starts = self._blob, self._starts
        pos = blob.find(needle)
        while pos != -1:
            row = bisect_right(starts, pos) - 1
            rows.add(row)
            nxt = starts[row + 1] if row + 1 < len(starts) else len(blob)
            pos = blob.find(needle, nxt)
        return rows

    def _rows_fuzzy(self, word: str) -> set[int]:
        # One substitution, deletion or insertion at the start of a distinct word.
        alternatives = {re.escape(word[:i]) + "[a-z]?" + re.escape(word[i + 1:]) for i in range(len(word))}
        alternatives |= {re.escape(word[:i]) + "[a-z]" + re.escape(word[i:]) for i in range(1, len(word))}
        pattern = re.compile("\n(?:" + "|".join(sorted(alternatives)) + ")[^\n]*")
        rows: set[int] = set()
        for match in pattern.finditer(self._distinct):
            rows.update(self._rows_of_word.get(match.group(0)[1:], ()))
        return rows

    def search(self, query: str, *, fuzzy: bool = True) -> set[str] | None:
        """Ids whose names match every word of ``query``; ``None`` for an empty query (everything)."""
        words = fold(query).split()
        if not words:
            return None
        return self.search_words(words, fuzzy=fuzzy)[0]

    def search_words(self, words: list[str], *, fuzzy: bool = True) -> tuple[set[str], bool]:
        """Ids whose names match every one of the folded ``words``, and whether a word was found only by forgiving
        a letter (the global search ranks such hits last)."""
        rows: set[int] | None = None
        forgiven = False
        for i, word in enumerate(words):
            found = self._rows_with_prefix(word)
            if i == len(words) - 1 and len(word) > 1 and word[-1] in _DIGRAPH_STARTS:
                # The user may be typing the first letter of a digraph ("Buk" on the way to "Bukharin").
                found |= self._rows_with_prefix(word[:-1])
            if not found and len(word) >= 3:
                found = self._rows_containing(word)
            if not found and fuzzy and len(word) >= 5:
                found = self._rows_fuzzy(word)
                forgiven = True
            rows = found if rows is None else rows & found
            if not rows:
                return set(), forgiven
        return {self.ids[r] for r in rows or ()}, forgiven
