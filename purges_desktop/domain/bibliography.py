# SPDX-License-Identifier: GPL-3.0-or-later
"""The bibliography read backwards: for each source, the records that cite it; and the sources grouped by kind.

Pure functions of the records (no Qt). :class:`~purges_desktop.domain.dataset.Dataset` calls :func:`citing_records`
once, when it is made, and keeps the result (``Dataset.cited_by``): the dataset stays read-only afterwards.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from purges_desktop.domain.links import Kind, Location
from purges_desktop.domain.model import TOPIC_SECTIONS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from purges_desktop.domain.dataset import Records
    from purges_desktop.domain.model import Source, SourceRef


class CitingKind(StrEnum):
    """What kind of record cites a source."""

    PERSON = "person"
    REPRESSION = "repression"  # a step of a person's repression (arrest, sentence …)
    MEMBERSHIP = "membership"
    BODY = "body"
    TRIAL = "trial"
    EVENT = "event"
    ERA = "era"
    STATISTIC = "statistic"
    FIGURE = "figure"
    LIST = "list"
    LIST_ENTRY = "list_entry"
    STORY = "story"  # a guided story, or one of its cards
    TERM = "term"  # a glossary term


#: The section of the Numbers view that shows the figures and tables of a topic (``numbers/<section>``).


@dataclass(frozen=True, slots=True)
class Citing:
    """One record that cites a source.

    Attributes:
        what: the kind of record.
        record_id: the record's id (for a membership or a list entry: the person's id; see ``other``).
        where: the page that shows the record (``person/<id>``, ``numbers/<section>`` …).
        other: the body of a membership, the list of a list entry, the type of a repression step; "" otherwise.
        detail: the citation's detail (page, section), "" when none.
    """

    what: CitingKind
    record_id: str
    where: Location
    other: str = ""
    detail: str = ""


def citing_records(records: Records) -> dict[str, tuple[Citing, ...]]:
    """For each source id, every record that cites it, in the order of the records (people, their repression steps,
    posts, organs, trials, events, eras, statistics, figures, lists, list entries, stories and their cards, glossary
    terms); a record citing a source twice
    (two pages) is listed once per citation. Sources nobody cites are absent.

    Built when every dataset is made (140,000 citations at 10,000 people): identical citations are told apart by a
    tuple of strings, not by hashing :class:`Citing` objects, and each record's :class:`Location` is made once.
    """
    grouped: dict[str, list[Citing]] = defaultdict(list)
    seen: set[tuple[str, str, str, str, str, str]] = set()

    def add(refs: Iterable[SourceRef], what: CitingKind, record_id: str, where: Location, other: str = "") -> None:
        for ref in refs:
            key = (ref.source, what, record_id, where.id, other, ref.detail)
            if key not in seen:
                seen.add(key)
                grouped[ref.source].append(Citing(what, record_id, where, other, ref.detail))

    for p in records.people:
        where = Location(Kind.PERSON, p.id)
        add(p.sources, CitingKind.PERSON, p.id, where)
        for step in p.repression:
            add(step.sources, CitingKind.REPRESSION, p.id, where, step.type.value)
    for m in records.memberships:
        if m.sources:
            add(m.sources, CitingKind.MEMBERSHIP, m.person, Location(Kind.PERSON, m.person), m.body)
    for b in records.bodies:
        add(b.sources, CitingKind.BODY, b.id, Location(Kind.BODY, b.id))
    for t in records.trials:
        add(t.sources, CitingKind.TRIAL, t.id, Location(Kind.TRIAL, t.id))
    for e in records.events:
        add(e.sources, CitingKind.EVENT, e.id, Location(Kind.EVENT, e.id))
    for era in records.eras:
        add(era.sources, CitingKind.ERA, era.id, Location(Kind.TIMELINE))
    for st in records.statistics:
        add(st.sources, CitingKind.STATISTIC, st.id, Location(Kind.NUMBERS, TOPIC_SECTIONS[st.topic]))
    for f in records.figures:
        add(f.sources, CitingKind.FIGURE, f.id, Location(Kind.NUMBERS, TOPIC_SECTIONS[f.topic]))
    for sl in records.shooting_lists:
        add(sl.sources, CitingKind.LIST, sl.id, Location(Kind.LIST, sl.id))
    for entry in records.list_entries:
        if entry.sources:
            add(entry.sources, CitingKind.LIST_ENTRY, entry.person, Location(Kind.PERSON, entry.person), entry.list)
    for story in records.stories:
        where = Location(Kind.STORY, story.id)
        add(story.sources, CitingKind.STORY, story.id, where)
        for card in story.cards:
            add(card.sources, CitingKind.STORY, story.id, where)
    for term in records.terms:
        add(term.sources, CitingKind.TERM, term.id, Location(Kind.TERM, term.id))
    return {source_id: tuple(found) for source_id, found in grouped.items()}


def sources_by_kind(sources: Iterable[Source]) -> dict[str, list[Source]]:
    """The sources grouped by their ``kind`` (archive, encyclopedia, memoir, press, scholarly, web; "" when none is
    given), kinds in alphabetical order (the kind-less last), each group ordered by title."""
    groups: dict[str, list[Source]] = defaultdict(list)
    for s in sources:
        groups[s.kind or ""].append(s)
    return {kind: sorted(groups[kind], key=lambda s: (s.title.casefold(), s.id))
            for kind in sorted(groups, key=lambda k: (k == "", k))}


class SourceGroup(StrEnum):
    """The groups of the bibliography, in the order the Bibliography tab shows them."""

    ARCHIVE = "archive"  # archive documents (and their publications)
    SCHOLARLY = "scholarly"  # books and articles
    ENCYCLOPEDIA = "encyclopedia"
    PRESS = "press"  # newspapers and magazines
    MEMOIR = "memoir"
    WEB = "web"  # other web pages
    OTHER = "other"  # a kind the app does not know, or none


#: The group of each ``kind`` a source may have (docs/data-format.md); any other kind is :attr:`SourceGroup.OTHER`.
KIND_GROUPS: dict[str, SourceGroup] = {
    "archive": SourceGroup.ARCHIVE,
    "scholarly": SourceGroup.SCHOLARLY,
    "book": SourceGroup.SCHOLARLY,  # the kinds of older datasets (domain/sources.py, LEGACY_KINDS)
    "article": SourceGroup.SCHOLARLY,
    "encyclopedia": SourceGroup.ENCYCLOPEDIA,
    "press": SourceGroup.PRESS,
    "memoir": SourceGroup.MEMOIR,
    "web": SourceGroup.WEB,
}


def source_group(kind: str | None) -> SourceGroup:
    """The group of the bibliography a source of ``kind`` is listed in (no kind: Other)."""
    return KIND_GROUPS.get(str(kind) if kind else "", SourceGroup.OTHER)


def bibliography_order(source: Source) -> tuple[str, str, str]:
    """How sources are ordered within a group: by author (the authorless by title), then title."""
    return ((source.author or source.title).casefold(), source.title.casefold(), source.id)


def grouped_sources(sources: Iterable[Source]) -> list[tuple[SourceGroup, list[Source]]]:
    """The sources in the groups of :class:`SourceGroup` (in its order, empty groups left out), each group ordered
    by :func:`bibliography_order`."""
    groups: dict[SourceGroup, list[Source]] = defaultdict(list)
    for s in sources:
        groups[source_group(s.kind)].append(s)
    return [(group, sorted(groups[group], key=bibliography_order)) for group in SourceGroup if groups.get(group)]


def citation_counts(cited_by: Mapping[str, tuple[Citing, ...]]) -> dict[str, int]:
    """How many distinct records cite each source (two pages of one record count once)."""
    return {source_id: len({(c.what, c.record_id, c.other) for c in found}) for source_id, found in cited_by.items()}


def matching_sources(sources: Iterable[Source], text: str) -> set[str] | None:
    """The ids of the sources whose title, author, publisher, year, kind or id contain every word of ``text``
    (case-insensitive); ``None`` (no filter) for an empty search."""
    words = text.casefold().split()
    if not words:
        return None
    found = set()
    for s in sources:
        haystack = " ".join((s.title, s.author, s.publisher, str(s.year or ""), s.kind or "", s.id)).casefold()
        if all(w in haystack for w in words):
            found.add(s.id)
    return found
