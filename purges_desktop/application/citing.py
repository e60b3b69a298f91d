# SPDX-License-Identifier: GPL-3.0-or-later
"""Citing and printing the page on screen: its citation from the loaded data, and the page as PDF bytes.

The citation itself is built in :mod:`purges_desktop.domain.citation`; this module supplies what the running app
knows (the app's version, the date of the loaded data, today). The PDF is rendered into memory with
:class:`~PySide6.QtGui.QPdfWriter`: whoever holds the bytes decides where they go (study mode: the export folder;
``main.py pdf``: the file named on the command line). Text stays text in the PDF (searchable), in the fonts the app
registered (the bundled PT Sans and PT Serif).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextBlockFormat, QTextCharFormat, QTextCursor

from purges_desktop import __version__
from purges_desktop.domain.citation import Style, cite_page, page_for
from purges_desktop.domain.dates import PartialDate

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from purges_desktop.application.dataset_controller import LoadedData
    from purges_desktop.domain.links import Location

def default_style(lang: str) -> Style:
    """The style of a citation when none is chosen: ГОСТ for Russian, Chicago otherwise."""
    return Style.GOST if lang == "ru" else Style.CHICAGO


def cite_location(data: LoadedData | None, location: Location, lang: str, style: Style,
                  today: dt.date | None = None) -> str | None:
    """The citation of the page a deep link opens; ``None`` without data or when the record is not in it."""
    if data is None:
        return None
    page = page_for(data.dataset, location, lang, version=__version__, accessed=today or dt.date.today(),
                    data_date=data.data_date)
    return cite_page(page, style) if page is not None else None


def pdf_name(location: Location) -> str:
    """The file name of a page's PDF: ``person-bukharin.pdf``, ``body-politburo-1934-12-01.pdf``."""
    return location.uri().replace("/", "-").replace("@", "-") + ".pdf"


def with_citation(document: QTextDocument, citation: str, accessed: dt.date, lang: str) -> QTextDocument:
    """A copy of ``document`` with a last paragraph: how to cite the page and the date it was printed."""
    copy = document.clone()
    font = copy.defaultFont()
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: a search for "modified" finds it
    copy.setDefaultFont(font)
    cursor = QTextCursor(copy)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    block = QTextBlockFormat()
    block.setTopMargin(24)
    small = QTextCharFormat()
    small.setFontPointSize(max(7.0, document.defaultFont().pointSizeF() * 0.85))
    bold = QTextCharFormat(small)
    bold.setFontWeight(QFont.Weight.Bold)
    cursor.insertBlock(block, small)
    cursor.insertText(QCoreApplication.translate("Citing", "Cite this page as:") + " ", bold)
    cursor.insertText(citation, small)
    cursor.insertBlock(QTextBlockFormat(), small)
    day = PartialDate(accessed.year, accessed.month, accessed.day).format(lang)
    cursor.insertText(QCoreApplication.translate("Citing", "Printed from Purges Desktop %1 on %2.")
                      .replace("%1", __version__).replace("%2", day), small)
    return copy


def pdf_bytes(document: QTextDocument, title: str) -> bytes:
    """``document`` as an A4 PDF (text as text, fonts embedded), in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(f"Purges Desktop {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
