# SPDX-License-Identifier: GPL-3.0-or-later
"""Questions the Numbers view asks: yearly series, figures by topic, the 1934 Central Committee's seats.

Every number comes from a record of the dataset (a ``Statistic`` or a ``Figure``) with its sources; nothing here
adds series together or invents a value. Where a table's rows do not add up to its printed total, that is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from purges_desktop.domain.model import BodyKind, Topic
from purges_desktop.domain.queries import cohort_figure, cohort_members, later_fate

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.model import Cohort, Figure, Statistic




@dataclass(frozen=True, slots=True)
class YearlySeries:
    """One column of a yearly table: a value (or ``None``: no data) per year."""

    key: str
    values: tuple[int | float | None, ...]


@dataclass(frozen=True, slots=True)
class YearlyTable:
    """A statistic with a ``year`` column, as series over its years.

    Attributes:
        statistic: the record (title, what it counts, note, sources).
        years: the years, in order.
        series: every other column.
        mismatches: ``(column key, sum of the rows, printed total)`` where the rows do not add up to the total.
    """

    statistic: Statistic
    years: tuple[int, ...]
    series: tuple[YearlySeries, ...]
    mismatches: tuple[tuple[str, float, float], ...]


def yearly_tables(ds: Dataset) -> list[YearlyTable]:
    """Every statistic that has a ``year`` column, as series (in data order)."""
    tables = []
    for stat in ds.records.statistics:
        keys = [c.key for c in stat.columns]
        if "year" not in keys:
            continue
        rows = [dict(row) for row in stat.rows]
        years = tuple(int(r["year"]) for r in rows if isinstance(r.get("year"), int | float))
        rows = [r for r in rows if isinstance(r.get("year"), int | float)]
        series = tuple(YearlySeries(k, tuple(r.get(k) for r in rows)) for k in keys if k != "year")
        mismatches = []
        for key, printed in stat.printed_totals:
            total = sum(v for v in (r.get(key) for r in rows) if isinstance(v, int | float))
            if total != printed:
                mismatches.append((key, total, printed))
        tables.append(YearlyTable(stat, years, series, tuple(mismatches)))
    return tables


def figures_on(ds: Dataset, topic: Topic) -> list[Figure]:
    """The published figures of one topic, in data order."""
    return [f for f in ds.records.figures if f.topic == topic]


@dataclass(frozen=True, slots=True)
class Seat:
    """One seat of an elected body: who held it (``person`` "" when the data does not yet record who)."""

    person: str
    fate: str  # a later-fate key (domain.queries.later_fate), or "" for an unrecorded seat
    candidate: bool


def cohort_seats(ds: Dataset) -> tuple[Cohort | None, list[Seat]]:
    """The seats of the cohort the data's figures count (the Central Committee elected in 1934): each recorded
    member, then candidate, with their later fate, then as many unrecorded seats as the published size
    (``cohort.seats``) leaves. ``(None, [])`` when no figure names a cohort."""
    figure = cohort_figure(ds)
    if figure is None or figure.cohort is None:
        return None, []
    cohort = figure.cohort
    people = cohort_members(ds, cohort.body, cohort.cohort)
    roles = {m.person: m.role.value for m in ds.memberships_of_body(cohort.body) if m.cohort == cohort.cohort}
    recorded = [Seat(pid, later_fate(ds.people[pid]), roles.get(pid) == "candidate")
                for pid in people if pid in ds.people]
    recorded.sort(key=lambda s: s.candidate)
    return cohort, recorded + [Seat("", "", False)] * max(0, (cohort.seats or 0) - len(recorded))


#: The tag people of the armed forces carry in the data.
MILITARY_TAG = "military"


def military_people(ds: Dataset) -> list[str]:
    """People of the armed forces: tagged ``military`` or holding a post in a military organ, in data order."""
    military = {b.id for b in ds.records.bodies if b.kind == BodyKind.MILITARY}
    posted = {m.person for m in ds.records.memberships if m.body in military}
    return [p.id for p in ds.records.people if MILITARY_TAG in p.tags or p.id in posted]
