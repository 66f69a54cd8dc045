"""Garbage collection kept on the thread that owns the Qt objects.

Python collects reference cycles in whichever thread passes a generation's threshold with its next allocation. A
cycle holding Qt objects (a chart scene and its items, a closed dialog and a slot referring back to it) freed from
a worker thread crashes the process. Wherever worker threads run beside Qt work (the export's PNG encoder, the
window's Library refresh), automatic collection is off and the Qt thread collects what is due itself: between
charts here, on a timer in the window (``viewer.ui.common.collector``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def collect_due(thresholds: tuple[int, int, int]) -> int:
    """Collect the oldest generation whose count has passed its threshold (and so every younger one), as the
    automatic collector would have; returns that generation, or -1 when none was due."""
    counts = gc.get_count()
    generation = -1
    for g in range(3):
        if counts[g] <= thresholds[g]:
            break
        generation = g
    if generation >= 0:
        gc.collect(generation)
    return generation


@contextmanager
def collecting_here() -> Iterator[Callable[[], int]]:
    """Automatic collection off for the block; what it gives collects what is due, on the calling thread. The
    collector's state before the block is restored after it."""
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    try:
        yield lambda: collect_due(thresholds)
    finally:
        if enabled:
            gc.enable()
