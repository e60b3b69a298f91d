# SPDX-License-Identifier: GPL-3.0-or-later
"""The Stories tab: guided stories, read one card at a time.

``stories`` shows the list of stories as large tiles (title, one-line summary, number of cards); ``story/<id>`` opens
a story at its first card. The reader shows one card: its heading, a few sentences, an "Open …" button that follows
the card's deep link through the navigation (the page opens in its own tab; Back returns to the same card), Back and
Next buttons and "3 / 10". The Left and Right arrow keys turn the cards. Opening the story already on screen keeps its
card (so that the window's Back after "Open …" returns to where the reader was); going back to the list, another
story or the kiosk's idle reset start again at the first card. There are no links to single cards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, Slot
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from purges_desktop.domain.citation import page_title
from purges_desktop.domain.links import Kind, link_to, parse_uri
from purges_desktop.views.pages import esc, sources_html
from purges_desktop.views.safe import plain_label
from purges_desktop.views.tab import TabPage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.application.language import Language
    from purges_desktop.domain.dataset import Dataset
    from purges_desktop.domain.links import Location
    from purges_desktop.domain.model import Story

#: The smallest side of a touch target (docs/kiosk.md): the reader's buttons are at least this tall in every mode
#: (the kiosk's style sheet makes them taller and sets the type sizes of the ids named here).
TOUCH_PX = 44


def _scaled(label: QLabel, factor: float, *, bold: bool = False) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


class StoryTile(QPushButton):
    """A story in the list: a large button with the story's title, summary and number of cards."""

    def __init__(self, story: Story, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyTile")
        self.story_id = story.id
        self.title = plain_label(story.title.get(lang), self)
        self.title.setObjectName("storyTileTitle")
        _scaled(self.title, 1.4, bold=True)
        self.summary = plain_label(story.summary.get(lang), self)
        self.count = plain_label("", self)
        for label in (self.title, self.summary, self.count):
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.count)
        self.count.setText(self.tr("Cards: %1").replace("%1", QLocale().toString(len(story.cards))))
        self.setAccessibleName(story.title.get(lang))
        self.setAccessibleDescription(story.summary.get(lang))

    # A push button sizes itself by its own (empty) text: the tile is as large as its labels need.
    @override
    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(super().sizeHint())

    @override
    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(super().minimumSizeHint())


class StoriesTab(TabPage):
    """The list of guided stories and the reader of one.

    Attributes:
        story: the story in the reader (``None`` on the list).
        card: the index of the card on screen.
    """

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.story: Story | None = None
        self.card = 0
        self.kiosk = False
        self.tiles: list[StoryTile] = []
        self.stack = QStackedWidget(self)
        # The list of stories.
        self.list_page = QWidget(self)
        self.list_heading = plain_label("", self.list_page)
        self.list_heading.setObjectName("storiesHeading")
        _scaled(self.list_heading, 1.8, bold=True)
        self.list_intro = plain_label("", self.list_page)
        self.list_intro.setWordWrap(True)
        self.tiles_box = QWidget(self.list_page)
        self.tiles_layout = QVBoxLayout(self.tiles_box)
        self.tiles_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self.list_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tiles_box)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addWidget(self.list_heading)
        list_layout.addWidget(self.list_intro)
        list_layout.addWidget(scroll, 1)
        # The reader.
        self.reader = QWidget(self)
        self.reader.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.all_button = QPushButton(self.reader)
        self.story_title = plain_label("", self.reader)
        self.story_title.setWordWrap(True)
        self.progress = plain_label("", self.reader)
        self.card_title = plain_label("", self.reader)
        self.card_title.setObjectName("storyCardTitle")
        _scaled(self.card_title, 2.0, bold=True)
        self.card_title.setWordWrap(True)
        self.card_text = plain_label("", self.reader)
        self.card_text.setObjectName("storyCardText")
        _scaled(self.card_text, 1.4)
        self.card_text.setWordWrap(True)
        self.card_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.open_button = QPushButton(self.reader)
        self.back_button = QPushButton(self.reader)
        self.next_button = QPushButton(self.reader)
        for button in (self.all_button, self.open_button, self.back_button, self.next_button):
            button.setMinimumHeight(TOUCH_PX)
        for button in (self.back_button, self.next_button):
            button.setMinimumWidth(4 * TOUCH_PX)
        for button in (self.all_button, self.open_button, self.back_button, self.next_button):
            button.installEventFilter(self)  # the arrow keys turn the cards whichever button has the focus
        top = QHBoxLayout()
        top.addWidget(self.all_button)
        top.addWidget(self.story_title, 1)
        top.addWidget(self.progress)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        reader_layout = QVBoxLayout(self.reader)
        reader_layout.setContentsMargins(24, 12, 24, 12)
        reader_layout.addLayout(top)
        reader_layout.addSpacing(24)
        reader_layout.addWidget(self.card_title)
        reader_layout.addSpacing(12)
        reader_layout.addWidget(self.card_text, 1)
        reader_layout.addLayout(open_row)
        reader_layout.addSpacing(12)
        reader_layout.addLayout(bottom)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.reader)
        QVBoxLayout(self).addWidget(self.stack)
        self.all_button.clicked.connect(self._on_all_stories)
        self.open_button.clicked.connect(self.open_card_link)
        self.back_button.clicked.connect(self.previous_card)
        self.next_button.clicked.connect(self.next_card)
        self.retranslate_ui()

    # ---- TabPage

    def set_data(self, data: LoadedData | None) -> None:
        """Show (re)loaded data: the tiles again; the story on screen stays (on the same card, if it still has it)."""
        self.data = data
        self._fill_tiles()
        story = data.dataset.story(self.story.id) if data is not None and self.story is not None else None
        if story is None or not story.cards:
            self.show_list()
        else:
            self._open(story, min(self.card, len(story.cards) - 1))

    def show_location(self, location: Location) -> bool:
        """``stories``: the list; ``story/<id>``: that story at its first card (at the same card when it is the story
        on screen); False for a story the data does not have."""
        if location.kind is Kind.STORY:
            story = self.data.dataset.story(location.id) if self.data is not None else None
            if story is None or not story.cards:
                return False
            same = self.story is not None and self.story.id == story.id
            self._open(story, self.card if same else 0)
            return True
        self.show_list()
        return True

    def reset(self) -> None:
        """Back to the list of stories (the kiosk's idle reset)."""
        self.show_list()

    def set_kiosk(self, on: bool) -> None:
        """Kiosk mode: the list shows one tile per row at any width (the default already)."""
        self.kiosk = on

    def printable(self) -> QTextDocument | None:
        """The whole story on screen (every card, with the sources), or nothing on the list."""
        if self.story is None or self.data is None:
            return None
        document = QTextDocument(self)
        document.setHtml(story_html(self.data.dataset, self.story, self.lang))
        return document

    # ---- public API

    def show_list(self) -> None:
        """Show the list of stories (and forget the story that was open)."""
        self.story = None
        self.card = 0
        self.stack.setCurrentWidget(self.list_page)

    @Slot()
    def next_card(self) -> None:
        """The next card (nothing on the last one)."""
        if self.story is not None and self.card + 1 < len(self.story.cards):
            self._show_card(self.card + 1)

    @Slot()
    def previous_card(self) -> None:
        """The previous card (nothing on the first one)."""
        if self.story is not None and self.card > 0:
            self._show_card(self.card - 1)

    @Slot()
    def open_card_link(self) -> None:
        """Follow the card's deep link (through the navigation)."""
        if self.story is not None and self.story.cards[self.card].link:
            self.link_activated.emit(self.story.cards[self.card].link)

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.list_heading.setText(self.tr("Stories"))
        self.list_intro.setText(self.tr("Short guided tours through the data: each card tells one step and opens "
                                        "the person, event, trial or number it is about."))
        self.all_button.setText(self.tr("← All stories"))
        self.back_button.setText(self.tr("‹ Back"))
        self.back_button.setAccessibleName(self.tr("Previous card"))
        self.next_button.setText(self.tr("Next ›"))
        self.next_button.setAccessibleName(self.tr("Next card"))
        self.reader.setAccessibleName(self.tr("Story reader"))
        if self.story is not None:
            self._show_card(self.card)

    def language_changed(self) -> None:
        """The tiles and the card on screen in the new language."""
        self.set_data(self.data)

    # ---- Qt overrides

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._turn(event):
            event.accept()
            return
        super().keyPressEvent(event)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._turn(event):
            return True
        return super().eventFilter(watched, event)

    # ---- internals

    def _turn(self, event: QKeyEvent) -> bool:
        """Left or Right (no modifier) in the reader: the previous or next card; True when the key was used."""
        if self.story is None or event.key() not in {Qt.Key.Key_Right, Qt.Key.Key_Left} or \
                event.modifiers() not in {Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier}:
            return False
        (self.next_card if event.key() == Qt.Key.Key_Right else self.previous_card)()
        return True

    def _fill_tiles(self) -> None:
        self.tiles = []
        while self.tiles_layout.count():
            item = self.tiles_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        stories = self.data.dataset.stories if self.data is not None else ()
        for story in stories:
            if not story.cards:
                continue
            tile = StoryTile(story, self.lang, self.tiles_box)
            tile.clicked.connect(self._on_tile_clicked)
            self.tiles.append(tile)
            self.tiles_layout.addWidget(tile)
        if not self.tiles:
            self.tiles_layout.addWidget(plain_label(self.tr("No stories in the data yet."), self.tiles_box))
        self.tiles_layout.addStretch(1)

    def _open(self, story: Story, card: int) -> None:
        self.story = story
        self.stack.setCurrentWidget(self.reader)
        self._show_card(card)
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_card(self, index: int) -> None:
        assert self.story is not None
        lang = self.lang
        self.card = index
        card = self.story.cards[index]
        total = len(self.story.cards)
        locale = QLocale()
        self.story_title.setText(self.story.title.get(lang))
        self.progress.setText(self.tr("%1 / %2").replace("%1", locale.toString(index + 1))
                              .replace("%2", locale.toString(total)))
        self.progress.setAccessibleName(self.tr("Card %1 of %2").replace("%1", locale.toString(index + 1))
                                        .replace("%2", locale.toString(total)))
        self.card_title.setText(card.title.get(lang))
        self.card_text.setText(card.text.get(lang))
        self.open_button.setVisible(bool(card.link))
        self.open_button.setText(self._open_label(card.link))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < total)

    def _open_label(self, link: str) -> str:
        location = parse_uri(link) if link else None
        title = page_title(self.data.dataset, location, self.lang) if location is not None and self.data else None
        return self.tr("Open: %1").replace("%1", title) if title else self.tr("Open")

    @Slot()
    def _on_tile_clicked(self) -> None:
        tile = self.sender()
        if isinstance(tile, StoryTile):
            self.link_activated.emit(link_to(Kind.STORY, tile.story_id))

    @Slot()
    def _on_all_stories(self) -> None:
        self.link_activated.emit(link_to(Kind.STORIES))


def story_html(ds: Dataset, story: Story, lang: str) -> str:
    """A whole story as one page (to print or save as PDF): its title, summary, every card and the sources."""
    out = [f"<h1>{esc(story.title.get(lang))}</h1>"]
    if story.summary:
        out.append(f"<p><i>{esc(story.summary.get(lang))}</i></p>")
    for n, card in enumerate(story.cards, start=1):
        out.append(f"<h3>{n}. {esc(card.title.get(lang))}</h3><p>{esc(card.text.get(lang))}</p>")
    refs = tuple(dict.fromkeys((*story.sources, *(ref for card in story.cards for ref in card.sources))))
    out.append(sources_html(ds, refs))
    return "".join(out)
