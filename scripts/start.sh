#!/usr/bin/env bash
# Set up (first run only) and start Purges Desktop on the bundled dataset. Arguments go to the app, e.g.
#   scripts/start.sh --lang ru --open person/bukharin
source "$(dirname "$0")/_python.sh"
ensure_venv ""
exec .venv/bin/python main.py "$@"
