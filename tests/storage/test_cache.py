"""The data cache: a start with unchanged files skips the parse; any change, or a broken cache, parses again."""

from __future__ import annotations

from pathlib import Path

from purges_desktop.application.dataset_controller import load_data
from purges_desktop.storage import loader


def _count_parses(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = loader.read_yaml

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(loader, "read_yaml", counting)
    return calls


def test_a_warm_start_reads_the_cache_and_gives_the_same_data(tiny_dir: Path, tmp_path: Path, monkeypatch) -> None:
    calls = _count_parses(monkeypatch)
    cold = load_data(tiny_dir, cache_dir=tmp_path / "c")
    parsed = len(calls)
    warm = load_data(tiny_dir, cache_dir=tmp_path / "c")
    assert parsed > 0 and len(calls) == parsed, "the warm start must not parse"
    assert warm.dataset.records == cold.dataset.records
    assert warm.people_index.search("Ежов") == {"yezhov"}
    assert warm.event_text == cold.event_text


def test_changing_a_file_invalidates_the_cache(tiny_dir: Path, tmp_path: Path, monkeypatch) -> None:
    load_data(tiny_dir, cache_dir=tmp_path / "c")
    people = tiny_dir / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Nikolai Yezhov", "Nikolay Yezhov"),
                      encoding="utf-8")
    assert load_data(tiny_dir, cache_dir=tmp_path / "c").dataset.people["yezhov"].name.get("en") == "Nikolay Yezhov"


def test_a_corrupt_cache_is_a_miss_not_an_error(tiny_dir: Path, tmp_path: Path) -> None:
    load_data(tiny_dir, cache_dir=tmp_path / "c")
    for f in (tmp_path / "c").glob("*.pickle"):
        f.write_bytes(b"garbage")
    assert "yezhov" in load_data(tiny_dir, cache_dir=tmp_path / "c").dataset.people


def test_kiosk_and_study_mode_do_not_share_a_cache(tiny_dir: Path, tmp_path: Path) -> None:
    (tiny_dir / "hidden.yaml").write_text(
        "people:\n  - {id: h, name: H, hide_in_kiosk: true, sources: [wp-en-nikolai-yezhov]}\n", encoding="utf-8")
    assert "h" in load_data(tiny_dir, cache_dir=tmp_path / "c").dataset.people
    assert "h" not in load_data(tiny_dir, kiosk=True, cache_dir=tmp_path / "c").dataset.people


def test_a_cached_value_of_another_type_is_a_miss(tiny_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """A cache written by a version whose entry was a plain tuple is parsed again, not unpacked."""
    from purges_desktop.application.dataset_controller import LoadResult, cache_entry, cache_files
    from purges_desktop.storage.cache import store

    cold = load_data(tiny_dir, cache_dir=tmp_path / "c")
    assert isinstance(cache_entry(cold), LoadResult)
    r = cache_entry(cold)
    store(tiny_dir, cache_files(tiny_dir), tmp_path / "c",
          (r.dataset, r.people_index, r.event_text, r.highest_posts, r.person_text))
    calls = _count_parses(monkeypatch)
    again = load_data(tiny_dir, cache_dir=tmp_path / "c")
    assert calls, "a tuple in the cache must be a miss"
    assert again.dataset.records == cold.dataset.records
