"""Portraits named in the data: a bad one is a warning at the person's line, never an error or a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from purges_desktop.storage.loader import load_dataset
from tests.imagefiles import png_bytes

PEOPLE = """sources:
  - {id: s, title: A source}
people:
  - id: other
    name: {en: Someone Else}
    sources: [s]
  - id: pictured
    name: {en: Pictured Person}
    image: %s
    sources: [s]
"""


def _load(folder: Path, image: str):
    (folder / "people.yaml").write_text(PEOPLE % image, encoding="utf-8")
    return load_dataset(folder)


def test_a_portrait_that_is_there_gives_no_problem(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "pictured.png").write_bytes(png_bytes(3, 4))
    ds = _load(tmp_path, "images/pictured.png")
    assert ds.problems == ()
    assert ds.people["pictured"].image == "images/pictured.png"


@pytest.mark.parametrize(("image", "setup", "code", "words"), [
    ("images/nobody.jpg", None, "missing-image", "placeholder"),
    ("../outside.png", None, "bad-image-path", "must not leave the data folder"),
    ("/etc/passwd.png", None, "bad-image-path", "inside the data folder"),
    ("https://example.org/x.jpg", None, "bad-image-path", "no web addresses"),
    ("images\\\\x.jpg", None, "bad-image-path", "forward slashes"),
    ("images/scan.tiff", None, "unsupported-image", "PNG, JPEG or GIF"),
    ("images/renamed.jpg", ("renamed.jpg", b"this is a text file"), "unreadable-image", "does not match"),
    ("images/huge.png", ("huge.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 10_000_001), "image-too-large", "10 MB"),
], ids=["missing", "dotdot", "absolute", "url", "backslash", "tiff", "renamed", "too-large"])
def test_a_bad_portrait_is_a_warning_at_the_persons_line(tmp_path: Path, image: str, setup, code: str,
                                                          words: str) -> None:
    if setup:
        (tmp_path / "images").mkdir()
        (tmp_path / "images" / setup[0]).write_bytes(setup[1])
    ds = _load(tmp_path, image)
    assert [(p.severity.value, p.code, p.origin.file, p.origin.line) for p in ds.problems] == [
        ("warning", code, "people.yaml", 7)]
    assert words in ds.problems[0].message
    assert set(ds.people) == {"other", "pictured"}  # the record is still shown


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_a_file_outside_the_data_folder_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "images").mkdir(parents=True)
    secret = tmp_path / "secret.png"
    secret.write_bytes(png_bytes(2, 2))
    (data / "images" / "link.png").symlink_to(secret)
    ds = _load(data, "images/link.png")
    assert [p.code for p in ds.problems] == ["bad-image-path"]
    assert "outside the data folder" in ds.problems[0].message
