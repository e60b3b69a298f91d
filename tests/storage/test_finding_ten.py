"""The smaller findings of the hardening review: a link out of the data folder, UTF-16 without a byte order mark,
the size limit in the units it is counted in, pixel bombs and cut-short images, invisible control and direction
characters, and organs nested inside themselves."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from purges_desktop.storage.loader import load_dataset
from purges_desktop.storage.yaml_reader import MAX_FILE_BYTES

PERSON = "people:\n  - {id: a, name: Anna, sources: [s]}\n"
SOURCES = "sources:\n  - {id: s, title: T}\n"


def _codes(ds) -> list[str]:
    return [p.code for p in ds.problems]


def test_a_yaml_link_to_a_file_outside_the_folder_is_not_read(tmp_path: Path) -> None:
    data, outside = tmp_path / "data", tmp_path / "elsewhere"
    data.mkdir()
    outside.mkdir()
    (data / "s.yaml").write_text(SOURCES, encoding="utf-8")
    (outside / "secret.yaml").write_text(PERSON, encoding="utf-8")
    os.symlink(outside / "secret.yaml", data / "people.yaml")
    ds = load_dataset(data)
    assert "outside-data" in _codes(ds)
    problem = next(p for p in ds.problems if p.code == "outside-data")
    assert problem.origin.file == "people.yaml" and "outside the data folder" in problem.message
    assert ds.people == {}


def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(tmp_path: Path) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        (tmp_path / "d.yaml").write_bytes((SOURCES + PERSON.replace("Anna", "Анна")).encode(codec))
        ds = load_dataset(tmp_path)
        assert ds.people["a"].name.get("en") == "Анна", codec
        assert [p.code for p in ds.problems] == ["encoding"]
        assert "UTF-16 without a byte order mark" in ds.problems[0].message


def test_the_size_limit_is_said_in_the_units_it_is_counted_in(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    ds = load_dataset(tmp_path)
    message = next(p.message for p in ds.problems if p.code == "too-large")
    assert "over the limit of 20 MiB" in message and "21 MB" not in message


def _png(width: int, height: int, *, complete: bool = True) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    body = chunk(b"IDAT", zlib.compress(b"\x00" * 16))
    return head + body + (chunk(b"IEND", b"") if complete else b"")


@pytest.mark.parametrize(("image", "code", "words"), [
    (_png(30_000, 30_000), "image-too-large", "30,000 × 30,000 pixels"),
    (_png(60, 80, complete=False), "unreadable-image", "cut short"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "unreadable-image", "cut short"),
])
def test_pixel_bombs_and_cut_short_images_are_warned_about(tmp_path: Path, image: bytes, code: str,
                                                           words: str) -> None:
    (tmp_path / "images").mkdir()
    name = "images/p.png" if image.startswith(b"\x89PNG") else "images/p.jpg"
    (tmp_path / name).write_bytes(image)
    (tmp_path / "d.yaml").write_text(SOURCES + f"people:\n  - {{id: a, name: Anna, image: {name}, sources: [s]}}\n",
                                     encoding="utf-8")
    ds = load_dataset(tmp_path)
    found = [p for p in ds.problems if p.code == code]
    assert len(found) == 1 and words in found[0].message, ds.problems
    assert "a" in ds.people  # the person stays; the app shows a placeholder


def test_a_good_png_passes(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "p.png").write_bytes(_png(60, 80))
    (tmp_path / "d.yaml").write_text(SOURCES + "people:\n  - {id: a, name: Anna, image: images/p.png, sources: [s]}\n",
                                     encoding="utf-8")
    assert load_dataset(tmp_path).problems == ()


@pytest.mark.parametrize(("written", "char"), [
    ("\u202e", "\u202e"), ("\u2066", "\u2066"),  # typed or pasted as they are
    ("\\u202E", "\u202e"), ("\\x07", "\x07"), ("\\e", "\x1b"), ("\\x85", "\x85"),  # YAML escapes
])
def test_invisible_control_and_direction_characters_are_warned_about(tmp_path: Path, written: str,
                                                                     char: str) -> None:
    (tmp_path / "d.yaml").write_text(SOURCES + f'people:\n  - {{id: a, name: "Ann{written}a", sources: [s]}}\n',
                                     encoding="utf-8")
    ds = load_dataset(tmp_path)
    found = [p for p in ds.problems if p.code == "control-character"]
    assert len(found) == 1 and f"U+{ord(char):04X}" in found[0].message
    assert found[0].origin.line == 4
    assert "a" in ds.people  # a warning: the record stays


def test_a_raw_control_character_is_a_located_error(tmp_path: Path) -> None:
    (tmp_path / "d.yaml").write_text(SOURCES + 'people:\n  - {id: a, name: "Ann\x07a", sources: [s]}\n',
                                     encoding="utf-8")
    ds = load_dataset(tmp_path)
    (problem,) = ds.problems
    assert (problem.code, problem.origin.line, problem.origin.column) == ("syntax", 4, 23)
    assert "U+0007" in problem.message


def test_a_parent_cycle_between_organs_is_an_error_and_is_broken(tmp_path: Path) -> None:
    (tmp_path / "d.yaml").write_text(
        SOURCES + "bodies:\n  - {id: a, name: A, kind: party, parent: b, sources: [s]}\n"
        "  - {id: b, name: B, kind: party, parent: c, sources: [s]}\n"
        "  - {id: c, name: C, kind: party, parent: a, sources: [s]}\n"
        "  - {id: d, name: D, kind: party, parent: a, sources: [s]}\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    cycles = [p for p in ds.problems if p.code == "parent-cycle"]
    assert [p.origin.line for p in cycles] == [4, 5, 6]
    assert "a → b → c → a" in cycles[0].message
    assert {b.id: b.parent for b in ds.records.bodies} == {"a": "", "b": "", "c": "", "d": "a"}
