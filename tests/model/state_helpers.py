"""Shared helpers of the state tests: reports loaded from text, a controllable clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.loader import load_report
from viewer.model.types import Report


class FakeClock:
    """A clock that moves one second per call unless told otherwise, so every change is ordered."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


def mini_report(folder: Path, text: str = MINI_REPORT) -> Report:
    """The small test report (two tasks, four actions), loaded from ``folder``."""
    return load_report(write_mini_report(folder, text)).report


def without_action(text: str, action_id: str, quote: str) -> str:
    """The report text with one action removed (a new version of the data file)."""
    block = (f"      - id: {action_id}\n        text: {{zh: {quote}, en: x}}\n        quote: {quote}\n")
    lines = text.splitlines(keepends=True)
    out, skip = [], 0
    for line in lines:
        if line.strip() == f"- id: {action_id}":
            skip = 3
        if skip:
            skip -= 1
            continue
        out.append(line)
    assert len(out) == len(lines) - 3, block
    return "".join(out)
