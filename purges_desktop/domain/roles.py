# SPDX-License-Identifier: GPL-3.0-or-later
"""Who did what: a person's part in carrying out the repression, derived from the data alone.

The organisation chart and the People list colour everyone by what happened to them later; Yezhov, Yagoda and
Beria were shot like many of the people they had arrested. This module says, from the records already in the
dataset, who ran the machinery of repression, so that the views can show it beside the fate:

- a post in a body of kind ``police`` (the Cheka, GPU, OGPU, NKVD, NKGB, MGB, MVD): its head is a
  :attr:`~RepressionRoleKind.POLICE_CHIEF`, every other post a :attr:`~RepressionRoleKind.POLICE_OFFICER`;
- a post in a body of kind ``judicial``: a prosecutor's when the body is a procuracy (:data:`PROSECUTING_BODIES`)
  or the post's role is ``prosecutor``, a judge's otherwise (the Military Collegium);
- a seat on the bench of a trial (``presiding_judge``, ``judges``): :attr:`~RepressionRoleKind.JUDGE`;
  the trial's ``prosecutor``: :attr:`~RepressionRoleKind.PROSECUTOR`;
- a signature on one of Stalin's shooting lists (``signed_by``): :attr:`~RepressionRoleKind.LIST_SIGNATORY`;
- a list submitted (``compiled_by`` with a person id): :attr:`~RepressionRoleKind.LIST_COMPILER`.

Nothing is guessed: a person has a role only where a record says so, and the dates are those of the records. The
data has no troika records (the regional NKVD troikas of 1937–38 are described in events and statistics, not as
bodies with members); a body of kind ``police`` added for them would count like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from purges_desktop.domain.dataset import TrialRole
from purges_desktop.domain.model import BodyKind, Role

if TYPE_CHECKING:
    from collections.abc import Iterable

    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.dates import PartialDate

#: Judicial bodies whose staff prosecute rather than judge (by body id).
PROSECUTING_BODIES = frozenset({"procuracy"})


class RepressionRoleKind(StrEnum):
    """A kind of part in carrying out the repression, in the order a page lists them."""

    POLICE_CHIEF = "police_chief"
    POLICE_OFFICER = "police_officer"
    JUDGE = "judge"
    PROSECUTOR = "prosecutor"
    LIST_SIGNATORY = "list_signatory"
    LIST_COMPILER = "list_compiler"


@dataclass(frozen=True, slots=True)
class RepressionRole:
    """One kind of part a person took, over all the records that show it.

    Attributes:
        kind: what the person did.
        start: the earliest date of those records (``None`` when none of them is dated).
        end: the latest date (``None`` when unknown or still open).
        bodies: the bodies (ids) of the posts behind it, in order of first appointment.
        trials: the trials (ids) behind it, in date order.
        lists: the shooting lists (ids) behind it, in the lists' order.
    """

    kind: RepressionRoleKind
    start: PartialDate | None = None
    end: PartialDate | None = None
    bodies: tuple[str, ...] = ()
    trials: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()


@dataclass(slots=True)
class _Pile:
    """The records of one kind of role, while they are gathered."""

    starts: list[PartialDate]
    ends: list[PartialDate]
    bodies: dict[str, None]
    trials: dict[str, None]
    lists: dict[str, None]


def perpetrator_roles(ds: Dataset, person_id: str) -> tuple[RepressionRole, ...]:
    """A person's parts in carrying out the repression, one per kind, earliest first; ``()`` for none."""
    compiled = [sl.id for sl in ds.shooting_lists.values() if any(c.person == person_id for c in sl.compiled_by)]
    return _roles_of(ds, person_id, compiled)


def perpetrator_index(ds: Dataset) -> dict[str, tuple[RepressionRole, ...]]:
    """:func:`perpetrator_roles` of everyone who has any, in one pass over the lists (for tables and charts)."""
    compiled: dict[str, list[str]] = {}
    for sl in ds.shooting_lists.values():
        for c in sl.compiled_by:
            if c.person:
                compiled.setdefault(c.person, []).append(sl.id)
    out = {}
    for person in ds.records.people:
        roles = _roles_of(ds, person.id, compiled.get(person.id, []))
        if roles:
            out[person.id] = roles
    return out


def _roles_of(ds: Dataset, person_id: str, compiled: Iterable[str]) -> tuple[RepressionRole, ...]:
    piles: dict[RepressionRoleKind, _Pile] = {}

    def add(kind: RepressionRoleKind, start: PartialDate | None, end: PartialDate | None) -> _Pile:
        pile = piles.setdefault(kind, _Pile([], [], {}, {}, {}))
        if start is not None:
            pile.starts.append(start)
        if end is not None or start is not None:
            pile.ends.append(end or start)  # type: ignore[arg-type]
        return pile

    for m in ds.posts_of(person_id):
        body = ds.bodies.get(m.body)
        kind = _post_kind(body.kind if body else None, m.body, m.role)
        if kind is not None:
            add(kind, m.start, m.end).bodies[m.body] = None
    for trial, role in ds.trials_of(person_id):
        if role in {TrialRole.PRESIDING_JUDGE, TrialRole.JUDGE}:
            add(RepressionRoleKind.JUDGE, trial.start, trial.end).trials[trial.id] = None
        elif role == TrialRole.PROSECUTOR:
            add(RepressionRoleKind.PROSECUTOR, trial.start, trial.end).trials[trial.id] = None
    for sl in ds.lists_signed_by(person_id):
        add(RepressionRoleKind.LIST_SIGNATORY, sl.date, sl.date).lists[sl.id] = None
    for list_id in compiled:
        sl = ds.shooting_lists[list_id]
        add(RepressionRoleKind.LIST_COMPILER, sl.date, sl.date).lists[list_id] = None
    roles = [
        RepressionRole(kind, min(p.starts, key=_first) if p.starts else None,
                       max(p.ends, key=_last) if p.ends else None,
                       tuple(p.bodies), tuple(p.trials), tuple(p.lists))
        for kind, p in piles.items()]
    order = list(RepressionRoleKind)
    roles.sort(key=lambda r: (_first(r.start) if r.start else (9999, 99, 99), order.index(r.kind)))
    return tuple(roles)


def _post_kind(body_kind: BodyKind | None, body_id: str, role: Role) -> RepressionRoleKind | None:
    """The part a post gives, or ``None`` for a post that is not in the machinery of repression."""
    if body_kind is BodyKind.POLICE:
        return RepressionRoleKind.POLICE_CHIEF if role == Role.HEAD else RepressionRoleKind.POLICE_OFFICER
    if body_kind is BodyKind.JUDICIAL:
        prosecuting = body_id in PROSECUTING_BODIES or role == Role.PROSECUTOR
        return RepressionRoleKind.PROSECUTOR if prosecuting else RepressionRoleKind.JUDGE
    return None


def _first(date: PartialDate) -> tuple[int, int, int]:
    return date.earliest()


def _last(date: PartialDate) -> tuple[int, int, int]:
    return date.latest()


def is_perpetrator(ds: Dataset, person_id: str) -> bool:
    """True when the person had any part in carrying out the repression (:func:`perpetrator_roles`)."""
    return bool(perpetrator_roles(ds, person_id))
