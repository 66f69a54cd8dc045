"""Parsing and validating a report run with the cyclic collector paused, and leave it as they found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from viewer.model.errors import ReportError
from viewer.model.paths import default_report_path
from viewer.model.validation import validate_report
from viewer.model.yaml_source import parse_yaml

RAW = default_report_path().read_bytes()


@contextmanager
def counting_collections() -> Iterator[list[int]]:
    """Automatic collection on, with a threshold so low that any run of allocations triggers it."""
    runs: list[int] = []

    def seen(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    gc.set_threshold(50, 2, 2)
    gc.enable()
    gc.callbacks.append(seen)
    try:
        yield runs
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)
        if not enabled:
            gc.disable()


def test_the_collector_waits_while_a_report_is_parsed_and_validated() -> None:
    """Thousands of objects and no garbage: with a collection every 50 allocations the bundled report would be
    walked hundreds of times; paused, the objects are collected at most once or twice after each step."""
    doc = parse_yaml(RAW, "r.yaml")
    with counting_collections() as runs:
        parse_yaml(RAW, "r.yaml")
        validate_report(doc.data)
        assert gc.isenabled()
    assert len(runs) <= 4, runs


def test_the_collector_stays_off_when_it_was_off_and_comes_back_after_an_error() -> None:
    gc.disable()
    try:
        parse_yaml(RAW, "r.yaml")
        validate_report(parse_yaml(RAW, "r.yaml").data)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ReportError):
        parse_yaml(b"a: [1, 2\n", "r.yaml")
    assert gc.isenabled()
