# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the data folder: strict YAML, records, export. Never imports Qt."""
