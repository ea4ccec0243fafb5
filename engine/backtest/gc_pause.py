"""The garbage collector held back for the length of a replay, and put back as it was after.

A replay builds many short-lived objects (orders, fills, ticks) and keeps the long-lived ones
(candles, the engine, the timeline) for its whole run: a collection walks those again and again
and finds nothing to free. Freezing what exists when the run starts takes them out of every
collection, and a higher first-generation threshold makes collections rarer; reference counting
still frees almost everything at once. Both are restored in a `finally`, whatever happens.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["GEN0_THRESHOLD", "gc_paused"]

GEN0_THRESHOLD = 100_000  # allocations between young collections during a run (Python's: 700)


@contextmanager
def gc_paused(gen0: int = GEN0_THRESHOLD) -> Iterator[None]:
    """Freeze the objects alive now and raise the young-generation threshold; restore both."""
    old = gc.get_threshold()
    # A caller that froze objects itself (a forking server does) keeps its freeze: we neither
    # add to it nor undo it.
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    gc.set_threshold(max(gen0, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if freeze:
            gc.unfreeze()
