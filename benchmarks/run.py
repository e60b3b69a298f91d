# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark Purges Desktop on synthetic datasets of 1,000, 10,000 and 100,000 people; print one JSON document.

For each size the dataset is generated (benchmarks/generate.py, seeded) into benchmarks/.cache/, keyed by size,
seed and generator version, and reused on later runs. Every figure that needs a fresh process comes from a
subprocess (benchmarks/workers.py), run one at a time so they do not compete for the CPU:

- load:  cold ``load_data`` (YAML parse + records + validation + indexes + search index), its stages, peak RSS;
         then, in the same process, search-as-you-type, filters and sorts on the People tab's real code path;
- parse: bare ``yaml.load(..., Loader=yaml.CSafeLoader)`` of the same files, peak RSS;
- paint: the real app, offscreen: first paint, data arrival, first paint with data;
- bare:  a bare PySide6 QMainWindow with a QTabWidget of four empty tabs: first paint.

    .venv/bin/python benchmarks/run.py [--sizes 1000,10000,100000] > results.json

Progress goes to stderr; stdout carries only the JSON. See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import generate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORKERS = HERE / "workers.py"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
DEFAULT_CACHE = HERE / ".cache"
#: A single measurement may take this long (the 100k load takes a few minutes on a slow machine).
WORKER_TIMEOUT_S = 1_800
#: The file watcher waits this long after the last change before it asks for a reload
#: (purges_desktop/application/file_watcher.py, DEBOUNCE_MS).
DEBOUNCE_S = 0.4


def progress(message: str) -> None:
    """One line of progress on stderr."""
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def dataset_for(people: int, cache: Path, seed: int) -> tuple[Path, float | None]:
    """The cached dataset folder for ``people``, generating it first if needed; and the generation seconds."""
    folder = cache / f"gen{generate.GENERATOR_VERSION}-seed{seed}-n{people}"
    if (folder / ".complete").is_file():
        return folder, None
    cache.mkdir(parents=True, exist_ok=True)
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted earlier run
    progress(f"generating {people:,} people into {folder}")
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-n{people}-", dir=cache))
    started = time.perf_counter()
    try:
        generate.generate(people, tmp, seed)
        (tmp / ".complete").write_text(f"{generate.GENERATOR_VERSION}\n", encoding="ascii")
        tmp.rename(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder, round(time.perf_counter() - started, 3)


def start_worker(kind: str, folder: Path | None, *extra: str) -> tuple[list[str], subprocess.Popen[str]]:
    """Start one measurement in a fresh interpreter."""
    cmd = [sys.executable, str(WORKERS), kind, *([str(folder)] if folder else []), *extra]
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    return cmd, proc


def finish_worker(cmd: list[str], proc: subprocess.Popen[str]) -> dict[str, Any]:
    """Wait for a measurement and return its JSON (the last line of its stdout)."""
    try:
        out, err = proc.communicate(timeout=WORKER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    lines = out.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def worker(kind: str, folder: Path | None, *extra: str) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its JSON."""
    return finish_worker(*start_worker(kind, folder, *extra))


def measure(people: int, cache: Path, seed: int, *, parallel: bool = False) -> dict[str, Any]:
    """Every figure for one size; ``parallel`` runs the bare parse beside the load (two cores needed)."""
    folder, generate_s = dataset_for(people, cache, seed)
    files = sorted(folder.rglob("*.yaml"))
    sizes = [f.stat().st_size for f in files]

    if parallel:
        progress(f"{people:,}: cold load + search/filter/sort, and beside it the bare CSafeLoader parse")
        parse_job = start_worker("parse", folder)
        load = worker("load", folder, "--interact")
        parse = finish_worker(*parse_job)
    else:
        progress(f"{people:,}: cold load + search/filter/sort")
        load = worker("load", folder, "--interact")
        progress(f"{people:,}: bare CSafeLoader parse ({load['load_s']:.1f} s load)")
        parse = worker("parse", folder)
    interact = load.pop("interact")
    progress(f"{people:,}: first paint of the real app (loads the data again)")
    app = worker("paint", folder)
    progress(f"{people:,}: first paint of a bare window")
    bare = worker("bare", None)

    return {
        "dataset": {
            "people": people, "folder": str(folder), "generated_s": generate_s, "from_cache": generate_s is None,
            "files": len(files), "bytes": sum(sizes), "largest_file_bytes": max(sizes),
            "records": load.pop("records"), "errors": load.pop("errors"), "warnings": load.pop("warnings"),
        },
        "cold_load": {
            "seconds": load["load_s"],
            "cpu_s": load["load_cpu_s"],
            "mb_per_s": round(sum(sizes) / 2**20 / load["load_s"], 2),
            "stages_s": load["stages_s"],
            "gc_s": load["gc_s"],
            "gc_collections": load["gc_collections"],
            "gc_share": round(load["gc_s"] / load["load_s"], 2),
        },
        "bare_csafeloader_parse": {
            "seconds": parse["parse_s"],
            "cpu_s": parse["parse_cpu_s"],
            "ran_beside_the_load": parallel,
            "mb_per_s": round(sum(sizes) / 2**20 / parse["parse_s"], 2),
            "load_over_parse": round(load["load_s"] / parse["parse_s"], 2),
            "load_over_parse_cpu": round(load["load_cpu_s"] / parse["parse_cpu_s"], 2),
        },
        "warm_load": {"seconds": load["warm"]["warm_load_s"], "cpu_s": load["warm"]["warm_load_cpu_s"],
                      "cache_write_s": load["warm"]["cache_write_s"],
                      "cache_bytes": load["warm"]["cache_bytes"],
                      "note": "a start whose files are unchanged: every file is hashed, its cache entry decoded "
                              "(MessagePack, one per file), then the checks, indexes and search index rebuilt"},
        "reload_one_file_s": _reload_total(load["warm"]["reload_one_file"], app),
        "reload_one_file": load["warm"]["reload_one_file"] | {
            "debounce_s": DEBOUNCE_S,
            "gui_set_data_s": (round(app["data_shown"] - app["data_arrived"], 3)
                               if "data_shown" in app and "data_arrived" in app else None),
            "note": "from the save to the window showing it: the file watcher's debounce + the reload in the "
                    "loading thread (hash every file, parse the saved one, rebuild checks and indexes) + the "
                    "change list + the views taking in the data (measured at the app's first load, in the "
                    "paint worker); the views' share is measured separately, not on the reload itself"},
        "peak_rss_mb": {
            "load_only": load["peak_rss_mb"],
            "load_only_before_load": load["rss_before_load_mb"],
            "load_only_after_load": load["rss_after_load_mb"],
            "csafeloader_parse_only": parse["peak_rss_mb"],
            "real_app_after_data_shown": app["peak_rss_mb"],
        },
        "first_paint": {
            "app_s": app.get("first_paint"),
            "bare_qmainwindow_s": bare.get("first_paint"),
            "app_over_bare": (round(app["first_paint"] / bare["first_paint"], 2)
                              if app.get("first_paint") and bare.get("first_paint") else None),
            "app_dataset_loaded_s": app.get("data_arrived"),
            "app_data_shown_s": app.get("data_shown"),
            "app_first_paint_with_data_s": app.get("first_paint_after_data"),
            "app_set_data_blocks_gui_s": (round(app["data_shown"] - app["data_arrived"], 3)
                                          if "data_shown" in app and "data_arrived" in app else None),
            "app_timeline_s": app,
            "bare_timeline_s": bare,
        },
        "people_tab": interact,
    }


def _reload_total(reload: dict[str, Any], app: dict[str, Any]) -> float | None:
    """The seconds from a curator's save to the window showing it, summed from the measured parts."""
    if "data_shown" not in app or "data_arrived" not in app:
        return None
    gui = app["data_shown"] - app["data_arrived"]
    return round(DEBOUNCE_S + reload["load_s"] + reload["dataset_changes_s"] + gui, 3)


def main(argv: list[str] | None = None) -> int:
    """Parse the options, measure every size, print the JSON."""
    parser = argparse.ArgumentParser(description="Benchmark Purges Desktop on synthetic datasets; prints JSON.")
    parser.add_argument("--sizes", default=",".join(str(n) for n in DEFAULT_SIZES),
                        help="comma-separated numbers of people (default: %(default)s)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where generated datasets are kept")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--parallel", action="store_true",
                        help="run the bare CSafeLoader parse at the same time as the cold load (saves about a "
                             "quarter of the time; needs two idle cores; both figures come out 10-15%% slower)")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: give numbers such as 1000,10000")
    if not sizes or min(sizes) < 1:
        parser.error("--sizes needs at least one positive number")

    import PySide6
    import yaml

    started = time.perf_counter()
    results: dict[str, Any] = {
        "started_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "pyside6": PySide6.__version__,
                    "pyyaml": yaml.__version__, "libyaml": bool(getattr(yaml, "__with_libyaml__", False)),
                    "cpus": os.cpu_count(), "platform": platform.platform()},
        "generator_version": generate.GENERATOR_VERSION,
        "seed": args.seed,
        "parallel": args.parallel,
        "sizes": {},
    }
    for people in sizes:
        results["sizes"][str(people)] = measure(people, args.cache, args.seed, parallel=args.parallel)
    progress("drawn timeline: frame times with 10,000 events")
    frames = subprocess.run([sys.executable, str(Path(__file__).with_name("timeline_frames.py")), "--events",
                             "10000"], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    results["timeline_10000_events"] = json.loads(frames.stdout)
    results["total_s"] = round(time.perf_counter() - started, 1)
    progress(f"done in {results['total_s']:.0f} s")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
