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
