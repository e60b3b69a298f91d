#!/usr/bin/env bash
# Set up (first run only) and start Purges Desktop on the bundled dataset. Arguments go to the app, e.g.
#   scripts/start.sh --lang ru --open person/bukharin
# The kiosk refuses the default staff PIN 1937 of resources/kiosk.yaml (docs/kiosk.md, "The staff PIN"): set your own
# with `scripts/start.sh hash-pin` and --kiosk-config FILE, or try it out with
#   scripts/start.sh --kiosk --allow-default-pin
source "$(dirname "$0")/_python.sh"
ensure_venv ""
exec .venv/bin/python main.py "$@"
