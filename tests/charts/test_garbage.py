"""Garbage is collected on the thread that draws, never in the export's encoder thread (a cycle holding Qt objects
freed there crashes the process)."""

from __future__ import annotations

import gc
import threading

import pytest

from viewer.charts.garbage import DueCollector, collecting_here


@pytest.fixture(autouse=True)
def automatic_collection():
    """Automatic collection on, as in a command-line run (the window's tests leave it to the GUI thread's timer)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_collecting_here_turns_automatic_collection_off_for_the_block_only() -> None:
    assert gc.isenabled()
    with collecting_here() as collect:
        assert not gc.isenabled()
        with collecting_here():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block found it off and left it off
        gc.collect()
        assert collect() == -1  # nothing due just after a collection
    assert gc.isenabled()


def test_what_is_due_is_collected_as_the_automatic_collector_would() -> None:
    thresholds = gc.get_threshold()
    with collecting_here():
        gc.collect()
        kept = [[i] for i in range(thresholds[0] * 2)]
        assert DueCollector(thresholds)() == 0
        assert gc.get_count()[0] <= thresholds[0]
    assert len(kept) == thresholds[0] * 2


def test_the_export_collects_only_on_the_drawing_thread(qapp, tmp_path, mini) -> None:
    from viewer.charts.definitions import chart_specs
    from viewer.charts.export import export_charts, plan_export
    from viewer.charts.sizes import RenderSize

    collected_in: set[int] = set()

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_in.add(threading.get_ident())

    jobs = plan_export(chart_specs(mini.report, "zh"), tmp_path, ("png",))
    automatic: list[bool] = []
    gc.callbacks.append(seen)
    try:
        written = export_charts(jobs, RenderSize(400, 300, 96),
                                progress=lambda d, t, p: automatic.append(gc.isenabled()) or True)
    finally:
        gc.callbacks.remove(seen)
    assert len(written) == len(jobs)
    assert automatic and not any(automatic)
    assert collected_in <= {threading.get_ident()}
    assert gc.isenabled()


def _full_collections_during(work) -> int:
    full: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    gc.callbacks.append(seen)
    try:
        work()
    finally:
        gc.callbacks.remove(seen)
    return len(full)


def _cycles(n: int) -> None:
    for _ in range(n):
        a: list = []
        a.append(a)


def test_the_oldest_generation_waits_until_long_lived_objects_have_grown_by_a_quarter() -> None:
    """A full collection walks every object (200-300 ms on the 10k-fact report's heap). CPython's own collector
    runs it only when the objects that survived into the oldest generation since the last one are a quarter of
    those it found then; collecting each time its count passes the threshold stalled the window every few
    seconds while nothing long-lived was made."""
    thresholds = (700, 10, 10)
    with collecting_here():
        gc.collect()
        heap = [[i] for i in range(200_000)]
        collect = DueCollector(thresholds)

        def churn() -> None:
            for _ in range(1500):
                _cycles(701)
                collect()

        assert _full_collections_during(churn) <= 1  # the first one finds how many objects live long
        kept: list[list[int]] = []

        def grow() -> None:
            for _ in range(200):
                kept.extend([i] for i in range(701))
                collect()

        assert _full_collections_during(grow) >= 1  # 140k new long-lived objects: more than a quarter
    assert len(heap) == 200_000 and len(kept) == 200 * 701
