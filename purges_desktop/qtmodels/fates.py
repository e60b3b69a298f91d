# SPDX-License-Identifier: GPL-3.0-or-later
"""Colours for fates: the Okabe–Ito palette (colour-blind safe), always shown with a label or symbol too."""

from __future__ import annotations

from PySide6.QtGui import QColor

from purges_desktop.domain.model import Fate
from purges_desktop.domain.queries import SURVIVED_REPRESSION, LaterFate

# Okabe & Ito (2008), "Color Universal Design". Each fate also has a symbol so colour is never the only cue.
FATE_COLOURS: dict[Fate, str] = {
    Fate.EXECUTED: "#D55E00",        # vermillion
    Fate.DIED_IN_CUSTODY: "#E69F00",  # orange
    Fate.MURDERED: "#CC79A7",        # reddish purple
    Fate.SUICIDE: "#0072B2",         # blue
    Fate.KILLED_IN_ACTION: "#56B4E9",  # sky blue
    Fate.NATURAL_DEATH: "#009E73",   # bluish green
    Fate.UNKNOWN: "#999999",         # grey
}

FATE_SYMBOLS: dict[Fate, str] = {
    Fate.EXECUTED: "✕",
    Fate.DIED_IN_CUSTODY: "▲",
    Fate.MURDERED: "◆",
    Fate.SUICIDE: "●",
    Fate.KILLED_IN_ACTION: "■",
    Fate.NATURAL_DEATH: "○",
    Fate.UNKNOWN: "?",
}


def fate_colour(fate: Fate) -> QColor:
    """The colour of a fate."""
    return QColor(FATE_COLOURS[fate])


#: The extra later-fate class of the organisation chart (see domain.queries.later_fate), in Okabe–Ito yellow.
SURVIVED_COLOUR = "#F0E442"
SURVIVED_SYMBOL = "◐"


def later_fate_colour(key: LaterFate) -> str:
    """Colour of a later-fate key."""
    return SURVIVED_COLOUR if key == SURVIVED_REPRESSION else FATE_COLOURS[Fate(key)]


def later_fate_symbol(key: LaterFate) -> str:
    """Symbol of a later-fate key."""
    return SURVIVED_SYMBOL if key == SURVIVED_REPRESSION else FATE_SYMBOLS[Fate(key)]
