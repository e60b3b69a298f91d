# SPDX-License-Identifier: GPL-3.0-or-later
"""Run Purges Desktop from a source checkout: ``python main.py [--help]``."""

from purges_desktop.cli import main

raise SystemExit(main())
