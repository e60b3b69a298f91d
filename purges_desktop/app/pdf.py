# SPDX-License-Identifier: GPL-3.0-or-later
"""``pdf``: render the page a deep link opens to a PDF file, its citation at the end, without a display.

The study window is built offscreen, as for the ``screenshot`` command; the page is the document the tab offers
for printing (:meth:`~purges_desktop.views.tab.TabPage.printable`), the PDF is rendered in memory
(:mod:`purges_desktop.application.citing`) and written here, in the composition root.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from purges_desktop import locations
from purges_desktop.app.application import Application
from purges_desktop.app.qt_setup import make_qapp, setup_logging
from purges_desktop.app.screenshot import settle
from purges_desktop.application.citing import cite_location, default_style, pdf_bytes, with_citation
from purges_desktop.domain.citation import Style, page_title
from purges_desktop.domain.links import parse_uri

if TYPE_CHECKING:
    import argparse


def _fail(message: str) -> int:
    print(f"purges-desktop pdf: {message}", file=sys.stderr)  # noqa: T201
    return 2


def run_pdf(args: argparse.Namespace) -> int:
    """Write the page of ``args.link`` to ``args.out``; exit 2 for a link that is not ours, a record not in the data
    or a file that cannot be written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    setup_logging()
    location = parse_uri(args.link)
    if location is None:
        return _fail(f"{args.link!r} is not a deep link of this app")
    folder = locations.data_dir(args.pdf_data or args.data)
    if not folder.is_dir():
        return _fail(f"{folder}: no such folder")
    qapp = make_qapp(sys.argv[:1])
    lang = args.pdf_lang or args.lang or "en"
    app = Application(qapp, folder, lang)
    try:
        app.controller.load_now()
        data = app.controller.data
        citation = cite_location(data, location, lang, Style(args.style) if args.style else default_style(lang))
        if data is None or citation is None:
            return _fail(f"{location.uri()}: no such record in {folder}")
        window = app.window
        app.nav.open(location)
        settle()
        document = window.tabs.current_tab().printable()
        if document is None:
            return _fail(f"{location.uri()}: this page has nothing to print")
        title = page_title(data.dataset, location, lang) or location.uri()
        content = pdf_bytes(with_citation(document, citation, dt.date.today(), lang), title)
        out = Path(args.out)
        try:
            out.write_bytes(content)
        except OSError as exc:
            return _fail(f"cannot write {out}: {exc.strerror}")
        print(out)  # noqa: T201
        return 0
    finally:
        app.top.close()
        app.top.deleteLater()
