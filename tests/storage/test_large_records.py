"""Records of any size: a person with thousands of posts (a pasted or generated file) is warned about by
``validate`` and still opens as a page of bounded length (finding 3 of the hardening review: 100,000 posts froze the
window for a minute at 2.8 GB)."""

from __future__ import annotations

from pathlib import Path

from purges_desktop.storage.loader import load_dataset

N_POSTS = 3_000


def _big(tmp_path: Path) -> Path:
    lines = ["sources:\n  - {id: s, title: T}\n",
             "people:\n  - {id: p, name: {en: Pyotr Many, ru: Пётр Многий}, sources: [s]}\n",
             "bodies:\n  - {id: b, name: Board, kind: party, sources: [s]}\n",
             "  - {id: c, name: Council, kind: party, sources: [s]}\n", "memberships:\n"]
    for i in range(N_POSTS):
        lines.append(f"  - {{person: p, body: b, role: member, from: {1900 + i % 50}-01-{1 + i % 28:02d}, "
                     f"to: 1953, sources: [s]}}\n")
    lines.append("  - {person: p, body: c, role: member, from: 1930, to: 1931, sources: [s]}\n" * 3)
    (tmp_path / "big.yaml").write_text("".join(lines), encoding="utf-8")
    return tmp_path


def test_implausible_numbers_of_posts_are_warned_once_each(tmp_path: Path) -> None:
    ds = load_dataset(_big(tmp_path))
    counts = [p for p in ds.problems if p.code == "implausible-count"]
    assert len(counts) == 1 and f"{N_POSTS + 3:,} posts" in counts[0].message
    assert counts[0].origin.line == 9  # the person's first post
    dupes = [p for p in ds.problems if p.code == "duplicate-post"]
    assert any("'c'" in p.message and "recorded 3 times" in p.message for p in dupes)
    assert len(ds.records.memberships) == N_POSTS + 3  # warned, not dropped


def test_the_page_of_a_person_with_thousands_of_posts_lists_a_bounded_number(tmp_path: Path, qapp) -> None:
    from purges_desktop.views.pages import MAX_ROWS, person_page

    ds = load_dataset(_big(tmp_path))
    html = person_page(ds, ds.people["p"], "en")
    assert html.count("<tr>") <= 2 * MAX_ROWS + 20  # a row and its tenure bar per post
    assert f"and {N_POSTS + 3 - MAX_ROWS:,} more, not listed here" in html
