# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeping Python's cyclic garbage collector away from the loaded data.

A loaded dataset is millions of long-lived, acyclic objects. Each time the collector examines the oldest
generation it walks all of them: filling the views with 10,000 people took 0.67 s with the collector running and
0.10 s with it paused (benchmarks/README.md). So the GUI thread pauses it while the views take in new data, and
then *freezes* everything alive at that point (``gc.freeze``): later collections skip those objects, and a search
keystroke never pays for a walk over the whole dataset. Freezing does not keep anything alive: reference counting
still frees a replaced dataset. What it gives up is collecting reference cycles that already existed at the freeze
and die later; a new freeze after each load releases the previous one first, so such cycles wait at most until
the next load.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (restored afterwards, even on error).

    ``freeze``: when the block ends without an error, freeze what is alive (``gc.freeze``) before the collector
    runs again. Every object made in the block is still in the youngest generation, so the first collection after
    it would walk all of them (about 0.4 s of CPU after a warm start of 10,000 people, benchmarks/README.md);
    frozen, they are skipped until :func:`settle_loaded_data` releases the freeze and makes the next one.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


def settle_loaded_data() -> None:
    """Move every object alive now out of the collector's way (after new data has been shown)."""
    gc.unfreeze()
    gc.freeze()
