# SPDX-License-Identifier: GPL-3.0-or-later
"""The right-click menu of a page (:class:`~purges_desktop.views.safe.LinkBrowser`).

Every page offers Copy and Select All. In a window that can cite and print (the study window: it implements
:class:`PageCommands`) the menu also offers Copy link, Cite this page (a style each), Print…, and, over a link to a
source (``source/<id>``, as in every page's list of sources) or on a source's own page, Cite this source: the
source's citation in the chosen style, copied to the clipboard. The kiosk window implements none of it (and the
kiosk blocks context menus altogether).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from purges_desktop.domain.citation import Style
from purges_desktop.domain.links import Kind, parse_uri

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QTextBrowser

    from purges_desktop.domain.links import Location

TR_CONTEXT = "PageMenu"
STYLE_NAMES: dict[Style, str] = {
    Style.CHICAGO: QT_TRANSLATE_NOOP("PageMenu", "Chicago (17th ed.)"),
    Style.MLA: QT_TRANSLATE_NOOP("PageMenu", "MLA (9th ed.)"),
    Style.APA: QT_TRANSLATE_NOOP("PageMenu", "APA (7th ed.)"),
    Style.GOST: QT_TRANSLATE_NOOP("PageMenu", "GOST R 7.0.100-2018"),
}


def tr(text: str) -> str:
    """Translate a string of the page menu."""
    return QCoreApplication.translate(TR_CONTEXT, text)


@runtime_checkable
class PageCommands(Protocol):
    """What a window offers for the page on screen (the study window implements it)."""

    def current_location(self) -> Location:
        """Where the window is."""
        ...

    def copy_link(self) -> str:
        """Copy the page's deep link."""
        ...

    def cite(self, style: Style) -> str | None:
        """Copy the page's citation in ``style``."""
        ...

    def cite_source(self, source_id: str, style: Style) -> str | None:
        """Copy a source's citation in ``style``."""
        ...

    def print_page(self) -> None:
        """Print the page."""
        ...


def style_name(style: Style) -> str:
    """A citation style's name as the menus and the source page show it, in the interface language."""
    return tr(STYLE_NAMES[style])


def _style_menu(parent: QMenu, title: str, cite: Callable[[Style], object]) -> QMenu:
    """A submenu with one entry per citation style, each calling ``cite(style)``."""
    menu = parent.addMenu(title)
    for style in STYLE_NAMES:
        item = menu.addAction(style_name(style))
        item.setData(style.value)
        item.triggered.connect(lambda _checked=False, chosen=style: cite(chosen))
    return menu


def source_under(browser: QTextBrowser, pos: QPoint) -> str:
    """The id of the source a link at ``pos`` (viewport coordinates) points to; "" when none."""
    location = parse_uri(browser.anchorAt(pos))
    return location.id if location is not None and location.kind is Kind.SOURCE else ""


def page_menu(browser: QTextBrowser, pos: QPoint) -> QMenu:
    """The menu for a right click at ``pos`` (viewport coordinates) on ``browser`` (the caller shows it)."""
    menu = QMenu(browser)
    copy = menu.addAction(tr("Copy"))
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.setEnabled(browser.textCursor().hasSelection())
    copy.triggered.connect(browser.copy)
    select_all = menu.addAction(tr("Select All"))
    select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
    select_all.triggered.connect(browser.selectAll)
    host = browser.window()
    if not isinstance(host, PageCommands):
        return menu
    menu.addSeparator()
    menu.addAction(tr("Copy link")).triggered.connect(host.copy_link)
    _style_menu(menu, tr("Cite this page"), host.cite)
    source = source_under(browser, pos)
    here = host.current_location()
    if not source and here.kind is Kind.SOURCE:
        source = here.id
    if source:
        _style_menu(menu, tr("Cite this source"), partial(host.cite_source, source))
    menu.addSeparator()
    menu.addAction(tr("Print…")).triggered.connect(host.print_page)
    return menu

