# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk's home: what the purges were and how many died, in five seconds, and the ways into the exhibit.

Shown after the attract screen and whenever a visitor touches "Home". From the top: a one-line headline, the
headline figure (a figure or statistic of the data, chosen by ``headline_figure`` in the kiosk settings) as a large
number with what it counts, six large entry tiles (``home`` in the settings: each opens a view and shows a figure, a
person or a count from the data), up to three stories when the data has them, and what the exhibit covers, counted
from the data, beside the museum's note on where the names of the millions of victims can be searched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from purges_desktop.domain.kiosk import HOME_VIEWS, HomeTile
from purges_desktop.domain.links import Kind, link_to, parse_uri
from purges_desktop.domain.scope import ExhibitScope, exhibit_scope
from purges_desktop.qtmodels.labels import fate_label
from purges_desktop.views.number_pages import number
from purges_desktop.views.safe import plain_label
from purges_desktop.views.tabs import tab_index

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.kiosk import KioskSettings
    from purges_desktop.domain.model import Person, Trial

TR_CONTEXT = "KioskHome"
#: Each tile's title and its one line of what the view shows, by the view it opens (translated in TR_CONTEXT).
TILE_TEXT: dict[Kind, tuple[str, str]] = {
    Kind.NUMBERS: (QT_TRANSLATE_NOOP("KioskHome", "The numbers"),
                   QT_TRANSLATE_NOOP("KioskHome", "How many were arrested and shot, year by year, with sources")),
    Kind.STORIES: (QT_TRANSLATE_NOOP("KioskHome", "Stories"),
                   QT_TRANSLATE_NOOP("KioskHome", "Short guided stories, one card at a time")),
    Kind.PEOPLE: (QT_TRANSLATE_NOOP("KioskHome", "People"),
                  QT_TRANSLATE_NOOP("KioskHome", "Leaders, officials and victims: who they were, what became of them")),
    Kind.TRIALS: (QT_TRANSLATE_NOOP("KioskHome", "The trials"),
                  QT_TRANSLATE_NOOP("KioskHome", "The show trials: defendants, charges, verdicts")),
    Kind.ORGANIZATION: (QT_TRANSLATE_NOOP("KioskHome", "The Politburo over time"),
                        QT_TRANSLATE_NOOP("KioskHome", "Who held power, and who vanished from it, on any date")),
    Kind.TIMELINE: (QT_TRANSLATE_NOOP("KioskHome", "Timeline"),
                    QT_TRANSLATE_NOOP("KioskHome", "The events from 1917 to 1953, in order")),
}
#: What a tile's count counts, when the settings give it no figure or person: a label above the number (a label,
#: not a phrase around the number, so that no language has to agree a noun with it).
COUNT_TEXT: dict[Kind, str] = {
    Kind.NUMBERS: QT_TRANSLATE_NOOP("KioskHome", "Figures, each with its sources:"),
    Kind.STORIES: QT_TRANSLATE_NOOP("KioskHome", "Stories to read:"),
    Kind.PEOPLE: QT_TRANSLATE_NOOP("KioskHome", "People in the exhibit:"),
    Kind.TRIALS: QT_TRANSLATE_NOOP("KioskHome", "Defendants of these trials with a page here:"),
    Kind.ORGANIZATION: QT_TRANSLATE_NOOP("KioskHome", "Organs of power:"),
    Kind.TIMELINE: QT_TRANSLATE_NOOP("KioskHome", "Events in the timeline:"),
}
#: Stories shown on the home at most.
MAX_STORIES = 3
#: The height of a portrait on a tile, in pixels.
TILE_PORTRAIT_H = 120
#: Below this height (a 1024x768 or 1366x768 screen) the home uses its compact type sizes (kiosk.qss).
COMPACT_BELOW_H = 950


def tr(text: str) -> str:
    """Translate a string of the home."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def view_of(uri: str) -> Kind | None:
    """The view a home tile's deep link opens (``numbers`` for ``numbers/great-terror``); None when unknown."""
    location = parse_uri(uri)
    return location.kind if location is not None and location.kind in HOME_VIEWS else None


def _counts(ds: Dataset, scope: ExhibitScope) -> dict[Kind, int]:
    return {Kind.NUMBERS: len(ds.records.figures), Kind.STORIES: len(getattr(ds, "stories", ())),
            Kind.PEOPLE: scope.people, Kind.TRIALS: sum(len(t.defendants) for t in scope.trials),
            Kind.ORGANIZATION: len(scope.bodies),
            Kind.TIMELINE: sum(1 for e in ds.records.events if not e.hide_in_kiosk)}


def scope_lines(scope: ExhibitScope, lang: str) -> list[str]:
    """What the exhibit covers, in plain-text lines: people and lists, organs, trials."""
    people = tr("%1 people").replace("%1", number(scope.people))
    if scope.lists:
        people += " · " + (tr("%1 of Stalin's shooting lists, with %2 names").replace("%1", number(scope.lists))
                           .replace("%2", number(scope.list_names)))
    lines = [people]
    if scope.bodies:
        names = ", ".join(b.label(lang) for b in scope.bodies)
        lines.append(tr("%1 organs of power: %2").replace("%1", number(len(scope.bodies))).replace("%2", names))
    if scope.trials:
        names = ", ".join(_trial_label(t, lang) for t in scope.trials)
        lines.append(tr("%1 trials: %2").replace("%1", number(len(scope.trials))).replace("%2", names))
    return lines


def _trial_label(trial: Trial, lang: str) -> str:
    """The first of a trial's common names, with its year: "Trial of the Sixteen (1936)"."""
    short = (trial.common_name.get(lang) or trial.name.get(lang)).split(";")[0].strip()
    return f"{short} ({trial.start.year})" if trial.start is not None else short


class Tile(QPushButton):
    """A large touch target with a title, one line of text and a figure, a person or a count.

    The labels inside do not take the touch: the whole tile is one button.
    """

    def __init__(self, uri: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uri = uri
        self.setObjectName("homeTile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.box = QVBoxLayout(self)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.box.setContentsMargins(20, 12, 20, 12)
        self.box.setSpacing(6)

    def add_label(self, text: str, name: str, *, wrap: bool = True) -> QLabel:
        """A plain-text line on the tile, styled by its object name."""
        label = plain_label(text, self)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.box.addWidget(label)
        return label

    def add_row(self, picture: QLabel | None, lines: list[tuple[str, str]]) -> None:
        """A row with a picture (a portrait) on the left and lines beside it."""
        row = QHBoxLayout()
        row.setSpacing(16)
        if picture is not None:
            picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        for text, name in lines:
            label = plain_label(text, self)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.box.addLayout(row)


class KioskHome(QScrollArea):
    """The home screen (it scrolls only when the screen is too small for it).

    Signals:
        open_requested(str): a tile was touched; the deep link of what it opens.
        language_requested(str): a language button was touched.
    """

    open_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, settings: KioskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHome")
        self.settings = settings
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.data: LoadedData | None = None
        self.lang = settings.default_language
        self.hidden: set[Kind] = set()
        self.tiles: list[Tile] = []
        self.story_tiles: list[Tile] = []
        self.language_buttons: list[QPushButton] = []
        self.page: QWidget | None = None
        self.headline_number: QLabel | None = None
        self.headline_text: QLabel | None = None
        self.scope_text: QLabel | None = None
        self._build()

    # ---- public API

    def set_data(self, data: LoadedData | None, lang: str) -> None:
        """Show the home for this data in this language (rebuilt: every text on it depends on both)."""
        self.data = data
        self.lang = lang
        self._build()

    def hide_views(self, kinds: set[Kind]) -> None:
        """Leave out the tiles of views the kiosk does not offer."""
        self.hidden = set(kinds)
        self._build()

    def tile(self, kind: Kind) -> Tile | None:
        """The tile that opens a view (tests), or None when it is not shown."""
        return next((t for t in self.tiles if view_of(t.uri) is kind), None)

    def headline(self) -> tuple[str, str]:
        """The headline number as shown and what it counts ("" when the figure is unknown)."""
        if self.headline_number is None or self.headline_text is None:
            return "", ""
        return self.headline_number.text(), self.headline_text.text()

    def scope(self) -> str:
        """The text of the scope box."""
        return self.scope_text.text() if self.scope_text is not None else ""

    # ---- internals

    def _build(self) -> None:
        """(Re)build the page."""
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.tiles, self.story_tiles, self.language_buttons = [], [], []
        self.headline_number = self.headline_text = self.scope_text = None
        page = QWidget()
        page.setObjectName("homePage")
        page.setProperty("compact", self._compact())
        self.page = page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        layout.addLayout(self._top(page))
        ds = self.data.dataset if self.data is not None else None
        if ds is not None:
            headline = self._headline(ds, page)
            if headline is not None:
                layout.addWidget(headline)
            layout.addLayout(self._grid(ds, page), 3)
            stories = self._stories(ds, page)
            if stories is not None:
                layout.addLayout(stories, 1)
            layout.addWidget(self._scope_box(ds, page))
        layout.addStretch(0)
        self.setWidget(page)

    def _compact(self) -> bool:
        return self.height() < COMPACT_BELOW_H

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        page = self.page
        if page is not None and page.property("compact") != self._compact():
            page.setProperty("compact", self._compact())
            for widget in (page, *page.findChildren(QWidget)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            page.updateGeometry()

    def _top(self, page: QWidget) -> QHBoxLayout:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(4)
        title = plain_label(tr("The Soviet purges, 1917–1953"), page)
        title.setObjectName("homeTitle")
        title.setWordWrap(True)
        lead = plain_label(tr("From 1917 to 1953 the Soviet state arrested millions of its own citizens and shot "
                              "hundreds of thousands of them."), page)
        lead.setObjectName("homeLead")
        lead.setWordWrap(True)
        titles.addWidget(title)
        titles.addWidget(lead)
        top.addLayout(titles, 1)
        for lang in self.settings.languages:
            button = QPushButton({"en": "English", "ru": "Русский"}.get(lang, lang), page)
            button.setObjectName("languageButton")
            button.setCheckable(True)
            button.setChecked(lang == self.lang)
            button.setAccessibleName(button.text())
            button.setProperty("lang", lang)
            button.clicked.connect(self._on_language_clicked)
            self.language_buttons.append(button)
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def _headline(self, ds: Dataset, page: QWidget) -> QWidget | None:
        figure = next((f for f in ds.records.figures if f.id == self.settings.headline_figure), None)
        if figure is None or figure.value is None:
            return None
        box = QFrame(page)
        box.setObjectName("headlineBox")
        row = QHBoxLayout(box)
        row.setContentsMargins(24, 0, 24, 0)
        row.setSpacing(32)
        self.headline_number = plain_label(number(figure.value), box)
        self.headline_number.setObjectName("headlineNumber")
        self.headline_text = plain_label(figure.title.get(self.lang), box)
        self.headline_text.setObjectName("headlineText")
        self.headline_text.setWordWrap(True)
        row.addWidget(self.headline_number, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.headline_text, 1, Qt.AlignmentFlag.AlignVCenter)
        return box

    def _shown(self, tile: HomeTile) -> bool:
        kind = view_of(tile.open)
        return kind is not None and kind not in self.hidden and tab_index(kind) >= 0

    def _grid(self, ds: Dataset, page: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(14)
        counts = _counts(ds, exhibit_scope(ds))
        shown = [t for t in self.settings.home if self._shown(t)]
        columns = 3 if len(shown) > 4 else 2
        for i, spec in enumerate(shown):
            tile = self._tile(ds, spec, counts, page)
            # The last tile takes what is left of its row: no hole in the grid when a view is hidden.
            span = columns - i % columns if i == len(shown) - 1 else 1
            grid.addWidget(tile, i // columns, i % columns, 1, span)
            self.tiles.append(tile)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        return grid

    def _tile(self, ds: Dataset, spec: HomeTile, counts: dict[Kind, int], page: QWidget) -> Tile:
        kind = view_of(spec.open)
        assert kind is not None
        title, line = TILE_TEXT[kind]
        tile = Tile(spec.open, page)
        tile.setAccessibleName(tr(title))
        tile.add_label(tr(title), "tileTitle")
        tile.add_label(tr(line), "tileLine")
        tile.box.addStretch(1)
        figure = next((f for f in ds.records.figures if f.id == spec.figure), None) if spec.figure else None
        person = ds.people.get(spec.person) if spec.person else None
        if figure is not None and figure.value is not None:
            tile.add_row(None, [(number(figure.value), "tileNumber"), (figure.title.get(self.lang), "tileCaption")])
        elif person is not None and not person.hide_in_kiosk:
            life = " – ".join(d.format(self.lang) for d in (person.born.date, person.died.date) if d)
            lines = [(person.name.get(self.lang), "tilePerson"), (life, "tileCaption"),
                     (fate_label(person.fate), "tileCaption")]
            tile.add_row(self._portrait(person, tile), lines)
        else:
            tile.add_row(None, [(tr(COUNT_TEXT[kind]), "tileCaption"), (number(counts[kind]), "tileNumber")])
        tile.clicked.connect(self._on_tile_clicked)
        return tile

    def _portrait(self, person: Person, parent: QWidget) -> QLabel | None:
        if self.data is None:
            return None
        image = self.data.portraits.portrait(person)
        if image is None:
            return None
        label = QLabel(parent)
        label.setObjectName("tilePortrait")
        label.setPixmap(QPixmap.fromImage(image).scaledToHeight(TILE_PORTRAIT_H,
                                                                 Qt.TransformationMode.SmoothTransformation))
        return label

    def _stories(self, ds: Dataset, page: QWidget) -> QHBoxLayout | None:
        stories = tuple(getattr(ds, "stories", ()))[:MAX_STORIES]
        if not stories or tab_index(Kind.STORY) < 0 or Kind.STORIES in self.hidden:
            return None
        row = QHBoxLayout()
        row.setSpacing(18)
        for story in stories:
            tile = Tile(link_to(Kind.STORY, story.id), page)
            tile.setObjectName("storyTile")
            tile.setAccessibleName(story.title.get(self.lang))
            tile.add_label(story.title.get(self.lang), "storyTitle")
            tile.add_label(story.summary.get(self.lang), "tileLine")
            tile.box.addStretch(1)
            tile.clicked.connect(self._on_tile_clicked)
            row.addWidget(tile, 1)
            self.story_tiles.append(tile)
        return row

    def _scope_box(self, ds: Dataset, page: QWidget) -> QFrame:
        box = QFrame(page)
        box.setObjectName("scopeBox")
        column = QVBoxLayout(box)
        column.setContentsMargins(24, 12, 24, 12)
        column.setSpacing(4)
        heading = plain_label(tr("What this exhibit covers"), box)
        heading.setObjectName("scopeHeading")
        text = "\n".join([*scope_lines(exhibit_scope(ds), self.lang), self.settings.scope_note.get(self.lang)])
        self.scope_text = plain_label(text, box)
        self.scope_text.setObjectName("scopeText")
        self.scope_text.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(self.scope_text)
        return box

    @Slot()
    def _on_tile_clicked(self) -> None:
        tile = self.sender()
        if isinstance(tile, Tile):
            self.open_requested.emit(tile.uri)

    @Slot()
    def _on_language_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.language_requested.emit(str(button.property("lang")))
