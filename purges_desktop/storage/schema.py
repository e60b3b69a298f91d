# SPDX-License-Identifier: GPL-3.0-or-later
"""A JSON Schema (draft-07) of one data file, for curators' editors.

yaml-language-server (the VS Code YAML extension) reads the schema and shows help on hover, completes keys and enum
values, and underlines mistakes while the curator types. The schema is generated from :data:`FIELDS`, a declarative
table of every field's type and help text, checked against the readers: the keys of each section come from
:data:`purges_desktop.storage.records.SECTIONS` and the enum values from the domain enums, so the schema cannot
drift from what the app reads. Write it with::

    python -m purges_desktop.storage.schema data/schema/purges-data.schema.json

The schema checks one file at a time: it cannot see whether an id is defined in another file (the app's
``validate`` does), nor compare fields (an end before a start).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from purges_desktop.domain.lists import ListMatch
from purges_desktop.domain.model import (
    BodyKind,
    Category,
    EndReason,
    Fate,
    Plea,
    RepressionType,
    Role,
    SentenceKind,
    SourceKind,
    Topic,
)
from purges_desktop.storage.fields import MAX_NUMBER
from purges_desktop.storage.records import (
    COUNT_MAX,
    FIGURE_RANGE,
    MAX_CARD_TITLE_WORDS,
    MAX_SUMMARY_WORDS,
    MAX_TEXT_WORDS,
    MEMORIAL_ID_RANGE,
    ORDER_RANGE,
    POSITION_RANGE,
    SEATS_RANGE,
    SECTIONS,
    SENTENCE_YEARS,
    STORY_CARDS,
    VOLUME_RANGE,
    YEAR_RANGE,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from enum import StrEnum

SCHEMA_FILE = "purges-data.schema.json"
DRAFT = "http://json-schema.org/draft-07/schema#"

#: ``^[a-z0-9]+(-[a-z0-9]+)*$``: the ids :data:`purges_desktop.storage.fields.ID_RE` accepts (written without ``?:``,
#: which ECMA-262 and Python read alike). In ECMA-262 ``$`` is the very end; Python's ``$`` also matches before a
#: final newline, so the app checks ``ID_RE`` with ``fullmatch`` (docs/reliability.md, "Ids with a trailing newline").
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
#: A partial date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, then optionally ``~`` (approximate), ``?``
#: (uncertain) or ``%`` (both). Year 0000 and impossible months or days are refused; the app also checks the
#: number of days of the month (``1937-02-30``), which the pattern only bounds by 31.
DATE_PATTERN = r"^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[~?%]?$"
LANG_PATTERN = r"^[a-z]{2,3}$"
URL_PATTERN = r"^https?://"
#: A deep link of a story card or a glossary term: ``kind`` or ``kind/id`` (the app checks that the record exists).
LINK_PATTERN = r"^[a-z]+(/[a-z0-9]+(-[a-z0-9]+)*)?$"


@dataclass(frozen=True, slots=True)
class Field:
    """How one key of a record is read, and the help an editor shows for it.

    Attributes:
        kind: ``id`` (the record's own id), ``ref`` (an id of another record), ``refs`` (a list of ids), ``string``,
            ``strings`` (a list of text items), ``text`` (bilingual), ``date``, ``enum``, ``boolean``, ``number``,
            ``integer``, ``url``, ``sources``, ``life_event`` (a date or ``{date, place}``), ``record`` (a nested
            mapping), ``records`` (a list of nested mappings), ``numbers`` (a mapping of names to numbers), ``count``
            (a whole number, 0 or more), ``list_category`` (1, 2 or 3), ``link`` (a deep link), ``links`` (a list of
            deep links), ``forms`` (a mapping of language to a list of text items).
        help: the English description shown by the editor.
        required: the reader skips the record (or warns) without it.
        enum: the domain enum of an ``enum`` field.
        fields: the keys of a ``record``/``records`` field.
        open_keys: a ``records`` field whose items may carry any key (statistics rows).
        bounds: the smallest and largest value of a number (the reader's range: docs/reliability.md, "Numbers out
            of range").
    """

    kind: str
    help: str
    required: bool = False
    enum: type[StrEnum] | None = None
    fields: Mapping[str, Field] | None = None
    open_keys: bool = False
    bounds: tuple[int, int] | None = None


def _f(kind: str, help_text: str, **kw: Any) -> Field:
    return Field(kind, help_text, **kw)


_NOTE = _f("text", "Disputes, uncertainty and caveats about this record, e.g. where the sources disagree on a date "
           "(bilingual: {en: ..., ru: ...}). Plain text, never HTML or Markdown.")
_SOURCES = _f("sources", "The sources you checked for this record: a non-empty list of source ids, or "
              "{source: id, detail: \"p. 45\"} to point at a page or section. Every id must be defined in a "
              "`sources:` section of some data file.", required=True)
_CONTENT_NOTE = _f("text", "A warning shown before graphic or distressing material about this record "
                   "(bilingual: {en: ..., ru: ...}).")
_HIDE = _f("boolean", "true: never show this record in the museum kiosk. Only true or false are booleans; "
           "`no` or `yes` are read as text and refused.")


def _date(help_text: str, **kw: Any) -> Field:
    return _f("date", help_text + " A partial date, Gregorian (New Style): 1937, 1937-07 or 1937-07-30, optionally "
              "followed by ~ (approximate), ? (uncertain) or % (both).", **kw)


#: section -> key -> field. The keys must be exactly those of the section's reader (records.SECTIONS).
FIELDS: dict[str, dict[str, Field]] = {
    "sources": {
        "id": _f("id", "The source's id, unique among sources: wp-en-<slug> for an English Wikipedia article, "
                 "wp-ru-<slug> for a Russian one, brit-<slug> for Britannica, otherwise a short descriptive slug.",
                 required=True),
        "title": _f("string", "The title of the work or page.", required=True),
        "author": _f("string", "The author or authors of the work, as the work gives them (Wikipedia contributors "
                     "for a Wikipedia article). Needed for a scholarly work or a memoir."),
        "publisher": _f("string", "The publisher, journal, newspaper or website of the work, e.g. Wikipedia "
                        "(Russian)."),
        "year": _f("integer", "The year of the work: of the edition, the document or the issue (not of access). "
                   "Needed for a scholarly work, a memoir, an archive document or the press.", bounds=YEAR_RANGE),
        "url": _f("url", "The work's own address, http:// or https:// only: the encyclopedia's page, the "
                  "publisher's; empty for a book with no address of its own. Never a mirror (see accessed_via)."),
        "accessed_via": _f("url", "The address of the copy actually read, when it is not the work's own: a mirror "
                           "of Wikipedia, a site that reproduces the book."),
        "kind": _f("enum", "What the source is: archive (an archive document or its publication), scholarly (a "
                   "scholarly book or article), encyclopedia, press, memoir, or web (any other page).",
                   enum=SourceKind),
        "note": _NOTE,
        "mirror_ok": _f("string", "Why url may stay on the domain of a known mirror (the work has no other "
                        "address); without it, validate warns."),
        "incomplete": _f("string", "Why the author or the year is missing (what was searched); without it, validate "
                         "warns on a scholarly work, memoir, archive document or press item that lacks one."),
    },
    "people": {
        "id": _f("id", "The person's id, unique among people: the common English surname (yezhov); add the given "
                 "name where two people share a surname (kaganovich-lazar).", required=True),
        "name": _f("text", "The full name: en given name + surname; ru with the patronymic.", required=True),
        "surname": _f("text", "The surname, for sorting (optional: the last word of the name is used)."),
        "aliases": _f("strings", "Other spellings and names, found by the search (e.g. [Ezhov, Jezhov])."),
        "born": _f("life_event", "Birth: a date (born: 1895-05-01) or {date: ..., place: {en: ..., ru: ...}}."),
        "died": _f("life_event", "Death: a date (died: 1940-02-04) or {date: ..., place: {en: ..., ru: ...}}."),
        "fate": _f("enum", "How the person's life ended (unknown when omitted).", enum=Fate),
        "repression": _f("records", "What the state did to the person, one step per entry, in order.", fields={
            "type": _f("enum", "The kind of step.", required=True, enum=RepressionType),
            "date": _date("When it happened."),
            "sentence": _f("enum", "For a sentence step: the kind of sentence.", enum=SentenceKind),
            "years": _f("number", "For a sentence step: its length in years.", bounds=SENTENCE_YEARS),
            "note": _NOTE,
            "sources": _f("sources", "Sources for this step, when they differ from the person's own (a list of "
                          "source ids or {source: id, detail: ...})."),
        }),
        "occupation": _f("text", "A short description of the person's occupation or post."),
        "tags": _f("strings", "Groups for filtering; by convention: party, state, police, military, judiciary, "
                   "culture, science, other."),
        "bio": _f("text", "A biography of 2 to 5 sentences in each language, in your own words."),
        "image": _f("string", "A portrait, as a path relative to the data folder (images/yezhov.jpg); a missing "
                    "file shows a placeholder. PNG, JPEG or GIF, at most 10 MB."),
        "image_credit": _f("text", "Who made the portrait and where it comes from (archive, photographer, "
                           "licence); shown under it."),
        "note": _NOTE,
        "sources": _SOURCES,
        "content_note": _CONTENT_NOTE,
        "hide_in_kiosk": _HIDE,
    },
    "bodies": {
        "id": _f("id", "The body's id, unique among bodies (nkvd, politburo, military-collegium).", required=True),
        "name": _f("text", "The full name of the organ.", required=True),
        "short": _f("text", "The short name or abbreviation (NKVD)."),
        "kind": _f("enum", "Which branch the organ belongs to.", required=True, enum=BodyKind),
        "parent": _f("ref", "The id of the body this one belongs to."),
        "from": _date("When the body was founded."),
        "to": _date("When the body was dissolved or renamed."),
        "predecessor": _f("ref", "The id of the body this one replaced."),
        "successor": _f("ref", "The id of the body that replaced this one."),
        "description": _f("text", "A short description of the body."),
        "chart": _f("integer", "Where the body stands on the organisation chart and in its text list (and in the "
                    "People tab's organ filter): lower numbers first. Omit it to leave the body off the chart.",
                    bounds=POSITION_RANGE),
        "rank": _f("integer", "How much a post in this body weighs for a person's highest post in the People list: "
                   "lower is higher (the Politburo is 0). Bodies without a rank come after all ranked ones.",
                   bounds=POSITION_RANGE),
        "note": _NOTE,
        "sources": _SOURCES,
    },
    "memberships": {
        "id": _f("id", "An optional id of the membership (not used by the app today)."),
        "person": _f("ref", "The id of the person holding the seat or post.", required=True),
        "body": _f("ref", "The id of the body.", required=True),
        "role": _f("enum", "The seat or post; head and general_secretary are held by one person at a time.",
                   required=True, enum=Role),
        "title": _f("text", "The real title of the post (People's Commissar for Internal Affairs)."),
        "from": _date("When the person took the seat or post."),
        "to": _f("end_date", "When the person left it: a partial date; unknown when the post ended but the sources "
                 "do not say when (it is then shown only at its start); omit only while it is still held."),
        "end_reason": _f("enum", "Why the membership ended.", enum=EndReason),
        "cohort": _f("string", "The election that produced this seat, e.g. congress-17 for the Central Committee "
                     "elected in 1934."),
        "note": _NOTE,
        "sources": _SOURCES,
    },
    "trials": {
        "id": _f("id", "The trial's id, unique among trials (trial-1938).", required=True),
        "name": _f("text", "The official name of the case.", required=True),
        "common_name": _f("text", "The name the trial is commonly known by."),
        "start": _date("The first day of the trial."),
        "end": _date("The last day of the trial (the verdict)."),
        "court": _f("ref", "The id of the court (a body)."),
        "public": _f("boolean", "true for a public (show) trial, false for a closed one."),
        "presiding_judge": _f("ref", "The id of the presiding judge (a person)."),
        "judges": _f("refs", "The ids of the other members of the bench (people)."),
        "prosecutor": _f("ref", "The id of the prosecutor (a person)."),
        "articles": _f("strings", "The articles of the criminal code charged, e.g. [58-1a, 58-8]."),
        "charges": _f("text", "The charges, summarised in your own words."),
        "defendants": _f("records", "The defendants, one entry per person.", fields={
            "person": _f("ref", "The id of the defendant (a person).", required=True),
            "former_position": _f("text", "The defendant's former position."),
            "charges": _f("text", "The charges against this defendant, when they differ from the trial's."),
            "plea": _f("enum", "The defendant's plea (unknown when omitted).", enum=Plea),
            "sentence": _f("record", "The sentence: {kind: death, date: 1938-03-13} or {kind: prison, years: 10}.",
                           fields={
                               "kind": _f("enum", "The kind of sentence.", required=True, enum=SentenceKind),
                               "years": _f("number", "The length of the sentence in years.",
                                           bounds=SENTENCE_YEARS),
                               "date": _date("The date of the sentence."),
                               "note": _NOTE,
                           }),
            "executed": _date("When the defendant was executed."),
            "died_in_custody": _date("When the defendant died in custody (note it when shot without a new trial)."),
            "rehabilitated": _date("When the defendant was rehabilitated."),
            "note": _NOTE,
            "sources": _f("sources", "Sources for this defendant, when they differ from the trial's (not shown by "
                          "the app today)."),
        }),
        "not_tried": _f("records", "People named in the case but not tried in it.", fields={
            "person": _f("ref", "The id of the person named (a person).", required=True),
            "reason": _f("text", "Why the person was not tried."),
            "note": _NOTE,
        }),
        "summary": _f("text", "A summary of the trial in your own words."),
        "note": _NOTE,
        "sources": _SOURCES,
        "content_note": _CONTENT_NOTE,
        "hide_in_kiosk": _HIDE,
    },
    "events": {
        "id": _f("id", "The event's id, unique among events (kirov-murder).", required=True),
        "date": _date("When the event happened (or began).", required=True),
        "end": _date("When an event that lasted several days ended."),
        "category": _f("enum", "The timeline lane of the event.", required=True, enum=Category),
        "title": _f("text", "A one-line title.", required=True),
        "summary": _f("text", "A summary in your own words."),
        "people": _f("refs", "The ids of the people concerned."),
        "bodies": _f("refs", "The ids of the bodies concerned."),
        "trials": _f("refs", "The ids of the trials concerned."),
        "key_date": _f("boolean", "true: the organisation tab offers this event as a key date to jump to (the "
                       "chart then shows the day the event ended)."),
        "compare_with": _f("ref", "The id of a later key date that the organisation tab offers as a pair to "
                           "compare with this one (who stayed, left and came)."),
        "note": _NOTE,
        "sources": _SOURCES,
        "content_note": _CONTENT_NOTE,
        "hide_in_kiosk": _HIDE,
    },
    "eras": {
        "id": _f("id", "The era's id, unique among eras (yezhovshchina).", required=True),
        "name": _f("text", "The name of the period.", required=True),
        "from": _date("When the period began.", required=True),
        "to": _date("When the period ended.", required=True),
        "category": _f("enum", "The timeline lane of the period.", enum=Category),
        "summary": _f("text", "A summary in your own words."),
        "note": _NOTE,
        "sources": _SOURCES,
    },
    "statistics": {
        "id": _f("id", "The table's id, unique among statistics.", required=True),
        "title": _f("text", "The title of the table.", required=True),
        "counts": _f("text", "What exactly is counted, and by whom (\"People convicted in cases of the secret "
                     "police organs, by year\").", required=True),
        "columns": _f("records", "The columns of the table, in order.", fields={
            "key": _f("string", "The column's key, used in the rows.", required=True),
            "label": _f("text", "The column's heading."),
        }),
        "rows": _f("records", "The rows of the table: {year: 1921, convicted: 35829}; every key must be the key of "
                   "a column (checked by the app, not the editor).", open_keys=True),
        "printed_totals": _f("numbers", "The totals as printed in the source, even if the rows do not add up: "
                             "{column key: number}."),
        "topic": _f("enum", "Which part of the Numbers view shows it (overall when omitted).", enum=Topic),
        "note": _NOTE,
        "sources": _SOURCES,
    },
    "figures": {
        "id": _f("id", "The figure's id, unique among figures.", required=True),
        "title": _f("text", "The title of the figure.", required=True),
        "value": _f("number", "The number, as published.", required=True, bounds=FIGURE_RANGE),
        "counts": _f("text", "What exactly is counted, and by whom.", required=True),
        "from": _date("The start of the period the number covers."),
        "to": _date("The end of the period the number covers."),
        "cohort": _f("record", "The seats the number is about, e.g. {body: central-committee, cohort: congress-17}: "
                     "the organisation tab counts their holders' fates from the data beside the published number.",
                     fields={
                         "body": _f("ref", "The id of the body whose seats are counted.", required=True),
                         "cohort": _f("string", "The cohort of the memberships counted (their `cohort` field).",
                                      required=True),
                         "label": _f("text", "What the cohort is called, e.g. {en: Central Committee elected in "
                                     "1934, ru: ЦК, избранный в 1934 году}."),
                         "seats": _f("integer", "How many seats the election filled, as published (139 for the "
                                     "Central Committee elected in 1934): the Numbers view draws one mark per "
                                     "seat, recorded or not.", bounds=SEATS_RANGE),
                     }),
        "topic": _f("enum", "Which part of the Numbers view shows it (other when omitted).", enum=Topic),
        "note": _NOTE,
        "sources": _SOURCES,
    },
}

_COUNTS = _f("record", "Names per category: {first: 45, second: 0, third: 0}; a category left out counts 0.", fields={
    "first": _f("count", "Names in the 1st category (shooting).", bounds=(0, COUNT_MAX)),
    "second": _f("count", "Names in the 2nd category (ten years).", bounds=(0, COUNT_MAX)),
    "third": _f("count", "Names in the 3rd category (eight years).", bounds=(0, COUNT_MAX)),
})

FIELDS["shooting_lists"] = {
    "id": _f("id", "The list's id: list-<Memorial's list id>, e.g. list-92.", required=True),
    "memorial_id": _f("count", "The list's id in Memorial's database (stalin.memo.ru).", required=True,
                      bounds=MEMORIAL_ID_RANGE),
    "date": _date("The list's date; mark it uncertain (?) where the list and Memorial's database disagree."),
    "volume": _f("count", "Memorial's volume (том) of the lists: 1-11 for 1937-38, 12-16 for later lists.",
                 bounds=VOLUME_RANGE),
    "archive": _f("string", "The archival reference: РГАСПИ ф. 17 оп. 171 д. 412 л. 120–134."),
    "title": _f("text", "The list's title: ru as printed, en a faithful translation.", required=True),
    "signed_by": _f("refs", "The ids of the people who signed the list (stalin, molotov ...)."),
    "signatures_text": _f("string", "The signatures as Memorial transcribes them (Russian)."),
    "compiled_by": _f("records", "The NKVD officials who submitted the list.", fields={
        "name": _f("string", "The official as Memorial names him (Russian): surname, post, rank.", required=True),
        "person": _f("ref", "His person id, when he is in the dataset."),
    }),
    "parts": _f("records", "The list's parts (sublists), in order.", fields={
        "title": _f("text", "The part's title: a region, railway, organ or group (ru as printed, en).",
                    required=True),
        "counts": _COUNTS,
    }),
    "note": _NOTE,
    "sources": _SOURCES,
}
FIELDS["list_entries"] = {
    "person": _f("ref", "The id of the person found on the list.", required=True),
    "list": _f("ref", "The id of the list (list-92).", required=True),
    "category": _f("list_category", "1 (shooting), 2 (ten years) or 3 (eight years).", required=True),
    "name_on_list": _f("string", "The name as printed on the list (АНТИПОВ Алексей Кириллович)."),
    "section": _f("string", "The title of the part the name stands in, as printed."),
    "struck": _f("boolean", "true when the name is crossed out on the list."),
    "match": _f("enum", "How sure the match of the printed name to the person is (certain when omitted).",
                enum=ListMatch),
    "note": _NOTE,
    "sources": _SOURCES,
}

_LINK_HELP = ("A deep link: person/<id>, event/<id>, trial/<id>, list/<id>, body/<id>, numbers/<section> "
              "(great-terror, by-year, operations, lists, congress-1934, military, more), term/<id> or story/<id>.")
FIELDS["stories"] = {
    "id": _f("id", "The story's id, unique among stories, e.g. great-terror-in-ten-steps.", required=True),
    "order": _f("integer", "The story's place in the list of stories and the Stories menu (lower first).",
                bounds=ORDER_RANGE),
    "title": _f("text", "The story's title, in both languages.", required=True),
    "summary": _f("text", f"One line, at most {MAX_SUMMARY_WORDS} words per language, shown on the story's tile."),
    "cards": _f("records", f"The cards, in reading order: from {STORY_CARDS[0]} to {STORY_CARDS[1]}.", fields={
        "title": _f("text", f"The card's heading, at most {MAX_CARD_TITLE_WORDS} words.", required=True),
        "text": _f("text", f"The card's text, at most {MAX_TEXT_WORDS} words per language, your own words.",
                   required=True),
        "open": _f("link", "The one record the card's Open button shows. " + _LINK_HELP, required=True),
        "sources": _SOURCES,
    }),
    "sources": _f("sources", "Sources of the story as a whole (optional: each card cites its own)."),
}
FIELDS["terms"] = {
    "id": _f("id", "The term's id, unique among terms, e.g. nkvd or troika.", required=True),
    "term": _f("text", "The term as the glossary lists it: {en: NKVD, ru: НКВД}.", required=True),
    "forms": _f("forms", "The exact forms that count as a mention in page text, per language (whole words, "
                "case-sensitive; the term itself always counts): {en: [NKVD], ru: [НКВД, тройки, тройкой]}."),
    "definition": _f("text", f"A short definition, at most {MAX_TEXT_WORDS} words per language, your own words.",
                     required=True),
    "see": _f("links", "Records of the data about the term. " + _LINK_HELP),
    "sources": _SOURCES,
}

_SECTION_HELP = {
    "sources": "The bibliography: works and pages cited by the records.",
    "people": "People.",
    "bodies": "Party, state, police, military and judicial organs.",
    "memberships": "Seats and posts: one person in one body for one continuous span of time.",
    "trials": "Trials, with their defendants.",
    "events": "Dated events of the timeline.",
    "eras": "Named periods with a start and an end.",
    "statistics": "Published tables of numbers.",
    "figures": "Single published aggregate numbers.",
    "shooting_lists": "Stalin's shooting lists: the lists the NKVD sent to the Politburo in 1937-38.",
    "list_entries": "People of the dataset found on a shooting list, one entry per person and list.",
    "stories": "Guided stories: 5-12 short cards read one after another, each opening a record of the data.",
    "terms": "The glossary: words of the period, defined briefly; their first mention on a page links here.",
}

def _ref(name: str, help_text: str) -> dict[str, Any]:
    # A description beside "$ref" is ignored by draft-07 validators, so the reference goes inside allOf.
    return {"description": help_text, "allOf": [{"$ref": f"#/definitions/{name}"}]}


_DEFINITIONS: dict[str, dict[str, Any]] = {
    "id": {
        "type": "string", "pattern": ID_PATTERN,
        "description": "An id: lowercase ASCII letters, digits and single hyphens, e.g. yezhov or trial-1938.",
    },
    "date": {
        "description": "A partial date: 1937, 1937-07 or 1937-07-30, optionally followed by ~ (approximate), "
                       "? (uncertain) or % (both); or a year as a number.",
        "oneOf": [
            {"type": "string", "pattern": DATE_PATTERN},
            {"type": "integer", "minimum": 1, "maximum": 9999},
        ],
    },
    "text": {
        "description": "Text: a plain string (English), or {en: ..., ru: ...}. Other language codes are accepted "
                       "but not shown by the app yet (it warns).",
        "oneOf": [
            {"type": "string"},
            {
                "type": "object",
                "properties": {
                    "en": {"type": ["string", "number"], "description": "English text (the fallback language)."},
                    "ru": {"type": ["string", "number"], "description": "Russian text."},
                },
                "patternProperties": {LANG_PATTERN: {"type": ["string", "number"],
                                                     "description": "Text in this language."}},
                "additionalProperties": False,
                "required": ["en"],
            },
        ],
    },
    "string": {"type": ["string", "number"], "description": "Plain text."},
    "strings": {
        "description": "A list of text items (a single item may be written without brackets).",
        "oneOf": [
            {"type": "array", "items": {"type": ["string", "number"]}},
            {"type": "string"},
        ],
    },
    "refs": {
        "description": "A list of ids, e.g. [bukharin, rykov].",
        "oneOf": [
            {"type": "array", "items": {"$ref": "#/definitions/id"}},
            {"$ref": "#/definitions/id"},
        ],
    },
    "citation": {
        "description": "A source id, or {source: id, detail: \"p. 45\"}.",
        "oneOf": [
            {"$ref": "#/definitions/id"},
            {
                "type": "object",
                "properties": {
                    "source": _ref("id", "The id of the source."),
                    "detail": {"type": ["string", "number"],
                               "description": "Where in the source: a page, a section (\"p. 45\")."},
                },
                "required": ["source"],
                "additionalProperties": False,
            },
        ],
    },
    "sources": {
        "description": "A non-empty list of citations: source ids or {source: id, detail: ...}.",
        "oneOf": [
            {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/citation"}},
            {"$ref": "#/definitions/citation"},
        ],
    },
}


def _property(field: Field) -> dict[str, Any]:
    kind, help_text = field.kind, field.help
    if kind in {"id", "ref"}:
        return _ref("id", help_text)
    if kind in {"date", "text", "string", "strings", "refs", "sources"}:
        return _ref(kind, help_text)
    if kind == "enum":
        assert field.enum is not None
        values = [e.value for e in field.enum]
        return {"description": f"{help_text} One of: {', '.join(values)}.", "type": "string", "enum": values}
    if kind == "boolean":
        return {"description": help_text, "type": "boolean"}
    if kind in {"number", "integer", "count"}:
        low, high = field.bounds or ((0 if kind == "count" else -MAX_NUMBER), MAX_NUMBER)
        return {"description": help_text, "type": "number" if kind == "number" else "integer", "minimum": low,
                "maximum": high}
    if kind == "link":
        return {"description": help_text, "type": "string", "pattern": LINK_PATTERN}
    if kind == "links":
        return {"description": help_text, "oneOf": [
            {"type": "array", "items": {"type": "string", "pattern": LINK_PATTERN}},
            {"type": "string", "pattern": LINK_PATTERN},
        ]}
    if kind == "forms":
        return {"description": help_text, "type": "object", "additionalProperties": False, "properties": {
            lang: _ref("strings", f"The forms in {name}.") for lang, name in (("en", "English"), ("ru", "Russian"))}}
    if kind == "list_category":
        return {"description": help_text, "type": "integer", "enum": [1, 2, 3]}
    if kind == "url":
        return {"description": help_text, "type": "string", "pattern": URL_PATTERN}
    if kind == "numbers":
        return {"description": help_text, "type": "object", "additionalProperties": {
            "type": "number", "minimum": -MAX_NUMBER, "maximum": MAX_NUMBER}}
    if kind == "end_date":
        return {"description": help_text, "oneOf": [
            {"$ref": "#/definitions/date"},
            {"const": "unknown", "description": "The post ended at a date the sources do not give."},
        ]}
    if kind == "life_event":
        return {"description": help_text, "oneOf": [
            {"$ref": "#/definitions/date"},
            {"const": "unknown", "description": "The sources give no date (says so explicitly)."},
            {"type": "object", "additionalProperties": False, "properties": {
                "date": {"description": "The date, or unknown when the sources give none.",
                         "oneOf": [{"$ref": "#/definitions/date"}, {"const": "unknown"}]},
                "place": _ref("text", "The place, bilingual: {en: Moscow, ru: Москва}."),
                "note": _ref("text", "A note on the date or place (not shown by the app today)."),
            }},
        ]}
    if kind == "record":
        assert field.fields is not None
        return {"description": help_text, **_object(field.fields)}
    if kind == "records":
        if field.open_keys:
            item: dict[str, Any] = {"type": "object", "additionalProperties": {
                "type": ["number", "null"], "minimum": -MAX_NUMBER, "maximum": MAX_NUMBER,
                "description": "A number, or nothing where the source has none."}}
        else:
            assert field.fields is not None
            item = _object(field.fields)
        return {"description": help_text, "type": "array", "items": item}
    msg = f"unknown field kind {kind!r}"
    raise ValueError(msg)


def _object(fields: Mapping[str, Field]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "object",
        "properties": {key: _property(field) for key, field in fields.items()},
        "additionalProperties": False,
    }
    required = [key for key, field in fields.items() if field.required]
    if required:
        out["required"] = required
    return out


def check_table() -> None:
    """Raise ``ValueError`` unless :data:`FIELDS` types exactly the keys the readers accept."""
    problems = []
    for section, (_kind, keys, _reader) in SECTIONS.items():
        typed = FIELDS.get(section, {})
        if missing := [k for k in keys if k not in typed]:
            problems.append(f"{section}: the reader accepts {missing} but schema.FIELDS does not type them")
        if extra := [k for k in typed if k not in keys]:
            problems.append(f"{section}: schema.FIELDS types {extra} but the reader does not accept them")
    if extra_sections := sorted(set(FIELDS) - set(SECTIONS)):
        problems.append(f"schema.FIELDS has sections the loader does not read: {extra_sections}")
    if problems:
        raise ValueError("; ".join(problems))


def build_schema() -> dict[str, Any]:
    """The JSON Schema of one data file."""
    check_table()
    sections: dict[str, Any] = {}
    for section, (kind, keys, _reader) in SECTIONS.items():
        record = _object({key: FIELDS[section][key] for key in keys})
        record["description"] = f"One {kind}."
        sections[section] = {
            "description": f"{_SECTION_HELP.get(section, section.capitalize())} A list of records, each starting "
                           "with '- '.",
            "type": ["array", "null"],
            "items": record,
        }
    return {
        "$schema": DRAFT,
        "title": "Purges Desktop data file",
        "description": "A data file of Purges Desktop: a mapping of sections (people:, events: ...), each a list of "
                       "records. Generated by `python -m purges_desktop.storage.schema`; do not edit by hand. "
                       "See docs/curating.md.",
        "type": "object",
        "properties": sections,
        "additionalProperties": False,
        "definitions": _DEFINITIONS,
    }


def render(schema: dict[str, Any] | None = None) -> str:
    """The schema as the text of the committed file (stable: same input, same bytes)."""
    return json.dumps(build_schema() if schema is None else schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the schema to a file (or to standard output with ``-``)."""
    parser = argparse.ArgumentParser(prog="python -m purges_desktop.storage.schema",
                                     description="Write the JSON Schema of a data file.")
    parser.add_argument("out", nargs="?", default="-", help=f"the file to write, e.g. data/schema/{SCHEMA_FILE}")
    args = parser.parse_args(argv)
    text = render()
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
