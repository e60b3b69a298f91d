"""scripts/source_mirrors.py: a curator's tool that rewrites sources citing a mirror, keeping the file's layout."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from purges_desktop.storage.loader import load_dataset

ROOT = Path(__file__).resolve().parent.parent

BEFORE = """\
# a curator's comment stays
sources:
  - id: wikiorg-badaev
    title: Бадаев, Алексей Егорович
    publisher: wiki-org.ru (copy of the Russian Wikipedia)
    url: http://wiki-org.ru/wiki/%D0%91%D0%B0%D0%B4%D0%B0%D0%B5%D0%B2
    kind: encyclopedia
  - id: zxc-yakir
    title: Iona Yakir (English translation of the German Wikipedia article)
    publisher: de.zxc.wiki
    url: https://de.zxc.wiki/wiki/Iona_Yakir
    kind: encyclopedia
  - id: rulit-book
    title: An Example Book (rulit.me, part 96)
    publisher: rulit.me
    year: 2026
    url: https://www.rulit.me/books/example-96.html
    kind: book
    note:
      en: Kept as it is.
      ru: Остаётся как есть.
  - id: old-doc
    title: Протокол заседания Политбюро от 5 апреля 1930 г.
    publisher: istmat.org
    url: https://istmat.org/node/1
    kind: archive
  - id: fine
    title: Nikolai Yezhov
    url: https://en.m.wikipedia.org/wiki/Nikolai_Yezhov
    kind: encyclopedia
"""


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("source_mirrors", ROOT / "scripts" / "source_mirrors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["source_mirrors"] = module
    spec.loader.exec_module(module)
    return module


def test_check_lists_and_fix_rewrites_the_work_and_keeps_the_rest(tool, tmp_path: Path, capsys) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(BEFORE, encoding="utf-8")
    assert tool.main(["--check", str(path)]) == 1
    assert path.read_text(encoding="utf-8") == BEFORE  # --check writes nothing
    assert "wikiorg-badaev" in capsys.readouterr().out
    assert tool.main(["--fix", "--mark-gaps", str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# a curator's comment stays\n")
    ds = load_dataset(tmp_path)
    assert list(ds.problems) == []  # every warning fixed or its gap recorded
    s = ds.sources
    badaev = s["wikiorg-badaev"]
    assert (badaev.title, badaev.author, badaev.publisher) == (
        "Бадаев", "Wikipedia contributors", "Wikipedia (Russian)")
    assert badaev.url == "https://ru.wikipedia.org/wiki/Бадаев"  # readable
    assert badaev.accessed_via == "http://wiki-org.ru/wiki/%D0%91%D0%B0%D0%B4%D0%B0%D0%B5%D0%B2"
    yakir = s["zxc-yakir"]  # a translated title: the article's address is not guessed
    assert (yakir.url, yakir.accessed_via, yakir.publisher) == ("", "https://de.zxc.wiki/wiki/Iona_Yakir",
                                                                "Wikipedia (German)")
    book = s["rulit-book"]
    assert (book.url, book.publisher, book.year, book.kind) == ("", "", None, "scholarly")
    assert book.accessed_via == "https://www.rulit.me/books/example-96.html"
    assert "author and year" in book.incomplete and "rulit.me" in book.incomplete
    assert book.note.get("ru") == "Остаётся как есть."
    assert (s["old-doc"].year, s["old-doc"].incomplete) == (1930, "")
    assert s["fine"].url == "https://en.wikipedia.org/wiki/Nikolai_Yezhov"
    assert tool.main(["--check", "--mark-gaps", str(path)]) == 0  # nothing left to do
