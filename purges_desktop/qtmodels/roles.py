# SPDX-License-Identifier: GPL-3.0-or-later
"""Custom item-data roles, declared once."""

from __future__ import annotations

from PySide6.QtCore import Qt

IdRole = Qt.ItemDataRole.UserRole + 1
"""The record id of a row (str)."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column correctly (tuple or str)."""
FateRole = Qt.ItemDataRole.UserRole + 3
"""The person's fate value (str), for colouring."""
