# SPDX-License-Identifier: GPL-3.0-or-later
"""What a museum sets for its kiosk (read from YAML by storage.kiosk_config)."""

from __future__ import annotations

from dataclasses import dataclass

from purges_desktop.domain.links import VIEW_ORDER, Kind
from purges_desktop.domain.text import LocalizedText

#: The views a kiosk can start on or hide (the tabs, by their deep-link names).
VIEWS = tuple(kind.value for kind in VIEW_ORDER)
LANGUAGES = ("en", "ru")
#: The views a tile of the kiosk home may open (``numbers/great-terror`` opens a section of a view).
HOME_VIEWS = (Kind.NUMBERS, Kind.STORIES, Kind.PEOPLE, Kind.TRIALS, Kind.ORGANIZATION, Kind.TIMELINE)


@dataclass(frozen=True, slots=True)
class HomeTile:
    """One entry tile of the kiosk home.

    Attributes:
        open: the deep link the tile opens: a view (``people``) or a view's section (``numbers/great-terror``).
        figure: the id of a figure or statistic shown on the tile as a large number ("" for none).
        person: the id of a person shown on the tile, with their portrait when the data has one ("" for none).
    """

    open: str
    figure: str = ""
    person: str = ""


#: The home's tiles when the settings name none: the six ways into the exhibit, a number or a face on each.
DEFAULT_HOME: tuple[HomeTile, ...] = (
    HomeTile("numbers/great-terror", figure="great-terror-detained-1937-1938"),
    HomeTile("stories"),
    HomeTile("people", person="bukharin"),
    HomeTile("trials"),
    HomeTile("organization", person="yezhov"),
    HomeTile("timeline"),
)
#: What the exhibit is not, and where the victims' names can be looked up (``scope_note`` in the settings).
DEFAULT_SCOPE_NOTE = LocalizedText.of(
    "This exhibit is not a list of the victims. The names of millions of people repressed in the USSR can be "
    "searched in the databases of the Memorial society: “Victims of Political Terror in the USSR” "
    "(lists.memo.ru) and “Stalin's shooting lists” (stalin.memo.ru).",
    "Эта экспозиция — не список жертв. Имена миллионов людей, репрессированных в СССР, можно найти в базах "
    "данных общества «Мемориал»: «Жертвы политического террора в СССР» (lists.memo.ru) и "
    "«Сталинские расстрельные списки» (stalin.memo.ru).")


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
    headline_figure: str = "great-terror-shot-1937-1938"
    home: tuple[HomeTile, ...] = DEFAULT_HOME
    scope_note: LocalizedText = DEFAULT_SCOPE_NOTE


#: The staff PIN of the bundled ``resources/kiosk.yaml``. It is printed in the documentation, so the kiosk refuses
#: to start with it unless told to (``--allow-default-pin``; docs/kiosk.md, "The staff PIN").
DEFAULT_PIN = "1937"
#: Wrong PINs in a row allowed without a pause; then the pad locks for FIRST_LOCKOUT_S, doubling up to MAX_LOCKOUT_S.
FREE_PIN_TRIES = 3
FIRST_LOCKOUT_S = 30
MAX_LOCKOUT_S = 15 * 60


def lockout_s(failures: int) -> int:
    """How long the PIN pad stays locked after ``failures`` wrong PINs in a row (0: not locked).

    The first two cost nothing, the third locks the pad for 30 s, each further one doubles the pause (60 s,
    120 s, …) up to 15 minutes: the 10,000 four-digit PINs then take months to try instead of minutes.
    """
    if failures < FREE_PIN_TRIES:
        return 0
    return min(FIRST_LOCKOUT_S * 2 ** min(failures - FREE_PIN_TRIES, 16), MAX_LOCKOUT_S)


#: Words a visitor reads in a minute, for the idle time of a page with much text: slow, as reading a second
#: language on a screen in a museum (docs/kiosk.md, "Still there?").
READING_WPM = 150
#: A long text never keeps the exhibit from its reset for more than this many idle timeouts.
MAX_READING_FACTOR = 4


def idle_time_ms(base_ms: int, words_in_view: int) -> int:
    """The idle time for a page with ``words_in_view`` words of text on screen: the time to read them at
    :data:`READING_WPM`, but never less than ``base_ms`` nor more than :data:`MAX_READING_FACTOR` times it.

    Only the words in view count: scrolling to the next screenful is input, which starts the idle time again.
    """
    reading = round(max(0, words_in_view) * 60_000 / READING_WPM)
    return max(base_ms, min(reading, MAX_READING_FACTOR * base_ms))
