# SPDX-License-Identifier: GPL-3.0-or-later
"""The bibliography as a reference manager reads it: BibTeX and RIS text, made from the sources (no files, no Qt).

**BibTeX.** One entry per source, keyed by the source's id; the entry type follows the source's kind (``@book``,
``@article`` with the publisher as ``journal``, ``@misc`` otherwise, the publisher as ``howpublished``). Text stays
UTF-8 (Cyrillic as it is: biber and BibTeX 0.99d with a UTF-8 document read it); the characters TeX treats
specially are escaped: ``{ } & % $ # _`` with a backslash, ``\\`` ``~`` ``^`` as ``\\textbackslash{}``,
``\\textasciitilde{}``, ``\\textasciicircum{}``. The title is in double braces so that no style changes its case.
Several authors are joined with ``and``; a name that is not a person's (``Wikipedia contributors``, an archive) is
braced, so that BibTeX does not split it into first and last names. ``url`` is written as it is (a verbatim field),
and the date of access as ``urldate = {YYYY-MM-DD}``.

**RIS.** One record per source: ``TY`` (the reference type), ``AU`` (one line per author), ``TI``, ``PY``, ``PB``,
``UR``, ``Y2`` (the date of access, ``YYYY/MM/DD``), ``ID`` (the source's id) and ``ER``; lines ``TAG  - value``.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING

from purges_desktop.domain.bibliography import SourceGroup, source_group

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from purges_desktop.domain.model import Source


class ReferenceFormat(StrEnum):
    """A format of reference managers."""

    BIBTEX = "bibtex"
    RIS = "ris"

    @property
    def suffix(self) -> str:
        """The usual file name suffix (``bib``, ``ris``)."""
        return "bib" if self is ReferenceFormat.BIBTEX else "ris"


_TEX_SPECIALS = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                 **{ch: "\\" + ch for ch in "{}&%$#_"}}
_TEX_RE = re.compile(r"[\\~^{}&%$#_]")
_SPACES = re.compile(r"\s+")
#: Words that mark an author who is not a person (kept whole in BibTeX).
_GROUP_WORDS = frozenset({"contributors", "editors", "авторы", "редакция", "editorial", "staff"})


def tex_escape(text: str) -> str:
    """``text`` for a BibTeX field: one line, the TeX special characters escaped, everything else (Cyrillic) kept."""
    return _TEX_RE.sub(lambda m: _TEX_SPECIALS[m.group(0)], _SPACES.sub(" ", text).strip())


def authors_of(source: Source) -> list[str]:
    """The authors of a source: its ``author`` split at commas (``Marc Jansen, Nikita Petrov``)."""
    return [a for a in (part.strip() for part in source.author.split(",")) if a]


def is_person(name: str) -> bool:
    """True when ``name`` looks like a person's (two to four words, each capitalised; no group word)."""
    words = name.replace(".", ". ").split()
    return (2 <= len(words) <= 4 and all(w[0].isupper() for w in words)
            and not any(w.casefold() in _GROUP_WORDS for w in words) and not re.search(r"[()«»\"]", name))


def _bib_type(source: Source) -> str:
    group = source_group(source.kind)
    if source.kind == "article":
        return "article"
    if group in (SourceGroup.SCHOLARLY, SourceGroup.MEMOIR):
        return "book"
    return "misc"


def bibtex_entry(source: Source, accessed: dt.date | None = None) -> str:
    """One source as a BibTeX entry (see the module docstring)."""
    kind = _bib_type(source)
    names = [tex_escape(a) if is_person(a) else "{" + tex_escape(a) + "}" for a in authors_of(source)]
    fields: list[tuple[str, str]] = []
    if names:
        fields.append(("author", " and ".join(names)))
    fields.append(("title", "{" + tex_escape(source.title) + "}"))
    if source.publisher:
        where = {"article": "journal", "book": "publisher"}.get(kind, "howpublished")
        fields.append((where, tex_escape(source.publisher)))
    if source.year is not None:
        fields.append(("year", str(source.year)))
    if source.url:
        fields.append(("url", _SPACES.sub("", source.url)))
        if accessed is not None:
            fields.append(("urldate", accessed.isoformat()))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{source.id},\n{body}\n}}\n"


def to_bibtex(sources: Iterable[Source], accessed: dt.date | None = None) -> str:
    """Every source as BibTeX, entries separated by a blank line, in the order given."""
    head = "% Bibliography of Purges Desktop (UTF-8)\n\n"
    return head + "\n".join(bibtex_entry(s, accessed) for s in sources)


_RIS_TYPES = {
    SourceGroup.ARCHIVE: "GEN", SourceGroup.SCHOLARLY: "BOOK", SourceGroup.ENCYCLOPEDIA: "ENCYC",
    SourceGroup.PRESS: "NEWS", SourceGroup.MEMOIR: "BOOK", SourceGroup.WEB: "ELEC", SourceGroup.OTHER: "GEN",
}


def ris_type(source: Source) -> str:
    """The RIS reference type of a source (``JOUR`` for an article, ``BOOK``, ``ENCYC``, ``ELEC`` …)."""
    return "JOUR" if source.kind == "article" else _RIS_TYPES[source_group(source.kind)]


def _ris_value(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def ris_record(source: Source, accessed: dt.date | None = None) -> str:
    """One source as an RIS record (see the module docstring)."""
    lines = [("TY", ris_type(source))]
    lines.extend(("AU", _ris_value(a)) for a in authors_of(source))
    lines.append(("TI", _ris_value(source.title)))
    if source.year is not None:
        lines.append(("PY", str(source.year)))
    if source.publisher:
        lines.append(("PB", _ris_value(source.publisher)))
    if source.url:
        lines.append(("UR", _SPACES.sub("", source.url)))
        if accessed is not None:
            lines.append(("Y2", accessed.strftime("%Y/%m/%d")))
    lines.append(("ID", source.id))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\n" for tag, value in lines)


def to_ris(sources: Iterable[Source], accessed: dt.date | None = None) -> str:
    """Every source as RIS records, in the order given."""
    return "\n".join(ris_record(s, accessed) for s in sources)


def export_references(sources: Iterable[Source], fmt: ReferenceFormat, accessed: dt.date | None = None) -> str:
    """The sources as BibTeX or RIS text."""
    return to_bibtex(sources, accessed) if fmt is ReferenceFormat.BIBTEX else to_ris(sources, accessed)
