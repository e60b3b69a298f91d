"""Copy link, Cite and Print / PDF in the study window; every tab offers its page for printing."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from purges_desktop.application.dataset_controller import load_data
from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.citation import NUMBERS_SECTION_TITLES, VIEW_TITLES, Style
from purges_desktop.domain.links import VIEW_KINDS
from purges_desktop.views.main_window import MainWindow
from tests.pdftext import pdf_text

#: English month names (strftime's %B follows the C locale, which Qt sets from the environment).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DATA_DATE = dt.date(2026, 9, 1)


def _accessed() -> str:
    today = dt.date.today()
    return f"{MONTHS[today.month - 1]} {today.day}, {today.year}"


@pytest.fixture
def window(qtbot, tiny_dir: Path, language):
    stamp = time.mktime(dt.datetime(DATA_DATE.year, DATA_DATE.month, DATA_DATE.day, 12).timetuple())
    for path in tiny_dir.rglob("*.yaml"):
        os.utime(path, (stamp, stamp))
    nav = Navigation()
    win = MainWindow(nav, language)
    qtbot.addWidget(win)
    win.set_data(load_data(tiny_dir))
    win.show()
    return win


def test_copy_link_puts_the_deep_link_on_the_clipboard(window) -> None:
    window.nav.open("person/bukharin")
    window.copy_link_action.trigger()
    assert QGuiApplication.clipboard().text() == "person/bukharin"
    assert "person/bukharin" in window.statusBar().currentMessage()


def test_cite_copies_the_chicago_citation_and_shows_it(window) -> None:
    window.nav.open("person/yezhov")
    window.cite_actions[Style.CHICAGO].trigger()
    expected = ('"Nikolai Yezhov." Purges Desktop, version 0.1.0. Last modified September 1, 2026. '
                f"Accessed {_accessed()}. purges:person/yezhov.")
    assert QGuiApplication.clipboard().text() == expected
    assert expected in window.statusBar().currentMessage()


def test_cite_in_russian_uses_the_russian_title(window) -> None:
    window.language.set("ru")
    window.nav.open("trial/trial-1936")
    citation = window.cite(Style.GOST)
    assert citation is not None
    assert citation.startswith("Процесс антисоветского объединённого троцкистско-зиновьевского центра // Purges "
                               "Desktop : версия 0.1.0. – Дата обновления: 01.09.2026. – URL: purges:trial/trial-1936")
    assert QGuiApplication.clipboard().text() == citation


def test_a_record_not_in_the_data_is_not_cited(window) -> None:
    QGuiApplication.clipboard().setText("before")
    window.nav.open("person/bukharin")  # not in the tiny data
    assert window.cite(Style.MLA) is None
    assert QGuiApplication.clipboard().text() == "before"


def test_save_as_pdf_hands_a_searchable_pdf_with_the_citation_to_the_export_path(window, qtbot) -> None:
    window.nav.open("person/yezhov")
    with qtbot.waitSignal(window.export_requested) as signal:
        window.save_pdf_action.trigger()
    name, content = signal.args
    assert name == "person-yezhov.pdf"
    assert content.startswith(b"%PDF")
    text = pdf_text(content)
    assert text.startswith("Nikolai Yezhov")  # the page's title, as text
    assert "Head of the NKVD at the height of the Great Terror." in text
    assert ('Cite this page as: "Nikolai Yezhov." Purges Desktop, version 0.1.0. Last modified September 1, 2026. '
            f"Accessed {_accessed()}. purges:person/yezhov.") in text
    today = dt.date.today()
    assert f"Printed from Purges Desktop 0.1.0 on {today.day} {MONTHS[today.month - 1]} {today.year}." in text


def test_a_russian_pdf_carries_russian_text_and_the_gost_citation(window, qtbot) -> None:
    window.language.set("ru")
    window.nav.open("person/yezhov")
    with qtbot.waitSignal(window.export_requested) as signal:
        window.save_pdf()
    text = pdf_text(signal.args[1])
    assert text.startswith("Николай Иванович Ежов")
    assert "Как цитировать эту страницу: Николай Иванович Ежов // Purges Desktop : версия 0.1.0." in text
    assert f"дата обращения: {dt.date.today():%d.%m.%Y})." in text


@pytest.mark.parametrize(("link", "expected"), [
    ("organization", "People's Commissariat for Internal Affairs"),
    ("body/nkvd@1937-03-01", "1 March 1937"),
    ("numbers/great-terror", "1937"),
    ("trial/trial-1936", "Case of the Trotskyite-Zinovievite Terrorist Centre"),
    ("event/yezhov-appointed", "Yezhov replaces Yagoda at the head of the NKVD"),
])
def test_every_tab_offers_the_page_it_shows(window, link: str, expected: str) -> None:
    window.nav.open(link)
    document = window.tabs.current_tab().printable()
    assert document is not None
    assert expected in document.toPlainText()


def test_the_organization_tab_prints_its_text_list_even_when_the_chart_is_shown(window) -> None:
    window.nav.open("body/nkvd@1937-03-01")
    tab = window.organization
    assert tab.stack.currentWidget() is tab.scroll  # the chart
    document = tab.printable()
    assert document is not None
    assert "Nikolai Yezhov" in document.toPlainText()


def test_the_pdf_of_the_numbers_section_is_its_page(window, qtbot) -> None:
    window.nav.open("numbers/by-year")
    with qtbot.waitSignal(window.export_requested) as signal:
        window.save_pdf()
    assert signal.args[0] == "numbers-by-year.pdf"
    assert '"Numbers: By year." Purges Desktop' in pdf_text(signal.args[1])


def test_every_view_and_numbers_section_has_a_citable_title() -> None:
    from purges_desktop.views.numbers_tab import SECTIONS

    assert set(VIEW_TITLES) == VIEW_KINDS
    assert tuple(NUMBERS_SECTION_TITLES) == SECTIONS
    for text in (*VIEW_TITLES.values(), *NUMBERS_SECTION_TITLES.values()):
        assert text.has("en") and text.has("ru")


def test_study_mode_saves_the_pdf_in_the_export_folder_and_says_where(qtbot, tiny_dir: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from purges_desktop.app import Application

    monkeypatch.setenv("PURGES_EXPORT_DIR", str(tmp_path / "exports"))
    app = Application(QApplication.instance(), tiny_dir, "en")
    qtbot.addWidget(app.window)
    app.controller.load_now()
    app.nav.open("person/yezhov")
    assert app.window.save_pdf()
    saved = tmp_path / "exports" / "person-yezhov.pdf"
    assert pdf_text(saved.read_bytes()).startswith("Nikolai Yezhov")
    assert app.window.statusBar().currentMessage() == f"Saved {saved}"
    assert app.window.save_pdf()  # a second save never overwrites the first
    assert (tmp_path / "exports" / "person-yezhov-2.pdf").is_file()
    assert not [p for p in tiny_dir.rglob("*") if p.suffix == ".pdf"]


def test_print_sends_the_page_and_its_citation_to_the_chosen_printer(window, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []

    def choose(printer: QPrinter) -> bool:  # what the print dialog does: the user picks a printer (here a file)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        chosen.append(printer)
        return True

    window.nav.open("person/yezhov")
    assert window.print_page(choose)
    assert len(chosen) == 1
    text = pdf_text(out.read_bytes())
    assert text.startswith("Nikolai Yezhov")
    assert "Cite this page as:" in text and "purges:person/yezhov." in text
    # A cancelled dialog prints nothing.
    out.unlink()
    assert not window.print_page(lambda printer: False)
    assert not out.exists()
