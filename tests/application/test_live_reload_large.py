"""Live reload on a generated 10,000-person dataset: a curator's save of one file is picked up, only that file is
parsed again, and the result is exactly what a fresh load of the folder gives (correctness; speed is measured in
benchmarks/, ``reload_one_file_s``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from purges_desktop.application.dataset_controller import DatasetController, load_data
from purges_desktop.application.file_watcher import DataWatcher
from purges_desktop.domain.queries import Changes

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def large_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated 10,000-person dataset (benchmarks/generate.py, seeded)."""
    folder = tmp_path_factory.mktemp("large") / "data"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), "--people", "10000", "--out",
                    str(folder)], check=True, capture_output=True, timeout=300)
    return folder


@pytest.mark.slow
def test_one_saved_file_of_10000_people_shows_after_the_reload(qtbot, large_dir: Path, tmp_path: Path) -> None:
    controller = DatasetController(large_dir, cache_dir=tmp_path / "cache")
    controller.load_now()
    first = controller.data
    assert first is not None and len(first.dataset.people) == 10_000 and not first.dataset.has_errors
    watcher = DataWatcher(large_dir, debounce_ms=50)
    watcher.changed.connect(controller.load)

    saved = sorted((large_dir / "people").glob("*.yaml"))[1]
    text = saved.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("    name: {en: "))
    person = next(p for p in first.dataset.records.people if p.origin.file == "people/people-0002.yaml")
    assert person.name.get("en") in line
    with qtbot.waitSignal(controller.dataset_loaded, timeout=300_000) as blocker:
        saved.write_text(text.replace(line, line.replace("{en: ", "{en: Zzyzxqa ", 1), 1), encoding="utf-8")
    watcher.stop()
    assert controller.wait()
    after = blocker.args[0]

    assert after.dataset.people[person.id].name.get("en").startswith("Zzyzxqa ")
    assert after.people_index.search("Zzyzxqa") == {person.id}
    assert first.people_index.search("Zzyzxqa") == set()
    assert controller.last_changes == {"people": Changes(changed=1)}
    again = [rel for rel, found in after.files.items() if found is not first.files[rel]]
    assert again == ["people/people-0002.yaml"], "only the saved file is parsed again"

    fresh = load_data(large_dir)  # no cache, nothing reused: what a cold start shows
    assert after.dataset.records == fresh.dataset.records
    assert after.dataset.problems == fresh.dataset.problems
    assert after.person_text == fresh.person_text and after.event_text == fresh.event_text
    assert after.highest_posts == fresh.highest_posts
    assert after.dataset.cited_by == fresh.dataset.cited_by
