"""The Statistics tab's first visit: pyqtgraph's import and the report's charts are made in a worker thread while
the tab shows as painted, then the list and the chart fill (on the 10,000-fact report they stalled the window for
0.39 s in one turn); the window imports pyqtgraph in a worker thread once it has painted and sat idle; File ->
Export… shows its dialog at once and fills its list of charts the same way (0.25 s stalled)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from viewer.charts import definitions
from viewer.charts.definitions import chart_specs
from viewer.ui.statistics.tab import StatisticsTab


def test_the_first_visit_makes_the_charts_in_a_worker_and_fills_the_tab_after(qtbot, make_main_window,
                                                                              monkeypatch):
    from viewer.ui.common import chart_preparation as preparation

    made_in: list[str] = []
    real = definitions.chart_specs

    def recording(report, lang="zh", **kw):
        made_in.append(threading.current_thread().name)
        return real(report, lang, **kw)

    monkeypatch.setattr(preparation, "chart_specs", recording)
    shown_when_ready: list[tuple[int, int, bool]] = []
    real_prepared = StatisticsTab._prepared
    monkeypatch.setattr(StatisticsTab, "_prepared", lambda self: (
        shown_when_ready.append((len(self.specs), self.list.count(), self._built)), real_prepared(self))[1])
    window = make_main_window()
    window.open_report(window.context.loaded.path)  # a report object no chart was made of yet
    statistics = window.set_current_tab("statistics")
    qtbot.waitUntil(statistics.is_settled)
    assert shown_when_ready == [(0, 0, False)]  # the tab painted empty; its charts came after the worker's
    assert made_in and made_in[0] != threading.main_thread().name
    assert [s.id for s in statistics.specs] == [s.id for s in chart_specs(window.context.report, "zh")]
    assert statistics.current_spec() is statistics.specs[0]
    assert not statistics.preparing()


def test_a_tab_whose_charts_are_made_builds_at_once_after_its_paint(qtbot, make_main_window, monkeypatch):
    from viewer.ui.common import chart_preparation as preparation

    window = make_main_window()
    chart_specs(window.context.report, "zh")  # made (the export dialog or the PDF asked for them)
    monkeypatch.setattr(preparation, "ChartsPreparation", None)  # a worker asked for would fail the build
    statistics = window.set_current_tab("statistics")
    qtbot.waitUntil(statistics.is_settled)
    assert statistics.specs


PRELOAD = r"""
import sys, threading, time
from PySide6.QtCore import QCoreApplication
from viewer.ui.common import chart_preparation as preparation

importers = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "pyqtgraph":
            importers.append(threading.current_thread().name)
        return None

sys.meta_path.insert(0, Watch())
app = QCoreApplication([])
assert "pyqtgraph" not in sys.modules
assert preparation.preload_chart_modules() is True
assert preparation.preload_chart_modules() is False  # once
deadline = time.monotonic() + 120
while not preparation.chart_modules_loaded() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(preparation.chart_modules_loaded(), "viewer.charts.scene" in sys.modules, importers)
"""


def test_the_chart_modules_are_imported_in_a_worker_thread() -> None:
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", PRELOAD], capture_output=True, text=True, cwd=root, timeout=180,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True True ['chart modules import']"


def test_the_window_preloads_the_chart_modules_after_its_first_frame(monkeypatch) -> None:
    from viewer.ui.app import run
    from viewer.ui.common import chart_preparation as preparation

    fired: list[int] = []
    monkeypatch.setattr(run, "_preload_armed", False)
    monkeypatch.setattr(run.QTimer, "singleShot", lambda ms, fn: fired.append(ms) if fn is run._preload_charts
                        else None)
    monkeypatch.setattr(preparation, "preload_chart_modules", lambda: fired.append(-1))
    run._after_first_frame()
    run._after_first_frame()  # the fallback timer's call arms nothing more
    assert fired == [run.PRELOAD_CHARTS_MS]
    run._preload_charts()
    assert fired == [run.PRELOAD_CHARTS_MS, -1]


def test_file_export_shows_the_dialog_at_once_and_fills_its_list_from_a_worker(qtbot, make_main_window,
                                                                              monkeypatch):
    from PySide6.QtWidgets import QDialog

    from viewer.ui.common import chart_preparation as preparation

    made_in: list[str] = []
    real = definitions.chart_specs
    monkeypatch.setattr(preparation, "chart_specs", lambda report, lang="zh", **kw: (
        made_in.append(threading.current_thread().name), real(report, lang, **kw))[1])
    window = make_main_window()
    window.open_report(window.context.loaded.path)  # a report object no chart was made of yet
    window.context.export_requested.emit()  # File -> Export…
    dialog = window.findChild(QDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.preparing() and dialog.chart_combo.count() == 1 and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.preparing())
    assert made_in and made_in[0] != threading.main_thread().name
    specs = chart_specs(window.context.report, "zh")
    assert [dialog.chart_combo.itemData(i) for i in range(dialog.chart_combo.count())] == [None, *(s.id for s in
                                                                                                   specs)]
    assert dialog.export_button.isEnabled()
    dialog.close()
