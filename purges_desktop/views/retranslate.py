# SPDX-License-Identifier: GPL-3.0-or-later
"""The runtime-retranslation contract shared by every widget with visible strings.

docs/architecture.md, "Strings and translations".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mix into a QWidget subclass (before the Qt class) that defines ``retranslate_ui()``.

    Qt sends ``QEvent.LanguageChange`` to every widget when a translator is installed; this calls the widget's
    ``retranslate_ui()`` then, so a language switch updates every view without a restart.
    """

    def retranslate_ui(self) -> None:
        """Set every visible string (subclasses override)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
