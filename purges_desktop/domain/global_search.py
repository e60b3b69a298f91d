# SPDX-License-Identifier: GPL-3.0-or-later
"""One search over every kind of record: people, organs, trials, events, Stalin's lists, stories, glossary terms
and sources, grouped by kind and ranked.

Each kind has a *provider*: a small function of the :class:`~purges_desktop.domain.dataset.Dataset` that yields one
:class:`SearchEntry` per record (its kind, id, title, subtitle and the texts a search may match). The providers are
registered in :data:`PROVIDERS`, in the order the groups are shown; a new kind of record is one function and one
entry there. The stories and glossary providers read ``getattr(dataset, "stories", ())`` and
``getattr(dataset, "terms", ())``, so a dataset without them simply has no such group.

:class:`GlobalIndex` folds every text once per load (:func:`~purges_desktop.domain.search.fold`: case, accents,
script and transliteration forgiven, as in the People search) and answers a query with :class:`SearchGroup` s:
within a group, a hit whose title or name *is* the query comes first, then those that begin with it, then the
other matches (a word inside), then the hits found only by forgiving one wrong letter. Text that is a deep link
(``person/bukharin``) is also offered as a link to open. No Qt.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import IntEnum
from itertools import islice
from typing import TYPE_CHECKING

from purges_desktop.domain.links import Kind, Location, link_to, parse_uri
from purges_desktop.domain.search import SearchIndex, fold
from purges_desktop.domain.text import EMPTY_TEXT, LocalizedText

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.dates import PartialDate
    from purges_desktop.domain.model import Event, Person


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """One record as the global search sees it.

    Attributes:
        kind: the record kind, as its deep links spell it (``person``, ``story`` …).
        id: the record id.
        title: what the result shows in bold (in both languages).
        subtitle: one line under the title (dates, the other script, author and publisher …).
        texts: further texts a query may match (aliases, forms, numbers, dates), besides the title.
    """

    kind: str
    id: str
    title: LocalizedText
    subtitle: LocalizedText = EMPTY_TEXT
    texts: tuple[str, ...] = ()

    @property
    def link(self) -> str:
        """The deep link that opens the record (``person/bukharin``)."""
        return record_link(self.kind, self.id)


Provider = Callable[["Dataset"], Iterable[SearchEntry]]


def record_link(kind: str, record_id: str) -> str:
    """The deep link of a record of ``kind`` (a kind :class:`Kind` may not know yet is linked the same way)."""
    try:
        return link_to(Kind(kind), record_id)
    except ValueError:
        return f"{kind}/{record_id}"


class Rank(IntEnum):
    """How well a hit matches the query (lower is better)."""

    EXACT = 0  # a title or name is the query
    PREFIX = 1  # a title or name begins with the query
    WORDS = 2  # every word of the query begins (or is inside) a word of the record
    FUZZY = 3  # found only by forgiving one wrong, missing or extra letter


# ---- the providers


def _years(start: PartialDate | None, end: PartialDate | None) -> str:
    a = str(start.year) if start is not None else ""
    b = str(end.year) if end is not None else ""
    return f"{a}–{b}" if (a or b) and a != b else a


def _dates(date: PartialDate | None, end: PartialDate | None = None) -> LocalizedText:
    """A date (or span) in both languages."""
    if date is None:
        return EMPTY_TEXT
    if end is None or end == date:
        return LocalizedText.of(date.format("en"), date.format("ru"))
    return LocalizedText.of(f"{date.format('en')} – {end.format('en')}", f"{date.format('ru')} – {end.format('ru')}")


def _date_texts(date: PartialDate | None) -> tuple[str, ...]:
    return (date.iso(), date.format("en"), date.format("ru")) if date is not None else ()


def _joined(*parts: LocalizedText | str) -> LocalizedText:
    """Parts joined with " · " in each language (empty parts left out)."""
    def one(lang: str) -> str:
        texts = (p.get(lang) if isinstance(p, LocalizedText) else p for p in parts)
        return " · ".join(t for t in texts if t)
    return LocalizedText.of(one("en"), one("ru"))


def person_entry(p: Person) -> SearchEntry:
    """A person's entry: the name (and the other script's name under it, with the years of life); aliases searched
    too."""
    years = _years(p.born.date, p.died.date)
    subtitle = LocalizedText.of(" · ".join(t for t in (years, p.name.get("ru")) if t),
                                " · ".join(t for t in (years, p.name.get("en")) if t))
    return SearchEntry("person", p.id, p.name, subtitle, (*p.surname.all_text(), *p.aliases))


def people_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """People (:func:`person_entry`)."""
    return map(person_entry, ds.records.people)


def body_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """Organs: the short name if there is one (the full name under it, with the years); both searched."""
    for b in ds.records.bodies:
        title = b.short or b.name
        subtitle = _joined(b.name if b.short else EMPTY_TEXT, _years(b.start, b.end))
        yield SearchEntry("body", b.id, title, subtitle, (*b.name.all_text(), *b.short.all_text()))


def trial_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """Trials: the common name if there is one, the formal name and the dates under it."""
    for t in ds.records.trials:
        title = t.common_name or t.name
        subtitle = _joined(_dates(t.start, t.end), t.name if t.common_name else EMPTY_TEXT)
        yield SearchEntry("trial", t.id, title, subtitle,
                          (*t.name.all_text(), *t.common_name.all_text(), *_date_texts(t.start)))


def event_entry(e: Event) -> SearchEntry:
    """An event's entry: the title, the date under it (both searched)."""
    return SearchEntry("event", e.id, e.title, _dates(e.date, e.end), _date_texts(e.date))


def event_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """Events of the timeline, in date order (:func:`event_entry`)."""
    return map(event_entry, ds.events_sorted())


def entry_keys(entry: SearchEntry) -> list[str]:
    """The distinct folded keys an entry is found by: its title in every language, then its texts."""
    return list(dict.fromkeys(k for k in map(fold, (*entry.title.all_text(), *entry.texts)) if k))


def folded_keys(sections: Mapping[str, Iterable[object]]) -> dict[str, list[str]]:
    """The :func:`entry_keys` of one file's people and events (most of the records), keyed
    ``global:<kind>:<id>``, for :meth:`GlobalIndex.build`'s ``folded``: the data cache keeps them with the file's
    records, so a warm start does not fold every name again. The first record of an id wins."""
    # Imported here: the window imports this module before its first paint, and the records' module must wait.
    from purges_desktop.domain.model import Event, Person  # noqa: PLC0415

    out: dict[str, list[str]] = {}
    for kind, section, record_class, make in (("person", "people", Person, person_entry),
                                              ("event", "events", Event, event_entry)):
        for record in sections.get(section, ()):
            if isinstance(record, record_class):
                out.setdefault(f"global:{kind}:{record.id}", entry_keys(make(record)))
    return out


def list_title(memorial_id: int, date: PartialDate | None) -> LocalizedText:
    """What a shooting list is called: "List of 12 September 1938" (or by Memorial's number when undated)."""
    if date is None:
        return LocalizedText.of(f"Undated list (Memorial's no. {memorial_id})",
                                f"Список без даты (№ {memorial_id} у «Мемориала»)")
    return LocalizedText.of(f"List of {date.format('en')}", f"Список от {date.format('ru')}")


def list_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """Stalin's shooting lists: by date, Memorial's number ("92", "No. 92", "№ 92") and the title as printed."""
    for sl in ds.shooting_lists.values():
        number = str(sl.memorial_id)
        subtitle = _joined(LocalizedText.of(f"No. {number}", f"№ {number}"), sl.title)
        yield SearchEntry("list", sl.id, list_title(sl.memorial_id, sl.date), subtitle,
                          (number, f"No. {number}", f"№ {number}", f"list {number}", f"список {number}",
                           *sl.title.all_text(), *_date_texts(sl.date), sl.archive))


def source_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """Sources of the bibliography: the title, then author, publisher and year (all searched)."""
    for s in ds.records.sources:
        year = str(s.year) if s.year is not None else ""
        subtitle = LocalizedText.of(" · ".join(t for t in (s.author, s.publisher, year) if t))
        yield SearchEntry("source", s.id, LocalizedText.of(s.title), subtitle, (s.author, s.publisher, year))


def story_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """Stories (when the dataset has them): the title, the one-line summary under it (both searched)."""
    for story in getattr(ds, "stories", ()):
        yield SearchEntry("story", story.id, story.title, story.summary, story.summary.all_text())


def term_entries(ds: Dataset) -> Iterator[SearchEntry]:
    """Glossary terms (when the dataset has them): the term, its definition under it; every form searched."""
    for term in getattr(ds, "terms", ()):
        yield SearchEntry("term", term.id, term.term, term.definition,
                          (*getattr(term, "forms_en", ()), *getattr(term, "forms_ru", ())))


#: The providers, one per kind, in the order the groups are shown. Register a new kind here.
PROVIDERS: dict[str, Provider] = {
    "person": people_entries,
    "body": body_entries,
    "trial": trial_entries,
    "event": event_entries,
    "list": list_entries,
    "story": story_entries,
    "term": term_entries,
    "source": source_entries,
}
#: The kind of the result that opens a deep link typed into the search.
LINK_KIND = "link"


# ---- the index


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: the record and how well it matched."""

    entry: SearchEntry
    rank: Rank


@dataclass(frozen=True, slots=True)
class SearchGroup:
    """The results of one kind.

    Attributes:
        kind: the record kind (or :data:`LINK_KIND`).
        total: how many records of the kind match.
        hits: the best of them, best first (at most the limit asked for).
    """

    kind: str
    total: int
    hits: tuple[SearchHit, ...]


@dataclass(slots=True)
class _KindIndex:
    entries: dict[str, SearchEntry]  # by record id
    index: SearchIndex
    order: dict[str, int]  # each record's position when sorted by title
    ordered: list[str]  # the records sorted by title
    sorted_keys: list[str]  # every folded title and text, sorted (for "is" and "begins with" in log time)
    sorted_ids: list[str]  # the record of each of them

    def starting_with(self, q: str) -> tuple[set[str], set[str]]:
        """The records with a text equal to ``q``, and those with a text beginning with it."""
        lo = bisect_left(self.sorted_keys, q)
        mid = bisect_right(self.sorted_keys, q, lo)
        hi = bisect_left(self.sorted_keys, q + "\U0010ffff", mid)
        return set(self.sorted_ids[lo:mid]), set(self.sorted_ids[lo:hi])


def _first(ids: set[str], k: _KindIndex, n: int) -> list[str]:
    """The ``n`` first of ``ids`` in title order."""
    return heapq.nsmallest(n, ids, key=k.order.__getitem__) if n > 0 else []


@dataclass(slots=True)
class GlobalIndex:
    """Every record of a dataset folded for search, per kind; built once per load (:meth:`build`).

    Attributes:
        kinds: the indexed kinds, in :data:`PROVIDERS` order (kinds without records are left out).
    """

    kinds: tuple[str, ...]
    _by_kind: dict[str, _KindIndex]

    @classmethod
    def build(cls, ds: Dataset, providers: dict[str, Provider] | None = None,
              folded: Mapping[str, list[str]] | None = None) -> GlobalIndex:
        """Index every record the providers (default: :data:`PROVIDERS`) yield for ``ds``; a record's keys are
        taken from ``folded`` (:func:`folded_keys` of the files) where they are there."""
        by_kind: dict[str, _KindIndex] = {}
        folded = folded or {}
        for kind, provider in (providers if providers is not None else PROVIDERS).items():
            entries = {e.id: e for e in provider(ds)}
            if not entries:
                continue
            keys = {rid: known if (known := folded.get(f"global:{kind}:{rid}")) is not None else entry_keys(e)
                    for rid, e in entries.items()}
            index = SearchIndex.build(list(keys.items()), folded=True)
            ranked = sorted(entries, key=lambda rid: (keys[rid][:1], rid))
            pairs = sorted((key, rid) for rid, ks in keys.items() for key in ks)
            by_kind[kind] = _KindIndex(entries, index, {rid: i for i, rid in enumerate(ranked)}, ranked,
                                       [k for k, _ in pairs], [rid for _, rid in pairs])
        return cls(tuple(by_kind), by_kind)

    def __len__(self) -> int:
        return sum(len(k.entries) for k in self._by_kind.values())

    def entry(self, kind: str, record_id: str) -> SearchEntry | None:
        """The entry of a record, ``None`` when the index has none."""
        found = self._by_kind.get(kind)
        return found.entries.get(record_id) if found is not None else None

    def search(self, query: str, limit: int = 5) -> list[SearchGroup]:
        """The groups of records matching ``query`` (kinds without a hit left out), each with its total and its
        ``limit`` best hits. A deep link of ours comes first as a group of its own when its record exists (or it
        names a view). An empty query finds nothing."""
        groups: list[SearchGroup] = []
        link = self._typed_link(query)
        if link is not None:
            groups.append(SearchGroup(LINK_KIND, 1, (SearchHit(link, Rank.EXACT),)))
        q = fold(query)
        words = q.split()
        if not words:
            return groups
        for kind in self.kinds:
            group = self._search_kind(self._by_kind[kind], kind, words, q, limit)
            if group is not None:
                groups.append(group)
        return groups

    @staticmethod
    def _search_kind(k: _KindIndex, kind: str, words: list[str], q: str, limit: int) -> SearchGroup | None:
        found, forgiven = k.index.search_words(words)
        if not found:
            return None
        if forgiven:
            return SearchGroup(kind, len(found), tuple(SearchHit(k.entries[rid], Rank.FUZZY)
                                                       for rid in _first(found, k, limit)))
        exact, prefix = k.starting_with(q)
        exact &= found
        prefix = (prefix & found) - exact
        hits = [SearchHit(k.entries[rid], Rank.EXACT) for rid in _first(exact, k, limit)]
        hits += [SearchHit(k.entries[rid], Rank.PREFIX) for rid in _first(prefix, k, limit - len(hits))]
        if len(hits) < limit:
            rest = (rid for rid in k.ordered if rid in found and rid not in exact and rid not in prefix) \
                if len(found) * 8 > len(k.ordered) else _first(found - exact - prefix, k, limit - len(hits))
            hits += [SearchHit(k.entries[rid], Rank.WORDS) for rid in islice(rest, limit - len(hits))]
        return SearchGroup(kind, len(found), tuple(hits))

    def _typed_link(self, query: str) -> SearchEntry | None:
        """The entry of a deep link typed in (``person/bukharin``, ``purges:numbers``), if it opens something."""
        location = parse_uri(query.strip())
        if location is None:
            return None
        if location.kind.is_view:
            return SearchEntry(LINK_KIND, location.uri(), LocalizedText.of(location.uri()))
        record = self.entry(location.kind.value, location.id)
        if record is None:
            return None
        return SearchEntry(LINK_KIND, location.uri(), record.title, record.subtitle)

    @staticmethod
    def location_of(entry: SearchEntry) -> Location | None:
        """Where a result leads (``None`` for a kind the app's links do not know yet)."""
        return parse_uri(entry.id if entry.kind == LINK_KIND else entry.link)


def entries_of(ds: Dataset, kind: str) -> list[SearchEntry]:
    """Every entry one provider yields for ``ds`` (for tests and tools)."""
    return list(PROVIDERS[kind](ds))
