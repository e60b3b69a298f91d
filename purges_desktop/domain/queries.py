# SPDX-License-Identifier: GPL-3.0-or-later
"""Questions the views ask of a Dataset: filtering people, a person's highest post, outcome summaries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from purges_desktop.domain.dataset import Dataset
from purges_desktop.domain.global_search import folded_keys
from purges_desktop.domain.model import ROLE_ORDER, Body, BodyKind, Event, Fate, Figure, Membership, Person, Role, Trial
from purges_desktop.domain.problems import UNKNOWN_ORIGIN
from purges_desktop.domain.search import SearchIndex, fold, name_keys

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from _typeshed import DataclassInstance

    from purges_desktop.domain.dates import PartialDate
    from purges_desktop.domain.model import Defendant

_ROLE_RANK = {
    Role.GENERAL_SECRETARY: 0, Role.HEAD: 1, Role.FIRST_DEPUTY: 2, Role.SECRETARY: 3, Role.MEMBER: 4,
    Role.DEPUTY: 5, Role.JUDGE: 6, Role.PROSECUTOR: 6, Role.CANDIDATE: 7,
}


def highest_post(ds: Dataset, person_id: str) -> Membership | None:
    """The weightiest membership a person ever held (by the body's ``rank``, then role, then earliest)."""
    posts = ds.posts_of(person_id)
    return min(posts, key=_post_weight(ds)) if posts else None


def highest_posts(ds: Dataset) -> dict[str, Membership]:
    """Everyone's :func:`highest_post`, at once (built with the data, off the GUI thread)."""
    weight = _post_weight(ds)
    return {p.id: min(posts, key=weight) for p in ds.records.people if (posts := ds.posts_of(p.id))}


def _post_weight(ds: Dataset) -> Callable[[Membership], tuple[int, int, int, tuple[int, int, int]]]:
    """The sort key of a post: its body's rank (bodies without one after all ranked ones), role, start."""
    ranks = {b.id: b.rank for b in ds.records.bodies if b.rank is not None}

    def weight(m: Membership) -> tuple[int, int, int, tuple[int, int, int]]:
        rank = ranks.get(m.body)
        return (rank is None, rank or 0, _ROLE_RANK.get(m.role, 9),
                m.start.sort_key() if m.start else (9999, 0, 0))
    return weight


def person_text(p: Person) -> str:
    """A person's biography, occupation, note and places in both languages, folded for search."""
    return fold(" ".join((*p.bio.all_text(), *p.occupation.all_text(), *p.note.all_text(),
                          *p.born.place.all_text(), *p.died.place.all_text())))


def person_names(p: Person) -> list[str]:
    """A person's folded name keys (names, surnames and aliases in every script), as the search index takes them."""
    return name_keys([*p.name.all_text(), *p.surname.all_text(), *p.aliases])


def event_text(e: Event) -> str:
    """An event's title and summary in both languages, folded for the Timeline's search."""
    return fold(" ".join((*e.title.all_text(), *e.summary.all_text())))


def search_texts(sections: Mapping[str, Iterable[object]]) -> dict[str, list[str]]:
    """The folded search texts of one file's records (the data cache keeps them with the records, so that a warm
    start or a one-file reload folds only what changed): ``name:<person id>`` the name keys, ``text:<person id>``
    the :func:`person_text`, ``event:<event id>`` the :func:`event_text`, and the global search's keys of people
    and events (:func:`~purges_desktop.domain.global_search.folded_keys`). The first record of an id wins."""
    out: dict[str, list[str]] = folded_keys(sections)
    for p in sections.get("people", ()):
        if isinstance(p, Person):
            out.setdefault(f"name:{p.id}", person_names(p))
            out.setdefault(f"text:{p.id}", [person_text(p)])
    for e in sections.get("events", ()):
        if isinstance(e, Event):
            out.setdefault(f"event:{e.id}", [event_text(e)])
    return out


def person_texts(ds: Dataset, folded: Mapping[str, list[str]] | None = None) -> dict[str, str]:
    """Each person's :func:`person_text` (built once per load, off the GUI thread); taken from ``folded``
    (:func:`search_texts` of the files) where it is there."""
    folded = folded or {}
    return {p.id: t[0] if (t := folded.get(f"text:{p.id}")) else person_text(p) for p in ds.records.people}


def event_texts(ds: Dataset, folded: Mapping[str, list[str]] | None = None) -> dict[str, str]:
    """Each event's :func:`event_text`, taken from ``folded`` where it is there."""
    folded = folded or {}
    return {e.id: t[0] if (t := folded.get(f"event:{e.id}")) else event_text(e) for e in ds.records.events}


def person_search_index(ds: Dataset, folded: Mapping[str, list[str]] | None = None) -> SearchIndex:
    """A search index over every person's names and aliases, in all scripts. Build once per load; the name keys
    are taken from ``folded`` (:func:`search_texts` of the files) where they are there."""
    folded = folded or {}
    return SearchIndex.from_keys([(p.id, keys if (keys := folded.get(f"name:{p.id}")) is not None
                                   else person_names(p)) for p in ds.records.people])


#: From this many people on, a one-letter search waits for the second letter.
LARGE_DATASET = 20_000


def effective_search(text: str, population: int) -> str:
    """The search text that is actually run: in a huge dataset one letter matches nearly everyone, so searching
    starts at the second letter (which keeps typing smooth); smaller datasets search from the first."""
    if population > LARGE_DATASET and len("".join(text.split())) < 2:
        return ""
    return text


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """What the People list is filtered by. Empty fields do not filter.

    Attributes:
        text: the search box.
        fates: keep people with one of these fates.
        organ: a body id, or ``kind:<body kind>`` for every body of a kind (``kind:police``).
        trial: a trial id: keep the people who took part in it in any role.
        in_post_on: ``(y, m, d)``: keep people holding any post of ``organ`` (or any post) on that day.
        in_texts: the search also finds the words in biographies, occupations, notes and places.
    """

    text: str = ""
    fates: frozenset[Fate] = field(default_factory=frozenset)
    organ: str = ""
    trial: str = ""
    in_post_on: tuple[int, int, int] | None = None
    in_texts: bool = False

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return not (self.text.strip() or self.fates or self.organ or self.trial or self.in_post_on)


def filter_people(ds: Dataset, index: SearchIndex, f: PeopleFilter,
                  texts: dict[str, str] | None = None) -> set[str] | None:
    """Ids of the people that pass ``f``; ``None`` means everyone (no filter at all). ``texts`` are the people's
    folded texts (:func:`person_texts`), searched as well when ``f.in_texts``."""
    if f.is_empty:
        return None
    found = index.search(f.text) if f.text.strip() else None
    if found is not None and f.in_texts and texts:
        words = fold(f.text).split()
        found = set(found) | {pid for pid, text in texts.items() if all(w in text for w in words)}
    ids: set[str] = set(found) if found is not None else set(ds.people)
    if f.fates:
        ids = {i for i in ids if ds.people[i].fate in f.fates}
    if f.organ or f.in_post_on:
        ids &= _people_in_organ(ds, f.organ, f.in_post_on)
    if f.trial:
        trial = ds.trials.get(f.trial)
        ids = {i for i in ids if any(t.id == f.trial for t, _ in ds.trials_of(i))} if trial else set()
    return ids


def _people_in_organ(ds: Dataset, organ: str, day: tuple[int, int, int] | None) -> set[str]:
    """People who held a post in the organ (a body id, ``kind:<kind>``, or any when empty), on ``day`` if given.

    Goes through the per-organ index, so the cost is the number of posts of those organs, not of people.
    """
    if organ.startswith("kind:"):
        bodies = [b.id for b in ds.records.bodies if b.kind.value == organ[5:]]
    else:
        bodies = [organ] if organ else list(ds.bodies)
    out: set[str] = set()
    for body in bodies:
        if day is None:
            out |= ds.holders_of(body)
        else:
            out.update(m.person for m in ds.members_on(body, day))
    if organ.startswith("kind:") and day is None:
        # People of a kind with no membership recorded (a commander, say) are still found by their tags.
        out |= ds.people_tagged(organ[5:])
    return out


class LaterFate(StrEnum):
    """What became of a person, as the organisation chart colours it: each :class:`Fate` (same values), and
    ``survived_repression`` (arrested, sentenced or exiled, and then a natural death)."""

    EXECUTED = "executed"
    DIED_IN_CUSTODY = "died_in_custody"
    MURDERED = "murdered"
    SUICIDE = "suicide"
    KILLED_IN_ACTION = "killed_in_action"
    NATURAL_DEATH = "natural_death"
    UNKNOWN = "unknown"
    SURVIVED_REPRESSION = "survived_repression"


#: A "later fate" beyond the recorded fates: arrested, sentenced or exiled, and then a natural death.
SURVIVED_REPRESSION = LaterFate.SURVIVED_REPRESSION


class CustodyDeath(StrEnum):
    """How a defendant died in the state's hands."""

    SHOT = "shot"
    KILLED = "killed"
    DIED_IN_CUSTODY = "died_in_custody"


def death_in_custody(ds: Dataset, d: Defendant) -> tuple[CustodyDeath, PartialDate] | None:
    """How a defendant died in the state's hands, and when: ``SHOT`` after the court's sentence, or for one shot
    without a new sentence (the person's fate says so: Rakovsky); ``KILLED`` for one murdered in custody (Radek);
    ``DIED_IN_CUSTODY`` otherwise; ``None`` when neither date is recorded."""
    if d.executed:
        return CustodyDeath.SHOT, d.executed
    if d.died_in_custody:
        person = ds.people.get(d.person)
        fate = person.fate if person is not None else Fate.UNKNOWN
        kind = {Fate.EXECUTED: CustodyDeath.SHOT, Fate.MURDERED: CustodyDeath.KILLED}.get(
            fate, CustodyDeath.DIED_IN_CUSTODY)
        return kind, d.died_in_custody
    return None


def later_fate(person: Person) -> LaterFate:
    """What became of a person, as the organisation chart colours it: the fate, or ``SURVIVED_REPRESSION``."""
    if person.fate == Fate.NATURAL_DEATH and person.was_repressed:
        return LaterFate.SURVIVED_REPRESSION
    return LaterFate(person.fate.value)


def later_fate_counts(ds: Dataset, person_ids: Iterable[str]) -> list[tuple[LaterFate, int]]:
    """How many of these people met each later fate, largest first."""
    counts = Counter(later_fate(ds.people[i]) for i in person_ids if i in ds.people)
    return counts.most_common()


def cohort_members(ds: Dataset, body_id: str, cohort: str) -> list[str]:
    """The distinct people who held a seat of ``body_id`` from one election (``cohort``), in data order."""
    return list(dict.fromkeys(m.person for m in ds.memberships_of_body(body_id) if m.cohort == cohort))


def without_hidden(ds: Dataset) -> Dataset:
    """The dataset as the kiosk shows it: records flagged ``hide_in_kiosk`` and every link to them removed (a hidden
    person's list entries too, and their name among a list's signers or compilers; the list itself stays)."""
    r = ds.records
    hidden_people = {p.id for p in r.people if p.hide_in_kiosk}
    hidden_trials = {t.id for t in r.trials if t.hide_in_kiosk}
    if not hidden_people and not hidden_trials and not any(e.hide_in_kiosk for e in r.events):
        return ds
    trials = tuple(
        replace(t, defendants=tuple(d for d in t.defendants if d.person not in hidden_people),
                judges=tuple(j for j in t.judges if j not in hidden_people),
                presiding_judge="" if t.presiding_judge in hidden_people else t.presiding_judge,
                prosecutor="" if t.prosecutor in hidden_people else t.prosecutor,
                not_tried=tuple(n for n in t.not_tried if n.person not in hidden_people))
        for t in r.trials if t.id not in hidden_trials)
    events = tuple(
        replace(e, people=tuple(p for p in e.people if p not in hidden_people),
                trials=tuple(t for t in e.trials if t not in hidden_trials))
        for e in r.events if not e.hide_in_kiosk)
    shooting_lists = tuple(
        replace(sl, signed_by=tuple(p for p in sl.signed_by if p not in hidden_people),
                compiled_by=tuple(replace(c, person="") if c.person in hidden_people else c for c in sl.compiled_by))
        for sl in r.shooting_lists)
    records = replace(r, people=tuple(p for p in r.people if p.id not in hidden_people),
                      memberships=tuple(m for m in r.memberships if m.person not in hidden_people),
                      trials=trials, events=events, shooting_lists=shooting_lists,
                      list_entries=tuple(e for e in r.list_entries if e.person not in hidden_people))
    return Dataset(records=records, problems=ds.problems, geo=ds.geo)


@dataclass(frozen=True, slots=True)
class Changes:
    """How many records of one kind a reload added, removed and changed."""

    added: int = 0
    removed: int = 0
    changed: int = 0


def dataset_changes(old: Dataset, new: Dataset) -> dict[str, Changes]:
    """What a reload changed: ``{kind: Changes}`` for the kinds where anything did (a moved membership counts
    as one removed and one added)."""
    out: dict[str, Changes] = {}
    for kind in ("people", "bodies", "trials", "events", "sources", "shooting_lists", "eras", "statistics",
                 "figures"):
        before = _by_id(old, kind)
        after = _by_id(new, kind)
        added = len(after.keys() - before.keys())
        removed = len(before.keys() - after.keys())
        # A reload reuses the very records of the files that were not saved: those are skipped by identity.
        changed = sum(1 for k in after.keys() & before.keys()
                      if after[k] is not before[k] and _strip(after[k]) != _strip(before[k]))
        if added or removed or changed:
            out[kind] = Changes(added=added, removed=removed, changed=changed)
    for kind in ("memberships", "list_entries"):  # records without an id of their own
        old_records, new_records = getattr(old.records, kind), getattr(new.records, kind)
        shared = {id(r) for r in old_records} & {id(r) for r in new_records}
        old_set = {_strip(r) for r in old_records if id(r) not in shared}
        new_set = {_strip(r) for r in new_records if id(r) not in shared}
        if old_set != new_set:  # count as sets of all the records (a shared record may equal a removed one)
            old_set, new_set = {_strip(r) for r in old_records}, {_strip(r) for r in new_records}
        if old_set != new_set:
            out[kind] = Changes(added=len(new_set - old_set), removed=len(old_set - new_set))
    return out


def _by_id(ds: Dataset, kind: str) -> dict[str, DataclassInstance]:
    index = getattr(ds, kind, None)
    if isinstance(index, dict):
        return index
    return {record.id: record for record in getattr(ds.records, kind)}


def _strip(record: DataclassInstance) -> DataclassInstance:
    # Moving a record within its file is not a change of content.
    if isinstance(record, Trial):
        record = replace(record, defendants=tuple(replace(d, origin=UNKNOWN_ORIGIN) for d in record.defendants))
    return replace(record, origin=UNKNOWN_ORIGIN) if hasattr(record, "origin") else record


def chart_bodies(ds: Dataset) -> tuple[Body, ...]:
    """The organs of the organisation chart, in the order they are drawn: the bodies with a ``chart`` position,
    by position (ties in file order). The chart, its text list and the People tab's organ filter all use this.

    A dataset that charts no body at all (a new or test dataset) charts every body, in file order.
    """
    bodies = ds.records.bodies
    charted = [b for b in bodies if b.chart is not None]
    if not charted:
        return bodies
    return tuple(sorted(charted, key=lambda b: b.chart if b.chart is not None else 0))


def _role_index(m: Membership) -> int:
    return ROLE_ORDER.index(m.role)


def chart_on(ds: Dataset, day: tuple[int, int, int], lang: str = "en",
             bodies: tuple[str, ...] | None = None) -> list[tuple[str, list[Membership]]]:
    """Who sat in each organ on ``day``: ``[(body id, memberships)]`` for organs with anyone (``bodies``, or
    :func:`chart_bodies`), in a stable order (by role, then surname), one membership per person and organ (the
    weightiest)."""
    out = []
    for body_id in bodies if bodies is not None else (b.id for b in chart_bodies(ds)):
        if body_id not in ds.bodies:
            continue
        best: dict[str, Membership] = {}
        for m in ds.members_on(body_id, day):
            current = best.get(m.person)
            if current is None or _role_index(m) < _role_index(current):
                best[m.person] = m
        held = sorted(best.values(), key=lambda m: (_role_index(m), ds.people[m.person].sort_name(lang)))
        if held:
            out.append((body_id, held))
    return out


def police_line(ds: Dataset) -> tuple[str, ...]:
    """The secret police line (Cheka to MVD): every body of kind ``police``, in order of foundation."""
    police = [b for b in ds.records.bodies if b.kind is BodyKind.POLICE]
    return tuple(b.id for b in sorted(police, key=lambda b: b.start.sort_key() if b.start else (9999, 0, 0)))


def police_chiefs(ds: Dataset) -> list[Membership]:
    """Every head of the secret police line (:func:`police_line`), in order of appointment."""
    heads = [m for b in police_line(ds) for m in ds.memberships_of_body(b) if m.role == Role.HEAD and m.start]
    return sorted(heads, key=lambda m: m.start.sort_key() if m.start is not None else (0, 0, 0))


def cohort_figure(ds: Dataset) -> Figure | None:
    """The published figure that names a cohort of seats (``cohort:``) with members in the data: the organisation
    tab sets the cohort's fates, counted from the data, beside it. The first such figure in file order, or
    ``None`` (then the tab shows no cohort summary)."""
    return next((f for f in ds.records.figures
                 if f.cohort is not None and cohort_members(ds, f.cohort.body, f.cohort.cohort)), None)


def key_dates(ds: Dataset) -> list[Event]:
    """The events flagged ``key_date``, in date order: the organisation tab offers them as dates to jump to."""
    return [e for e in ds.events_sorted() if e.key_date]


def key_day(event: Event) -> tuple[int, int, int]:
    """The day a key date shows: the last day of the event (a congress is shown once it has elected its organs),
    or its first possible day when it has no end."""
    return event.end.latest() if event.end is not None else event.date.earliest()
