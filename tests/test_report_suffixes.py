"""What the app opens as a report is named once (viewer/model/package.py), not in each place that asks."""

from __future__ import annotations

from pathlib import Path

from viewer.model.library.scan import candidate_suffixes
from viewer.model.package import OPENABLE_SUFFIXES, REPORT_FILE_SUFFIXES, SUFFIX

VIEWER = Path(__file__).resolve().parents[1] / "viewer"


def test_the_suffixes_a_report_may_have_are_listed_in_one_module() -> None:
    holders = sorted(str(path.relative_to(VIEWER)) for path in VIEWER.rglob("*.py")
                     if '".yml"' in path.read_text(encoding="utf-8"))
    assert holders == ["model/package.py"]


def test_the_library_looks_for_what_the_window_opens() -> None:
    assert (*REPORT_FILE_SUFFIXES, SUFFIX) == OPENABLE_SUFFIXES
    assert candidate_suffixes() == OPENABLE_SUFFIXES
