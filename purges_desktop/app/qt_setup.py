# SPDX-License-Identifier: GPL-3.0-or-later
"""The QApplication and what every mode shares: bundled fonts, style sheets, logging."""

from __future__ import annotations

import functools
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from purges_desktop import __version__, locations
from purges_desktop.domain.colours import muted_on, readable

if TYPE_CHECKING:
    from purges_desktop.domain.kiosk import KioskSettings


@functools.cache
def load_fonts() -> str:
    """Register the bundled PT Sans / PT Serif fonts (once); return the family to use ("" if none loaded)."""
    family = ""
    fonts = locations.resource_path("fonts")
    for path in sorted(fonts.glob("*.ttf")) if fonts.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family and "Sans" in families[0]:
            family = families[0]
    return family


def make_qapp(argv: list[str]) -> QApplication:
    """The QApplication, with our fonts and style."""
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(argv)
    qapp.setApplicationName("Purges Desktop")
    qapp.setOrganizationName("purges-desktop")
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("purges-desktop")  # the .desktop file of the bundle (docs/install.md): its icon, its name
    icon = locations.resource_path("icons/purges-desktop.svg")
    if icon.is_file():
        qapp.setWindowIcon(QIcon(str(icon)))
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(max(qapp.font().pointSizeF(), 10.0))
        qapp.setFont(font)
    style = locations.resource_path("styles/base.qss")
    if style.is_file():
        qapp.setStyleSheet(style.read_text(encoding="utf-8"))
    qapp.setPalette(readable_palette(qapp.palette()))
    return qapp


def readable_palette(palette: QPalette) -> QPalette:
    """The palette with placeholder and disabled text dimmed no further than WCAG AA allows (4.5:1 against their
    background), and links and the selected row readable too: the platform's defaults (1.6:1 for a disabled field,
    3.1:1 for a visited link) cannot be read."""
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    for text, background in ((role.Text, role.Base), (role.ButtonText, role.Button),
                             (role.WindowText, role.Window)):
        fg = palette.color(group.Active, text).name()
        for grp in (group.Active, group.Inactive, group.Disabled):
            bg = palette.color(grp, background).name()
            if grp is group.Disabled:
                palette.setColor(grp, text, QColor(muted_on(fg, bg)))
            if text is role.Text:
                palette.setColor(grp, role.PlaceholderText, QColor(muted_on(fg, bg)))
    for grp in (group.Active, group.Inactive):
        base, text = palette.color(grp, role.Base).name(), palette.color(grp, role.Text).name()
        for link in (role.Link, role.LinkVisited):
            palette.setColor(grp, link, QColor(readable(palette.color(grp, link).name(), base, text)))
        # The selected row: the highlight darkened (or lightened) until its text reads on it.
        selected = palette.color(grp, role.HighlightedText).name()
        away = "#000000" if QColor(selected).lightness() >= 128 else "#FFFFFF"
        palette.setColor(grp, role.Highlight, QColor(readable(palette.color(grp, role.Highlight).name(), selected,
                                                              away)))
    return palette


def apply_kiosk_style(qapp: QApplication, settings: KioskSettings) -> None:
    """The kiosk's high-contrast theme with large type (body text at least 22 px at 1920x1080)."""
    template = locations.resource_path("styles/kiosk.qss")
    if not template.is_file():
        return
    scale = settings.text_scale
    css = (template.read_text(encoding="utf-8").replace("@BODY@", str(round(22 * scale)))
           .replace("@LARGE@", str(round(26 * scale))).replace("@TITLE@", str(round(36 * scale)))
           .replace("@BIG@", str(round(48 * scale))).replace("@HUGE@", str(round(96 * scale))))
    qapp.setStyleSheet(css)
    # Links in pages are drawn in the palette's link colour: a light blue that reads on the kiosk's black.
    # The palette says what the style sheet draws (black pages, light text), so that the readable colours computed
    # from it are computed against the kiosk's own backgrounds.
    palette = qapp.palette()
    role = QPalette.ColorRole
    for r, colour in ((role.Link, "#7CC8F0"), (role.LinkVisited, "#CC99C9"), (role.Window, "#111111"),
                      (role.Base, "#000000"), (role.AlternateBase, "#1A1A1A"), (role.Button, "#2B2B2B"),
                      (role.Text, "#F2F2F2"), (role.WindowText, "#F2F2F2"), (role.ButtonText, "#F2F2F2"),
                      (role.Highlight, "#F0E442"), (role.HighlightedText, "#000000")):
        palette.setColor(r, QColor(colour))
    qapp.setPalette(readable_palette(palette))


def setup_logging(log_file: Path | None = None) -> None:
    """Log to stderr, and to a rotating file when given (the kiosk)."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            from logging.handlers import RotatingFileHandler  # noqa: PLC0415 - only the kiosk logs to a file

            handlers.append(RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"))
        except OSError as exc:
            print(f"cannot write the log to {log_file}: {exc}", file=sys.stderr)  # noqa: T201
    logging.basicConfig(level=os.environ.get("PURGES_LOG", "INFO" if log_file else "WARNING").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers, force=True)


def default_log_file() -> Path | None:
    """Where the kiosk writes its rotating log: ``kiosk.log`` in the platform's state folder (``locations.state_dir``:
    ``$XDG_STATE_HOME/purges-desktop/kiosk.log`` on Linux); ``None`` (log to standard error only) when there is no
    usable state folder."""
    state = locations.state_dir()
    return state / "kiosk.log" if state is not None else None


def probe_platform() -> int:
    """The child process of ``check-display`` in a frozen bundle: open Qt on ``QT_QPA_PLATFORM`` and say which."""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication(sys.argv[:1])
    print(app.platformName())  # noqa: T201
    return 0
