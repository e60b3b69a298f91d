"""Measure three ways to draw the Numbers tab's charts: QtCharts (PySide6-Addons), pyqtgraph (+ numpy) and the
app's own QPainter widgets (``purges_desktop.views.charts``). See ``chart_libraries.md`` for the figures.

Run it with the Python of a throwaway venv that has the candidates (never the project's venv):

    python3.12 -m venv /tmp/chartbench && /tmp/chartbench/bin/pip install "PySide6-Essentials==6.12.0" \\
        "PySide6-Addons==6.12.0" pyqtgraph numpy PyYAML typing_extensions
    .venv/bin/python benchmarks/chart_libraries.py --python /tmp/chartbench/bin/python --out /tmp/charts > out.json

Every figure comes from a fresh subprocess of ``--python`` (median of ``--repeat`` runs):

- ``install_mb``: the files each distribution installed (its RECORD), on disk;
- ``import_ms``: ``-X importtime`` of the candidate after ``PySide6.QtWidgets`` is already imported (the sum of
  the cumulative times of the top-level imports that follow), and ``new_shared_libs``: the shared libraries the
  import maps into the process (count and MB on disk) and the resident memory it adds;
- ``paint``: a QMainWindow with a five-tab QTabWidget (like ``workers.py bare`` plus the fifth tab), offscreen
  at 1366x768; ``first_paint_s`` counts from the kernel's start of the process. ``eager`` imports the candidate
  before the window is built; ``lazy`` imports it when the fifth tab is first shown, as the app builds its tabs.
  ``tab_s`` is the time from the tab switch (import included when lazy) to the first paint of the chart;
- ``render``: the same chart (convictions and death sentences 1921-1952, MVD series, from
  ``data/statistics/repression_numbers.yaml``) drawn by each candidate at 1920x1080 with PT Sans at 22 px,
  Russian labels and Okabe-Ito colours, to ``<out>/<candidate>.png`` and ``.svg``; what each could and could
  not show is recorded in ``capabilities``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CANDIDATES = ("qtcharts", "pyqtgraph", "painted")
MODULES = {"qtcharts": "PySide6.QtCharts", "pyqtgraph": "pyqtgraph", "painted": "purges_desktop.views.charts"}
DISTRIBUTIONS = {
    "pyside6_essentials": ("PySide6_Essentials", "shiboken6"),
    "qtcharts": ("PySide6_Addons",),
    "pyqtgraph": ("pyqtgraph", "numpy", "colorama"),
}
OKABE_BLUE, OKABE_VERMILLION, OKABE_YELLOW = "#0072B2", "#D55E00", "#F0E442"
KIOSK = (1920, 1080)
PYCACHE = str(Path(tempfile.gettempdir()) / "chart-libraries-pycache")
#: What the app has imported by the time it builds a tab (the domain, the Qt models, the views' helpers).
APP_LOADED = ("purges_desktop.views.main_window", "purges_desktop.domain.queries", "purges_desktop.qtmodels.fates")
TEXT_PX = 22


# ---------------------------------------------------------------- data


def chart_data() -> dict[str, Any]:
    """The yearly MVD series, read as plain YAML (the workers get it as JSON, so none of them imports yaml)."""
    import yaml

    doc = yaml.safe_load((REPO / "data" / "statistics" / "repression_numbers.yaml").read_text(encoding="utf-8"))
    table = next(s for s in doc["statistics"] if s["id"] == "vchk-mgb-convictions-1921-1952-mvd")
    return {
        "years": [r["year"] for r in table["rows"]],
        "convicted": [r.get("convicted") for r in table["rows"]],
        "death": [r.get("death") for r in table["rows"]],
        "labels": [c["label"]["ru"] for c in table["columns"]],
        "title": "Осуждённые по делам ВЧК–ОГПУ–НКВД–МГБ, 1921–1952 (данные МВД)",
        "band": [1937, 1938, "Большой террор"],
    }


# ---------------------------------------------------------------- workers (run inside --python)


def since_process_start() -> float:
    """Seconds since the kernel started this process (as in workers.py; 10 ms resolution)."""
    with open("/proc/self/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")


def rss_mb() -> float:
    """Resident memory now, MiB."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def mapped_libs() -> set[str]:
    """Shared libraries mapped into this process."""
    with open("/proc/self/maps", encoding="utf-8") as f:
        return {line.split()[-1] for line in f if ".so" in line.rsplit("/", 1)[-1]}


def _font():
    from PySide6.QtGui import QFont, QFontDatabase

    family = ""
    for path in sorted((REPO / "resources" / "fonts").glob("PTS*.ttf")):
        ids = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
        family = family or (ids[0] if ids else "")
    font = QFont(family)
    font.setPixelSize(TEXT_PX)
    return font


def build_chart(candidate: str, data: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
    """The chart widget of a candidate, the widget that receives its paints, and what it could show."""
    if candidate == "qtcharts":
        return _build_qtcharts(data)
    if candidate == "pyqtgraph":
        return _build_pyqtgraph(data)
    return _build_painted(data)


def _build_qtcharts(data: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter

    font = _font()
    chart = QChart()
    chart.setTitle(data["title"])
    title_font = type(font)(font)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setLocale(QLocale(QLocale.Language.Russian))
    chart.setLocalizeNumbers(True)
    convicted, death = QBarSet(data["labels"][1]), QBarSet(data["labels"][2])
    # A QBarSet holds numbers only: a missing value can only be given as 0 (drawn as a zero-height bar).
    convicted.append([float(v or 0) for v in data["convicted"]])
    death.append([float(v or 0) for v in data["death"]])
    convicted.setBrush(QColor(OKABE_BLUE))
    death.setBrush(QBrush(QColor(OKABE_VERMILLION), Qt.BrushStyle.BDiagPattern))
    death.setPen(QColor(OKABE_VERMILLION))
    series = QBarSeries()
    series.append(convicted)
    series.append(death)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append([str(y) for y in data["years"]])
    x_axis.setLabelsFont(font)
    x_axis.setLabelsAngle(-90)
    y_axis = QValueAxis()
    y_axis.setRange(0, 800_000)
    y_axis.setTickCount(5)
    y_axis.setLabelFormat("%.0f")
    y_axis.setLabelsFont(font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    tips: list[str] = []

    def hovered(status: bool, index: int, barset: QBarSet) -> None:
        if status:
            tips.append(f"{data['years'][index]}: {barset.label()} {barset.at(index):.0f}")

    series.hovered.connect(hovered)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(data["title"])
    return view, view.viewport(), {
        "missing_values": "drawn as 0 (QBarSet takes numbers only)",
        "highlight_band": "not built in (needs a second series/axis or painting over the view)",
        "hover": "QBarSeries.hovered(status, index, barset) signal; the tooltip is ours to show",
        "keyboard_between_bars": "none built in",
        "pattern_fill": "yes (QBrush pattern)",
        "localized_numbers": "setLocalizeNumbers(True) + chart locale: thousands separators",
        "_tips": tips,
    }


def _build_pyqtgraph(data: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QColor

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    font = _font()
    widget = pg.PlotWidget(title=data["title"])
    widget.plotItem.titleLabel.setText(data["title"], size=f"{TEXT_PX + 4}px", bold=True)
    years = np.array(data["years"], dtype=float)
    convicted = np.array([np.nan if v is None else v for v in data["convicted"]], dtype=float)
    death = np.array([np.nan if v is None else v for v in data["death"]], dtype=float)
    keep = ~np.isnan(death)  # BarGraphItem has no notion of a missing value: leave those bars out
    widget.addLegend(offset=(10, 10), labelTextSize=f"{TEXT_PX}px")
    band = pg.LinearRegionItem(values=(data["band"][0] - 0.5, data["band"][1] + 0.5), movable=False,
                               brush=pg.mkBrush(240, 228, 66, 70))
    widget.addItem(band)
    caption = pg.TextItem(data["band"][2], color="k", anchor=(0.5, 1))
    caption.setFont(font)
    caption.setPos((data["band"][0] + data["band"][1]) / 2, 800_000)
    widget.addItem(caption)
    widget.addItem(pg.BarGraphItem(x=years - 0.2, height=convicted, width=0.4, brush=OKABE_BLUE,
                                   name=data["labels"][1]))
    widget.addItem(pg.BarGraphItem(x=years[keep] + 0.2, height=death[keep], width=0.4,
                                   brush=QBrush(QColor(OKABE_VERMILLION), Qt.BrushStyle.BDiagPattern),
                                   pen=OKABE_VERMILLION, name=data["labels"][2]))
    widget.setYRange(0, 800_000, padding=0)
    widget.setXRange(years[0] - 1, years[-1] + 1)
    for name in ("left", "bottom"):
        axis = widget.getAxis(name)
        axis.setStyle(tickFont=font)
        axis.enableAutoSIPrefix(False)
    # The axes keep the size computed for the default font: without these, 22 px labels are left out.
    widget.getAxis("left").setWidth(110)
    widget.getAxis("bottom").setHeight(44)
    widget.setAccessibleName(data["title"])
    return widget, widget.viewport(), {
        "missing_values": "NaN bars must be filtered out by hand (then nothing marks the gap)",
        "highlight_band": "yes (LinearRegionItem + TextItem)",
        "hover": "none for BarGraphItem: needs scene mouse tracking and our own hit-testing",
        "keyboard_between_bars": "none built in",
        "pattern_fill": "yes (QBrush pattern)",
        "localized_numbers": "AxisItem.tickStrings must be overridden for thousands separators",
        "legend_in_svg": "see the SVG",
        "_tips": [],
    }


def _build_painted(data: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QLocale

    from purges_desktop.views.charts import Series, YearBarChart

    chart = YearBarChart()
    chart.setFont(_font())
    chart.set_number_locale(QLocale(QLocale.Language.Russian))
    chart.set_kiosk(True)
    chart.set_data(data["years"], [Series("convicted", data["labels"][1], tuple(data["convicted"])),
                                   Series("death", data["labels"][2], tuple(data["death"]))])
    chart.set_band(*data["band"])
    chart.set_title(data["title"])
    return chart, chart, {
        "missing_values": "hatched grey column with '?' and a 'no data' legend entry",
        "highlight_band": "yes",
        "hover": "tooltip + readout line, tap works the same",
        "keyboard_between_bars": "Left/Right/Home/End, Enter",
        "pattern_fill": "yes (drawn lines, so the SVG keeps them)",
        "localized_numbers": "QLocale: thousands separators",
        "_tips": [],
    }


def worker_paint(candidate: str, mode: str, data: dict[str, Any]) -> dict[str, Any]:
    """Time the first paint of a five-tab window and the first paint of the chart tab."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    marks: dict[str, float] = {"python_ready": since_process_start()}
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

    if mode == "eager" and candidate != "bare":
        __import__(MODULES[candidate])
    qapp = QApplication([sys.argv[0]])
    marks["imports_done"] = since_process_start()
    window = QMainWindow()
    tabs = QTabWidget(window)
    for n in range(5):
        tabs.addTab(QWidget(), f"Tab {n + 1}")
    window.setCentralWidget(tabs)
    window.resize(1366, 768)

    class Watch(QObject):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.key not in marks:
                marks[self.key] = since_process_start()
                QTimer.singleShot(0, after_first if self.key == "first_paint" else QApplication.quit)
            return False

    def after_first() -> None:
        if candidate == "bare":
            QApplication.quit()
            return
        for module in APP_LOADED:  # the app has these by the time the user can click a tab
            __import__(module)
        marks["tab_clicked"] = since_process_start()
        if mode == "lazy":
            __import__(MODULES[candidate])
            marks["tab_imported"] = since_process_start()
        chart, painted, _caps = build_chart(candidate, data)
        page = tabs.widget(4)
        QVBoxLayout(page).addWidget(chart)
        painted.installEventFilter(chart_watch)
        tabs.setCurrentIndex(4)

    watch, chart_watch = Watch("first_paint"), Watch("chart_painted")
    window.installEventFilter(watch)
    window.show()
    QTimer.singleShot(20_000, QApplication.quit)
    qapp.exec()
    result = {k: round(v, 4) for k, v in marks.items()}
    if "chart_painted" in marks:
        result["tab_s"] = round(marks["chart_painted"] - marks["tab_clicked"], 4)
    result["rss_mb"] = round(rss_mb(), 1)
    return result


def worker_libs(candidate: str) -> dict[str, Any]:
    """Shared libraries and memory the import of a candidate adds after PySide6.QtWidgets and the app's modules."""
    sys.path.insert(0, str(REPO))
    import PySide6.QtWidgets  # noqa: F401

    for module in APP_LOADED:
        __import__(module)

    before, rss = mapped_libs(), rss_mb()
    __import__(MODULES[candidate])
    new = sorted(mapped_libs() - before)
    return {"new_shared_libs": len(new), "new_shared_libs_mb": round(sum(os.path.getsize(p) for p in new) / 2**20, 1),
            "rss_added_mb": round(rss_mb() - rss, 1),
            "qt_libs": sorted({Path(p).name for p in new if "libQt6" in p})}


def worker_render(candidate: str, out: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Draw the chart at kiosk size to PNG and SVG; record what it could show."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QPoint, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    chart, painted, caps = build_chart(candidate, data)
    chart.resize(*KIOSK)
    chart.show()
    app.processEvents()
    start = time.perf_counter()
    png = out / f"{candidate}.png"
    svg = out / f"{candidate}.svg"
    if candidate == "painted":
        Path(png).write_bytes(chart.png_bytes())
        Path(svg).write_bytes(chart.svg_bytes())
    else:
        chart.grab().save(str(png))
        exported = False
        if candidate == "pyqtgraph":
            import pyqtgraph.exporters

            try:
                pyqtgraph.exporters.SVGExporter(chart.plotItem).export(str(svg))
                exported = True
                caps["svg_exporter"] = "pyqtgraph SVGExporter: ok"
            except ValueError as error:  # pyqtgraph 0.14 cannot parse the paths Qt 6.12's QSvgGenerator writes
                caps["svg_exporter"] = f"pyqtgraph SVGExporter failed ({error}); QSvgGenerator on the view used"
        if not exported:
            generator = QSvgGenerator()
            generator.setFileName(str(svg))
            generator.setSize(QSize(*KIOSK))
            generator.setViewBox(QRectF(0, 0, *KIOSK))
            p = QPainter(generator)
            chart.render(p)
            p.end()
    caps["render_png_svg_ms"] = round((time.perf_counter() - start) * 1000, 1)
    text = svg.read_text(encoding="utf-8", errors="replace")
    caps["svg_kb"] = round(svg.stat().st_size / 1024, 1)
    caps["svg_has_text_elements"] = "<text" in text
    caps["svg_russian_text_kept"] = "Осуждено" in text or "&#1054;" in text
    # Sweep the pointer across the middle of the plot (over the 1937-38 bars): does anything answer a hover?
    for x in range(painted.width() * 2 // 5, painted.width() * 3 // 5, 4):
        for y in (painted.height() // 2, painted.height() * 2 // 3):
            QTest.mouseMove(painted, QPoint(x, y))
            app.processEvents()
    caps["hover_answered"] = bool(caps.pop("_tips")) or (candidate == "painted" and chart._hover is not None)
    caps["focus_policy"] = str(chart.focusPolicy()).rsplit(".", 1)[-1]
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(chart)
    caps["accessible_name"] = iface.text(QAccessible.Text.Name) if iface else ""
    caps["accessible_children"] = iface.childCount() if iface else 0
    chart.close()
    return caps


def worker(argv: list[str]) -> None:
    """Entry point inside the measured interpreter; prints one JSON object."""
    kind, candidate = argv[0], argv[1]
    data = json.loads(os.environ.get("CHART_DATA", "{}"))
    if kind == "paint":
        result = worker_paint(candidate, argv[2], data)
    elif kind == "libs":
        result = worker_libs(candidate)
    elif kind == "render":
        result = worker_render(candidate, Path(argv[2]), data)
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(json.dumps(result))


# ---------------------------------------------------------------- the harness


SIZES_SNIPPET = """
import json, os
from importlib import metadata
out = {}
for dist in metadata.distributions():
    name = dist.metadata["Name"]
    total = 0
    for f in dist.files or []:
        path = f.locate()
        if os.path.isfile(path):
            total += os.path.getsize(path)
    out[name.lower().replace("-", "_")] = [dist.version, total]
print(json.dumps(out))
"""


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of every measured process: byte-code cached (as after ``pip install``, which compiles it)
    in a folder of its own, so that no candidate is timed compiling its source and nothing is written into the
    repository."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": PYCACHE, **(extra or {})})
    return env


def run(python: str, args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a worker of this script in ``python`` and return its JSON."""
    full_env = child_env(env)
    proc = subprocess.run([python, str(Path(__file__).resolve()), "--worker", *args], capture_output=True,
                          text=True, timeout=120, env=full_env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{args}: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def install_sizes(python: str) -> dict[str, Any]:
    """Installed MB per candidate (its own distributions), from the RECORD files."""
    proc = subprocess.run([python, "-c", SIZES_SNIPPET], capture_output=True, text=True, check=True)
    dists = json.loads(proc.stdout)
    out: dict[str, Any] = {}
    for key, names in DISTRIBUTIONS.items():
        found = {n: dists.get(n.lower()) for n in names}
        out[key] = {"mb": round(sum(v[1] for v in found.values() if v) / 2**20, 1),
                    "versions": {n: v[0] for n, v in found.items() if v}}
    painted = sum(p.stat().st_size for p in (REPO / "purges_desktop" / "views" / "charts").glob("*.py"))
    out["painted"] = {"mb": round(painted / 2**20, 3), "files": "purges_desktop/views/charts/*.py"}
    return out


def import_ms(python: str, candidate: str, repeat: int, app_loaded: bool = False) -> dict[str, float]:
    """``-X importtime`` of a candidate after ``PySide6.QtWidgets`` (and, with ``app_loaded``, after the app's own
    modules that are loaded when the Numbers tab is built): median and spread of the summed cumulative times of
    the top-level imports that follow the ``colorsys`` marker."""
    before = ["PySide6.QtWidgets", *(APP_LOADED if app_loaded else ())]
    code = f"import {', '.join(before)}; import colorsys; import {MODULES[candidate]}"
    totals = []
    for _ in range(repeat + 1):
        proc = subprocess.run([python, "-X", "importtime", "-c", code], capture_output=True, text=True,
                              env=child_env(), check=True)
        total, after = 0, False
        for line in proc.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if not m or m.group(3) != " ":
                continue
            if m.group(4) == "colorsys":
                after = True
            elif after:
                total += int(m.group(2))
        totals.append(total / 1000)
    totals = totals[1:]  # the first run warms the page cache and byte-code
    return {"median": round(statistics.median(totals), 1), "min": round(min(totals), 1),
            "max": round(max(totals), 1)}


def paint(python: str, candidate: str, mode: str, repeat: int, data: dict[str, Any]) -> dict[str, Any]:
    """Median first paint and chart-tab time over ``repeat`` fresh processes."""
    env = {"CHART_DATA": json.dumps(data)}
    runs = [run(python, ["paint", candidate, mode], env) for _ in range(repeat)]
    out: dict[str, Any] = {"first_paint_s": round(statistics.median(r["first_paint"] for r in runs), 3),
                           "rss_mb": round(statistics.median(r["rss_mb"] for r in runs), 1)}
    if candidate != "bare":
        out["tab_s"] = round(statistics.median(r["tab_s"] for r in runs), 3)
    return out


APP_SNIPPET = """
import runpy, sys
sys.argv = ["workers.py", "paint", {data!r}]
{pre}
runpy.run_path({workers!r}, run_name="__main__")
"""


def app_paint(python: str, candidate: str | None, repeat: int) -> dict[str, Any]:
    """The real app's first paint (``workers.py paint`` on the bundled data), with a candidate imported first."""
    code = APP_SNIPPET.format(data=str(REPO / "data"), workers=str(REPO / "benchmarks" / "workers.py"),
                              pre=f"import {MODULES[candidate]}" if candidate else "")
    runs = []
    for _ in range(repeat):
        proc = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=300,
                              env=child_env({"QT_QPA_PLATFORM": "offscreen"}), check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return {"first_paint_s": round(statistics.median(r["first_paint"] for r in runs), 3),
            "peak_rss_mb": round(statistics.median(r["peak_rss_mb"] for r in runs), 1)}


def main() -> int:
    """Measure every candidate and print the JSON; PNG/SVG renders go to ``--out``."""
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter of a venv with the candidates")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG and SVG renders")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--app", action="store_true", help="also time the real app's first paint with each candidate "
                        "imported before it (needs PyYAML in --python; about 6 s a run)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data = chart_data()
    env = {"CHART_DATA": json.dumps(data)}
    result: dict[str, Any] = {"python": args.python, "cpus": os.cpu_count(), "load_before": os.getloadavg(),
                              "install": install_sizes(args.python)}
    print("install sizes done", file=sys.stderr)
    result["import_ms"] = {c: import_ms(args.python, c, args.repeat) for c in CANDIDATES}
    result["import_ms_with_app_loaded"] = {c: import_ms(args.python, c, args.repeat, True) for c in CANDIDATES}
    result["import_ms"]["PySide6.QtSvg (export only)"] = import_ms_module(args.python, "PySide6.QtSvg", args.repeat)
    result["libs"] = {c: run(args.python, ["libs", c]) for c in CANDIDATES}
    print("imports done", file=sys.stderr)
    paints: dict[str, Any] = {"bare": paint(args.python, "bare", "eager", args.repeat, data)}
    for c in CANDIDATES:
        for mode in ("eager", "lazy"):
            paints[f"{c}/{mode}"] = paint(args.python, c, mode, args.repeat, data)
            paints[f"{c}/{mode}"]["over_bare"] = round(paints[f"{c}/{mode}"]["first_paint_s"]
                                                       / paints["bare"]["first_paint_s"], 2)
        print(f"paint {c} done", file=sys.stderr)
    result["paint"] = paints
    if args.app:
        app = {"none": app_paint(args.python, None, args.repeat)}
        for c in CANDIDATES:
            app[c] = app_paint(args.python, c, args.repeat)
            app[c]["over_none"] = round(app[c]["first_paint_s"] / app["none"]["first_paint_s"], 2)
        result["app_first_paint_eager_import"] = app
        print("app paint done", file=sys.stderr)
    result["capabilities"] = {c: run(args.python, ["render", c, str(args.out)], env) for c in CANDIDATES}
    result["load_after"] = os.getloadavg()
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


def import_ms_module(python: str, module: str, repeat: int) -> dict[str, float]:
    """``import_ms`` for a module that is not a candidate."""
    MODULES["_extra"] = module
    try:
        return import_ms(python, "_extra", repeat)
    finally:
        del MODULES["_extra"]


if __name__ == "__main__":
    sys.exit(main())
