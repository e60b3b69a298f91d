#!/usr/bin/env bash
# Set up (first run only) and start Purges Desktop on the bundled dataset. Arguments go to the app, e.g.
#   scripts/start.sh --lang ru --open person/bukharin
# Before the window opens it checks that Qt can open one on this desktop (X11 or Wayland); if system libraries are
# missing it names them and the command that installs them, and exits 3. `scripts/start.sh --install-deps` installs
# them (apt-get or dnf, through sudo; it asks first on a terminal; add --yes not to be asked).
# The kiosk refuses the default staff PIN 1937 of resources/kiosk.yaml (docs/kiosk.md, "The staff PIN"): set your own
# with `scripts/start.sh hash-pin` and --kiosk-config FILE, or try it out with
#   scripts/start.sh --kiosk --allow-default-pin
source "$(dirname "$0")/_python.sh"
ensure_venv ""

install=() args=()
for arg in "$@"; do
    case "$arg" in
        --install-deps) install+=(--install) ;;
        --yes) install+=(--yes) ;;
        *) args+=("$arg") ;;
    esac
done

# The commands that open no window need no display.
case "${args[0]:-}" in
    validate|export|table|cite|pdf|hash-pin|screenshot|check-display|-h|--help|--version)
        exec .venv/bin/python main.py "${args[@]}" ;;
esac

status=0
platform="$(.venv/bin/python main.py check-display "${install[@]}")" || status=$?
if [ "$status" != 0 ]; then
    exit "$status"
fi
platform="$(printf '%s\n' "$platform" | tail -n 1)"  # the name is the last line (anything else went to stderr)
if [ -n "$platform" ]; then
    export QT_QPA_PLATFORM="$platform"
fi
exec .venv/bin/python main.py "${args[@]}"
