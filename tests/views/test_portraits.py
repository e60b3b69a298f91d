"""A person's portrait appears on their page; a missing, broken or oversized one leaves the placeholder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from purges_desktop.application.dataset_controller import load_data
from purges_desktop.application.language import Language
from purges_desktop.application.navigation import Navigation
from purges_desktop.views.main_window import MainWindow
from tests.imagefiles import png_bytes

CREDIT = "    image_credit: {en: Photo from a test archive, ru: Фото из тестового архива}\n"


def _window(qtbot, folder: Path) -> MainWindow:
    win = MainWindow(Navigation(), Language())
    qtbot.addWidget(win)
    win.set_data(load_data(folder))
    win.nav.open("person/yezhov")
    return win


def _give_yezhov(folder: Path, image: str, content: bytes | None) -> None:
    people = folder / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "    aliases: [Ezhov, Jezhov, Jeschow]\n",
        f"    aliases: [Ezhov, Jezhov, Jeschow]\n    image: {image}\n" + CREDIT), encoding="utf-8")
    if content is not None:
        (folder / "images").mkdir(exist_ok=True)
        (folder / image).write_bytes(content)


def _shown_image(win: MainWindow, name: str) -> QImage:
    res = win.people.detail.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
    return res if isinstance(res, QImage) else QImage()


def test_the_portrait_is_shown_with_its_credit(qtbot, tiny_dir: Path) -> None:
    _give_yezhov(tiny_dir, "images/yezhov.png", png_bytes(600, 800, (10, 200, 30)))
    win = _window(qtbot, tiny_dir)
    html = win.people.detail.document().toHtml()
    assert "portrait:yezhov" in html and "portrait:placeholder" not in html
    image = _shown_image(win, "portrait:yezhov")
    # Decoded at most at twice the page's size, keeping the proportions, with the file's own colour.
    assert (image.width(), image.height()) == (270, 360)
    assert image.pixelColor(5, 5).green() == 200
    assert "Photo from a test archive" in win.people.detail.page_text()


@pytest.mark.parametrize(("image", "content"), [
    ("images/missing.png", None),
    ("images/broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ("images/bomb.png", png_bytes(4, 4, declared=(60_000, 60_000))),
], ids=["missing", "broken", "decompression-bomb"])
def test_an_unusable_portrait_leaves_the_placeholder(qtbot, tiny_dir: Path, image: str, content) -> None:
    _give_yezhov(tiny_dir, image, content)
    win = _window(qtbot, tiny_dir)
    html = win.people.detail.document().toHtml()
    assert "portrait:placeholder" in html and "portrait:yezhov" not in html
    assert "Nikolai Yezhov" in win.people.detail.page_text()


def test_adding_the_missing_file_clears_the_warning_even_from_the_cache(tmp_path: Path, tiny_dir: Path) -> None:
    _give_yezhov(tiny_dir, "images/yezhov.png", None)
    cache = tmp_path / "cache"
    assert "missing-image" in {p.code for p in load_data(tiny_dir, cache_dir=cache).dataset.problems}
    (tiny_dir / "images").mkdir()
    (tiny_dir / "images" / "yezhov.png").write_bytes(png_bytes(3, 4))
    assert "missing-image" not in {p.code for p in load_data(tiny_dir, cache_dir=cache).dataset.problems}
