# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk's attract screen: featured people and events in turn, "touch to explore" in every language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.domain.links import Kind, link_to
from purges_desktop.views.number_pages import number_cards
from purges_desktop.views.pages import content_note_box, esc, fate_badge
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.safe import LinkBrowser, plain_label

if TYPE_CHECKING:
    from purges_desktop.application.dataset_controller import LoadedData

TOUCH = {"en": "Touch the screen to explore", "ru": "Коснитесь экрана, чтобы начать"}


class AttractScreen(Retranslatable, QWidget):
    """Cycles through featured records until touched.

    Signals:
        explore_requested(str): the visitor touched; the argument is a deep link to the item shown ("" for none).
        language_requested(str): a language button was touched.
    """

    explore_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, languages: tuple[str, ...], interval_s: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self._items: list[tuple[str, str]] = []  # (uri, html)
        self._index = 0
        self.title = plain_label("", self)
        self.title.setObjectName("attractTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = LinkBrowser(self)
        self.card.setObjectName("attractCard")
        self.card.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card.viewport().installEventFilter(self)
        self.touch = QPushButton(self)
        self.touch.setObjectName("attractTouch")
        self.touch.setAccessibleName(" / ".join(TOUCH.values()))
        self.touch.setText(" · ".join(TOUCH[lang] for lang in languages if lang in TOUCH))
        self.language_buttons: list[QPushButton] = []
        langs = QHBoxLayout()
        langs.addStretch(1)
        for lang in languages:
            button = QPushButton({"en": "English", "ru": "Русский"}.get(lang, lang), self)
            button.setObjectName("languageButton")
            button.setAccessibleName(button.text())
            button.setProperty("lang", lang)
            button.clicked.connect(self._on_language_clicked)
            self.language_buttons.append(button)
            langs.addWidget(button)
        langs.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.addWidget(self.title)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.touch)
        layout.addLayout(langs)
        self._timer = QTimer(self)
        self._timer.setObjectName("attract-cycle")
        self._timer.setInterval(interval_s * 1000)
        self._timer.timeout.connect(self.next_item)
        self.touch.clicked.connect(self._on_touch)
        self.card.link_activated.connect(self.explore_requested)
        self.retranslate_ui()

    def set_items(self, data: LoadedData | None, people: tuple[str, ...], events: tuple[str, ...], lang: str,
                  figures: tuple[str, ...] = ()) -> None:
        """Prepare the featured items (unknown ids are skipped): people and events alternate with numbers."""
        self._items = []
        if data is not None:
            ds = data.dataset
            for pid in people:
                p = ds.people.get(pid)
                if p is None or p.hide_in_kiosk:
                    continue
                life = " – ".join(d.format(lang) for d in (p.born.date, p.died.date) if d)
                html = (f"<h1>{esc(p.name.get(lang))}</h1>{content_note_box(p.content_note, lang)}"
                        f"<p style='font-size:large'>{esc(life)}</p>"
                        f"<p style='font-size:large'>{fate_badge(p.fate)}</p><p>{esc(p.bio.get(lang))}</p>")
                self._items.append((link_to(Kind.PERSON, pid), html))
            for eid in events:
                e = ds.events.get(eid)
                if e is None or e.hide_in_kiosk:
                    continue
                html = (f"<h1>{esc(e.title.get(lang))}</h1>{content_note_box(e.content_note, lang)}"
                        f"<p style='font-size:large'>{esc(e.date.format(lang))}"
                        f"</p><p>{esc(e.summary.get(lang))}</p>")
                self._items.append((link_to(Kind.EVENT, eid), html))
            self._items = _interleave(self._items, number_cards(ds, figures, lang))
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
        return self._items[self._index][0] if self._items else ""

    @Slot()
    def next_item(self) -> None:
        """Show the next featured item."""
        if self._items:
            self._index = (self._index + 1) % len(self._items)
        self._show()

    def retranslate_ui(self) -> None:
        """Set the visible strings."""
        self.title.setText(self.tr("The Soviet purges, 1917–1953"))
        self.card.setAccessibleName(self.tr("Featured person or event"))

    @override
    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # A touch anywhere on the card explores the item shown.
        if watched is self.card.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            self.explore_requested.emit(self.current_uri())
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _show(self) -> None:
        self.card.set_page(self._items[self._index][1] if self._items else "")

    @Slot()
    def _on_touch(self) -> None:
        self.explore_requested.emit("")

    @Slot()
    def _on_language_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.language_requested.emit(str(button.property("lang")))


def _interleave(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """a1, b1, a2, b2 … and then the rest of the longer list."""
    out: list[tuple[str, str]] = []
    for i in range(max(len(first), len(second))):
        out.extend(items[i] for items in (first, second) if i < len(items))
    return out
