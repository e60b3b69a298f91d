"""Shared by the kiosk tests: put the application back as it was after a kiosk was built (tests only)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def close_kiosk(app) -> None:
    """Stop the kiosk's timers and filters, undo its style and palette, and let its window close."""
    qapp = QApplication.instance()
    app.kiosk.stop()
    app.shell.attract.stop()
    qapp.removeEventFilter(app.kiosk)
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())
    qapp.setQuitOnLastWindowClosed(True)
    app.language.set("en")
    app.shell.allow_close = True
