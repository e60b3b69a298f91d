# SPDX-License-Identifier: GPL-3.0-or-later
"""What the exhibit covers, counted from the data: the kiosk home says it plainly (issue #15, "honest scope").

A visitor should not take a few hundred biographies for the whole story: the home (and a People search that finds
nobody) says how many people, which organs, which trials and how many of Stalin's lists the data holds, beside the
museum's note on where the names of the millions of victims can be searched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from purges_desktop.domain.lists import category_totals
from purges_desktop.domain.queries import chart_bodies

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Body, Trial


@dataclass(frozen=True, slots=True)
class ExhibitScope:
    """The extent of the data a visitor can see.

    Attributes:
        people: how many people have a page.
        bodies: the organs (party, state, police, army, courts), in the organisation chart's order.
        trials: the trials, by date.
        lists: how many of Stalin's shooting lists the data holds.
        list_names: how many names those lists carry.
    """

    people: int
    bodies: tuple[Body, ...]
    trials: tuple[Trial, ...]
    lists: int
    list_names: int


def exhibit_scope(ds: Dataset, *, kiosk: bool = True) -> ExhibitScope:
    """Count what the data holds; in the kiosk, records marked ``hide_in_kiosk`` are not counted (nor shown)."""
    people = sum(1 for p in ds.records.people if not (kiosk and p.hide_in_kiosk))
    trials = tuple(sorted((t for t in ds.records.trials if not (kiosk and t.hide_in_kiosk)),
                          key=lambda t: (t.start.sort_key() if t.start else (0, 0, 0), t.id)))
    lists = len(ds.shooting_lists)
    return ExhibitScope(people=people, bodies=chart_bodies(ds), trials=trials, lists=lists,
                        list_names=category_totals(ds).total if lists else 0)
