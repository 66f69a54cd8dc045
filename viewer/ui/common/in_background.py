"""Pure Python work run in a worker thread, its result handed to the GUI thread.

``InBackground(work, parent)`` runs ``work()`` in a ``threading.Thread`` and emits ``done(result)`` on the GUI
thread once it has returned (a timer of the GUI thread polls; Python's lock is handed back every few milliseconds
meanwhile, so the window paints and answers). ``work`` must touch no Qt object: it is for building model-side
data (a report's search index). An exception in ``work`` is emitted as ``failed(exc)``. The garbage collector
runs on the GUI thread only (``viewer.ui.common.collector``), so nothing is freed in the worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

POLL_MS = 10


class InBackground(QObject):
    """``work()`` in a worker thread; ``done(result)`` or ``failed(exception)`` on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None, name: str = "background work"):
        super().__init__(parent)
        self._finished = threading.Event()
        self._result: object = None
        self._error: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

        def run() -> None:
            try:
                self._result = work()
            except Exception as exc:  # handed to the GUI thread
                self._error = exc
            finally:
                self._finished.set()

        threading.Thread(target=run, name=name, daemon=True).start()
        self._timer.start()

    @Slot()
    def _poll(self) -> None:
        if self._finished.is_set():
            self._timer.stop()
            if self._error is not None:
                self.failed.emit(self._error)
            else:
                self.done.emit(self._result)
