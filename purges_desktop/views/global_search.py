# SPDX-License-Identifier: GPL-3.0-or-later
"""The one search (Ctrl+K): a search field and, under it, the results of every kind grouped under headings.

The index is the domain's :class:`~purges_desktop.domain.global_search.GlobalIndex` (built with the data, off the
GUI thread); this module only shows it. The results are a panel drawn over the window (a child widget, not a
separate window: it never takes the keyboard from the field, and a screenshot of the window shows it). Keys, while
the field has the focus: Up/Down move through the results (over the headings), Enter opens the selected result (the
first when none is selected) through :attr:`SearchField.link_activated`, Esc closes the results (a second Esc
empties the field). A deep link typed in (``person/bukharin``) is offered as the first result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from purges_desktop.domain.global_search import LINK_KIND, Rank
from purges_desktop.views.retranslate import Retranslatable

if TYPE_CHECKING:
    from purges_desktop.application.language import Language
    from purges_desktop.domain.global_search import GlobalIndex, SearchGroup

#: The headings of the groups, by kind (a kind not listed is headed by its name).
GROUP_HEADINGS: dict[str, str] = {
    LINK_KIND: QT_TRANSLATE_NOOP("GlobalSearch", "Open link"),
    "person": QT_TRANSLATE_NOOP("GlobalSearch", "People"),
    "body": QT_TRANSLATE_NOOP("GlobalSearch", "Organs"),
    "trial": QT_TRANSLATE_NOOP("GlobalSearch", "Trials"),
    "event": QT_TRANSLATE_NOOP("GlobalSearch", "Events"),
    "list": QT_TRANSLATE_NOOP("GlobalSearch", "Stalin's lists"),
    "story": QT_TRANSLATE_NOOP("GlobalSearch", "Stories"),
    "term": QT_TRANSLATE_NOOP("GlobalSearch", "Glossary"),
    "source": QT_TRANSLATE_NOOP("GlobalSearch", "Sources"),
}
#: Results shown per group (more when a single group matches).
PER_GROUP = 5
SINGLE_GROUP = 12
#: Roles of the items: the link a result opens, its subtitle, whether it is a heading, whether spelling was forgiven.
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3
FUZZY_ROLE = Qt.ItemDataRole.UserRole + 4
PANEL_WIDTH = 560


TR_CONTEXT = "GlobalSearch"


def tr(text: str) -> str:
    """Translate a string of the global search."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def group_heading(group: SearchGroup) -> str:
    """A group's heading with its count: ``People (3)``, ``Sources (5 of 49)``."""
    name = GROUP_HEADINGS.get(group.kind)
    title = tr(name) if name is not None else group.kind
    locale = QLocale()
    if group.total > len(group.hits):
        count = tr("%1 of %2").replace("%1", locale.toString(len(group.hits))).replace(
            "%2", locale.toString(group.total))
    else:
        count = locale.toString(group.total)
    return f"{title} ({count})"


class _ResultDelegate(QStyledItemDelegate):
    """Draws a result as its title and, smaller and grey, its subtitle; a heading as a small bold caption (the rows'
    heights are set on the items: no Python call per row when the list lays itself out)."""

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        palette = option.palette
        rect = option.rect.adjusted(8, 3, -8, -3)
        font = QFont(option.font)
        if index.data(HEADING_ROLE):
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, index.data())
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        metrics = QFontMetrics(font)
        title = index.data()
        if index.data(FUZZY_ROLE):
            title = f"{title}  ≈"
        painter.setFont(font)
        painter.setPen(text_colour)
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                                                             rect.width()))
        subtitle = index.data(SUBTITLE_ROLE)
        if subtitle:
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.88)
            painter.setFont(small)
            grey = QColor(text_colour)
            grey.setAlphaF(0.7)
            painter.setPen(grey)
            line.translate(0, metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft,
                             QFontMetrics(small).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class SearchResults(Retranslatable, QFrame):
    """The panel of grouped results, drawn over the window under the search field.

    Signals:
        link_activated(str): a result was chosen (its deep link).
    """

    link_activated = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.list.setItemDelegate(_ResultDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.list)
        self.empty = False
        self._height = 0
        self.list.itemClicked.connect(self._on_item_clicked)
        self.hide()
        self.retranslate_ui()

    def show_groups(self, groups: list[SearchGroup], lang: str) -> None:
        """Fill the panel with ``groups`` (a heading each, then its hits); "no results" when there are none."""
        self.list.clear()
        self.empty = not groups
        line = QFontMetrics(self.list.font()).height()
        one_line, two_lines = QSize(0, line + 8), QSize(0, 2 * line + 8)
        self._height = 0
        if not groups:
            item = QListWidgetItem(self.tr("Nothing found"))
            item.setData(HEADING_ROLE, True)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setSizeHint(one_line)
            self._height += one_line.height()
            self.list.addItem(item)
        for group in groups:
            heading = QListWidgetItem(group_heading(group))
            heading.setData(HEADING_ROLE, True)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setSizeHint(one_line)
            self._height += one_line.height()
            self.list.addItem(heading)
            for hit in group.hits:
                entry = hit.entry
                item = QListWidgetItem(entry.title.get(lang) or entry.id)
                size = two_lines if entry.subtitle else one_line
                item.setSizeHint(size)
                self._height += size.height()
                item.setData(LINK_ROLE, entry.id if entry.kind == LINK_KIND else entry.link)
                item.setData(SUBTITLE_ROLE, entry.subtitle.get(lang))
                item.setData(FUZZY_ROLE, hit.rank is Rank.FUZZY)
                item.setToolTip(item.data(LINK_ROLE) + ("\n" + self.tr("≈ found by forgiving one letter")
                                                        if hit.rank is Rank.FUZZY else ""))
                self.list.addItem(item)

    def result_links(self) -> list[str]:
        """The links of the results, in order (the headings left out)."""
        return [self.list.item(i).data(LINK_ROLE) for i in range(self.list.count())
                if not self.list.item(i).data(HEADING_ROLE)]

    def headings(self) -> list[str]:
        """The headings shown, in order."""
        return [self.list.item(i).text() for i in range(self.list.count()) if self.list.item(i).data(HEADING_ROLE)]

    def move(self, step: int) -> None:  # type: ignore[override]
        """Select the next (``step`` 1) or previous (-1) result, skipping headings; stays at the ends."""
        row = self.list.currentRow()
        rows = [i for i in range(self.list.count()) if not self.list.item(i).data(HEADING_ROLE)]
        if not rows:
            return
        if row not in rows:
            target = rows[0] if step > 0 else rows[-1]
        else:
            position = rows.index(row) + step
            target = rows[max(0, min(len(rows) - 1, position))]
        self.list.setCurrentRow(target)
        self.list.scrollToItem(self.list.item(target))

    def current_link(self) -> str:
        """The link of the selected result, else of the first; "" when there is none."""
        item = self.list.currentItem()
        if item is not None and not item.data(HEADING_ROLE):
            return item.data(LINK_ROLE)
        links = self.result_links()
        return links[0] if links else ""

    def fit(self, anchor: QRect) -> None:
        """Place the panel under ``anchor`` (in the parent's coordinates), as tall as its results allow."""
        parent = self.parentWidget()
        assert parent is not None
        width = min(max(PANEL_WIDTH, anchor.width()), parent.width() - 16)
        left = max(8, min(anchor.right() - width, parent.width() - width - 8))
        height = self._height + 6
        height = min(height, parent.height() - anchor.bottom() - 16)
        self.setGeometry(QRect(QPoint(left, anchor.bottom() + 2), QSize(width, max(40, height))))
        self.raise_()

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.list.setAccessibleName(self.tr("Search results"))

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        link = item.data(LINK_ROLE)
        if link:
            self.link_activated.emit(link)


class SearchField(Retranslatable, QLineEdit):
    """The search field of the toolbar; its results panel lives in ``host`` (the window).

    Signals:
        link_activated(str): the user chose a result (its deep link); the field is emptied and the panel closed.
    """

    link_activated = Signal(str)

    def __init__(self, language: Language, host: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.language = language
        self.host = host
        self.index: GlobalIndex | None = None
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(240)
        self.setMaximumWidth(380)
        self.results = SearchResults(host)
        self.textChanged.connect(self.run)
        self.results.link_activated.connect(self._open)
        language.changed.connect(self._on_language_changed)
        host.installEventFilter(self)
        self.retranslate_ui()

    def set_index(self, index: GlobalIndex | None) -> None:
        """Search ``index`` from now on (``None`` while loading); the results on screen are redone."""
        self.index = index
        self.run()

    def run(self) -> None:
        """Search for the text of the field and show the results (hide them for an empty field)."""
        text = self.text()
        if not text.strip() or self.index is None:
            self.results.hide()
            return
        groups = self.index.search(text, limit=PER_GROUP)
        if len(groups) == 1 and groups[0].total > len(groups[0].hits):
            groups = self.index.search(text, limit=SINGLE_GROUP)
        self.results.show_groups(groups, self.language.code)
        self.results.fit(self._anchor())
        self.results.show()

    def activate(self) -> None:
        """Ctrl+K: focus the field with its text selected, and show its results again."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        self.run()

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search people, organs, trials, events, lists and sources"))
        self.setToolTip(self.tr("Names in any spelling, titles, dates, list numbers, or a link such as "
                                "person/bukharin (Ctrl+K)"))

    # ---- Qt overrides

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible():
            self.results.move(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.results.isHidden():
                self.run()
            link = self.results.current_link()
            if link:
                self._open(link)
        elif key == Qt.Key.Key_Escape:
            if self.results.isVisible():
                self.results.hide()
            else:
                self.clear()
        else:
            super().keyPressEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.results.hide()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize and self.results.isVisible():
            self.results.fit(self._anchor())
        return False

    # ---- internals

    def _anchor(self) -> QRect:
        return QRect(self.mapTo(self.host, QPoint(0, 0)), self.size())

    def _open(self, link: str) -> None:
        self.results.hide()
        self.clear()
        self.link_activated.emit(link)

    def _on_language_changed(self, _code: str) -> None:
        if self.results.isVisible():
            self.run()
