# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk's "Still there?" notice, shown over everything in the last seconds before the idle reset.

It only shows: the :class:`~purges_desktop.application.kiosk.KioskController` decides when it appears, counts the
seconds and takes it away at the first touch, click or key (its event filter sees those before any widget). The
notice also swallows that touch, so that it cannot press whatever lies under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QTextBrowser, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.views.safe import plain_label

#: The notice's box and its text: black on the kiosk's yellow (tests/views/test_contrast.py checks the pair).
NOTICE_FILL = "#F0E442"
NOTICE_INK = "#000000"

class IdleNotice(QWidget):
    """A dimmed layer over its parent with a large question and a countdown (English and Russian via tr())."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._seconds = 0
        box = QWidget(self)
        box.setObjectName("idleNoticeBox")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = plain_label("", box)
        self.title.setObjectName("idleNoticeTitle")
        self.text = plain_label("", box)
        self.text.setObjectName("idleNoticeText")
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.box = box
        parent.installEventFilter(self)
        self.hide()
        self._fit_fonts()
        self._retranslate()

    # ---- public API

    @Slot(int)
    def show_countdown(self, seconds: int) -> None:
        """Appear over everything with ``seconds`` left."""
        self.set_seconds(seconds)
        self.setGeometry(self.parentWidget().rect())
        self._fit_fonts()
        self.raise_()
        self.show()

    @Slot(int)
    def set_seconds(self, seconds: int) -> None:
        """Update the countdown."""
        self._seconds = seconds
        self._retranslate()

    def message(self) -> str:
        """The text shown, title and line (tests, screen readers)."""
        return f"{self.title.text()} {self.text.text()}"

    # ---- Qt overrides

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self._fit_fonts()
        return False

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the touch that dismisses the notice presses nothing under it

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.hide()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ---- internals

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.text.setText(self.tr("The exhibit returns to its start in %1 s — touch to continue").replace(
            "%1", str(self._seconds)))
        self.setAccessibleName(self.message())

    def _fit_fonts(self) -> None:
        """Large on any screen: the title a tenth of the height, the line under half that. In the widget's own
        style sheet, which wins over the kiosk's (a font set in code would not)."""
        height = max(480, self.height())
        self.setStyleSheet(
            "#idleNotice { background-color: rgba(0, 0, 0, 200); }"
            f"#idleNoticeBox {{ background-color: {NOTICE_FILL}; border-radius: 12px; }}"
            f"#idleNoticeBox QLabel {{ color: {NOTICE_INK}; background: transparent; }}"
            f"#idleNoticeTitle {{ font-size: {max(36, height // 10)}px; font-weight: bold; }}"
            f"#idleNoticeText {{ font-size: {max(24, height // 24)}px; }}")
        # A fixed size worked out from the wrapped lines: a centred box would otherwise take its one-line height
        # and cut the second line of a long sentence (seen in Russian at 1920x1080).
        width = max(400, int(self.width() * 0.7))
        inner = width - 96
        for label in (self.title, self.text):
            label.ensurePolished()
        height = self.title.heightForWidth(inner) + self.text.heightForWidth(inner) + 24 + 80
        self.box.setFixedSize(width, height)


def words_in_view(root: QWidget) -> int:
    """How many words of text a visitor has on screen in ``root``'s visible text pages (the part of each page the
    viewport shows, as a share of the whole: scrolling brings the rest, and scrolling is input)."""
    words = 0
    for browser in root.findChildren(QTextBrowser):
        if not browser.isVisible() or not isinstance(browser, QAbstractScrollArea):
            continue
        doc_h = browser.document().size().height()
        if doc_h <= 0:
            continue
        share = min(1.0, browser.viewport().height() / doc_h)
        words += round(len(browser.toPlainText().split()) * share)
    return words

