"""Python's garbage collector, run on the GUI thread only.

Python collects reference cycles in whichever thread passes a generation's threshold with its next allocation. A
cycle that holds a Qt object (a closed dialog and the slot that refers back to it, a scene and its items) is then
freed from a worker thread, such as the Library's index refresh, and the process crashes (seen as a segmentation
fault in the Library view's tests while the refresh thread inserted rows into the index). So in the window
automatic collection is off, and a timer on the GUI thread runs the generations whose thresholds have been passed,
as the automatic collector would have (``viewer.charts.garbage``; the scheme of pyqtgraph's ``GarbageCollector``).
Only the collector's timing changes: what is due is freed within ``INTERVAL_MS`` of the event loop turning.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from viewer.charts.garbage import DueCollector
from viewer.ui.common.heap import trim_heap_soon

INTERVAL_MS = 250
_NAME = "guiThreadCollector"


class GuiThreadCollector(QObject):
    """Collects garbage on a timer of the GUI thread; automatic collection stays off while it exists."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.thresholds = gc.get_threshold()
        self.collect_due = DueCollector(self.thresholds)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()

    def start(self) -> None:
        """Collect from now on (the window's start keeps it waiting until the first frame has painted)."""
        gc.disable()
        if not self.timer.isActive():
            self.timer.start()

    def running(self) -> bool:
        return self.timer.isActive()

    @Slot()
    def check(self) -> None:
        """Collect what is due (the oldest generation past its threshold, and every younger one; the oldest only once
        the long-lived objects have grown by a quarter, as CPython does); after a full collection, the heap it
        freed goes back to the system."""
        if self.collect_due() == 2:
            trim_heap_soon()


def gui_thread_collector(app: QCoreApplication, start: bool = True) -> GuiThreadCollector:
    """The application's collector (made on first use, which turns automatic collection off); started unless
    ``start`` is false."""
    collector = app.findChild(GuiThreadCollector, _NAME)
    if collector is None:
        collector = GuiThreadCollector(app)
    if start:
        collector.start()
    return collector
