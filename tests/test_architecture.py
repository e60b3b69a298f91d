"""The layers cannot rot silently: import-linter contracts plus checks it cannot express."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "purges_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["application", "qtmodels"])
def test_controllers_and_models_never_import_widgets(layer: str) -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / layer).rglob("*.py")
                 if any(n.startswith("PySide6.QtWidgets") for n in _imports(p))]
    assert not offenders


@pytest.mark.parametrize("layer", ["domain", "storage"])
def test_domain_and_storage_never_import_qt(layer: str) -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / layer).rglob("*.py")
                 if any(n.startswith(("PySide6", "shiboken6")) for n in _imports(p))]
    assert not offenders


def test_widgets_never_open_files() -> None:
    offenders = []
    for path in (PACKAGE / "views").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            builtin_open = isinstance(node.func, ast.Name) and node.func.id == "open"
            path_io = isinstance(node.func, ast.Attribute) and node.func.attr in {
                "read_text", "read_bytes", "write_text", "write_bytes"}
            if builtin_open or path_io:
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed")
    proc = subprocess.run([exe, "--no-cache"], capture_output=True, text=True, cwd=PACKAGE.parent, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
