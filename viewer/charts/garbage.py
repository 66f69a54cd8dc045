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


class DueCollector:
    """Collects what is due, as CPython's collector would: including its rule that the oldest generation waits
    until the objects that reached it since its last collection are a quarter of those that lived through it (a
    full collection walks every object: 200-300 ms on the 10k-fact report's heap)."""

    def __init__(self, thresholds: tuple[int, int, int]) -> None:
        self.thresholds = thresholds
        self.long_lived_total = 0
        self.long_lived_pending = 0

    def __call__(self) -> int:
        """Collect the oldest generation that is due (and every younger one); returns it, or -1 when none was."""
        counts = gc.get_count()
        generation = -1
        for g in range(3):
            if counts[g] <= self.thresholds[g]:
                break
            if g == 2 and self.long_lived_pending < self.long_lived_total / 4:
                break
            generation = g
        if generation == 2:
            gc.collect(2)
            self.long_lived_total = len(gc.get_objects(2))
            self.long_lived_pending = 0
        elif generation == 1:  # what lives through it moves to the oldest generation
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            self.long_lived_pending += max(0, young - gc.collect(1))
        elif generation == 0:
            gc.collect(0)
        return generation


@contextmanager
def collecting_here() -> Iterator[Callable[[], int]]:
    """Automatic collection off for the block; what it gives collects what is due, on the calling thread. The
    collector's state before the block is restored after it."""
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    try:
        yield DueCollector(thresholds)
    finally:
        if enabled:
            gc.enable()
