"""The per-file data cache: a start with unchanged files skips the parse; a changed file alone is parsed again; a
broken, planted or foreign entry is a miss that runs nothing (docs/reliability.md, "The data cache")."""

from __future__ import annotations

import logging
import os
import pickle
import time
from pathlib import Path

import msgspec
import pytest

from purges_desktop import locations
from purges_desktop.application.dataset_controller import load_data
from purges_desktop.storage import cache as cache_module
from purges_desktop.storage import loader
from purges_desktop.storage.cache import SUBFOLDER, SUFFIX, FileCache
from purges_desktop.storage.records import SECTIONS


def _count_parses(monkeypatch) -> list[str]:
    """The files parsed (``read_yaml`` calls), in order."""
    calls: list[str] = []
    real = loader.read_yaml

    def counting(text, file):
        calls.append(file)
        return real(text, file)

    monkeypatch.setattr(loader, "read_yaml", counting)
    return calls


def _entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / SUBFOLDER).glob(f"*{SUFFIX}"))


def _entry_of(cache_dir: Path, folder: Path, rel: str) -> Path:
    fc = FileCache(cache_dir)
    digest = loader.hashlib.sha256((folder / rel).read_bytes()).hexdigest()
    return cache_dir / SUBFOLDER / (fc.key(rel, digest) + SUFFIX)


def test_a_warm_start_reads_the_cache_and_gives_the_same_data(tiny_dir: Path, tmp_path: Path, monkeypatch) -> None:
    (tiny_dir / "broken.yaml").write_text("people:\n  - id: x\n    name: X\n    fate: shot\n", encoding="utf-8")
    calls = _count_parses(monkeypatch)
    cold = load_data(tiny_dir, cache_dir=tmp_path / "c")
    parsed = len(calls)
    warm = load_data(tiny_dir, cache_dir=tmp_path / "c")
    assert parsed == 5 and len(calls) == parsed, "the warm start must not parse"
    assert warm.dataset.records == cold.dataset.records
    assert warm.dataset.problems == cold.dataset.problems
    assert any(p.origin.file == "broken.yaml" and p.origin.line == 4 and p.origin.column > 1
               for p in warm.dataset.problems), "a cached file's problems keep file:line:column"
    assert warm.people_index.search("Ежов") == {"yezhov"}
    assert warm.event_text == cold.event_text and warm.person_text == cold.person_text
    assert len(_entries(tmp_path / "c")) == 5, "one entry per data file"


def test_a_changed_file_alone_is_parsed_again(tiny_dir: Path, tmp_path: Path, monkeypatch) -> None:
    load_data(tiny_dir, cache_dir=tmp_path / "c")
    people = tiny_dir / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Nikolai Yezhov", "Nikolay Yezhov"),
                      encoding="utf-8")
    calls = _count_parses(monkeypatch)
    again = load_data(tiny_dir, cache_dir=tmp_path / "c")
    assert calls == ["people.yaml"], "hits for the unchanged files, a miss for the changed one"
    assert again.dataset.people["yezhov"].name.get("en") == "Nikolay Yezhov"
    assert again.people_index.search("Nikolay") == {"yezhov"}


def test_a_reload_parses_only_the_saved_file_and_reuses_the_rest(tiny_dir: Path, monkeypatch) -> None:
    """No cache folder at all: the last load's files are what a reload reuses."""
    first = load_data(tiny_dir)
    trials = tiny_dir / "trials.yaml"
    trials.write_text(trials.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    people = tiny_dir / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("Head of the NKVD", "People's Commissar"),
                      encoding="utf-8")
    calls = _count_parses(monkeypatch)
    second = load_data(tiny_dir, previous=first.files)
    assert calls == ["people.yaml", "trials.yaml"]
    assert second.files["bodies.yaml"] is first.files["bodies.yaml"]
    assert "comisar" in second.person_text["yezhov"] and "comisar" not in first.person_text["yezhov"]
    assert second.dataset.trials == first.dataset.trials


def test_a_removed_or_added_file_shows_after_a_reload(tiny_dir: Path) -> None:
    first = load_data(tiny_dir)
    (tiny_dir / "more.yaml").write_text(
        "people:\n  - {id: extra, name: Extra Person, sources: [wp-en-nikolai-yezhov]}\n", encoding="utf-8")
    second = load_data(tiny_dir, previous=first.files)
    assert "extra" in second.dataset.people
    (tiny_dir / "more.yaml").unlink()
    assert "extra" not in load_data(tiny_dir, previous=second.files).dataset.people


@pytest.mark.parametrize("content", [
    b"garbage",
    b"",
    msgspec.msgpack.encode({"people": [{"id": "planted"}]}),
    msgspec.msgpack.encode([1, 2, 3]),
], ids=["garbage", "empty", "a-mapping", "a-short-array"])
def test_a_broken_entry_is_a_logged_miss_not_an_error(tiny_dir: Path, tmp_path: Path, content: bytes,
                                                      caplog) -> None:
    load_data(tiny_dir, cache_dir=tmp_path / "c")
    for entry in _entries(tmp_path / "c"):
        entry.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="purges_desktop.storage.cache"):
        again = load_data(tiny_dir, cache_dir=tmp_path / "c")
    assert "yezhov" in again.dataset.people and not again.dataset.has_errors
    assert sum("ignoring the data cache entry" in r.getMessage() for r in caplog.records) == 4


class _Bomb:
    """Unpickling this writes a file: proof that a pickle ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "pickle ran"))


def test_a_planted_pickle_never_runs(tiny_dir: Path, tmp_path: Path) -> None:
    """Finding 2 of the hardening review: a pickle at an entry's name, or at the old single-file name, is data at
    most; the entry is a miss and the old file is removed unread."""
    cache_dir = tmp_path / "c"
    marker = tmp_path / "pwned"
    load_data(tiny_dir, cache_dir=cache_dir)
    bomb = pickle.dumps(_Bomb(marker))
    for entry in _entries(cache_dir):
        entry.write_bytes(bomb)
    legacy = cache_dir / "data-0123456789abcdef01234567.pickle"
    legacy.write_bytes(bomb)
    again = load_data(tiny_dir, cache_dir=cache_dir)
    assert not marker.exists(), "the planted pickle ran"
    assert not legacy.exists(), "the old pickle cache is removed, never read"
    assert "yezhov" in again.dataset.people
    pickle.loads(bomb)  # the bomb is real: unpickling it writes the marker
    assert marker.exists()


def _rewrite(entry: Path, change) -> None:
    """Decode an entry as plain data, change it, encode it again (a well-formed entry of the wrong content)."""
    data = msgspec.msgpack.decode(entry.read_bytes())
    change(data)
    entry.write_bytes(msgspec.msgpack.encode(data))


def test_a_well_formed_entry_with_a_value_of_the_wrong_type_is_a_miss(tiny_dir: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "c"
    load_data(tiny_dir, cache_dir=cache_dir)
    entry = _entry_of(cache_dir, tiny_dir, "people.yaml")
    people_at = 7 + list(SECTIONS).index("people")

    def wrong(data: list) -> None:
        data[people_at][0]["name"] = 12345  # a LocalizedText that is a number

    _rewrite(entry, wrong)
    assert FileCache(cache_dir).get("people.yaml", loader.hashlib.sha256(
        (tiny_dir / "people.yaml").read_bytes()).hexdigest()) is None
    assert load_data(tiny_dir, cache_dir=cache_dir).dataset.people["yezhov"].name.get("en") == "Nikolai Yezhov"


def test_an_entry_of_another_file_or_version_is_a_miss(tiny_dir: Path, tmp_path: Path) -> None:
    """An entry copied over another's name (or left by another version) is not taken for it."""
    cache_dir = tmp_path / "c"
    load_data(tiny_dir, cache_dir=cache_dir)
    people = _entry_of(cache_dir, tiny_dir, "people.yaml")
    bodies = _entry_of(cache_dir, tiny_dir, "bodies.yaml")
    bodies.write_bytes(people.read_bytes())
    again = load_data(tiny_dir, cache_dir=cache_dir)
    assert "nkvd" in again.dataset.bodies and not again.dataset.has_errors

    def older(data: list) -> None:
        data[1] = cache_module.FORMAT - 1

    _rewrite(people, older)
    fc = FileCache(cache_dir)
    assert fc.get("people.yaml", loader.hashlib.sha256((tiny_dir / "people.yaml").read_bytes()).hexdigest()) is None


def test_stale_temporary_files_and_old_entries_are_swept(tmp_path: Path) -> None:
    """A write killed between creating its temporary file and renaming it leaves the file behind: removed at the
    next start once older than ten minutes (a fresh one may belong to a write in progress)."""
    folder = tmp_path / "c" / SUBFOLDER
    folder.mkdir(parents=True)
    stale, fresh = folder / ".tmp-abc.msgpack", folder / ".tmp-def.msgpack"
    old_entry, new_entry = folder / ("a" * 40 + SUFFIX), folder / ("b" * 40 + SUFFIX)
    for path in (stale, fresh, old_entry, new_entry):
        path.write_bytes(b"x" * 1000)
    hour_ago, long_ago = time.time() - 3600, time.time() - (cache_module.MAX_AGE_DAYS + 1) * 86400
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(old_entry, (long_ago, long_ago))
    FileCache(tmp_path / "c")
    assert not stale.exists() and fresh.exists()
    assert not old_entry.exists() and new_entry.exists()


def test_a_failed_write_leaves_no_temporary_file(tiny_dir: Path, tmp_path: Path, monkeypatch, caplog) -> None:
    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module.os, "replace", refuse)
    with caplog.at_level(logging.WARNING, logger="purges_desktop.storage.cache"):
        assert "yezhov" in load_data(tiny_dir, cache_dir=tmp_path / "c").dataset.people
    assert not list((tmp_path / "c" / SUBFOLDER).iterdir())
    assert any("cannot write the data cache" in r.getMessage() for r in caplog.records)


def test_kiosk_and_study_share_the_files_but_the_kiosk_drops_hidden_records(tiny_dir: Path, tmp_path: Path,
                                                                             monkeypatch) -> None:
    (tiny_dir / "hidden.yaml").write_text(
        "people:\n  - {id: h, name: H, hide_in_kiosk: true, sources: [wp-en-nikolai-yezhov]}\n", encoding="utf-8")
    assert "h" in load_data(tiny_dir, cache_dir=tmp_path / "c").dataset.people
    calls = _count_parses(monkeypatch)
    kiosk = load_data(tiny_dir, kiosk=True, cache_dir=tmp_path / "c")
    assert "h" not in kiosk.dataset.people and kiosk.people_index.search("H") != {"h"}
    assert not calls


def test_every_registered_section_is_cached(tiny_dir: Path, tmp_path: Path) -> None:
    """A record kind added to ``storage.records.SECTIONS`` is cached with nothing else to change: its reader's
    return annotation is the type the cache decodes (this fails if that class's annotations cannot be resolved)."""
    entry, schema = cache_module._entry_type()
    names = [f.name for f in msgspec.inspect.type_info(entry).fields]
    assert names[7:] == list(SECTIONS) and len(schema) == 16


def test_the_cache_folder_follows_the_xdg_rules(monkeypatch, tmp_path: Path) -> None:
    """Relative XDG folders are ignored (the XDG spec); an empty HOME never puts files at the root."""
    monkeypatch.delenv("PURGES_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")
    assert locations.cache_dir() == tmp_path / ".cache" / "purges-desktop"
    assert locations.state_dir() == tmp_path / ".local" / "state" / "purges-desktop"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xc"))
    assert locations.cache_dir() == tmp_path / "xc" / "purges-desktop"
    for home in ("", "/", "relative"):
        monkeypatch.setenv("HOME", home)
        monkeypatch.setenv("XDG_CACHE_HOME", "")
        monkeypatch.setenv("XDG_STATE_HOME", "")
        assert locations.cache_dir() is None and locations.state_dir() is None, home
    monkeypatch.setenv("PURGES_CACHE_DIR", "rel")
    assert locations.cache_dir() == Path.cwd() / "rel"


def test_the_suite_fails_a_test_that_writes_to_the_real_cache_folder(tmp_path: Path) -> None:
    """The guard of tests/conftest.py sees a write below the user's real cache folder (finding 12); nothing is
    written: the open of a file in a folder that does not exist fails after the audit event is raised."""
    from tests import conftest

    assert conftest.REAL_USER_FOLDERS, "the real folders are known"
    assert os.environ["XDG_CACHE_HOME"] != conftest.REAL_USER_FOLDERS[0]
    target = Path(conftest.REAL_USER_FOLDERS[0]) / "purges-desktop-no-such-folder-xyz" / "f"
    before = len(conftest.WRITES_TO_USER_FOLDERS)
    with pytest.raises(OSError):
        target.write_bytes(b"x")
    assert conftest.WRITES_TO_USER_FOLDERS[before:] == [f"open {target}"]
    del conftest.WRITES_TO_USER_FOLDERS[before:]  # seen: do not fail this test
