"""Loading happens off the GUI thread and is announced by a signal."""

from __future__ import annotations

from pathlib import Path

from purges_desktop.application.dataset_controller import DatasetController
from purges_desktop.application.navigation import Navigation
from purges_desktop.domain.dates import PartialDate
from purges_desktop.domain.links import Kind, Location


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


def test_navigation_emits_the_parsed_location(qtbot) -> None:
    nav = Navigation()
    with qtbot.waitSignal(nav.location_changed) as blocker:
        assert nav.open("body/politburo@1934-12-01")
    location = blocker.args[0]
    assert isinstance(location, Location)
    assert (location.kind, location.id, location.date) == (Kind.BODY, "politburo", PartialDate(1934, 12, 1))
    with qtbot.waitSignal(nav.rejected) as rejected:
        assert not nav.open("http://example.org")
    assert rejected.args == ["http://example.org"]
    assert nav.current == location


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
    assert not nav.can_go_back() and nav.current is None
