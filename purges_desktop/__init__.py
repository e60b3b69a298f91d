# SPDX-License-Identifier: GPL-3.0-or-later
"""Purges Desktop: an offline explorer of the Soviet purges (1917-1953)."""

__version__ = "0.1.0"
