"""The benchmark's workers still run against the current code (they reach into its modules to time stages)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_load_and_paint_workers_run_on_a_small_generated_dataset(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = tmp_path / "d"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), "--people", "120", "--out", str(data)],
                   check=True, capture_output=True, env=env)
    load = subprocess.run([sys.executable, str(REPO / "benchmarks" / "workers.py"), "load", str(data), "--interact"],
                          check=True, capture_output=True, text=True, env=env, timeout=120)
    result = json.loads(load.stdout)
    assert result["records"]["people"] == 120 and result["errors"] == 0
    assert result["stages_s"]["search_index"] > 0  # the stage timers found the functions they wrap
    assert result["interact"]["search_as_you_type"]["keystrokes"] > 0
    assert result["warm"]["reload_one_file"]["file"] == "people/people-0001.yaml"  # only it was read again
    paint = subprocess.run([sys.executable, str(REPO / "benchmarks" / "workers.py"), "paint", str(data)],
                           check=True, capture_output=True, text=True, env=env, timeout=120)
    marks = json.loads(paint.stdout)
    assert marks["people"] == 120 and marks["first_paint"] < marks["first_paint_after_data"]
