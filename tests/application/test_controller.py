"""Loading happens off the GUI thread and is announced by a signal."""

from __future__ import annotations

from pathlib import Path

from purges_desktop.application.dataset_controller import DatasetController
from purges_desktop.application.navigation import Navigation, parse_uri


def test_background_load_announces_the_dataset(qtbot, tiny_dir: Path) -> None:
    controller = DatasetController(tiny_dir)
    with qtbot.waitSignal(controller.dataset_loaded, timeout=10_000) as blocker:
        controller.load()
    assert blocker.args[0].dataset.people["yezhov"].name.get("ru") == "Николай Иванович Ежов"
    assert controller.wait()


def test_broken_folder_still_loads_with_problems(qtbot, tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("people: [", encoding="utf-8")
    controller = DatasetController(tmp_path)
    with qtbot.waitSignal(controller.dataset_loaded, timeout=10_000) as blocker:
        controller.load()
    assert blocker.args[0].dataset.has_errors
    assert controller.wait()


def test_deep_links_parse() -> None:
    assert parse_uri("person/bukharin").uri() == "person/bukharin"
    assert parse_uri("body/politburo@1934-12-01").date == "1934-12-01"
    assert parse_uri("purges://trial/trial-1938").uri() == "trial/trial-1938"
    assert parse_uri("people").tab == "people"
    assert parse_uri("person/../etc") is None
    assert parse_uri("http://example.org") is None


def test_history_is_bounded_and_clearable(qtbot) -> None:
    nav = Navigation(limit=3)
    for i in range(10):
        nav.open(f"person/p{i}")
    backs = 0
    while nav.can_go_back():
        nav.back()
        backs += 1
    assert backs == 3
    nav.clear()
    assert not nav.can_go_back() and nav.current == ""
