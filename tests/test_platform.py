"""Guard against the PySide6 6.12.0 / Python 3.11 None-refcount abort (docs/reliability.md, "PySide6 6.12 on
Python 3.11").

Every call of a void Qt method decremented None's refcount on that combination; the process died with
"Fatal Python error: none_dealloc" after a few thousand calls. A kiosk calling setText once a second would die
within hours. This runs 200,000 such calls in a subprocess: it must exit cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(200_000):
    label.setText(str(i))
    label.setEnabled(i % 2 == 0)
print("ok", sys.getrefcount(None))
"""


@pytest.mark.slow
def test_two_hundred_thousand_void_qt_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, env=env,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("ok")
