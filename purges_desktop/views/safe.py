# SPDX-License-Identifier: GPL-3.0-or-later
"""Widgets that never interpret data as HTML and never follow links out of the app.

- :func:`plain_label`: a QLabel fixed to plain text (QLabel's default ``AutoText`` renders ``<b>`` in a name).
- :class:`LinkBrowser`: a QTextBrowser for pages we compose ourselves (every data value escaped); it opens no
  link itself, loads no resource (no ``file:``, no network), and hands internal links to the navigation; its
  right-click menu is :func:`~purges_desktop.views.page_menu.page_menu`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRectF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget
from typing_extensions import override

from purges_desktop.domain.links import parse_uri
from purges_desktop.views.page_menu import page_menu

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


class LinkBrowser(QTextBrowser):
    """Shows a composed HTML page; internal links become :attr:`link_activated`, others are ignored.

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
        elif parse_uri(target) is not None:
            self.link_activated.emit(target)
        elif url.scheme() in {"http", "https"}:
            self.external_link_activated.emit(target)

