# SPDX-License-Identifier: GPL-3.0-or-later
"""What a museum sets for its kiosk (read from YAML by storage.kiosk_config)."""

from __future__ import annotations

from dataclasses import dataclass

from purges_desktop.domain.links import VIEW_ORDER

#: The views a kiosk can start on or hide (the tabs, by their deep-link names).
VIEWS = tuple(kind.value for kind in VIEW_ORDER)
LANGUAGES = ("en", "ru")


@dataclass(frozen=True, slots=True)
class KioskSettings:
    """What a museum sets for its kiosk."""

    idle_timeout_s: int = 90
    attract_interval_s: int = 8
    start_view: str = "people"
    default_language: str = "en"
    languages: tuple[str, ...] = LANGUAGES
    featured_people: tuple[str, ...] = ()
    featured_events: tuple[str, ...] = ()
    featured_figures: tuple[str, ...] = ()
    staff_pin: str = ""
    hidden_views: tuple[str, ...] = ()
    text_scale: float = 1.0
    exit_taps: int = 5
