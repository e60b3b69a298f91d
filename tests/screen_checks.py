"""What a user sees on a window, checked widget by widget: text cut without its full text on hover, sibling widgets
drawn over each other, and internal ids or codes shown as if they were words (issue #17).

The checks read what is on screen (visible widgets, the first rows of visible tables, the text of visible pages);
``tests/views/test_screen.py`` runs them over every tab and a page of each record kind.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

if TYPE_CHECKING:
    from purges_desktop.domain.dataset import Dataset

#: Table rows checked from the top of each visible table.
ROWS = 12
_TOKEN = re.compile(r"(?<![\w./:@-])[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\w/@-])")
_URL = re.compile(r"\S+://\S+|\bwww\.\S+|\S+@\S+\.\S+|\S+\.(?:org|ru|com|net|edu|pdf|html?)\S*")
#: A date as the data files write it (1934-12-01): the screen writes "1 December 1934" / «1 декабря 1934».
_ISO_DATE = re.compile(r"(?<![\w/-])(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?![\w-])")
#: A path in the repository (data/lists/, scripts/import_stalin_lists.py): curators' words, not a visitor's.
_PATH = re.compile(r"(?<![\w/.])(?:data|scripts|tests|purges_desktop)/[\w/.-]*")
#: Ids that are also ordinary words in running text ("the first-category objectives").
WORDS = frozenset({"first-category", "second-category"})


def _visible(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if _visible(w)]


def internal_tokens(dataset: Dataset) -> frozenset[str]:
    """The strings that would be a leak if shown: every record id with a separator (``trial-1938``,
    ``congress-17``) and every code of the data's enumerations (``died_in_custody``, ``central_committee``)."""
    from purges_desktop.domain import model

    ids: set[str] = set()
    for table in (dataset.people, dataset.bodies, dataset.trials, dataset.events, dataset.sources,
                  dataset.shooting_lists):
        ids.update(table)
    ids.update(s.id for s in dataset.stories)
    ids.update(t.id for t in dataset.terms)
    for body in dataset.bodies.values():
        ids.update(getattr(body, "aliases", ()) or ())
    for name in ("Fate", "RepressionType", "SentenceKind", "BodyKind", "Role", "EndReason", "Plea", "Category",
                 "Topic"):
        ids.update(str(v) for v in getattr(model, name))
    return frozenset(i for i in ids if "-" in i or "_" in i)


def leaks(text: str, tokens: frozenset[str]) -> list[str]:
    """The internal ids, codes, file paths and data-file (ISO) dates in a text a user reads (web and e-mail
    addresses aside)."""
    text = _URL.sub(" ", text)
    return ([t for t in _TOKEN.findall(text) if t in tokens and t not in WORDS] + _ISO_DATE.findall(text)
            + _PATH.findall(text))


def _table_texts(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    for row in range(min(ROWS, model.rowCount())):
        for col in range(model.columnCount()):
            if view.isColumnHidden(col):
                continue
            value = model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
            if value is not None:
                out.append(str(value))
    for col in range(model.columnCount()):
        value = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value is not None:
            out.append(str(value))
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every string on screen under ``root``."""
    out: list[tuple[str, str]] = []
    for w in _widgets(root):
        name = f"{type(w).__name__}({w.objectName()})"
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        elif isinstance(w, QComboBox):
            out.append((name, w.currentText()))
        elif isinstance(w, QTextBrowser):
            out.append((name, w.toPlainText()))
        elif isinstance(w, QTableView):
            out.extend((name, t) for t in _table_texts(w))
        elif isinstance(w, QTabWidget):
            out.extend((name, w.tabText(i)) for i in range(w.count()))
    return out


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in text:
        return text
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&amp;", "&")


def _has_full(tooltip: str, text: str) -> bool:
    strip = re.sub(r"<[^>]+>", "", tooltip)
    return bool(text) and text.strip() in strip


def elided(root: QWidget) -> list[str]:
    """Labels, buttons, header sections and first table cells whose text does not fit and whose full text is not
    on hover (a tooltip)."""
    found: list[str] = []
    for w in _widgets(root):
        if isinstance(w, QLabel) and not w.wordWrap() and w.pixmap().isNull() and w.text():
            text = _plain(w)
            if "\n" in text:
                continue
            need = w.fontMetrics().horizontalAdvance(text)
            room = w.contentsRect().width() - 2 * w.margin() - 2 * max(w.indent(), 0)
            if need > room + 1 and not _has_full(w.toolTip(), text):
                found.append(f"label {text!r}: {need} px in {room} px")
        elif isinstance(w, QAbstractButton) and w.text() and type(w).__name__ not in {"QTabBar"}:
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            need = w.fontMetrics().horizontalAdvance(text)
            if not w.icon().isNull():
                need += w.iconSize().width()
            if need > w.width() and not _has_full(w.toolTip(), text):
                found.append(f"button {text!r}: {need} px in {w.width()} px")
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
            text = w.currentText()
            option = QStyleOptionComboBox()
            w.initStyleOption(option)
            room = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, w).width()
            need = w.fontMetrics().horizontalAdvance(text)
            if need > room + 1 and not _has_full(w.toolTip(), text):
                found.append(f"drop-down {text!r}: {need} px in {room} px")
        elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText():
            text = w.placeholderText()
            need = w.fontMetrics().horizontalAdvance(text)
            room = w.contentsRect().width() - w.textMargins().left() - w.textMargins().right() - 8
            if need > room and not _has_full(w.toolTip(), text):
                found.append(f"placeholder {text!r}: {need} px in {room} px")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if not w.isTabVisible(i):
                    continue
                text = w.tabText(i).replace("&", "")
                need = w.fontMetrics().horizontalAdvance(text)
                if need > w.tabRect(i).width() - 8 and not _has_full(w.tabToolTip(i), text):
                    found.append(f"tab {text!r}: {need} px in {w.tabRect(i).width()} px")
        elif isinstance(w, QTableView) and w.model() is not None:
            found.extend(_elided_cells(w))
    return found


def _elided_cells(view: QTableView) -> list[str]:
    model = view.model()
    found = []
    header: QHeaderView = view.horizontalHeader()
    hfm = header.fontMetrics()
    fm = view.fontMetrics()
    pad = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 2
    for col in range(model.columnCount()):
        if view.isColumnHidden(col):
            continue
        width = view.columnWidth(col)
        title = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if title and header.isVisible():
            need = hfm.horizontalAdvance(str(title)) + 2 * pad
            if need > width and not _has_full(str(tip or ""), str(title)):
                found.append(f"header {title!r}: {need} px in {width} px")
        for row in range(min(ROWS, model.rowCount())):
            index = model.index(row, col)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not text or (view.wordWrap() and view.rowHeight(row) > fm.height() * 1.8):
                continue
            text = str(text)
            if "\n" in text:
                continue
            need = fm.horizontalAdvance(text) + 2 * pad
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if need > width and not _has_full(str(tip or ""), text):
                found.append(f"cell {text!r}: {need} px in {width} px")
    return found


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible sibling widgets laid out by the same layout whose rectangles intersect."""
    found = []
    for parent in [root, *_widgets(root)]:
        layout = parent.layout()
        if layout is None or isinstance(parent, (QAbstractScrollArea, QAbstractItemView)):
            continue
        kids = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if _visible(w) and not w.isWindow() and _in_layout(layout, w)]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                inter: QRect = a.geometry().intersected(b.geometry())
                if inter.width() > 1 and inter.height() > 1:
                    found.append(f"{_describe(a)} overlaps {_describe(b)} by {inter.width()}x{inter.height()}"
                                 f" in {_describe(parent)}")
    return found


def _in_layout(layout, widget: QWidget) -> bool:
    if layout.indexOf(widget) >= 0:
        return True
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None and _in_layout(child, widget):
            return True
    return False


def _describe(w: QWidget) -> str:
    text = ""
    for attr in ("text", "title"):
        f = getattr(w, attr, None)
        if callable(f):
            try:
                text = str(f())[:30]
            except TypeError:
                continue
            break
    return f"{type(w).__name__}({w.objectName() or text!r})"


def settle_deletions() -> None:
    """Delete the widgets earlier tests left for deferred deletion before a new style sheet repolishes every widget
    (restyling a half-deleted widget crashes Qt)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
