"""The text of a PDF written by Qt's PDF engine, for tests (no pdftotext or PDF library on the test machines).

Enough of PDF for what :class:`QPdfWriter` writes: objects, Flate streams, Type0 fonts with a ``ToUnicode`` map,
and text drawn with ``Tf`` and ``Tj``/``TJ``. Text comes back only if the PDF carries it as text (glyphs mapped to
Unicode): a page drawn as paths or pictures gives nothing, which is what the tests must catch.
"""

from __future__ import annotations

import re
import zlib

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _objects(pdf: bytes) -> dict[int, bytes]:
    return {int(m[1]): m[2] for m in _OBJ.finditer(pdf)}


def _stream(body: bytes) -> bytes:
    start = body.find(b"stream")
    if start < 0:
        return b""
    data = body[start + len(b"stream"):].lstrip(b"\r\n")
    data = data[:data.rfind(b"endstream")]
    return zlib.decompress(data) if b"/FlateDecode" in body[:start] else data


def _cmap(data: bytes) -> dict[int, str]:
    glyphs: dict[int, str] = {}
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        codes = _HEX.findall(section)
        for code, uni in zip(codes[::2], codes[1::2], strict=True):
            glyphs[int(code, 16)] = bytes.fromhex(uni.decode()).decode("utf-16-be")
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, rest in re.findall(rb"<(\w+)>\s*<(\w+)>\s*(\[.*?\]|<\w+>)", section, re.S):
            targets = _HEX.findall(rest)
            for i, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
                if rest.startswith(b"["):
                    glyphs[code] = bytes.fromhex(targets[i].decode()).decode("utf-16-be")
                else:
                    base = bytes.fromhex(targets[0].decode()).decode("utf-16-be")
                    glyphs[code] = base[:-1] + chr(ord(base[-1]) + i)
    return glyphs


def pdf_text(pdf: bytes) -> str:
    """The text of every page, runs joined by spaces, whitespace collapsed."""
    objects = _objects(pdf)
    names: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for fonts in re.findall(rb"/Font\s*<<(.*?)>>", body, re.S):
            for name, num in re.findall(rb"/(\w+)\s+(\d+) 0 R", fonts):
                font = objects.get(int(num), b"")
                to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", font)
                if to_unicode:
                    names[name] = _cmap(_stream(objects[int(to_unicode[1])]))
    runs: list[str] = []
    for body in objects.values():
        content = _stream(body) if b"stream" in body else b""
        if b"BT" not in content:
            continue
        glyphs: dict[int, str] = {}
        for token in re.finditer(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj|\[(.*?)\]\s*TJ|ET", content, re.S):
            if token[1]:
                glyphs = names.get(token[1], {})
            elif token[0] == b"ET":
                runs.append(" ")
            else:
                for hexes in [token[2]] if token[2] else _HEX.findall(token[3]):
                    runs.extend(glyphs.get(int(hexes[i:i + 4], 16), "") for i in range(0, len(hexes), 4))
    return " ".join("".join(runs).split())
