# Sourced by the scripts: picks a Python >= 3.12 when one exists (PySide6 6.12 is unsafe on 3.11, see
# pyproject.toml), creates .venv and installs the project into it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pick_python() {
    if [ -n "${PYTHON:-}" ]; then echo "$PYTHON"; return; fi
    for candidate in python3.13 python3.12; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys' >/dev/null 2>&1; then
            command -v "$candidate"; return
        fi
    done
    for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[23]*/bin/python3; do
        if [ -x "$candidate" ]; then echo "$candidate"; return; fi
    done
    echo python3
}

ensure_venv() {
    local extras="$1"
    if [ ! -x .venv/bin/python ]; then
        "$(pick_python)" -m venv .venv
    fi
    local stamp=".venv/.installed-$extras"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
        .venv/bin/python -m pip install --quiet -e ".$extras"
        touch "$stamp"
    fi
    # Qt needs a few system libraries that minimal machines lack (EGL, xkbcommon, fontconfig).
    if ! QT_QPA_PLATFORM=offscreen .venv/bin/python -c 'import PySide6.QtGui' >/dev/null 2>&1; then
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
            apt-get update -qq && apt-get install -y -qq libegl1 libgl1 libxkbcommon0 libfontconfig1 \
                libdbus-1-3 libglib2.0-0 >/dev/null
        else
            echo "PySide6 cannot load its libraries: install libegl1 libgl1 libxkbcommon0 libfontconfig1" >&2
        fi
    fi
}

# The real-window test (tests/test_real_window.py) needs an X server and the libraries of Qt's xcb platform plugin.
REAL_WINDOW_PACKAGES=(xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1)

ensure_real_window() {
    # Only as root with apt-get (CI is root on Debian); elsewhere the test says what to install and skips. A failed
    # install never stops the run: under CI=true the test itself then fails with the plugin's message.
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        return 0
    fi
    local missing=() pkg
    for pkg in "${REAL_WINDOW_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" = 0 ]; then
        return 0
    fi
    local log
    log="$(mktemp)"
    # The package lists are fetched only when the install cannot find the packages without them.
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                "${missing[@]}"; } >"$log" 2>&1; then
            echo "could not install ${missing[*]} (the real-window test will not run):" >&2
            tail -n 5 "$log" >&2
        fi
    fi
    rm -f "$log"
}
