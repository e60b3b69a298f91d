"""Sources cite the work: known mirrors, the Wikipedia article behind a mirror, the author and year a kind needs,
and the problems validate reports at the source's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from purges_desktop.domain.model import SourceKind
from purges_desktop.domain.sources import (
    Article,
    MirrorKind,
    mirror_of,
    missing_parts,
    wikipedia_article,
    wikipedia_language,
)
from purges_desktop.storage.loader import load_dataset


@pytest.mark.parametrize(("url", "kind"), [
    ("http://wiki-org.ru/wiki/%D0%91", MirrorKind.WIKIPEDIA),
    ("https://perceptiofr.com/Кнорин", MirrorKind.WIKIPEDIA),
    ("https://www.wikiwand.com/en/articles/X", MirrorKind.WIKIPEDIA),
    ("https://fanyv88.com:443/https/uk.wikipedia.org/wiki/X", MirrorKind.WIKIPEDIA),
    ("https://user.bibliboba.online/books/x/p/40", MirrorKind.BOOKS),
    ("https://www.rulit.me/books/the-great-terror-read-571463-96.html", MirrorKind.BOOKS),
    ("https://history.wikireading.ru/205229", MirrorKind.BOOKS),
    ("https://m.livejournal.com/x", MirrorKind.COPIES),
])
def test_known_mirrors_are_recognised_by_host(url: str, kind: MirrorKind) -> None:
    mirror = mirror_of(url)
    assert mirror is not None
    assert mirror.kind is kind


@pytest.mark.parametrize("url", [
    "https://en.wikipedia.org/wiki/Nikolai_Yezhov", "https://www.memo.ru/ru-ru/", "https://istmat.org/node/61056",
    "https://bigenc.ru/c/x", "", "not a url", "https://notwiki-org.ru/x",
])
def test_originals_and_other_sites_are_not_mirrors(url: str) -> None:
    assert mirror_of(url) is None


@pytest.mark.parametrize(("url", "hint", "expected"), [
    # the language from what the record says, the title from the address
    ("http://wiki-org.ru/wiki/%D0%91%D0%B0%D0%B4%D0%B0%D0%B5%D0%B2,_%D0%90", "", Article("ru", "Бадаев, А")),
    ("https://it.wiki7.org/wiki/%D0%9A%D0%BE%D1%81%D0%B8%D0%BE%D1%80", "ru", Article("ru", "Косиор")),
    ("http://piglix.com/piglix/Pavel_Postyshev", "", Article("en", "Pavel Postyshev")),
    # the language in the address wins
    ("https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Alexander_Krinitsky", "ru",
     Article("en", "Alexander Krinitsky")),
    ("https://fanyv88.com/https/ru.wikipedia.org/wiki/%D0%A2%D1%80%D0%B5%D1%82", "", Article("ru", "Трет")),
    ("https://hmong.ovh/ru/Aleksandr_Shcherbakov_(Soviet_politician)", "",
     Article("ru", "Aleksandr Shcherbakov (Soviet politician)")),
    ("https://ipfs.io/ipfs/QmX/wiki/14th_Congress.html", "en", Article("en", "14th Congress")),
])
def test_the_article_behind_a_mirror_is_derived_from_its_address(url: str, hint: str, expected: Article) -> None:
    assert wikipedia_article(url, hint) == expected


@pytest.mark.parametrize(("url", "hint"), [
    ("https://de.zxc.wiki/wiki/Iona_Yakir", "de"),  # translates titles
    ("https://deit.abcdef.wiki/wiki/Operation_Nord", "de"),  # translates titles
    ("https://it.wiki7.org/wiki/%D0%9A%D0%BE%D1%81%D0%B8%D0%BE%D1%80", ""),  # no language known
    ("https://dic.academic.ru/dic.nsf/ruwiki/325004", "ru"),  # not a known mirror; a number, no title
    ("https://user.bibliboba.online/books/x/p/40", "ru"),  # a book, not Wikipedia
])
def test_no_article_is_guessed(url: str, hint: str) -> None:
    assert wikipedia_article(url, hint) is None


def test_the_canonical_address_keeps_the_title() -> None:
    assert Article("ru", "Бадаев, А").url == "https://ru.wikipedia.org/wiki/Бадаев,_А"


@pytest.mark.parametrize(("text", "lang"), [
    ("Kosior (Italian machine translation of the Russian Wikipedia article)", "ru"),
    ("Wikipedia (German), mirror de.wiki.li", "de"),
    ("Politburo (mirror of the Wikipedia article)", ""),
    ("Russian translation of the English Wikipedia article; Russian Wikipedia", ""),  # two: ambiguous
])
def test_the_language_a_record_names(text: str, lang: str) -> None:
    assert wikipedia_language(text) == lang


@pytest.mark.parametrize(("kind", "author", "year", "missing"), [
    (SourceKind.SCHOLARLY, "", None, ("author", "year")),
    (SourceKind.MEMOIR, "A. Author", None, ("year",)),
    (SourceKind.SCHOLARLY, "A. Author", 1990, ()),
    (SourceKind.ARCHIVE, "", None, ("year",)),
    (SourceKind.ARCHIVE, "", 1937, ()),
    (SourceKind.PRESS, "", 1988, ()),
    (SourceKind.ENCYCLOPEDIA, "", None, ()),
    (SourceKind.WEB, "", None, ()),
    (None, "", None, ()),
])
def test_which_kinds_need_an_author_and_a_year(kind, author: str, year, missing: tuple[str, ...]) -> None:
    assert missing_parts(kind, author, year) == missing


def _load(tmp_path: Path, sources: str):
    (tmp_path / "s.yaml").write_text("sources:\n" + sources, encoding="utf-8")
    return load_dataset(tmp_path)


def _problems(ds) -> list[tuple[int, str]]:
    return [(p.origin.line, p.code) for p in ds.problems]


def test_a_mirror_as_the_work_is_a_warning_at_the_source(tmp_path: Path) -> None:
    ds = _load(tmp_path, "  - id: ok\n    title: T\n    kind: web\n"
                         "  - id: copy\n    title: Бадаев\n    url: http://wiki-org.ru/wiki/X\n"
                         "    kind: encyclopedia\n")
    assert _problems(ds) == [(5, "source-mirror")]
    assert "wiki-org.ru" in ds.problems[0].message
    assert "accessed_via" in ds.problems[0].message
    assert "copy" in ds.sources  # still loaded


def test_a_mirror_in_accessed_via_or_with_a_reason_is_fine(tmp_path: Path) -> None:
    ds = _load(tmp_path, "  - id: a\n    title: T\n    url: https://ru.wikipedia.org/wiki/X\n"
                         "    accessed_via: http://wiki-org.ru/wiki/X\n    kind: encyclopedia\n"
                         "  - id: b\n    title: T\n    url: https://rulit.me/books/x\n    kind: web\n"
                         "    mirror_ok: the author's own copy; no other exists\n")
    assert _problems(ds) == []
    assert ds.sources["a"].accessed_via == "http://wiki-org.ru/wiki/X"


def test_a_book_without_author_and_year_is_a_warning_unless_the_gap_is_explained(tmp_path: Path) -> None:
    ds = _load(tmp_path, "  - id: enc\n    title: T\n    kind: encyclopedia\n"
                         "  - id: book\n    title: T\n    kind: scholarly\n"
                         "  - id: doc\n    title: T\n    kind: archive\n    author: NKVD\n"
                         "  - id: known\n    title: T\n    kind: memoir\n    incomplete: the copy names no author\n")
    assert _problems(ds) == [(5, "source-incomplete"), (8, "source-incomplete")]
    assert "no author and no year" in ds.problems[0].message
    assert "(archive) has no year" in ds.problems[1].message


def test_an_old_or_unknown_kind_is_an_error_at_its_line_and_the_source_is_kept(tmp_path: Path) -> None:
    ds = _load(tmp_path, "  - id: b\n    title: T\n    kind: book\n    accessed_via: ftp://x\n")
    problems = sorted((p.origin.line, p.origin.column, p.code) for p in ds.problems)
    assert problems == [(4, 11, "bad-enum"), (5, 19, "bad-url")]
    assert "scholarly" in next(p.message for p in ds.problems if p.code == "bad-enum")
    assert ds.sources["b"].kind is None
    assert ds.sources["b"].accessed_via == ""
