# SPDX-License-Identifier: GPL-3.0-or-later
"""Keystroke latency of the one search (Ctrl+K) on the bundled data and on generated datasets; one JSON document.

For each dataset: the time to build the index (:class:`~purges_desktop.domain.global_search.GlobalIndex`, done in
the loading thread), then queries typed one letter at a time, each keystroke measured twice: the domain search
alone, and the whole keystroke in the real study-window field offscreen (``SearchField.setText``: the search, the
results panel refilled and placed, and the panel repainted). Times are the CPU time of the (GUI) thread, which a
machine busy with other work does not inflate; the wall-clock time of the whole keystroke is recorded beside it.
The queries come from the dataset itself (so they hit at every size): a surname, a German spelling, a Cyrillic
surname, a typo, words of an event's title, a source's title, an organ's short name, a year, a deep link.

    .venv/bin/python benchmarks/global_search.py [--sizes 10000] > results.json

Generated datasets come from benchmarks/generate.py through run.py's cache (benchmarks/.cache/). Progress on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import run as bench_run  # noqa: E402 - after sys.path

from purges_desktop import locations  # noqa: E402


def progress(message: str) -> None:
    """One line of progress on stderr."""
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]


def queries(ds: Any) -> dict[str, str]:
    """Realistic queries taken from the dataset."""
    people = ds.records.people
    a, b, c = (people[len(people) * k // 4] for k in range(1, 4))
    typo_base = next((p.surname.get("en") for p in people[len(people) // 3:] if len(p.surname.get("en")) >= 7),
                     a.surname.get("en"))
    mid = len(typo_base) // 2
    event = ds.records.events[len(ds.records.events) // 2]
    source = ds.records.sources[len(ds.records.sources) // 2]
    body = next(b for b in ds.records.bodies if b.short)
    german = next((p.aliases[0] for p in people[len(people) * 3 // 4:] if p.aliases and len(p.aliases[0]) >= 9),
                  b.name.get("en"))
    return {
        "latin_surname": a.surname.get("en") or a.name.get("en"),
        "german_spelling": german,
        "cyrillic_surname": c.surname.get("ru") or c.name.get("ru"),
        "typo": typo_base[:mid] + "q" + typo_base[mid + 1:],
        "event_words": " ".join(event.title.get("en").split()[:3]),
        "source_title": " ".join(source.title.split()[:4]),
        "organ_short_name": body.short.get("en"),
        "year": "1937",
        "deep_link": f"person/{b.id}",
    }


def measure(name: str, folder: Path) -> dict[str, Any]:
    """Load ``folder``, build the index, type every query; the figures."""
    from PySide6.QtWidgets import QApplication, QWidget

    from purges_desktop.application.language import Language
    from purges_desktop.domain.global_search import GlobalIndex
    from purges_desktop.storage.loader import load_dataset
    from purges_desktop.views.global_search import SearchField

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    progress(f"{name}: loading {folder}")
    ds = load_dataset(folder)
    started, cpu = time.perf_counter(), time.thread_time()
    index = GlobalIndex.build(ds)
    build_s, build_cpu_s = time.perf_counter() - started, time.thread_time() - cpu
    host = QWidget()
    host.resize(1366, 768)
    language = Language("en", locations.resource_path("translations"))
    field = SearchField(language, host, host)
    field.setGeometry(800, 4, 380, 28)
    host.show()
    qapp.processEvents()
    field.set_index(index)
    search_times: list[float] = []
    keystrokes: list[float] = []
    walls: list[float] = []
    per_query: dict[str, Any] = {}
    for label, query in queries(ds).items():
        times = []
        for k in range(1, len(query) + 1):
            typed = query[:k]
            c0 = time.thread_time()
            groups = index.search(typed)
            c1 = time.thread_time()
            t1 = time.perf_counter()
            field.setText(typed)
            field.results.repaint()
            t2 = time.perf_counter()
            c2 = time.thread_time()
            search_times.append(c1 - c0)
            keystrokes.append(c2 - c1)
            walls.append(t2 - t1)
            times.append(c2 - c1)
        per_query[label] = {"query": query, "keystrokes": len(query), "max_ms": _ms(max(times)),
                            "final_groups": {g.kind: g.total for g in groups}}
        field.clear()
    host.close()
    return {
        "dataset": name, "people": len(ds.records.people), "records_indexed": len(index),
        "index_build_s": round(build_s, 3), "index_build_cpu_s": round(build_cpu_s, 3), "keystrokes": len(keystrokes),
        "search_only": {"p50_ms": _ms(statistics.median(search_times)),
                        "p95_ms": _ms(_percentile(search_times, 95)), "max_ms": _ms(max(search_times))},
        "keystroke_in_the_window": {"p50_ms": _ms(statistics.median(keystrokes)),
                                    "p95_ms": _ms(_percentile(keystrokes, 95)), "max_ms": _ms(max(keystrokes))},
        "keystroke_in_the_window_wall": {"p50_ms": _ms(statistics.median(walls)),
                                         "p95_ms": _ms(_percentile(walls, 95)), "max_ms": _ms(max(walls))},
        "queries": per_query,
    }


def main(argv: list[str] | None = None) -> int:
    """Measure the bundled data and each generated size; JSON on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="generated dataset sizes (people), comma-separated")
    parser.add_argument("--cache", default=str(bench_run.DEFAULT_CACHE))
    parser.add_argument("--seed", type=int, default=bench_run.generate.DEFAULT_SEED)
    args = parser.parse_args(argv)
    results = [measure("bundled", locations.data_dir())]
    for size in (int(s) for s in args.sizes.split(",") if s):
        folder, _ = bench_run.dataset_for(size, Path(args.cache), args.seed)
        results.append(measure(f"generated-{size}", folder))
    print(json.dumps({"when": datetime.now(UTC).isoformat(timespec="seconds"), "python": platform.python_version(),
                      "cpus": os.cpu_count(), "load_average": os.getloadavg(), "results": results},
                     indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
