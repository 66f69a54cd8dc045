"""``report-viewer --startup-report``: how long from process start to the first painted frame of a window.

The clock starts when the operating system created the process, not when Python got round to running our
code, so interpreter start-up and every import count. On Linux that moment is field 22 of
``/proc/self/stat`` (``starttime``, in clock ticks since boot), compared with ``CLOCK_BOOTTIME`` (the same
clock, in seconds since boot). The kernel rounds ``starttime`` down to a clock tick (10 ms at the usual
100 Hz), so a figure may read up to one tick high; the benchmark takes medians over several runs and
measures its floor window the same way. Elsewhere the clock starts at the import of this module's caller
chain (``PROCESS_CLOCK_FALLBACK`` says so), which leaves out interpreter start-up.

The end is the first painted frame: the first paint event of the window, or the first expose event of its
native window (Qt paints every widget of the window while delivering it); a zero-time timer started then fires
once the whole frame has been painted, and that moment is reported (``FirstPaint``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

# Where there is no /proc: the earliest moment this process can see (used only off Linux).
_IMPORTED_AT = time.monotonic()
PROCESS_CLOCK_FALLBACK = not os.path.exists("/proc/self/stat")


def process_age_ms() -> float:
    """Milliseconds since the operating system started this process (see the module docstring)."""
    if not PROCESS_CLOCK_FALLBACK:
        try:
            with open("/proc/self/stat", "rb") as fh:
                stat = fh.read()
            # The command name (field 2) is in parentheses and may hold spaces: count fields after it.
            fields = stat[stat.rindex(b")") + 2:].split()
            start_ticks = int(fields[19])  # field 22 overall; field 3 is fields[0]
            start = start_ticks / os.sysconf("SC_CLK_TCK")
            return (time.clock_gettime(time.CLOCK_BOOTTIME) - start) * 1000.0
        except (OSError, ValueError, IndexError):
            pass
    return (time.monotonic() - _IMPORTED_AT) * 1000.0


class FirstPaint(QObject):
    """Emits ``done`` once, when the first frame of ``window`` (every widget in it) has been painted.

    Work the first frame does not need (re-enabling the garbage collector, say) waits for this signal;
    ``--startup-report`` takes its figure from it.

    Only two objects are watched: the window widget (its own paint event, and its show, after which its
    native window exists) and that native ``QWindow``, whose first expose event makes Qt paint and flush the
    whole widget tree before the event returns. The zero-time timer started there fires after that frame.
    An application-wide event filter would see every event of every object (about 2,000 before the first
    frame here), and each one handed to Python makes PySide create the Python types of the objects and events
    involved (QStyle, QProcess, QWizard, ... with all their enums): some 50 ms of the probe's own.
    """

    done = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._handle: QWindow | None = None
        self._seen = False
        self.finished = False
        window.installEventFilter(self)
        self._watch_native_window()

    def _watch_native_window(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None and handle is not self._handle:
            if self._handle is not None:
                self._handle.removeEventFilter(self)
            self._handle = handle
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen:
            kind = event.type()
            if watched is self._window:
                if kind == QEvent.Type.Paint:
                    self._schedule()
                elif kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                    self._watch_native_window()
            elif kind == QEvent.Type.Expose and watched is self._handle and self._handle.isExposed():
                self._schedule()
        return False

    def _schedule(self) -> None:
        self._seen = True
        # Runs once the event being delivered (and the frame it paints, every child widget) is done.
        QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        self._window.removeEventFilter(self)
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        self.finished = True
        self.done.emit()


def after_first_paint(window: QWidget, callback: Callable[[], object]) -> FirstPaint:
    """Call ``callback`` once ``window``'s first frame has been painted (the watcher is parented to it)."""
    watcher = FirstPaint(window)
    watcher.done.connect(callback)
    return watcher


class FirstPaintReporter(QObject):
    """Watches one window; after its first painted frame prints the process age in ms and quits the app."""

    def __init__(self, window: QWidget, quit_after: bool = True) -> None:
        super().__init__(window)
        self._quit_after = quit_after
        self.elapsed_ms: float | None = None
        self._watcher = after_first_paint(window, self._report)

    def _report(self) -> None:
        self.elapsed_ms = process_age_ms()
        print(f"{self.elapsed_ms:.1f}", flush=True)
        if PROCESS_CLOCK_FALLBACK:
            print("report-viewer: note: measured from module import (no /proc here)", file=sys.stderr)
        if self._quit_after:
            QApplication.quit()


def report_first_paint(window: QWidget) -> FirstPaintReporter:
    """Print the ms from process start to ``window``'s first painted frame, then quit the application."""
    return FirstPaintReporter(window)
