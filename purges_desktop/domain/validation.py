# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks across records, in the spirit of Gramps' "Verify the data".

Duplicate ids and dangling references are errors (the offending record or link is dropped, the rest is kept);
doubtful but possible data (a post held after death, overlapping holders of a single post) are warnings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol, TypeAlias, TypeVar

from purges_desktop.domain.dataset import Records
from purges_desktop.domain.links import Kind, parse_uri
from purges_desktop.domain.lists import TERROR_YEARS, CategoryCounts, ListEntry, ListPart, ShootingList
from purges_desktop.domain.model import (
    SINGLE_HOLDER_ROLES,
    TOPIC_SECTIONS,
    Body,
    Defendant,
    Era,
    Event,
    Figure,
    Membership,
    Person,
    SentenceKind,
    Source,
    Statistic,
    Story,
    Term,
    Trial,
)
from purges_desktop.domain.problems import Origin, Problem, Severity
from purges_desktop.domain.sources import host_of, mirror_of, missing_parts

if TYPE_CHECKING:
    from collections.abc import Callable

    from purges_desktop.domain.dates import PartialDate
    from purges_desktop.domain.model import SourceRef


@dataclass(frozen=True, slots=True)
class RawRecords:
    """The records as read from the files, before the checks: duplicate ids and dangling references still in.

    Storage builds this; :func:`check` turns it into :class:`~purges_desktop.domain.dataset.Records`.
    """

    people: tuple[Person, ...] = ()
    bodies: tuple[Body, ...] = ()
    memberships: tuple[Membership, ...] = ()
    trials: tuple[Trial, ...] = ()
    events: tuple[Event, ...] = ()
    eras: tuple[Era, ...] = ()
    sources: tuple[Source, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    figures: tuple[Figure, ...] = ()
    shooting_lists: tuple[ShootingList, ...] = ()
    list_entries: tuple[ListEntry, ...] = ()
    stories: tuple[Story, ...] = ()
    terms: tuple[Term, ...] = ()


class _Identified(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def origin(self) -> Origin: ...


class _Cited(Protocol):
    @property
    def sources(self) -> tuple[SourceRef, ...]: ...

    @property
    def origin(self) -> Origin: ...


R = TypeVar("R", bound=_Identified)
#: ``known(kind, ref, origin, where)``: is ``ref`` the id of a record of ``kind``? (An error if not.)
_Known: TypeAlias = "Callable[[str, str, Origin, str], bool]"


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, origin: Origin, message: str, code: str) -> None:
        self.problems.append(Problem(origin, Severity.ERROR, message, code))

    def warn(self, origin: Origin, message: str, code: str) -> None:
        self.problems.append(Problem(origin, Severity.WARNING, message, code))

    def unique(self, records: tuple[R, ...], kind: str) -> list[R]:
        seen: dict[str, Origin] = {}
        out: list[R] = []
        for rec in records:
            rid, origin = rec.id, rec.origin
            if rid in seen:
                self.error(origin, f"duplicate {kind} id {rid!r} (first defined at {seen[rid]}); "
                           "this record is skipped", "duplicate-id")
                continue
            seen[rid] = origin
            out.append(rec)
        return out


def check(raw: RawRecords) -> tuple[Records, list[Problem]]:
    """Check records read from the files and return the usable ones with every problem found."""
    c = _Checker()
    people = c.unique(raw.people, "person")
    bodies = c.unique(raw.bodies, "body")
    trials = c.unique(raw.trials, "trial")
    events = c.unique(raw.events, "event")
    eras = c.unique(raw.eras, "era")
    sources = c.unique(raw.sources, "source")
    for source in sources:
        _check_source(c, source)
    statistics = c.unique(raw.statistics, "statistic")
    figures = c.unique(raw.figures, "figure")
    shooting_lists = c.unique(raw.shooting_lists, "shooting list")
    stories = c.unique(raw.stories, "story")
    terms = c.unique(raw.terms, "term")
    ids = {
        "person": {p.id for p in people}, "body": {b.id for b in bodies},
        "trial": {t.id for t in trials}, "source": {s.id for s in sources},
        "event": {e.id for e in events},
    }

    def known(kind: str, ref: str, origin: Origin, where: str) -> bool:
        if ref in ids[kind]:
            return True
        c.error(origin, f"{where} refers to unknown {kind} {ref!r}", "unknown-reference")
        return False

    cited: list[_Cited] = [*people, *bodies, *trials, *events, *eras, *statistics, *figures, *shooting_lists,
                           *raw.memberships, *raw.list_entries, *stories,
                           *(card for story in stories for card in story.cards), *terms]
    for rec in cited:
        for ref in rec.sources:
            known("source", ref.source, rec.origin, "a citation")
    for body in bodies:
        for attr in ("parent", "predecessor", "successor"):
            ref_id: str = getattr(body, attr)
            if ref_id:
                known("body", ref_id, body.origin, f"{attr} of body {body.id!r}")
    bodies = _break_parent_cycles(c, bodies)
    figures = [replace(f, cohort=None)
               if f.cohort is not None
               and not known("body", f.cohort.body, f.origin, f"the cohort of figure {f.id!r}")
               else f for f in figures]
    memberships = [m for m in raw.memberships
                   if known("person", m.person, m.origin, "membership")
                   and known("body", m.body, m.origin, "membership")]
    trials = [_check_trial(c, t, known) for t in trials]
    events = [_check_event(c, e, known) for e in events]
    by_id = {p.id: p for p in people}
    for person in people:
        _check_person(c, person)
    body_by_id = {b.id: b for b in bodies}
    for m in memberships:
        _check_membership(c, m, by_id[m.person])
        body = body_by_id[m.body]
        if body.end is not None and m.start is not None and body.end.surely_before(m.start):
            c.error(m.origin, f"{m.role.value} of {m.body!r} held by {m.person!r} starts ({m.start}) after the "
                    f"organ was dissolved ({body.end})", "after-dissolution")
    _check_single_holders(c, memberships)
    _check_post_counts(c, memberships)
    for trial in trials:
        for d in trial.defendants:
            _check_defendant(c, trial, d, by_id.get(d.person))
    shooting_lists = [_check_list(c, sl, known) for sl in shooting_lists]
    list_entries = _check_entries(c, raw.list_entries, {sl.id: sl for sl in shooting_lists}, by_id, known)
    targets = {Kind.PERSON: ids["person"], Kind.BODY: ids["body"], Kind.TRIAL: ids["trial"],
               Kind.EVENT: {e.id for e in events}, Kind.LIST: {sl.id for sl in shooting_lists},
               Kind.SOURCE: ids["source"], Kind.STORY: {s.id for s in stories}, Kind.TERM: {t.id for t in terms},
               Kind.NUMBERS: set(TOPIC_SECTIONS.values())}
    stories = [_check_story(c, s, targets) for s in stories]
    terms = [_check_term(c, t, targets) for t in terms]
    _check_forms(c, terms)
    records = Records(
        people=tuple(people), bodies=tuple(bodies), memberships=tuple(memberships),
        trials=tuple(trials), events=tuple(events), eras=tuple(eras), sources=tuple(sources),
        statistics=tuple(statistics), figures=tuple(figures),
        shooting_lists=tuple(shooting_lists), list_entries=tuple(list_entries), stories=tuple(stories),
        terms=tuple(terms),
    )
    return records, c.problems


def _check_source(c: _Checker, s: Source) -> None:
    """A source cites the work (the author and year its kind needs) and not a mirror (see domain/sources.py)."""
    missing = missing_parts(s.kind, s.author, s.year)
    if missing and not s.incomplete.strip():
        assert s.kind is not None
        c.warn(s.origin, f"source {s.id!r} ({s.kind.value}) has no {' and no '.join(missing)}: give the work's, or "
               "say why not in 'incomplete: <reason>'", "source-incomplete")
    mirror = mirror_of(s.url)
    if mirror is not None and not s.mirror_ok.strip():
        c.warn(s.origin, f"source {s.id!r}: url is on {host_of(s.url)}, a known mirror ({mirror.kind.value}): cite "
               "the work's own address in url (or none) and the mirror in accessed_via, or say why not in "
               "'mirror_ok: <reason>'", "source-mirror")


def _check_trial(c: _Checker, trial: Trial, known: _Known) -> Trial:
    def ok(kind: str, ref: str, what: str) -> bool:
        return known(kind, ref, trial.origin, f"{what} of trial {trial.id!r}")

    defendants = tuple(d for d in trial.defendants
                       if known("person", d.person, d.origin, f"a defendant of {trial.id!r}"))
    court = trial.court if trial.court and ok("body", trial.court, "court") else ""
    presiding = (trial.presiding_judge
                 if trial.presiding_judge and ok("person", trial.presiding_judge, "presiding judge") else "")
    prosecutor = trial.prosecutor if trial.prosecutor and ok("person", trial.prosecutor, "prosecutor") else ""
    judges = tuple(j for j in trial.judges if ok("person", j, "judge"))
    not_tried = tuple(n for n in trial.not_tried if ok("person", n.person, "not-tried entry"))
    if trial.start and trial.end and trial.end.surely_before(trial.start):
        c.error(trial.origin, f"trial {trial.id!r} ends ({trial.end}) before it starts ({trial.start})",
                "end-before-start")
    seen: set[str] = set()
    for d in defendants:
        if d.person in seen:
            c.error(d.origin, f"{d.person!r} is listed twice as a defendant of {trial.id!r}", "duplicate-defendant")
        seen.add(d.person)
    return replace(trial, defendants=defendants, court=court, presiding_judge=presiding, prosecutor=prosecutor,
                   judges=judges, not_tried=not_tried)


def _break_parent_cycles(c: _Checker, bodies: list[Body]) -> list[Body]:
    """An organ cannot be inside itself: a ``parent:`` chain that comes back to where it started is an error at
    each organ of the loop, whose ``parent`` is then dropped (the chart would otherwise nest them forever)."""
    parent = {b.id: b.parent for b in bodies if b.parent}
    in_cycle: set[str] = set()
    for start in parent:
        seen: list[str] = []
        node = start
        while node in parent and node not in seen:
            seen.append(node)
            node = parent[node]
        if node in seen:
            in_cycle.update(seen[seen.index(node):])
    if not in_cycle:
        return bodies
    out = []
    for b in bodies:
        if b.id in in_cycle:
            loop = [b.id]
            while parent[loop[-1]] != b.id:
                loop.append(parent[loop[-1]])
            c.error(b.origin, f"body {b.id!r} is inside itself through its parents ({' → '.join([*loop, b.id])}); "
                    "its parent is ignored", "parent-cycle")
            b = replace(b, parent="")
        out.append(b)
    return out


#: More posts than this for one person is implausible for the period (the most in the bundled data is ten): warned,
#: and a person's page lists only the first few hundred (views/pages.py, ``MAX_ROWS``).
MAX_POSTS_PER_PERSON = 200


def _check_post_counts(c: _Checker, memberships: list[Membership]) -> None:
    """Warn about implausible numbers of posts: one person with hundreds, or the same post recorded twice (the same
    person, organ, role and start), once per person or post, at its first record."""
    first: dict[str, Membership] = {}
    per_person: Counter[str] = Counter()
    seen: dict[tuple[object, ...], Membership] = {}
    repeats: Counter[tuple[object, ...]] = Counter()
    for m in memberships:
        first.setdefault(m.person, m)
        per_person[m.person] += 1
        key = (m.person, m.body, m.role, m.start.sort_key() if m.start is not None else None)
        if key in seen:
            repeats[key] += 1
        else:
            seen[key] = m
    for pid, n in per_person.items():
        if n > MAX_POSTS_PER_PERSON:
            c.warn(first[pid].origin, f"{pid!r} holds {n:,} posts, more than anyone plausibly held in this period: "
                   f"check the data (the person's page lists the first few hundred)", "implausible-count")
    for key, n in repeats.items():
        m = seen[key]
        c.warn(m.origin, f"the {m.role.value} of {m.body!r} held by {m.person!r} from {m.start} is recorded "
               f"{n + 1:,} times; keep one record", "duplicate-post")


def _check_event(c: _Checker, event: Event, known: _Known) -> Event:
    def keep(kind: str, refs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(r for r in refs if known(kind, r, event.origin, f"event {event.id!r}"))

    if event.end and event.end.surely_before(event.date):
        c.error(event.origin, f"event {event.id!r} ends before it starts", "end-before-start")
    pair = event.compare_with
    if pair and not known("event", pair, event.origin, f"compare_with of event {event.id!r}"):
        pair = ""
    return replace(event, people=keep("person", event.people), bodies=keep("body", event.bodies),
                   trials=keep("trial", event.trials), compare_with=pair)


def _check_person(c: _Checker, p: Person) -> None:
    born, died = p.born.date, p.died.date
    if born and died and died.surely_before(born):
        c.error(p.origin, f"{p.id!r} died ({died}) before being born ({born})", "died-before-born")
    if born and died and died.year - born.year > 110:
        c.warn(p.origin, f"{p.id!r} would have lived {died.year - born.year} years: check the dates",
               "implausible-age")
    for step in p.repression:
        if step.date is None:
            continue
        if born and step.date.surely_before(born):
            c.error(p.origin, f"{step.type.value} of {p.id!r} ({step.date}) is before their birth",
                    "before-birth")
        if died and died.surely_before(step.date) and step.type.value not in {
                "rehabilitation", "party_reinstatement", "other"}:
            c.error(p.origin, f"{step.type.value} of {p.id!r} ({step.date}) is after their death ({died})",
                    "after-death")
    # A curator who checked and found no date writes `died: unknown`, which silences this.
    if p.fate.value == "executed" and died is None and not p.died.date_unknown:
        c.warn(p.origin, f"{p.id!r} is recorded as executed but has no date of death", "missing-death")


def _check_membership(c: _Checker, m: Membership, person: Person) -> None:
    label = f"{m.role.value} of {m.body!r} held by {m.person!r}"
    if m.start and m.end and m.end.surely_before(m.start):
        c.error(m.origin, f"{label} ends ({m.end}) before it starts ({m.start})", "end-before-start")
    born, died = person.born.date, person.died.date
    if born and m.start and m.start.surely_before(born):
        c.error(m.origin, f"{label} starts ({m.start}) before their birth ({born})", "before-birth")
    if died and m.start and died.surely_before(m.start):
        c.error(m.origin, f"{label} starts ({m.start}) after their death ({died})", "after-death")
    elif died and m.end and died.surely_before(m.end):
        c.warn(m.origin, f"{label} ends ({m.end}) after their death ({died})", "tenure-after-death")
    # An open post is read as held until death; a curator who knows it ended, but not when, writes `to: unknown`.
    if died and m.end is None and not m.end_unknown:
        c.warn(m.origin, f"{label} has no end although {m.person!r} died on {died}", "open-after-death")


def _check_single_holders(c: _Checker, memberships: list[Membership]) -> None:
    posts: dict[tuple[str, str], list[tuple[PartialDate, Membership]]] = defaultdict(list)
    for m in memberships:
        if m.role in SINGLE_HOLDER_ROLES and m.start is not None:
            posts[(m.body, m.role.value)].append((m.start, m))
    for (body, role), held in posts.items():
        held.sort(key=lambda start_m: start_m[0].sort_key())
        for (_, prev), (nxt_start, nxt) in pairwise(held):
            if prev.end_unknown:
                continue  # it ended at some unknown date: nothing to compare
            if prev.end is None or _overlaps(prev.end, nxt_start):
                c.warn(nxt.origin, f"{nxt.person!r} becomes {role} of {body!r} ({nxt.start}) while "
                       f"{prev.person!r} still holds it (until {prev.end or 'an open end'})", "overlapping-post")


def _overlaps(prev_end: PartialDate, next_start: PartialDate) -> bool:
    # Handing over on the same day is a succession, not an overlap.
    return next_start.latest() < prev_end.earliest()


def _check_defendant(c: _Checker, trial: Trial, d: Defendant, person: Person | None) -> None:
    verdict = d.sentence.date if d.sentence and d.sentence.date else trial.end
    if d.executed and verdict and d.executed.surely_before(verdict):
        c.error(d.origin, f"{d.person!r} executed ({d.executed}) before the verdict ({verdict})",
                "execution-before-verdict")
    if d.sentence and d.sentence.date and trial.start and d.sentence.date.surely_before(trial.start):
        c.error(d.origin, f"sentence of {d.person!r} ({d.sentence.date}) is before the trial began",
                "sentence-before-trial")
    if d.executed and d.sentence and d.sentence.kind != SentenceKind.DEATH:
        c.warn(d.origin, f"{d.person!r} has an execution date but a {d.sentence.kind.value} sentence",
               "execution-without-death-sentence")
    if person is not None and d.executed and person.died.date and (
            person.died.date.iso() != d.executed.iso()):
        c.warn(d.origin, f"{d.person!r} executed on {d.executed} in {trial.id!r} but their death is recorded "
               f"as {person.died.date}", "inconsistent-death")


def _check_list(c: _Checker, sl: ShootingList, known: _Known) -> ShootingList:
    """Signers and compilers must be people of the dataset; counts are not negative; a list of the 1937–38
    volumes is dated 1937–38."""
    where = f"shooting list {sl.id!r}"
    signed = tuple(p for p in sl.signed_by if known("person", p, sl.origin, f"signed_by of {where}"))
    if len(set(signed)) != len(signed):
        c.error(sl.origin, f"{where} names a signer twice in signed_by", "duplicate-signer")
        signed = tuple(dict.fromkeys(signed))
    compilers = tuple(
        replace(comp, person="") if comp.person and not known(
            "person", comp.person, sl.origin, f"compiled_by of {where}") else comp
        for comp in sl.compiled_by)
    parts = tuple(_check_part(c, sl, part) for part in sl.parts)
    if sl.of_terror_volumes and sl.date is not None and not (
            TERROR_YEARS[0] <= sl.date.year <= TERROR_YEARS[-1]):
        c.warn(sl.origin, f"{where} is in volume {sl.volume} of the 1937–38 lists but is dated {sl.date}",
               "list-date-outside-volume")
    return replace(sl, signed_by=signed, compiled_by=compilers, parts=parts)


def _check_part(c: _Checker, sl: ShootingList, part: ListPart) -> ListPart:
    counts = part.counts
    bad = [name for name in ("first", "second", "third") if getattr(counts, name) < 0]
    if not bad:
        return part
    c.error(sl.origin, f"part {part.number} of shooting list {sl.id!r} has a negative count "
            f"({', '.join(bad)}); it is read as 0", "negative-count")
    return replace(part, counts=CategoryCounts(*(max(0, getattr(counts, n)) for n in ("first", "second", "third"))))


_CATEGORY_FIELD = {1: "first", 2: "second", 3: "third"}


def _check_entries(c: _Checker, entries: tuple[ListEntry, ...], lists: dict[str, ShootingList],
                   people: dict[str, Person], known: _Known) -> list[ListEntry]:
    """Entries must name a known person and list, once per person and list; doubtful dates are warnings."""
    out: list[ListEntry] = []
    seen: dict[tuple[str, str], Origin] = {}
    for e in entries:
        if not known("person", e.person, e.origin, "a list entry"):
            continue
        sl = lists.get(e.list)
        if sl is None:
            c.error(e.origin, f"a list entry refers to unknown shooting list {e.list!r}", "unknown-reference")
            continue
        key = (e.person, e.list)
        if key in seen:
            c.error(e.origin, f"{e.person!r} is entered twice on {e.list!r} (first at {seen[key]}); this entry is "
                    "skipped", "duplicate-entry")
            continue
        seen[key] = e.origin
        died = people[e.person].died.date
        if died is not None and sl.date is not None and died.surely_before(sl.date):
            c.warn(e.origin, f"{e.person!r} is recorded as dead ({died}) before {e.list!r} is dated ({sl.date})",
                   "entry-after-death")
        if sl.parts and getattr(sl.counts, _CATEGORY_FIELD[e.category]) == 0:
            c.warn(e.origin, f"{e.person!r} is entered in category {e.category} on {e.list!r}, which counts no "
                   "names of that category", "entry-category")
        out.append(e)
    return out


def _link_target_missing(link: str, targets: dict[Kind, set[str]]) -> str:
    """Why a deep link of a story or term leads nowhere ("" when it leads to a record or view of the data)."""
    location = parse_uri(link)
    if location is None:
        return "it is not a deep link"
    if location.kind.is_view:
        if not location.id:
            return ""
        if location.kind is Kind.NUMBERS:
            return "" if location.id in targets[Kind.NUMBERS] else (
                f"the Numbers view has no section {location.id!r} (sections: "
                f"{', '.join(sorted(targets[Kind.NUMBERS]))})")
        return f"the {location.kind.value} view has no sections"
    return "" if location.id in targets.get(location.kind, set()) else f"there is no {location.kind.value} " \
        f"{location.id!r} in the data"


def _check_story(c: _Checker, story: Story, targets: dict[Kind, set[str]]) -> Story:
    """Each card's link must lead to a record of the data: a dangling one is an error and is dropped (the card
    still shows, without its Open button)."""
    cards = []
    for card in story.cards:
        why = _link_target_missing(card.link, targets) if card.link else ""
        if why:
            c.error(card.origin, f"this card of story {story.id!r} opens {card.link!r}, but {why}", "unknown-link")
            card = replace(card, link="")
        if card.link == f"story/{story.id}":
            c.warn(card.origin, f"this card of story {story.id!r} opens the story itself", "self-link")
        cards.append(card)
    return replace(story, cards=tuple(cards))


def _check_term(c: _Checker, term: Term, targets: dict[Kind, set[str]]) -> Term:
    """A term's ``see`` links must lead to records of the data; dangling ones are errors and dropped."""
    see = []
    for link in term.see:
        why = _link_target_missing(link, targets)
        if why:
            c.error(term.origin, f"see of term {term.id!r} links to {link!r}, but {why}", "unknown-link")
        else:
            see.append(link)
    return replace(term, see=tuple(see))


def _check_forms(c: _Checker, terms: list[Term]) -> None:
    """A surface form that two terms share can only link to one of them: a warning names both."""
    for lang in ("en", "ru"):
        owner: dict[str, str] = {}
        for term in terms:
            for form in term.forms(lang):
                first = owner.setdefault(form, term.id)
                if first != term.id:
                    c.warn(term.origin, f"{form!r} ({lang}) is a form of term {first!r} and of term {term.id!r}; "
                           f"in page text it links to {first!r} only", "shared-form")
