# SPDX-License-Identifier: GPL-3.0-or-later
"""Export the whole dataset, normalised, as JSON or as CSV tables, for analysis elsewhere."""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.dates import PartialDate
    from purges_desktop.domain.lists import CategoryCounts
    from purges_desktop.domain.model import Sentence, SourceRef
    from purges_desktop.domain.text import LocalizedText


def _d(date: PartialDate | None) -> str | None:
    return date.iso() if date is not None else None


def _t(text: LocalizedText) -> dict[str, str]:
    return {"en": text.get("en"), "ru": text.get("ru")} if text else {}


def _src(refs: tuple[SourceRef, ...]) -> list[str]:
    return [r.source for r in refs]


def _sentence(s: Sentence | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"kind": s.kind.value, "years": s.years, "date": _d(s.date)}


def to_json_dict(ds: Dataset) -> dict[str, Any]:
    """The dataset as plain JSON-ready data (dates as ISO strings at their precision, ``null`` when unknown)."""
    r = ds.records
    people = [{
        "id": p.id, "name": _t(p.name), "aliases": list(p.aliases), "born": _d(p.born.date),
        "born_place": _t(p.born.place), "died": _d(p.died.date), "died_place": _t(p.died.place),
        "died_date_unknown": p.died.date_unknown,
        "fate": p.fate.value, "repression": [
            {"type": s.type.value, "date": _d(s.date), "sentence": s.sentence.value if s.sentence else None,
             "years": s.years} for s in p.repression],
        "occupation": _t(p.occupation), "tags": list(p.tags), "bio": _t(p.bio), "sources": _src(p.sources),
    } for p in r.people]
    bodies = [{
        "id": b.id, "name": _t(b.name), "short": _t(b.short), "kind": b.kind.value, "parent": b.parent or None,
        "from": _d(b.start), "to": _d(b.end), "sources": _src(b.sources),
        "memberships": [{"person": m.person, "role": m.role.value, "title": _t(m.title), "from": _d(m.start),
                         "to": "unknown" if m.end_unknown else _d(m.end),
                         "end_reason": m.end_reason.value if m.end_reason else None,
                         "cohort": m.cohort or None, "sources": _src(m.sources)}
                        for m in ds.memberships_of_body(b.id)],
    } for b in r.bodies]
    trials = [{
        "id": t.id, "name": _t(t.name), "common_name": _t(t.common_name), "start": _d(t.start),
        "end": _d(t.end), "court": t.court or None, "public": t.public,
        "presiding_judge": t.presiding_judge or None, "judges": list(t.judges),
        "prosecutor": t.prosecutor or None, "articles": list(t.articles),
        "defendants": [{"person": d.person, "former_position": _t(d.former_position), "plea": d.plea.value,
                        "sentence": _sentence(d.sentence), "executed": _d(d.executed),
                        "died_in_custody": _d(d.died_in_custody), "rehabilitated": _d(d.rehabilitated)}
                       for d in t.defendants],
        "sources": _src(t.sources),
    } for t in r.trials]
    events = [{
        "id": e.id, "date": _d(e.date), "end": _d(e.end), "title": _t(e.title), "category": e.category.value,
        "summary": _t(e.summary), "people": list(e.people), "bodies": list(e.bodies), "trials": list(e.trials),
        "sources": _src(e.sources),
    } for e in ds.events_sorted()]
    eras = [{"id": e.id, "name": _t(e.name), "from": _d(e.start), "to": _d(e.end),
             "sources": _src(e.sources)} for e in r.eras]
    sources = [{"id": s.id, "title": s.title, "author": s.author or None, "year": s.year,
                "url": s.url or None, "accessed_via": s.accessed_via or None,
                "kind": s.kind.value if s.kind else None} for s in r.sources]
    statistics = [{"id": s.id, "title": _t(s.title), "counts": _t(s.counts),
                   "rows": [dict(row) for row in s.rows], "printed_totals": dict(s.printed_totals),
                   "sources": _src(s.sources)} for s in r.statistics]
    figures = [{"id": f.id, "title": _t(f.title), "value": f.value, "counts": _t(f.counts),
                "sources": _src(f.sources)} for f in r.figures]
    return {"people": people, "bodies": bodies, "trials": trials, "events": events, "eras": eras,
            "sources": sources, "statistics": statistics, "figures": figures, "shooting_lists": _shooting_lists(ds)}


def _counts(c: CategoryCounts) -> dict[str, int]:
    return {"first": c.first, "second": c.second, "third": c.third}


def _shooting_lists(ds: Dataset) -> list[dict[str, Any]]:
    """The shooting lists in date order, each with its parts and the people of the dataset found on it."""
    return [{
        "id": sl.id, "memorial_id": sl.memorial_id, "date": _d(sl.date), "volume": sl.volume,
        "archive": sl.archive or None, "title": _t(sl.title), "signed_by": list(sl.signed_by),
        "signatures_text": sl.signatures_text or None,
        "compiled_by": [{"name": c.name, "person": c.person or None} for c in sl.compiled_by],
        "counts": _counts(sl.counts),
        "parts": [{"title": _t(p.title), "counts": _counts(p.counts)} for p in sl.parts],
        "people": list(dict.fromkeys(e.person for e in ds.entries_on(sl.id))),
        "entries": [{"person": e.person, "category": e.category, "name_on_list": e.name_on_list,
                     "section": e.section, "struck": e.struck, "match": e.match.value,
                     "sources": _src(e.sources)} for e in ds.entries_on(sl.id)],
        "note": _t(sl.note), "sources": _src(sl.sources),
    } for sl in ds.shooting_lists.values()]


def write_json(ds: Dataset, out: Path) -> list[Path]:
    """Write ``out`` as one JSON file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(to_json_dict(ds), ensure_ascii=False, indent=1), encoding="utf-8")
    return [out]


def _flat(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("en", "") if set(value) <= {"en", "ru"} else json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ";".join(str(_flat(v)) for v in value) if all(not isinstance(v, dict) for v in value) \
            else json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_csv(ds: Dataset, out: Path) -> list[Path]:
    """Write one CSV table per record type into the folder ``out`` (bilingual text as ``_en``/``_ru`` columns)."""
    out.mkdir(parents=True, exist_ok=True)
    data = to_json_dict(ds)
    data["memberships"] = [{"body": b["id"], **m} for b in data["bodies"] for m in b["memberships"]]
    data["defendants"] = [{"trial": t["id"], **d} for t in data["trials"] for d in t["defendants"]]
    for table in ("bodies", "trials"):
        for row in data[table]:
            row.pop("memberships", None)
            row.pop("defendants", None)
    written = []
    for table in ("people", "bodies", "memberships", "trials", "defendants", "events", "eras", "sources"):
        rows = [_flatten_row(row) for row in data[table]]
        path = out / f"{table}.csv"
        columns = list(dict.fromkeys(k for row in rows for k in row))
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    written.append(_write_lists_csv(data["shooting_lists"], out / "shooting_lists.csv"))
    return written


def _write_lists_csv(lists: list[dict[str, Any]], path: Path) -> Path:
    """One row per shooting list: counts by category, signers, compilers and people as ``;``-separated ids."""
    columns = ["id", "memorial_id", "date", "volume", "archive", "title_en", "title_ru", "signed_by",
               "signatures_text", "compiled_by", "first", "second", "third", "total", "parts", "people", "note_en",
               "note_ru", "sources"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for sl in lists:
            counts = sl["counts"]
            writer.writerow({
                "id": sl["id"], "memorial_id": sl["memorial_id"], "date": sl["date"] or "",
                "volume": sl["volume"] if sl["volume"] is not None else "", "archive": sl["archive"] or "",
                "title_en": sl["title"].get("en", ""), "title_ru": sl["title"].get("ru", ""),
                "signed_by": ";".join(sl["signed_by"]), "signatures_text": sl["signatures_text"] or "",
                "compiled_by": ";".join(c["name"] for c in sl["compiled_by"]),
                "first": counts["first"], "second": counts["second"], "third": counts["third"],
                "total": counts["first"] + counts["second"] + counts["third"], "parts": len(sl["parts"]),
                "people": ";".join(sl["people"]), "note_en": sl["note"].get("en", ""),
                "note_ru": sl["note"].get("ru", ""), "sources": ";".join(sl["sources"]),
            })
    return path


def _flatten_row(row: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict) and set(value) <= {"en", "ru"}:
            flat[f"{key}_en"] = value.get("en", "")
            flat[f"{key}_ru"] = value.get("ru", "")
        elif isinstance(value, dict) and key == "sentence":
            flat["sentence_kind"] = value.get("kind") or ""
            flat["sentence_years"] = value.get("years") or ""
            flat["sentence_date"] = value.get("date") or ""
        else:
            flat[key] = _flat(value)
    return flat
