"""Heap the process has freed handed back to the system after the work that freed it.

glibc's ``free`` keeps what is freed for later allocations and returns memory to the system only from the top of
the main heap; pages freed in the middle of a heap, or in the heap of the thread that loaded a report (each thread
allocates from its own arena), stay resident. Opening the 10k-fact report leaves some 10 MiB of such pages behind
when it is parsed (the YAML's events and parsed data, the validator's inputs), a few when it comes from the cache
(the entry's decoded JSON), and a tab's first build and a full garbage collection leave more. ``malloc_trim(0)``
hands every whole free page of every arena back (``madvise``), in a few milliseconds; the memory is taken again
only if it is needed again. Where the C library is not glibc (Windows, macOS, musl) nothing is done.

``HeapTrimmer.soon()`` asks for one trim at the next turn of the event loop: requests made meanwhile share it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

_NAME = "heapTrimmer"


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: not a cost of the start-up, which never trims before its first frame
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return cast(Callable[[int], int], trim)


def release_freed_heap() -> bool:
    """Hand the heap's free pages back to the system; False where that cannot be done."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


class HeapTrimmer(QObject):
    """One trim at the next turn of the event loop for any number of requests made before it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._trim)

    def soon(self) -> None:
        """Trim at the next turn of the event loop (once, however often this is called before)."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def _trim(self) -> None:
        release_freed_heap()


def heap_trimmer(app: QCoreApplication | None = None) -> HeapTrimmer | None:
    """The application's trimmer (made on first use); None without an application."""
    app = app or QCoreApplication.instance()
    if app is None:
        return None
    trimmer = app.findChild(HeapTrimmer, _NAME)
    return trimmer if trimmer is not None else HeapTrimmer(app)


def trim_heap_soon() -> None:
    """Ask the application's trimmer for a trim at the next turn of the event loop (nothing without one)."""
    trimmer = heap_trimmer()
    if trimmer is not None:
        trimmer.soon()
