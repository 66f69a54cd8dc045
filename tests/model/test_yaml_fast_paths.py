"""The YAML reader's paths for common scalars (text keys, text and decimal values placed without a call) give
exactly what the general path gave: the same data with the same types, the same positions and legacy numbers,
and the same problems (message, line, column, path) on every document, hostile ones included."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.model.yaml_reference import reference_parse_yaml
from viewer.model import yaml_source
from viewer.model.errors import ReportError
from viewer.model.paths import default_report_path
from viewer.model.yaml_source import parse_yaml

# Scalars as written: text, numbers in every spelling YAML 1.1 and 1.2 disagree on, nulls, booleans, dates,
# merge keys, tags (allowed and not), quoted look-alikes, anchors and aliases, a huge integer.
SCALARS = [
    "x", "text", "tags", "national", "new", "文本", "工业", "''", '""', "'010'", '"12"', "12", "-3", "+4", "0", "-0",
    "010", "0x10", "0o7", "0b101", "5:7", "5_7", "1_000", "1.5", "-.5", "+.5e3", ".5", "1.", "1e5", "1E-2", "6.02e23",
    "1e400", ".inf", "-.inf", ".nan", ".NaN", "null", "Null", "~", "", "true", "True", "false", "FALSE", "yes", "no",
    "on", "off", "y", "n", "2023-01-01", "2023-01-01T10:00:00+08:00", "2023-13-45", "<<", "'<<'", "=", "!!str 12",
    "!!int 12", "!!int x", "!!float 1.5", "!!bool yes", "!!null ''", "!!binary aGk=", "!!python/name:os.system",
    "!foo bar", "! 12", "!!timestamp 2023-01-01", "&a 12", "&b text", "*a", "*b", "*nowhere", "9" * 5000,
    "- 1", "{a: 1}", "[1, 2]", "'it''s'", '"tab\\there"', '"\\u202e"', "-", "? k", "@x", "`x", "%x", "a: b: c",
]
KEYS = ["id", "value", "text", "tags", "true", "null", "1", "010", "<<", "'<<'", "&k id", "*k", "*a", "!!str s",
        "!!int 5", "!x y", "[a]", "{b: 1}", "id", "value"]

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def block(draw: st.DrawFn, depth: int = 0, indent: str = "") -> str:
    """A block mapping or sequence (or a flow one) of the scalars and keys above, anchors on collections."""
    kind = draw(st.sampled_from(["map", "seq", "flow"] if depth < 3 else ["flow"]))
    anchor = draw(st.sampled_from(["", "", "&c ", "&a "]))
    if kind == "flow":
        items = draw(st.lists(st.sampled_from(SCALARS[:60]), max_size=4))
        if draw(st.booleans()):
            return anchor + "[" + ", ".join(items) + "]"
        return anchor + "{" + ", ".join(f"k{i}: {v}" for i, v in enumerate(items)) + "}"
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        nested = depth < 3 and draw(st.integers(0, 3)) == 0
        value = "\n" + indent + "  " + draw(block(depth + 1, indent + "  ")) if nested else \
            draw(st.sampled_from(SCALARS))
        if kind == "map":
            lines.append(f"{indent}{draw(st.sampled_from(KEYS))}: {value}")
        else:
            lines.append(f"{indent}- {value}")
    text = "\n".join(lines)
    return (anchor + "\n" + text) if anchor and depth else text.lstrip(" ")


def _typed(value: Any) -> Any:
    """The value with every type spelt out (1, 1.0 and True are equal in Python, not here) and NaN comparable."""
    if isinstance(value, dict):
        return ("dict", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, repr(value))


def _outcome(parse: Any, text: str | bytes) -> Any:
    try:
        doc = parse(text, "doc.yaml")
    except ReportError as exc:
        return ("problems", [(p.file, p.message, p.line, p.column, p.path) for p in exc.problems])
    return ("data", _typed(doc.data), doc.lines.tolist(), doc.columns.tolist(), doc.spans.tolist(),
            sorted(doc.legacy_numbers.items(), key=repr))


def _same(text: str) -> None:
    assert _outcome(parse_yaml, text) == _outcome(reference_parse_yaml, text)


@SETTINGS
@given(block())
@example("a: &x 1\nb: *x\nc: [*x, &y {k: 010}, *y]\nd: *y\n")
@example("a: 1\na: 2\n'<<': 3\n<<: {b: 1}\n")
@example("top: &t\n  k: 0x10\n  j: [off, yes, 5:7]\nagain: *t\nmore: *t\n")
@example("- &s text\n- *s\n- !!str 12\n- !!python/object:os.system x\n")
@example("x: " + "9" * 5000 + "\ny: 1e400\nz: .nan\n")
def test_fast_and_general_paths_agree_on_every_document(text: str) -> None:
    _same(text)


@SETTINGS
@given(block(), st.integers(0, 400), st.sampled_from(["\t", ":", "- ", "{", "]", "'", '"', "&", "*", "!", "\n  ",
                                                       "---\n", "? ", "#", "|\n", ">\n", "\x00", "\u202e"]))
def test_fast_and_general_paths_agree_on_broken_documents(text: str, at: int, inserted: str) -> None:
    at = min(at, len(text))
    _same(text[:at] + inserted + text[at:])


def test_fast_and_general_paths_agree_on_the_bundled_report_and_its_bytes() -> None:
    raw = default_report_path().read_bytes()
    assert _outcome(parse_yaml, raw) == _outcome(reference_parse_yaml, raw)
    assert _outcome(parse_yaml, raw)[0] == "data"


def test_an_anchored_collection_expands_to_its_size_as_before() -> None:
    """The alias bound counts an anchored collection by what it holds (itself, keys, values, aliases inside)."""
    inner = "\n".join(["l0: &l0 [1, 2, {k: v}]"] + [f"l{i}: &l{i} [*l{i - 1}, *l{i - 1}, x]" for i in range(1, 24)])
    _same(inner)
    try:
        parse_yaml(inner, "doc.yaml")
    except ReportError as exc:
        assert any("alias bomb" in p.message for p in exc.problems)
    else:
        raise AssertionError("an alias expanding to 2**24 values is refused")


def test_a_recurring_key_name_or_short_value_is_one_string_not_one_per_occurrence() -> None:
    """The parser makes a new string for every scalar: 112k keys of a few dozen names in the 10k-fact report,
    and its tags and units, held twice over while the report is validated (12 MB of its 34)."""
    doc = parse_yaml(b"- {id: fact-1, unit: '%', tags: [industry, a long tag that is not shared]}\n"
                     b"- {id: fact-2, unit: '%', tags: [industry, a long tag that is not shared]}\n", "doc.yaml")
    first, second = doc.data
    assert [k for k in first] == [k for k in second] and all(a is b for a, b in zip(first, second, strict=True))
    assert first["unit"] is second["unit"] and first["tags"][0] is second["tags"][0]
    assert first["tags"][1] == second["tags"][1] and first["tags"][1] is not second["tags"][1]


def test_only_so_many_names_are_shared_and_the_rest_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of unique keys cannot grow the table of shared names beyond NAMES entries."""
    monkeypatch.setattr(yaml_source, "NAMES", 3)
    text = "".join(f"k{i}: v{i % 5}\n" for i in range(40)) + "again:\n" + "".join(f"  k{i}: x\n" for i in range(40))
    assert _outcome(parse_yaml, text) == _outcome(reference_parse_yaml, text)
    doc = parse_yaml(text, "doc.yaml")
    keys, again = list(doc.data), list(doc.data["again"])
    # The table holds the first three: k0, v0 and k1.
    assert [keys[i] is again[i] for i in range(4)] == [True, True, False, False]
