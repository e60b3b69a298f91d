# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk settings file (YAML), read and checked like the data: every mistake has a file:line message.

Example (``resources/kiosk.yaml`` is the documented default)::

    idle_timeout_s: 90          # seconds without a touch before everything returns to the start
    attract_interval_s: 8       # seconds each featured item stays on the attract screen
    start_view: people          # where a touch on the attract screen leads: people|organization|trials|timeline
    default_language: en        # the language every visitor starts in
    languages: [en, ru]         # the languages offered
    featured_people: [bukharin, tukhachevsky]
    featured_events: [kirov-murder]
    featured_figures: [great-terror-shot-1937-1938]
    staff_pin: pbkdf2_sha256$200000$<salt hex>$<hash hex>     # from `purges-desktop hash-pin`
    hidden_views: []            # e.g. [timeline]
    text_scale: 1.0             # 1.0 - 2.0
    exit_taps: 5                # taps in the top-left corner that open the staff PIN pad
    headline_figure: great-terror-shot-1937-1938   # the large number at the top of the home screen
    home:                       # the home screen's tiles, in order: a view (or a Numbers section) to open,
      - {open: numbers/great-terror, figure: great-terror-shot-1937-1938}   # with a figure's number or
      - {open: people, person: bukharin}                                    # a person (and portrait) on it
    scope_note: {en: "…", ru: "…"}   # what the exhibit does not cover and where to look for the victims' names
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import TYPE_CHECKING

from purges_desktop.domain.kiosk import HOME_VIEWS, LANGUAGES, VIEWS, HomeTile, KioskSettings
from purges_desktop.domain.links import parse_uri
from purges_desktop.domain.problems import Origin, Problem, Severity
from purges_desktop.storage.fields import FieldReader
from purges_desktop.storage.yaml_reader import PosDict, decode, read_yaml

if TYPE_CHECKING:
    from pathlib import Path

PIN_ITERATIONS = 200_000
KEYS = ("idle_timeout_s", "attract_interval_s", "start_view", "default_language", "languages", "featured_people",
        "featured_events", "featured_figures", "staff_pin", "hidden_views", "text_scale", "exit_taps",
        "headline_figure", "home", "scope_note")
HOME_KEYS = ("open", "figure", "person")


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """A salted PBKDF2 hash of a staff PIN, as stored in the settings file."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash (constant-time comparison)."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        candidate = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def _choices(r: FieldReader, key: str, allowed: tuple[str, ...], default: tuple[str, ...]) -> tuple[str, ...]:
    values = r.string_list(key) if key in r.data else default
    good = tuple(v for v in values if v in allowed)
    if len(good) != len(values):
        r.report(r.pos_of(key), f"{key} may only contain {', '.join(allowed)}", "bad-enum")
    return good


def _int(r: FieldReader, key: str, lo: int, hi: int, default: int) -> int:
    value = r.number(key)
    if value is None:
        return default
    if not lo <= value <= hi or int(value) != value:
        r.report(r.pos_of(key), f"{key} must be a whole number from {lo} to {hi}", "out-of-range")
        return default
    return int(value)


def _home(r: FieldReader, default: tuple[HomeTile, ...]) -> tuple[HomeTile, ...]:
    """The home's tiles: each opens a view (or a view's section) and may show a figure or a person."""
    if "home" not in r.data:
        return default
    items = r.data["home"]
    if not isinstance(items, list) or not items:
        r.report(r.pos_of("home"), "home must be a list of tiles such as {open: people, person: bukharin}",
                 "bad-type")
        return default
    tiles: list[HomeTile] = []
    views = ", ".join(kind.value for kind in HOME_VIEWS)
    for item in items:
        if not isinstance(item, PosDict):
            r.report(r.pos_of("home"), "each tile in home must be a mapping such as {open: people}", "bad-type")
            continue
        tile = FieldReader(item, r.file, r.problems, "home tile", HOME_KEYS)
        uri = tile.string("open", required=False)
        location = parse_uri(uri)
        if location is None or location.kind not in HOME_VIEWS:
            tile.report(tile.pos_of("open"), f"a home tile must open one of {views} (e.g. numbers/great-terror)",
                        "bad-enum")
            continue
        tiles.append(HomeTile(uri, figure=tile.ref("figure"), person=tile.ref("person")))
    return tuple(tiles) or default


def load_kiosk_settings(path: Path) -> tuple[KioskSettings, list[Problem]]:
    """Read a kiosk settings file; a missing or broken file gives the defaults plus located problems."""
    problems: list[Problem] = []
    name = path.name
    try:
        text, found = decode(path.read_bytes(), name)
    except OSError as exc:
        return KioskSettings(), [Problem(Origin(name), Severity.ERROR, f"cannot read: {exc.strerror}", "io")]
    problems.extend(found)
    data, found = read_yaml(text or "", name)
    problems.extend(found)
    if data is None:
        return KioskSettings(), problems
    if not isinstance(data, PosDict):
        problems.append(Problem(Origin(name, 1, 1), Severity.ERROR, "the kiosk settings must be a mapping",
                                "not-a-mapping"))
        return KioskSettings(), problems
    r = FieldReader(data, name, problems, "kiosk settings", KEYS)
    defaults = KioskSettings()
    start = r.string("start_view") or defaults.start_view
    if start not in VIEWS:
        r.report(r.pos_of("start_view"), f"start_view must be one of {', '.join(VIEWS)}", "bad-enum")
        start = defaults.start_view
    languages = _choices(r, "languages", LANGUAGES, LANGUAGES) or LANGUAGES
    language = r.string("default_language") or languages[0]
    if language not in languages:
        r.report(r.pos_of("default_language"), "default_language must be one of the languages offered", "bad-enum")
        language = languages[0]
    scale = r.number("text_scale")
    if scale is not None and not 1.0 <= scale <= 2.0:
        r.report(r.pos_of("text_scale"), "text_scale must be between 1.0 and 2.0", "out-of-range")
        scale = None
    pin = r.string("staff_pin")
    if pin and pin.count("$") != 3:
        r.report(r.pos_of("staff_pin"), "staff_pin must be a hash made by `purges-desktop hash-pin`, never the "
                 "PIN itself", "bad-pin")
        pin = ""
    settings = KioskSettings(
        idle_timeout_s=_int(r, "idle_timeout_s", 10, 3600, defaults.idle_timeout_s),
        attract_interval_s=_int(r, "attract_interval_s", 2, 120, defaults.attract_interval_s),
        start_view=start, default_language=language, languages=languages,
        featured_people=r.ref_list("featured_people"), featured_events=r.ref_list("featured_events"),
        featured_figures=r.ref_list("featured_figures"),
        staff_pin=pin, hidden_views=_choices(r, "hidden_views", VIEWS, ()),
        text_scale=float(scale) if scale is not None else 1.0, exit_taps=_int(r, "exit_taps", 3, 10, 5),
        headline_figure=r.ref("headline_figure") or defaults.headline_figure,
        home=_home(r, defaults.home),
        scope_note=r.text("scope_note") or defaults.scope_note,
    )
    if start in settings.hidden_views:
        r.report(r.pos_of("hidden_views"), "the start view cannot be hidden", "bad-enum")
        settings = KioskSettings(**{**_asdict(settings), "hidden_views": tuple(
            v for v in settings.hidden_views if v != start)})
    return settings, problems


def _asdict(s: KioskSettings) -> dict[str, object]:
    return {k: getattr(s, k) for k in KioskSettings.__slots__}  # type: ignore[attr-defined]
