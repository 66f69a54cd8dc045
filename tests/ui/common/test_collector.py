"""Garbage holding Qt objects is freed on the GUI thread, never in a worker thread that happens to allocate (the
Library's refresh thread crashed the process that way)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from viewer.ui.common.collector import gui_thread_collector


class _Cycle(QObject):
    """A Qt object in a reference cycle; records the thread its Python side is freed in."""

    freed_in: ClassVar[list[int]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.get_ident())


def _allocate_in_worker() -> list[list[int]]:
    """What a worker thread allocates and keeps (far past the youngest generation's threshold)."""
    kept: list[list[int]] = []

    def churn() -> None:
        kept.extend([i] for i in range(50_000))

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join(timeout=60)
    return kept


def test_a_cycle_with_a_qt_object_is_freed_on_the_gui_thread(qapp: QApplication, qtbot) -> None:
    # The window's application set-up (tests/ui/conftest.py runs it for every test) puts the collector in place.
    gc.collect()
    _Cycle.freed_in.clear()
    cycle = _Cycle()
    assert cycle.me is cycle
    del cycle  # unreachable now, freed only by the collector
    kept = _allocate_in_worker()
    qtbot.waitUntil(lambda: bool(_Cycle.freed_in), timeout=10_000)
    assert _Cycle.freed_in == [threading.get_ident()]
    assert len(kept) == 50_000


def test_the_collector_runs_each_generation_past_its_threshold(qapp: QApplication, qtbot) -> None:
    collector = gui_thread_collector(qapp)
    assert collector.running() and not gc.isenabled()
    gc.collect()
    _Cycle.freed_in.clear()
    for _ in range(3):
        _Cycle()
    junk = [[i] for i in range(collector.thresholds[0] * 3)]
    collector.check()
    assert len(_Cycle.freed_in) == 3
    del junk
