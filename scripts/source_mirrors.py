#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Find (--check) and fix (--fix) sources that cite a mirror instead of the work, or use an old kind.

A curator's tool. For every source in data/sources/*.yaml (or the files given):

- ``url`` on a known mirror (purges_desktop/domain/sources.py, ``MIRRORS``) moves to ``accessed_via``. For a copy of
  Wikipedia whose address carries the article's title, ``url`` becomes the article's canonical address
  ``https://<lang>.wikipedia.org/wiki/<Title>`` (the language from the address, or from what the record says:
  "Russian Wikipedia"), the title the article's, the author "Wikipedia contributors" and the publisher
  "Wikipedia (<Language>)". Where the title cannot be derived, ``url`` is left empty: nothing is guessed.
- a mobile or dotted Wikipedia address (``ru.m.wikipedia.org``, ``uk.wikipedia.org.``) becomes the canonical one.
- a publisher that only names the mirror's site is removed (the site is not the work's publisher).
- an old kind is mapped (book -> scholarly or memoir, article -> scholarly, press or web; see ``KIND_BY_ID``).
- the access year written as the year of a work (2026, the year the data was compiled) is removed: it is not the
  work's year (kept for the press, whose items of 2026 may be of that year).
- an article address this tool derived is written readably (``https://ru.wikipedia.org/wiki/Бадаев``).

``--mark-gaps`` (with --fix) then handles the sources that still lack the author or the year their kind needs
(``validate``'s source-incomplete): an archive document whose title carries exactly one year (1900-1999) gets that
year; a press item whose publisher, or the brackets ending its title, carry exactly one full date gets its year;
every other gets ``incomplete:`` saying that the copy read does not give it and that it was not yet checked, so that
it is listed
(``grep -n incomplete: data/sources``) rather than warned about on every run. Fix those by hand.

The files are edited line by line, so comments and layout stay as they are. ``--check`` prints what ``--fix`` would
change and exits 1 when anything would; ``--fix`` writes it. Source ids never change.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from purges_desktop.domain.model import SourceKind  # noqa: E402
from purges_desktop.domain.sources import (  # noqa: E402
    LANGUAGE_NAMES,
    LEGACY_KINDS,
    MirrorKind,
    host_of,
    mirror_of,
    missing_parts,
    wikipedia_article,
    wikipedia_language,
)

#: The order of a source's keys when one is added.
KEY_ORDER = ("id", "title", "author", "publisher", "year", "url", "accessed_via", "kind", "note", "mirror_ok",
             "incomplete")
#: The year the dataset was compiled: as a "year" of a book, article or document it is the date of access.
ACCESS_YEARS = frozenset({2026})

_SCHOLARLY = SourceKind.SCHOLARLY
_MEMOIR = SourceKind.MEMOIR
_PRESS = SourceKind.PRESS
_WEB = SourceKind.WEB
#: Old kinds decided one by one (book -> memoir; article -> scholarly or web; the other articles are the press).
KIND_BY_ID: dict[str, SourceKind] = {
    # memoirs, diaries, letters and testimonies
    **dict.fromkeys((
        "rutlib-sudoplatov-litvinov-note", "solzhenitsyn-gulag-rulit-158", "chitka-gulag-3-p161",
        "artvladivostok-gulag-ch10-17", "fb2-dnevniki-1930-1931-note193", "viktorov-bez-grifa-sekretno",
        "viktorov-bez-grifa", "readboom-ne-sudi-bauman", "cnshb-kondratiev-suzdal", "knigochet-berggolts",
        "rulit-zapiski-vnuchki-radeka", "wikireading-matulevich-night", "memuarist-yakubovich-zayavlenie",
    ), _MEMOIR),
    # articles in scholarly journals and collections
    **dict.fromkeys((
        "portalus-ilishev-bashkir-party", "rokityansky-vasina-rubin-1992", "libmonster-bankovskii-likbez-blyum",
        "lebedeva-katyn-way-to-truth", "kim-deportatsiya-koreytsev", "polit-ru-lavinskaya-reabilitatsiya-1954-",
        "marxists-mandel-bukharin-rehabilitation", "ons-journal-plenum-1929", "memo-guryanov-polskie-spetspereselentsy",
        "holodomormuseum-papakin-chorna-doshka", "nbuv-chorni-doshky", "slavras-lebedeva-kpp",
        "pdfslide-zhdanov-1946", "slavic-review-2019-soviet-prosecutors", "kuksin-putna", "ihst-gerasimovich",
        "vopjazras-fando-kazakov", "permgaspi-mrachkovsky", "jansen-petrov-mass-terror-court",
        "seversk-klyuev-tomsk", "sukhotin-vvedensky", "urok-pramnek",
    ), _SCHOLARLY),
    # articles that are web pages (blogs, platforms, aggregators, sites of their own)
    **dict.fromkeys((
        "historicalfacts-kabakov", "donjetsk-pramnek", "svgbdvr-deribas", "referatu-popov-nikolai",
        "remontideas-protsess-bukharina-rykova", "ww2facts-rykov", "proza-baiburin-parallelnyy-tsentr",
        "agentura-gamarnik", "newrezume-gorbatov", "isralove-bronstein", "zagadki-frinovsky",
        "critical-ru-pletnev-kazakov", "geworld-beria-first-order", "newsland-voznesensky", "newsland-gulag-1930",
        "newsland-s-chego-nachinalas-voyna", "obzor-lt-eak", "soviethistory-msu-state-security",
        "sfi-usc-order-00447-80th", "wwii-soldat-bolshoy-terror", "simportal-iyunskiy-plenum-1937",
        "shelabolikha-smersh-1943", "polsha-eu-deportatsii-1940-1941", "articlekz-deportatsiya-chechentsev",
        "krainaz-shubnikov", "mykharkov-shubnikov", "imperhans-orientalists", "golubinski-livshits-gudok",
        "kolomna-ogni-vtoroy-protsess", "represnews-armenians-beria-case", "memorial-krsk-order-00485",
        "memorial-krsk-polish-deportations", "pmem-babiy-00447", "nkvd-tomsk-order-00485",
        "bessmertnybarak-delo-vrachey", "communications-unlimited-priboi", "balticword-deportations-1949",
        "svom-beria-1938", "nashkraj-agranov", "znamenie-gumilev", "1000inf-kondratiev", "aviv-mikhoels",
        "migdal-lurye-natan", "solovki-zerov", "remontideas-protsess-bukharina-rykova",
    ), _WEB),
}
#: Hosts of the press: sources of kind web on them are the press.
PRESS_HOSTS = re.compile(r"(?:dynamic-rsnz\.)?(?:paperspast\.)?natlib\.govt\.nz|jta\.org|latimes\.com|upi\.com|"
                         r"archiviolastampa\.it|kommersant\.ru|novayagazeta\.ru|svoboda\.org|radiosvoboda\.org|"
                         r"rg\.ru|ria\.ru|content\.time\.com|oldgazette\.org")


@dataclass
class Record:
    """One source in a file: its lines and values."""

    file: Path
    start: int  # index of the "  - id:" line
    end: int  # index after its last line
    data: dict[str, object]
    changes: dict[str, object | None] = field(default_factory=dict)
    why: list[str] = field(default_factory=list)


def _records(path: Path, lines: list[str]) -> list[Record]:
    starts = [i for i, line in enumerate(lines) if line.startswith("  - id:")]
    out = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        while end > start + 1 and not lines[end - 1].startswith("    "):
            end -= 1
        data = yaml.safe_load("".join(lines[start:end]))[0]
        out.append(Record(path, start, end, data))
    return out


def _publisher_names_site(publisher: str, host: str) -> bool:
    base = host.split(".")[-2] if host.count(".") >= 1 else host
    return bool(publisher) and base.lower() in publisher.lower() and "wikipedia" not in publisher.lower()


def _canonical_wikipedia(url: str) -> str | None:
    found = re.match(r"https?://([a-z-]+)(?:\.m)?\.wikipedia\.org\.?(/wiki/.*)$", url)
    if not found:
        return None
    return f"https://{found.group(1)}.wikipedia.org{found.group(2)}"


def plan(rec: Record) -> None:
    """Fill ``rec.changes`` (key -> new value, ``None`` to remove) with what --fix does, and why."""
    d = rec.data
    get = lambda key: d.get(key) if key not in rec.changes else rec.changes[key]  # noqa: E731
    kind = str(d.get("kind") or "")
    if kind and kind not in {k.value for k in SourceKind}:
        new = KIND_BY_ID.get(str(d["id"]))
        if new is None:
            new = LEGACY_KINDS.get(kind, SourceKind.WEB)
            if kind == "article":
                new = _PRESS
        rec.changes["kind"] = new.value
        rec.why.append(f"kind {kind} -> {new.value}")
    if str(get("kind")) == "web" and PRESS_HOSTS.fullmatch(host_of(str(d.get("url") or ""))):
        rec.changes["kind"] = _PRESS.value
        rec.why.append("kind web -> press (a newspaper's site)")
    year = d.get("year")
    if year in ACCESS_YEARS and str(get("kind")) != "press":
        rec.changes["year"] = None
        rec.why.append(f"year {year} is the year of access, not of the work")
    url = str(d.get("url") or "")
    canonical = _canonical_wikipedia(url)
    if canonical and d.get("accessed_via"):  # an address this tool derived: make it readable
        canonical = _readable_wikipedia(canonical)
    if canonical and canonical != url:
        rec.changes["url"] = canonical
        rec.why.append("canonical Wikipedia address")
        return
    mirror = mirror_of(url)
    if mirror is None or d.get("mirror_ok"):
        return
    host = host_of(url)
    rec.changes["accessed_via"] = url
    text = f"{d.get('title', '')} {d.get('publisher', '')}"
    if mirror.kind is MirrorKind.WIKIPEDIA and (mirror.lang or "wikipedia" in text.lower()):
        lang = wikipedia_language(text) or mirror.lang
        article = wikipedia_article(url, lang)
        if article is not None:
            lang = article.lang
            rec.changes["url"] = article_url_safe(article.lang, article.title)
            rec.changes["title"] = article.title
            rec.why.append(f"Wikipedia mirror {host}: the article {article.lang}:{article.title}")
        else:
            rec.changes["url"] = None
            rec.why.append(f"Wikipedia mirror {host}: the article's address cannot be derived")
        rec.changes["author"] = "Wikipedia contributors"
        if lang in LANGUAGE_NAMES:
            rec.changes["publisher"] = f"Wikipedia ({LANGUAGE_NAMES[lang]})"
        elif _publisher_names_site(str(d.get("publisher") or ""), host) or not d.get("publisher"):
            rec.changes["publisher"] = "Wikipedia"
        if str(get("kind")) != "encyclopedia":
            rec.changes["kind"] = "encyclopedia"
    else:
        rec.changes["url"] = None
        rec.why.append(f"{mirror.kind.value} site {host}: read there, the work has no address of its own here")
        if _publisher_names_site(str(d.get("publisher") or ""), host):
            rec.changes["publisher"] = None


_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")
_FULL_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+((?:19|20)\d\d)\b|\b\d{{2}}\.\d{{2}}\.((?:19|20)\d\d)\b",
                        re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d№-])(19\d\d)(?!\d)")


def plan_gaps(rec: Record) -> None:
    """Add the year an archive document's title or a press item's date gives, else an ``incomplete`` reason."""
    d = {**rec.data, **rec.changes}
    kind = SourceKind(str(d["kind"])) if d.get("kind") in {k.value for k in SourceKind} else None
    if d.get("incomplete"):
        return
    missing = missing_parts(kind, str(d.get("author") or ""), d.get("year"))  # type: ignore[arg-type]
    if not missing:
        return
    if "year" in missing:
        years: set[str] = set()
        if kind is SourceKind.ARCHIVE and "openlist" not in str(d.get("url") or ""):  # its "(1907)": a birth
            years = set(_YEAR.findall(str(d.get("title", ""))))
        elif kind is SourceKind.PRESS:  # the issue's date: in the publisher, or in brackets ending the title
            dated = re.search(r"\(([^()]*)\)\s*$", str(d.get("title", "")))
            issue = f"{dated.group(1) if dated else ''} | {d.get('publisher', '')}"
            years = {a or b for a, b in _FULL_DATE.findall(issue)}
        if len(years) == 1:
            rec.changes["year"] = int(years.pop())
            rec.why.append(f"year {rec.changes['year']} from the record's own title/date")
            missing = tuple(m for m in missing if m != "year")
    if missing:
        where = host_of(str(d.get("accessed_via") or d.get("url") or "")) or "the copy read"
        parts = " and ".join(missing)
        rec.changes["incomplete"] = (f"the {parts} of the work: not given where it was read ({where}); not yet "
                                     "checked against the printed work or a catalogue")
        rec.why.append(f"no {parts}: recorded as incomplete")


def article_url_safe(lang: str, title: str) -> str:
    """The article's address, readable: the title as it is written, only spaces, ``%``, ``?`` and ``#`` encoded."""
    return f"https://{lang}.wikipedia.org/wiki/" + title.replace(" ", "_").replace("%", "%25").replace(
        "?", "%3F").replace("#", "%23")


def _readable_wikipedia(url: str) -> str:
    head, _, title = url.partition("/wiki/")
    lang = head.removeprefix("https://").split(".")[0]
    decoded = unquote(title)
    return article_url_safe(lang, decoded.replace("_", " ")) if "\ufffd" not in decoded else url


def _scalar(value: object) -> str:
    text = yaml.safe_dump(value, allow_unicode=True, width=10_000, default_flow_style=True).strip()
    return text.removesuffix("\n...").removesuffix("...").strip()


def apply(lines: list[str], rec: Record) -> list[str]:
    """The record's lines with its changes made (keys kept in place, new keys in KEY_ORDER)."""
    block = lines[rec.start:rec.end]
    keys = [(i, m.group(1)) for i, line in enumerate(block) if (m := re.match(r"^ {2}[ -] ([a-z_]+):", line))]
    spans = {key: (i, keys[n + 1][0] if n + 1 < len(keys) else len(block)) for n, (i, key) in enumerate(keys)}
    out = list(block)
    for key, value in sorted(rec.changes.items(), key=lambda kv: -spans.get(kv[0], (10_000,))[0]):
        if key in spans:
            i, j = spans[key]
            out[i:j] = [] if value is None else [f"    {key}: {_scalar(value)}\n"]
    for key, value in rec.changes.items():
        if key in spans or value is None:
            continue
        present = [m.group(1) for line in out if (m := re.match(r"^ {2}[ -] ([a-z_]+):", line))]
        before = [k for k in KEY_ORDER[:KEY_ORDER.index(key)] if k in present]
        anchor = before[-1] if before else "id"
        idx = next(n for n, line in enumerate(out) if re.match(rf"^ {{2}}[ -] {anchor}:", line))
        idx += 1
        while idx < len(out) and out[idx].startswith("      "):
            idx += 1
        out.insert(idx, f"    {key}: {_scalar(value)}\n")
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the tool; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="list what --fix would change; exit 1 if anything")
    mode.add_argument("--fix", action="store_true", help="change the files")
    parser.add_argument("--mark-gaps", action="store_true",
                        help="also fill a year from the title or record the missing author/year as incomplete")
    parser.add_argument("files", nargs="*", type=Path, help="source files (default: data/sources/*.yaml)")
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "data" / "sources").glob("*.yaml"))
    changed = 0
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        records = _records(path, lines)
        for rec in records:
            plan(rec)
            if args.mark_gaps:
                plan_gaps(rec)
        todo = [r for r in records if r.changes]
        for rec in todo:
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"{shown}:{rec.start + 1}: {rec.data['id']}: {'; '.join(rec.why) or 'tidy'}")  # noqa: T201
        changed += len(todo)
        if args.fix and todo:
            for rec in sorted(todo, key=lambda r: -r.start):
                lines[rec.start:rec.end] = apply(lines, rec)
            path.write_text("".join(lines), encoding="utf-8")
    print(f"{changed} source(s) {'changed' if args.fix else 'to change'}", file=sys.stderr)  # noqa: T201
    return 1 if changed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["apply", "main", "plan", "unquote"]
