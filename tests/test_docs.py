"""The repository stands alone: citations in code and docs name sections that exist, and nothing outside it."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CITATION = re.compile(r'(?:docs/)?(reliability|architecture)\.md[,;:]?\s*(?:#\s*)?"([^"]{1,80})"')
OUTSIDE = re.compile(r"\b(?:STYLE|RELIABILITY|PRODUCT)\.md\b|\.\./shared\b")


def _files() -> list[Path]:
    found = [REPO / "pyproject.toml", REPO / "README.md", REPO / "main.py"]
    for folder, pattern in (("purges_desktop", "*.py"), ("tests", "*.py"), ("scripts", "*"), ("benchmarks", "*.py"),
                            ("benchmarks", "*.md"), ("docs", "*.md"), ("docs", "*.service")):
        found += [p for p in (REPO / folder).rglob(pattern) if p.is_file() and "__pycache__" not in p.parts]
    return found


def _headings(doc: str) -> set[str]:
    text = (REPO / "docs" / f"{doc}.md").read_text(encoding="utf-8")
    return {h.replace("`", "").strip() for h in re.findall(r"^#{1,4} (.+)$", text, re.MULTILINE)}


def test_every_cited_section_exists() -> None:
    headings = {doc: _headings(doc) for doc in ("reliability", "architecture")}
    cited = [(path.relative_to(REPO), doc, title) for path in _files()
             for doc, title in CITATION.findall(path.read_text(encoding="utf-8", errors="replace"))]
    assert len(cited) >= 10, "the citation pattern no longer finds the code's references"
    missing = [f"{path}: {doc}.md, {title!r}" for path, doc, title in cited
               if " ".join(title.replace("#", " ").split()) not in headings[doc]]
    assert not missing


def test_nothing_cites_guidance_outside_the_repository() -> None:
    offenders = [str(path.relative_to(REPO)) for path in _files() if path != Path(__file__)
                 and OUTSIDE.search(path.read_text(encoding="utf-8", errors="replace"))]
    assert not offenders
