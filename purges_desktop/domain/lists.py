# SPDX-License-Identifier: GPL-3.0-or-later
"""Stalin's shooting lists of 1937–38: the lists the NKVD sent to the Politburo, their parts, who signed them, the
people of the dataset found on them, and the questions the views ask of them.

In 1937–38 the NKVD sent the Politburo lists of people to be sentenced by the Military Collegium of the Supreme
Court: the 1st category meant shooting, the 2nd ten years of camp or prison, the 3rd eight years. Stalin and others
signed them. Memorial published the lists (the archive is РГАСПИ ф. 17 оп. 171); the bundled records are made from
Memorial's database by ``scripts/import_stalin_lists.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import TYPE_CHECKING

# PartialDate and SourceRef are imported at run time: the data cache decodes these records by their annotations
# (storage/cache.py), which must resolve in this module.
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.model import SourceRef
from purges_desktop.domain.problems import UNKNOWN_ORIGIN, Origin
from purges_desktop.domain.text import EMPTY_TEXT, LocalizedText

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset

#: Memorial's volumes (тома) of the 1937–38 lists; volumes 12–16 hold later lists (1940–1950).
TERROR_VOLUMES = range(1, 12)
#: The years of the 1937–38 lists.
TERROR_YEARS = (1937, 1938)


class ListMatch(StrEnum):
    """How sure the match of a name on a list to a person of the dataset is."""

    CERTAIN = "certain"
    PROBABLE = "probable"


@dataclass(frozen=True, slots=True)
class CategoryCounts:
    """How many names a list (or part) gives in each category.

    Attributes:
        first: the 1st category (shooting).
        second: the 2nd category (ten years).
        third: the 3rd category (eight years).
    """

    first: int = 0
    second: int = 0
    third: int = 0

    @property
    def total(self) -> int:
        """All three categories."""
        return self.first + self.second + self.third

    def __add__(self, other: CategoryCounts) -> CategoryCounts:
        return CategoryCounts(self.first + other.first, self.second + other.second, self.third + other.third)


NO_COUNTS = CategoryCounts()


@dataclass(frozen=True, slots=True)
class Compiler:
    """An NKVD official who submitted a list, as Memorial names him.

    Attributes:
        name: Memorial's text (Russian): surname, post and rank, with Memorial's remarks.
        person: the person id of the dataset when he is in it, else ``""``.
    """

    name: str
    person: str = ""


@dataclass(frozen=True, slots=True)
class ListPart:
    """A part (sublist) of a list: one region, railway, organ or group of people.

    Attributes:
        number: the part's number within the list (from 1).
        title: the part's title (Russian as printed, and English).
        counts: names per category.
    """

    number: int
    title: LocalizedText
    counts: CategoryCounts = NO_COUNTS


@dataclass(frozen=True, slots=True)
class ShootingList:
    """One list sent to the Politburo.

    Attributes:
        id: ``list-<Memorial's list id>``.
        memorial_id: the list's number in Memorial's database.
        date: the list's date (uncertain where the sources disagree; ``None`` when undated).
        volume: Memorial's volume (том), 1–11 for the 1937–38 lists.
        archive: the archival reference (fond, opis, delo, pages).
        title: the list's title (Russian as printed, and English).
        signed_by: the people who signed it, by person id.
        signatures_text: the signatures as Memorial transcribes them (Russian).
        compiled_by: the NKVD officials who submitted it.
        parts: the list's parts, in order.
        note: doubts and disagreements of the sources.
        sources: citations.
        origin: where the record stands in the data files.
    """

    id: str
    memorial_id: int
    title: LocalizedText
    date: PartialDate | None = None
    volume: int | None = None
    archive: str = ""
    signed_by: tuple[str, ...] = ()
    signatures_text: str = ""
    compiled_by: tuple[Compiler, ...] = ()
    parts: tuple[ListPart, ...] = ()
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    @property
    def counts(self) -> CategoryCounts:
        """Names per category over all parts."""
        total = NO_COUNTS
        for part in self.parts:
            total = total + part.counts
        return total

    @property
    def of_terror_volumes(self) -> bool:
        """True for a list of the 1937–38 volumes."""
        return self.volume in TERROR_VOLUMES


@dataclass(frozen=True, slots=True)
class ListEntry:
    """A person of the dataset found on a list.

    Attributes:
        person: the person id.
        list: the list id.
        category: 1, 2 or 3.
        name_on_list: the name as printed on the list.
        section: the title of the part the name stands in.
        struck: the name is crossed out on the list.
        match: how sure the match of the printed name to the person is.
        note: remarks.
        sources: citations.
        origin: where the record stands in the data files.
    """

    person: str
    list: str
    category: int
    name_on_list: str = ""
    section: str = ""
    struck: bool = False
    match: ListMatch = ListMatch.CERTAIN
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


def list_sort_key(sl: ShootingList) -> tuple[int, tuple[int, int, int], int]:
    """Date order, undated lists last, then Memorial's numbering."""
    if sl.date is None:
        return (1, (0, 0, 0), sl.memorial_id)
    return (0, sl.date.sort_key(), sl.memorial_id)


# ---- queries


def signature_totals(ds: Dataset) -> list[tuple[str, int]]:
    """How many lists each signer signed: ``[(person id, lists)]``, most first, ties by id."""
    counts = Counter(pid for sl in ds.shooting_lists.values() for pid in sl.signed_by)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def category_totals(ds: Dataset) -> CategoryCounts:
    """Names per category summed over every part of every list (a name on two lists counts twice)."""
    total = NO_COUNTS
    for sl in ds.shooting_lists.values():
        total = total + sl.counts
    return total


def lists_by_date(ds: Dataset) -> list[tuple[PartialDate, list[ShootingList]]]:
    """The lists grouped by day, in date order (for a calendar); undated lists are left out.

    Lists of the same day go together whether or not their date is marked uncertain; the date given for the group
    is a certain one when any list of the day has one. A date known only to the month is a group of its own.
    """
    groups: dict[tuple[int, int, int], list[ShootingList]] = defaultdict(list)
    for sl in ds.shooting_lists.values():
        if sl.date is not None:
            groups[sl.date.sort_key()].append(sl)
    out = []
    for key in sorted(groups):
        members = sorted(groups[key], key=list_sort_key)
        dates = [sl.date for sl in members if sl.date is not None]
        certain = [d for d in dates if not (d.uncertain or d.approximate)]
        out.append(((certain or dates)[0], members))
    return out


@dataclass(frozen=True, slots=True)
class ListDay:
    """The lists signed on one day, in sum (a calendar shows one mark per day).

    Attributes:
        date: the day.
        lists: the day's lists, in order.
        counts: the names of all the day's lists, per category.
    """

    date: PartialDate
    lists: tuple[ShootingList, ...]
    counts: CategoryCounts

    @property
    def mostly_shooting(self) -> bool:
        """True when at least half the day's names are in the 1st category."""
        return self.counts.first >= self.counts.total - self.counts.first


def list_days(ds: Dataset) -> list[ListDay]:
    """:func:`lists_by_date` for the days known to the day (month-only dates left out), with each day's totals."""
    days = []
    for date, lists in lists_by_date(ds):
        if date.day is None:
            continue
        total = NO_COUNTS
        for sl in lists:
            total = total + sl.counts
        days.append(ListDay(date, tuple(lists), total))
    return days


def undated_lists(ds: Dataset) -> list[ShootingList]:
    """The lists with no date, in Memorial's order."""
    return [sl for sl in ds.shooting_lists.values() if sl.date is None]


def entry_part(ds: Dataset, entry: ListEntry) -> ListPart | None:
    """The part of its list an entry stands in, found by its ``section`` (which begins with the part's title, as
    printed; a slip of a letter or two is forgiven); ``None`` when no part matches or the list is unknown."""
    sl = ds.shooting_lists.get(entry.list)
    section = _fold(entry.section)
    if sl is None or not section:
        return None
    best, best_ratio = None, 0.9
    for part in sl.parts:
        title = _fold(part.title.get("ru"))
        if not title:
            continue
        if section.startswith(title):
            return part
        ratio = SequenceMatcher(None, section[:len(title)], title).ratio()
        if ratio >= best_ratio:
            best, best_ratio = part, ratio
    return best


def entries_by_part(ds: Dataset, list_id: str) -> list[tuple[ListPart | None, list[ListEntry]]]:
    """The people of the dataset on a list, grouped by the part they stand in, in the order of the parts; entries
    whose part is not found come last, under ``None``."""
    groups: dict[int, list[ListEntry]] = defaultdict(list)
    parts: dict[int, ListPart | None] = {}
    for entry in ds.entries_on(list_id):
        part = entry_part(ds, entry)
        key = part.number if part is not None else 1_000_000
        parts[key] = part
        groups[key].append(entry)
    return [(parts[key], groups[key]) for key in sorted(groups)]


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold().replace("ё", "е")
