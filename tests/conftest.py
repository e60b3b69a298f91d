"""Shared fixtures: headless Qt, copies of the fixture datasets, leak guards."""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


# ---- The user's own folders are off limits (hardening finding 12: pickles appeared in the real cache folder while
# the suite ran). Every XDG base folder of the test process, and so of every subprocess it starts, points into a
# private temporary folder; and an audit hook fails the test in which anything in this process writes below the
# real ~/.cache or ~/.local/state (or their XDG folders) all the same.
def _real_folders() -> list[str]:
    home = os.path.expanduser("~")
    found = [os.path.join(home, ".cache"), os.path.join(home, ".local", "state")] if os.path.isabs(home) else []
    found += [v for k in ("XDG_CACHE_HOME", "XDG_STATE_HOME") if os.path.isabs(v := os.environ.get(k, ""))]
    return sorted({os.path.realpath(f) for f in found if os.path.realpath(f) != os.sep})


REAL_USER_FOLDERS = _real_folders()
_PRIVATE_HOME = tempfile.mkdtemp(prefix="purges-tests-home-")
for _variable, _sub in (("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
                        ("XDG_DATA_HOME", "share")):
    os.environ[_variable] = os.path.join(_PRIVATE_HOME, _sub)
WRITES_TO_USER_FOLDERS: list[str] = []
_WRITING_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {"os.mkdir": 0, "os.rename": 1, "os.remove": 0, "os.rmdir": 0, "os.utime": 0, "os.chmod": 0,
                "os.symlink": 1, "os.link": 1, "shutil.copyfile": 1, "shutil.rmtree": 0}


def _below_user_folders(path: object) -> bool:
    if not isinstance(path, str | bytes | os.PathLike):
        return False
    full = os.path.abspath(os.fsdecode(path))
    return any(full == f or full.startswith(f + os.sep) for f in REAL_USER_FOLDERS)


def _audit(event: str, args: tuple) -> None:
    if event == "open":
        path, mode, flags = args
        writing = (any(c in mode for c in "wax+") if isinstance(mode, str) else bool(flags & _WRITING_FLAGS))
    elif event in _PATH_EVENTS:
        path, writing = args[_PATH_EVENTS[event]], True
    else:
        return
    if writing and _below_user_folders(path):
        WRITES_TO_USER_FOLDERS.append(f"{event} {os.fsdecode(path)}")


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _never_write_to_the_user_folders():
    """Fail a test in which anything in the test process wrote below the user's own cache or state folder."""
    before = len(WRITES_TO_USER_FOLDERS)
    yield
    escaped = WRITES_TO_USER_FOLDERS[before:]
    assert not escaped, f"the test wrote to the user's own folders: {escaped}"


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    """A writable copy of the tiny fixture dataset."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "tiny", target)
    return target


@pytest.fixture
def guided_dir(tiny_dir: Path) -> Path:
    """The tiny dataset plus one guided story and three glossary terms (tests/fixtures/guided)."""
    for path in (FIXTURES / "guided").glob("*.yaml"):
        shutil.copy(path, tiny_dir / path.name)
    return tiny_dir


@pytest.fixture
def guided_data(guided_dir: Path):
    """The guided fixture dataset, as the app hands it to the views."""
    from purges_desktop.application.dataset_controller import load_data

    return load_data(guided_dir)


@pytest.fixture
def tiny_dataset(tiny_dir: Path):
    """The tiny dataset, loaded (no Qt)."""
    from purges_desktop.storage.loader import load_dataset

    return load_dataset(tiny_dir)


@pytest.fixture
def tiny_data(tiny_dir: Path):
    """The tiny dataset with its search index, as the app hands it to the views."""
    from purges_desktop.application.dataset_controller import load_data

    return load_data(tiny_dir)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_reader_bugs(request: pytest.FixtureRequest):
    """Fail a test in which the loader's guard caught an exception of a reader (an ``internal-error`` problem): the
    guard keeps a museum's data loading, it must not hide a bug from the tests (docs/reliability.md, "A bug in a
    record reader"). A test of the guard itself is marked ``reader_bug``."""
    handler = _Collect()
    loggers = [logging.getLogger(name) for name in ("purges_desktop.storage.records", "purges_desktop.storage.loader")]
    for logger in loggers:
        logger.addHandler(handler)
    yield
    for logger in loggers:
        logger.removeHandler(handler)
    if request.node.get_closest_marker("reader_bug") is None:
        assert not handler.records, "a data reader raised: " + "; ".join(
            f"{r.getMessage()}: {r.exc_info[1]!r}" if r.exc_info else r.getMessage() for r in handler.records)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the developer's own data cache."""
    monkeypatch.setenv("PURGES_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def _no_leaked_threads_or_timers(request: pytest.FixtureRequest):
    """Fail a test that leaves a worker thread running or an active timer behind (after its widgets closed)."""
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
    gc.unfreeze()  # the app freezes loaded data (application/memory.py); frozen objects are invisible to get_objects
    gc.collect()
    pools = [o for o in gc.get_objects() if isinstance(o, QThreadPool)]
    busy = [p for p in pools if p.activeThreadCount()]
    assert not busy, f"{len(busy)} thread pool(s) still running after the test"
    timers = [o for o in gc.get_objects() if isinstance(o, QTimer)]
    active = []
    for t in timers:
        try:
            if t.isActive():
                active.append(t.objectName() or repr(t))
        except RuntimeError:  # the C++ object is already gone
            continue
    for t in timers:
        try:
            t.stop()
        except RuntimeError:
            continue
    assert not active, f"active timer(s) left behind: {active}"


@pytest.fixture
def language(qapp):
    """The app's language state (English), with the bundled translations; English again afterwards."""
    from purges_desktop import locations
    from purges_desktop.application.language import Language

    state = Language("en", locations.resource_path("translations"))
    yield state
    state.set("en")
    state.deleteLater()


@pytest.fixture(scope="session")
def bundled():
    """The bundled dataset as the app hands it to the views, loaded once per test run (tests only read it)."""
    from purges_desktop import locations
    from purges_desktop.application.dataset_controller import load_data

    return load_data(locations.data_dir())


@pytest.fixture
def bundled_window(qtbot, language, bundled):
    """The study window at laptop size, shown, with the bundled data."""
    from purges_desktop.application.navigation import Navigation
    from purges_desktop.views.main_window import MainWindow

    win = MainWindow(Navigation(), language)
    qtbot.addWidget(win)
    win.set_data(bundled)
    win.resize(1366, 768)
    win.show()
    return win
