# SPDX-License-Identifier: GPL-3.0-or-later
"""Pure-Python domain model: records, dates, the Dataset and its checks. Never imports Qt or YAML."""
