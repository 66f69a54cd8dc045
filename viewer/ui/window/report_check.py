"""Checking the report a cold start showed unchecked (``viewer.model.unchecked``), after the first frame.

Until it is done the status bar says "Checking…" (a permanent label, so no message hides it). ``load_report``
runs in a worker thread as when a report is opened from the window (viewer/ui/window/opening.py: pure Python, no
Qt object touched there, the GUI thread polls): it parses the file again, validates and checks it and writes the
report cache, so the next start is a warm one. Then, on the GUI thread:

- a problem: every problem is shown as when the report is opened (file, line, column), and the window goes on with
  the bundled report, as a start on a broken report did before (a broken bundled report ends the application);
- a checked report equal to the one shown (the usual case): nothing changes but the label, which goes;
- a checked report that differs from the one shown: it replaces it (``MainWindow.show_loaded``).

A report opened from the window meanwhile wins: the result is dropped.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel

from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport, load_report
from viewer.model.paths import default_report_path
from viewer.ui.common.collector import GuiThreadCollector, gui_thread_collector
from viewer.ui.common.heap import trim_heap_soon
from viewer.ui.common.report_cache import report_cache
from viewer.ui.window.opening import POLL_MS, SWITCH_INTERVAL_S

if TYPE_CHECKING:
    from viewer.ui.window.main_window import MainWindow


class _Check:
    """``load_report`` of the shown report in a worker thread; the GUI thread reads the fields once ``done``."""

    def __init__(self, shown: LoadedReport) -> None:
        self.shown = shown
        self.done = threading.Event()
        self.loaded: LoadedReport | None = None
        self.same = False
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.loaded = load_report(self.shown.path, report_cache())
            # Compared here, not on the GUI thread: every item of the report is compared field by field.
            self.same = (self.loaded.report == self.shown.report and
                         self.loaded.source_text == self.shown.source_text)
        except BaseException as exc:  # handed to the GUI thread, which shows or raises it
            self.error = exc
        finally:
            self.done.set()


class ReportCheck(QObject):
    """Checks ``shown`` (the window's report, not checked yet) once ``start()`` is called; ``finished`` at the end.

    ``on_checked`` runs when the report passed (the start adds it to the recent reports then)."""

    finished = Signal()

    def __init__(self, window: MainWindow, shown: LoadedReport,
                 on_checked: Callable[[LoadedReport], object] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("reportCheck")
        self._window = window
        self._check = _Check(shown)
        self._on_checked = on_checked
        self._switch_interval: float | None = None
        self._collector: GuiThreadCollector | None = None
        self.running = True  # from the first frame on: the report shown is not checked yet
        self.label = QLabel(self.tr("Checking…"))
        self.label.setObjectName("checkingLabel")
        self.label.setToolTip(self.tr("The report is being validated and checked against its source text."))
        window.statusBar().addPermanentWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start the worker (after the first frame: the start connects this to ``after_first_paint``)."""
        app = QApplication.instance()
        if app is not None:
            # As for an open from the window (viewer/ui/window/opening.py): no collection on this thread while the
            # worker makes its garbage, and the worker hands Python's lock back often, so the window stays usable.
            collector = gui_thread_collector(app, start=False)
            if collector.running():
                collector.timer.stop()
                self._collector = collector
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        threading.Thread(target=self._check.run, name="report-check", daemon=True).start()
        self._timer.start()

    @Slot()
    def _poll(self) -> None:
        check = self._check
        if not check.done.is_set():
            return
        self._timer.stop()
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
        if self._collector is not None:
            self._collector.start()
            self._collector = None
        self.running = False
        self.label.hide()
        self.label.deleteLater()
        try:
            self._done(check)
        finally:
            trim_heap_soon()  # what the check parsed, validated and wrote is freed: its pages go back
            self.finished.emit()

    def _done(self, check: _Check) -> None:
        window = self._window
        if window.context.loaded is not check.shown:
            return  # another report was opened meanwhile
        if check.error is not None:
            if isinstance(check.error, ReportError):
                self._failed(check.error)
                return
            raise check.error  # a bug: to the crash handler, as when loading on this thread
        assert check.loaded is not None
        if not check.same:
            window.show_loaded(check.loaded)
        if self._on_checked is not None:
            self._on_checked(check.loaded)

    def _failed(self, error: ReportError) -> None:
        """The problems, as a start on a broken report showed them; then the bundled report (or the end)."""
        from viewer.ui.window import dialogs

        bundled = default_report_path()
        if self._check.shown.path != bundled:
            dialogs.show_report_error(error, self._window, note=QApplication.translate(
                "App", "The bundled report is opened instead."))
            self._window.open_report(bundled)
            return
        dialogs.show_report_error(error, self._window, note=QApplication.translate(
            "App", "The bundled report cannot be opened."))
        QApplication.exit(1)

