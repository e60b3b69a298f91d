# SPDX-License-Identifier: GPL-3.0-or-later
"""Immutable records of the dataset: people, bodies and their memberships, trials, events, sources, numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.problems import UNKNOWN_ORIGIN, Origin
from purges_desktop.domain.text import EMPTY_TEXT, LocalizedText


class Fate(StrEnum):
    """How a person's life ended."""

    EXECUTED = "executed"
    DIED_IN_CUSTODY = "died_in_custody"
    MURDERED = "murdered"
    SUICIDE = "suicide"
    KILLED_IN_ACTION = "killed_in_action"
    NATURAL_DEATH = "natural_death"
    UNKNOWN = "unknown"


class RepressionType(StrEnum):
    """What the state did to a person, recorded apart from how their life ended."""

    ARREST = "arrest"
    EXPULSION = "expulsion"
    EXILE = "exile"
    SENTENCE = "sentence"
    EXECUTION = "execution"
    RELEASE = "release"
    REHABILITATION = "rehabilitation"
    PARTY_REINSTATEMENT = "party_reinstatement"
    OTHER = "other"


class SentenceKind(StrEnum):
    """The kind of a sentence."""

    DEATH = "death"
    PRISON = "prison"
    LABOUR_CAMP = "labour_camp"
    EXILE = "exile"
    ACQUITTED = "acquitted"
    OTHER = "other"


class BodyKind(StrEnum):
    """Which branch an organ belongs to."""

    PARTY = "party"
    STATE = "state"
    POLICE = "police"
    MILITARY = "military"
    JUDICIAL = "judicial"


class Role(StrEnum):
    """A seat or post in a body."""

    HEAD = "head"
    GENERAL_SECRETARY = "general_secretary"
    FIRST_DEPUTY = "first_deputy"
    DEPUTY = "deputy"
    SECRETARY = "secretary"
    MEMBER = "member"
    CANDIDATE = "candidate"
    JUDGE = "judge"
    PROSECUTOR = "prosecutor"


#: The order in which the holders of one organ are listed (the chart, its text list): highest post first.
ROLE_ORDER: tuple[Role, ...] = (Role.GENERAL_SECRETARY, Role.HEAD, Role.FIRST_DEPUTY, Role.DEPUTY, Role.SECRETARY,
                                Role.MEMBER, Role.CANDIDATE, Role.JUDGE, Role.PROSECUTOR)

#: Posts held by one person at a time: overlaps are reported.
SINGLE_HOLDER_ROLES = frozenset({Role.HEAD, Role.GENERAL_SECRETARY})


class EndReason(StrEnum):
    """Why a membership ended."""

    TERM_END = "term_end"
    REMOVED = "removed"
    RESIGNED = "resigned"
    PROMOTED = "promoted"
    ARRESTED = "arrested"
    DIED = "died"
    EXECUTED = "executed"
    REORGANISED = "reorganised"
    UNKNOWN = "unknown"


class Plea(StrEnum):
    """A defendant's plea."""

    GUILTY = "guilty"
    PARTIAL = "partial"
    NOT_GUILTY = "not_guilty"
    RETRACTED = "retracted"
    UNKNOWN = "unknown"


class Category(StrEnum):
    """Timeline lanes."""

    PARTY = "party"
    SECRET_POLICE = "secret_police"
    TRIALS = "trials"
    MILITARY = "military"
    LAW_SOCIETY = "law_society"
    INTERNATIONAL = "international"


class Topic(StrEnum):
    """Which part of the Numbers view shows a published figure or table."""

    OVERALL = "overall"  # the whole period, all years
    GREAT_TERROR = "great_terror"  # 1937-38: arrests, sentences, executions
    MASS_OPERATIONS = "mass_operations"  # Order 00447 and the national operations
    CONGRESS_1934 = "congress_1934"  # the 17th Congress and its Central Committee
    MILITARY = "military"  # the purge of the Red Army
    LISTS = "lists"  # Stalin's shooting lists
    AFTERMATH = "aftermath"  # releases and rehabilitations
    OTHER = "other"


#: The section of the Numbers view (``numbers/<section>``) that shows each topic's figures and tables.
TOPIC_SECTIONS: dict[Topic, str] = {
    Topic.OVERALL: "by-year",
    Topic.GREAT_TERROR: "great-terror",
    Topic.MASS_OPERATIONS: "operations",
    Topic.CONGRESS_1934: "congress-1934",
    Topic.MILITARY: "military",
    Topic.LISTS: "lists",
    Topic.AFTERMATH: "more",
    Topic.OTHER: "more",
}


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A citation: a source id plus an optional detail (page, section)."""

    source: str
    detail: str = ""


class SourceKind(StrEnum):
    """What a source of the bibliography is (a closed vocabulary; see docs/data-format.md)."""

    ARCHIVE = "archive"
    """An archive document, or a publication of one (a decree, a protocol, an interrogation, a list)."""
    SCHOLARLY = "scholarly"
    """A scholarly or documentary book, or an article in a journal or collection."""
    ENCYCLOPEDIA = "encyclopedia"
    """An article of an encyclopedia or a dictionary (Wikipedia, the Great Soviet Encyclopedia …)."""
    PRESS = "press"
    """A newspaper, magazine, news agency or broadcaster, of the time or of today."""
    MEMOIR = "memoir"
    """Memoirs, diaries, letters and testimonies of witnesses."""
    WEB = "web"
    """Any other web page: a site of its own, a blog, a database."""


@dataclass(frozen=True, slots=True)
class Source:
    """A work or page in the shared bibliography.

    The fields describe the *work* (the article, the book, the document): ``url`` is the work's own address when it
    has one (the encyclopedia's page, the publisher's), ``accessed_via`` the copy that was actually read when that
    is elsewhere (a mirror of Wikipedia, a site that reproduces a book).

    Attributes:
        mirror_ok: why ``url`` may stay on a domain of a known mirror (the curator's reason; empty: it may not).
        incomplete: why the author or the year is missing (the curator's reason; empty: it should be given).
    """

    id: str
    title: str
    author: str = ""
    publisher: str = ""
    year: int | None = None
    url: str = ""
    accessed_via: str = ""
    kind: SourceKind | None = None
    note: LocalizedText = EMPTY_TEXT
    mirror_ok: str = ""
    incomplete: str = ""
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class LifeEvent:
    """Birth or death: a date and a place, either may be unknown."""

    date: PartialDate | None = None
    place: LocalizedText = EMPTY_TEXT
    date_unknown: bool = False
    """The curator states that the sources give no date (rather than that it was not looked up)."""


@dataclass(frozen=True, slots=True)
class Repression:
    """One step of repression (arrest, sentence, release, rehabilitation …)."""

    type: RepressionType
    date: PartialDate | None = None
    sentence: SentenceKind | None = None
    years: float | None = None
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """A person of the dataset."""

    id: str
    name: LocalizedText
    surname: LocalizedText = EMPTY_TEXT
    aliases: tuple[str, ...] = ()
    born: LifeEvent = field(default_factory=LifeEvent)
    died: LifeEvent = field(default_factory=LifeEvent)
    fate: Fate = Fate.UNKNOWN
    repression: tuple[Repression, ...] = ()
    occupation: LocalizedText = EMPTY_TEXT
    tags: tuple[str, ...] = ()
    bio: LocalizedText = EMPTY_TEXT
    image: str = ""
    image_credit: LocalizedText = EMPTY_TEXT
    note: LocalizedText = EMPTY_TEXT
    content_note: LocalizedText = EMPTY_TEXT
    hide_in_kiosk: bool = False
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    def sort_name(self, lang: str = "en") -> str:
        """Surname first, for sorting lists."""
        surname = self.surname.get(lang)
        full = self.name.get(lang)
        if not surname:
            parts = full.split()
            surname = parts[-1] if parts else full
        return f"{surname} {full}".casefold()

    @property
    def was_repressed(self) -> bool:
        """True when the person was arrested, sentenced, exiled or executed."""
        harsh = {RepressionType.ARREST, RepressionType.SENTENCE, RepressionType.EXILE,
                 RepressionType.EXECUTION}
        return self.fate in {Fate.EXECUTED, Fate.DIED_IN_CUSTODY} or any(
            r.type in harsh for r in self.repression)


@dataclass(frozen=True, slots=True)
class Body:
    """A party, state, police, military or judicial organ."""

    id: str
    name: LocalizedText
    kind: BodyKind
    short: LocalizedText = EMPTY_TEXT
    parent: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    predecessor: str = ""
    successor: str = ""
    description: LocalizedText = EMPTY_TEXT
    chart: int | None = None
    """Position on the organisation chart and its text list (lower first); ``None``: not charted."""
    rank: int | None = None
    """Weight of a post in this body for a person's "highest post" (lower is higher); ``None``: after all ranked."""
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    def label(self, lang: str) -> str:
        """The short name if there is one, else the full name."""
        return self.short.get(lang) or self.name.get(lang)


@dataclass(frozen=True, slots=True)
class Membership:
    """One person in one seat or post of one body for one span of time."""

    person: str
    body: str
    role: Role
    start: PartialDate | None = None
    end: PartialDate | None = None
    title: LocalizedText = EMPTY_TEXT
    end_reason: EndReason | None = None
    end_unknown: bool = False  # ``to: unknown``: the post ended, but the sources do not say when
    cohort: str = ""
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    def active_on(self, day: tuple[int, int, int]) -> bool:
        """True when the span may include ``day`` (``(y, m, d)``); an open end is open, but a post with no
        start date cannot be placed on any day."""
        if self.start is None or self.start.earliest() > day:
            return False
        if self.end_unknown:  # it may have ended the day it began: only its known start is certain
            return self.start.latest() >= day
        return self.end is None or self.end.latest() >= day

    def surely_active_on(self, day: tuple[int, int, int]) -> bool:
        """True when the span certainly includes ``day``: a start or end known only to the year or month that
        contains ``day`` leaves it in doubt."""
        if self.start is not None and (self.start.latest() > day or self.start.uncertain):
            return False
        if self.end_unknown:
            return False
        return self.end is None or (self.end.earliest() >= day and not self.end.uncertain)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A court's sentence."""

    kind: SentenceKind
    years: float | None = None
    date: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class Defendant:
    """A defendant of a trial."""

    person: str
    former_position: LocalizedText = EMPTY_TEXT
    charges: LocalizedText = EMPTY_TEXT
    plea: Plea = Plea.UNKNOWN
    sentence: Sentence | None = None
    executed: PartialDate | None = None
    died_in_custody: PartialDate | None = None
    rehabilitated: PartialDate | None = None
    note: LocalizedText = EMPTY_TEXT
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class NotTried:
    """Someone named in a case but not tried in it."""

    person: str
    reason: LocalizedText = EMPTY_TEXT


@dataclass(frozen=True, slots=True)
class Trial:
    """A trial."""

    id: str
    name: LocalizedText
    common_name: LocalizedText = EMPTY_TEXT
    start: PartialDate | None = None
    end: PartialDate | None = None
    court: str = ""
    public: bool | None = None
    presiding_judge: str = ""
    judges: tuple[str, ...] = ()
    prosecutor: str = ""
    articles: tuple[str, ...] = ()
    charges: LocalizedText = EMPTY_TEXT
    defendants: tuple[Defendant, ...] = ()
    not_tried: tuple[NotTried, ...] = ()
    summary: LocalizedText = EMPTY_TEXT
    note: LocalizedText = EMPTY_TEXT
    content_note: LocalizedText = EMPTY_TEXT
    hide_in_kiosk: bool = False
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    def short_name(self, lang: str) -> str:
        """The name a trial is best known by: the first of its common names (curators list several, separated by
        semicolons), else its full name. Lists and headings show this; the page gives the full name too."""
        first = self.common_name.get(lang).split(";")[0].strip() if self.common_name else ""
        return first or self.name.get(lang)

    def other_names(self, lang: str) -> tuple[str, ...]:
        """The other common names after the first (``Trial of the Sixteen; First Moscow Trial`` → the second)."""
        names = [n.strip() for n in self.common_name.get(lang).split(";")] if self.common_name else []
        return tuple(n for n in names[1:] if n)

    def count_sentences(self, kind: SentenceKind) -> int:
        """How many defendants received a sentence of ``kind``."""
        return sum(1 for d in self.defendants if d.sentence is not None and d.sentence.kind == kind)


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event of the timeline."""

    id: str
    date: PartialDate
    category: Category
    title: LocalizedText
    end: PartialDate | None = None
    summary: LocalizedText = EMPTY_TEXT
    people: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    trials: tuple[str, ...] = ()
    note: LocalizedText = EMPTY_TEXT
    content_note: LocalizedText = EMPTY_TEXT
    hide_in_kiosk: bool = False
    key_date: bool = False
    """The organisation tab offers the event as a date to jump to."""
    compare_with: str = ""
    """The id of a later key date the organisation tab offers to compare this one with (the 17th Congress with the
    18th)."""
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class Era:
    """A named period (for example the Yezhovshchina)."""

    id: str
    name: LocalizedText
    start: PartialDate
    end: PartialDate
    category: Category | None = None
    summary: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a statistics table."""

    key: str
    label: LocalizedText


@dataclass(frozen=True, slots=True)
class Statistic:
    """A published table of numbers, kept as printed."""

    id: str
    title: LocalizedText
    counts: LocalizedText
    columns: tuple[Column, ...]
    rows: tuple[tuple[tuple[str, float | int | None], ...], ...]
    printed_totals: tuple[tuple[str, float | int], ...] = ()
    topic: Topic = Topic.OVERALL
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class Cohort:
    """The seats of one body produced by one election (memberships with that ``cohort``)."""

    body: str
    cohort: str
    label: LocalizedText = EMPTY_TEXT
    """What the cohort is called ("Central Committee elected in 1934")."""
    seats: int | None = None
    """How many seats the election filled, as published (139 for the 1934 Central Committee), if known."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A single published aggregate number, labelled with what it counts."""

    id: str
    title: LocalizedText
    value: float | int
    counts: LocalizedText
    start: PartialDate | None = None
    end: PartialDate | None = None
    cohort: Cohort | None = None
    """The cohort of seats the number is about, whose members the app counts from the data beside it."""
    topic: Topic = Topic.OTHER
    note: LocalizedText = EMPTY_TEXT
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class StoryCard:
    """One card of a guided story: a short heading, a few sentences, and one deep link the card opens.

    Attributes:
        link: the deep link the card's "Open" button follows (``person/yezhov``, ``numbers/great-terror`` …).
    """

    title: LocalizedText
    text: LocalizedText
    link: str
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class Story:
    """A guided story: five to twelve cards read one after another, each opening a record of the data.

    Attributes:
        order: the story's place in the list of stories (lower first).
    """

    id: str
    order: int
    title: LocalizedText
    summary: LocalizedText = EMPTY_TEXT
    cards: tuple[StoryCard, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary term: a word of the period (NKVD, troika) with a short definition.

    Attributes:
        forms_en: the exact English surface forms that count as a mention in a page's text (the term itself is
            always one of them).
        forms_ru: the same in Russian (case forms: НКВД, тройка, тройки, тройкой …).
        see: deep links to records of the data about the term.
    """

    id: str
    term: LocalizedText
    forms_en: tuple[str, ...] = ()
    forms_ru: tuple[str, ...] = ()
    definition: LocalizedText = EMPTY_TEXT
    see: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN

    def forms(self, lang: str) -> tuple[str, ...]:
        """The forms that count as a mention in ``lang``: the term in that language, then the listed forms."""
        listed = self.forms_ru if lang == "ru" else self.forms_en
        own = self.term.get(lang) if self.term.has(lang) else ""
        return tuple(dict.fromkeys(f for f in (own, *listed) if f.strip()))
