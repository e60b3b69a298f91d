# SPDX-License-Identifier: GPL-3.0-or-later
"""Comparisons a student asks for: who sat in each organ on one date and was gone by another (and why), two people
side by side, and the tables a view shows written out as CSV.

Everything here is computed from the data (no Qt); the views lay it out and the application writes the files.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.model import Event, Fate
from purges_desktop.domain.queries import chart_bodies, chart_on, key_dates, key_day

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from purges_desktop.domain.dataset import Dataset, TrialRole
    from purges_desktop.domain.model import Body, Membership, Person, Trial

Day = tuple[int, int, int]
#: The last day any open-ended post can be counted to (the period the app covers ends in 1953).
_PERIOD_END: Day = (1953, 12, 31)


@dataclass(frozen=True, slots=True)
class OrganChange:
    """One organ between two dates.

    Attributes:
        body: the organ.
        stayed: the posts of the people in it on both dates (as held on the second date).
        left: the posts of the people in it on the first date only (as held then): read the post's end and the
            person's fate to say why (:func:`departure`).
        came: the posts of the people in it on the second date only.
    """

    body: Body
    stayed: tuple[Membership, ...]
    left: tuple[Membership, ...]
    came: tuple[Membership, ...]

    @property
    def unchanged(self) -> bool:
        """True when nobody left and nobody came."""
        return not (self.left or self.came)


def compare_dates(ds: Dataset, first: Day, second: Day, bodies: Sequence[str] | None = None) -> list[OrganChange]:
    """Each organ of the chart (or of ``bodies``) on ``first`` against ``second``: who stayed, left and came, as
    the organisation chart draws the two days (one post per person and organ). Organs with nobody on either day are
    left out; the order is the chart's."""
    ids = list(bodies) if bodies is not None else [b.id for b in chart_bodies(ds)]
    on_first = dict(chart_on(ds, first, bodies=tuple(ids)))
    on_second = dict(chart_on(ds, second, bodies=tuple(ids)))
    out = []
    for body_id in ids:
        a = {m.person: m for m in on_first.get(body_id, ())}
        b = {m.person: m for m in on_second.get(body_id, ())}
        if not a and not b:
            continue
        out.append(OrganChange(
            body=ds.bodies[body_id],
            stayed=tuple(m for pid, m in b.items() if pid in a),
            left=tuple(m for pid, m in a.items() if pid not in b),
            came=tuple(m for pid, m in b.items() if pid not in a),
        ))
    return out


@dataclass(frozen=True, slots=True)
class Departure:
    """Why someone was no longer in an organ on the second date, as far as the data says.

    Attributes:
        ended: the day the post ended, if recorded.
        reason: the recorded reason (``EndReason`` value), or "" when the data gives none.
        fate: the person's fate.
        died: the person's date of death, if recorded.
        died_before: True when the person was dead by the second date (the fate is then the reason).
    """

    ended: PartialDate | None
    reason: str
    fate: Fate
    died: PartialDate | None
    died_before: bool


def departure(ds: Dataset, m: Membership, second: Day) -> Departure:
    """Why the holder of ``m`` (a post held on the first date) was gone by ``second``."""
    person = ds.people.get(m.person)
    died = person.died.date if person is not None else None
    return Departure(
        ended=m.end,
        reason=m.end_reason.value if m.end_reason is not None else "",
        fate=person.fate if person is not None else Fate.UNKNOWN,
        died=died,
        died_before=died is not None and died.latest() <= second,
    )


def comparison_pairs(ds: Dataset) -> list[tuple[Event, Event]]:
    """Pairs of key dates worth comparing, from the data: each key date with the next one, and each with the key
    date it names as ``compare_with`` (the 17th Party Congress with the 18th), in date order, without repeats."""
    keys = key_dates(ds)
    by_id = {e.id: e for e in ds.records.events}
    pairs = list(itertools.pairwise(keys))
    pairs += [(e, by_id[e.compare_with]) for e in keys if e.compare_with in by_id]
    pairs = [(a, b) for a, b in pairs if key_day(a) < key_day(b)]
    return sorted(dict.fromkeys(pairs), key=lambda p: (key_day(p[0]), key_day(p[1])))


#: The columns of :func:`comparison_rows`.
COMPARISON_HEADER = ("organ", "organ_id", "change", "person", "person_id", "post_on_first_date",
                     "post_on_second_date", "post_ended", "end_reason", "fate", "died")


def comparison_table(ds: Dataset, changes: Iterable[OrganChange], second: Day,
                     lang: str) -> tuple[tuple[str, ...], list[list[str]]]:
    """The comparison as a table (:data:`COMPARISON_HEADER` and rows): one row per person and organ, ``change``
    being ``stayed``, ``left`` or ``came``; names in ``lang``, codes (fates, reasons) as in the data files."""
    rows = []
    for change in changes:
        organ = change.body.name.get(lang)
        for status, posts in (("stayed", change.stayed), ("left", change.left), ("came", change.came)):
            for m in posts:
                person = ds.people.get(m.person)
                title = m.title.get(lang) or m.role.value
                row = [organ, change.body.id, status, person.name.get(lang) if person else m.person, m.person,
                       title if status != "came" else "", title if status != "left" else ""]
                if status == "left":
                    why = departure(ds, m, second)
                    row += [why.ended.iso() if why.ended else "", why.reason, why.fate.value,
                            why.died.iso() if why.died else ""]
                else:
                    died = person.died.date if person is not None else None
                    row += ["", "", person.fate.value if person else "", died.iso() if died else ""]
                rows.append(row)
    return COMPARISON_HEADER, rows


@dataclass(frozen=True, slots=True)
class SharedPost:
    """Two people in one organ at the same time.

    Attributes:
        body: the organ's id.
        start: the first day both sat in it.
        end: the last day both sat in it (the end of the period covered when both posts were still open).
    """

    body: str
    start: Day
    end: Day


@dataclass(frozen=True, slots=True)
class PeopleComparison:
    """Two people side by side: their shared organs (with the overlap) and shared trials (with each one's role).

    Attributes:
        first: the first person.
        second: the second person.
        shared_posts: organs both sat in at the same time, in date order.
        shared_trials: trials both took part in: ``(trial, first's role, second's role)``.
        axis: the years the two lives and their posts span (``(from, to)``), for drawing them on one axis.
    """

    first: Person
    second: Person
    shared_posts: tuple[SharedPost, ...]
    shared_trials: tuple[tuple[Trial, TrialRole, TrialRole], ...]
    axis: tuple[int, int]


def _span(ds: Dataset, m: Membership) -> tuple[Day, Day] | None:
    """The days a post may cover: from its first possible day to its last (or the holder's death, or 1953)."""
    if m.start is None:
        return None
    end = m.end.latest() if m.end is not None else m.start.latest() if m.end_unknown else _PERIOD_END
    person = ds.people.get(m.person)
    if person is not None and person.died.date is not None:
        end = min(end, person.died.date.latest())
    return m.start.earliest(), end


def compare_people(ds: Dataset, first: str, second: str) -> PeopleComparison:
    """Two people (ids) side by side; raises ``KeyError`` for an id that is not in the data."""
    a, b = ds.people[first], ds.people[second]
    shared: dict[tuple[str, Day, Day], SharedPost] = {}
    for ma in ds.posts_of(first):
        span_a = _span(ds, ma)
        if span_a is None:
            continue
        for mb in ds.posts_of(second):
            span_b = _span(ds, mb) if mb.body == ma.body else None
            if span_b is None:
                continue
            start, end = max(span_a[0], span_b[0]), min(span_a[1], span_b[1])
            if start <= end:
                shared.setdefault((ma.body, start, end), SharedPost(ma.body, start, end))
    merged: list[SharedPost] = []
    for s in sorted(shared.values(), key=lambda s: (s.body, s.start)):
        last = merged[-1] if merged else None
        if last is not None and last.body == s.body and _next_day(last.end) >= s.start:
            merged[-1] = SharedPost(s.body, last.start, max(last.end, s.end))  # one stretch, not one per post
        else:
            merged.append(s)
    roles_b = {t.id: role for t, role in ds.trials_of(second)}
    trials = tuple((t, role, roles_b[t.id]) for t, role in ds.trials_of(first) if t.id in roles_b)
    return PeopleComparison(a, b, tuple(sorted(merged, key=lambda s: (s.start, s.body))), trials,
                            _axis(ds, (a, b)))


def _next_day(day: Day) -> Day:
    """The day after (by the calendar; ``(y, m, 32)`` stands for the first of the next month, which compares
    right)."""
    return day[0], day[1], day[2] + 1


def _axis(ds: Dataset, people: Iterable[Person]) -> tuple[int, int]:
    """The years from the earliest birth or post to the latest death or post of these people, within 1870–1991."""
    years = []
    for p in people:
        for d in (p.born.date, p.died.date):
            if d is not None:
                years.append(d.year)
        for m in ds.posts_of(p.id):
            years += [d.year for d in (m.start, m.end) if d is not None]
    if not years:
        return 1917, 1953
    return max(1870, min(years)), min(1991, max(max(years), min(years) + 1))

