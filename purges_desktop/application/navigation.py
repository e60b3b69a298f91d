# SPDX-License-Identifier: GPL-3.0-or-later
"""Cross-tab navigation by deep link, with back and forward history.

Tabs never talk to each other: a click on a link calls :meth:`Navigation.open` with a deep link (text, as pages
carry it) or a :class:`~purges_desktop.domain.links.Location`; the navigation parses it once and emits the parsed
:class:`Location`, so no listener parses a link again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from purges_desktop.domain.links import Location, parse_uri


class Navigation(QObject):
    """Where the user is, and where they have been.

    Signals:
        location_changed(Location): the new location, after :meth:`open`, :meth:`back` or :meth:`forward`.
        history_changed(): back/forward availability may have changed.
        rejected(str): a link that is not a location of ours (it was ignored).
    """

    location_changed = Signal(Location)
    history_changed = Signal()
    rejected = Signal(str)

    def __init__(self, parent: QObject | None = None, limit: int = 200) -> None:
        super().__init__(parent)
        self._back: list[Location] = []
        self._forward: list[Location] = []
        self._current: Location | None = None
        self._limit = limit

    @property
    def current(self) -> Location | None:
        """The current location (``None`` at start)."""
        return self._current

    def open(self, target: str | Location) -> bool:
        """Go to a deep link or location; returns False (and emits :attr:`rejected`) when it is not ours."""
        location = parse_uri(target) if isinstance(target, str) else target
        if location is None:
            self.rejected.emit(str(target))
            return False
        if location == self._current:
            return True
        if self._current is not None:
            self._back.append(self._current)
            del self._back[:-self._limit]
        self._forward.clear()
        self._current = location
        self.location_changed.emit(location)
        self.history_changed.emit()
        return True

    def replace(self, location: Location) -> None:
        """Record ``location`` as the current one without adding history (e.g. a date slider moving)."""
        self._current = location

    def can_go_back(self) -> bool:
        """True when there is somewhere to go back to."""
        return bool(self._back)

    def can_go_forward(self) -> bool:
        """True after going back."""
        return bool(self._forward)

    def back(self) -> None:
        """Go to the previous location."""
        if not self._back or self._current is None:
            return
        self._forward.append(self._current)
        self._current = self._back.pop()
        self.location_changed.emit(self._current)
        self.history_changed.emit()

    def forward(self) -> None:
        """Undo a :meth:`back`."""
        if not self._forward or self._current is None:
            return
        self._back.append(self._current)
        self._current = self._forward.pop()
        self.location_changed.emit(self._current)
        self.history_changed.emit()

    def clear(self) -> None:
        """Forget all history (kiosk reset)."""
        self._back.clear()
        self._forward.clear()
        self._current = None
        self.history_changed.emit()
