"""After a reload the status bar says what changed, kind by kind."""

from __future__ import annotations

from tests.edits import replace_in


def test_the_status_bar_counts_what_a_reload_changed(qtbot, tiny_dir) -> None:
    from PySide6.QtWidgets import QApplication

    from purges_desktop.app import Application

    application = Application(QApplication.instance(), tiny_dir, "en")
    qtbot.addWidget(application.window)
    application.controller.load_now()
    replace_in(tiny_dir, "people.yaml", "Nikolai Yezhov", "Nikolay Yezhov")
    replace_in(tiny_dir, "bodies.yaml", "to: 1945-12-29", "to: 1945-12-30")
    (tiny_dir / "more.yaml").write_text(
        "people:\n  - {id: someone-new, name: Someone New, sources: [wp-en-nikolai-yezhov]}\n", encoding="utf-8")
    application.controller.load_now()
    assert application.window.statusBar().currentMessage() == (
        "Reloaded: people 1 added, 1 changed; posts 1 added, 1 removed")
