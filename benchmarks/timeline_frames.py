"""Frame times of the drawn timeline and organisation chart with 10,000 events, while zooming and panning.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timeline_frames.py [--events 10000]

Builds a synthetic dataset in memory (no YAML: this measures painting, not loading), renders the real
TimelineCanvas at 1600x600 for every step of a zoom from the whole period down to days and back, then a pan across
1936-1938, and prints the paint time per frame (p50/p95/max) as JSON. A frame under 16 ms keeps up with 60 Hz.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from purges_desktop.domain.dataset import Dataset, Records
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.model import Category, Era, Event
from purges_desktop.domain.text import LocalizedText
from purges_desktop.views.timeline_canvas import TimelineCanvas


def synthetic(n: int, seed: int = 1937) -> Dataset:
    rng = random.Random(seed)
    cats = list(Category)
    events = []
    for i in range(n):
        y = rng.randint(1917, 1953)
        date = PartialDate(y, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.8 else PartialDate(y)
        events.append(Event(id=f"e{i}", date=date, category=rng.choice(cats),
                            title=LocalizedText.of(f"Synthetic event number {i} of the benchmark")))
    eras = (Era("yezhovshchina", LocalizedText.of("Yezhovshchina"), PartialDate(1936, 9, 26),
                PartialDate(1938, 11, 25)),)
    return Dataset(Records(events=tuple(events), eras=eras))


def paint_ms(canvas: TimelineCanvas, image: QImage) -> float:
    started = time.perf_counter()
    canvas.render(image)
    return (time.perf_counter() - started) * 1000


def summary(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {"frames": len(values), "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(values[int(0.95 * (len(values) - 1))], 2), "max_ms": round(values[-1], 2)}


def main() -> int:
    n = int(sys.argv[sys.argv.index("--events") + 1]) if "--events" in sys.argv else 10_000
    app = QApplication.instance() or QApplication([])
    canvas = TimelineCanvas()
    canvas.resize(1600, 600)
    canvas.show()
    started = time.perf_counter()
    canvas.set_data(synthetic(n), "en")
    set_data_ms = (time.perf_counter() - started) * 1000
    # The format of a real window's backing store: plain ARGB32 would make Qt convert every translucent stroke
    # (a grid line cost 0.5 ms that way) and measure the image, not the app.
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    canvas.show_range((1917, 1, 1), (1953, 12, 31))
    canvas.render(image)  # the first frame fills Qt's glyph caches: not a zoom step
    zoom = []
    for _ in range(40):  # whole period -> days
        canvas.zoom(1.25)
        zoom.append(paint_ms(canvas, image))
    for _ in range(40):
        canvas.zoom(1 / 1.25)
        zoom.append(paint_ms(canvas, image))
    canvas.show_range((1936, 1, 1), (1936, 12, 31))
    pan = []
    for _ in range(80):
        canvas.pan(40)
        pan.append(paint_ms(canvas, image))
    canvas.show_range((1917, 1, 1), (1953, 12, 31))
    overview = [paint_ms(canvas, image) for _ in range(10)]
    print(json.dumps({"events": n, "size": "1600x600", "set_data_ms": round(set_data_ms, 1),
                      "zoom": summary(zoom), "pan_1936": summary(pan), "whole_period": summary(overview)},
                     indent=1))
    canvas.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
