"""What the Statistics tab's first chart and the export dialog's list wait for, made in a worker thread while the
UI thread keeps turning.

Two costs stood in one turn of the event loop on the first visit of the tab (0.39 s on the 10,000-fact report,
``stalls: first visit: statistics``): importing the chart drawing (``viewer.charts.scene``: pyqtgraph and numpy,
0.3-0.4 s) and making the report's charts (``chart_specs``: 0.1-0.2 s). Both are pure Python as far as Qt is
concerned: importing them creates no QObject (pyqtgraph makes a ``QLocale`` and a ``QTransform`` value at most;
the scene builder's modules none) and a chart spec is plain data. So a ``ChartsPreparation`` does both in a
``threading.Thread`` and says ``ready`` on the GUI thread (a timer polls), and the tab builds its list and chart
then, from the modules and the charts already made; the export dialog (File -> Export…) shows at once and fills
its list of charts the same way. Python's lock is handed back every few milliseconds, so the
window paints and answers meanwhile.

The window also starts the import alone (``preload_chart_modules``) once it has painted and sat idle a moment, so
a user who opens the tab later finds pyqtgraph loaded. Nothing here touches a Qt object in the worker; the
garbage collector runs on the GUI thread only (``viewer.ui.common.collector``), so nothing is freed there either.
An import that fails in the worker fails again, with its message, where the GUI thread imports the module.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from viewer.charts.definitions import chart_specs
from viewer.model.types import Report

# Imported in this order: pyqtgraph's own tree first (it never imports the viewer), then the scene builder.
CHART_MODULES = ("pyqtgraph", "viewer.charts.scene")
POLL_MS = 10

_imported = threading.Event()
_import_lock = threading.Lock()
_import_started = False


def chart_modules_loaded() -> bool:
    """Whether the chart drawing modules are imported (by the worker, or by the GUI thread itself)."""
    if _imported.is_set():
        return True
    with _import_lock:
        if not _import_started and CHART_MODULES[-1] in sys.modules:
            _imported.set()  # imported on this thread before any worker: complete, since it is not running now
    return _imported.is_set()


def _import_chart_modules() -> None:
    try:
        for name in CHART_MODULES:
            importlib.import_module(name)
    except Exception:  # the GUI thread imports it again and shows the error there
        pass
    finally:
        _imported.set()


def preload_chart_modules() -> bool:
    """Import pyqtgraph and the scene builder in a worker thread, once; False when already imported or started."""
    global _import_started
    if chart_modules_loaded():
        return False
    with _import_lock:
        if _import_started:
            return False
        _import_started = True
    threading.Thread(target=_import_chart_modules, name="chart modules import", daemon=True).start()
    return True


def _run(report: Report, lang: str, done: threading.Event) -> None:
    try:
        _imported.wait()
        chart_specs(report, lang)  # kept by chart_specs for the GUI thread's call
    except Exception:  # the GUI thread makes them again and shows the error there
        pass
    finally:
        done.set()


class ChartsPreparation(QObject):
    """The chart modules imported and ``report``'s charts in ``lang`` made in a worker thread; ``ready`` is
    emitted on the GUI thread once both are there."""

    ready = Signal()

    def __init__(self, report: Report, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.lang = lang
        self._done = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        preload_chart_modules()
        threading.Thread(target=_run, args=(report, lang, self._done), name="charts preparation",
                         daemon=True).start()
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def cancel(self) -> None:
        """Emit nothing (the worker, already started, only fills chart_specs' cache)."""
        self._timer.stop()

    @Slot()
    def _poll(self) -> None:
        if self._done.is_set():
            self._timer.stop()
            self.ready.emit()


def prepare_charts(report: Report, lang: str, parent: QObject, then: Callable[[], object]) -> ChartsPreparation:
    """A ``ChartsPreparation`` calling ``then`` (on the GUI thread) when ready."""
    preparation = ChartsPreparation(report, lang, parent)
    preparation.ready.connect(then)
    return preparation
