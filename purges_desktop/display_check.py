# SPDX-License-Identifier: GPL-3.0-or-later
"""Can Qt open a window on this desktop? Asked before the app starts (``scripts/start.sh``, ``main.py
check-display``), so that a fresh machine gets the names of the missing system libraries and the one command that
installs them, instead of Qt's bare "could not load the Qt platform plugin".

Qt's ``xcb`` plugin (X11) needs system libraries that PySide6's wheels do not carry (``libxcb-cursor0``,
``libxcb-icccm4``, ``libxkbcommon-x11-0`` …) and that minimal systems lack; ``wayland`` needs ``libwayland-*``.
The check starts a tiny Qt program in a child process (so a failure cannot take this one down), and when it fails
runs ``ldd`` on the platform plugin and the Qt libraries it loads to name what is missing.

Nothing here imports Qt: the check must work where Qt cannot load.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

#: The package that provides each shared library Qt's platform plugins and QtGui load, on Debian/Ubuntu and on
#: Fedora. A library missing from this table is still named, with no package.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}

#: What a platform plugin loads: the plugin itself and the Qt libraries behind it (paths under PySide6's ``Qt``).
_PLUGIN_FILES = {
    "xcb": ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6", "lib/libQt6Gui.so.6"),
    "wayland": ("plugins/platforms/libqwayland.so", "lib/libQt6WaylandClient.so.6", "lib/libQt6Gui.so.6"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)

#: Exit status of ``check-display`` when Qt cannot open a window (0: it can).
EXIT_NO_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """What the check found for one platform plugin.

    Attributes:
        platform: the Qt platform plugin tried (``xcb``, ``wayland``).
        ok: True when a Qt program opened on it.
        missing: the shared libraries ``ldd`` could not find, sorted.
        qt_message: the last lines Qt printed when it failed.
    """

    platform: str
    ok: bool
    missing: tuple[str, ...] = ()
    qt_message: str = ""


@dataclass(frozen=True, slots=True)
class Advice:
    """The packages to install and the commands that do it.

    Attributes:
        debian: Debian/Ubuntu package names.
        fedora: Fedora package names.
        unknown: libraries no package of the table provides.
    """

    debian: tuple[str, ...] = ()
    fedora: tuple[str, ...] = ()
    unknown: tuple[str, ...] = field(default=())

    def commands(self) -> dict[str, str]:
        """``{"Debian/Ubuntu": "sudo apt-get install -y …", "Fedora": "sudo dnf install -y …"}`` (empty when there
        is nothing to install)."""
        out = {}
        if self.debian:
            out["Debian/Ubuntu"] = "sudo apt-get install -y " + " ".join(self.debian)
        if self.fedora:
            out["Fedora"] = "sudo dnf install -y " + " ".join(self.fedora)
        return out


def session_platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins to try, in order, for this session: what ``QT_QPA_PLATFORM`` names (``wayland;xcb``),
    else ``wayland`` on a Wayland session (then ``xcb`` through XWayland when ``DISPLAY`` is set too), else ``xcb``
    when ``DISPLAY`` is set; none when there is no display at all."""
    explicit = env.get("QT_QPA_PLATFORM", "").strip()
    if explicit:
        return [p.split(":", 1)[0] for p in explicit.split(";") if p.strip()]
    out = []
    if env.get("WAYLAND_DISPLAY"):
        out.append("wayland")
    if env.get("DISPLAY"):
        out.append("xcb")
    return out


def not_found(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as ``=> not found``."""
    return _NOT_FOUND.findall(ldd_output)


def advice(missing: Sequence[str]) -> Advice:
    """The packages that provide ``missing`` libraries (each package once, in the order first needed)."""
    debian: dict[str, None] = {}
    fedora: dict[str, None] = {}
    unknown = []
    for lib in missing:
        if lib in PACKAGES:
            deb, fed = PACKAGES[lib]
            debian.setdefault(deb)
            fedora.setdefault(fed)
        else:
            unknown.append(lib)
    return Advice(tuple(debian), tuple(fedora), tuple(unknown))


def qt_dir() -> Path | None:
    """PySide6's ``Qt`` folder (plugins and libraries), found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(platform: str, qt: Path | None = None) -> tuple[str, ...]:
    """The system libraries the platform plugin needs and ``ldd`` cannot find ('' when ldd is not there)."""
    qt = qt or qt_dir()
    ldd = shutil.which("ldd")
    if qt is None or ldd is None:
        return ()
    found: set[str] = set()
    for relative in _PLUGIN_FILES.get(platform, ()):
        path = qt / relative
        if not path.exists():
            continue
        try:
            result = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        found.update(not_found(result.stdout))
    return tuple(sorted(found))


def probe(platform: str, command: Sequence[str] | None = None, timeout: float = 30) -> tuple[bool, str]:
    """Start a tiny Qt program on ``platform`` in a child process: (it opened, what it printed on failure)."""
    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication(sys.argv[:1])\n"
            "print(app.platformName())\n")
    argv = list(command) if command is not None else [sys.executable, "-c", code]
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    env.pop("QT_DEBUG_PLUGINS", None)
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired:
        return False, f"the Qt program did not answer within {timeout:.0f} s"
    except OSError as exc:
        return False, str(exc)
    tail = "\n".join(result.stderr.strip().splitlines()[-6:])
    return result.returncode == 0, tail


def diagnose(platform: str, command: Sequence[str] | None = None) -> Diagnosis:
    """Try ``platform``; on failure, name the missing libraries."""
    ok, message = probe(platform, command)
    if ok:
        return Diagnosis(platform, ok=True)
    return Diagnosis(platform, ok=False, missing=missing_libraries(platform), qt_message=message)


def distribution(os_release: str | None = None) -> str:
    """``debian`` (Debian, Ubuntu and their kin), ``fedora`` (Fedora, RHEL…) or ``""``, from ``/etc/os-release``."""
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    ids = " ".join(m.group(1).strip("\"'").lower()
                   for m in re.finditer(r"^(?:ID|ID_LIKE)=(.*)$", os_release, re.MULTILINE))
    if re.search(r"\b(debian|ubuntu)\b", ids):
        return "debian"
    if re.search(r"\b(fedora|rhel|centos)\b", ids):
        return "fedora"
    return ""


def report(diagnoses: Sequence[Diagnosis]) -> str:
    """What to tell the user when no platform worked."""
    if not diagnoses:
        return ("purges-desktop: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is "
                "set).\n  Run it in a desktop session, or on a virtual screen: xvfb-run -a scripts/start.sh\n"
                "  Without any display, 'python main.py screenshot --out DIR' renders every view to PNG.")
    lines = []
    missing: list[str] = []
    for d in diagnoses:
        lines.append(f"purges-desktop: Qt cannot open a window with its '{d.platform}' platform plugin.")
        if d.missing:
            lines.append("  Missing system libraries: " + ", ".join(d.missing))
            missing += [m for m in d.missing if m not in missing]
        elif d.qt_message:
            lines.append("  Qt said: " + d.qt_message.replace("\n", "\n    "))
    tips = advice(missing)
    commands = tips.commands()
    if commands:
        lines.append("  Install them with one command:")
        lines += [f"    {system}: {command}" for system, command in commands.items()]
        lines.append("  or let the start script do it: scripts/start.sh --install-deps")
    if tips.unknown:
        lines.append("  (no package known for: " + ", ".join(tips.unknown) + "; search your distribution for it)")
    return "\n".join(lines)


def install(missing: Sequence[str], system: str, assume_yes: bool = False) -> int:
    """Install the packages for ``missing`` with the system's package manager (through sudo unless root), after
    asking on a terminal unless ``assume_yes``; the installer's exit status (1 when declined or impossible)."""
    tips = advice(missing)
    packages = tips.debian if system == "debian" else tips.fedora if system == "fedora" else ()
    if not packages:
        print("purges-desktop: cannot install the libraries on this system: install them by hand.",  # noqa: T201
              file=sys.stderr)
        return 1
    manager = ["apt-get", "install", "-y", *packages] if system == "debian" else ["dnf", "install", "-y", *packages]
    if os.geteuid() != 0:
        manager = ["sudo", *manager]
    print("purges-desktop: will run: " + shlex.join(manager), file=sys.stderr)  # noqa: T201
    if not assume_yes:
        if not sys.stdin.isatty():
            print("purges-desktop: not a terminal: add --yes to install without asking.", file=sys.stderr)  # noqa: T201
            return 1
        answer = input("Install them now? [y/N] ").strip().lower()
        if answer not in {"y", "yes", "д", "да"}:
            return 1
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # The installer talks on standard error: standard output carries only the platform's name (start.sh reads it).
    return subprocess.run(manager, env=env, stdout=sys.stderr, check=False).returncode


def fonts_report(fonts_dir: Path) -> str:
    """What to say when the bundled fonts (the app's typeface, in every script it shows) are not there ("" when
    they are)."""
    fonts = sorted(fonts_dir.glob("*.ttf")) if fonts_dir.is_dir() else []
    if fonts:
        return ""
    return (f"purges-desktop: the bundled fonts are missing from {fonts_dir}: the checkout or the bundle is "
            "incomplete (clone the repository again, or rebuild the bundle). Without them Qt falls back to the "
            "system's fonts: install fonts-dejavu-core (Debian/Ubuntu) or dejavu-sans-fonts (Fedora) at least.")


def check(env: Mapping[str, str], *, command: Sequence[str] | None = None, install_missing: bool = False,
          assume_yes: bool = False, fonts_dir: Path | None = None) -> tuple[int, str]:
    """The whole check: ``(exit status, the platform that works)``; the report goes to standard error. With
    ``install_missing`` the missing packages are installed (asking first unless ``assume_yes``) and Qt is tried
    again."""
    if fonts_dir is not None and (text := fonts_report(fonts_dir)):
        print(text, file=sys.stderr)  # noqa: T201 - a warning: the app still starts
    platforms = session_platforms(env)
    if any(p in {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"} for p in platforms):
        return 0, ""  # a platform that needs no desktop: nothing to check
    diagnoses = []
    for platform in platforms:
        d = diagnose(platform, command)
        if d.ok:
            return 0, platform
        diagnoses.append(d)
    print(report(diagnoses), file=sys.stderr)  # noqa: T201
    missing = sorted({m for d in diagnoses for m in d.missing})
    if install_missing and missing:
        if install(missing, distribution(), assume_yes) != 0:
            return EXIT_NO_WINDOW, ""
        for platform in platforms:
            if diagnose(platform, command).ok:
                print(f"purges-desktop: installed; Qt opens on '{platform}' now.", file=sys.stderr)  # noqa: T201
                return 0, platform
    return EXIT_NO_WINDOW, ""
