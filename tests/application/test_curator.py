"""The curator's workflow: saving a file reloads the app; a broken save keeps the last good data."""

from __future__ import annotations

from pathlib import Path

import pytest

from purges_desktop.application.editor import editor_command, open_in_editor


@pytest.fixture
def study(qtbot, tiny_dir: Path):
    from PySide6.QtWidgets import QApplication

    from purges_desktop.app import Application

    app = Application(QApplication.instance(), tiny_dir, "en")
    qtbot.addWidget(app.window)
    app.window.show()
    with qtbot.waitSignal(app.controller.dataset_loaded, timeout=10_000):
        app.controller.load()
    app.mode.watch_data()
    yield app
    app.mode.watcher.stop()
    app.controller.wait()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_saving_a_file_updates_the_view_and_keeps_the_selection(study, qtbot, tiny_dir: Path) -> None:
    study.nav.open("person/yezhov")
    _edit(tiny_dir / "people.yaml", "Head of the NKVD at the height of the Great Terror.",
          "People's Commissar for Internal Affairs, 1936-1938.")
    qtbot.waitUntil(lambda: "1936-1938" in study.window.people.detail.page_text(), timeout=10_000)
    assert study.window.people.current_person() == "yezhov"
    assert "people 1 changed" in study.window.statusBar().currentMessage()


def test_a_broken_save_keeps_the_last_good_data_and_a_fix_clears_the_problem(study, qtbot, tiny_dir: Path) -> None:
    people = tiny_dir / "people.yaml"
    good = people.read_text(encoding="utf-8")
    _edit(people, "born: 1895-05-01", "born: 1895-02-30")
    panel = study.window.problems_panel
    qtbot.waitUntil(lambda: any(p.code == "bad-date" for p in panel.problems()), timeout=10_000)
    problem = next(p for p in panel.problems() if p.code == "bad-date")
    line = next(i for i, t in enumerate(people.read_text(encoding="utf-8").splitlines(), 1) if "1895-02-30" in t)
    assert (problem.origin.file, problem.origin.line) == ("people.yaml", line)
    assert study.window.problems_dock.isVisible()
    assert "last good data" in study.window.problems_button.text()
    # The last good data is still shown in full: Yezhov keeps his birth date.
    assert study.window.people.model.total() == 5
    assert study.controller.data.dataset.people["yezhov"].born.date.iso() == "1895-05-01"
    people.write_text(good, encoding="utf-8")
    qtbot.waitUntil(lambda: not panel.problems() and not study.window.problems_button.isVisible(), timeout=10_000)


def test_problems_panel_filters_by_severity_and_text(qtbot) -> None:
    from purges_desktop.domain.problems import Origin, Problem, Severity
    from purges_desktop.views.problems_panel import ProblemsPanel

    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems((Problem(Origin("a.yaml", 3, 5), Severity.ERROR, "bad date", "bad-date"),
                        Problem(Origin("b.yaml", 9, 1), Severity.WARNING, "unknown key", "unknown-key")))
    assert panel.model.rowCount() == 2
    panel.severity_box.setCurrentIndex(panel.severity_box.findData("warning"))
    assert panel.model.rowCount() == 1
    panel.severity_box.setCurrentIndex(0)
    panel.filter_edit.setText("a.yaml")
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel.problem_activated) as blocker:
        panel.table.activated.emit(panel.model.index(0, 0))
    assert blocker.args[0].origin.line == 3


def test_editor_command_lines() -> None:
    p = Path("/d/people.yaml")
    assert editor_command(p, 12, 5, "vim") == ["vim", "+12", "/d/people.yaml"]
    assert editor_command(p, 12, 5, "code --wait") == ["code", "--wait", "--goto", "/d/people.yaml:12:5"]
    assert editor_command(p, 12, 5, "mousepad") == ["mousepad", "/d/people.yaml"]
    assert not open_in_editor(p, 1, 1, env={})


def test_a_data_folder_moved_away_and_back_is_watched_again(qtbot, tmp_path) -> None:
    import shutil as _shutil

    from purges_desktop.application.file_watcher import DataWatcher

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.yaml").write_text("sources: []\n", encoding="utf-8")
    (tmp_path / "unrelated.txt").write_text("x", encoding="utf-8")
    watcher = DataWatcher(folder, debounce_ms=50)
    try:
        with qtbot.assertNotEmitted(watcher.changed, wait=300):
            (tmp_path / "unrelated.txt").write_text("y", encoding="utf-8")  # beside the data folder: no reload
        with qtbot.waitSignal(watcher.changed, timeout=5000):
            folder.rename(tmp_path / "away")
        with qtbot.waitSignal(watcher.changed, timeout=5000):
            (tmp_path / "away").rename(folder)
        with qtbot.waitSignal(watcher.changed, timeout=5000):  # a save inside the folder that came back is seen
            (folder / "a.yaml").write_text("sources: [{id: s, title: T}]\n", encoding="utf-8")
        _shutil.rmtree(folder)
        with qtbot.waitSignal(watcher.changed, timeout=5000):  # replaced by another folder of the same name
            folder.mkdir()
            (folder / "b.yaml").write_text("sources: []\n", encoding="utf-8")
        with qtbot.waitSignal(watcher.changed, timeout=5000):
            (folder / "b.yaml").write_text("sources: [{id: t, title: U}]\n", encoding="utf-8")
    finally:
        watcher.stop()
