# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt item models over the Dataset (QtCore/QtGui only, never QtWidgets)."""
