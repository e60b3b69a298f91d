# SPDX-License-Identifier: GPL-3.0-or-later
"""The measurements that need a fresh process, one per invocation; each prints one JSON object on stdout.

    python benchmarks/workers.py load DIR [--interact]   # cold load_data, its stages, peak RSS; then search,
                                                         # filters and sorts on the real code path
    python benchmarks/workers.py parse DIR               # bare yaml.load(CSafeLoader) of the same files, peak RSS
    python benchmarks/workers.py paint DIR               # the real app: first paint, data arrival, first paint after
    python benchmarks/workers.py bare                    # a bare QMainWindow + QTabWidget(4 empty tabs): first paint

Times "since process start" are taken against the kernel's start time of this process (``/proc/self/stat``,
field 22, in clock ticks of 10 ms), so interpreter start-up and every import are included. run.py drives these.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

REPO = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1366, 768)
#: Give up on a GUI run after this long (the 100k load takes minutes).
GUI_TIMEOUT_MS = 1_500_000


def since_process_start() -> float:
    """Seconds since the kernel started this process (10 ms resolution)."""
    with open("/proc/self/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    start_ticks = int(fields[19])  # field 22 of the whole line; fields[0] here is field 3
    return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")


def peak_rss_mb() -> float:
    """This process's resident-set high-water mark, in MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def current_rss_mb() -> float:
    """This process's resident set now, in MiB."""
    with open("/proc/self/statm", encoding="ascii") as f:
        pages = int(f.read().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def yaml_files(folder: Path) -> list[Path]:
    """The dataset's YAML files, sorted (the generated data has no templates or hidden folders)."""
    return sorted(folder.rglob("*.yaml"))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def _import_app() -> None:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))


class _GcClock:
    """Adds up the time the cyclic garbage collector runs (gc.callbacks)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = 0
        self._started = 0.0

    def __call__(self, phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started
            self.collections += 1


# ---------------------------------------------------------------- load (+ interact)


def run_load(folder: Path, interact: bool) -> dict[str, Any]:
    """Cold ``load_data`` with a per-stage breakdown, then (optionally) the People tab's hot paths."""
    _import_app()
    import purges_desktop.application.dataset_controller as controller_mod
    import purges_desktop.domain.queries as queries_mod
    import purges_desktop.storage.loader as loader_mod

    stages: dict[str, float] = defaultdict(float)

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                stages[name] += time.perf_counter() - started
        return wrapper

    # Wrap the loader's steps (module globals, looked up at call time) to see which one dominates.
    loader_mod.decode = timed("decode_utf8", loader_mod.decode)
    loader_mod.read_yaml = timed("yaml_parse", loader_mod.read_yaml)
    loader_mod.read_section = timed("records", loader_mod.read_section)
    loader_mod.check = timed("validate", loader_mod.check)
    loader_mod.Dataset = timed("dataset_indexes", loader_mod.Dataset)  # type: ignore[misc]
    # load_data imports it when it runs (to keep start-up short), so the module attribute is what it finds.
    queries_mod.person_search_index = timed("search_index", queries_mod.person_search_index)

    gc_clock = _GcClock()
    gc.callbacks.append(gc_clock)
    rss_before = current_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    data = controller_mod.load_data(folder)
    load_s, load_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    peak_after_load = peak_rss_mb()
    rss_after = current_rss_mb()
    gc.callbacks.remove(gc_clock)
    ds = data.dataset
    known = sum(stages.values())
    result: dict[str, Any] = {
        "load_s": round(load_s, 3),
        "load_cpu_s": round(load_cpu_s, 3),
        "stages_s": {k: round(v, 3) for k, v in stages.items()} | {"other_io_and_sorting": round(load_s - known, 3)},
        "gc_s": round(gc_clock.seconds, 3),
        "gc_collections": gc_clock.collections,
        "rss_before_load_mb": rss_before,
        "rss_after_load_mb": rss_after,
        "peak_rss_mb": peak_after_load,
        "records": {"people": len(ds.records.people), "bodies": len(ds.records.bodies),
                    "memberships": len(ds.records.memberships), "trials": len(ds.records.trials),
                    "events": len(ds.records.events), "sources": len(ds.records.sources)},
        "errors": sum(1 for p in ds.problems if p.severity == "error"),
        "warnings": sum(1 for p in ds.problems if p.severity == "warning"),
        "since_process_start_s": round(since_process_start(), 3),
    }
    result["warm"] = run_warm(folder, data)
    if interact:
        result["interact"] = run_interact(data)
    return result


def run_warm(folder: Path, data: Any) -> dict[str, Any]:
    """Write the app's per-file data cache for this dataset, then time a start that reads it (a warm start), and a
    reload after one record of one file was edited (in a copy of the dataset; the generated one is never changed)."""
    import shutil
    import tempfile

    from purges_desktop.application.dataset_controller import load_data
    from purges_desktop.domain.queries import dataset_changes
    from purges_desktop.storage.cache import SUBFOLDER, FileCache

    cache = Path(tempfile.mkdtemp(prefix="purges-bench-cache-"))
    copy = Path(tempfile.mkdtemp(prefix="purges-bench-data-")) / "data"
    try:
        started = time.perf_counter()
        writer = FileCache(cache)
        for found in data.files.values():
            writer.put(found)
        write_s = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        warm = load_data(folder, cache_dir=cache)
        warm_s, warm_cpu_s = time.perf_counter() - started, time.process_time() - cpu
        assert len(warm.dataset.records.people) == len(data.dataset.records.people)
        assert warm.dataset.records == data.dataset.records, "the warm start must give the same records"
        size = sum(p.stat().st_size for p in (cache / SUBFOLDER).iterdir())

        # A curator's save: one person's English name in the first people file of a copy of the dataset.
        shutil.copytree(folder, copy)
        before = load_data(copy, cache_dir=cache)  # the app's state before the save (all hits)
        edited = sorted((copy / "people").glob("*.yaml"))[0]
        text = edited.read_text(encoding="utf-8")
        line = next(ln for ln in text.splitlines() if ln.startswith("    name: {en: "))
        new_line = line.replace("{en: ", "{en: Edited ", 1)
        edited.write_text(text.replace(line, new_line, 1), encoding="utf-8")
        edited_bytes = edited.stat().st_size
        started, cpu = time.perf_counter(), time.process_time()
        after = load_data(copy, cache_dir=cache, previous=before.files)
        reload_s, reload_cpu_s = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        changes = dataset_changes(before.dataset, after.dataset)  # on the GUI thread, before the views are told
        changes_s = time.perf_counter() - started
        rel = edited.relative_to(copy).as_posix()
        changed = [f for f in after.files if after.files[f] is not before.files.get(f)]
        assert changed == [rel], f"only the edited file is read again, not {changed}"
        assert any(p.name.get("en").startswith("Edited ") for p in after.dataset.records.people)
        assert changes, "the reload must see the change"
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(copy.parent, ignore_errors=True)
    return {"warm_load_s": round(warm_s, 3), "warm_load_cpu_s": round(warm_cpu_s, 3),
            "cache_write_s": round(write_s, 3), "cache_bytes": size,
            "reload_one_file": {"file": rel, "file_bytes": edited_bytes,
                                "load_s": round(reload_s, 3), "load_cpu_s": round(reload_cpu_s, 3),
                                "dataset_changes_s": round(changes_s, 3)}}


def _queries(ds: Any) -> dict[str, str]:
    """Realistic queries taken from the dataset itself (so they hit at every size)."""
    people = ds.records.people
    a, b, c, d = (people[len(people) * k // 5] for k in range(1, 5))
    surname = a.surname.get("en")
    typo_base = next((p.surname.get("en") for p in people[len(people) // 3:] if len(p.surname.get("en")) >= 7),
                     surname)
    mid = len(typo_base) // 2
    return {
        "latin_surname": surname,
        "given_and_surname_prefix": f"{b.name.get('en').split()[0]} {b.surname.get('en')[:5]}",
        "cyrillic_surname": c.surname.get("ru"),
        "german_spelling": next((p.aliases[0] for p in people[len(people) * 4 // 5:] if len(p.aliases[0]) >= 9),
                                d.aliases[0]),
        "typo": typo_base[:mid] + "q" + typo_base[mid + 1:],
    }


def run_interact(data: Any) -> dict[str, Any]:
    """Search-as-you-type, filters and sorts through filter_people and a real PeopleTableModel."""
    from PySide6.QtCore import QCoreApplication, Qt

    from purges_desktop.domain.model import Fate
    from purges_desktop.domain.queries import PeopleFilter, effective_search, filter_people
    from purges_desktop.qtmodels.people_model import BORN, NAME, PeopleTableModel

    qapp = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])  # kept alive until the end
    ds, index = data.dataset, data.people_index
    model = PeopleTableModel()
    started = time.perf_counter()
    model.set_dataset(ds, "en", data.highest_posts)  # as the People tab does
    model_build_s = time.perf_counter() - started

    def step(f: PeopleFilter) -> tuple[float, float, int]:
        t0 = time.perf_counter()
        ids = filter_people(ds, index, f)
        t1 = time.perf_counter()
        model.set_filter(ids)
        t2 = time.perf_counter()
        return t1 - t0, t2 - t1, model.rowCount()

    keystrokes: list[float] = []
    searches: list[float] = []
    model_updates: list[float] = []
    per_query: dict[str, Any] = {}
    for name, query in _queries(ds).items():
        times: list[float] = []
        hits = 0
        slowest = (0.0, 0.0, "")
        for k in range(1, len(query) + 1):
            # As the People tab does: a huge dataset starts searching at the second letter.
            search_s, model_s, hits = step(PeopleFilter(text=effective_search(query[:k], model.total())))
            times.append(search_s + model_s)
            searches.append(search_s)
            model_updates.append(model_s)
            if search_s + model_s > sum(slowest[:2]):
                slowest = (search_s, model_s, query[:k])
        keystrokes += times
        per_query[name] = {"query": query, "keystrokes": len(query), "final_hits": hits,
                           "max_ms": _ms(max(times)), "total_ms": _ms(sum(times)),
                           "slowest_prefix": slowest[2], "slowest_split_ms": {
                               "filter_people": _ms(slowest[0]), "set_filter": _ms(slowest[1])}}
    model.set_filter(None)

    filters = {
        "fate_executed": PeopleFilter(fates=frozenset({Fate.EXECUTED})),
        "organ_politburo": PeopleFilter(organ="politburo"),
        "organ_kind_police": PeopleFilter(organ="kind:police"),
        "in_post_on_1937_06_01": PeopleFilter(in_post_on=(1937, 6, 1)),
        "police_in_post_on_1937_06_01": PeopleFilter(organ="kind:police", in_post_on=(1937, 6, 1)),
        "text_and_fate": PeopleFilter(text=per_query["latin_surname"]["query"], fates=frozenset({Fate.EXECUTED})),
    }
    filter_results: dict[str, Any] = {}
    for name, f in filters.items():
        runs = [step(f) for _ in range(5)]
        filter_results[name] = {
            "filter_people_ms": _ms(statistics.median(r[0] for r in runs)),
            "set_filter_ms": _ms(statistics.median(r[1] for r in runs)),
            "hits": runs[-1][2],
        }
    model.set_filter(None)

    by_name: list[float] = []
    by_born: list[float] = []
    for _ in range(5):  # each timed sort starts from the other column's order
        t0 = time.perf_counter()
        model.sort(BORN, Qt.SortOrder.AscendingOrder)
        t1 = time.perf_counter()
        model.sort(NAME, Qt.SortOrder.AscendingOrder)
        t2 = time.perf_counter()
        by_born.append(t1 - t0)
        by_name.append(t2 - t1)
    from purges_desktop.views import people_tab

    del qapp
    return {
        "model_set_dataset_ms": _ms(model_build_s),
        "search_index_chars": len(index._blob),
        "search_as_you_type": {
            "keystrokes": len(keystrokes),
            "p50_ms": _ms(statistics.median(keystrokes)),
            "p95_ms": _ms(_percentile(keystrokes, 95)),
            "max_ms": _ms(max(keystrokes)),
            "filter_people_only": {"p50_ms": _ms(statistics.median(searches)),
                                   "p95_ms": _ms(_percentile(searches, 95)), "max_ms": _ms(max(searches))},
            "set_filter_only": {"p50_ms": _ms(statistics.median(model_updates)),
                                "p95_ms": _ms(_percentile(model_updates, 95)), "max_ms": _ms(max(model_updates))},
            "app_debounce_ms": getattr(people_tab, "SEARCH_DEBOUNCE_MS", None),
            "queries": per_query,
        },
        "filters": filter_results,
        "sort_ms": {"by_name": _ms(statistics.median(by_name)), "by_born": _ms(statistics.median(by_born)),
                    "rows": model.rowCount()},
    }


# ---------------------------------------------------------------- parse


def run_parse(folder: Path) -> dict[str, Any]:
    """Parse every file with plain ``yaml.load(..., Loader=yaml.CSafeLoader)``, keeping the results alive."""
    import yaml

    files = yaml_files(folder)
    rss_before = current_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    documents = [yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for path in files]
    parse_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    return {"parse_s": round(parse_s, 3), "parse_cpu_s": round(cpu_s, 3), "files": len(documents),
            "rss_before_parse_mb": rss_before,
            "rss_after_parse_mb": current_rss_mb(), "peak_rss_mb": peak_rss_mb(),
            "libyaml": bool(getattr(yaml, "__with_libyaml__", False))}


# ---------------------------------------------------------------- first paint


def run_paint(folder: Path | None) -> dict[str, Any]:
    """Show the real app (``folder``) or a bare window (``None``) offscreen; time the first paints."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    marks: dict[str, float] = {"python_ready": since_process_start()}
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    state = {"data_shown": False, "done": False}

    class PaintWatch(QObject):
        """Notes the first Paint of the main window, and the first one after the data was shown."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                now = since_process_start()
                marks.setdefault("first_paint", now)
                if state["data_shown"] and "first_paint_after_data" not in marks:
                    marks["first_paint_after_data"] = now
                    QTimer.singleShot(0, QApplication.quit)
                elif folder is None:
                    QTimer.singleShot(0, QApplication.quit)
            return super().eventFilter(obj, event)

    app = None
    if folder is None:
        qapp = QApplication([sys.argv[0]])
        marks["imports_done"] = marks["qapp_ready"] = since_process_start()
        window = QMainWindow()
        tabs = QTabWidget(window)
        for n in range(4):
            tabs.addTab(QWidget(), f"Tab {n + 1}")
        window.setCentralWidget(tabs)
        window.resize(*WINDOW_SIZE)
    else:
        _import_app()
        from purges_desktop.app import Application, make_qapp

        marks["imports_done"] = since_process_start()
        qapp = make_qapp([sys.argv[0]])
        marks["qapp_ready"] = since_process_start()
        app = Application(qapp, folder, "en")
        window = app.window
        real_set_data = window.set_data

        def set_data(data: Any) -> None:
            marks["data_arrived"] = since_process_start()
            real_set_data(data)
            marks["data_shown"] = since_process_start()
            state["data_shown"] = True
            window.update()
            # If nothing repaints (it always should), do not wait forever.
            QTimer.singleShot(5_000, QApplication.quit)

        window.set_data = set_data  # type: ignore[method-assign]
    marks["window_built"] = since_process_start()
    watch = PaintWatch()
    window.installEventFilter(watch)
    window.show()
    marks["shown"] = since_process_start()
    if app is not None:
        app.controller.load()
    QTimer.singleShot(GUI_TIMEOUT_MS, QApplication.quit)
    qapp.exec()
    if app is not None:
        app.controller.wait()
    result: dict[str, Any] = {k: round(v, 3) for k, v in marks.items()}
    result["peak_rss_mb"] = peak_rss_mb()
    if app is not None and app.controller.data is not None:
        result["people"] = len(app.controller.data.dataset.records.people)
    window.removeEventFilter(watch)
    return result


def main(argv: list[str] | None = None) -> int:
    """Run one measurement and print its JSON."""
    parser = argparse.ArgumentParser(description="one benchmark measurement in a fresh process")
    parser.add_argument("kind", choices=("load", "parse", "paint", "bare"))
    parser.add_argument("dir", nargs="?", type=Path)
    parser.add_argument("--interact", action="store_true", help="load: also time search, filters and sorts")
    args = parser.parse_args(argv)
    if args.kind != "bare" and args.dir is None:
        parser.error(f"{args.kind} needs the dataset folder")
    if args.kind == "load":
        result = run_load(args.dir, args.interact)
    elif args.kind == "parse":
        result = run_parse(args.dir)
    else:
        result = run_paint(args.dir if args.kind == "paint" else None)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
