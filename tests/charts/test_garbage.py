"""Garbage is collected on the thread that draws, never in the export's encoder thread (a cycle holding Qt objects
freed there crashes the process)."""

from __future__ import annotations

import gc
import threading

import pytest

from viewer.charts.garbage import collect_due, collecting_here


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
        assert collect_due(thresholds) == 0
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
