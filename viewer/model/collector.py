"""The cyclic garbage collector paused while a report's objects are made.

Parsing and validating a report make a few hundred thousand objects and hardly any garbage: the collector would only
walk them again and again as they pile up (a tenth of a first open of the 10k-fact report where it runs, such as
``validate`` on the command line; the window runs its collector on a timer, viewer/ui/common/collector.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collector() -> Iterator[None]:
    """Automatic collection off for the block, and back as it was after it (never turned on by the block)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
