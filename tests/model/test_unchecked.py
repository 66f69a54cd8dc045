"""A report built without validation for the cold start's first frame (viewer.model.unchecked) is the report
validation builds, whenever validation accepts the file; anything it cannot build is left to the checked load."""

from __future__ import annotations

import copy
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.cache import ReportCache
from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport, load_report
from viewer.model.packing import packed_report, write_package
from viewer.model.paths import default_report_path
from viewer.model.unchecked import load_unchecked

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
REPORTS = sorted([*(ROOT / "data").glob("*.yaml"), *(ROOT / "data" / "examples").glob("*.yaml"),
                  *CORPUS.glob("*.yaml")])
BUNDLED = default_report_path()
DATA = yaml.load(BUNDLED.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
# The mutated reports are written next to a copy of the bundled report's source text.
FOLDER = Path(tempfile.mkdtemp(prefix="unchecked-"))
shutil.copytree(BUNDLED.parent / "sources", FOLDER / "sources")


def _checked(path: Path) -> LoadedReport | ReportError:
    try:
        return load_report(path)
    except ReportError as exc:
        return exc


def _agrees(path: Path, cache: ReportCache) -> tuple[LoadedReport, bool] | None:
    """load_unchecked of ``path``: when it builds a report, validation accepts an equal one or refuses the file."""
    unchecked = load_unchecked(path, cache)
    checked = _checked(path)
    if unchecked is not None and isinstance(checked, LoadedReport):
        loaded, _ = unchecked
        assert loaded.report == checked.report
        assert loaded.source_text == checked.source_text
        assert loaded.path == checked.path
    return unchecked


@pytest.mark.parametrize("path", REPORTS, ids=[p.name for p in REPORTS])
def test_built_unchecked_it_is_the_report_validation_builds(path: Path, tmp_path: Path) -> None:
    _agrees(path, ReportCache(tmp_path))


@pytest.mark.parametrize("name", ["fujian-2023.yaml", "examples/shili-2023.yaml", "examples/yanshi-2024.yaml"])
def test_a_good_report_is_built_unchecked_then_comes_checked_from_the_cache(name: str, tmp_path: Path) -> None:
    path = ROOT / "data" / name
    cache = ReportCache(tmp_path)
    first = load_unchecked(path, cache)
    assert first is not None and first[1] is False  # nothing validated, nothing checked
    load_report(path, cache)  # the check after the first frame fills the cache
    again = load_unchecked(path, cache)
    assert again is not None and again[1] is True
    assert again[0].report == first[0].report


def test_unquoted_dates_are_read_as_validation_reads_them(tmp_path: Path) -> None:
    path = write_mini_report(tmp_path)  # published and meeting_date unquoted: YAML reads a datetime and a date
    assert "  meeting_date: 2024-01-18\n" in path.read_text("utf-8")
    built = _agrees(path, ReportCache(tmp_path / "cache"))
    assert built is not None and built[1] is False


def test_a_report_validation_refuses_is_built_for_the_first_frame_and_refused_by_the_check(tmp_path: Path) -> None:
    path = write_mini_report(tmp_path, MINI_REPORT.replace('period: "2023"', 'period: "2023-13"', 1))
    built = load_unchecked(path, ReportCache(tmp_path / "cache"))
    assert built is not None and built[1] is False
    assert isinstance(_checked(path), ReportError)


@pytest.mark.parametrize(("old", "new"), [
    ('    unit: "%"\n', '    unit: "%%"\n'),  # an unknown unit: the window formats values by their unit
    ("    value: 8.2\n", "    value: .inf\n"),  # not finite: no number to show
    ("    value: 8.2\n", "    value: .nan\n"),
    ("  - id: growth-rank\n", "  - id: va-growth\n"),  # the same id twice
    ("  id: mini-2024\n", "  id: Mini 2024\n"),  # ids name the state file and the checklist's records
])
def test_what_the_window_relies_on_is_checked_before_it_is_shown(tmp_path: Path, old: str, new: str) -> None:
    assert old in MINI_REPORT
    path = write_mini_report(tmp_path, MINI_REPORT.replace(old, new, 1))
    assert isinstance(_checked(path), ReportError)
    assert load_unchecked(path, ReportCache(tmp_path / "cache")) is None  # loaded the checked way, as before


def test_what_it_cannot_build_is_left_to_the_checked_load(tmp_path: Path) -> None:
    cache = ReportCache(tmp_path / "cache")
    assert load_unchecked(tmp_path / "missing.yaml", cache) is None
    assert load_unchecked(tmp_path, cache) is None  # a folder
    wrong_type = write_mini_report(tmp_path / "a", MINI_REPORT.replace("number: 1", "number: one"))
    assert "number: one" in wrong_type.read_text("utf-8")
    assert load_unchecked(wrong_type, cache) is None
    no_source = write_mini_report(tmp_path / "b")
    (no_source.parent / "mini-source.txt").unlink()
    assert load_unchecked(no_source, cache) is None
    package = tmp_path / "c.irv"
    write_package(package, packed_report(load_report(BUNDLED)))
    assert load_unchecked(package, cache) is None  # packages load the checked way


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            out += _paths(child, (*prefix, i))
    return out


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 200), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12), st.dates(), st.datetimes(),
    st.sampled_from(["", "%", "2023", "2023-01-31", "2023-02-01T09:58:00+08:00", "province", "rank", "\u202e"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_paths(DATA)), st.sampled_from(["replace", "delete", "rename"]), scalars)
@example(("meta", "published"), "replace", "2023-02-01")  # a date where a date and time is asked for
@example(("facts", 0, "value"), "replace", True)
@example(("facts", 0, "comparison"), "replace", {"from": 1, "from_value": 2, "to": 3})
def test_mutated_reports_agree_with_validation(path: tuple, change: str, new: Any) -> None:
    data = copy.deepcopy(DATA)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if change == "replace":
        parent[last] = new
    elif change == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"{last}_x"] = parent.pop(last)
    report = FOLDER / "report.yaml"
    report.write_text(yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                                sort_keys=False), "utf-8")
    with tempfile.TemporaryDirectory() as cache:
        _agrees(report, ReportCache(Path(cache)))
