"""Frame times of the drawn map at 1920x1080 while panning and zooming, with the bundled data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/map_frames.py

Loads the bundled data (the outline, the lists' regions, the killing fields, the camps and the people's death
places: every layer on), renders the real MapCanvas at 1920x1080 for 120 pan steps of 12 px (a drag) at the
whole-country view and at 4x zoom, then 40 zoom steps in and out, and prints the paint time per frame
(p50/p95/max) as JSON. A frame under 16 ms keeps up with 60 Hz. A pan step only moves the outline's pixmap, except
when the pan leaves its margin (then the outline is painted again: those frames are the maximum); a zoom step
paints the outline again every time.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from purges_desktop.domain.geo import map_content
from purges_desktop.storage.loader import load_dataset
from purges_desktop.views.map_canvas import MapCanvas

DATA = Path(__file__).resolve().parent.parent / "data"


def paint_ms(canvas: MapCanvas, image: QImage) -> float:
    started = time.perf_counter()
    canvas.render(image)
    return (time.perf_counter() - started) * 1000


def summary(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {"frames": len(values), "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(values[int(0.95 * (len(values) - 1))], 2), "max_ms": round(values[-1], 2)}


def pan(canvas: MapCanvas, image: QImage, steps: int = 120, step: float = 12.0) -> list[float]:
    frames = []
    for i in range(steps):
        direction = 1 if (i // 30) % 2 == 0 else -1  # back and forth, as a visitor drags
        canvas.pan_by(direction * step, direction * step / 3)
        frames.append(paint_ms(canvas, image))
    return frames


def main() -> int:
    app = QApplication.instance() or QApplication([])
    ds = load_dataset(DATA)
    canvas = MapCanvas()
    canvas.resize(1920, 1080)
    canvas.show()
    canvas.set_outline(ds.geo.outline)
    canvas.reset_view()
    content = map_content(ds, ds.geo)
    canvas.set_markers(content.markers, "en")
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)  # a real window's backing store
    first = paint_ms(canvas, image)  # fills the glyph caches and the outline's pixmap
    whole = pan(canvas, image)
    canvas.zoom_by(4.0)
    zoomed = pan(canvas, image)
    canvas.reset_view()
    zoom = []
    for _ in range(20):
        canvas.zoom_by(1.15)
        zoom.append(paint_ms(canvas, image))
    for _ in range(20):
        canvas.zoom_by(1 / 1.15)
        zoom.append(paint_ms(canvas, image))
    result = {"size": "1920x1080", "markers": len(content.markers),
              "outline_points": sum(len(r) for r in ds.geo.outline.rings()),
              "first_frame_ms": round(first, 2), "pan_whole_country": summary(whole),
              "pan_zoomed_4x": summary(zoomed), "zoom": summary(zoom)}
    print(json.dumps(result, indent=2))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
