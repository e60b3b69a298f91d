#!/usr/bin/env bash
# Set up (first run only) and run everything CI runs: ruff, the layer contracts, the tests (headless; the
# real-window test on a private Xvfb display when Xvfb is there, which this installs when run as root with apt-get).
source "$(dirname "$0")/_python.sh"
ensure_venv "[test]"
ensure_real_window
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check purges_desktop tests benchmarks main.py
.venv/bin/lint-imports --no-cache
.venv/bin/python main.py validate --strict data
exec .venv/bin/python -m pytest "$@"
