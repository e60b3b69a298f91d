# SPDX-License-Identifier: GPL-3.0-or-later
"""Cross-tab navigation by deep link, with back and forward history.

Tabs never talk to each other: a click on a link calls :meth:`Navigation.open` with a URI such as ``person/bukharin``,
``body/politburo@1934-12-01``, ``trial/trial-1938`` or ``event/kirov-murder``; every tab listens to
:attr:`Navigation.location_changed` and the main window switches to the tab that shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

KINDS = ("person", "body", "trial", "event")
ROOTS = ("people", "organization", "trials", "timeline")
_URI_RE = re.compile(r"^(?P<kind>person|body|trial|event)/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?:@(?P<date>[0-9-]+))?$")
TAB_OF_KIND = {"person": "people", "body": "organization", "trial": "trials", "event": "timeline"}


@dataclass(frozen=True, slots=True)
class Location:
    """A parsed deep link.

    Attributes:
        kind: ``person``, ``body``, ``trial``, ``event`` or a tab root (``people`` …).
        id: the record id ("" for a tab root).
        date: for ``body/<id>@<date>``, the date string.
    """

    kind: str
    id: str = ""
    date: str = ""

    @property
    def tab(self) -> str:
        """The tab that shows this location."""
        return TAB_OF_KIND.get(self.kind, self.kind)

    def uri(self) -> str:
        """The location as a deep link."""
        if not self.id:
            return self.kind
        return f"{self.kind}/{self.id}" + (f"@{self.date}" if self.date else "")


def parse_uri(uri: str) -> Location | None:
    """Parse a deep link; ``None`` when it is not one of ours."""
    uri = uri.strip()
    for prefix in ("purges:", "purges://"):
        if uri.startswith(prefix):
            uri = uri[len(prefix):].lstrip("/")
    if uri in ROOTS:
        return Location(uri)
    match = _URI_RE.match(uri)
    if not match:
        return None
    return Location(match["kind"], match["id"], match["date"] or "")


class Navigation(QObject):
    """Where the user is, and where they have been.

    Signals:
        location_changed(str): the new location's URI, after :meth:`open`, :meth:`back` or :meth:`forward`.
        history_changed(): back/forward availability may have changed.
        rejected(str): a URI that is not a location of ours (it was ignored).
    """

    location_changed = Signal(str)
    history_changed = Signal()
    rejected = Signal(str)

    def __init__(self, parent: QObject | None = None, limit: int = 200) -> None:
        super().__init__(parent)
        self._back: list[str] = []
        self._forward: list[str] = []
        self._current = ""
        self._limit = limit

    @property
    def current(self) -> str:
        """The current URI ("" at start)."""
        return self._current

    def open(self, uri: str) -> bool:
        """Go to ``uri``; returns False (and emits :attr:`rejected`) when it is not ours."""
        location = parse_uri(uri)
        if location is None:
            self.rejected.emit(uri)
            return False
        new = location.uri()
        if new == self._current:
            return True
        if self._current:
            self._back.append(self._current)
            del self._back[:-self._limit]
        self._forward.clear()
        self._current = new
        self.location_changed.emit(new)
        self.history_changed.emit()
        return True

    def replace(self, uri: str) -> None:
        """Record ``uri`` as the current location without adding history (e.g. a date slider moving)."""
        location = parse_uri(uri)
        if location is not None:
            self._current = location.uri()

    def can_go_back(self) -> bool:
        """True when there is somewhere to go back to."""
        return bool(self._back)

    def can_go_forward(self) -> bool:
        """True after going back."""
        return bool(self._forward)

    def back(self) -> None:
        """Go to the previous location."""
        if not self._back:
            return
        self._forward.append(self._current)
        self._current = self._back.pop()
        self.location_changed.emit(self._current)
        self.history_changed.emit()

    def forward(self) -> None:
        """Undo a :meth:`back`."""
        if not self._forward:
            return
        self._back.append(self._current)
        self._current = self._forward.pop()
        self.location_changed.emit(self._current)
        self.history_changed.emit()

    def clear(self) -> None:
        """Forget all history (kiosk reset)."""
        self._back.clear()
        self._forward.clear()
        self._current = ""
        self.history_changed.emit()
