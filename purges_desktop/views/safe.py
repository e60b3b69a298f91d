# SPDX-License-Identifier: GPL-3.0-or-later
"""Widgets that never interpret data as HTML and never follow links out of the app.

- :func:`plain_label`: a QLabel fixed to plain text (QLabel's default ``AutoText`` renders ``<b>`` in a name).
- :class:`LinkBrowser`: a QTextBrowser for pages we compose ourselves (every data value escaped); it opens no
  link itself, loads no resource (no ``file:``, no network), and hands internal links to the navigation; a glossary
  link (``term/<id>``) opens the term's definition in place, over the page (:mod:`purges_desktop.views.term_popup`);
  its right-click menu is :func:`~purges_desktop.views.page_menu.page_menu`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QByteArray, QPoint, QRectF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget
from typing_extensions import override

from purges_desktop.domain.links import Kind, parse_uri
from purges_desktop.views.page_menu import page_menu

if TYPE_CHECKING:
    from purges_desktop.domain.model import Term
    from purges_desktop.views.term_popup import TermPopup

_PORTRAIT: list[QImage] = []


def placeholder_portrait() -> QImage:
    """A neutral head-and-shoulders silhouette, for people without a portrait."""
    if not _PORTRAIT:
        image = QImage(144, 180, QImage.Format.Format_ARGB32)
        image.fill(QColor(200, 200, 200))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(150, 150, 150))
        p.drawEllipse(QRectF(44, 30, 56, 64))
        p.drawRoundedRect(QRectF(20, 104, 104, 96), 40, 40)
        p.end()
        _PORTRAIT.append(image)
    return _PORTRAIT[0]


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


@runtime_checkable
class GlossaryHolder(Protocol):
    """What a page's browser asks of the widget around it (a tab) to explain a term: the term, and the language."""

    @property
    def lang(self) -> str:
        """The language the data is shown in."""
        ...

    def glossary_term(self, term_id: str) -> Term | None:
        """The term with this id in the data shown (``None`` when there is none)."""
        ...


class LinkBrowser(QTextBrowser):
    """Shows a composed HTML page; internal links become :attr:`link_activated`, others are ignored.

    A ``term/<id>`` link is answered in place: the nearest enclosing :class:`GlossaryHolder` (the tab) gives the
    term, and :attr:`term_popup` shows its definition near the link; its "More" button emits :attr:`link_activated`
    with the term's link. Without a holder, or for a term it does not know, the link is handed on like any other.

    Signals:
        link_activated(str): an internal deep link (``person/<id>`` …) was clicked.
        external_link_activated(str): an http(s) link was clicked (the window decides what to do).
    """

    link_activated = Signal(str)
    external_link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._popup: TermPopup | None = None
        self._clicked_at: QPoint | None = None

    @property
    def term_popup(self) -> TermPopup:
        """The frame that shows a term's definition over the page (made on first use)."""
        if self._popup is None:
            from purges_desktop.views.term_popup import TermPopup  # noqa: PLC0415 - safe is imported by term_popup

            self._popup = TermPopup(self)
            self._popup.more_requested.connect(self.link_activated)
        return self._popup

    def hide_term(self) -> None:
        """Close the definition shown over the page, if any."""
        if self._popup is not None:
            self._popup.hide()

    def popup_shown(self) -> bool:
        """True while a term's definition is shown over the page."""
        return self._popup is not None and self._popup.isVisible()

    def show_term(self, term_id: str, at: QPoint | None = None) -> bool:
        """Show a term's definition over the page near ``at`` (viewport coordinates; the text cursor when
        ``None``); False when no enclosing widget knows the term."""
        holder = self._glossary_holder()
        term = holder.glossary_term(term_id) if holder is not None else None
        if holder is None or term is None:
            return False
        point = at if at is not None else self.cursorRect().topLeft()
        line = self.fontMetrics().lineSpacing()
        self.term_popup.show_term(term, holder.lang, self.viewport().mapTo(self, point), line)
        return True

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide_term()  # a touch elsewhere on the page closes the definition
        super().mousePressEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.popup_shown():
            self.term_popup.place()  # keep the definition inside the page

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._clicked_at = event.position().toPoint()  # anchorClicked is emitted during the release
        try:
            super().mouseReleaseEvent(event)
        finally:
            self._clicked_at = None

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        # Nothing outside the composed page is ever loaded: no local files, no network. The answer must be an
        # empty value, not None: on a null answer QTextDocument falls back to reading a file: URL from the disk
        # itself (docs/reliability.md, "Rich text in labels and pages"; tests/views/test_safe.py).
        return QByteArray()

    def set_page(self, html: str, images: dict[str, QImage] | None = None) -> None:
        """Show a page and scroll to its top; ``images`` are the pictures it names (``portrait:<id>``), decoded."""
        doc = self.document()
        image_type = QTextDocument.ResourceType.ImageResource.value
        doc.addResource(image_type, QUrl("portrait:placeholder"), placeholder_portrait())
        for name, image in (images or {}).items():
            doc.addResource(image_type, QUrl(name), image)
        doc.setHtml(html)
        self.hide_term()
        # The cursor to the top as well: a browser shown for the first time scrolls to its cursor
        # (QTextEdit's "show cursor on initial show"), which a page set while hidden left at the end.
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = page_menu(self, event.pos())  # the viewport's coordinates, as anchorAt takes them
        menu.exec(event.globalPos())
        menu.deleteLater()

    def page_text(self) -> str:
        """The page as plain text (tests, accessibility)."""
        return self.document().toPlainText()

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("#"):
            self.scrollToAnchor(target[1:])  # a note or source further down the same page
        elif (location := parse_uri(target)) is not None:
            if location.kind is Kind.TERM and self.show_term(location.id, self._clicked_at):
                return
            self.link_activated.emit(target)
        elif url.scheme() in {"http", "https"}:
            self.external_link_activated.emit(target)



    def _glossary_holder(self) -> GlossaryHolder | None:
        widget = self.parentWidget()
        while widget is not None:
            if isinstance(widget, GlossaryHolder):
                return widget
            widget = widget.parentWidget()
        return None
