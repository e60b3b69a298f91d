"""The layers cannot rot silently: import-linter contracts plus checks it cannot express.

import-linter sees an external package only as a whole (``PySide6``), so "no widgets below the views" is checked
here, on the syntax tree, by the module an import brings in, whatever its spelling. docs/architecture.md
("Layers and how they are enforced") lists every rule and where it is enforced.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "purges_desktop"
REPO = PACKAGE.parent
WIDGET_FREE_LAYERS = ["application", "qtmodels", "storage", "domain"]


def imported_modules(source: str) -> set[tuple[str, int]]:
    """Every module a source file may bring in, as ``(dotted name, line)``.

    ``from a import b`` counts as ``a`` and ``a.b`` (``b`` may be a submodule); ``import a.b as x`` as ``a.b``;
    ``importlib.import_module("a.b")`` and ``__import__("a.b")`` with a literal name as ``a.b``; and, after
    ``import a`` (or ``import a.c``), an attribute ``a.b`` as ``a.b``. Imports inside functions count too.
    """
    tree = ast.parse(source)
    found: set[tuple[str, int]] = set()
    bound_packages: set[str] = set()  # names bound by ``import a`` / ``import a.c`` (no ``as``): the top package
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add((alias.name, node.lineno))
                if alias.asname is None:
                    bound_packages.add(alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add((node.module, node.lineno))
            found.update((f"{node.module}.{alias.name}", node.lineno) for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in {"import_module", "__import__"}:
                found.add((node.args[0].value, node.lineno))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            dotted = _dotted(node)
            if dotted and dotted.split(".")[0] in bound_packages:
                found.add((dotted, node.lineno))
    return found


def _dotted(node: ast.expr) -> str:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    return ".".join([node.id, *reversed(parts)])


def is_widget_module(name: str) -> bool:
    """True for ``PySide6.QtWidgets`` and the other widget modules (``QtSvgWidgets`` …) and anything in them."""
    parts = name.split(".")
    return len(parts) >= 2 and parts[0] == "PySide6" and parts[1].endswith("Widgets")


def is_qt_module(name: str) -> bool:
    """True for PySide6, shiboken6 and anything in them."""
    return name.split(".", maxsplit=1)[0] in {"PySide6", "shiboken6"}


def offenders(folder: Path, rule) -> list[str]:
    """``file:line module`` for every import below ``folder`` that ``rule`` flags."""
    return sorted(f"{path.relative_to(folder)}:{line} {module}" for path in folder.rglob("*.py")
                  for module, line in imported_modules(path.read_text(encoding="utf-8")) if rule(module))


@pytest.mark.parametrize("layer", WIDGET_FREE_LAYERS)
def test_no_widgets_below_the_views(layer: str) -> None:
    assert not offenders(PACKAGE / layer, is_widget_module)


@pytest.mark.parametrize("layer", ["domain", "storage"])
def test_domain_and_storage_never_import_qt(layer: str) -> None:
    assert not offenders(PACKAGE / layer, is_qt_module)


WIDGET_IMPORTS = [
    "from PySide6.QtWidgets import QLabel\n",
    "from PySide6 import QtWidgets\n",
    "from PySide6 import QtCore, QtWidgets as W\n",
    "import PySide6.QtWidgets as W\n",
    "import PySide6.QtWidgets\n",
    "import PySide6.QtCore\n\ndef f():\n    return PySide6.QtWidgets.QLabel()\n",
    "def later():\n    from PySide6.QtWidgets import QApplication\n    return QApplication\n",
    "import importlib\n\nW = importlib.import_module('PySide6.QtWidgets')\n",
    "from PySide6.QtSvgWidgets import QSvgWidget\n",
]


@pytest.mark.parametrize("source", WIDGET_IMPORTS)
def test_the_widget_check_catches_every_spelling(tmp_path: Path, source: str) -> None:
    (tmp_path / "application").mkdir()
    (tmp_path / "application" / "bad.py").write_text('"""A controller that builds a widget."""\n' + source,
                                                     encoding="utf-8")
    assert offenders(tmp_path / "application", is_widget_module)


def test_the_widget_check_lets_core_and_gui_through(tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text(
        '"""Mentions PySide6.QtWidgets only in text."""\nimport PySide6\nfrom PySide6 import QtCore, QtGui\n'
        "from PySide6.QtGui import QColor\nX = PySide6.QtCore.Qt.AlignLeft\n", encoding="utf-8")
    assert not offenders(tmp_path, is_widget_module)
    assert offenders(tmp_path, is_qt_module)


@pytest.mark.parametrize(("name", "why"), [
    ("QSortFilterProxyModel", "a proxy sorts a Python model through data(): 12 s for 100,000 rows; sort in the model"),
    ("QFileDialog", "a file dialog lets a kiosk visitor browse the disk; paths come from the command line"),
], ids=["QSortFilterProxyModel", "QFileDialog"])
def test_qt_classes_the_app_must_not_use(name: str, why: str) -> None:
    """docs/reliability.md: "Sorting large lists" and "Kiosk lock-down"."""
    used = offenders(PACKAGE, lambda module: module.rsplit(".", 1)[-1] == name)
    assert not used, why


def file_io_calls(source: str) -> list[int]:
    """Lines that open, read or write a file: ``open()``, ``Path.read_text`` and kin, ``Path(…).open``, Qt's
    ``setFileName`` (e.g. QSvgGenerator) and ``save("…")``/``save(str(…))`` of an image to a path."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        builtin_open = isinstance(func, ast.Name) and func.id == "open"
        attr = func.attr if isinstance(func, ast.Attribute) else ""
        path_io = attr in {"read_text", "read_bytes", "write_text", "write_bytes", "setFileName"}
        path_open = attr == "open" and isinstance(func.value, ast.Call) and _dotted(func.value.func).endswith("Path")
        first = node.args[0] if node.args else None
        to_path = (isinstance(first, ast.Constant) and isinstance(first.value, str)) or (
            isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and first.func.id == "str")
        if builtin_open or path_io or path_open or (attr == "save" and to_path):
            lines.append(node.lineno)
    return lines


def test_widgets_never_open_files() -> None:
    """Widgets hand exports to the application as bytes (views/tab.py, ``export_requested``)."""
    offenders = [f"{path.name}:{line}" for path in (PACKAGE / "views").rglob("*.py")
                 for line in file_io_calls(path.read_text(encoding="utf-8"))]
    assert not offenders


@pytest.mark.parametrize("source", [
    "open('x')", "Path(p).read_text()", "p.write_bytes(b'')", "Path(p).open('w')", "g.setFileName(str(p))",
    "image.save(str(p))", "image.save('out.png')",
])
def test_the_file_check_catches_each_way_of_writing(source: str) -> None:
    assert file_io_calls(source) == [1]


def test_the_file_check_lets_buffers_and_navigation_through() -> None:
    assert file_io_calls("buffer.open(QIODevice.OpenModeFlag.WriteOnly)\nimage.save(buffer, 'PNG')\n"
                         "self.nav.open('person/x')") == []


def test_validate_and_export_run_without_qt(tiny_dir: Path, tmp_path: Path) -> None:
    """The command line loads Qt only for the GUI commands: validate, export, cite and bibliography work on a machine
    without it."""
    script = ("import sys\nfrom purges_desktop.cli import main\n"
              "codes = [main(['validate', sys.argv[1]]), main(['export', sys.argv[1], '--out', sys.argv[2]]),\n"
              "         main(['cite', 'person/yezhov', '--data', sys.argv[1]]),\n"
              "         main(['bibliography', '--format', 'ris', '--data', sys.argv[1],\n"
              "               '--out', sys.argv[2] + '.ris'])]\n"
              "print(codes, sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}\n"
              "      or m.startswith(('purges_desktop.app', 'purges_desktop.views'))))\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", script, str(tiny_dir), str(tmp_path / "out.json")],
                          capture_output=True, text=True, env=env, timeout=60, check=False, cwd=tmp_path)
    assert proc.stdout.strip().splitlines()[-1] == "[0, 0, 0, 0] []", proc.stdout + proc.stderr


def _contracts() -> list[dict]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def test_every_tab_is_in_the_independence_contract() -> None:
    """A new ``views/<name>_tab.py`` must be added to "The tabs never import each other"."""
    tabs = {f"purges_desktop.views.{p.stem}" for p in (PACKAGE / "views").glob("*_tab.py")}
    contract = next(c for c in _contracts() if c["type"] == "independence")
    assert set(contract["modules"]) == tabs


def _lint_imports() -> str:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed")
    return exe


def test_import_linter_contracts_hold() -> None:
    proc = subprocess.run([_lint_imports(), "--no-cache"], capture_output=True, text=True, cwd=REPO, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# One import that breaks each contract, appended to a copy of the package: (module file, line, contract broken).
VIOLATIONS = [
    ("views/people_tab.py", "from purges_desktop.views import org_tab", "The tabs never import each other"),
    ("locations.py", "import yaml", "locations is a leaf"),
    ("storage/loader.py", "from purges_desktop import locations",
     "Only the composition root and the command line decide where files are"),
    ("cli.py", "from purges_desktop.views import main_window",
     "The command line reaches Qt and the widgets only through the composition root"),
    ("domain/text.py", "import PySide6", "Domain and storage are Qt-free"),
    ("domain/dates.py", "from purges_desktop.storage import yaml_reader",
     "The domain reads no files and knows no YAML"),
    ("views/pages.py", "from purges_desktop.storage import export", "Widgets never do file IO"),
    ("application/navigation.py", "from purges_desktop import cli", "Layering"),
    ("display_check.py", "from PySide6 import QtGui", "The display check works where Qt cannot load"),
]


def test_each_contract_fails_when_broken(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "purges_desktop", ignore=shutil.ignore_patterns("__pycache__", "_bundled"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    for module, line, _ in VIOLATIONS:
        with (tmp_path / "purges_desktop" / module).open("a", encoding="utf-8") as fh:
            fh.write(f"\n{line}  # noqa\n")
    proc = subprocess.run([_lint_imports(), "--no-cache"], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    broken = {c["name"] for c in _contracts() if f"{c['name']} BROKEN" in proc.stdout}
    assert broken == {name for _, _, name in VIOLATIONS}, proc.stdout
