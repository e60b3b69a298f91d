# SPDX-License-Identifier: GPL-3.0-or-later
"""Allow ``python -m purges_desktop``."""

from purges_desktop.cli import main

raise SystemExit(main())
