"""Opening a report from the window without stalling it.

File -> Open, a recent report, a dropped file and the Library open a report through ``ReportOpener``: the file is
read, looked up in the report cache (or parsed, validated and checked) by ``viewer.model.loader.load_report`` in a
worker thread. That is pure Python and touches no Qt object (a QTextDocument laid out in a worker deadlocked
against PySide's lock once: see viewer/ui/export/report_pdf_job.py); the GUI thread polls for the result on a
timer, so no signal is ever emitted from the worker. The garbage collector runs on the GUI thread only
(viewer/ui/common/collector.py), so nothing the worker drops is freed there.

While the file loads, the status bar says which one and shows a busy bar; the window stays usable. Opening
another report meanwhile cancels the first: its thread is left to finish and what it loaded is dropped. Then the
window shows the report in steps of one event-loop turn each (``MainWindow.show_loaded``): the tabs not shown
are dropped one per turn (each is built again from the new report when first visited), then the report is set
and only the tab shown rebuilds. A problem with the file is shown as when opening it directly: every problem with
file, line and column, and the report shown before stays.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QProgressBar, QStatusBar, QWidget
from shiboken6 import Shiboken

from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport, load_report
from viewer.ui.common.collector import GuiThreadCollector, gui_thread_collector
from viewer.ui.common.heap import trim_heap_soon
from viewer.ui.common.report_cache import report_cache
from viewer.ui.common.widgets import fill


class OpeningWindow(Protocol):
    """What opening a report asks of the window (``MainWindow`` provides it; a Protocol, not an import of the
    window, which imports this module)."""

    opener: ReportOpener

    def statusBar(self) -> QStatusBar: ...
    def current_tab_key(self) -> str: ...
    def report_open_failed(self, path: str | Path, error: ReportError) -> None: ...
    def show_loaded(self, loaded: LoadedReport, done: Callable[[], object] | None = None) -> None: ...
    def set_loaded(self, loaded: LoadedReport) -> None: ...

POLL_MS = 15  # how often the GUI thread looks whether the worker is done
# While a worker loads, the GUI thread waits at most this long for Python's lock each time it needs it (the default
# 5 ms, paid by every Python call of a paint or an event, added up to gaps of 200-300 ms between event-loop turns).
SWITCH_INTERVAL_S = 0.0005


class _Load:
    """One report being loaded in a worker thread; the GUI thread reads ``done``, ``loaded`` and ``error``."""

    def __init__(self, path: Path, then: Callable[[], object] | None) -> None:
        self.path = path
        self.then = then
        self.done = threading.Event()
        self.cancelled = False
        self.loaded: LoadedReport | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.loaded = load_report(self.path, report_cache())
        except BaseException as exc:  # handed to the GUI thread, which shows or raises it
            self.error = exc
        finally:
            self.done.set()


class ReportOpener(QObject):
    """Loads one report at a time in a worker thread for ``window`` and hands it to ``window.show_loaded``."""

    def __init__(self, window: OpeningWindow) -> None:
        super().__init__(cast(QObject, window))  # the window is a QMainWindow; the Protocol names what is used
        self.setObjectName("reportOpener")
        self._window = window
        self._load: _Load | None = None
        self._switch_interval: float | None = None
        self._collector: GuiThreadCollector | None = None  # paused while the worker runs
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.progress = QProgressBar()
        self.progress.setObjectName("openingProgress")
        self.progress.setRange(0, 0)  # busy: how long a load takes is not known
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        window.statusBar().addWidget(self.progress)
        self.progress.hide()

    def busy(self) -> bool:
        """Whether a report is being loaded or shown."""
        return self._load is not None

    def current(self) -> object | None:
        """The load under way (loaded or being shown), or None: ``show_loaded`` stops when it changes."""
        return self._load

    def start(self, path: Path, then: Callable[[], object] | None = None) -> None:
        """Load ``path`` in a worker thread (cancelling a load still running); ``then()`` runs once it is shown."""
        self.cancel()
        app = QCoreApplication.instance()
        if app is not None:
            # Never the automatic collector in the worker (Qt objects freed there). And none on this thread while
            # the worker parses: its garbage made each pass walk a heap of half a million young objects (24
            # passes, 0.42 s of stalls in the first open of the 10k report); what is due is collected after.
            collector = gui_thread_collector(app, start=False)
            if collector.running():
                collector.timer.stop()
                self._collector = collector
        load = _Load(path, then)
        self._load = load
        self._keep_switch_interval()
        threading.Thread(target=load.run, name="report-load", daemon=True).start()
        self._window.statusBar().showMessage(fill(self.tr("Opening %1…"), str(path)))
        self.progress.show()
        self._timer.start()

    def cancel(self) -> None:
        """Drop the load running (its thread ends on its own; what it loaded is not shown)."""
        if self._load is not None:
            self._load.cancelled = True
            self._load = None
            self._timer.stop()
            self._restore_switch_interval()
            self._resume_collector()
            self.progress.hide()
            self._window.statusBar().clearMessage()

    def finish(self) -> None:
        """The report is shown (or failed): the busy state ends."""
        self._load = None
        self._timer.stop()
        self._restore_switch_interval()
        self.progress.hide()
        trim_heap_soon()  # what the worker parsed or decoded, and the report shown before, are freed

    def _resume_collector(self) -> None:
        if self._collector is not None:
            self._collector.start()
            self._collector = None

    def _keep_switch_interval(self) -> None:
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL_S)

    def _restore_switch_interval(self) -> None:
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None

    @Slot()
    def _poll(self) -> None:
        load = self._load
        if load is None or not load.done.is_set():
            return
        self._timer.stop()
        self._restore_switch_interval()  # the worker is done
        self._resume_collector()
        if load.error is not None:
            self.finish()
            if isinstance(load.error, ReportError):
                self._window.report_open_failed(load.path, load.error)
                return
            raise load.error  # a bug: to the crash handler, as it was when loading on this thread
        assert load.loaded is not None
        self._window.statusBar().showMessage(fill(self.tr("Showing %1…"), str(load.path)))
        self._window.show_loaded(load.loaded, done=lambda: self._shown(load))

    def _shown(self, load: _Load) -> None:
        if load is not self._load or load.cancelled:
            return
        self.finish()
        if load.then is not None:
            load.then()


def show_in_steps(window: OpeningWindow, tabs: dict[str, QWidget], loaded: LoadedReport,
                  done: Callable[[], object] | None = None) -> None:
    """Show ``loaded`` in ``window``: the built tabs not shown (``tabs``, the window's own table) are deleted, to be
    built from the new report when first visited, then the report is set and the tab shown rebuilds. With ``done``
    (a load from the worker), one step per turn of the event loop, ``done()`` at the end; a newer open meanwhile
    stops the steps."""
    load = window.opener.current() if done is not None else None
    hidden = [key for key in tabs if key != window.current_tab_key()]

    def step() -> None:
        if load is not None and window.opener.current() is not load:
            return  # another report was asked for meanwhile
        while hidden:
            widget = tabs.pop(hidden.pop())
            Shiboken.delete(widget)  # now: it stops following the context at once
            if done is not None:
                QTimer.singleShot(0, step)
                return
        window.set_loaded(loaded)
        if done is not None:
            done()

    step()
