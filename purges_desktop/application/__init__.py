# SPDX-License-Identifier: GPL-3.0-or-later
"""Controllers: QObjects with signals that own no widgets (never QtWidgets)."""
