# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk's attract screen: the title and the headline number in every language, featured people (with their
portraits where the data has them), events, numbers and a story's first card in turn, and one large button per
language: the lit one is the language a touch starts in, touching another starts in that one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.domain.links import Kind, link_to
from purges_desktop.views.number_pages import number, number_cards
from purges_desktop.views.pages import content_note_box, esc, fate_badge, portrait_uri
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.safe import LinkBrowser, plain_label

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QResizeEvent

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.domain.dataset import Dataset

#: Shown in every language at once (the visitor has not chosen one yet), so not translated through Qt.
TITLE = {"en": "The Soviet purges, 1917–1953", "ru": "Советские репрессии, 1917–1953"}
TOUCH = {"en": "Touch to explore", "ru": "Коснитесь, чтобы начать"}
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}
#: A biography on the attract card is cut after this many characters (at a sentence end where there is one).
BIO_CHARS = 320
#: The height of a portrait on the attract card, in pixels.
PORTRAIT_H = 300
#: Below this height (a 1024x768 screen) the attract screen uses its compact type sizes (kiosk.qss).
COMPACT_BELOW_H = 950


class Item:
    """One featured card: where a touch on it leads, its page, and the pictures the page names."""

    __slots__ = ("html", "images", "uri")

    def __init__(self, uri: str, html: str, images: dict[str, QImage] | None = None) -> None:
        self.uri = uri
        self.html = html
        self.images = images or {}


def short_bio(text: str, limit: int = BIO_CHARS) -> str:
    """The first sentences of a biography, up to ``limit`` characters (cut at a word with "…" when one sentence is
    longer)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = cut.rfind(". ")
    if end > limit // 3:
        return cut[:end + 1]
    return cut[:cut.rfind(" ")].rstrip(",;:") + "…"


class AttractScreen(Retranslatable, QWidget):
    """Cycles through featured records until touched.

    Signals:
        explore_requested(str): the visitor touched; the argument is a deep link to the item shown ("" for none).
        language_requested(str): a language button was touched (sent before ``explore_requested``).
    """

    explore_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, languages: tuple[str, ...], interval_s: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self.languages = languages
        self.lang = languages[0] if languages else "en"
        self._items: list[Item] = []
        self._index = 0
        self.titles: list[QLabel] = []
        titles = QVBoxLayout()
        titles.setSpacing(0)
        for i, lang in enumerate(languages):
            label = plain_label(TITLE.get(lang, TITLE["en"]), self)
            label.setObjectName("attractTitle" if i == 0 else "attractSubtitle")
            label.setWordWrap(True)
            self.titles.append(label)
            titles.addWidget(label)
        self.card = LinkBrowser(self)
        self.card.setObjectName("attractCard")
        self.card.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.card.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card.viewport().installEventFilter(self)
        self.headline = QFrame(self)
        self.headline.setObjectName("attractHeadline")
        self.headline.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        side = QVBoxLayout(self.headline)
        side.setContentsMargins(24, 24, 24, 24)
        self.headline_number = plain_label("", self.headline)
        self.headline_number.setObjectName("headlineNumber")
        self.headline_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline_texts = [plain_label("", self.headline) for _ in languages]
        side.addStretch(1)
        side.addWidget(self.headline_number)
        for i, label in enumerate(self.headline_texts):
            label.setObjectName("headlineText" if i == 0 else "headlineOther")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            side.addWidget(label)
        side.addStretch(1)
        self.headline.hide()
        middle = QHBoxLayout()
        middle.setSpacing(32)
        middle.addWidget(self.card, 3)
        middle.addWidget(self.headline, 2)
        self.start_buttons: dict[str, QPushButton] = {}
        starts = QHBoxLayout()
        starts.setSpacing(32)
        for lang in languages:
            button = QPushButton(f"{LANGUAGE_NAMES.get(lang, lang)}\n{TOUCH.get(lang, TOUCH['en'])}", self)
            button.setObjectName("attractStart")
            button.setAccessibleName(f"{LANGUAGE_NAMES.get(lang, lang)}: {TOUCH.get(lang, TOUCH['en'])}")
            button.setProperty("lang", lang)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(self._on_start_clicked)
            self.start_buttons[lang] = button
            starts.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.setSpacing(24)
        layout.addLayout(titles)
        layout.addLayout(middle, 1)
        layout.addLayout(starts)
        self._timer = QTimer(self)
        self._timer.setObjectName("attract-cycle")
        self._timer.setInterval(interval_s * 1000)
        self._timer.timeout.connect(self.next_item)
        self.card.link_activated.connect(self.explore_requested)
        self.set_language(self.lang)
        self.retranslate_ui()

    # ---- public API

    @property
    def touch(self) -> QPushButton:
        """The start button of the language a touch starts in."""
        return self.start_buttons.get(self.lang) or next(iter(self.start_buttons.values()))

    @property
    def language_buttons(self) -> list[QPushButton]:
        """One start button per language, in the settings' order."""
        return list(self.start_buttons.values())

    def set_language(self, lang: str) -> None:
        """Light the button of the language a touch starts in."""
        self.lang = lang
        for code, button in self.start_buttons.items():
            button.setProperty("current", code == lang)
            button.style().unpolish(button)
            button.style().polish(button)

    def set_items(self, data: LoadedData | None, people: tuple[str, ...], events: tuple[str, ...], lang: str,
                  figures: tuple[str, ...] = (), headline: str = "") -> None:
        """Prepare the featured items (unknown ids are skipped): people and events alternate with numbers, and the
        first card of the first story comes second when the data has stories; ``headline`` is the figure shown
        beside them in every language."""
        self._items = []
        self.set_language(lang)
        self._set_headline(data.dataset if data is not None else None, headline)
        if data is not None:
            ds = data.dataset
            records = [item for pid in people if (item := self._person(data, pid, lang)) is not None]
            records += [item for eid in events if (item := _event(ds, eid, lang)) is not None]
            numbers = [Item(uri, html) for uri, html in number_cards(ds, figures, lang)]
            self._items = _interleave(records, numbers)
            story = _story(ds, lang)
            if story is not None:
                self._items.insert(min(1, len(self._items)), story)
        self._index = 0
        self._show()

    def start(self) -> None:
        """Start cycling."""
        self._index = 0
        self._show()
        self._timer.start()

    def stop(self) -> None:
        """Stop cycling (the visitor is exploring)."""
        self._timer.stop()

    def current_uri(self) -> str:
        """The deep link of the item on screen."""
        return self._items[self._index].uri if self._items else ""

    @Slot()
    def next_item(self) -> None:
        """Show the next featured item."""
        if self._items:
            self._index = (self._index + 1) % len(self._items)
        self._show()

    def retranslate_ui(self) -> None:
        """Set the visible strings."""
        self.card.setAccessibleName(self.tr("Featured person or event"))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.height() < COMPACT_BELOW_H
        if self.property("compact") != compact:
            self.setProperty("compact", compact)
            for widget in (self, *self.findChildren(QWidget)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    @override
    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.card.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            self.explore_requested.emit(self.current_uri())
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # ---- internals

    def _set_headline(self, ds: Dataset | None, figure_id: str) -> None:
        figure = next((f for f in ds.records.figures if f.id == figure_id), None) if ds is not None else None
        self.headline.setVisible(figure is not None and figure.value is not None)
        if figure is None or figure.value is None:
            return
        self.headline_number.setText(number(figure.value))
        order = sorted(self.languages, key=lambda code: code != self.lang)
        for label, code in zip(self.headline_texts, order, strict=False):
            label.setText(figure.title.get(code))

    def _person(self, data: LoadedData, pid: str, lang: str) -> Item | None:
        p = data.dataset.people.get(pid)
        if p is None or p.hide_in_kiosk:
            return None
        image = data.portraits.portrait(p)
        life = " – ".join(d.format(lang) for d in (p.born.date, p.died.date) if d)
        names = _names(p.name.get("en"), p.name.get("ru"), lang)
        text = (f"{names}{content_note_box(p.content_note, lang)}<p style='font-size:large'>{esc(life)}</p>"
                f"<p style='font-size:large'>{fate_badge(p.fate)}</p><p>{esc(short_bio(p.bio.get(lang)))}</p>")
        if image is None:
            return Item(link_to(Kind.PERSON, pid), text)
        width = round(image.width() * PORTRAIT_H / max(1, image.height()))
        html = (f'<table cellpadding="0" cellspacing="0"><tr><td valign="top" style="padding-right:24px">'
                f'<img src="{portrait_uri(p)}" width="{width}" height="{PORTRAIT_H}"></td>'
                f'<td valign="top">{text}</td></tr></table>')
        return Item(link_to(Kind.PERSON, pid), html, {portrait_uri(p): image})

    def _show(self) -> None:
        item = self._items[self._index] if self._items else None
        self.card.set_page(item.html if item else "", item.images if item else None)

    @Slot()
    def _on_start_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            lang = str(button.property("lang"))
            if lang != self.lang:
                self.language_requested.emit(lang)
            self.explore_requested.emit("")


def _names(en: str, ru: str, lang: str) -> str:
    """A heading in the active language with the other language's form below it, when it differs."""
    first, second = (ru, en) if lang == "ru" else (en, ru)
    other = f'<p style="color:#767676; font-size:x-large">{esc(second)}</p>' if second and second != first else ""
    return f"<h1>{esc(first)}</h1>{other}"


def _event(ds: Dataset, eid: str, lang: str) -> Item | None:
    e = ds.events.get(eid)
    if e is None or e.hide_in_kiosk:
        return None
    html = (f"{_names(e.title.get('en'), e.title.get('ru'), lang)}{content_note_box(e.content_note, lang)}"
            f"<p style='font-size:large'>{esc(e.date.format(lang))}</p><p>{esc(e.summary.get(lang))}</p>")
    return Item(link_to(Kind.EVENT, eid), html)


def _story(ds: Dataset, lang: str) -> Item | None:
    """The first card of the first story (``Dataset.stories``, when the data has stories)."""
    stories = tuple(getattr(ds, "stories", ()))
    if not stories or not stories[0].cards:
        return None
    story = stories[0]
    card = story.cards[0]
    html = (f"{_names(story.title.get('en'), story.title.get('ru'), lang)}"
            f"<h2>{esc(card.title.get(lang))}</h2><p>{esc(card.text.get(lang))}</p>")
    return Item(link_to(Kind.STORY, story.id), html)


def _interleave(first: list[Item], second: list[Item]) -> list[Item]:
    """a1, b1, a2, b2 … and then the rest of the longer list."""
    out: list[Item] = []
    for i in range(max(len(first), len(second))):
        out.extend(items[i] for items in (first, second) if i < len(items))
    return out
