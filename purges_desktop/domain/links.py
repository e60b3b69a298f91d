# SPDX-License-Identifier: GPL-3.0-or-later
"""Deep links: where a page is, as a typed value, and the one place that turns it into text and back.

A deep link names a record (``person/bukharin``, ``body/politburo@1934-12-01``, ``trial/trial-1938``,
``event/kirov-murder``, ``list/list-92``,
``source/wp-en-iosif-vareikis``) or a view (``people``, ``numbers``, ``numbers/great-terror``). Everything
that links (pages, tables, charts, the command line) builds links with :func:`link_to` and reads them with
:func:`parse_uri`; nobody formats ``f"person/{pid}"`` by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from purges_desktop.domain.dates import PartialDate


class Kind(StrEnum):
    """What a deep link points at: a record kind, or a view (a tab root)."""

    PERSON = "person"
    BODY = "body"
    TRIAL = "trial"
    EVENT = "event"
    LIST = "list"
    SOURCE = "source"
    STORY = "story"
    # Views: a link to a tab itself (optionally to one of its sections, ``numbers/great-terror``).
    PEOPLE = "people"
    ORGANIZATION = "organization"
    TRIALS = "trials"
    TIMELINE = "timeline"
    NUMBERS = "numbers"
    SOURCES = "sources"
    STORIES = "stories"

    @property
    def is_view(self) -> bool:
        """True for a tab root (``people``), False for a record kind (``person``)."""
        return self in VIEW_KINDS


RECORD_KINDS = frozenset({Kind.PERSON, Kind.BODY, Kind.TRIAL, Kind.EVENT, Kind.LIST, Kind.SOURCE, Kind.STORY})
#: The views (tabs) in display order; the tab registry (``views/tabs.py``) follows it, a test checks.
VIEW_ORDER = (Kind.PEOPLE, Kind.ORGANIZATION, Kind.TRIALS, Kind.TIMELINE, Kind.NUMBERS, Kind.SOURCES)
VIEW_KINDS = frozenset(Kind) - RECORD_KINDS

_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_URI_RE = re.compile(rf"(?P<kind>[a-z]+)(?:/(?P<id>{_ID}))?(?:@(?P<date>[0-9-]+))?")  # fullmatch: no "\n" at the end


@dataclass(frozen=True, slots=True)
class Location:
    """A parsed deep link.

    Attributes:
        kind: what it points at.
        id: the record id (a view's section for a view; "" for the view itself).
        date: for ``body/<id>@<date>``, the date the organisation chart shows.
    """

    kind: Kind
    id: str = ""
    date: PartialDate | None = None

    def uri(self) -> str:
        """The location as a deep link (the text :func:`parse_uri` reads back)."""
        text = self.kind.value + (f"/{self.id}" if self.id else "")
        return text + (f"@{self.date.iso()}" if self.date is not None else "")

    def __str__(self) -> str:
        return self.uri()


def link_to(kind: Kind, record_id: str = "", date: PartialDate | None = None) -> str:
    """The deep link of a record or view, e.g. ``link_to(Kind.PERSON, "bukharin")`` → ``person/bukharin``."""
    return Location(kind, record_id, date).uri()


def parse_uri(uri: str) -> Location | None:
    """Parse a deep link (``purges:`` and ``purges://`` prefixes allowed); ``None`` when it is not one of ours.

    A record kind needs an id; only ``body`` takes a date, and the date must be a real (possibly partial) date.
    The whole text must be the link: surrounding spaces or a final newline make it no link.
    """
    for prefix in ("purges://", "purges:"):
        if uri.startswith(prefix):
            uri = uri[len(prefix):].lstrip("/")
    match = _URI_RE.fullmatch(uri)
    if not match:
        return None
    try:
        kind = Kind(match["kind"])
    except ValueError:
        return None
    record_id, date_text = match["id"] or "", match["date"]
    if kind in RECORD_KINDS and not record_id:
        return None
    date = None
    if date_text is not None:
        if kind is not Kind.BODY:
            return None
        try:
            date = PartialDate.parse(date_text)
        except ValueError:  # DateError, or a day that does not exist
            return None
    return Location(kind, record_id, date)
