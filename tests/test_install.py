"""A plain (non-editable) ``pip install .`` finds the bundled data and resources."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_installed_wheel_finds_bundled_data(tmp_path: Path) -> None:
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "w"),
                            str(REPO)], capture_output=True, text=True, timeout=600, check=False)
    if build.returncode != 0 and "No matching distribution" in build.stderr:
        pytest.skip("the build backend cannot be downloaded here")
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp_path / "w").glob("*.whl"))
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, timeout=300, capture_output=True)
    code = ("from purges_desktop import locations; d = locations.data_dir(); r = locations.resources_dir(); "
            "print(d); print(r); assert d.is_dir() and any(d.rglob('*.yaml')); "
            "assert (r / 'fonts').is_dir()")
    env = {**os.environ, "PYTHONPATH": str(target)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "_bundled" in proc.stdout
    validate = subprocess.run([sys.executable, "-m", "purges_desktop", "validate", "--format", "json"],
                              capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300, check=False)
    assert validate.returncode in (0, 1), validate.stderr
    assert '"problems"' in validate.stdout
