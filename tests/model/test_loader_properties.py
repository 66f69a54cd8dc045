"""Property-based: mutated or truncated versions of the bundled report never crash the loader."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport, parse_report
from viewer.model.paths import default_report_path

REPORT_PATH = default_report_path()
TEXT = REPORT_PATH.read_text("utf-8")
DATA = yaml.load(TEXT, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.dates(), st.sampled_from(["", "%", "位", "rank", "9999-99-99", "<b>x</b>", "\u202e"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def _load(text: str) -> LoadedReport | ReportError:
    try:
        return parse_report(text, str(REPORT_PATH), REPORT_PATH.parent)
    except ReportError as exc:
        assert exc.problems, "a ReportError always says what is wrong"
        for problem in exc.problems:
            assert problem.message and problem.file == str(REPORT_PATH)
        return exc


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            out += _paths(child, (*prefix, i))
    return out


PATHS = _paths(DATA)


def _copy_with(path: tuple, change: str, new: Any) -> Any:
    data = copy.deepcopy(DATA)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if change == "replace":
        parent[last] = new
    elif change == "delete":
        del parent[last]
    elif change == "duplicate" and isinstance(parent, list):
        parent.insert(last, parent[last])
    elif change == "duplicate":
        parent[f"{last}"] = parent[last]
    return data


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True, sort_keys=False)


def test_the_bundled_report_loads() -> None:
    assert isinstance(_load(TEXT), LoadedReport)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(TEXT)))
def test_truncated_report(cut: int) -> None:
    result = _load(TEXT[:cut])
    assert isinstance(result, LoadedReport | ReportError)


@SETTINGS
@given(st.sampled_from(PATHS), st.sampled_from(["replace", "delete", "duplicate"]), values)
@example(("enterprises", 5, "achievements"), "replace", 1)  # a list made a number: a TypeError once
def test_mutated_report(path: tuple, change: str, new: Any) -> None:
    data = _copy_with(path, change, new)
    result = _load(_dump(data))
    assert isinstance(result, LoadedReport | ReportError)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(TEXT.splitlines()) - 1))
def test_duplicated_line(index: int) -> None:
    lines = TEXT.splitlines(keepends=True)
    result = _load("".join([*lines[: index + 1], lines[index], *lines[index + 1 :]]))
    assert isinstance(result, LoadedReport | ReportError)


@SETTINGS
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(TEXT.encode()) - 1), st.integers(0, 255)),
                min_size=1, max_size=8))
def test_flipped_bytes(flips: list[tuple[int, int]]) -> None:
    raw = bytearray(TEXT.encode())
    for at, byte in flips:
        raw[at] = byte
    try:
        from viewer.model.loader import decode_text

        text = decode_text(bytes(raw), str(REPORT_PATH))
    except ReportError:
        return
    assert isinstance(_load(text), LoadedReport | ReportError)


def test_mutation_strategies_do_find_errors() -> None:
    """Guard against a vacuous property: a known mutation must be rejected."""
    path = next(p for p in PATHS if p[-1] == "value")
    result = _load(_dump(_copy_with(path, "replace", "abc")))
    assert isinstance(result, ReportError)
    assert Path(result.problems[0].file) == REPORT_PATH
