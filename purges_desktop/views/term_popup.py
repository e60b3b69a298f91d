# SPDX-License-Identifier: GPL-3.0-or-later
"""A glossary term's short definition, shown in place over a page where its link was touched.

The popup is a frame inside the page's browser (never a window of its own: nothing can leave the kiosk through it).
It shows the term, its definition, a "More" button that opens the term's page in the Glossary, and a close button
large enough for a finger (44 px at least). Escape, the close button or a touch elsewhere on the page close it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget
from typing_extensions import override

from purges_desktop.domain.links import Kind, link_to
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.safe import plain_label

if TYPE_CHECKING:
    from purges_desktop.domain.model import Term

#: The smallest side of a touch target (docs/kiosk.md): the close button is at least this big in every mode.
TOUCH_PX = 44
#: The popup's width as a share of the page it covers, and its bounds in pixels.
WIDTH_SHARE, MIN_WIDTH, MAX_WIDTH = 0.6, 280, 720


class TermPopup(Retranslatable, QFrame):
    """The definition of one term, over the page.

    Signals:
        more_requested(str): the deep link of the term's glossary page (``term/<id>``): "More" was touched.
    """

    more_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("termPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.term_id = ""
        self._anchor, self._line = QPoint(), 0
        self.title = plain_label("", self)
        self.title.setObjectName("termPopupTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.definition = plain_label("", self)
        self.definition.setWordWrap(True)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("termPopupMore")
        self.more_button.setMinimumHeight(TOUCH_PX)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setObjectName("termPopupClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setMinimumSize(TOUCH_PX, TOUCH_PX)
        close_font = self.close_button.font()
        close_font.setPointSizeF(close_font.pointSizeF() * 1.6)
        self.close_button.setFont(close_font)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.definition)
        layout.addLayout(foot)
        self.close_button.clicked.connect(self.hide)
        self.more_button.clicked.connect(self._on_more)
        self.retranslate_ui()
        self.hide()

    def show_term(self, term: Term, lang: str, anchor: QPoint, line_height: int) -> None:
        """Show ``term`` in ``lang`` just below ``anchor`` (a point in the parent's coordinates; above it when there
        is no room below), inside the parent."""
        self.term_id = term.id
        self.title.setText(term.term.get(lang))
        self.definition.setText(term.definition.get(lang))
        self.setAccessibleName(term.term.get(lang))
        self.setAccessibleDescription(term.definition.get(lang))
        self._anchor, self._line = anchor, line_height
        self.place()
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.PopupFocusReason)

    def place(self) -> None:
        """Size the frame to its text at a share of the parent's width and put it by its anchor, inside the parent
        (again after the parent is resized)."""
        parent = self.parentWidget()
        # Over a page's text, never over its scroll bars (which are drawn above it).
        area = parent.viewport().geometry() if isinstance(parent, QAbstractScrollArea) else parent.rect()
        width = max(min(MIN_WIDTH, area.width()), min(MAX_WIDTH, round(area.width() * WIDTH_SHARE)))
        self.setFixedWidth(width)
        self.ensurePolished()  # the kiosk's style sheet sets the type sizes the height depends on
        self.layout().activate()
        wanted = self.layout().totalHeightForWidth(width)  # the wrapped definition's height at this width
        height = min(max(wanted, self.layout().totalMinimumSize().height()), area.height())
        self.setFixedHeight(height)
        self.move(_placed(QRect(0, 0, width, height), area, self._anchor, self._line))

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.more_button.setText(self.tr("More in the glossary"))
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the definition"))

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_more(self) -> None:
        self.hide()
        self.more_requested.emit(link_to(Kind.TERM, self.term_id))


def _placed(box: QRect, area: QRect, anchor: QPoint, line_height: int) -> QPoint:
    """Where a box of ``box``'s size goes: under the line at ``anchor`` when it fits, else above it, always inside
    ``area``."""
    x = min(max(area.left(), anchor.x() - box.width() // 4), area.right() + 1 - box.width())
    below = anchor.y() + line_height
    y = below if below + box.height() <= area.bottom() + 1 else anchor.y() - line_height // 2 - box.height()
    y = min(max(area.top(), y), area.bottom() + 1 - box.height())
    return QPoint(max(area.left(), x), max(area.top(), y))
