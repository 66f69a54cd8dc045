"""Heap freed by a report's load, a tab's first build or a full collection goes back to the system
(viewer/ui/common/heap.py): glibc keeps freed pages in the middle of a heap resident until ``malloc_trim``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from viewer.ui.common import heap
from viewer.ui.common.collector import gui_thread_collector

PAGE = 4096


def _rss_pages() -> int:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1])


def test_freed_pages_in_the_middle_of_the_heap_go_back_to_the_system() -> None:  # glibc (Linux), as the app runs
    # 48 MiB in blocks the C allocator serves from its heap (above Python's small-object limit, below the size it
    # maps on its own), every sixteenth kept: what is freed lies between kept blocks, never at the heap's top.
    blocks = [bytes(PAGE) for _ in range(12_288)]
    kept = blocks[::16]
    del blocks
    held = _rss_pages()
    assert heap.release_freed_heap()
    released = held - _rss_pages()
    freed = 12_288 - len(kept)
    assert released >= freed // 2, (held, released, freed)
    assert len(kept) == 768


@pytest.fixture
def trims(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per trim the application's trimmer makes."""
    made: list[int] = []
    monkeypatch.setattr(heap, "release_freed_heap", lambda: made.append(1) is None)
    return made


def test_requests_before_the_next_turn_share_one_trim(qapp: QApplication, qtbot, trims) -> None:
    for _ in range(5):
        heap.trim_heap_soon()
    trimmer = heap.heap_trimmer(qapp)
    assert trimmer is not None and trimmer.pending()
    assert trims == []  # not in the caller's turn
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    assert trims == [1]


def test_a_report_opened_from_the_window_is_followed_by_a_trim(make_main_window, ui_report_path, qtbot,
                                                              trims) -> None:
    window = make_main_window(None)
    trimmer = heap.heap_trimmer()
    assert trimmer is not None
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    trims.clear()
    window.open_report(ui_report_path, wait=False)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert trimmer.pending() or trims  # asked for when the report is shown (what the worker parsed is freed)
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    assert trims == [1]
    trims.clear()
    window.open_report(ui_report_path)  # loaded on this thread
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    assert trims == [1]


def test_a_tabs_first_build_is_followed_by_a_trim_its_later_visits_not(make_main_window, qtbot, trims) -> None:
    window = make_main_window(None)
    trimmer = heap.heap_trimmer()
    assert trimmer is not None
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    trims.clear()
    key = next(k for k in window.tab_keys() if window.built_tab(k) is None)
    window.set_current_tab(key)
    assert trimmer.pending()
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    assert trims == [1]
    window.set_current_tab(window.tab_keys()[0])
    window.set_current_tab(key)
    for _ in range(3):
        QApplication.processEvents()  # turns of the event loop: nothing asked for, nothing pending
    assert not trimmer.pending()


def test_a_full_collection_is_followed_by_a_trim(qapp: QApplication, qtbot, monkeypatch, trims) -> None:
    collector = gui_thread_collector(qapp)
    trimmer = heap.heap_trimmer(qapp)
    assert trimmer is not None
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    trims.clear()
    monkeypatch.setattr(collector, "collect_due", lambda: 1)
    collector.check()
    assert not trimmer.pending()  # a young generation frees little
    monkeypatch.setattr(collector, "collect_due", lambda: 2)
    collector.check()
    assert trimmer.pending()
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    assert trims == [1]


def test_a_cold_starts_check_is_followed_by_a_trim(qtbot, mini_report_path, trims) -> None:
    from tests.ui.window.test_report_check import _start

    window, check, _first = _start(qtbot, mini_report_path)
    trimmer = heap.heap_trimmer()
    assert trimmer is not None
    qtbot.waitUntil(lambda: not check.running, timeout=30_000)
    assert trimmer.pending() or trims  # what the check parsed, validated and wrote is freed
    qtbot.waitUntil(lambda: not trimmer.pending(), timeout=10_000)
    assert trims
    assert window.context.loaded.report.meta.id == "mini-2024"
