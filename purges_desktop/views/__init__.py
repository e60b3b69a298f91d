# SPDX-License-Identifier: GPL-3.0-or-later
"""Widgets. They show data they are given and emit intents; they never open files."""
