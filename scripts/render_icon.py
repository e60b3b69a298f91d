"""Render the app's SVG icon to a PNG (for the .desktop file of the bundle): ``render_icon.py SVG PNG SIZE``."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def main(svg: str, png: str, size: int) -> int:
    """Draw ``svg`` into a transparent ``size``×``size`` image and save it as ``png``."""
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        print(f"render_icon: {svg} is not a valid SVG", file=sys.stderr)  # noqa: T201
        return 1
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    ok = image.save(png)
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
