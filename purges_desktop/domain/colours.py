# SPDX-License-Identifier: GPL-3.0-or-later
"""Readable colours: WCAG 2 contrast ratios, and the colours of secondary text that read on both themes.

The study window follows the system palette (light by default) and the kiosk draws on black, so a colour written
into a page's HTML must read on white and on black alike. WCAG 2.x AA asks for a contrast ratio of at least 4.5:1
for normal text and 3:1 for large text (18 pt, or 14 pt bold) and for graphics that carry meaning.
"""

from __future__ import annotations

import re

#: WCAG AA minimum contrast ratios.
NORMAL_TEXT = 4.5
LARGE_TEXT = 3.0

#: Secondary text (a URL, a name in the other language, an explanation under a heading): the darkest grey that
#: still reads on black (4.6:1) and the lightest that reads on white (4.5:1).
MUTED = "#767676"

_NAMED = {"black": "#000000", "white": "#FFFFFF", "gray": "#808080", "grey": "#808080", "darkgray": "#A9A9A9",
          "lightgray": "#D3D3D3", "red": "#FF0000", "green": "#008000", "blue": "#0000FF"}
_RGBA = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)")


def parse_colour(text: str) -> tuple[float, float, float, float]:
    """``#RRGGBB``, ``#RGB``, ``rgb(r,g,b)``, ``rgba(r,g,b,a)`` or a basic CSS name as (r, g, b, alpha), each 0–1.

    Raises:
        ValueError: not a colour this module reads.
    """
    value = _NAMED.get(text.strip().lower(), text.strip())
    match = _RGBA.fullmatch(value)
    if match:
        r, g, b, a = match.groups()
        return int(r) / 255, int(g) / 255, int(b) / 255, float(a) if a is not None else 1.0
    if value.startswith("#") and len(value) in {4, 7, 9}:
        digits = value[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        r, g, b = (int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
        a = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
        return r, g, b, a
    raise ValueError(f"not a colour: {text!r}")


def over(colour: str | tuple[float, float, float, float], background: str) -> tuple[float, float, float]:
    """The opaque colour seen when ``colour`` (possibly translucent) is drawn over an opaque ``background``."""
    r, g, b, a = parse_colour(colour) if isinstance(colour, str) else colour
    br, bg, bb, _ = parse_colour(background)
    return r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour (channels 0–1)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str | tuple[float, float, float, float], background: str) -> float:
    """WCAG contrast ratio (1–21) of ``foreground`` drawn over ``background`` (translucency composited)."""
    a = luminance(over(foreground, background))
    b = luminance(over(background, "#FFFFFF"))
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def to_hex(rgb: tuple[float, float, float]) -> str:
    """An opaque colour as ``#RRGGBB``."""
    return "#" + "".join(f"{round(c * 255):02X}" for c in rgb)


def muted_on(foreground: str, background: str, ratio: float = NORMAL_TEXT + 0.1) -> str:
    """A dimmed form of ``foreground`` for secondary or disabled text on ``background``: as close to the background
    as it can be while keeping ``ratio`` (``foreground`` itself when even that is too faint)."""
    fr, fg, fb, _ = parse_colour(foreground)
    br, bg, bb, _ = parse_colour(background)
    best = to_hex((fr, fg, fb))
    for step in range(100, -1, -2):
        t = step / 100  # the share of the foreground
        rgb = (fr * t + br * (1 - t), fg * t + bg * (1 - t), fb * t + bb * (1 - t))
        if contrast(to_hex(rgb), background) < ratio:
            break
        best = to_hex(rgb)
    return best


def readable(colour: str, background: str, toward: str, ratio: float = NORMAL_TEXT + 0.1) -> str:
    """``colour``, moved toward ``toward`` (black or white, say) just far enough to reach ``ratio`` on
    ``background``: a link or a selection keeps its hue and becomes readable."""
    cr, cg, cb, _ = parse_colour(colour)
    tr_, tg, tb, _ = parse_colour(toward)
    for step in range(0, 101, 2):
        t = step / 100
        rgb = to_hex((cr + (tr_ - cr) * t, cg + (tg - cg) * t, cb + (tb - cb) * t))
        if contrast(rgb, background) >= ratio:
            return rgb
    return to_hex((tr_, tg, tb))
