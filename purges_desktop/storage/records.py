# SPDX-License-Identifier: GPL-3.0-or-later
"""From YAML mappings to domain records, one reader per section. A broken record is skipped with an error."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from purges_desktop.domain.lists import CategoryCounts, Compiler, ListEntry, ListMatch, ListPart, ShootingList
from purges_desktop.domain.model import (
    Body,
    BodyKind,
    Category,
    Cohort,
    Column,
    Defendant,
    EndReason,
    Era,
    Event,
    Fate,
    Figure,
    LifeEvent,
    Membership,
    NotTried,
    Person,
    Plea,
    Repression,
    RepressionType,
    Role,
    Sentence,
    SentenceKind,
    Source,
    SourceKind,
    Statistic,
    Story,
    StoryCard,
    Term,
    Topic,
    Trial,
)
from purges_desktop.domain.problems import Origin, Problem, Severity
from purges_desktop.domain.text import LocalizedText
from purges_desktop.storage.fields import MAX_NUMBER, FieldReader, RecordInvalidError, out_of_range, shorten
from purges_desktop.storage.yaml_reader import PosDict

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)
_COMMON = ("note", "sources")
# The ranges of the numeric fields (docs/data-format.md; docs/reliability.md, "Numbers out of range").
YEAR_RANGE = (1000, 2100)  # a source's year of publication or access
SENTENCE_YEARS = (0, 100)  # years of a sentence (repression step or defendant)
POSITION_RANGE = (-1_000_000, 1_000_000)  # a body's chart position and rank
FIGURE_RANGE = (0, 10**12)  # a figure's value: a count of people or cases
COUNT_MAX = 1_000_000  # a category count of one part of a shooting list
MEMORIAL_ID_RANGE = (1, 1_000_000)
VOLUME_RANGE = (1, 10_000)
SEATS_RANGE = (1, 100_000)  # the seats of a figure's cohort
_KIOSK = ("content_note", "hide_in_kiosk")


def _url(r: FieldReader, key: str) -> str:
    url = r.string(key)
    if url and not url.startswith(("http://", "https://")):
        r.report(r.pos_of(key), f"{key} {shorten(url)} must start with http:// or https://", "bad-url")
        return ""
    return url


def read_source(r: FieldReader) -> Source:
    """A bibliography entry: the work (title, author, year, url) and where it was read (accessed_via)."""
    year = r.number("year", whole=True, low=YEAR_RANGE[0], high=YEAR_RANGE[1])
    return Source(
        id=r.required_id(), title=r.string("title", required=True), author=r.string("author"),
        publisher=r.string("publisher"), year=int(year) if year is not None else None, url=_url(r, "url"),
        accessed_via=_url(r, "accessed_via"), kind=r.enum("kind", SourceKind), note=r.text("note"),
        mirror_ok=r.string("mirror_ok"), incomplete=r.string("incomplete"), origin=r.origin,
    )


SOURCE_KEYS = ("id", "title", "author", "publisher", "year", "url", "accessed_via", "kind", "note", "mirror_ok",
               "incomplete")


def _life_event(r: FieldReader, key: str) -> LifeEvent:
    value = r.data.get(key)
    if value is None:
        return LifeEvent()
    if isinstance(value, PosDict):
        sub = FieldReader(value, r.file, r.problems, f"{key} of {r.kind}", ("date", "place", "note"))
        if sub.data.get("date") == "unknown":
            return LifeEvent(None, sub.text("place"), date_unknown=True)
        return LifeEvent(sub.date("date"), sub.text("place"))
    if value == "unknown":
        return LifeEvent(date_unknown=True)
    return LifeEvent(r.date(key))


def _repression(r: FieldReader) -> tuple[Repression, ...]:
    steps: list[Repression] = []
    for item, _origin in r.items("repression"):
        sub = FieldReader(item, r.file, r.problems, "repression step",
                          ("type", "date", "sentence", "years", "note", "sources"))
        try:
            kind = sub.enum("type", RepressionType, required=True)
        except RecordInvalidError:
            continue
        assert kind is not None
        years = sub.number("years", low=SENTENCE_YEARS[0], high=SENTENCE_YEARS[1])
        steps.append(Repression(kind, sub.date("date"), sub.enum("sentence", SentenceKind),
                                float(years) if years is not None else None, sub.text("note"),
                                sub.sources(required=False)))
    return tuple(steps)


PERSON_KEYS = ("id", "name", "surname", "aliases", "born", "died", "fate", "repression", "occupation",
               "tags", "bio", "image", "image_credit", *_COMMON, *_KIOSK)


def read_person(r: FieldReader) -> Person:
    """A person."""
    pid = r.required_id()
    return Person(
        id=pid, name=r.text("name", required=True), surname=r.text("surname"),
        aliases=r.string_list("aliases"), born=_life_event(r, "born"), died=_life_event(r, "died"),
        fate=r.enum("fate", Fate, Fate.UNKNOWN) or Fate.UNKNOWN, repression=_repression(r),
        occupation=r.text("occupation"), tags=r.string_list("tags"), bio=r.text("bio"),
        image=r.string("image"), image_credit=r.text("image_credit"), note=r.text("note"),
        content_note=r.text("content_note"),
        hide_in_kiosk=bool(r.boolean("hide_in_kiosk")), sources=r.sources(), origin=r.origin,
    )


BODY_KEYS = ("id", "name", "short", "kind", "parent", "from", "to", "predecessor", "successor",
             "description", "chart", "rank", *_COMMON)


def read_body(r: FieldReader) -> Body:
    """A party or state organ."""
    bid = r.required_id()
    kind = r.enum("kind", BodyKind, required=True)
    assert kind is not None
    return Body(
        id=bid, name=r.text("name", required=True), kind=kind, short=r.text("short"),
        parent=r.ref("parent"), start=r.date("from"), end=r.date("to"), predecessor=r.ref("predecessor"),
        successor=r.ref("successor"), description=r.text("description"),
        chart=r.integer("chart", low=POSITION_RANGE[0], high=POSITION_RANGE[1]),
        rank=r.integer("rank", low=POSITION_RANGE[0], high=POSITION_RANGE[1]), sources=r.sources(), origin=r.origin,
    )


MEMBERSHIP_KEYS = ("id", "person", "body", "role", "title", "from", "to", "end_reason", "cohort",
                   *_COMMON)


def read_membership(r: FieldReader) -> Membership:
    """A seat or post."""
    role = r.enum("role", Role, required=True)
    assert role is not None
    end_unknown = r.data.get("to") == "unknown"
    return Membership(
        person=r.ref("person", required=True), body=r.ref("body", required=True), role=role,
        start=r.date("from"), end=None if end_unknown else r.date("to"), end_unknown=end_unknown,
        title=r.text("title"),
        end_reason=r.enum("end_reason", EndReason), cohort=r.string("cohort"), note=r.text("note"),
        sources=r.sources(), origin=r.origin,
    )


def _sentence(r: FieldReader) -> Sentence | None:
    data = r.mapping("sentence")
    if data is None:
        return None
    sub = FieldReader(data, r.file, r.problems, "sentence", ("kind", "years", "date", "note"))
    try:
        kind = sub.enum("kind", SentenceKind, required=True)
    except RecordInvalidError:
        return None
    assert kind is not None
    years = sub.number("years", low=SENTENCE_YEARS[0], high=SENTENCE_YEARS[1])
    return Sentence(kind, float(years) if years is not None else None, sub.date("date"))


DEFENDANT_KEYS = ("person", "former_position", "charges", "plea", "sentence", "executed",
                  "died_in_custody", "rehabilitated", "note", "sources")


def _defendants(r: FieldReader) -> tuple[Defendant, ...]:
    out: list[Defendant] = []
    for item, origin in r.items("defendants"):
        sub = FieldReader(item, r.file, r.problems, "defendant", DEFENDANT_KEYS)
        try:
            person = sub.ref("person", required=True)
        except RecordInvalidError:
            continue
        out.append(Defendant(
            person=person, former_position=sub.text("former_position"), charges=sub.text("charges"),
            plea=sub.enum("plea", Plea, Plea.UNKNOWN) or Plea.UNKNOWN, sentence=_sentence(sub),
            executed=sub.date("executed"), died_in_custody=sub.date("died_in_custody"),
            rehabilitated=sub.date("rehabilitated"), note=sub.text("note"), origin=origin,
        ))
    return tuple(out)


def _not_tried(r: FieldReader) -> tuple[NotTried, ...]:
    out: list[NotTried] = []
    for item, _origin in r.items("not_tried"):
        sub = FieldReader(item, r.file, r.problems, "not-tried entry", ("person", "reason", "note"))
        try:
            out.append(NotTried(sub.ref("person", required=True), sub.text("reason")))
        except RecordInvalidError:
            continue
    return tuple(out)


TRIAL_KEYS = ("id", "name", "common_name", "start", "end", "court", "public", "presiding_judge", "judges",
              "prosecutor", "articles", "charges", "defendants", "not_tried", "summary", *_COMMON, *_KIOSK)


def read_trial(r: FieldReader) -> Trial:
    """A trial and its defendants."""
    tid = r.required_id()
    return Trial(
        id=tid, name=r.text("name", required=True), common_name=r.text("common_name"),
        start=r.date("start"), end=r.date("end"), court=r.ref("court"), public=r.boolean("public"),
        presiding_judge=r.ref("presiding_judge"), judges=r.ref_list("judges"),
        prosecutor=r.ref("prosecutor"), articles=r.string_list("articles"), charges=r.text("charges"),
        defendants=_defendants(r), not_tried=_not_tried(r), summary=r.text("summary"), note=r.text("note"),
        content_note=r.text("content_note"), hide_in_kiosk=bool(r.boolean("hide_in_kiosk")),
        sources=r.sources(), origin=r.origin,
    )


EVENT_KEYS = ("id", "date", "end", "category", "title", "summary", "people", "bodies", "trials", "key_date",
              "compare_with", *_COMMON, *_KIOSK)


def read_event(r: FieldReader) -> Event:
    """A timeline event."""
    eid = r.required_id()
    date = r.date("date", required=True)
    category = r.enum("category", Category, required=True)
    assert date is not None and category is not None
    return Event(
        id=eid, date=date, category=category, title=r.text("title", required=True), end=r.date("end"),
        summary=r.text("summary"), people=r.ref_list("people"), bodies=r.ref_list("bodies"),
        trials=r.ref_list("trials"), note=r.text("note"), content_note=r.text("content_note"),
        hide_in_kiosk=bool(r.boolean("hide_in_kiosk")), key_date=bool(r.boolean("key_date")),
        compare_with=r.ref("compare_with"), sources=r.sources(), origin=r.origin,
    )


ERA_KEYS = ("id", "name", "from", "to", "category", "summary", *_COMMON)


def read_era(r: FieldReader) -> Era:
    """A named period."""
    eid = r.required_id()
    start, end = r.date("from", required=True), r.date("to", required=True)
    assert start is not None and end is not None
    return Era(id=eid, name=r.text("name", required=True), start=start, end=end,
               category=r.enum("category", Category), summary=r.text("summary"), sources=r.sources(),
               origin=r.origin)


STATISTIC_KEYS = ("id", "title", "counts", "columns", "rows", "printed_totals", "topic", *_COMMON)


def read_statistic(r: FieldReader) -> Statistic:
    """A table of numbers."""
    sid = r.required_id()
    columns: list[Column] = []
    for item, _origin in r.items("columns"):
        sub = FieldReader(item, r.file, r.problems, "column", ("key", "label"))
        try:
            columns.append(Column(sub.string("key", required=True), sub.text("label")))
        except RecordInvalidError:
            continue
    keys = {c.key for c in columns}
    rows: list[tuple[tuple[str, float | int | None], ...]] = []
    for item, origin in r.items("rows"):
        for key in item:
            if key not in keys:
                r.report(origin, f"row has a value for {shorten(key)}, which is not a column", "unknown-column")
        rows.append(tuple((c.key, _cell(r, item, c.key)) for c in columns))
    totals_data = r.mapping("printed_totals") or PosDict()
    totals = tuple((str(k), v) for k in totals_data if (v := _cell(r, totals_data, k)) is not None)
    return Statistic(id=sid, title=r.text("title", required=True), counts=r.text("counts", required=True),
                     columns=tuple(columns), rows=tuple(rows), printed_totals=totals,
                     topic=r.enum("topic", Topic, Topic.OVERALL) or Topic.OVERALL, note=r.text("note"),
                     sources=r.sources(), origin=r.origin)


def _cell(r: FieldReader, data: PosDict, key: object) -> float | int | None:
    """A number of a table (absent or ``null``: an empty cell); anything else is reported and left empty."""
    value = data.get(key)
    if value is None:
        return None
    origin = Origin(r.file, *getattr(data, "value_pos", {}).get(key, (0, 0)))
    if not isinstance(value, int | float) or isinstance(value, bool):
        r.report(origin, f"{shorten(key)} must be a number, not {shorten(value)}; leave an unknown number out",
                 "bad-type")
        return None
    if not -MAX_NUMBER <= value <= MAX_NUMBER:
        r.report(origin, out_of_range(shorten(key), value, -MAX_NUMBER, MAX_NUMBER), "out-of-range")
        return None
    return value


FIGURE_KEYS = ("id", "title", "value", "counts", "from", "to", "topic", "cohort", *_COMMON)


def _cohort(r: FieldReader) -> Cohort | None:
    """``cohort: {body: central-committee, cohort: congress-17, label: ...}``; a broken one is reported and left
    out (the figure itself still loads)."""
    data = r.mapping("cohort")
    if data is None:
        return None
    sub = FieldReader(data, r.file, r.problems, "cohort", ("body", "cohort", "label", "seats"))
    try:
        body = sub.ref("body", required=True)
        cohort = sub.string("cohort", required=True)
    except RecordInvalidError:
        return None
    seats = sub.integer("seats", low=SEATS_RANGE[0], high=SEATS_RANGE[1])
    return Cohort(body, cohort, sub.text("label"), seats)


def read_figure(r: FieldReader) -> Figure:
    """A single aggregate number."""
    fid = r.required_id()
    value = r.number("value", required=True, low=FIGURE_RANGE[0], high=FIGURE_RANGE[1])
    assert value is not None
    return Figure(id=fid, title=r.text("title", required=True), value=value,
                  counts=r.text("counts", required=True), start=r.date("from"), end=r.date("to"),
                  topic=r.enum("topic", Topic, Topic.OTHER) or Topic.OTHER, cohort=_cohort(r),
                  note=r.text("note"), sources=r.sources(), origin=r.origin)


def _counts(r: FieldReader, key: str = "counts") -> CategoryCounts:
    """``{first: n, second: n, third: n}``: whole numbers; a missing category is 0."""
    data = r.mapping(key)
    if data is None:
        return CategoryCounts()
    sub = FieldReader(data, r.file, r.problems, key, ("first", "second", "third"))
    values = []
    for cat in ("first", "second", "third"):
        value = sub.number(cat, high=COUNT_MAX)
        if isinstance(value, float):
            sub.report(sub.pos_of(cat), f"{key}.{cat} must be a whole number, not {shorten(value)}", "bad-type")
            value = None
        elif value is not None and value < 0:
            sub.report(sub.pos_of(cat), f"{key}.{cat} is negative ({value}); it is read as 0", "negative-count")
            value = None
        values.append(int(value) if value is not None else 0)
    return CategoryCounts(*values)


def _compilers(r: FieldReader) -> tuple[Compiler, ...]:
    out: list[Compiler] = []
    for item, _origin in r.items("compiled_by"):
        sub = FieldReader(item, r.file, r.problems, "compiler", ("name", "person"))
        try:
            out.append(Compiler(sub.string("name", required=True), sub.ref("person")))
        except RecordInvalidError:
            continue
    return tuple(out)


def _parts(r: FieldReader) -> tuple[ListPart, ...]:
    out: list[ListPart] = []
    for i, (item, _origin) in enumerate(r.items("parts"), start=1):
        sub = FieldReader(item, r.file, r.problems, "list part", ("title", "counts"))
        try:
            out.append(ListPart(i, sub.text("title", required=True), _counts(sub)))
        except RecordInvalidError:
            continue
    return tuple(out)


SHOOTING_LIST_KEYS = ("id", "memorial_id", "date", "volume", "archive", "title", "signed_by", "signatures_text",
                      "compiled_by", "parts", *_COMMON)


def read_shooting_list(r: FieldReader) -> ShootingList:
    """A list sent to the Politburo (Stalin's shooting lists)."""
    lid = r.required_id()
    memorial_id = _whole(r, "memorial_id", MEMORIAL_ID_RANGE, required=True)
    volume = _whole(r, "volume", VOLUME_RANGE)
    assert memorial_id is not None
    return ShootingList(
        id=lid, memorial_id=memorial_id, title=r.text("title", required=True),
        date=r.date("date"), volume=volume, archive=r.string("archive"), signed_by=r.ref_list("signed_by"),
        signatures_text=r.string("signatures_text"), compiled_by=_compilers(r), parts=_parts(r),
        note=r.text("note"), sources=r.sources(), origin=r.origin,
    )


def _whole(r: FieldReader, key: str, bounds: tuple[int, int], *, required: bool = False) -> int | None:
    value = r.number(key, required=required, low=bounds[0], high=bounds[1])
    if isinstance(value, float):
        r.report(r.pos_of(key), f"{key} must be a whole number, not {shorten(value)}", "bad-type")
        if required:
            raise RecordInvalidError
        return None
    return value


LIST_ENTRY_KEYS = ("person", "list", "category", "name_on_list", "section", "struck", "match", *_COMMON)


def read_list_entry(r: FieldReader) -> ListEntry:
    """A person of the dataset found on a shooting list."""
    person, list_id = r.ref("person", required=True), r.ref("list", required=True)
    category = r.number("category", required=True)
    if category not in (1, 2, 3) or isinstance(category, bool):
        r.report(r.pos_of("category"), f"category {shorten(category)} must be 1 (shooting), 2 (ten years) or 3 (eight "
                 "years); the entry is skipped", "bad-category")
        raise RecordInvalidError
    return ListEntry(
        person=person, list=list_id, category=int(category), name_on_list=r.string("name_on_list"),
        section=r.string("section"), struck=bool(r.boolean("struck")),
        match=r.enum("match", ListMatch, ListMatch.CERTAIN) or ListMatch.CERTAIN, note=r.text("note"),
        sources=r.sources(), origin=r.origin,
    )


# ---- guided stories and the glossary (docs/data-format.md, "Stories" and "Glossary")

#: A story has from 5 to 12 cards; outside that it still loads, with a warning.
STORY_CARDS = (5, 12)
#: Word limits (warnings): a card's text and a term's definition, a card's title, a story's summary.
MAX_TEXT_WORDS = 60
MAX_CARD_TITLE_WORDS = 8
MAX_SUMMARY_WORDS = 20
ORDER_RANGE = (-1_000_000, 1_000_000)
_LANGS = ("en", "ru")


def _word_limit(r: FieldReader, key: str, text: LocalizedText, limit: int) -> None:
    """A warning for each language in which ``text`` is longer than ``limit`` words."""
    for lang, value in text.values:
        words = len(value.split())
        if words > limit:
            r.report(r.pos_of(key), f"{key}.{lang} has {words} words; keep it to {limit} or fewer", "too-many-words",
                     Severity.WARNING)


def _both_languages(r: FieldReader, key: str, text: LocalizedText) -> None:
    """A warning when bilingual text lacks Russian (a missing English is already reported by ``text()``)."""
    if text and text.has("en") and not text.has("ru"):
        r.report(r.pos_of(key), f"{key} has no Russian text (ru); visitors reading Russian see the English",
                 "missing-language", Severity.WARNING)


def _bilingual(r: FieldReader, key: str, limit: int = 0, *, required: bool = False) -> LocalizedText:
    """Bilingual text that should exist in both languages, optionally within ``limit`` words."""
    text = r.text(key, required=required)
    _both_languages(r, key, text)
    if limit:
        _word_limit(r, key, text, limit)
    return text


CARD_KEYS = ("title", "text", "open", "sources")


def _cards(r: FieldReader) -> tuple[StoryCard, ...]:
    out: list[StoryCard] = []
    for n, (item, origin) in enumerate(r.items("cards"), start=1):
        sub = FieldReader(item, r.file, r.problems, f"card {n}", CARD_KEYS)
        try:
            title = _bilingual(sub, "title", MAX_CARD_TITLE_WORDS, required=True)
            text = _bilingual(sub, "text", MAX_TEXT_WORDS, required=True)
        except RecordInvalidError:
            continue
        out.append(StoryCard(title, text, sub.link("open", required=True), sub.sources(), origin))
    return tuple(out)


STORY_KEYS = ("id", "order", "title", "summary", "cards", "sources")


def read_story(r: FieldReader) -> Story:
    """A guided story and its cards."""
    sid = r.required_id()
    title = _bilingual(r, "title", required=True)
    order = r.integer("order", low=ORDER_RANGE[0], high=ORDER_RANGE[1])
    if order is None and "order" not in r.data:
        r.report(r.origin, f"story {sid!r} has no 'order' (its place in the list of stories); it is listed last",
                 "missing-field", Severity.WARNING)
    cards = _cards(r)
    low, high = STORY_CARDS
    if not low <= len(cards) <= high:
        r.report(r.pos_of("cards"), f"story {sid!r} has {len(cards)} cards; a story has from {low} to {high}",
                 "card-count", Severity.WARNING)
    return Story(id=sid, order=order if order is not None else ORDER_RANGE[1], title=title,
                 summary=_bilingual(r, "summary", MAX_SUMMARY_WORDS), cards=cards,
                 sources=r.sources(required=False), origin=r.origin)


def _forms(r: FieldReader) -> dict[str, tuple[str, ...]]:
    """``forms: {en: [...], ru: [...]}``: the surface forms of a term in each language."""
    data = r.mapping("forms")
    if data is None:
        return {}
    sub = FieldReader(data, r.file, r.problems, "forms", _LANGS)
    return {lang: tuple(f for f in sub.string_list(lang) if f.strip()) for lang in _LANGS}


TERM_KEYS = ("id", "term", "forms", "definition", "see", "sources")


def read_term(r: FieldReader) -> Term:
    """A glossary term."""
    tid = r.required_id()
    term = _bilingual(r, "term", required=True)
    forms = _forms(r)
    definition = _bilingual(r, "definition", MAX_TEXT_WORDS, required=True)
    return Term(id=tid, term=term, forms_en=forms.get("en", ()), forms_ru=forms.get("ru", ()), definition=definition,
                see=r.links("see"), sources=r.sources(), origin=r.origin)


#: section name -> (record kind for messages, allowed keys, reader)
SECTIONS: dict[str, tuple[str, tuple[str, ...], Callable[[FieldReader], object]]] = {
    "sources": ("source", SOURCE_KEYS, read_source),
    "people": ("person", PERSON_KEYS, read_person),
    "bodies": ("body", BODY_KEYS, read_body),
    "memberships": ("membership", MEMBERSHIP_KEYS, read_membership),
    "trials": ("trial", TRIAL_KEYS, read_trial),
    "events": ("event", EVENT_KEYS, read_event),
    "eras": ("era", ERA_KEYS, read_era),
    "statistics": ("statistic", STATISTIC_KEYS, read_statistic),
    "figures": ("figure", FIGURE_KEYS, read_figure),
    "shooting_lists": ("shooting list", SHOOTING_LIST_KEYS, read_shooting_list),
    "list_entries": ("list entry", LIST_ENTRY_KEYS, read_list_entry),
    "stories": ("story", STORY_KEYS, read_story),
    "terms": ("term", TERM_KEYS, read_term),
}


def read_section(name: str, value: object, origin: Origin, file: str,
                 problems: list[Problem]) -> list[object]:
    """Read every record of one section; broken records are reported and skipped."""
    kind, keys, reader = SECTIONS[name]
    if not isinstance(value, list):
        problems.append(_problem(origin, f"section {name!r} must be a list of records (lines starting "
                                 f"with '- '), not {type(value).__name__}", "bad-section"))
        return []
    item_pos = getattr(value, "item_pos", [])
    out: list[object] = []
    for i, item in enumerate(value):
        pos = Origin(file, *item_pos[i]) if i < len(item_pos) else origin
        if not isinstance(item, PosDict):
            problems.append(_problem(pos, f"each {kind} must be a mapping of fields, not "
                                     f"{type(item).__name__}", "bad-record"))
            continue
        try:
            out.append(reader(FieldReader(item, file, problems, kind, keys)))
        except RecordInvalidError:
            continue
        except Exception as exc:  # docs/reliability.md, "A bug in a record reader"
            log.exception("reading the %s at %s:%d:%d failed", kind, pos.file, pos.line, pos.column)
            problems.append(_problem(pos, f"this {kind} could not be read and was skipped: the app failed on it "
                                     f"({type(exc).__name__}: {shorten(str(exc))}); please report this with the "
                                     "file", "internal-error"))
    return out


def _problem(origin: Origin, message: str, code: str) -> Problem:
    return Problem(origin, Severity.ERROR, message, code)
