"""The Russian interface is complete, compiled, and switches at runtime."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

REPO = Path(__file__).resolve().parent.parent


def test_every_interface_string_has_a_russian_translation() -> None:
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "update_translations.py"), "--check"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_the_translation_table_has_no_strings_the_app_no_longer_shows() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import update_translations
        from ru_strings import RU
    finally:
        sys.path.remove(str(REPO / "scripts"))
    shown = {text for _context, text in update_translations.extract()}
    assert [key for key in RU if key not in shown] == []


def test_compiled_catalogue_is_up_to_date() -> None:
    ts = REPO / "resources" / "translations" / "purges_ru.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1


@pytest.fixture
def app(qtbot, tiny_dir):
    from PySide6.QtWidgets import QApplication

    from purges_desktop.app import Application

    application = Application(QApplication.instance(), tiny_dir, "en")
    qtbot.addWidget(application.window)
    application.controller.load_now()
    yield application
    application.language.set("en")


def test_language_switch_retranslates_every_tab(app) -> None:
    win = app.window
    assert [win.tabs.tabText(i) for i in range(4)] == ["People", "Organization", "Trials", "Timeline"]
    app.nav.open("person/yezhov")
    app.set_language("ru")
    assert [win.tabs.tabText(i) for i in range(4)] == ["Люди", "Структура власти", "Процессы", "Хронология"]
    assert win.people.clear_button.text() == "Сбросить фильтры"
    assert win.people.count_label.text() == "5 из 5 человек"
    assert win.people.model.headerData(0, Qt.Orientation.Horizontal) == "Имя"
    assert "Судьба" in win.people.detail.page_text()
    assert "Николай Иванович Ежов" in win.people.detail.page_text()
    assert win.trials.model.headerData(0, Qt.Orientation.Horizontal) == "Процесс"
    assert win.timeline.category_box.itemText(0) == "Все категории"
    assert win.organization.date_label.text() == "На дату"
    app.set_language("en")
    assert win.tabs.tabText(0) == "People"
    assert "Fate" in win.people.detail.page_text()


def test_russian_pages_use_forms_right_for_women_and_men(app) -> None:
    """Russian past-tense verbs carry gender ("родился"/"родилась"); the data does not record it, so pages and labels
    use neutral forms ("Дата рождения:", "расстрел", "Признание вины")."""
    app.set_language("ru")
    app.nav.open("person/yezhov")
    page = app.window.people.detail.page_text()
    assert "Дата рождения:" in page and "дата смерти:" in page
    app.nav.open("trial/trial-1936")
    trial = app.window.trials.detail.page_text()
    assert "расстрел 25 августа 1936" in trial
    for text in (page, trial):
        for gendered in ("Родился", "умер", "расстрелян ", "Признал вину", "(снят)"):
            assert gendered not in text
