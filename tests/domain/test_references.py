"""The bibliography as BibTeX and RIS: exact text for a few sources, and every bundled source read back by the
parsers reference managers use (bibtexparser, rispy) with its title, authors and year intact, Cyrillic included."""

from __future__ import annotations

import datetime as dt
import re

import bibtexparser
import pytest
import rispy

from purges_desktop import locations
from purges_desktop.domain.bibliography import SourceGroup, grouped_sources, source_group
from purges_desktop.domain.model import Source, SourceKind
from purges_desktop.domain.references import (
    ReferenceFormat,
    authors_of,
    bibtex_entry,
    export_references,
    is_person,
    ris_record,
    tex_escape,
    to_bibtex,
    to_ris,
)
from purges_desktop.storage.loader import load_dataset

ACCESSED = dt.date(2026, 12, 8)
BOOK = Source("zvyagintsev-orlov", "История прокуратуры: 100% «Дело № 1» & {черновик}",
              "Александр Звягинцев, Юрий Орлов", "Олма_Пресс", 2004, "https://example.org/kniga?a=1&b=2_3%20x",
              kind=SourceKind.SCHOLARLY)
WIKI = Source("wp-en-iosif-vareikis", "Iosif Vareikis", "Wikipedia contributors", "Wikipedia", None,
              "https://en.wikipedia.org/wiki/Iosif_Vareikis", kind=SourceKind.ENCYCLOPEDIA)
ARCHIVE = Source("rgaspi-list", "Список лиц, подлежащих суду Военной коллегии ($ # ~ ^ \\)", "", "РГАСПИ", 1938,
                 "", kind=SourceKind.ARCHIVE)


def test_bibtex_of_a_book_with_two_authors_and_every_special_character() -> None:
    assert bibtex_entry(BOOK, ACCESSED) == (
        "@book{zvyagintsev-orlov,\n"
        "  author = {Александр Звягинцев and Юрий Орлов},\n"
        "  title = {{История прокуратуры: 100\\% «Дело № 1» \\& \\{черновик\\}}},\n"
        "  publisher = {Олма\\_Пресс},\n"
        "  year = {2004},\n"
        "  url = {https://example.org/kniga?a=1&b=2_3%20x},\n"
        "  urldate = {2026-12-08}\n"
        "}\n")


def test_bibtex_keeps_a_group_author_whole_and_an_archive_document_is_misc() -> None:
    assert bibtex_entry(WIKI, ACCESSED) == (
        "@misc{wp-en-iosif-vareikis,\n"
        "  author = {{Wikipedia contributors}},\n"
        "  title = {{Iosif Vareikis}},\n"
        "  howpublished = {Wikipedia},\n"
        "  url = {https://en.wikipedia.org/wiki/Iosif_Vareikis},\n"
        "  urldate = {2026-12-08}\n"
        "}\n")
    assert bibtex_entry(ARCHIVE, ACCESSED) == (
        "@misc{rgaspi-list,\n"
        "  title = {{Список лиц, подлежащих суду Военной коллегии (\\$ \\# \\textasciitilde{} \\textasciicircum{} "
        "\\textbackslash{})}},\n"
        "  howpublished = {РГАСПИ},\n"
        "  year = {1938}\n"
        "}\n")


def test_ris_records() -> None:
    assert ris_record(BOOK, ACCESSED) == (
        "TY  - BOOK\nAU  - Александр Звягинцев\nAU  - Юрий Орлов\n"
        "TI  - История прокуратуры: 100% «Дело № 1» & {черновик}\nPY  - 2004\nPB  - Олма_Пресс\n"
        "UR  - https://example.org/kniga?a=1&b=2_3%20x\nY2  - 2026/12/08\nID  - zvyagintsev-orlov\nER  - \n")
    assert ris_record(WIKI, ACCESSED) == (
        "TY  - ENCYC\nAU  - Wikipedia contributors\nTI  - Iosif Vareikis\nPB  - Wikipedia\n"
        "UR  - https://en.wikipedia.org/wiki/Iosif_Vareikis\nY2  - 2026/12/08\nID  - wp-en-iosif-vareikis\nER  - \n")
    assert ris_record(ARCHIVE).startswith("TY  - GEN\nTI  - Список лиц")


def test_text_is_one_line_and_people_are_told_from_groups() -> None:
    assert tex_escape("a\n  b_c") == "a b\\_c"
    assert is_person("Hugo Dewar") and is_person("Н. С. Черушев") and is_person("Vadim J. Birstein")
    assert not is_person("Wikipedia contributors") and not is_person("People's Commissariat of Justice of the USSR")
    assert not is_person("Международное общество «Мемориал» (International Memorial)")
    assert authors_of(BOOK) == ["Александр Звягинцев", "Юрий Орлов"]


@pytest.mark.parametrize(("kind", "group"), [
    ("archive", SourceGroup.ARCHIVE), ("book", SourceGroup.SCHOLARLY), ("article", SourceGroup.SCHOLARLY),
    ("encyclopedia", SourceGroup.ENCYCLOPEDIA), ("press", SourceGroup.PRESS), ("memoir", SourceGroup.MEMOIR),
    ("web", SourceGroup.WEB), ("", SourceGroup.OTHER), ("film", SourceGroup.OTHER),
])
def test_every_kind_has_its_group_and_unknown_kinds_are_other(kind: str, group: SourceGroup) -> None:
    assert source_group(kind) is group


# ---- every bundled source, read back


@pytest.fixture(scope="module")
def sources() -> tuple[Source, ...]:
    found = load_dataset(locations.data_dir()).records.sources
    assert len(found) >= 1745
    return found


def _untex(value: str) -> str:
    """A BibTeX value as text: the protecting braces dropped, the escapes undone."""
    value = value.replace(r"\textbackslash{}", "\\").replace(r"\textasciitilde{}", "~").replace(
        r"\textasciicircum{}", "^")
    value = re.sub(r"(?<!\\)[{}]", "", value)
    return re.sub(r"\\([{}&%$#_])", r"\1", value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_bibtex_of_every_source_parses_back_to_its_title_authors_and_year(sources) -> None:
    library = bibtexparser.parse_string(to_bibtex(sources, ACCESSED))
    assert not library.failed_blocks
    entries = {e.key: e.fields_dict for e in library.entries}
    assert len(entries) == len(sources)
    cyrillic = 0
    for s in sources:
        fields = entries[s.id]
        assert _untex(fields["title"].value) == _one_line(s.title), s.id
        authors = [_untex(a).strip() for a in fields["author"].value.split(" and ")] if "author" in fields else []
        assert authors == authors_of(s), s.id
        assert (fields["year"].value if "year" in fields else None) == (str(s.year) if s.year else None), s.id
        assert ("url" in fields) == bool(s.url)
        cyrillic += bool(re.search("[а-яё]", s.title, re.IGNORECASE))
    assert cyrillic > 100, "the bundled bibliography has Cyrillic titles, and they survive"


def test_ris_of_every_source_parses_back_to_its_title_authors_year_and_access_date(sources) -> None:
    records = rispy.loads(to_ris(sources, ACCESSED))
    assert len(records) == len(sources)
    for s, r in zip(sources, records, strict=True):
        assert r["id"] == s.id
        assert r["title"] == _one_line(s.title)
        assert r.get("authors", []) == authors_of(s)
        assert r.get("year") == (str(s.year) if s.year else None)
        assert r.get("publisher") == (_one_line(s.publisher) or None)
        if s.url:
            # rispy reads ";" in UR as a list separator; the line itself holds the address as written.
            assert ";".join(r["urls"]) == s.url and r["access_date"] == "2026/12/08"


def test_the_export_follows_the_order_it_is_given(sources) -> None:
    ordered = [s for _, group in grouped_sources(sources) for s in group]
    text = export_references(ordered, ReferenceFormat.RIS, ACCESSED)
    assert [r["id"] for r in rispy.loads(text)] == [s.id for s in ordered]
    assert to_ris(ordered, ACCESSED) == text
    assert ReferenceFormat.BIBTEX.suffix == "bib" and ReferenceFormat.RIS.suffix == "ris"
