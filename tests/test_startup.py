"""Start-up stays short: the window's first paint needs none of the tabs, the data layers or YAML.

The time itself is measured by benchmarks/run.py (first paint against a bare window); this test keeps the cause
of a fast start from rotting: a new top-level import of a heavy module would show here first.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

NOT_BEFORE_FIRST_PAINT = [
    "purges_desktop.views.people_tab", "purges_desktop.views.trials_tab", "purges_desktop.views.org_tab",
    "purges_desktop.views.timeline_tab", "purges_desktop.domain.model", "purges_desktop.domain.queries",
    "purges_desktop.storage.loader", "yaml", "logging.handlers", "socket", "subprocess",
]

SCRIPT = """
import sys
from purges_desktop.app import Application, make_qapp
from PySide6.QtCore import QTimer
heavy = sys.argv[2].split(",")
qapp = make_qapp([sys.argv[0]])
app = Application(qapp, __import__("pathlib").Path(sys.argv[1]), "en")
print("before show:", [m for m in heavy if m in sys.modules])
app.window.show()
QTimer.singleShot(300, qapp.quit)
qapp.exec()
print("after paint:", "purges_desktop.views.people_tab" in sys.modules, app.window.tabs.currentIndex())
"""


def test_the_window_paints_before_the_tabs_and_the_data_layers_are_imported(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "no-data"),
                          ",".join(NOT_BEFORE_FIRST_PAINT)], capture_output=True,
                         text=True, env=env, timeout=60, check=True, cwd=tmp_path).stdout
    assert "before show: []" in out
    # Right after the first paint the tab on screen is built, without anyone asking for it.
    assert "after paint: True 0" in out
